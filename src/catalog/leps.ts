/**
 * Stable ids of the LEPS (livelli essenziali delle prestazioni sociali) named by D.G.R. XII/2167 and the plans.
 * @category Catalog
 */
export const LEPS_IDS = [
  "servizio-sociale-professionale",
  "pronto-intervento-sociale",
  "supervisione-personale",
  "dimissioni-protette",
  "prevenzione-allontanamento-familiare",
  "residenza-fittizia",
  "incremento-sad",
  "servizi-sollievo",
  "servizi-sostegno",
  "pua-integrati-uvm",
  "percorso-assistenziale-integrato",
  "valutazione-multidimensionale-progetto-personalizzato",
  "accesso-valutazione-sostegni",
  "presa-in-carico-sociale-lavorativa",
  "offerta-integrata",
  "assegno-di-inclusione",
] as const;

/** One of {@link LEPS_IDS}. @category Catalog */
export type LepsId = (typeof LEPS_IDS)[number];

/**
 * The five LEPS that D.G.R. XII/2167 makes priorities for integration with the ASST, in the DGR's order.
 * @category Catalog
 */
export const PRIORITY_LEPS_IDS = [
  "valutazione-multidimensionale-progetto-personalizzato",
  "prevenzione-allontanamento-familiare",
  "dimissioni-protette",
  "pua-integrati-uvm",
  "incremento-sad",
] as const satisfies readonly LepsId[];

/** One of {@link PRIORITY_LEPS_IDS}. @category Catalog */
export type PriorityLepsId = (typeof PRIORITY_LEPS_IDS)[number];
