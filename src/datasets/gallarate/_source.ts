import type { SourceReference } from "../../core/source.js";

/** The Gallarate document: the Accordo di Programma followed by the Piano di Zona 2025-2027, in one text. */
export const GALLARATE_DOCUMENT = "Piano di Zona 2025-2027, Ambito di Gallarate";

/** A reference to lines `first`-`last` of the Gallarate document's plain-text edition. */
export function gallarateLines(first: number, last: number): SourceReference & { lines: [number, number] } {
  return { document: GALLARATE_DOCUMENT, lines: [first, last] };
}
