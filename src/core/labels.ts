/**
 * A language the library speaks: Italian (the language of the documents) or English.
 * @category Core
 */
export type Language = "it" | "en";

/**
 * Every {@link Language}, Italian first.
 * @category Core
 */
export const LANGUAGES = /* @__PURE__ */ Object.freeze(["it", "en"] as const);

/**
 * A bilingual label: the official Italian wording and its English rendering. Every enumerated value, message and
 * heading of the library has one.
 * @category Core
 */
export interface Labels {
  readonly it: string;
  readonly en: string;
}
