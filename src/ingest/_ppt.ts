// The forms of the ASST's Piano di Sviluppo del Polo Territoriale (PPT, D.G.R. XII/2089/2024) that plans print
// beside their own schede:
// - the "Scheda di progetto N" cards (Sebino), in capitals, mapped onto the scheda obiettivo the way their boxes
//   answer the DGR 2167 form's questions (OBIETTIVI → goals, TARGET/DESTINATARI → target, RISORSE → budget's text,
//   COINVOLGIMENTO AMBITO/I NELL’ANALISI DEL BISOGNO → the ASST question, …); boxes the DGR form has no place for
//   (the intervention matrix, the joint training) only end the box above them;
// - the ASST's LEPS forms ("Criticità o razionale del progetto", "Descrizione del servizio / progetto", "Risorse
//   ASST necessarie …", "Indicatore e risultato atteso"), in small letters, read as LEPS schede written by the ASST.
import type { FormField } from "./_form.js";
import { compileLabels, LabelIndex, type LabelSpec } from "./_labels.js";
import type { PlanText } from "./_plan-text.js";
import { readRecords, type FieldRead, type FormRecord } from "./_records.js";

/** Boxes of the PPT card that the DGR form has no field for. */
type CardOnly =
  | "matrix"
  | "company"
  | "territory"
  | "coprogramming"
  | "programmingArea"
  | "cardKeyPoints"
  | "planning"
  | "training";

/** The boxes of a PPT card, in order. */
const CARD_FIELDS = [
  "title",
  "matrix",
  "company",
  "territory",
  "coprogramming",
  "needs",
  "programmingArea",
  "goals",
  "target",
  "budget",
  "transversal",
  "cardKeyPoints",
  "asstInAnalysis",
  "planning",
  "asstInDelivery",
  "training",
  "coProgrammed",
  "coDesigned",
  "otherActors",
  "processIndicators",
  "outcomeIndicators",
] as const satisfies readonly (FormField | CardOnly)[];

type CardField = (typeof CARD_FIELDS)[number];

const CARD_SPECS: readonly LabelSpec<CardField>[] = [
  { field: "title", text: "SCHEDA DI PROGETTO", caseless: true },
  {
    field: "matrix",
    text: "LINEE INTERVENTO E INTEGRAZIONE [DGR] [2089] [2024]",
    required: 3,
    caseless: true,
  },
  // As Sebino's last card prints it ("Linee DI INTEVENTO e integrazione").
  {
    field: "matrix",
    text: "LINEE DI INTEVENTO E INTEGRAZIONE [DGR] [2089] [2024]",
    required: 4,
    caseless: true,
  },
  { field: "company", text: "AREA AZIENDALE", caseless: true },
  {
    field: "territory",
    text: "AREA TERRITORIALE [ISTITUZIONALE]",
    caseless: true,
    guidance: ["(ALTRE ASST, AMBITI, EL, ALTRO)", "ATTORI COINVOLTI:"],
  },
  { field: "coprogramming", text: "AREE COPROGRAMMAZIONE", caseless: true },
  { field: "needs", text: "RAZIONALE CRITICITA", caseless: true },
  { field: "programmingArea", text: "AREA AZIONE PROGRAMMATORIA", caseless: true },
  { field: "goals", text: "OBIETTIVI", caseless: true },
  { field: "target", text: "TARGET DESTINATARI", caseless: true },
  { field: "budget", text: "RISORSE", caseless: true },
  { field: "transversal", text: "TRASVERSALE AD ALTRE LINEE DI POLICY", required: 3, caseless: true },
  { field: "cardKeyPoints", text: "PUNTI CHIAVE DI INTERVENTO", required: 2, caseless: true },
  {
    field: "asstInAnalysis",
    text: "COINVOLGIMENTO AMBITO I NELL ANALISI DEL BISOGNO",
    required: 4,
    caseless: true,
  },
  { field: "planning", text: "COINVOLGIMENTO AMBITO I NELLA PROGRAMMAZIONE", required: 4, caseless: true },
  { field: "asstInDelivery", text: "AZIONI CONGIUNTE ASST AMBITO", required: 3, caseless: true },
  { field: "training", text: "FORMAZIONE CONGIUNTA", caseless: true },
  {
    field: "coProgrammed",
    text: "[L] INTERVENTO E CO PROGRAMMATO CON IL TERZO SETTORE",
    required: 4,
    caseless: true,
  },
  {
    field: "coDesigned",
    text: "[L] INTERVENTO E CO PROGETTATO CON IL TERZO SETTORE",
    required: 4,
    caseless: true,
  },
  {
    field: "otherActors",
    text: "COINVOLGIMENTO DI ALTRI ATTORI DELLA RETE TERRITORIALE",
    required: 4,
    caseless: true,
  },
  {
    field: "processIndicators",
    text: "MODALITA ORGANIZZATIVE OPERATIVE E DI EROGAZIONE",
    required: 3,
    caseless: true,
  },
  { field: "outcomeIndicators", text: "INDICATORI DI ESITO", caseless: true },
];

