// The readers of a macro-area heading's prefix give what 0.1.0's regular expressions gave, in linear time.
import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { labelEnd, leadingNoiseEnd, titleAfterLetter } from "../../src/catalog/_macro-area-prefix.js";
import { doublingRatio } from "./support/work.js";

const LEADING_NOISE = /^(?:[\s#*•\-–—>|]|<[^<>]{0,40}>)*(?:\d+(?:\.\d+)*\.?\s+)?/;
const AREA_LABEL = /\b(?:macro\s*-?\s*)?are[ae]\b(?:\s+di\s+policy)?\s*:?\s*/i;
const LETTER = /^([A-Za-z])\s*[).:\-–—]\s*/;

/** 0.1.0: where the title starts, and the letter set aside. */
function reference(text: string): [number, string | null] {
  let rest = text.replace(LEADING_NOISE, "");
  const label = AREA_LABEL.exec(rest);
  if (label !== null && label.index < 120) rest = rest.slice(label.index + label[0].length);
  const letter = LETTER.exec(rest);
  if (letter === null) return [text.length - rest.length, null];
  return [text.length - rest.length + letter[0].length, letter[1] ?? null];
}

function current(text: string): [number, string | null] {
  const at = labelEnd(text, leadingNoiseEnd(text));
  const title = titleAfterLetter(text, at);
  return title === -1 ? [at, null] : [title, text.charAt(at)];
}

const piece = fc.constantFrom(
  ..."macro MACRO Macro - – — area AREA Aree aree areax di DI policy POLICY : ) . A J c x _ è 1 5.6 2. # * • > | ".split(
    " ",
  ),
  " ",
  "  ",
  "\t",
  "\u00a0",
  "\ufeff",
  "<p>",
  "</b>",
  "<",
  ">",
  "\n",
  "Politiche abitative",
  "x".repeat(60),
);

test.prop([fc.array(piece, { maxLength: 24 }).map((parts) => parts.join(""))], { numRuns: 3000 })(
  "the title starts where 0.1.0 started it, after the same letter",
  (text) => {
    expect(current(text)).toEqual(reference(text));
  },
);

test.prop([fc.string({ maxLength: 60 })], { numRuns: 1000 })("on any short string too", (text) => {
  expect(current(text)).toEqual(reference(text));
});

test.prop([fc.constantFrom("macro", "area ", "# ", "1.", "<p>", "A ")], { numRuns: 6 })(
  "reads repeated markers in linear time",
  (unit) => {
    const make = (n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
    expect(doublingRatio(make, current, 3000)).toBeLessThan(2.5);
  },
);
