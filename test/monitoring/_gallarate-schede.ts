// Two of the Ambito di Gallarate's schede obiettivo 2025-2027 (seed 000), from the dataset: scheda A "Strategie per
// l'abitare" (L5411-5797: six actions, eight targets, "almeno 9 incontri nella triennalità", a change "abitazioni 2027
// > 2025") and scheda 4, the feasibility study of a Pronto Intervento Sociale (L4723-5104: two targets conditional
// on the study's outcome).
import { GALLARATE_SCHEDE_OBIETTIVO_2025_2027 } from "../../src/datasets/index.js";

function scheda(code: string) {
  const found = GALLARATE_SCHEDE_OBIETTIVO_2025_2027.find((record) => record.code === code);
  if (found?.targets === undefined) throw new Error(`no scheda ${code} with targets`);
  return { ...found, targets: found.targets };
}

export const SCHEDA_A = scheda("A");
export const SCHEDA_4 = scheda("4");
