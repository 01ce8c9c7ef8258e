import { defineConfig } from "tsup";

const ENTRIES = {
  index: "src/index.ts",
  "datasets/index": "src/datasets/index.ts",
  "audit/index": "src/audit/index.ts",
  "ingest/index": "src/ingest/index.ts",
  "report/index": "src/report/index.ts",
};

// Three builds of the same sources, each for the consumers that load it (types come from
// `tsc -p tsconfig.build.json`, one .d.ts per source file, plus the bundled .d.cts of the CommonJS build):
// - ESM, one output file per source file, for bundlers: an app keeps only the files its imports reach;
// - ESM for Node and Deno ("node" export condition): one minified bundle per entry point with shared chunks, so
//   that a cold import reads a few files instead of two hundred;
// - CommonJS, the entry points sharing chunks (require() cannot be tree-shaken anyway, but a value built by one
//   entry must be recognised by the other: one copy of each class), with bundled .d.cts types.
//   The report entry shares them too: an age structure from `piano-di-zona/datasets` is drawn by
//   `piano-di-zona/report`.
export default defineConfig([
  {
    entry: ["src/**/*.ts"],
    format: ["esm"],
    bundle: false,
    outDir: "dist",
    target: "es2022",
    sourcemap: true,
    dts: false,
  },
  {
    entry: ENTRIES,
    format: ["esm"],
    outDir: "dist/node",
    target: "es2022",
    sourcemap: true,
    splitting: true,
    treeshake: true,
    minify: true,
    // date-fns is bundled into this build (a few small functions) so that a cold import does not resolve and read
    // its dozen files one by one; zod and decimal.js stay shared with the application.
    noExternal: [/^date-fns/],
    // ASCII output: a source file with one character outside Latin-1 is held by V8 as a two-byte string, which
    // is slower to decode and to scan.
    esbuildOptions(options) {
      options.charset = "ascii";
    },
    dts: false,
  },
  {
    entry: ENTRIES,
    format: ["cjs"],
    outDir: "dist",
    target: "es2022",
    sourcemap: true,
    dts: { only: false },
    splitting: true,
    treeshake: true,
  },
]);
