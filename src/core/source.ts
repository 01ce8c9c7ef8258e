/**
 * Where a fact of a dataset comes from: a document and the lines (1-based, inclusive) it was read from.
 * @category Core
 */
export interface SourceReference {
  /** The document, e.g. "Piano di Zona 2025-2027, Ambito di Gallarate". */
  readonly document: string;
  /** First and last line of the passage in the plain-text edition of the document. */
  readonly lines: readonly [number, number];
}
