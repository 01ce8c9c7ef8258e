import { describe, expect, it } from "vitest";
import { achievementBand, getAchievementBand, ACHIEVEMENT_BANDS } from "../../src/index.js";
import { codeOf } from "../error-code.js";
import { codeOrValid, HOSTILE, NUMBER_CODES } from "./_hostile.js";

describe("achievementBand", () => {
  it.each([
    ["0", "nullo"],
    ["0.0001", "insufficiente"],
    ["0.4", "insufficiente"],
    ["20", "insufficiente"], // seed 000 L1946-1947: objective E "20% (insufficiente)"
    ["49.999", "insufficiente"],
    ["50", "sufficiente"],
    ["76.5625", "sufficiente"], // seed 000 L2945-2946
    ["79.5", "sufficiente"],
    ["79.9999", "sufficiente"],
    ["80", "buono"],
    ["99.5", "buono"],
    ["99.9", "buono"],
    ["100", "ottimo"],
  ])("classifies %s%% as %s, on the exact value", (percent, band) => {
    expect(achievementBand(percent)).toBe(band);
  });

  it.each([["-0.1"], ["100.0001"], [1000]])("refuses %s", (percent) => {
    expect(codeOf(() => achievementBand(percent))).toBe("percent_out_of_range");
  });

  it("has labels and the official range text for every band", () => {
    expect(ACHIEVEMENT_BANDS.map((band) => getAchievementBand(band).officialRange)).toEqual([
      "0%",
      "1-49%",
      "50-79%",
      "80-99%",
      "100%",
    ]);
  });
});

describe("achievementBand and getAchievementBand on hostile input", () => {
  it.each(HOSTILE)("answer %s with a band or a documented code", (_name, value) => {
    const codes = [...NUMBER_CODES, "percent_out_of_range"];
    expect(codeOrValid(() => achievementBand(value as never), [...codes, "unreadable_field"])).toBe(true);
    expect(codeOrValid(() => achievementBand(50, value as never), ["invalid_type", "unreadable_field"])).toBe(
      true,
    );
    expect(codeOf(() => getAchievementBand(value as never))).toBe("unknown_achievement_band");
  });
});
