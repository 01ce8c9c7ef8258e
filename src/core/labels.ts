/**
 * A language the library speaks: Italian (the language of the documents) or English.
 * @category Core
 */
export type Language = "it" | "en";

/**
 * A bilingual label: the official Italian wording and its English rendering.
 * @category Core
 */
export interface Labels {
  readonly it: string;
  readonly en: string;
}
