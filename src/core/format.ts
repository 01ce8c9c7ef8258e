import { readDecimal, type DecimalInput } from "./decimal-input.js";
import type { Language } from "./labels.js";
import { readOptions, ownField } from "./read-input.js";
import { readDecimalPlaces, readRoundingMode, roundDecimal, type RoundingMode } from "./rounding.js";

/**
 * Options shared by the formatters.
 * @category Core
 */
export interface FormatOptions {
  /** Decimal places shown (default: 2). */
  readonly decimals?: number;
  /** How the value is rounded to those places before display (default: `"half-up"`). */
  readonly rounding?: RoundingMode;
}

type Kind = "currency" | "percent" | "plain";

// Intl formatters are built on first use and kept, so importing the library does no work.
const formatters = new Map<string, Intl.NumberFormat>();

function formatter(language: Language, kind: Kind, decimals: number): Intl.NumberFormat {
  const key = `${language}:${kind}:${String(decimals)}`;
  let cached = formatters.get(key);
  if (cached === undefined) {
    const style: Intl.NumberFormatOptions =
      kind === "currency"
        ? { style: "currency", currency: "EUR" }
        : kind === "percent"
          ? { style: "unit", unit: "percent" }
          : {};
    cached = new Intl.NumberFormat(language === "it" ? "it-IT" : "en-GB", {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      useGrouping: "always",
      ...style,
    });
    formatters.set(key, cached);
  }
  return cached;
}

/** Formats an exact value in a language, rounding once to the options' places. @internal */
export function formatIn(language: Language, value: unknown, kind: Kind, options: unknown = {}): string {
  const exact = readDecimal(value, ["value"]);
  const record = readOptions(options, ["options"]);
  const decimalsOption = ownField(record, "decimals", ["options"]);
  const roundingOption = ownField(record, "rounding", ["options"]);
  const decimals =
    decimalsOption === undefined ? 2 : readDecimalPlaces(decimalsOption, ["options", "decimals"]);
  const mode =
    roundingOption === undefined ? "half-up" : readRoundingMode(roundingOption, ["options", "rounding"]);
  const rounded = roundDecimal(exact, decimals, mode);
  // Intl formats a numeric string exactly (ECMA-402 NumberFormat v3), so no digit goes through a float.
  return formatter(language, kind, decimals).format(rounded.toFixed(decimals) as `${number}`);
}

/**
 * Formats a euro amount the Italian way: `.` for thousands (always, also for 4 digits), `,` for decimals and a
 * no-break space (U+00A0) before `€`. Rounded half-up to the cent unless told otherwise.
 *
 * @param value - the amount
 * @param options - decimals (default 2, at most 20) and rounding mode (default half-up)
 * @throws {@link PdzError} `invalid_decimal`, `number_out_of_range`, `invalid_decimals`, `invalid_rounding_mode`
 * @example
 * ```ts
 * import { formatEuro } from "piano-di-zona";
 * formatEuro("1234.56") //=> "1.234,56\u00A0€"
 * formatEuro(1300000) //=> "1.300.000,00\u00A0€"
 * formatEuro("0.005") //=> "0,01\u00A0€"
 * formatEuro("1e100000000") //=> throws number_out_of_range
 * ```
 * @category Core
 */
export function formatEuro(value: DecimalInput, options: FormatOptions = {}): string {
  return formatIn("it", value, "currency", options);
}

/**
 * Formats a value that is already a percentage (76.5625 means 76,5625%) the Italian way, with no space before `%`.
 *
 * @param value - the percentage, in points (0–100 for shares)
 * @param options - decimals (default 2, at most 20) and rounding mode (default half-up)
 * @example
 * ```ts
 * import { formatPercent } from "piano-di-zona";
 * formatPercent("76.5625") //=> "76,56%"
 * formatPercent("66.665", { decimals: 2, rounding: "half-even" }) //=> "66,66%"
 * formatPercent(80, { decimals: 0 }) //=> "80%"
 * formatPercent(80, { decimals: -1 }) //=> throws invalid_decimals
 * ```
 * @category Core
 */
export function formatPercent(value: DecimalInput, options: FormatOptions = {}): string {
  return formatIn("it", value, "percent", options);
}

/**
 * Formats a plain number the Italian way (`1.234,56`), e.g. an index or a rate.
 *
 * @param value - the number
 * @param options - decimals (default 2, at most 20) and rounding mode (default half-up)
 * @example
 * ```ts
 * import { formatNumber } from "piano-di-zona";
 * formatNumber("122855", { decimals: 0 }) //=> "122.855"
 * formatNumber("-3.4949") //=> "-3,49"
 * ```
 * @category Core
 */
export function formatNumber(value: DecimalInput, options: FormatOptions = {}): string {
  return formatIn("it", value, "plain", options);
}

/**
 * A number in both languages for a message: `{ it: "1.234,56", en: "1,234.56" }`, at the given decimals or, by
 * default, at the value's own (at most 20).
 * @internal
 */
export function numberLabels(
  value: unknown,
  decimals?: number,
  kind: Kind = "plain",
): { it: string; en: string } {
  const exact = readDecimal(value, ["value"]);
  const places = decimals ?? Math.min(20, Math.max(0, exact.decimalPlaces()));
  return {
    it: formatIn("it", exact, kind, { decimals: places }),
    en: formatIn("en", exact, kind, { decimals: places }),
  };
}
