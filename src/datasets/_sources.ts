import type { SourceReference } from "../core/source.js";

/**
 * The documents the datasets are read from, one name each, so that every fact of one document cites it the same
 * way. Line numbers refer to each document's plain-text edition.
 */
export const DOCUMENTS = {
  gallarate: "Accordo di Programma e Piano di Zona 2025-2027, Ambito di Gallarate",
  bustoArsizio: "Piano di Zona 2025-2027, Ambito di Busto Arsizio",
  sebino: "Piano di Zona 2025-2027, Ambito n. 5 Sebino",
  altoMilanese: "Piano di Zona 2025-2027, Ambito Alto Milanese",
  medioOlona2015To2017: "Piano di Zona 1 maggio 2015 – 31 dicembre 2017",
} as const;

/** A line-range reference into one document: `lines(1125, 1211)`, or `lines(3073)` for a single line. */
export type LinesIn = (first: number, last?: number) => SourceReference & { lines: [number, number] };

/** Makes the {@link LinesIn} function of a document. */
export function linesIn(document: string): LinesIn {
  return (first, last = first) => ({ document, lines: [first, last] });
}
