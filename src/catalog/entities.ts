/** Kinds of the entities that sign, join or work with an Accordo di Programma. @category Catalog */
export const ENTITY_KINDS = [
  "comune",
  "ats",
  "asst",
  "ets",
  "ente-religioso",
  "organizzazione-sindacale",
  "azienda-speciale-consortile",
  "regione",
  "istituto-scolastico",
  "altro",
] as const;

/** One of {@link ENTITY_KINDS}. @category Catalog */
export type EntityKind = (typeof ENTITY_KINDS)[number];
