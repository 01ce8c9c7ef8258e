// Runs the TypeScript of the documentation (TSDoc examples, the guides' ```ts blocks) against the sources: imports of
// "piano-di-zona" and its subpaths resolve to them, `expression; //=> literal` asserts that the expression deep-equals
// the literal, `expression; //=> throws some_code` that it throws a PdzError with that code.
import ts from "typescript";
import { expect } from "vitest";
import * as audit from "../../src/audit/index.js";
import * as datasets from "../../src/datasets/index.js";
import * as library from "../../src/index.js";
import * as ingest from "../../src/ingest/index.js";
import * as report from "../../src/report/index.js";

const MODULES: Readonly<Record<string, unknown>> = {
  "piano-di-zona": library,
  "piano-di-zona/audit": audit,
  "piano-di-zona/datasets": datasets,
  "piano-di-zona/ingest": ingest,
  "piano-di-zona/report": report,
};

function toRunnable(code: string): string {
  return code
    .split("\n")
    .map((line) => {
      const at = line.indexOf("//=>");
      if (at < 0) return line;
      const expression = line.slice(0, at).trim().replace(/;$/, "");
      const expected = line.slice(at + 4).trim();
      const label = JSON.stringify(expression);
      const thrown = /^throws\s+([a-z0-9_]+)$/.exec(expected);
      return thrown
        ? `__throws(() => (${expression}), ${JSON.stringify(thrown[1])}, ${label});`
        : `__expect((${expression}), (${expected}), ${label});`;
    })
    .join("\n");
}

/** What a run of documentation code did: the lines it printed and how many `//=>` assertions it checked. */
export interface DocCodeRun {
  readonly printed: readonly string[];
  readonly checked: number;
}

/** Runs documentation code (`where` names it in the error when it imports something else than the library). */
export function runDocCode(code: string, where: string): DocCodeRun {
  const js = ts.transpileModule(toRunnable(code), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  const require = (name: string): unknown => {
    if (!(name in MODULES)) throw new Error(`${where} may import only the library, not ${name}`);
    return MODULES[name];
  };
  const printed: string[] = [];
  let checked = 0;
  const check = (actual: unknown, expected: unknown, expression: string): void => {
    expect(actual, expression).toEqual(expected);
    checked += 1;
  };
  const throws = (thunk: () => unknown, code: string, expression: string): void => {
    expect(thunk, expression).toThrow(library.PdzError);
    try {
      thunk();
    } catch (error) {
      expect((error as library.PdzError).code, expression).toBe(code);
    }
    checked += 1;
  };
  const console = { log: (...values: unknown[]) => printed.push(values.map(String).join(" ")) };
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the code is the library's own documentation
  const body = new Function("require", "exports", "__expect", "__throws", "console", js);
  body(require, {}, check, throws, console);
  return { printed, checked };
}