/** The boxes of the ASST's LEPS form. */
const ASST_FIELDS = [
  "needs",
  "matrix",
  "target",
  "goals",
  "territory",
  "actors",
  "staff",
  "presence",
  "years",
  "outputIndicators",
] as const;

/** One box of the ASST's LEPS form. */
export type AsstField = (typeof ASST_FIELDS)[number];

const ASST_SPECS: readonly LabelSpec<AsstField>[] = [
  { field: "needs", text: "CRITICITA O RAZIONALE DEL PROGETTO", caseless: true, required: 3 },
  {
    field: "matrix",
    text: "MATRICE LINEE DI INTERVENTO AREE TEMATICHE [DGR] [XII] [2089]",
    caseless: true,
    required: 3,
  },
  { field: "target", text: "DESTINATARI SPECIFICI DELL INTERVENTO [TARGET]", caseless: true, required: 2 },
  { field: "goals", text: "DESCRIZIONE DEL SERVIZIO PROGETTO", caseless: true, required: 3 },
  {
    field: "territory",
    text: "AMBITO TERRITORIALE DI REALIZZAZIONE",
    caseless: true,
    required: 4,
    guidance: [
      "(di norma distrettuale, specificare in caso diverso se aziendale, sub-distrettuale, comunale)",
    ],
  },
  { field: "actors", text: "ATTORI ENTI COINVOLTI", caseless: true, required: 3 },
  {
    field: "staff",
    text: "RISORSE ASST NECESSARIE PER ATTUAZIONE DEL PROGETTO",
    caseless: true,
    required: 3,
    guidance: ["(specificando se già presenti in organico)"],
  },
  {
    field: "presence",
    text: "PROGETTUALITA PRESENTE NEL PIANO DI ZONA E NEL PPT",
    caseless: true,
    required: 3,
  },
  { field: "years", text: "ANNO AVVIO ANNO FINE", caseless: true, required: 3 },
  { field: "outputIndicators", text: "INDICATORE E RISULTATO ATTESO", caseless: true, required: 3 },
];

let cards: LabelIndex<CardField> | null = null;
let asst: LabelIndex<AsstField> | null = null;

const FORM_FIELD_OF_CARD: ReadonlySet<string> = /* @__PURE__ */ new Set([
  "title",
  "needs",
  "goals",
  "target",
  "budget",
  "transversal",
  "asstInAnalysis",
  "asstInDelivery",
  "coProgrammed",
  "coDesigned",
  "otherActors",
  "processIndicators",
  "outcomeIndicators",
]);

/**
 * Boxes of the card that answer a question of the DGR form under another name: AREA TERRITORIALE ISTITUZIONALE
 * (ALTRE ASST, AMBITI, EL, ALTRO) names the other Ambiti and bodies the intervention is carried out with, as
 * L'INTERVENTO È REALIZZATO IN COOPERAZIONE CON ALTRI AMBITI? asks (it prints no SI/NO: the answer stays unread).
 */
const FORM_FIELD_OF_BOX: ReadonlyMap<string, FormField> = /* @__PURE__ */ new Map([
  ["territory", "cooperationWithOtherAmbiti"],
]);

/**
 * The PPT cards of a plan, each as a record of the DGR form: the boxes that answer one of its questions under that
 * question's field, the others left out.
 */
export function readCards(text: PlanText, boundaries: readonly number[]): FormRecord<FormField>[] {
  cards ??= new LabelIndex(compileLabels(CARD_SPECS));
  const records = readRecords(text, {
    index: cards,
    order: (field) => CARD_FIELDS.indexOf(field),
    start: "title",
    openers: [],
    minFields: 6,
    boundaries,
  });
  return records.map((record) => {
    const fields = new Map<FormField, FieldRead<FormField>>();
    const order: FormField[] = [];
    for (const field of record.order) {
      const formField = FORM_FIELD_OF_BOX.get(field) ?? (FORM_FIELD_OF_CARD.has(field) ? field : null);
      if (formField === null) continue;
      const read = record.fields.get(field);
      if (read === undefined) continue;
      fields.set(formField as FormField, { ...read, field: formField } as unknown as FieldRead<FormField>);
      order.push(formField as FormField);
    }
    return { ...record, fields, order };
  });
}

/** The ASST's LEPS forms of a plan, headed "Obiettivo LEPS: …" (or "Allegato PPT - SCHEDA PROGETTO …"). */
export function readAsstForms(text: PlanText, boundaries: readonly number[]): FormRecord<AsstField>[] {
  asst ??= new LabelIndex(compileLabels(ASST_SPECS));
  return readRecords(text, {
    index: asst,
    order: (field) => ASST_FIELDS.indexOf(field),
    start: "needs",
    openers: [],
    minFields: 5,
    boundaries,
    isHeading: (line) => /^\s*(?:Obiettivo LEPS|Allegato PPT|Scheda elaborata da ASST)\b/iu.test(line),
  });
}
