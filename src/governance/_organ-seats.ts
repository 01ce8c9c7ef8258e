// Reading the seats of a governance organ from untrusted input: own fields only, every wrong shape a PdzError at its
// path.
import type { ErrorPath } from "../core/error.js";
import {
  ownField,
  readBoolean,
  readList,
  readRecord,
  readText,
  requiredField,
  type InputRecord,
} from "../core/read-input.js";
import { readRequiredText } from "./_accordo-parties.js";

/** What the governance rules read of a seat. */
export interface SeatFacts {
  readonly id: string;
  readonly role: string;
  readonly ente: string | undefined;
  /** `null`: the document does not say whether a delegate may take the seat. */
  readonly delegable: boolean | null;
  readonly attendee: boolean;
  readonly votes: boolean;
}

function optionalBoolean(record: InputRecord, key: string, path: ErrorPath): boolean {
  const value = ownField(record, key, path);
  return value === undefined ? false : readBoolean(value, [...path, key]);
}

/** The seats of an organ, read from its `seats` list. */
export function readSeats(organ: InputRecord, path: ErrorPath): SeatFacts[] {
  const items = readList(requiredField(organ, "seats", path), [...path, "seats"]);
  return items.map((item, index) => {
    const at: ErrorPath = [...path, "seats", index];
    const seat = readRecord(item, at);
    const ente = ownField(seat, "ente", at);
    const delegable = ownField(seat, "delegable", at);
    return {
      id: readRequiredText(seat, "id", at),
      role: readRequiredText(seat, "role", at),
      ente: ente === undefined ? undefined : readText(ente, [...at, "ente"]),
      delegable: delegable === undefined ? null : readBoolean(delegable, [...at, "delegable"]),
      attendee: optionalBoolean(seat, "attendee", at),
      votes: optionalBoolean(seat, "votes", at),
    };
  });
}
