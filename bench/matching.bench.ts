/**
 * matchMacroArea over every line of a real plan (the Gallarate Accordo di Programma + Piano di Zona, 13,689
 * lines) against a plain exact lookup of the lower-cased line in a Map of the official titles.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { MACRO_AREA_CODES, MACRO_AREAS, matchMacroArea } from "../src/catalog/index.js";
import { nsPerCall, report } from "./harness.js";

const SEED = join(import.meta.dirname, "..", "..", "shared", "seeds", "000_3c31b9b69a6fcbbf.txt");
const lines = readFileSync(SEED, "utf8").split("\n");
const titles = new Map(MACRO_AREA_CODES.map((code) => [MACRO_AREAS[code].title.toLowerCase(), code]));

const baseline = nsPerCall(() => {
  let found = 0;
  for (const line of lines) if (titles.get(line.trim().toLowerCase()) !== undefined) found++;
  return found;
});
const matching = nsPerCall(() => {
  let found = 0;
  for (const line of lines) if (matchMacroArea(line).code !== null) found++;
  return found;
});

report(`matchMacroArea over the ${lines.length} lines of a plan`, [
  { name: "Map lookup of the lower-cased line (exact only)", ns: baseline },
  { name: "matchMacroArea (normalise, exact, variants, fuzzy)", ns: matching },
]);
console.log(
  `lines/second: baseline ${Math.round((lines.length * 1e9) / baseline)}, matchMacroArea ${Math.round((lines.length * 1e9) / matching)}`,
);
const matched = lines.filter((line) => matchMacroArea(line).code !== null).length;
console.log(
  `lines matched to a macro-area: ${matched} (exact lookup: ${lines.filter((l) => titles.has(l.trim().toLowerCase())).length})`,
);
