// Schemas are built on first use, once per number mode, and then kept: importing the model builds nothing (building
// every zod schema of the library costs more than importing zod itself), and a model that is never used is never
// built. Each factory takes the mode and asks the factories of its parts for the same mode, so the schema tree is
// written once and exists at most twice (canonical and Italian), its parts shared between the models that contain
// them.
import type { NumberMode } from "./number-mode.js";

/** A schema factory memoised per number mode: `schemaOf("italian")` builds the Italian schema on its first call. */
export function perMode<S>(build: (mode: NumberMode) => S): (mode: NumberMode) => S {
  let canonical: S | undefined;
  let italian: S | undefined;
  return (mode) => (mode === "italian" ? (italian ??= build("italian")) : (canonical ??= build("canonical")));
}

/** A value built on its first use and then kept (a schema without numbers, a merged table of labels). */
export function once<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}
