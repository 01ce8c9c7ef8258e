// A scheda obiettivo of a few lines, laid out as the plans print the D.G.R. form (the example of `ingestPlanText`'s
// TSDoc): what the ingest tests and the fuzz suite read when they need a plan text that the reader reads whole.
export const SMALL_SCHEDA_TEXT = [
  "TITOLO INTERVENTO Strategie per l’abitare",
  "QUALI OBIETTIVI VUOLE",
  "RAGGIUNGERE Facilitare l'accesso all'abitare.",
  "AZIONI PROGRAMMATE",
  "Azione 1: Tavolo casa-lavoro.",
  "TARGET Persone fragili.",
  "RISORSE ECONOMICHE",
  "PREVENTIVATE Si stima una spesa nel triennio pari ad €. 30.000,00 (FNPS).",
  "PREVEDE IL COINVOLGIMENTO DI ASST NELL'ANALISI DEL BISOGNO E NELLA PROGRAMMAZIONE?",
  "NO",
].join("\n");
