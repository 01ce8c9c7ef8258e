// The known gaps of the bad-input matrix: rows where the library, not the table, is wrong today. Each entry names
// the row (its label), what the library does and why that breaks its contract (issue 9, docs/errors.md, the
// function's TSDoc). A listed row still runs and is reported, but does not fail the suite; any other failing row
// does. When the library is fixed, the row passes and the run says so: remove the entry then.
//
// A row that hangs (a call stopped by the hang guard after seconds of CPU time) is not run in the quick run of
// `npx vitest run`; `npm run test:matrix` runs it too.

export interface KnownGap {
  /** What the library does, and what it should do. */
  readonly reason: string;
  /** The row hangs: it is run only by `npm run test:matrix`. */
  readonly hangs?: true;
}

export const KNOWN_GAPS: Readonly<Record<string, Readonly<Record<string, KnownGap>>>> = {};

/** The known gap of a row, if it is one. */
export function knownGap(name: string, label: string): KnownGap | null {
  return KNOWN_GAPS[name]?.[label] ?? null;
}

/** Whether the matrix runs every row, even those that hang (`npm run test:matrix`). */
export function fullMatrix(environment: NodeJS.ProcessEnv = process.env): boolean {
  return environment["PDZ_MATRIX"] === "1";
}
