import { describe, expect, it } from "vitest";
import { PlanEvaluationSchema } from "../../src/index.js";
import { renderEvaluationReport } from "../../src/report/index.js";
import { GALLARATE_EVALUATION_2021_2023 } from "../../src/datasets/index.js";
import { codeOrValid, HOSTILE, PLAN_CODES } from "../evaluation/_hostile.js";
import { codeOf } from "../error-code.js";
import {
  ALTO_MILANESE_EVALUATION_EXCERPT,
  ALTO_MILANESE_SCORED_SYSTEM_EXCERPT,
  BUSTO_ARSIZIO_EVALUATION_EXCERPT,
  SEBINO_EVALUATION_EXCERPT,
} from "../support/seed-excerpts.js";

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
    // Issue 12: the line says where the plan's grade comes from ("ricalcolato": recomputed from the actions).
    expect(italian).toContain(
      "**Grado di raggiungimento del piano**: 76,56% (sufficiente; media semplice degli obiettivi; ricalcolato) — dichiarato: 76,56% (sufficiente)",
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
      "**Plan achievement grade**: 74.14% (sufficient; realized actions over planned actions; recomputed)",
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

// ─── Issue 12: every grid in use ───────────────────────────────────────────────────────────────────────────────────

describe("renderEvaluationReport on every grid", () => {
  it("marks Busto Arsizio's grades as stated, shows the parts, and the plan's mean as an interval (seed 001)", () => {
    const report = renderEvaluationReport(BUSTO_ARSIZIO_EVALUATION_EXCERPT);
    expect(report).toContain("Tipo di valutazione: griglia D.G.R. XII/2167 con i soli gradi (senza azioni).");
    // L361: "80-99% (buono)"; L450: "50% (sufficiente)"; L507: objective 8 in two parts
    expect(report).toContain(
      "| 2 | IL LAVORO, CHIAVE PER CONTRASTARE LA POVERTA' | — | 80% – 99% | buono | — | <100% (non realizzato come programmato o sovrastimato) | Sufficientemente adeguato | dichiarato |",
    );
    expect(report).toContain("| 6 | LA CASA AL CENTRO | — | 50% | sufficiente |");
    expect(report).toContain(
      "| — | 80% – 99% | buono | — | 100% (ottimo) | Adeguato | dichiarato (dalle parti) |",
    );
    expect(report).toMatch(/\| 8a \| Area autosufficienza .* \| dichiarato \|/);
    expect(report).toContain(
      "**Grado di raggiungimento del piano**: tra 76,25% e 92,88% (nessuna fascia: a cavallo di sufficiente, buono; media semplice degli obiettivi; da gradi dichiarati)",
    );
    expect(report).toContain("## Incongruenze rilevate\n\nNessuna incongruenza rilevata.");
    expect(report).toContain(
      "## Limiti del ricalcolo\n\n- 8 gradi su 8 nella media del piano sono presi come stampati",
    );
  });

  it("bands Alto Milanese's mean and reports its scored system as printed (seed 004)", () => {
    const report = renderEvaluationReport(ALTO_MILANESE_EVALUATION_EXCERPT, {
      scoredSystem: ALTO_MILANESE_SCORED_SYSTEM_EXCERPT,
    });
    expect(report).toContain(
      "| 8 | Maggiore coinvolgimento dei proprietari di immobili sfitti… | — | 30% | insufficiente |",
    );
    expect(report).toContain(
      "| 7 | Promozione del canone concordato e rinnovo degli accordi lo… | — | 60% | sufficiente | — | n.a. |",
    );
    expect(report).toContain(
      "**Grado di raggiungimento del piano**: tra 67,78% e 77,33% (sufficiente; media semplice degli obiettivi; da gradi dichiarati)",
    );
    expect(report).toContain("## Sistema di valutazione a punteggio");
    expect(report).toContain("| Efficienza nella Gestione delle Risorse | 1 / 5 / 10 |");
    expect(report).toContain("| Molto buono | 7-8 |");
    expect(report).toContain("nessuna regola è applicata `scored_system_without_combining_rule`");
  });

  it("lists Sebino's themes with their outcomes and quotes its verdict (seed 002)", () => {
    const report = renderEvaluationReport(SEBINO_EVALUATION_EXCERPT);
    expect(report).toContain("Tipo di valutazione: valutazione narrativa per temi.");
    expect(report).not.toContain("| Obiettivo |");
    expect(report).toContain(
      "**Grado di raggiungimento del piano**: nessuno (nessun obiettivo ha un grado) — dichiarato: «gli obbiettivi",
    );
    expect(report).toContain(
      "| Potenziamento della Governance | non raggiunti | 334-349 (esito alle righe 406-407) |",
    );
    expect(report).toContain("Esiti: 0 raggiunti, 3 in parte raggiunti, 1 non raggiunti, 0 non dichiarato.");
  });

  it("lists the objectives left out of the mean", () => {
    const report = renderEvaluationReport(
      {
        period: { from: 2021, to: 2023 },
        objectives: [
          { code: "1", title: "Uno", grade: { text: "60%", percent: 60 } },
          { code: "2", title: "Due", grade: { text: "Non applicabile", notApplicable: true } },
          { code: "3", title: "Tre" },
        ],
      },
      { language: "en" },
    );
    expect(report).toContain("| 2 | Due | — | not applicable | — | — | — | — | not applicable |");
    expect(report).toContain("Left out of the mean: 2 (not applicable); 3 (no grade).");
    expect(report).toContain(
      "**Plan achievement grade**: 60.00% (sufficient; plain mean of the objectives; from stated grades)",
    );
  });
});

describe("renderEvaluationReport in English, on every grid", () => {
  // The document's own names stay as printed: the objectives' codes and titles (first two columns), the themes'
  // titles (first column of the narrative table), the criteria's titles and the classes' names.
  const strip = (report: string) =>
    report
      .split("\n")
      .map((line) => {
        if (!line.startsWith("| ") || line.startsWith("| :") || line.startsWith("| ---")) return line;
        const cells = line.split(" | ");
        return cells.length >= 9 ? cells.slice(2).join(" | ") : cells.slice(1).join(" | ");
      })
      .join("\n");
  const reports = [
    renderEvaluationReport(BUSTO_ARSIZIO_EVALUATION_EXCERPT, { language: "en" }),
    renderEvaluationReport(ALTO_MILANESE_EVALUATION_EXCERPT, {
      language: "en",
      scoredSystem: ALTO_MILANESE_SCORED_SYSTEM_EXCERPT,
    }),
    renderEvaluationReport(SEBINO_EVALUATION_EXCERPT, { language: "en" }),
  ];

  it.each(reports.map((report, index) => [index, report]))(
    "lets nothing Italian through (report %i)",
    (_index, report) => {
      const text = strip(report).toLowerCase();
      for (const word of [
        "nullo",
        "insufficiente",
        "sufficiente",
        "buono",
        "ottimo",
        "sottostimato",
        "sovrastimato",
        "adeguato",
        "dichiarato",
        "ricalcolato",
        "raggiunti",
        "esito",
        "azioni",
        "fascia",
        "obbiettivi",
        "punteggio",
        "nessuna",
      ]) {
        expect(text).not.toContain(word);
      }
      expect(text).not.toMatch(/\d,\d/);
    },
  );

  it("describes a verdict in words without quoting it", () => {
    expect(reports[2]).toContain(
      "**Plan achievement grade**: none (no objective has a grade) — stated: in words only, without a grade",
    );
    expect(reports[0]).toContain("between 76.25% and 92.88% (no band: it spans sufficient, good;");
  });
});

describe("renderEvaluationReport with a scored system that cannot be read", () => {
  it.each(HOSTILE)("answers %s with a report or a documented code", (_name, value) => {
    const codes = [...PLAN_CODES, "invalid_language", "report_too_long", "invalid_count"];
    expect(
      codeOrValid(
        () => renderEvaluationReport(SEBINO_EVALUATION_EXCERPT, { scoredSystem: value as never }),
        codes,
      ),
    ).toBe(true);
    const classes = [{ label: value, minPoints: 1, maxPoints: 2 }];
    expect(
      codeOrValid(
        () =>
          renderEvaluationReport(SEBINO_EVALUATION_EXCERPT, {
            scoredSystem: { ...ALTO_MILANESE_SCORED_SYSTEM_EXCERPT, classes } as never,
          }),
        codes,
      ),
    ).toBe(true);
  });

  it("says where", () => {
    const scoredSystem = { criteria: [{ title: "x", scores: [{ points: -1, meaning: "m" }] }], classes: [] };
    expect(codeOf(() => renderEvaluationReport(SEBINO_EVALUATION_EXCERPT, { scoredSystem }), true)).toBe(
      "invalid_count@scoredSystem.criteria.0.scores.0.points",
    );
  });
});
