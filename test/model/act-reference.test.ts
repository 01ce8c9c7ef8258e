import { describe, expect, it } from "vitest";
import { ActReferenceSchema } from "../../src/model/act-reference.js";

describe("ActReferenceSchema", () => {
  it("reads an act as printed, with its date and line", () => {
    // seed 001 L1113
    const act = {
      kind: "avviso",
      text: "avviso di manifestazione di interesse del 29 luglio 2024",
      date: "29/07/2024",
      lines: [1113, 1113],
    };
    expect(ActReferenceSchema.parse(act)).toEqual({ ...act, date: "2024-07-29" });
  });

  it("refuses an act without text, of an unknown kind, or with a line range that is not two positive numbers", () => {
    expect(ActReferenceSchema.safeParse({ kind: "avviso", text: "" }).success).toBe(false);
    expect(ActReferenceSchema.safeParse({ kind: "bando", text: "bando" }).success).toBe(false);
    expect(ActReferenceSchema.safeParse({ kind: "avviso", text: "avviso", lines: [0, 3] }).success).toBe(
      false,
    );
  });
});
