/** Stable ids of the funds that finance the Piani di Zona. @category Catalog */
export const FUND_IDS = [
  "fnps",
  "fondo-sociale-regionale",
  "fna",
  "fondo-poverta",
  "fondo-poverta-quota-servizi",
  "dopo-di-noi",
  "pnrr",
  "fse-plus",
  "pon-inclusione",
  "pn-inclusione",
  "piano-operativo-complementare",
  "fami",
  "risorse-comunali",
  "altro",
] as const;

/** One of {@link FUND_IDS}. @category Catalog */
export type FundId = (typeof FUND_IDS)[number];
