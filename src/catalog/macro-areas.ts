/**
 * The letters of the macro-aree di policy of the 2025-2027 programming (D.G.R. XII/2167 of 15.04.2024). The
 * 2021-2023 area C was merged into A and its letter is not reused.
 * @category Catalog
 */
export const MACRO_AREA_CODES = ["A", "B", "D", "E", "F", "G", "H", "I", "J", "K", "L"] as const;

/** The letters used only by earlier programmings: C, "Promozione dell'inclusione attiva" (2021-2023). @category Catalog */
export const LEGACY_MACRO_AREA_CODES = ["C"] as const;

/** A macro-area di policy of 2025-2027, one of {@link MACRO_AREA_CODES}. @category Catalog */
export type MacroAreaCode = (typeof MACRO_AREA_CODES)[number];

/** A macro-area letter of any programming, current or legacy. @category Catalog */
export type AnyMacroAreaCode = MacroAreaCode | (typeof LEGACY_MACRO_AREA_CODES)[number];
