import { describe, expect, it } from "vitest";
import { markdownTable } from "../../src/index.js";

describe("markdownTable", () => {
  it("escapes pipes and line breaks and pads missing cells", () => {
    const table = markdownTable(
      [{ header: "a|b" }, { header: "c", align: "center" }, { header: "d", align: "right" }],
      [["x\ny", "1|2"]],
    );
    expect(table).toBe("| a\\|b | c | d |\n| :--- | :---: | ---: |\n| x y | 1\\|2 |  |");
  });

  it("renders a header-only table", () => {
    expect(markdownTable([{ header: "solo" }], [])).toBe("| solo |\n| :--- |");
  });
});
