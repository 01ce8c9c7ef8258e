/**
 * What a reading of a plan amounts to, as a flat list of values with the lines they were read from: the basis of the
 * perturbation tests (the same values, with lines that point into the perturbed text) and of the bounded-time tests.
 * Texts are compared by their letters and digits (the hyphen of a word cut at a line end, spaces and punctuation do
 * not count); every other value exactly.
 */
import type { IngestResult } from "../../../src/ingest/index.js";
import { skeleton } from "./measure.js";

/** One value read, with its lines when it has some. */
export interface Entry {
  readonly key: string;
  readonly value: string;
  readonly lines: readonly [number, number] | null;
}

type Json = unknown;

function range(value: Json): readonly [number, number] | null {
  return Array.isArray(value) && typeof value[0] === "number" && typeof value[1] === "number"
    ? [value[0], value[1]]
    : null;
}

/** Flattens a draft: strings as skeletons, numbers and codes as they are, `lines` and `source` kept apart. */
function flatten(prefix: string, value: Json, out: Entry[]): void {
  if (value === null || value === undefined) {
    out.push({ key: prefix, value: "null", lines: null });
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      flatten(`${prefix}[${String(i)}]`, item, out);
    });
    if (value.length === 0) out.push({ key: prefix, value: "[]", lines: null });
    return;
  }
  if (typeof value === "object") {
    const record = value as Record<string, Json>;
    const lines = range(record["lines"] ?? (record["source"] as Record<string, Json> | undefined)?.["lines"]);
    if (lines !== null) out.push({ key: `${prefix}@`, value: "", lines });
    for (const [key, item] of Object.entries(record)) {
      if (key === "lines" || key === "source" || key === "labelLines") continue;
      // Free texts: compared by letters and digits.
      flatten(`${prefix}.${key}`, item, out);
    }
    return;
  }
  const text =
    typeof value === "string" || typeof value === "number" || typeof value === "boolean"
      ? String(value)
      : JSON.stringify(value);
  out.push({ key: prefix, value: typeof value === "string" ? skeleton(text) : text, lines: null });
}

/** The values of a reading. */
export function project(result: IngestResult): Entry[] {
  const out: Entry[] = [];
  result.schede.forEach((scheda, k) => {
    flatten(`schede[${String(k)}]`, scheda.draft, out);
    for (const reading of scheda.readings) {
      out.push({
        key: `schede[${String(k)}].reading.${reading.field}`,
        value: skeleton(reading.text ?? ""),
        lines: reading.lines,
      });
    }
  });
  result.lepsSchede.forEach((scheda, k) => {
    flatten(`leps[${String(k)}]`, scheda.draft, out);
  });
  flatten("evaluation", result.evaluation, out);
  flatten("accordo", result.accordo, out);
  flatten("tables", result.tables, out);
  flatten(
    "headings",
    result.macroAreaHeadings.map((h) => ({
      area: h.area,
      letter: h.letter,
      warnings: h.warnings,
      lines: h.lines,
    })),
    out,
  );
  return out;
}
