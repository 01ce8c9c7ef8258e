// The PdZ form as Sebino prints it, one box after its label (seed 002 L7340-7415, abridged): the opening boxes of a
// scheda, and the labels of the target and budget boxes, for the tests that give the boxes that follow.

/** The part heading, the title, the goals and the actions (seed 002 L7340-7367, abridged). */
export const SEBINO_FORM_OPENING: readonly string[] = [
  "Minori e famiglie ",
  "",
  "TITOLO INTERVENTO RAFFORZAMENTO DELLE POLITICHE A FAVORE DI MINORI E FAMIGLIE ",
  "",
  "QUALI OBIETTIVI VUOLE ",
  "RAGGIUNGERE  ",
  "",
  "- Rafforzare il servizio preventivo di tutela minori ",
  "",
  "AZIONI PROGRAMMATE  ",
  "",
  "- Analisi dei costi ",
  "",
];

/** The target box and the budget box's label, as printed after the actions (seed 002 L7377-7391, abridged). */
export const SEBINO_FORM_TARGET_AND_BUDGET_LABEL: readonly string[] = [
  "TARGET  ",
  "",
  "famiglie con minori ",
  "",
  "RISORSE ECONOMICHE ",
  "PREVENTIVATE  ",
  "",
];
