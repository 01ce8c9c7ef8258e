import { GALLARATE_ACCORDO, GALLARATE_AMBITO } from "../../src/datasets/gallarate/accordo.js";
import { GALLARATE_EVALUATION_2021_2023 } from "../../src/datasets/gallarate/evaluation-2021-2023.js";
import {
  GALLARATE_LEPS_SCHEDA_SAD,
  GALLARATE_SCHEDA_OBIETTIVO_L,
} from "../../src/datasets/gallarate/schede-2025-2027.js";
import { GALLARATE_SCHEDE_OBIETTIVO_2025_2027 } from "../../src/datasets/gallarate/schede-obiettivo-2025-2027.js";
import { GALLARATE_LEPS_SCHEDE_2025_2027 } from "../../src/datasets/gallarate/leps-schede-2025-2027.js";
import { BUSTO_ARSIZIO_SCHEDE_OBIETTIVO_2025_2027 } from "../../src/datasets/busto-arsizio/schede-2025-2027.js";
import { SEBINO_SCHEDE_OBIETTIVO_2025_2027 } from "../../src/datasets/sebino/schede-2025-2027.js";
import { ALTO_MILANESE_SCHEDE_OBIETTIVO_2025_2027 } from "../../src/datasets/alto-milanese/schede-2025-2027.js";
import type { TopLevelModel } from "../../src/model/json-schema.js";
import { safeParseLepsScheda } from "../../src/model/leps-scheda.js";
import { safeParseSchedaObiettivo } from "../../src/model/scheda-obiettivo.js";
import { PRIORITY_LEPS_INDICATORS } from "../../src/catalog/priority-leps-indicators.js";
import { pianoInput } from "./_fixtures.js";
import { ALTO_MILANESE_FUNDS_2022_2024 } from "../../src/datasets/alto-milanese/funds.js";
import { GALLARATE_SPENDING_BY_CHANNEL_2022 } from "../../src/datasets/gallarate/spending.js";
import {
  ALTO_MILANESE_ACCORDO,
  ALTO_MILANESE_AMBITO,
  ALTO_MILANESE_PROTOCOLS,
} from "../../src/datasets/alto-milanese/governance.js";
import {
  BUSTO_ARSIZIO_ACCORDO,
  BUSTO_ARSIZIO_AMBITO,
  BUSTO_ARSIZIO_PROTOCOLS,
} from "../../src/datasets/busto-arsizio/governance.js";
import { SEBINO_ACCORDO, SEBINO_AMBITO, SEBINO_PROTOCOLS } from "../../src/datasets/sebino/governance.js";
import {
  ALTO_MILANESE_EVALUATION_2021_2023,
  ALTO_MILANESE_SCORED_EVALUATION_SYSTEM,
} from "../../src/datasets/alto-milanese/evaluation-2021-2023.js";
import { BUSTO_ARSIZIO_EVALUATION_2021_2024 } from "../../src/datasets/busto-arsizio/evaluation-2021-2024.js";
import { MEDIO_OLONA_PLAN_2015_2017 } from "../../src/datasets/medio-olona/plan-2015-2017.js";
import { SEBINO_EVALUATION_2021_2023 } from "../../src/datasets/sebino/evaluation-2021-2023.js";

/**
 * Every embedded dataset of each top-level model (Gallarate's parsed at import, the others in their input (JSON)
 * form). The Piano di Zona has no dataset of its own: it is assembled from Gallarate's. The indicators include the 20
 * priority-LEPS ones. A complete Accordo and a complete scheda are also valid drafts. The schede of the four Ambiti
 * as printed are drafts; those that are complete are also strict schede.
 */
const SCHEDE_AS_PRINTED = [
  ...GALLARATE_SCHEDE_OBIETTIVO_2025_2027,
  ...BUSTO_ARSIZIO_SCHEDE_OBIETTIVO_2025_2027,
  ...SEBINO_SCHEDE_OBIETTIVO_2025_2027,
  ...ALTO_MILANESE_SCHEDE_OBIETTIVO_2025_2027,
];

export const DATASETS_BY_MODEL: { readonly [Model in TopLevelModel]: readonly unknown[] } = {
  "piano-di-zona": [pianoInput()],
  "accordo-di-programma": [GALLARATE_ACCORDO],
  "scheda-obiettivo": [
    GALLARATE_SCHEDA_OBIETTIVO_L,
    ...SCHEDE_AS_PRINTED.filter((scheda) => safeParseSchedaObiettivo(scheda).success),
  ],
  ambito: [GALLARATE_AMBITO, BUSTO_ARSIZIO_AMBITO, SEBINO_AMBITO, ALTO_MILANESE_AMBITO],
  "plan-evaluation": [
    GALLARATE_EVALUATION_2021_2023,
    BUSTO_ARSIZIO_EVALUATION_2021_2024,
    ALTO_MILANESE_EVALUATION_2021_2023,
    SEBINO_EVALUATION_2021_2023,
  ],
  "leps-scheda": [
    GALLARATE_LEPS_SCHEDA_SAD,
    ...GALLARATE_LEPS_SCHEDE_2025_2027.filter((scheda) => safeParseLepsScheda(scheda).success),
  ],
  indicator: [...GALLARATE_LEPS_SCHEDA_SAD.indicators, ...PRIORITY_LEPS_INDICATORS],
  "fund-table": [ALTO_MILANESE_FUNDS_2022_2024, GALLARATE_SPENDING_BY_CHANNEL_2022],
  "accordo-di-programma-draft": [
    GALLARATE_ACCORDO,
    BUSTO_ARSIZIO_ACCORDO,
    SEBINO_ACCORDO,
    ALTO_MILANESE_ACCORDO,
  ],
  "protocol-or-procedure": [...BUSTO_ARSIZIO_PROTOCOLS, ...SEBINO_PROTOCOLS, ...ALTO_MILANESE_PROTOCOLS],
  "scored-evaluation-system": [ALTO_MILANESE_SCORED_EVALUATION_SYSTEM],
  "legacy-plan": [MEDIO_OLONA_PLAN_2015_2017],
  // A complete scheda is also a valid draft.
  "scheda-obiettivo-draft": [GALLARATE_SCHEDA_OBIETTIVO_L, ...SCHEDE_AS_PRINTED],
  "leps-scheda-draft": [GALLARATE_LEPS_SCHEDA_SAD, ...GALLARATE_LEPS_SCHEDE_2025_2027],
};
