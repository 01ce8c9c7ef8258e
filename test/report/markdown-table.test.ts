import { describe, expect, it } from "vitest";
import { markdownTable } from "../../src/report/index.js";
import { codeOf } from "../error-code.js";
import { codeOrValid, HOSTILE, SHAPE_CODES } from "../evaluation/_hostile.js";

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

describe("markdownTable escapes what would break the table", () => {
  it("keeps a backslash before a pipe literal", () => {
    // 0.1.0 wrote "a\\|b" for the text a\|b, which Markdown reads as a backslash and the end of the cell.
    expect(markdownTable([{ header: "x" }], [["a\\|b"]])).toBe("| x |\n| :--- |\n| a\\\\\\|b |");
  });

  it("turns every line break (LF, CR, CRLF) into a space", () => {
    expect(markdownTable([{ header: "x" }], [["a\rb\r\nc\nd"]])).toBe("| x |\n| :--- |\n| a b c d |");
  });

  it("ignores cells beyond the columns and leaves holes empty", () => {
    // eslint-disable-next-line no-sparse-arrays
    expect(markdownTable([{ header: "x" }, { header: "y" }], [[, "b", "c"]] as never)).toBe(
      "| x | y |\n| :--- | :--- |\n|  | b |",
    );
  });
});

describe("markdownTable on hostile input", () => {
  const codes = [...SHAPE_CODES, "invalid_option", "report_too_long"];

  it.each(HOSTILE)("answers %s with a table or a documented code", (_name, value) => {
    expect(codeOrValid(() => markdownTable(value as never, []), codes)).toBe(true);
    expect(codeOrValid(() => markdownTable([value] as never, []), codes)).toBe(true);
    expect(codeOrValid(() => markdownTable([{ header: value }] as never, []), codes)).toBe(true);
    expect(codeOrValid(() => markdownTable([{ header: "a", align: value }] as never, []), codes)).toBe(true);
    expect(codeOrValid(() => markdownTable([{ header: "a" }], value as never), codes)).toBe(true);
    expect(codeOrValid(() => markdownTable([{ header: "a" }], [value] as never), codes)).toBe(true);
    expect(codeOrValid(() => markdownTable([{ header: "a" }], [[value]] as never), codes)).toBe(true);
  });

  it("says where a cell is not text", () => {
    expect(codeOf(() => markdownTable([{ header: "a" }], [["x"], [5]] as never), true)).toBe(
      "invalid_type@rows.1.0",
    );
  });

  it("refuses a table longer than 100,000,000 characters", { timeout: 60_000 }, () => {
    const cell = "x".repeat(100_000);
    const columns = Array.from({ length: 10 }, () => ({ header: "c" }));
    const rows = Array.from({ length: 101 }, () => Array.from({ length: 10 }, () => cell));
    expect(codeOf(() => markdownTable(columns, rows))).toBe("report_too_long");
  });
});
