/** Kinds of the governance organs of an Ambito and of its partners. @category Catalog */
export const ORGAN_KINDS = [
  "assemblea-dei-sindaci",
  "ufficio-di-piano",
  "tavolo-tecnico",
  "tavolo-terzo-settore",
  "tavolo-tematico",
  "cabina-di-regia-ats",
  "cabina-di-regia-asst",
  "collegio-di-vigilanza",
] as const;

/** One of {@link ORGAN_KINDS}. @category Catalog */
export type OrganKind = (typeof ORGAN_KINDS)[number];
