// Numbers in messages, as each language writes them (grouping always on): `1.621` and `24,39` in Italian, `1,621`
// and `24.39` in English. Written from exact text, digit by digit, so that no bound of the decimal formatters
// applies: a message can always be written, whatever the figure.
import type { Labels } from "../core/labels.js";

function grouped(digits: string, separator: string): string {
  let text = "";
  for (let end = digits.length; end > 0; end -= 3) {
    const start = Math.max(0, end - 3);
    text =
      start > 0 ? `${separator}${digits.slice(start, end)}${text}` : `${digits.slice(start, end)}${text}`;
  }
  return text;
}

/** A number in fixed-point canonical text (`"-1234.50"`, as `Decimal.toFixed` writes it) in both languages. */
export function fixedText(text: string): Labels {
  const negative = text.startsWith("-");
  const unsigned = negative ? text.slice(1) : text;
  const point = unsigned.indexOf(".");
  const integer = point < 0 ? unsigned : unsigned.slice(0, point);
  const fraction = point < 0 ? "" : unsigned.slice(point + 1);
  const sign = negative ? "-" : "";
  return {
    it: `${sign}${grouped(integer, ".")}${fraction === "" ? "" : `,${fraction}`}`,
    en: `${sign}${grouped(integer, ",")}${fraction === "" ? "" : `.${fraction}`}`,
  };
}

/** A whole number (a count, a difference of counts) in both languages. */
export function countText(value: number | bigint): Labels {
  return fixedText(value.toString());
}
