import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", "datasets/index": "src/datasets/index.ts" },
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  target: "es2022",
  splitting: true,
  treeshake: true,
});
