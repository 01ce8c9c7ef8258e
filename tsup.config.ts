import { defineConfig } from "tsup";

// Two builds of the same sources (types come from `tsc -p tsconfig.build.json`, one .d.ts per source file):
// - ESM, one output file per source file, so that a bundler keeps only the files a consumer's imports reach;
// - CommonJS, one file per entry point with the code they share in common chunks (require() cannot be tree-shaken
//   anyway), with bundled .d.cts types. Shared chunks keep one copy of each class: an age structure made by
//   `piano-di-zona/datasets` is recognised by the root and by `piano-di-zona/report`.
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
    entry: {
      index: "src/index.ts",
      "datasets/index": "src/datasets/index.ts",
      "report/index": "src/report/index.ts",
    },
    format: ["cjs"],
    outDir: "dist",
    target: "es2022",
    sourcemap: true,
    dts: { only: false },
    splitting: true,
    treeshake: true,
  },
]);
