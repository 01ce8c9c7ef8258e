import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  classOf,
  hasWords,
  INVISIBLE,
  INVISIBLE_STORED,
  REMOVED,
  REMOVED_STORED,
  SEPARATOR,
  stem,
  STORED_OFFSET,
  symbolChar,
  words,
} from "../../src/catalog/_words.js";

// The tokeniser of 0.1.0: the whole text decomposed (NFD), combining marks U+0300-U+036F dropped, lower-cased, split
// on anything that is not a-z or 0-9; single letters, articles, prepositions and bare numbers dropped.
// prettier-ignore
const STOPWORDS_0_1_0 = new Set([
  "il", "lo", "la", "i", "gli", "le", "l", "un", "uno", "una", "di", "del", "dell", "dello", "della", "dei",
  "degli", "delle", "d", "a", "al", "all", "allo", "alla", "ai", "agli", "alle", "ad", "e", "ed", "per",
  "in", "nel", "nell", "nello", "nella", "nei", "negli", "nelle", "con", "da", "dal", "dall", "dallo",
  "dalla", "dai", "dagli", "dalle", "su", "sul", "sull", "sulla", "sui", "sugli", "sulle", "tra", "fra", "o",
]);
function words0(text: string): string[] {
  const plain = text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
  return plain
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= 2 && !STOPWORDS_0_1_0.has(w) && !/^\d+$/.test(w));
}
const INVISIBLE_0 = /\p{Default_Ignorable_Code_Point}/u;

describe("classOf", () => {
  it("reads every UTF-16 code unit as the whole-text pipeline of 0.1.0 reads it", () => {
    const differences: string[] = [];
    for (let unit = 0; unit < 0x10000; unit += 1) {
      const isSurrogate = unit >= 0xd800 && unit <= 0xdfff;
      const char = String.fromCharCode(unit);
      const found = classOf(unit);
      if (!isSurrogate && INVISIBLE_0.test(char)) {
        if (found !== INVISIBLE) differences.push(`${unit.toString(16)}: invisible read as ${String(found)}`);
        continue;
      }
      if (unit === 0xd82f || unit === 0xd834 || (unit >= 0xdb40 && unit <= 0xdb43)) {
        if (found !== INVISIBLE) differences.push(`${unit.toString(16)}: may begin an invisible character`);
        continue;
      }
      const plain = isSurrogate
        ? char
        : char
            .normalize("NFD")
            .replace(/[\u0300-\u036f]/g, "")
            .toLowerCase();
      const expected = plain === "" ? REMOVED : /^[a-z0-9]$/.test(plain) ? plain : SEPARATOR;
      const got = found >= 0 ? symbolChar(found) : found;
      if (got !== expected) differences.push(`${unit.toString(16)}: ${String(got)} ≠ ${String(expected)}`);
    }
    expect(differences).toEqual([]);
  });

  it("stores each class with the offset its readers expect", () => {
    expect([INVISIBLE + STORED_OFFSET, REMOVED + STORED_OFFSET]).toEqual([INVISIBLE_STORED, REMOVED_STORED]);
  });

  it("folds accents and case, removes combining marks", () => {
    const text = "ÀéK0ß’\u0301";
    expect(Array.from({ length: text.length }, (_, i) => classOf(text.charCodeAt(i)))).toEqual([
      0,
      4,
      10,
      26,
      SEPARATOR,
      SEPARATOR,
      REMOVED,
    ]);
  });
});

describe("words and stems", () => {
  test.prop([fc.string({ unit: "grapheme-composite", maxLength: 80 })])(
    "words() gives the words of 0.1.0 on any text without invisible characters",
    (text) => {
      const plain = text.replace(/\p{Default_Ignorable_Code_Point}/gu, "");
      expect(words(plain)).toEqual(words0(plain));
    },
  );

  test.prop([fc.string({ maxLength: 40 })])("hasWords tells whether words() has any", (text) => {
    expect(hasWords(text)).toBe(words(text).length > 0);
  });

  test.prop([fc.stringMatching(/^[a-z0-9]{0,12}$/)])("stem() is 0.1.0's /[aeiou]+$/ stem", (word) => {
    const stemmed = word.replace(/[aeiou]+$/, "");
    expect(stem(word)).toBe(stemmed.length >= 3 ? stemmed : word);
  });

  it("reads parts of a text", () => {
    expect(hasWords("a, e, di", 0, 8)).toBe(false);
    expect(hasWords("xx servizi", 3, 10)).toBe(true);
    expect(hasWords("2025 2027")).toBe(false);
  });
});
