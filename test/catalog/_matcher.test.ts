import { describe, expect, it } from "vitest";
import { stem, words } from "../../src/catalog/_words.js";
import {
  Matcher,
  SAW_INVISIBLE,
  SAW_LABEL_WORD,
  SAW_LIST_SEPARATOR,
  WATCH_LABEL,
  WATCH_LIST,
} from "../../src/catalog/_matcher.js";

const matcher = new Matcher(() => [
  { code: "b", forms: [{ text: "Politiche abitative", official: true }] },
  { code: "g", forms: [{ text: "Politiche giovanili e per i minori", official: true }] },
]);

function read(text: string, dropWord: string | null = null) {
  const reader = matcher.reader();
  reader.scan(text, 0, text.length, dropWord, 0);
  return reader.result(text, null);
}

describe("the matching engine", () => {
  it("builds its reader once, on first use", () => {
    expect(matcher.reader()).toBe(matcher.reader());
  });

  it("reports what it saw: invisible characters, label words, list separators", () => {
    const reader = matcher.reader();
    expect(reader.scan("a\u200bb", 0, 3, null, 0)).toBe(SAW_INVISIBLE);
    expect(reader.scan("macroarea J", 0, 11, null, WATCH_LABEL)).toBe(SAW_LABEL_WORD);
    expect(reader.scan("x, y", 0, 4, null, WATCH_LIST)).toBe(SAW_LIST_SEPARATOR);
    expect(reader.scan("1,5", 0, 3, null, WATCH_LIST)).toBe(0);
  });

  it("reads exact, inflected and fuzzy titles, and shares the no-match result", () => {
    expect(read("POLITICHE ABITATIVE")).toMatchObject({ code: "b", confidence: "exact" });
    expect(read("politiche abitativa")).toMatchObject({ code: "b", confidence: "variant" });
    expect(read("Politiche giovanili, minori e famiglie")).toMatchObject({ code: "g", confidence: "fuzzy" });
    expect(read("nulla di pertinente")).toBe(read("altro testo"));
  });

  it("drops a whole word where asked, as a space", () => {
    expect(read("leps Politiche abitative", "leps")).toMatchObject({ code: "b", confidence: "exact" });
    expect(read("lepsPolitiche abitative", "leps").confidence).not.toBe("exact");
  });

  it("makes room for texts of many words and many distinct unknown words", () => {
    const text = `${Array.from({ length: 3000 }, (_, i) => `w${i.toString(36)}`).join(" ")} politiche`;
    const found = read(text);
    expect(found.code).toBeNull();
    // "politiche" is generic (weight 0.25), each other distinct stem weighs 1; "Politiche abitative" weighs 1.25.
    const others = new Set(words(text).map(stem)).size - 1;
    expect(found.candidates[0]).toEqual({ code: "b", score: (2 * 0.25) / (others + 0.25 + 1.25) });
    // Repeated unknown words count once.
    expect(read("zz zz zz politiche abitative qq").score).toBe(read("zz politiche abitative qq").score);
  });
});
