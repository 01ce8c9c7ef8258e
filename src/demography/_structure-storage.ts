// Where an age structure keeps its storage, apart from what it offers users: reading the storage of a structure
// (every index does) then needs neither the structure's methods nor its JSON and console forms, so a bundle that
// only computes an index does not ship them.
import { pdzError, type ErrorPath } from "../core/error.js";
import * as M from "../core/messages/demography.js";
import type { StructureData } from "./_structure-data.js";

/**
 * The base of every age structure built by this library: its storage in a private field, which also tells
 * structures apart from look-alikes (a copy, a proxy, an object with the same getters).
 */
export class StructureStorage {
  readonly #storage: StructureData;

  constructor(data: StructureData) {
    this.#storage = data;
  }

  /** The storage of a structure built by this library, or `undefined` for anything else. */
  static of(value: unknown): StructureData | undefined {
    return typeof value === "object" && value !== null && #storage in value ? value.#storage : undefined;
  }
}

/** The storage of a structure built by this library, or `undefined` for any other value. @internal */
export function structureDataOf(value: unknown): StructureData | undefined {
  return StructureStorage.of(value);
}

/**
 * The storage of an AgeStructure built by this library; anything else is refused (`invalid_age_structure`).
 * @internal
 */
export function structureData(value: unknown, path: ErrorPath = []): StructureData {
  const data = StructureStorage.of(value);
  if (data === undefined) throw pdzError(M.invalid_age_structure, { problem: "not_a_structure" }, path);
  return data;
}
