// The reader of a local LEPS number gives what 0.1.0's regular expression gave, in linear time.
import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { splitLocalNumber } from "../../src/catalog/_leps-prefix.js";
import { doublingRatio } from "./support/work.js";

const LOCAL_NUMBER = /^[\s#*•\-–—>|]*(?:leps\s*[:\-–]?\s*)?(L\d+)\s*[.):\-–]?\s+/i;

function reference(text: string): [string | null, number] {
  const number = LOCAL_NUMBER.exec(text);
  return number === null ? [null, 0] : [(number[1] ?? "").toUpperCase(), number[0].length];
}

const piece = fc.constantFrom(
  ..."leps LEPS Leps L l 1 12 3 . ) : - – — # * • > | x e".split(" "),
  " ",
  "  ",
  "\t",
  "\u00a0",
  "Servizi sociali",
);

test.prop([fc.array(piece, { maxLength: 16 }).map((parts) => parts.join(""))], { numRuns: 3000 })(
  "the number and the name's start are those of 0.1.0",
  (text) => {
    const found = splitLocalNumber(text);
    expect([found.prefix, found.start]).toEqual(reference(text));
  },
);

test.prop([fc.constantFrom("leps", "L1", "- ", "L1 .")], { numRuns: 4 })(
  "reads long texts in linear time",
  (head) => {
    const make = (n: number) => head + " ".repeat(n);
    expect(doublingRatio(make, splitLocalNumber, 3000)).toBeLessThan(2.5);
  },
);
