// The PdZ form as Sebino prints it, one box after its label (seed 002 L7340-7415, abridged): the opening boxes of a
// scheda, the labels of the boxes after them and the staff box, for the tests that give the boxes in between.

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

/** The staff box after the budget box (seed 002 L7407-7414, abridged to one sentence). */
export const SEBINO_FORM_STAFF: readonly string[] = [
  "RISORSE DI PERSONALE ",
  "DEDICATE  ",
  "",
  "Gli Ambiti territoriali Sociali mettono a disposizione personale dedicato.  ",
  "",
];

/** The label of the transversal box, on three lines (seed 002 L7419-7421). */
export const SEBINO_FORM_TRANSVERSAL_LABEL: readonly string[] = [
  "L’OBIETTIVO È TRASVERSALE ED ",
  "INTEGRATO CON ALTRE AREE DI ",
  "POLICY?  ",
  "",
];

/** The label of the key-points box, on two lines (seed 002 L7427-7428). */
export const SEBINO_FORM_KEY_POINTS_LABEL: readonly string[] = [
  "INDICARE I PUNTI CHIAVE ",
  "DELL’INTERVENTO ",
  "",
];
