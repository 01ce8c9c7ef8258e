// The printed labels of the scheda obiettivo of D.G.R. XII/2167/2024 ("SCHEDA DESCRIZIONE NUOVI OBIETTIVI"), in
// the order of the form, with the guidance text the form prints in its boxes. The spellings are the union of what
// the plans print: "TITOLO DELL’INTERVENTO", "TITOLO INTERVENTO COLLEGATO AL LEPS", "PRESA INCARICO", "(2012-2023)",
// a label that lost its first letter ("’INTERVENTO È FORMALMENTE …"), a label cut short before its answer.
import { compileLabels, LabelIndex, type LabelSpec } from "./_labels.js";

/** The fields of the form, in their printed order. */
export const FORM_FIELDS = [
  "area",
  "leps",
  "title",
  "goals",
  "actions",
  "target",
  "budget",
  "staff",
  "transversal",
  "keyPoints",
  "asstInAnalysis",
  "asstInDelivery",
  "cooperationWithOtherAmbiti",
  "continuity",
  "newService",
  "premialProject",
  "coProgrammed",
  "coDesigned",
  "thirdSectorInvolvement",
  "otherActors",
  "needs",
  "needKind",
  "preventionKind",
  "innovation",
  "digitalisation",
  "processIndicators",
  "outputIndicators",
  "outcomeIndicators",
] as const;

/** One field of the form. */
export type FormField = (typeof FORM_FIELDS)[number];

/** The position of a field in the form. */
export function fieldOrder(field: FormField): number {
  return FORM_FIELDS.indexOf(field);
}

/** The label of each field as the official form prints it (for findings and for the terminal view). */
export const FIELD_LABELS: Readonly<Record<FormField, string>> = {
  area: "AREA DI POLICY",
  leps: "LEPS",
  title: "TITOLO INTERVENTO",
  goals: "QUALI OBIETTIVI VUOLE RAGGIUNGERE",
  actions: "AZIONI PROGRAMMATE",
  target: "TARGET",
  budget: "RISORSE ECONOMICHE PREVENTIVATE",
  staff: "RISORSE DI PERSONALE DEDICATE",
  transversal: "L'OBIETTIVO È TRASVERSALE ED INTEGRATO CON ALTRE AREE DI POLICY?",
  keyPoints: "INDICARE I PUNTI CHIAVE DELL'INTERVENTO",
  asstInAnalysis: "PREVEDE IL COINVOLGIMENTO DI ASST NELL'ANALISI DEL BISOGNO E NELLA PROGRAMMAZIONE?",
  asstInDelivery:
    "PREVEDE IL COINVOLGIMENTO DI ASST NELLA REALIZZAZIONE DELL'INTERVENTO E AZIONI CONGIUNTE AMBITO-ASST?",
  cooperationWithOtherAmbiti: "L'INTERVENTO È REALIZZATO IN COOPERAZIONE CON ALTRI AMBITI?",
  continuity: "È IN CONTINUITÀ CON LA PROGRAMMAZIONE PRECEDENTE (2021-2023)?",
  newService: "L'OBIETTIVO PREVEDE LA DEFINIZIONE DI UN NUOVO SERVIZIO?",
  premialProject:
    "L'OBIETTIVO È IN CONTINUITÀ E/O RAPPRESENTA IL POTENZIAMENTO DI UN PROGETTO PREMIALE DELLA PROGRAMMAZIONE 2021-2023?",
  coProgrammed: "L'INTERVENTO È FORMALMENTE CO-PROGRAMMATO CON IL TERZO SETTORE?",
  coDesigned: "L'INTERVENTO È FORMALMENTE CO-PROGETTATO CON IL TERZO SETTORE?",
  thirdSectorInvolvement:
    "NEL CASO IN CUI L'INTERVENTO NON PREVEDA PROCESSI DI CO-PROGETTAZIONE E/O CO-PROGRAMMAZIONE FORMALIZZATI, SPECIFICARE LE MODALITA' DI COINVOLGIMENTO DEL TERZO SETTORE",
  otherActors: "L'INTERVENTO PREVEDE IL COINVOLGIMENTO DI ALTRI ATTORI DELLA RETE TERRITORIALE?",
  needs: "QUESTO INTERVENTO A QUALE/I BISOGNO/I RISPONDE?",
  needKind:
    "IL BISOGNO RILEVATO ERA GIÀ STATO AFFRONTATO NELLA PRECEDENTE PROGRAMMAZIONE O PUÒ ESSERE DEFINITO COME UN NUOVO BISOGNO EMERSO NELLA PRECEDENTE TRIENNALITÀ?",
  preventionKind: "L'OBIETTIVO È DI TIPO PROMOZIONALE/PREVENTIVO O RIPARATIVO?",
  innovation:
    "L'OBIETTIVO PRESENTA MODELLI INNOVATIVI DI PRESA IN CARICO, DI RISPOSTA AL BISOGNO E COOPERAZIONE CON ALTRI ATTORI DELLA RETE?",
  digitalisation: "L'OBIETTIVO PRESENTA DEGLI ASPETTI INERENTI ALLA DIGITALIZZAZIONE?",
  processIndicators: "QUALI MODALITÀ ORGANIZZATIVE, OPERATIVE E DI EROGAZIONE SONO ADOTTATE?",
  outputIndicators: "QUALI RISULTATI VUOLE RAGGIUNGERE?",
  outcomeIndicators: "QUALE IMPATTO DOVREBBE AVERE L'INTERVENTO?",
};

