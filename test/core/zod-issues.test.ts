import { describe, expect, it } from "vitest";
import * as z from "zod";
import { convertOrReport, parseWith, safeParseWith, toValidationIssues } from "../../src/core/zod-issues.js";
import { ACCORDO_DI_PROGRAMMA_LABELS } from "../../src/model/accordo-di-programma-labels.js";
import { EuroAmountSchema } from "../../src/model/primitives.js";
import { SCHEDA_OBIETTIVO_LABELS } from "../../src/model/scheda-obiettivo-labels.js";
import { codeOf } from "../error-code.js";

// The labels of two forms, as the model's parse functions pass them.
const LABELS = { ...SCHEDA_OBIETTIVO_LABELS, ...ACCORDO_DI_PROGRAMMA_LABELS };

function issuesOf(schema: z.ZodType, input: unknown) {
  const result = safeParseWith(schema, input, LABELS);
  if (result.success) throw new Error("expected a failure");
  return result.issues;
}

describe("toValidationIssues", () => {
  it("names the field as the official form does, in both languages", () => {
    const schema = z.strictObject({ budget: z.strictObject({ total: EuroAmountSchema }) });
    expect(issuesOf(schema, { budget: { total: -5 } })).toEqual([
      {
        path: ["budget", "total"],
        code: "negative_amount",
        message: "RISORSE ECONOMICHE PREVENTIVATE (budgeted resources): the amount must be ≥ 0",
        messageIt: "RISORSE ECONOMICHE PREVENTIVATE: l'importo deve essere ≥ 0",
      },
    ]);
  });

  it("tells a missing field from a value of the wrong type", () => {
    const schema = z.strictObject({ target: z.string() });
    expect(issuesOf(schema, {})[0]).toMatchObject({
      code: "required_field",
      messageIt: "TARGET: il campo è obbligatorio",
    });
    expect(issuesOf(schema, { target: 3 })[0]).toMatchObject({
      code: "invalid_type",
      messageIt: "TARGET: atteso un testo",
    });
  });

  it("reads a missing field from zod's message when the input was not reported", () => {
    const result = z.strictObject({ target: z.string() }).safeParse({});
    expect(result.success).toBe(false);
    expect(toValidationIssues(result.error?.issues ?? [])[0]?.code).toBe("required_field");
  });

  it("reports each unknown key at its own path", () => {
    const issues = issuesOf(z.strictObject({ a: z.string() }), { a: "x", b: 1, c: 2 });
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["unknown_field", ["b"]],
      ["unknown_field", ["c"]],
    ]);
    expect(issues[0]?.messageIt).toBe("Il campo «b» non è previsto dal modulo");
  });

  it("maps enum, list, text and number bounds to stable codes", () => {
    const schema = z.strictObject({
      policyArea: z.enum(["A", "B"]),
      actions: z.array(z.string()).min(1),
      keyPoints: z.array(z.string()).min(2).max(3),
      title: z.string().min(1),
      count: z.number().min(0).max(10),
      gt: z.number().gt(0).lt(5),
      items: z.array(z.number()).max(1),
    });
    const issues = issuesOf(schema, {
      policyArea: "C",
      actions: [],
      keyPoints: ["x"],
      title: "",
      count: 11,
      gt: 0,
      items: [1, 2],
    });
    expect(issues.map((issue) => issue.code)).toEqual([
      "invalid_option",
      "empty_list",
      "too_few_items",
      "empty_text",
      "value_too_large",
      "value_too_small",
      "too_many_items",
    ]);
    expect(issues[0]?.messageIt).toBe('AREA DI POLICY: valore non ammesso (atteso uno tra "A", "B")');
    expect(issues[1]?.messageIt).toBe("AZIONI PROGRAMMATE: serve almeno un elemento");
    expect(issues[5]?.message).toBe("The value must be > 0");
    const low = issuesOf(schema.pick({ count: true, gt: true }), { count: -1, gt: 5 });
    expect(low.map((issue) => issue.messageIt)).toEqual([
      "Il valore deve essere ≥ 0",
      "Il valore deve essere < 5",
    ]);
  });

  it("describes unions of types and other unions", () => {
    expect(issuesOf(EuroAmountSchema, true)[0]).toMatchObject({
      code: "invalid_type",
      messageIt: "Atteso un testo o un numero",
    });
    const mixed = z.union([z.literal("a"), z.number()]);
    expect(issuesOf(mixed, "b")[0]?.code).toBe("invalid_value");
  });

  // 0.1.0 kept zod's English text of a refinement without a library code; every message now comes from the table.
  it("gives a refinement without a library code the table's message, and maps formats", () => {
    const refined = z.string().refine((text) => text === "ok", { error: "Not ok" });
    expect(issuesOf(refined, "no")[0]).toEqual({
      path: [],
      code: "invalid_value",
      message: "The value is not valid",
      messageIt: "Il valore non è valido",
    });
    expect(
      issuesOf(z.strictObject({ istatCode: z.string().regex(/^\d{6}$/) }), { istatCode: "1" })[0]?.messageIt,
    ).toBe("CODICE ISTAT: il testo non ha il formato richiesto");
    expect(issuesOf(z.number().multipleOf(2), 3)[0]?.code).toBe("invalid_value");
    expect(issuesOf(z.strictObject({ n: z.array(z.string()) }), { n: {} })[0]?.messageIt).toBe(
      "Atteso un elenco",
    );
  });

  it("never throws, even when reading the input throws", () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error("trap");
        },
      },
    );
    expect(issuesOf(z.strictObject({ a: z.string() }), hostile).map((issue) => issue.code)).toEqual([
      "unreadable_field",
    ]);
  });

  it("throws one PdzError carrying every issue from parseWith", () => {
    const schema = z.strictObject({ a: z.string(), b: z.number() });
    expect(codeOf(() => parseWith(schema, {}, LABELS))).toBe("validation_failed");
    try {
      parseWith(schema, {}, LABELS);
    } catch (error) {
      expect((error as { issues: readonly unknown[] }).issues).toHaveLength(2);
    }
    expect(parseWith(schema, { a: "x", b: 1 })).toEqual({ a: "x", b: 1 });
  });

  it("does not swallow unexpected errors in converters", () => {
    const schema = z.string().transform((value, ctx) =>
      convertOrReport(
        () => {
          throw new Error(`boom ${value}`);
        },
        ctx,
        z.NEVER,
      ),
    );
    expect(() => schema.parse("x")).toThrow("boom x");
  });

  it("prefers a label qualified by its container", () => {
    const schema = z.strictObject({ articles: z.array(z.strictObject({ title: z.string() })) });
    expect(issuesOf(schema, { articles: [{ title: 1 }] })[0]?.messageIt).toBe(
      "TITOLO DELL'ARTICOLO: atteso un testo",
    );
  });

  it("leaves unknown type names as zod gives them", () => {
    expect(issuesOf(z.bigint(), "1")[0]?.messageIt).toBe("Atteso bigint");
  });
});
