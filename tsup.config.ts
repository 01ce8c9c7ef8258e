import { defineConfig } from "tsup";

// Two builds of the same sources (types come from `tsc -p tsconfig.build.json`, one .d.ts per source file):
// - ESM, one output file per source file, so that a bundler keeps only the files a consumer's imports reach;
// - CommonJS, one bundle per entry point (require() cannot be tree-shaken anyway), with bundled .d.cts types.
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
    entry: { index: "src/index.ts", "datasets/index": "src/datasets/index.ts", "ingest/index": "src/ingest/index.ts" },
    format: ["cjs"],
    outDir: "dist",
    target: "es2022",
    sourcemap: true,
    dts: { only: false },
    splitting: false,
    treeshake: true,
  },
]);
