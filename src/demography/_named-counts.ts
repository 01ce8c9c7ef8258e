import { pdzError } from "../core/error.js";
import * as M from "../core/messages/demography.js";
import { ownField, readCount, readRecord } from "../core/read-input.js";
import { bandLabels } from "./_index-fractions.js";
import { BAND_AGES, BAND_KEYS, bandCount, FOREIGNERS } from "./_profile-vector.js";
import { classRange, populationOf, type StructureData } from "./_structure-data.js";
import { structureDataOf } from "./_structure-storage.js";

function fromStructure(data: StructureData, slot: number): number {
  if (slot === FOREIGNERS) {
    if (data.foreign === null) {
      throw pdzError(M.band_not_available, { what: bandLabels(slot) }, ["foreigners"]);
    }
    return populationOf(data.foreign);
  }
  const count = bandCount(data, slot);
  if (!Number.isNaN(count)) return count;
  const [from, to] = BAND_AGES[slot] ?? [0, null];
  if (classRange(data, from, to) === null) {
    throw pdzError(M.band_not_available, { what: bandLabels(slot) }, [BAND_KEYS[slot] ?? ""]);
  }
  throw pdzError(M.sex_not_available, {}, [BAND_KEYS[slot] ?? ""]);
}

/**
 * The named counts of `slots`, in order, from an age structure (whose bands must give them: `band_not_available`,
 * `sex_not_available`) or from a record's own fields (each a count: `invalid_count` at its key; other keys are
 * ignored, so a whole {@link StandardBands} record can be passed).
 */
export function namedCounts(input: unknown, slots: readonly number[]): number[] {
  const data = structureDataOf(input);
  if (data !== undefined) return slots.map((slot) => fromStructure(data, slot));
  const record = readRecord(input);
  return slots.map((slot) => {
    const key = BAND_KEYS[slot] ?? "";
    return readCount(ownField(record, key), [key]);
  });
}

/** A count read from a record's own field (`invalid_count` at its key). */
export function countField(record: object, key: string): number {
  return readCount(ownField(record, key), [key]);
}
