import { fc, test } from "@fast-check/vitest";
import { MACRO_AREA_CODES, MACRO_AREA_CATALOG } from "../../src/catalog/macro-areas.js";
import { matchMacroArea } from "../../src/catalog/match-macro-area.js";

const ACCENTED: Readonly<Record<string, string>> = { a: "à", e: "è", i: "ì", o: "ò", u: "ù" };

/** Re-cases every letter and re-accents some vowels, as hand-written documents do. */
function rewrite(title: string, cases: readonly boolean[], accents: readonly boolean[]): string {
  return title
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .split("")
    .map((char, i) => {
      const accented = accents[i % accents.length] === true ? (ACCENTED[char] ?? char) : char;
      return cases[i % cases.length] === true ? accented.toUpperCase() : accented.toLowerCase();
    })
    .join("");
}

test.prop([
  fc.constantFrom(...MACRO_AREA_CODES),
  fc.array(fc.boolean(), { minLength: 1, maxLength: 12 }),
  fc.array(fc.boolean(), { minLength: 1, maxLength: 12 }),
])("an official title, re-cased and re-accented, matches its own code", (code, cases, accents) => {
  const text = rewrite(MACRO_AREA_CATALOG[code].title, cases, accents);
  const m = matchMacroArea(text);
  if (m.code !== code) throw new Error(`${text} matched ${String(m.code)}`);
});

test.prop([fc.constantFrom(...MACRO_AREA_CODES)])(
  "the title's own letter before it raises no warning",
  (code) => {
    const m = matchMacroArea(`${code}) ${MACRO_AREA_CATALOG[code].title}`);
    return m.code === code && m.warnings.length === 0 && m.confidence === "exact";
  },
);

test.prop([fc.string({ unit: "grapheme", maxLength: 200 })])("never throws and stays in range", (text) => {
  const m = matchMacroArea(text);
  return m.score >= 0 && m.score <= 1 && (m.code === null) === (m.confidence === "none");
});

test.prop([fc.string()])("never throws on any UTF-16 string", (text) => {
  matchMacroArea(text);
});
