import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  hasWordAt,
  isAsciiDigit,
  isAsciiLetter,
  isSpace,
  isWholeWordAt,
  isWordUnit,
  skipSpaces,
} from "../../src/catalog/_scan.js";

describe("code-unit classes", () => {
  it("are those of the regular expressions (\\s, \\w, [A-Za-z], \\d) on every UTF-16 code unit", () => {
    const differences: number[] = [];
    for (let unit = 0; unit < 0x10000; unit += 1) {
      const char = String.fromCharCode(unit);
      const same =
        isSpace(unit) === /\s/.test(char) &&
        isWordUnit(unit) === /\w/.test(char) &&
        isAsciiLetter(unit) === /[A-Za-z]/.test(char) &&
        isAsciiDigit(unit) === /\d/.test(char);
      if (!same) differences.push(unit);
    }
    expect(differences).toEqual([]);
    expect(isSpace(Number.NaN) || isWordUnit(Number.NaN) || isAsciiDigit(Number.NaN)).toBe(false);
  });
});

describe("words at a position", () => {
  it("compare ASCII letters without regard to case, and only them", () => {
    expect(hasWordAt("xLePs", 1, "leps")).toBe(true);
    expect(hasWordAt("lep", 0, "leps")).toBe(false);
    expect(hasWordAt("l\u0130ps", 0, "lips")).toBe(false);
    expect(skipSpaces("a \t\u00a0b", 1)).toBe(4);
  });

  test.prop([fc.stringMatching(/^[ _xLEPSleps1èà-]{0,16}$/), fc.nat(16)])(
    "isWholeWordAt finds where /\\bleps\\b/i matches in the part",
    (text, start) => {
      const from = Math.min(start, text.length);
      const part = text.slice(from);
      const expected = [...part.matchAll(/\bleps\b/gi)].map((m) => m.index + from);
      const found: number[] = [];
      for (let i = from; i < text.length; i += 1)
        if (isWholeWordAt(text, i, from, text.length, "leps")) found.push(i);
      expect(found).toEqual(expected);
    },
  );
});
