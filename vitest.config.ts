import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts", "test/**/*.test-prop.ts"],
    // The library keeps no mutable state between calls, so test files may share one module registry per worker
    // thread: the library is imported once per worker instead of once per file, which was most of the suite's time.
    pool: "threads",
    isolate: false,
    globalSetup: ["test/support/global-setup.ts"],
    setupFiles: ["test/support/fast-check-seed.ts"],
    typecheck: {
      enabled: true,
      include: ["test/**/*.test-d.ts"],
      tsconfig: "test/tsconfig.json",
    },
    // scripts/test-fuzz.mjs names its own report, so that the long fuzz run never overwrites the whole run's.
    reporters: [
      "default",
      ["json", { outputFile: process.env["PDZ_VITEST_REPORT"] ?? "reports/vitest.json" }],
    ],
    coverage: {
      provider: "v8",
      include: ["src/**/*.ts"],
      exclude: ["src/index.ts", "src/**/index.ts"],
      reporter: ["text-summary"],
      thresholds: { lines: 90, functions: 90, statements: 90, branches: 85 },
    },
  },
});
