import { describe, expect, it } from "vitest";
import { PlanEvaluationSchema } from "../../src/index.js";
import { renderEvaluationReport } from "../../src/report/index.js";
import { GALLARATE_EVALUATION_2021_2023 } from "../../src/datasets/index.js";
import { codeOrValid, HOSTILE, PLAN_CODES } from "../evaluation/_hostile.js";

describe("renderEvaluationReport", () => {
  const italian = renderEvaluationReport(GALLARATE_EVALUATION_2021_2023);

  it("has one row per objective with the recomputed grade", () => {
    const rows = italian.split("\n").filter((line) => /^\| [0-9A-Z] \|/.test(line));
    expect(rows).toHaveLength(16);
    // seed 000 L2188-2189: objective G "67% (sufficiente)"; actions at 50/0/50/50/0/50 (L2195-2200)
    expect(rows.find((row) => row.startsWith("| G |"))).toContain(
      "| 4/6 | 66,67% | sufficiente | 33,33% | >100% (sottostimato) | Sufficientemente adeguato |",
    );
    // seed 000 L1991-1993: objective E, nothing budgeted
    expect(rows.find((row) => row.startsWith("| E |"))).toContain("| n.a. |");
    // seed 000 L2543-2544: objective M, adequacy "Non pertinente"
    expect(rows.find((row) => row.startsWith("| M |"))).toContain("| non pertinente |");
  });

  it("states the plan grade next to the document's", () => {
    // seed 000 L2945-2946
    expect(italian).toContain(
      "**Grado di raggiungimento del piano**: 76,56% (sufficiente; media semplice degli obiettivi) — dichiarato: 76,56% (sufficiente)",
    );
  });

  it("lists every finding with its objective and code", () => {
    const findings = italian.split("\n").filter((line) => line.startsWith("- **"));
    expect(findings).toHaveLength(14);
    expect(findings[1]).toBe(
      "- **B** — Il testo conta 3 azioni su 4 realizzate completamente; le azioni ne mostrano 2 su 4 `realized_count_text_mismatch`",
    );
  });

  it("speaks English on request and honours the options", () => {
    const english = renderEvaluationReport(GALLARATE_EVALUATION_2021_2023, {
      language: "en",
      weighting: "actions",
      partial: "count",
      title: "Gallarate",
    });
    expect(english.startsWith("# Gallarate\n")).toBe(true);
    // Numbers follow the language since issue 13 (0.1.0 printed the Italian "74,14%" in the English report).
    expect(english).toContain(
      "**Plan achievement grade**: 74.14% (sufficient; realized actions over planned actions)",
    );
    expect(english).toContain("## Inconsistencies found");
  });

  it("says so when nothing is inconsistent", () => {
    const clean = PlanEvaluationSchema.parse({
      period: { from: 2021, to: 2023 },
      objectives: [{ code: "1", title: "Uno", actions: [{ title: "Azione 1", completion: 100 }] }],
    });
    const report = renderEvaluationReport(clean, { partial: "weight", language: "en" });
    expect(report).toContain("No inconsistency found.");
    // English numbers since issue 13 (0.1.0: "100,00%").
    expect(report).toContain("| 1 | Uno | 1/1 | 100.00% | excellent | 100.00% | — | — |");
  });
});

describe("renderEvaluationReport in English", () => {
  const english = renderEvaluationReport(GALLARATE_EVALUATION_2021_2023, { language: "en" });
  // The document's own words stay as printed: the objectives' codes and titles (second column of the table).
  const withoutTitles = english
    .split("\n")
    .map((line) => (/^\| [0-9A-Z] \|/.test(line) ? line.split(" | ").slice(2).join(" | ") : line))
    .join("\n");

  it("lets nothing Italian through but the document's own titles", () => {
    for (const word of [
      "nullo",
      "insufficiente",
      "sufficiente",
      "buono",
      "ottimo",
      "sottostimato",
      "sovrastimato",
      "adeguato",
      "pertinente",
      "dichiarato",
      "azioni",
      "fascia",
    ]) {
      expect(withoutTitles.toLowerCase()).not.toContain(word);
    }
    expect(withoutTitles).not.toMatch(/\d,\d/); // no decimal comma: 0.1.0 printed "76,56%" here
    expect(english).toContain("— stated: 76.56% (sufficient)"); // 0.1.0: "(sufficiente)"
  });

  it("writes the weighted realized actions with the language's decimal mark", () => {
    const half = {
      period: { from: 2021, to: 2023 },
      objectives: [{ code: "1", title: "Uno", actions: [{ title: "Azione 1", completion: 50 }] }],
    };
    expect(renderEvaluationReport(half, { partial: "weight", language: "en" })).toContain(
      "| 0.5/1 | 50.00% |",
    );
    expect(renderEvaluationReport(half, { partial: "weight" })).toContain("| 0,5/1 | 50,00% |");
  });
});

describe("renderEvaluationReport on hostile input", () => {
  const codes = [...PLAN_CODES, "invalid_language", "report_too_long"];

  it.each(HOSTILE)("answers %s with a report or a documented code", (_name, value) => {
    expect(codeOrValid(() => renderEvaluationReport(value as never), codes)).toBe(true);
    expect(
      codeOrValid(() => renderEvaluationReport(GALLARATE_EVALUATION_2021_2023, value as never), codes),
    ).toBe(true);
    for (const key of ["language", "title", "partial", "weighting"]) {
      expect(
        codeOrValid(() => renderEvaluationReport(GALLARATE_EVALUATION_2021_2023, { [key]: value }), codes),
      ).toBe(true);
    }
  });

  it("keeps a title with line breaks on its heading line", () => {
    const report = renderEvaluationReport(GALLARATE_EVALUATION_2021_2023, { title: "Gallarate\n# altro" });
    expect(report.startsWith("# Gallarate # altro\n")).toBe(true);
  });
});
