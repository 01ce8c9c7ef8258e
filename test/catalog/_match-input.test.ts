import { describe, expect, it } from "vitest";
import { hasInvisible, readMatchText, withoutInvisible } from "../../src/catalog/_match-input.js";
import { LIMITS } from "../../src/core/limits.js";
import { HOSTILE_VALUES } from "./support/hostile.js";

describe("readMatchText", () => {
  it.each(HOSTILE_VALUES.filter(([, value]) => typeof value !== "string"))(
    "reads %s as empty text",
    (_, value) => {
      expect(readMatchText(value)).toBe("");
    },
  );

  it("reads only the first LIMITS.maxTextLength characters", () => {
    expect(readMatchText("x".repeat(LIMITS.maxTextLength + 5))).toHaveLength(LIMITS.maxTextLength);
    expect(readMatchText("Politiche abitative")).toBe("Politiche abitative");
  });
});

describe("invisible characters", () => {
  it("are exactly Unicode's Default_Ignorable_Code_Point, every code point checked", () => {
    const differences: number[] = [];
    for (let point = 0; point < 0x110000; point += 1) {
      if (point >= 0xd800 && point <= 0xdfff) continue;
      const char = String.fromCodePoint(point);
      const expected = char.replace(/\p{Default_Ignorable_Code_Point}/gu, "");
      if (withoutInvisible(`a${char}b`) !== `a${expected}b`) differences.push(point);
    }
    expect(differences).toEqual([]);
  });

  it("are found in a part of a text", () => {
    expect(hasInvisible("a\u00adb", 0, 3)).toBe(true);
    expect(hasInvisible("a\u00adb", 2, 3)).toBe(false);
    // A high surrogate shared with visible characters (U+1D11E, a clef) counts as a maybe.
    expect(hasInvisible("\u{1d11e}", 0, 2)).toBe(true);
    expect(withoutInvisible("\u{1d11e}\u{1d173}")).toBe("\u{1d11e}");
  });
});
