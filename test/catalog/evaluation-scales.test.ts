import { describe, expect, it } from "vitest";
import {
  ACHIEVEMENT_BAND_CATALOG,
  ACHIEVEMENT_BANDS,
  ADEQUACY_LEVEL_CATALOG,
  ADEQUACY_LEVELS,
  COINCIDENCE_BAND_CATALOG,
  COINCIDENCE_BANDS,
  compareAdequacy,
  getAchievementBand,
  getAdequacyLevel,
  getCoincidenceBand,
  getGridQuestion,
  getYesNoAnswer,
  GRID_QUESTION_CATALOG,
  GRID_QUESTIONS,
  isAchievementBand,
  isAdequacyLevel,
  isCoincidenceBand,
  isGridQuestion,
  isYesNoAnswer,
  YES_NO_ANSWER_CATALOG,
  YES_NO_ANSWERS,
  type AdequacyLevel,
} from "../../src/catalog/evaluation-scales.js";
import { codeOf } from "../error-code.js";
import { describeCatalogue } from "./support/catalogue.js";
import { HOSTILE_VALUES } from "./support/hostile.js";

describeCatalogue({
  name: "ACHIEVEMENT_BAND_CATALOG",
  codes: ACHIEVEMENT_BANDS,
  catalog: ACHIEVEMENT_BAND_CATALOG,
  get: getAchievementBand,
  is: isAchievementBand,
  unknownCode: "unknown_achievement_band",
  key: "code",
});
describeCatalogue({
  name: "COINCIDENCE_BAND_CATALOG",
  codes: COINCIDENCE_BANDS,
  catalog: COINCIDENCE_BAND_CATALOG,
  get: getCoincidenceBand,
  is: isCoincidenceBand,
  unknownCode: "unknown_coincidence_band",
  key: "code",
});
describeCatalogue({
  name: "ADEQUACY_LEVEL_CATALOG",
  codes: ADEQUACY_LEVELS,
  catalog: ADEQUACY_LEVEL_CATALOG,
  get: getAdequacyLevel,
  is: isAdequacyLevel,
  unknownCode: "unknown_adequacy_level",
  key: "code",
});
describeCatalogue({
  name: "GRID_QUESTION_CATALOG",
  codes: GRID_QUESTIONS,
  catalog: GRID_QUESTION_CATALOG,
  get: getGridQuestion,
  is: isGridQuestion,
  unknownCode: "unknown_grid_question",
  key: "code",
});
describeCatalogue({
  name: "YES_NO_ANSWER_CATALOG",
  codes: YES_NO_ANSWERS,
  catalog: YES_NO_ANSWER_CATALOG,
  get: getYesNoAnswer,
  is: isYesNoAnswer,
  unknownCode: "unknown_yes_no_answer",
  key: "code",
});

describe("evaluation scales", () => {
  it("print the grid's official ranges and classify on exact intervals", () => {
    expect(ACHIEVEMENT_BANDS.map((band) => getAchievementBand(band).officialRange)).toEqual([
      "0%",
      "1-49%",
      "50-79%",
      "80-99%",
      "100%",
    ]);
    expect(ACHIEVEMENT_BANDS.map((band) => ACHIEVEMENT_BAND_CATALOG[band].interval)).toEqual([
      "0",
      "(0, 50)",
      "[50, 80)",
      "[80, 100)",
      "100",
    ]);
    expect(getCoincidenceBand("sottostimato").officialRange).toBe(">100%");
  });

  it("keep the labels of 0.1.0's ADEQUACY_LABELS and GRID_QUESTION_LABELS under `labels`", () => {
    expect(ADEQUACY_LEVEL_CATALOG["sufficientemente-adeguato"].labels).toEqual({
      it: "Sufficientemente adeguato",
      en: "Sufficiently adequate",
    });
    expect(GRID_QUESTION_CATALOG.reproposed.labels.it).toBe(
      "L'obiettivo verrà riproposto nella prossima programmazione 2025-2027?",
    );
    expect(YES_NO_ANSWER_CATALOG.si.labels).toEqual({ it: "Sì", en: "Yes" });
  });
});

describe("compareAdequacy", () => {
  it("orders the levels from worst to best", () => {
    expect(compareAdequacy("adeguato", "inadeguato")).toBeGreaterThan(0);
    expect(compareAdequacy("gravemente-inadeguato", "perfettamente-adeguato")).toBe(-4);
    expect(compareAdequacy("adeguato", "adeguato")).toBe(0);
  });

  it.each(HOSTILE_VALUES)("refuses %s on either side with unknown_adequacy_level", (_, value) => {
    expect(codeOf(() => compareAdequacy(value as AdequacyLevel, "adeguato"))).toBe("unknown_adequacy_level");
    expect(codeOf(() => compareAdequacy("adeguato", value as AdequacyLevel))).toBe("unknown_adequacy_level");
  });
});
