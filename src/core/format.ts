import type { Decimal } from "./decimal.js";
import type { DecimalInput } from "./input.js";
import { roundTo, type RoundingMode } from "./rounding.js";

/**
 * Options shared by the Italian formatters.
 * @category Core
 */
export interface FormatOptions {
  /** Decimal places shown (default: 2). */
  readonly decimals?: number;
  /** How the value is rounded to those places before display (default: `"half-up"`). */
  readonly rounding?: RoundingMode;
}

// Intl formatters are built lazily and kept, so importing the library does no work.
const formatters = new Map<string, Intl.NumberFormat>();

function formatter(kind: "currency" | "percent" | "plain", decimals: number): Intl.NumberFormat {
  const key = `${kind}:${decimals}`;
  let cached = formatters.get(key);
  if (cached === undefined) {
    const shared: Intl.NumberFormatOptions = {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      useGrouping: "always",
    };
    const style: Intl.NumberFormatOptions =
      kind === "currency"
        ? { style: "currency", currency: "EUR" }
        : kind === "percent"
          ? { style: "unit", unit: "percent" }
          : {};
    cached = new Intl.NumberFormat("it-IT", { ...shared, ...style });
    formatters.set(key, cached);
  }
  return cached;
}

function formatExact(
  value: DecimalInput,
  kind: "currency" | "percent" | "plain",
  options: FormatOptions,
): string {
  const decimals = options.decimals ?? 2;
  const rounded: Decimal = roundTo(value, decimals, options.rounding ?? "half-up");
  // Intl formats a numeric string exactly (ECMA-402 NumberFormat v3), so no digit goes through a float.
  return formatter(kind, decimals).format(rounded.toFixed(decimals) as `${number}`);
}

/**
 * Formats a euro amount the Italian way: `.` for thousands (always, also for 4 digits), `,` for decimals and a
 * no-break space (U+00A0) before `€`. Rounded half-up to the cent unless told otherwise.
 *
 * @param value - the amount
 * @param options - decimals (default 2) and rounding mode (default half-up)
 * @example
 * ```ts
 * import { formatEuro } from "piano-di-zona";
 * formatEuro("1234.56") //=> "1.234,56\u00A0€"
 * formatEuro(1300000) //=> "1.300.000,00\u00A0€"
 * formatEuro("0.005") //=> "0,01\u00A0€"
 * ```
 * @category Core
 */
export function formatEuro(value: DecimalInput, options: FormatOptions = {}): string {
  return formatExact(value, "currency", options);
}

/**
 * Formats a value that is already a percentage (76.5625 means 76,5625%) the Italian way, with no space before `%`.
 *
 * @param value - the percentage, in points (0–100 for shares)
 * @param options - decimals (default 2) and rounding mode (default half-up)
 * @example
 * ```ts
 * import { formatPercent } from "piano-di-zona";
 * formatPercent("76.5625") //=> "76,56%"
 * formatPercent("66.665", { decimals: 2, rounding: "half-even" }) //=> "66,66%"
 * formatPercent(80, { decimals: 0 }) //=> "80%"
 * ```
 * @category Core
 */
export function formatPercent(value: DecimalInput, options: FormatOptions = {}): string {
  return formatExact(value, "percent", options);
}

/**
 * Formats a plain number the Italian way (`1.234,56`), e.g. an index or a rate.
 *
 * @param value - the number
 * @param options - decimals (default 2) and rounding mode (default half-up)
 * @example
 * ```ts
 * import { formatNumber } from "piano-di-zona";
 * formatNumber("122855", { decimals: 0 }) //=> "122.855"
 * formatNumber("-3.4949") //=> "-3,49"
 * ```
 * @category Core
 */
export function formatNumber(value: DecimalInput, options: FormatOptions = {}): string {
  return formatExact(value, "plain", options);
}
