// Reading the parties of an Accordo di Programma, and the Ambito it belongs to, from untrusted input: own fields
// only, every wrong shape a PdzError at its path.
import { pdzError, type ErrorPath } from "../core/error.js";
import * as G from "../core/messages/governance.js";
import {
  ownField,
  readList,
  readRecord,
  readText,
  requiredField,
  type InputRecord,
} from "../core/read-input.js";

/** The ids of the parties listed under `key` ("signatories" or "adherents"), each read from its `ente`. */
export function readPartyIds(accordo: InputRecord, key: "signatories" | "adherents"): string[] {
  const items = readList(requiredField(accordo, key), [key]);
  const ids = new Array<string>(items.length);
  for (let index = 0; index < items.length; index += 1) {
    const path: ErrorPath = [key, index];
    ids[index] = readText(requiredField(readRecord(items[index], path), "ente", path), [...path, "ente"]);
  }
  return ids;
}

/**
 * The ids of the parties listed under `key`, or `null` when an Accordo as printed (a draft) leaves the list blank.
 */
export function readPrintedPartyIds(accordo: InputRecord, key: "signatories" | "adherents"): string[] | null {
  return ownField(accordo, key) === null ? null : readPartyIds(accordo, key);
}

/** The ids of the parties that sign and are not (wrongly) listed as adherents too: adherents never sign. */
export function signingParties(accordo: InputRecord): Set<string> {
  const signatories = readPartyIds(accordo, "signatories");
  const adhering = new Set(readPartyIds(accordo, "adherents"));
  return new Set(signatories.filter((id) => !adhering.has(id)));
}

/** An own text field that must be there (an id, a name). */
export function readRequiredText(record: InputRecord, key: string, path: ErrorPath = []): string {
  return readText(requiredField(record, key, path), [...path, key]);
}

/** Throws `ambito_mismatch` when an Accordo is checked against an Ambito other than its own. */
export function requireSameAmbito(accordo: InputRecord, ambito: InputRecord): void {
  const own = readRequiredText(accordo, "ambito");
  const other = readRequiredText(ambito, "id", ["ambito"]);
  if (own !== other) throw pdzError(G.ambito_mismatch, { accordo: own, ambito: other }, ["ambito"]);
}
