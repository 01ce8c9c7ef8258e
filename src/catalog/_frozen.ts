// Deep-freezing a catalogue where it is declared.
import { deepFreeze } from "../core/deep-freeze.js";

/**
 * Deep-freezes a catalogue and keeps its declared type (tuples included). Marked free of side effects, so that a
 * bundle that does not read a catalogue drops it.
 */
/* @__NO_SIDE_EFFECTS__ */
export function frozen<T>(value: T): T {
  deepFreeze(value);
  return value;
}
