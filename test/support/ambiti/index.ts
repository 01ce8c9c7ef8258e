// The governance of the seeds' four Ambiti, parsed from the datasets: Gallarate's Accordo (strict), and the Accordi
// as printed of Busto Arsizio, Sebino and Alto Milanese (drafts).
import { GALLARATE_ACCORDO, GALLARATE_AMBITO } from "../../../src/datasets/gallarate/accordo.js";
import {
  parseAccordoDiProgrammaDraft,
  type AccordoDiProgramma,
  type AccordoDiProgrammaDraft,
} from "../../../src/model/accordo-di-programma.js";
import { parseAmbito, type Ambito } from "../../../src/model/ambito.js";
import {
  ALTO_MILANESE_ACCORDO,
  ALTO_MILANESE_AMBITO,
} from "../../../src/datasets/alto-milanese/governance.js";
import {
  BUSTO_ARSIZIO_ACCORDO,
  BUSTO_ARSIZIO_AMBITO,
} from "../../../src/datasets/busto-arsizio/governance.js";
import { SEBINO_ACCORDO, SEBINO_AMBITO } from "../../../src/datasets/sebino/governance.js";

/** One Ambito's governance: its name, its seed, its Ambito and its Accordo. */
export interface AmbitoGovernance {
  readonly name: string;
  readonly seed: string;
  readonly ambito: Ambito;
  readonly accordo: AccordoDiProgramma | AccordoDiProgrammaDraft;
}

/** The four Ambiti, in the order of the seeds (000 Gallarate, 001 Busto Arsizio, 002 Sebino, 004 Alto Milanese). */
export function fourAmbiti(): readonly AmbitoGovernance[] {
  return [
    { name: "Gallarate", seed: "000", ambito: GALLARATE_AMBITO, accordo: GALLARATE_ACCORDO },
    {
      name: "Busto Arsizio",
      seed: "001",
      ambito: parseAmbito(BUSTO_ARSIZIO_AMBITO),
      accordo: parseAccordoDiProgrammaDraft(BUSTO_ARSIZIO_ACCORDO),
    },
    {
      name: "Sebino",
      seed: "002",
      ambito: parseAmbito(SEBINO_AMBITO),
      accordo: parseAccordoDiProgrammaDraft(SEBINO_ACCORDO),
    },
    {
      name: "Alto Milanese",
      seed: "004",
      ambito: parseAmbito(ALTO_MILANESE_AMBITO),
      accordo: parseAccordoDiProgrammaDraft(ALTO_MILANESE_ACCORDO),
    },
  ];
}
