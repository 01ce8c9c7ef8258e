import { underPath, type ErrorPath } from "../core/error.js";
import type { IsoDate } from "../core/italian-date.js";
import type { Labels } from "../core/labels.js";
import * as G from "../core/messages/governance.js";
import { ownField, readCount, readList, readRecord, readText, requiredField } from "../core/read-input.js";
import type { AccordoDiProgramma, AccordoDiProgrammaDraft } from "../model/accordo-di-programma.js";
import type { Ambito } from "../model/ambito.js";
import { readPrintedPartyIds, readRequiredText, requireSameAmbito } from "./_accordo-parties.js";

/**
 * The figures {@link compareAmbiti} compares: from the Ambito, its comuni, their total population and its health
 * districts; from the Accordo, its signatories, its adherents and its organs.
 * @example
 * ```ts
 * import { AMBITO_FIGURES } from "piano-di-zona";
 * AMBITO_FIGURES //=> ["comuni", "population", "distretti", "signatories", "adherents", "organs"]
 * ```
 * @category Governance
 */
export const AMBITO_FIGURES = /* @__PURE__ */ Object.freeze([
  "comuni",
  "population",
  "distretti",
  "signatories",
  "adherents",
  "organs",
] as const);

/** One of {@link AMBITO_FIGURES}. @category Governance */
export type AmbitoFigureName = (typeof AMBITO_FIGURES)[number];

/**
 * One figure of one Ambito: its value (the population with the date it refers to), or why it is not available, with
 * a stable code and the reason in both languages.
 * @category Governance
 */
export type AmbitoFigure =
  | { readonly available: true; readonly value: number; readonly referenceDate: IsoDate | null }
  | {
      readonly available: false;
      readonly code:
        "figure_not_printed" | "no_accordo_given" | "population_missing" | "population_dates_differ";
      readonly message: string;
      readonly messageIt: string;
    };

/** The figures of one Ambito. @category Governance */
export interface AmbitoComparisonRow {
  /** The Ambito's id. */
  readonly ambito: string;
  readonly name: string;
  readonly figures: { readonly [Figure in AmbitoFigureName]: AmbitoFigure };
}

/** The answer of {@link compareAmbiti}. @category Governance */
export interface AmbitoComparison {
  /** The figures available for every Ambito compared, in the order of {@link AMBITO_FIGURES}. */
  readonly shared: AmbitoFigureName[];
  /** One row per Ambito, in the order given. */
  readonly rows: AmbitoComparisonRow[];
}

/** An Ambito to compare, with its Accordo when there is one (strict or as printed). @category Governance */
export interface AmbitoToCompare {
  readonly ambito: Pick<Ambito, "id" | "name" | "comuni" | "distretti">;
  readonly accordo?:
    | Pick<AccordoDiProgramma, "ambito" | "signatories" | "adherents" | "organs">
    | Pick<AccordoDiProgrammaDraft, "ambito" | "signatories" | "adherents" | "organs">
    | undefined;
}

// The figures of the Accordo, as the messages name them.
const FIGURE_LABELS: Readonly<Record<"signatories" | "adherents" | "organs", Labels>> = {
  signatories: { en: "list of signatories", it: "il numero dei sottoscrittori" },
  adherents: { en: "list of adherents", it: "il numero degli aderenti" },
  organs: { en: "list of organs", it: "il numero degli organismi" },
};

function count(value: number, referenceDate: IsoDate | null = null): AmbitoFigure {
  return { available: true, value, referenceDate };
}

function unavailable<Params>(
  message: {
    readonly code: Extract<AmbitoFigure, { available: false }>["code"];
    readonly render: (params: Params) => Labels;
  },
  params: Params,
): AmbitoFigure {
  const text = message.render(params);
  return { available: false, code: message.code, message: text.en, messageIt: text.it };
}

// The population of the Ambito: the sum of its comuni's, when every comune gives one at the same date.
function population(comuni: readonly unknown[], path: (string | number)[]): AmbitoFigure {
  let total = 0;
  let missing = 0;
  const dates = new Set<string>();
  comuni.forEach((comune, index) => {
    const comunePath = [...path, index];
    const value = ownField(readRecord(comune, comunePath), "population", comunePath);
    if (value === undefined) {
      missing += 1;
      return;
    }
    const populationPath = [...comunePath, "population"];
    const record = readRecord(value, populationPath);
    total += readCount(requiredField(record, "count", populationPath), [...populationPath, "count"]);
    dates.add(
      readText(requiredField(record, "referenceDate", populationPath), [...populationPath, "referenceDate"]),
    );
  });
  if (missing > 0) return unavailable(G.population_missing, { missing, total: comuni.length });
  const [date] = dates;
  if (dates.size > 1 || date === undefined) {
    return unavailable(G.population_dates_differ, { dates: [...dates].sort().join(", ") });
  }
  return count(total, date);
}

