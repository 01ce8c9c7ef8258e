import { GALLARATE_ACCORDO, GALLARATE_AMBITO } from "../../src/datasets/gallarate/accordo.js";
import {
  GALLARATE_LEPS_SCHEDA_SAD,
  GALLARATE_SCHEDA_OBIETTIVO_L,
} from "../../src/datasets/gallarate/schede-2025-2027.js";
import { GALLARATE_EVALUATION_2021_2023 } from "../../src/datasets/gallarate/evaluation-2021-2023.js";

/** A document in its JSON form, loosely typed so that tests can break it on purpose. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- fixtures are mutated into invalid shapes
export type Loose = any;

/** A mutable JSON copy (the input form) of a frozen dataset. */
export function jsonCopy(value: unknown): Loose {
  return JSON.parse(JSON.stringify(value));
}

export const accordoInput = (): Loose => jsonCopy(GALLARATE_ACCORDO);
export const ambitoInput = (): Loose => jsonCopy(GALLARATE_AMBITO);
export const schedaInput = (): Loose => jsonCopy(GALLARATE_SCHEDA_OBIETTIVO_L);
export const lepsSchedaInput = (): Loose => jsonCopy(GALLARATE_LEPS_SCHEDA_SAD);

/** A Piano di Zona built from the Gallarate datasets: the Ambito, the 2021-2023 evaluation and two schede. */
export const pianoInput = (): Loose =>
  jsonCopy({
    title: "Piano di Zona 2025-2027",
    ambito: GALLARATE_AMBITO,
    period: { from: 2025, to: 2027 },
    // Adopted by the Assemblea dei Sindaci on 02.12.2024 (seed 000 L100-103).
    approvals: [{ by: "Assemblea dei Sindaci", date: "02.12.2024" }],
    previousEvaluation: GALLARATE_EVALUATION_2021_2023,
    objectives: [GALLARATE_SCHEDA_OBIETTIVO_L],
    lepsSchede: [GALLARATE_LEPS_SCHEDA_SAD],
  });

export { codeOf } from "../error-code.js";
