// Reading one entry of a catalogue by its code: the type guard and the accessor every catalogue shares.
import { pdzError } from "../core/error.js";
import type { PdzErrorCode } from "../core/error-codes.js";
import type { Message } from "../core/message.js";

/** How much of an unknown code the error message repeats. */
const MAX_SHOWN = 60;

/** Tells whether a value is one of the strings of a list of codes. */
export function isOneOf<T extends string>(codes: readonly T[], value: unknown): value is T {
  return typeof value === "string" && (codes as readonly string[]).includes(value);
}

/** An unknown code as an error message shows it: a short string as it is, anything else by its type. */
function shown(value: unknown): string {
  let text: string;
  if (typeof value === "string") text = value;
  else if (value === null || (typeof value !== "object" && typeof value !== "function")) {
    text = typeof value === "symbol" ? "(symbol)" : String(value);
  } else text = `(${typeof value})`;
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
}

/**
 * The entry of a catalogue for a code, or the catalogue's `unknown_x` error for any value that is not one of its
 * codes (read from the list of codes, never from the record, so `"__proto__"` and `"toString"` are unknown too).
 */
export function entryOf<T extends string, E>(
  catalog: { readonly [K in T]: E },
  codes: readonly T[],
  unknown: Message<PdzErrorCode, { value: string }>,
  value: unknown,
): E {
  if (!isOneOf(codes, value)) throw pdzError(unknown, { value: shown(value) });
  return catalog[value];
}