/**
 * Compares Ambiti on the figures their models share ({@link AMBITO_FIGURES}): the number of comuni, the population
 * (the sum of the comuni's, when every comune gives one at the same date), the number of health districts, and from
 * the Accordo the number of signatories, of adherents and of organs. A figure an Ambito lacks is not dropped nor
 * guessed: it is marked not available with the reason (`population_missing`, `population_dates_differ`,
 * `figure_not_printed` for a list an Accordo as printed leaves blank, `no_accordo_given`). `shared` lists the figures
 * available for every Ambito, the ones on which they can be set side by side.
 *
 * @param ambiti - the Ambiti, each with its Accordo when there is one
 * @throws {@link PdzError} `ambito_mismatch` when an Accordo is of another Ambito than the one it is given with;
 *   `invalid_type`, `required_field`, `unreadable_field`, `too_many_items`, `text_too_long`, `invalid_count` for
 *   inputs of the wrong shape
 * @example
 * ```ts
 * import { compareAmbiti } from "piano-di-zona";
 * import { GALLARATE_ACCORDO, GALLARATE_AMBITO } from "piano-di-zona/datasets";
 * const comparison = compareAmbiti([{ ambito: GALLARATE_AMBITO, accordo: GALLARATE_ACCORDO }]);
 * comparison.shared //=> ["comuni", "distretti", "signatories", "adherents", "organs"]
 * comparison.rows[0]?.figures.signatories //=> { available: true, value: 11, referenceDate: null }
 * comparison.rows[0]?.figures.population.available //=> false
 * compareAmbiti([{ ambito: { ...GALLARATE_AMBITO, id: "ambito-di-saronno" }, accordo: GALLARATE_ACCORDO }]) //=> throws ambito_mismatch
 * ```
 * @category Governance
 */
export function compareAmbiti(ambiti: readonly AmbitoToCompare[]): AmbitoComparison {
  const entries = readList(ambiti);
  const rows = entries.map((entry, index): AmbitoComparisonRow => {
    const path = [index];
    const record = readRecord(entry, path);
    const ambitoPath = [index, "ambito"];
    const ambito = readRecord(requiredField(record, "ambito", path), ambitoPath);
    const comuni = readList(requiredField(ambito, "comuni", ambitoPath), [...ambitoPath, "comuni"]);
    const distretti = readList(requiredField(ambito, "distretti", ambitoPath), [...ambitoPath, "distretti"]);
    const figures = {
      comuni: count(comuni.length),
      population: population(comuni, [...ambitoPath, "comuni"]),
      distretti: count(distretti.length),
      ...accordoFigures(ownField(record, "accordo", path), ambito, index),
    };
    return {
      ambito: readRequiredText(ambito, "id", ambitoPath),
      name: readRequiredText(ambito, "name", ambitoPath),
      figures,
    };
  });
  const shared = AMBITO_FIGURES.filter((figure) => rows.every((row) => row.figures[figure].available));
  return { shared, rows };
}

function accordoFigures(
  value: unknown,
  ambito: object,
  index: number,
): Pick<AmbitoComparisonRow["figures"], "signatories" | "adherents" | "organs"> {
  if (value === undefined) {
    const none = (figure: "signatories" | "adherents" | "organs") =>
      unavailable(G.no_accordo_given, { figure: FIGURE_LABELS[figure] });
    return { signatories: none("signatories"), adherents: none("adherents"), organs: none("organs") };
  }
  const prefix: ErrorPath = [index, "accordo"];
  const accordo = readRecord(value, prefix);
  underPath(prefix, () => {
    requireSameAmbito(accordo, ambito);
  });
  const printed = (figure: "signatories" | "adherents"): AmbitoFigure => {
    const ids = underPath(prefix, () => readPrintedPartyIds(accordo, figure));
    return ids === null
      ? unavailable(G.figure_not_printed, { figure: FIGURE_LABELS[figure] })
      : count(ids.length);
  };
  const organs = readList(requiredField(accordo, "organs", prefix), [...prefix, "organs"]);
  return {
    signatories: printed("signatories"),
    adherents: printed("adherents"),
    organs: count(organs.length),
  };
}
