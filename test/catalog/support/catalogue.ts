// The contract every catalogue of the module keeps: one frozen entry per code, with bilingual labels; a guard that
// says yes to the codes only; an accessor that returns the entry or throws the catalogue's unknown_x code on
// anything else (read from the list of codes, never from the record: "__proto__" is unknown).
import { describe, expect, it } from "vitest";
import { codeOf } from "../../error-code.js";
import { HOSTILE_VALUES } from "./hostile.js";

export interface CatalogueContract<C extends string, E> {
  readonly name: string;
  readonly codes: readonly C[];
  readonly catalog: { readonly [K in C]: E };
  readonly get: (code: C) => E;
  readonly is: (value: unknown) => value is C;
  readonly unknownCode: string;
  /** The key under which an entry names its own code ("code", "id", "kind"). */
  readonly key: string;
}

/** Runs the contract's tests for one catalogue. */
export function describeCatalogue<C extends string, E>(contract: CatalogueContract<C, E>): void {
  const { name, codes, catalog, get, is, unknownCode, key } = contract;
  describe(`${name}: the catalogue contract`, () => {
    it("has one deep-frozen entry per code, naming its code, with labels in both languages", () => {
      expect(Object.keys(catalog).sort()).toEqual([...codes].sort());
      expect(Object.isFrozen(catalog)).toBe(true);
      for (const code of codes) {
        const entry = catalog[code] as Record<string, unknown>;
        expect(entry[key]).toBe(code);
        expect(Object.isFrozen(entry)).toBe(true);
        const labels = entry["labels"] as { it: string; en: string };
        expect(Object.isFrozen(labels)).toBe(true);
        expect(labels.it.length).toBeGreaterThan(0);
        expect(labels.en.length).toBeGreaterThan(0);
      }
    });

    it("reads every code and guards it", () => {
      for (const code of codes) {
        expect(get(code)).toBe(catalog[code]);
        expect(is(code)).toBe(true);
      }
    });

    it.each(HOSTILE_VALUES)(`refuses %s with ${unknownCode}, and the guard says no`, (_, value) => {
      expect(codeOf(() => get(value as C))).toBe(unknownCode);
      expect(is(value)).toBe(false);
    });

    it.each(codes.map((code) => [code.toUpperCase() === code ? code.toLowerCase() : code.toUpperCase()]))(
      `refuses the code in the other case (%s) with ${unknownCode}`,
      (other) => {
        expect(codeOf(() => get(other as C))).toBe(unknownCode);
      },
    );
  });
}
