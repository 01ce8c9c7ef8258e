// The engine reads every text as 0.1.0 did: the six matchers against the 0.1.0 engine (kept in
// support/reference-0.1.0.ts) on generated texts made of the catalogues' words, articles, numbers, accents, marks,
// letters and local numbers, list separators and noise.
import { fc, test } from "@fast-check/vitest";
import { FUND_CATALOG, FUND_IDS } from "../../src/catalog/funds.js";
import { LEPS_CATALOG, LEPS_IDS } from "../../src/catalog/leps.js";
import { MACRO_AREA_CATALOG, MACRO_AREA_CODES } from "../../src/catalog/macro-areas.js";
import { matchFund, matchFunds } from "../../src/catalog/match-fund.js";
import { matchLeps, matchLepsList } from "../../src/catalog/match-leps.js";
import { matchMacroArea, matchMacroAreaList } from "../../src/catalog/match-macro-area.js";
import { canonical } from "./fixtures/matcher-results.js";
import {
  referenceMatchFund,
  referenceMatchFunds,
  referenceMatchLeps,
  referenceMatchLepsList,
  referenceMatchMacroArea,
  referenceMatchMacroAreaList,
} from "./support/reference-0.1.0.js";

const TITLES = [
  ...MACRO_AREA_CODES.map((code) => MACRO_AREA_CATALOG[code].title),
  ...LEPS_IDS.map((id) => LEPS_CATALOG[id].name),
  ...FUND_IDS.filter((id) => id !== "misura-b1" && id !== "fondo-poverta-estrema").map(
    (id) => FUND_CATALOG[id].labels.it,
  ),
  "Domiciliarietà Politiche per i giovani e i minori Interventi di sistema Fondo Non Autosufficienza quote dei Comuni",
  "Pronto intervento sociale PIS PUA integrati e UVM Servizi di sollievo Reddito di cittadinanza Fondo lotta povertà",
];
const WORDS = [...new Set(TITLES.flatMap((title) => title.split(/[\s()'’,/:;+-]+/)).filter((w) => w !== ""))];
const NOISE = [
  "di",
  "e",
  "per",
  "la",
  "dell'",
  "all’",
  "i",
  "2025",
  "1.2",
  "L3.",
  "L12)",
  "LEPS:",
  "LEPS –",
  "leps",
  "macro-area",
  "MACROAREA",
  "area",
  "AREE",
  "di policy",
  "A)",
  "j.",
  "G -",
  "c:",
  "K–",
  "##",
  "5.6",
  "-",
  "•",
  "<p>",
  "</p>",
  "*",
  "|",
  ">",
  ";",
  ",",
  ",5",
  "/",
  "\n",
  "\t",
  "  ",
  "?",
  "€",
  "x",
  "servizio",
  "famiglie",
  "anziano",
  "Fondi",
];
const ACCENTS: Readonly<Record<string, string>> = { a: "à", e: "é", i: "ì", o: "ò", u: "ù", A: "À", E: "È" };

const token = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...NOISE) },
  { weight: 1, arbitrary: fc.stringMatching(/^[A-Za-z0-9]{1,8}$/) },
);

/** A token re-cased and sometimes accented (precomposed or with a combining accent), as hand-written plans do. */
const written = fc
  .tuple(token, fc.constantFrom("same", "upper", "lower", "accent", "combining"), fc.nat(20))
  .map(([text, how, at]) => {
    if (how === "upper") return text.toUpperCase();
    if (how === "lower") return text.toLowerCase();
    const i = at % Math.max(text.length, 1);
    const char = text.charAt(i);
    if (how === "accent") return text.slice(0, i) + (ACCENTS[char] ?? char) + text.slice(i + 1);
    if (how === "combining") return `${text.slice(0, i + 1)}\u0301${text.slice(i + 1)}`;
    return text;
  });

const text = fc
  .array(fc.tuple(written, fc.constantFrom(" ", " ", " ", "", "\t", ", ", ") ", ". ")), { maxLength: 14 })
  .map((parts) => parts.map(([word, separator]) => word + separator).join(""));

type Read = (text: string) => unknown;
/** A single matcher, now and in 0.1.0, as canonical results. */
const one = (now: (t: string) => unknown, then: (t: string) => unknown): [Read, Read] => [
  (t) => canonical(now(t) as never),
  (t) => canonical(then(t) as never),
];
/** A list matcher, now and in 0.1.0, as canonical results. */
const many = (
  now: (t: string) => readonly unknown[],
  then: (t: string) => readonly unknown[],
): [Read, Read] => [
  (t) => now(t).map((r) => canonical(r as never)),
  (t) => then(t).map((r) => canonical(r as never)),
];

const PAIRS: readonly (readonly [string, [Read, Read]])[] = [
  ["matchMacroArea", one(matchMacroArea, referenceMatchMacroArea)],
  ["matchMacroAreaList", many(matchMacroAreaList, referenceMatchMacroAreaList)],
  ["matchLeps", one(matchLeps, referenceMatchLeps)],
  ["matchLepsList", many(matchLepsList, referenceMatchLepsList)],
  ["matchFund", one(matchFund, referenceMatchFund)],
  ["matchFunds", many(matchFunds, referenceMatchFunds)],
];

/** Throws, naming the matcher and both results, where a matcher reads the text otherwise than 0.1.0. */
function readAsBefore(generated: string): void {
  for (const [name, [now, then]] of PAIRS) {
    const [a, b] = [JSON.stringify(now(generated)), JSON.stringify(then(generated))];
    if (a !== b) throw new Error(`${name}(${JSON.stringify(generated)}):\n  now  ${a}\n  0.1.0 ${b}`);
  }
}

test.prop([text], { numRuns: 600 })("every matcher reads a generated text as 0.1.0 did", readAsBefore);

test.prop([fc.string({ maxLength: 60 })], { numRuns: 300 })(
  "and so does it on any short string",
  readAsBefore,
);
