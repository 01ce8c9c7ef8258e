// How a cell is written in each output: on screen (Markdown, HTML, SVG) in the document's language, in CSV as
// Italian Excel reads it, in JSON as plain data.
import type { Decimal } from "../core/decimal.js";
import { Dec } from "../core/decimal.js";
import { formatIn } from "../core/format.js";
import type { Language } from "../core/labels.js";
import type { Cell, Column } from "./_read-document.js";

/** What an empty cell shows on screen. @internal */
export const DASH = "—";

/** The value types of numbers. @internal */
export type NumberType = "count" | "euro" | "percent" | "index";

const KIND = { count: "plain", euro: "currency", percent: "percent", index: "plain" } as const;

/** A number written for people, in a language: `1.234,56 €`, `76,56%`, `12.504`. @internal */
export function displayNumber(
  language: Language,
  type: NumberType,
  value: Decimal | number,
  decimals: number,
): string {
  return formatIn(language, value, KIND[type], { decimals });
}

/** A cell written for people, in the document's language. @internal */
export function displayCell(language: Language, column: Column, cell: Cell): string {
  if (cell === null) return DASH;
  if (typeof cell === "string") return cell;
  if (column.type === "text") return DASH;
  if (typeof cell === "object" && "label" in cell) return cell.label;
  if (column.type === "band") return DASH;
  return displayNumber(language, column.type, cell, column.decimals);
}

/** A decimal as canonical text, without exponent: `"76.5625"`. @internal */
export function canonical(value: Decimal | number): string {
  return typeof value === "number" ? String(value) : value.toFixed();
}

/** Rounds half-up to the places shown, as text without exponent. @internal */
export function fixed(value: Decimal | number, decimals: number): string {
  return new Dec(value).toFixed(decimals, Dec.ROUND_HALF_UP);
}

/** True for a cell that holds a number. @internal */
export function isNumberColumn(column: Column): column is Column & { type: NumberType } {
  return column.type !== "text" && column.type !== "band";
}

// Characters that HTML and XML give a meaning to, each replaced by its entity. One character class: linear.
const SPECIAL = /[&<>"']/g;
const ENTITY: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

// Characters that are not allowed in XML 1.0 (C0 controls but tab, CR, LF; lone surrogates; U+FFFE, U+FFFF) are
// dropped, so that an SVG or an XHTML parser accepts every text a document may hold.
const NOT_XML =
  /[^\t\n\r\u0020-\uD7FF\uD800-\uDFFF\uE000-\uFFFD]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text escaped for HTML or XML content and attribute values. @internal */
export function escapeMarkup(text: string): string {
  return text.replace(NOT_XML, "").replace(SPECIAL, (character) => ENTITY[character] ?? "");
}
