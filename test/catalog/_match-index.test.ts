import { describe, expect, it } from "vitest";
import { buildIndex } from "../../src/catalog/_match-index.js";

describe("the index of a catalogue", () => {
  const index = buildIndex([
    { code: "x", forms: [{ text: "Politiche abitative", official: true }] },
    {
      code: "y",
      forms: [
        { text: "Politiche giovanili", official: true },
        { text: "Giovani", official: false },
      ],
    },
    { code: "z", forms: [{ text: "Altro", official: true, exactOnly: true }] },
  ]);

  it("weighs a stem by the entries that use it, generic words a quarter at most", () => {
    const weights = [...index.stemWeight];
    // politich (generic, 2 entries), abitativ, giovanil, giovan, altr (exact only: not weighed, so 1).
    expect(weights.sort()).toEqual([0.25, 1, 1, 1, 1]);
  });

  it("keeps exact-only forms out of the scored forms", () => {
    expect([...index.stemForms].every((form) => index.formEntry[form] !== 2)).toBe(true);
    expect(index.hasEmptyForm).toBe(false);
    expect(index.codes).toEqual(["x", "y", "z"]);
  });
});
