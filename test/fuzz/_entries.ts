// The module namespace of every entry point of package.json "exports", for the fuzz suite and its coverage test.
import * as audit from "../../src/audit/index.js";
import * as datasets from "../../src/datasets/index.js";
import * as library from "../../src/index.js";
import * as ingest from "../../src/ingest/index.js";
import * as report from "../../src/report/index.js";
import type { EntryNamespaces } from "../support/exports.js";

export const ENTRY_NAMESPACES: EntryNamespaces = {
  "piano-di-zona": library,
  "piano-di-zona/audit": audit,
  "piano-di-zona/datasets": datasets,
  "piano-di-zona/ingest": ingest,
  "piano-di-zona/report": report,
};

/** The source of each entry point, as package.json "exports" maps it through the build (dist/X/index.js). */
export const ENTRY_SOURCES: Readonly<Record<string, string>> = {
  ".": "src/index.ts",
  "./audit": "src/audit/index.ts",
  "./datasets": "src/datasets/index.ts",
  "./ingest": "src/ingest/index.ts",
  "./report": "src/report/index.ts",
};
