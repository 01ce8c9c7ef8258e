import { describe, expect, it } from "vitest";
import {
  EVALUATION_GRID_CATALOG,
  EVALUATION_GRIDS,
  getEvaluationGrid,
  getGridAnswer,
  getNarrativeOutcome,
  GRID_ANSWER_CATALOG,
  GRID_ANSWERS,
  isEvaluationGrid,
  isGridAnswer,
  isNarrativeOutcome,
  NARRATIVE_OUTCOME_CATALOG,
  NARRATIVE_OUTCOMES,
} from "../../src/catalog/evaluation-grids.js";
import { YES_NO_ANSWERS } from "../../src/catalog/evaluation-scales.js";
import { describeCatalogue } from "./support/catalogue.js";

describeCatalogue({
  name: "EVALUATION_GRID_CATALOG",
  codes: EVALUATION_GRIDS,
  catalog: EVALUATION_GRID_CATALOG,
  get: getEvaluationGrid,
  is: isEvaluationGrid,
  unknownCode: "unknown_evaluation_grid",
  key: "code",
});
describeCatalogue({
  name: "NARRATIVE_OUTCOME_CATALOG",
  codes: NARRATIVE_OUTCOMES,
  catalog: NARRATIVE_OUTCOME_CATALOG,
  get: getNarrativeOutcome,
  is: isNarrativeOutcome,
  unknownCode: "unknown_narrative_outcome",
  key: "code",
});
describeCatalogue({
  name: "GRID_ANSWER_CATALOG",
  codes: GRID_ANSWERS,
  catalog: GRID_ANSWER_CATALOG,
  get: getGridAnswer,
  is: isGridAnswer,
  unknownCode: "unknown_grid_answer",
  key: "code",
});

describe("the grids in use", () => {
  it("names the three ways the seeds report the previous programming", () => {
    // Gallarate (seed 000 L1123-2941) lists actions; Busto Arsizio (seed 001 L329-515) and Alto Milanese (seed 004
    // L112-229) print grades only; Sebino (seed 002 L321-409) writes prose.
    expect(EVALUATION_GRIDS).toEqual(["dgr-2167-actions", "dgr-2167-bands", "narrative"]);
  });

  it("extends the grid's SI/NO answers with 'Parzialmente' only", () => {
    // "Parzialmente, in quanto il ritardo …" (seed 001 L369); the scheda's SI/NO answers keep their three values.
    expect(GRID_ANSWERS.filter((answer) => !(YES_NO_ANSWERS as readonly string[]).includes(answer))).toEqual([
      "parzialmente",
    ]);
  });

  it("words Sebino's outcome as the text does", () => {
    // seed 002 L406-407: "sono stati in parte raggiunti"
    expect(NARRATIVE_OUTCOME_CATALOG["in-parte-raggiunti"].labels.it).toBe("in parte raggiunti");
  });
});
