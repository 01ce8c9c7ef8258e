import type { LepsSchedaInput } from "../../../src/model/leps-scheda.js";
import type { SchedaObiettivoInput } from "../../../src/model/scheda-obiettivo.js";
import { DOCUMENTS, linesIn } from "../../../src/datasets/_sources.js";

// Two forms of the Piano di Zona 2025-2027 of the Ambito di Gallarate, copied field by field (line numbers refer to
// the plain-text edition): objective L (section 5.8, L7811-8104) and the LEPS scheda "Incremento SAD"
// (L10708-11064). Texts are verbatim or abridged with "…"; figures are as printed.
const lines = linesIn(DOCUMENTS.gallarate);

// "FNPS-Fondi d'Ambito-altre fonti di finanziamento dedicate": the sources, without a split of the amount.
const USUAL_SOURCES = [
  { fund: "fnps", label: "FNPS", nature: "pubblica" },
  { fund: "altro", label: "Fondi d'Ambito", nature: "pubblica" },
  { fund: "altro", label: "altre fonti di finanziamento dedicate" },
] as const;

export const GALLARATE_SCHEDA_OBIETTIVO_L_INPUT: SchedaObiettivoInput = {
  code: "L",
  // Section 5.8 "Interventi per la Famiglia" (regional area I).
  policyArea: "I",
  title: "Mantenere la partecipazione alla rete territoriale interistituzionale antiviolenza",
  goals:
    "Consolidamento della partecipazione dei Comuni dell'Ambito alla rete interistituzionale antiviolenza con Ente capofila Comune di Busto Arsizio.",
  actions: [
    {
      code: "Azione 1",
      title:
        "Partecipare alla co-progettazione di azioni di sensibilizzazione e prevenzione rivolte al territorio.",
    },
    {
      code: "Azione 2",
      title: "Calendarizzazione di incontri con gli operatori dei centri anti-violenza della rete.",
    },
  ],
  target:
    "Donne vittime di violenza e le loro famiglie, ASST e ATS territorialmente competenti, Forze dell'Ordine, reti di Terzo Settore, Assistenti Sociali dell'Ambito di Gallarate.",
  budget: {
    total: "€. 30.000,00",
    lines: [...USUAL_SOURCES],
    text: "L'Ambito per la realizzazione dell'Obiettivo stima una spesa nel triennio pari ad €. 30.000,00 (FNPS-Fondi d'Ambito-altre fonti di finanziamento dedicate).",
  },
  staff: "ENTI LOCALI – PRIVATO SOCIALE – ASST – FORZE DELL'ORDINE",
  transversal: { answer: "si", areas: ["A", "B", "G"] },
  keyPoints: [
    { area: "I", point: "Caregiver femminile familiare" },
    { area: "I", point: "Sostegno secondo le specificità del contesto familiare" },
    { area: "I", point: "Invertire alcuni trend che minacciano la coesione sociale del territorio" },
    { area: "I", point: "Contrasto e prevenzione della violenza domestica" },
    { area: "I", point: "Tutela minori" },
    { area: "I", point: "Allargamento della rete e coprogrammazione" },
    { area: "A", point: "Contrasto all'isolamento" },
    { area: "A", point: "Rafforzamento delle reti sociali" },
    { area: "A", point: "Vulnerabilità multidimensionale" },
    { area: "B", point: "Qualità dell'abitare" },
    { area: "G", point: "Prevenzione e contenimento del disagio sociale e del suo impatto sulla salute" },
  ],
  asstInAnalysis: { answer: "no" },
  asstInDelivery: {
    answer: "si",
    text: "Essendo un obiettivo a forte integrazione sociosanitaria, ASST sarà coinvolta nei tavoli periodici.",
  },
  cooperationWithOtherAmbiti: { answer: "si", ambiti: ["Busto Arsizio", "Somma Lombardo", "Saronno"] },
  continuity: { answer: "si" },
  newService: { kind: "servizio-gia-presente" },
  premialProject: {
    answer: "si",
    text: "l'obiettivo era già presente nel documento di Piano 2021-2023 come obiettivo premiale sovrambito.",
  },
  coProgrammed: { answer: "no" },
  coDesigned: { answer: "no" },
  otherActors: { answer: "no", actors: [] },
  needs: {
    text: "Accoglienza, ascolto e protezione; supporto psicologico; assistenza sociale; assistenza legale; supporto ai minori vittime di violenza assistita; mediazione linguistica e culturale; orientamento all'autonomia abitativa e lavorativa; sensibilizzazione delle scuole.",
    indicators: [],
  },
  needKind: { kind: "bisogno-consolidato" },
  preventionKind: ["promozionale", "preventivo", "riparativo"],
  innovation: { answer: "no" },
  digitalisation: {
    answer: "si",
    text: "gli incontri di coordinamento potrebbero svolgersi in modalità online attraverso l'utilizzo di piattaforme digitali.",
  },
  processIndicators: {
    indicators: [
      { text: "1.1 N. incontri realizzati" },
      { text: "1.2 N. unità di personale coinvolto" },
      { text: "1.3 N. iniziative di sensibilizzazione e/o prevenzione co-progettate rivolte al territorio" },
      { text: "2.1 N. incontri calendarizzati" },
      { text: "2.2 N. incontri realizzati" },
    ],
  },
  outputIndicators: {
    indicators: [
      {
        text: "Partecipazione dell'Ambito a iniziative di sensibilizzazione e prevenzione realizzate in co-progettazione",
        target: "almeno 1 iniziativa annuale",
      },
      { text: "Attuazione del protocollo d'intesa per l'adozione di interventi coordinati" },
      { text: "Incontri con gli operatori del centro antiviolenza", target: "1 incontro semestrale" },
      { text: "Percorso di formazione rivolto agli attori della rete", target: "1 percorso annuale" },
      { text: "Condivisione con tutti gli attori del territorio del vademecum già strutturato" },
    ],
  },
  outcomeIndicators: {
    indicators: [
      { text: "Aumento della sicurezza e del supporto per le vittime" },
      { text: "Incremento della sensibilizzazione nella comunità riguardo la tematica" },
      { text: "Miglioramento della qualità e dell'efficienza dei servizi di supporto" },
    ],
  },
  // QUALI RISULTATI VUOLE RAGGIUNGERE? (L8062-8082), typed: two yearly counts, one per semester, two deliverables.
  targets: [
    {
      id: "A1-1",
      action: "Azione 1",
      text: "Partecipazione dell’Ambito ad almeno 1 iniziativa di sensibilizzazione e prevenzione annuale, realizzata in co-progettazione",
      lines: [8065, 8067],
      kind: "count-at-least",
      min: 1,
      unit: "iniziative di sensibilizzazione e prevenzione in co-progettazione",
      per: "year",
    },
    {
      id: "A1-2",
      action: "Azione 1",
      text: "Attuazione del protocollo d’intesa per l’adozione di interventi coordinati nell’attività di contrasto al fenomeno della violenza nei confronti delle donne.",
      lines: [8069, 8071],
      kind: "deliverable",
      deliverable: "Attuazione del protocollo d’intesa antiviolenza",
    },
    {
      id: "A2-1",
      action: "Azione 2",
      text: "Realizzazione di 1 incontro semestrale con gli operatori del centro antiviolenza",
      lines: [8075, 8076],
      kind: "count-at-least",
      min: 1,
      unit: "incontri con gli operatori del centro antiviolenza",
      per: "semester",
    },
    {
      id: "A2-2",
      action: "Azione 2",
      text: "Realizzazione di 1 percorso di formazione annuale rivolto agli attori della rete",
      lines: [8078, 8079],
      kind: "count-at-least",
      min: 1,
      unit: "percorsi di formazione rivolti agli attori della rete",
      per: "year",
    },
    {
      id: "A2-3",
      action: "Azione 2",
      text: "Condivisione con tutti gli attori del territorio del vademecum già strutturato.",
      lines: [8081, 8082],
      kind: "deliverable",
      deliverable: "Vademecum condiviso con tutti gli attori del territorio",
    },
  ],
  source: lines(7811, 8104),
};

