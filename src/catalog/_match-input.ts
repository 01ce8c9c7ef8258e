// What the title matchers read of the value they are given, and the characters they never see.
import { LIMITS } from "../core/limits.js";
import { classOf, INVISIBLE, INVISIBLE_CHARACTERS } from "./_words.js";

/**
 * The text a matcher reads: a string as given, anything else as empty text; only its first
 * `LIMITS.maxTextLength` (10,000) characters, so that every call is bounded. Never throws.
 */
export function readMatchText(value: unknown): string {
  if (typeof value !== "string") return "";
  return value.length > LIMITS.maxTextLength ? value.slice(0, LIMITS.maxTextLength) : value;
}

/**
 * The text without the characters that are never seen (Unicode's default ignorable code points: soft hyphens,
 * zero-width spaces and joiners, bidirectional marks, byte-order marks), so that "Domicili\u00ADarità" reads as
 * "Domiciliarità". The matchers call it only when their reading met such a character. Linear.
 */
export function withoutInvisible(text: string): string {
  return text.replace(INVISIBLE_CHARACTERS, "");
}

/** Whether the part `[start, end)` of a text holds a character that is, or may be, never seen. */
export function hasInvisible(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i += 1) if (classOf(text.charCodeAt(i)) === INVISIBLE) return true;
  return false;
}