const SPECS: readonly LabelSpec<FormField>[] = [
  { field: "area", text: "AREA DI POLICY" },
  { field: "leps", text: "LEPS" },
  {
    field: "title",
    text: "TITOLO [DELL] INTERVENTO [COLLEGATO AL LEPS] [COLLEGATO AI LEPS] [COLLEGATO A LEPS]",
  },
  { field: "goals", text: "QUALI OBIETTIVI VUOLE RAGGIUNGERE", guidance: ["Breve spiegazione"] },
  { field: "actions", text: "AZIONI PROGRAMMATE", guidance: ["Declinare le azioni"] },
  { field: "target", text: "TARGET", guidance: ["Destinatario/i dell’intervento"] },
  {
    field: "budget",
    text: "RISORSE ECONOMICHE PREVENTIVATE",
    guidance: ["Importo, anche approssimativo. Se possibile distinguere tra pubbliche e private"],
  },
  {
    field: "staff",
    text: "RISORSE DI PERSONALE DEDICATE",
    guidance: ["Chi è impegnato e con quali funzioni"],
  },
  {
    field: "transversal",
    text: "[L] OBIETTIVO E TRASVERSALE ED INTEGRATO CON ALTRE AREE DI POLICY",
    required: 4,
  },
  {
    field: "keyPoints",
    text: "INDICARE I PUNTI CHIAVE [DELL] [INTERVENTO]",
    guidance: [
      "UTILIZZARE I PUNTI INDIVIDUATI NELLA TABELLA IN APPENDICE",
      "(indicare tutti i punti ritenuti qualificanti, compresi quelli delle aree di policy trasversali all’obiettivo principale)",
    ],
  },
  {
    field: "asstInAnalysis",
    text: "PREVEDE IL COINVOLGIMENTO DI ASST NELL ANALISI DEL BISOGNO E NELLA PROGRAMMAZIONE",
    required: 7,
    guidance: ["SI/NO"],
  },
  {
    field: "asstInDelivery",
    text: "PREVEDE IL COINVOLGIMENTO DI ASST NELLA REALIZZAZIONE DELL INTERVENTO E AZIONI CONGIUNTE AMBITO ASST",
    required: 7,
    guidance: ["SI/NO In caso affermativo specificare le azioni e i compiti"],
  },
  {
    field: "cooperationWithOtherAmbiti",
    text: "[L] INTERVENTO E REALIZZATO IN COOPERAZIONE CON ALTRI AMBITI",
    required: 5,
    guidance: ["In caso affermativo specificare i compiti"],
  },
  {
    field: "continuity",
    text: "E IN CONTINUITA CON LA PROGRAMMAZIONE PRECEDENTE [2021] [2023]",
    required: 6,
    guidance: ["SI/NO"],
  },
  {
    field: "newService",
    text: "[L] OBIETTIVO PREVEDE LA DEFINIZIONE DI UN NUOVO SERVIZIO",
    required: 5,
    guidance: ["Servizio già presente Servizio sostanzialmente rivisto/aggiornato Nuovo servizio"],
  },
  {
    field: "premialProject",
    text: "[L] OBIETTIVO E IN CONTINUITA E O RAPPRESENTA IL POTENZIAMENTO DI UN PROGETTO PREMIALE DELLA PROGRAMMAZIONE [2021] [2023]",
    required: 6,
    guidance: ["SI/NO"],
  },
  {
    field: "coProgrammed",
    text: "[L] INTERVENTO E FORMALMENTE CO PROGRAMMATO CON IL TERZO SETTORE",
    required: 5,
    guidance: ["SI/NO"],
  },
  {
    field: "coDesigned",
    text: "[L] INTERVENTO E FORMALMENTE CO PROGETTATO CON IL TERZO SETTORE",
    required: 5,
    guidance: ["SI/NO", "(in caso di risposta affermativa, esplicitare compiti e ruoli)"],
  },
  {
    field: "thirdSectorInvolvement",
    text: "NEL CASO IN CUI [L] INTERVENTO NON PREVEDA PROCESSI DI CO PROGETTAZIONE E O CO PROGRAMMAZIONE FORMALIZZATI SPECIFICARE LE MODALITA DI COINVOLGIMENTO DEL TERZO SETTORE",
    required: 6,
    guidance: ["(se pertinente)"],
  },
  {
    field: "otherActors",
    text: "[L] INTERVENTO PREVEDE IL COINVOLGIMENTO DI ALTRI ATTORI DELLA RETE TERRITORIALE",
    required: 6,
    guidance: ["(oltre ad ASST e ETS)", "SI/NO"],
  },
  {
    field: "needs",
    text: "QUESTO INTERVENTO A QUALE I BISOGNO I RISPONDE",
    required: 4,
    guidance: [
      "Indicatori input derivati dall’analisi del bisogno",
      "Indicatori di input derivati dall’analisi del bisogno",
    ],
  },
  {
    field: "needKind",
    text: "IL BISOGNO RILEVATO ERA GIA STATO AFFRONTATO NELLA PRECEDENTE PROGRAMMAZIONE O PUO ESSERE DEFINITO COME UN NUOVO BISOGNO EMERSO NELLA PRECEDENTE TRIENNALITA",
    required: 5,
    guidance: [
      "BISOGNO CONSOLIDATO/NUOVO BISOGNO (in caso di nuovo bisogno specificarne la natura e le caratteristiche)",
    ],
  },
  {
    field: "preventionKind",
    text: "[L] OBIETTIVO E DI TIPO PROMOZIONALE PREVENTIVO O RIPARATIVO",
    required: 4,
  },
  {
    field: "innovation",
    text: "[L] OBIETTIVO PRESENTA MODELLI INNOVATIVI DI PRESA IN CARICO DI RISPOSTA AL BISOGNO E COOPERAZIONE CON ALTRI ATTORI DELLA RETE",
    required: 4,
    guidance: ["SI/NO"],
  },
  {
    field: "digitalisation",
    text: "[L] OBIETTIVO PRESENTA DEGLI ASPETTI INERENTI ALLA DIGITALIZZAZIONE",
    required: 4,
    guidance: ["(organizzativi, gestionali, erogativi, ecc.)", "SI/NO"],
  },
  {
    field: "processIndicators",
    text: "QUALI MODALITA ORGANIZZATIVE OPERATIVE E DI EROGAZIONE SONO ADOTTATE",
    required: 3,
    guidance: [
      "Come verrà realizzato l’intervento e articolata la risposta al bisogno. Individuazione di una batteria di indicatori di processo",
    ],
  },
  {
    field: "outputIndicators",
    text: "QUALI RISULTATI VUOLE RAGGIUNGERE",
    guidance: [
      "Come si misura il grado di realizzazione degli interventi rispetto agli obiettivi. Individuazione di una batteria di indicatori di output (protocolli stipulati, ecc.)",
    ],
  },
  {
    field: "outcomeIndicators",
    text: "QUALE IMPATTO DOVREBBE AVERE [L] INTERVENTO",
    required: 3,
    guidance: [
      "Come si valuta l’impatto sociale ossia il cambiamento/ risoluzione delle criticità che hanno portato alla definizione dell’intervento. Individuazione di una batteria di indicatori di outcome",
    ],
  },
];

let index: LabelIndex<FormField> | null = null;

/** The labels of the form, compiled at first use. */
export function formLabels(): LabelIndex<FormField> {
  index ??= new LabelIndex(compileLabels(SPECS));
  return index;
}