export const GALLARATE_LEPS_SCHEDA_SAD_INPUT: LepsSchedaInput = {
  leps: "incremento-sad",
  title: "Obiettivo LEPS: Incremento SAD",
  policyAreas: ["E"],
  goals:
    "1. Potenziare il Servizio di Assistenza Domiciliare in termini quantitativi e qualitativi; 2. Assistenza sociale integrata con i servizi sociosanitari.",
  actions: [
    {
      code: "Azione 1",
      title:
        "Elaborazione di protocolli operativi di funzionamento dell'Unità di valutazione multidimensionale comune all'ambito territoriale sociale e al distretto sanitario",
    },
    {
      code: "Azione 2",
      title:
        "Iniziative di promozione ed inclusione sociale e culturale anche attraverso l'attivazione degli ETS; sostegno e sollievo ai caregiver",
    },
  ],
  target:
    "Persone che necessitano di supporto nelle attività quotidiane a causa di condizioni di salute dovute ad anzianità.",
  // "FNA B1-B2", "FNPS- Finanziamento finalizzato all'attivazione del SAD": no amounts (L10771-10772).
  budget: {
    lines: [
      { fund: "fna", label: "FNA B1-B2", nature: "pubblica" },
      { fund: "fnps", label: "FNPS- Finanziamento finalizzato all'attivazione del SAD", nature: "pubblica" },
    ],
  },
  staff: "Assistente Sociale d'Ambito all'interno dell'Unita di Valutazione Multidimensionale (UVM)",
  cooperatingAmbiti: ["Busto Arsizio", "Gallarate", "Castellanza", "Saronno", "Somma Lombardo"],
  asstInAnalysis: { answer: "si" },
  asstInDelivery: {
    answer: "si",
    text: "valutazione multidimensionale congiunta (B1, B2); dimissioni protette come previsto da Protocollo specifico; continuità assistenziale",
  },
  indicators: [
    {
      id: "sad-progetti-integrati",
      labels: {
        it: "Progetti individualizzati SAD con piano unico integrato con l'ambito sanitario",
        en: "home-care plans integrated with health care",
      },
      wording:
        "N. Progetti individualizzati SAD per anziani non autosufficienti ad alto bisogno assistenziale con piano individualizzato unico integrato con ambito sanitario/N Progetti individualizzati SAD per anziani non autosufficienti ad alto bisogno assistenziale",
      kind: "ratio-at-least",
      leps: "incremento-sad",
      numerator: {
        it: "progetti SAD con piano unico integrato",
        en: "home-care plans with an integrated plan",
      },
      denominator: {
        it: "progetti SAD per anziani ad alto bisogno",
        en: "home-care plans for high-need elderly",
      },
      targets: [
        { year: 2025, rule: "ratio-at-least", thresholdPercent: "50%" },
        { year: 2026, rule: "ratio-at-least", thresholdPercent: "75%" },
        { year: 2027, rule: "ratio-at-least", thresholdPercent: "100%" },
      ],
      sources: [lines(11023, 11032)],
    },
    {
      id: "sad-dimissioni-protette",
      labels: {
        it: "Progetti SAD che comprendono percorsi di dimissioni protette",
        en: "home-care plans including protected discharge",
      },
      wording:
        "N. Progetti Individualizzati SAD che comprendono percorsi di dimissioni protette/N casi di dimissioni protette che necessitano di SAD",
      kind: "ratio-at-least",
      leps: "incremento-sad",
      numerator: {
        it: "progetti SAD con dimissioni protette",
        en: "home-care plans with protected discharge",
      },
      denominator: {
        it: "dimissioni protette che necessitano di SAD",
        en: "protected discharges needing home care",
      },
      // "Anno 2023: t0" as printed (L11043; the ASST's copy has no 2023 row).
      baselineYear: 2023,
      targets: [
        { year: 2026, rule: "ratio-at-least", thresholdPercent: "50%" },
        { year: 2027, rule: "ratio-at-least", thresholdPercent: "75%" },
      ],
      sources: [lines(11038, 11045)],
    },
    {
      id: "sad-prese-in-carico",
      labels: {
        it: "Prese in carico SAD gestite con la cartella sociale informatizzata",
        en: "home-care cases",
      },
      wording: "N. prese in carico SAD 2026>2025, N. prese in carico SAD 2027>2026",
      kind: "increase",
      leps: "incremento-sad",
      measure: { it: "prese in carico SAD", en: "home-care cases taken in charge" },
      targets: [
        { year: 2026, rule: "greater-than-previous" },
        { year: 2027, rule: "greater-than-previous" },
      ],
      sources: [lines(11054, 11064)],
    },
  ],
  source: lines(10708, 11064),
};
