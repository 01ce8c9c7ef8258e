import { deepFreeze, type DeepReadonly } from "../../core/deep-freeze.js";
import type { SourceReference } from "../../core/source.js";
import { DOCUMENTS, linesIn } from "../_sources.js";

const lines = linesIn(DOCUMENTS.bustoArsizio);

/** A figure as printed, with the line it is printed on. @category Datasets */
export interface PrintedFigure {
  /** The figure as printed, in Italian ("32.102.028,14", "+14,00%"). */
  readonly printed: string;
  readonly source: SourceReference;
}

/** A labelled printed figure. @category Datasets */
export interface LabelledFigure extends PrintedFigure {
  readonly label: string;
}

/**
 * Busto Arsizio's social spending 2021-2023 as its Piano di Zona states it (§ "Analisi spesa sociale", lines
 * 1064-1107; ISTAT survey of the Comuni's social services). Only the totals, shares and growth rates printed in
 * the text survive: the tables and charts were images.
 * @category Datasets
 */
export interface BustoArsizioSocialSpending {
  /** Spending over the three years 2021-2023, euro. */
  readonly total: PrintedFigure;
  /** "+14,00% rispetto al 2021" (2022 on 2021), "+1,94% nel 2023 rispetto al 2022", "+16,21% nel 2023 rispetto al 2021". */
  readonly growth: {
    readonly from2021To2022: PrintedFigure;
    readonly from2022To2023: PrintedFigure;
    readonly from2021To2023: PrintedFigure;
  };
  /** By nature of the spending, with euro amount and share over the three years. */
  readonly byNature: readonly (LabelledFigure & { readonly share: string })[];
  /** The three largest areas' shares. */
  readonly byArea: readonly LabelledFigure[];
  /** "Le restanti aree sono pari al 15,16%", and the areas it lists. */
  readonly remainingAreas: PrintedFigure & { readonly parts: readonly LabelledFigure[] };
  /** Spending per inhabitant in 2021 and 2023, and the change "nel triennio". */
  readonly perCapita: {
    readonly in2021: PrintedFigure;
    readonly in2023: PrintedFigure;
    readonly change: PrintedFigure;
  };
}

// Every printed figure reads as an Italian number: test/datasets/dataset-literals.test.ts checks it.
function at(printed: string, line: number): PrintedFigure {
  return { printed, source: lines(line) };
}

function labelled(label: string, printed: string, line: number): LabelledFigure {
  return { label, ...at(printed, line) };
}

/**
 * Busto Arsizio's social spending 2021-2023 (see {@link BustoArsizioSocialSpending}). The figures that can be
 * recomputed from one another agree: the split by nature sums to the total to the cent and gives 71,54% / 28,46%;
 * +14,00% then +1,94% compound to +16,21%; 117,48 € → 136,03 € is +15,79%. One does not: "restanti aree 15,16%",
 * where both 100 − 43,58 − 31,35 − 9,90 and 8,66 + 6,28 + 0,23 + 0 give 15,17 (a gap that rounding of the printed
 * shares could still explain, so it is a warning).
 *
 * @example
 * ```ts
 * import { checkStatedSum, compoundChange } from "piano-di-zona";
 * import { BUSTO_ARSIZIO_SOCIAL_SPENDING_2021_2023 as spending } from "piano-di-zona/datasets";
 * checkStatedSum(spending.byNature.map((part) => part.printed), spending.total.printed) //=> []
 * compoundChange(["14", "1.94"]).toFixed(2) //=> "16.21"
 * checkStatedSum(spending.remainingAreas.parts.map((part) => part.printed), spending.remainingAreas.printed).map((f) => f.code) //=> ["rounded_sum_mismatch"]
 * ```
 * @category Datasets
 */
export const BUSTO_ARSIZIO_SOCIAL_SPENDING_2021_2023: DeepReadonly<BustoArsizioSocialSpending> = deepFreeze({
  total: at("32.102.028,14", 1066),
  growth: {
    from2021To2022: at("+14,00%", 1066),
    from2022To2023: at("+1,94%", 1066),
    from2021To2023: at("+16,21%", 1066),
  },
  byNature: [
    { ...labelled("contributi economici e pagamento rette", "22.966.326,17", 1089), share: "71,54%" },
    { ...labelled("interventi e servizi diretti al beneficiario", "9.135.701,97", 1089), share: "28,46%" },
  ],
  byArea: [
    labelled("Disabili", "43,58%", 1075),
    labelled("Minori e Famiglia", "31,35%", 1075),
    labelled("Anziani", "9,90%", 1075),
  ],
  remainingAreas: {
    ...at("15,16%", 1077),
    parts: [
      labelled("povertà, disagio adulti e senza dimora", "8,66%", 1077),
      labelled("multiutenza", "6,28%", 1077),
      labelled("immigrati, rom, sinti e camminati", "0,23%", 1077),
      labelled("dipendenze", "0%", 1077),
    ],
  },
  perCapita: { in2021: at("117,48", 1105), in2023: at("136,03", 1105), change: at("+15,79%", 1105) },
});
