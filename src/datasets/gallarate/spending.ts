import { deepFreeze, type DeepReadonly } from "../../core/deep-freeze.js";
import type { SourceReference } from "../../core/source.js";
import type { StatedShare } from "../../finance/check-stated-shares.js";
import type { FundTable } from "../../model/fund-table.js";
import { dec as d } from "../_dec.js";
import { DOCUMENTS, linesIn } from "../_sources.js";

// The figures are written as the parsers return them (exact decimals, canonical text), so that importing them parses
// nothing; test/datasets/dataset-literals.test.ts checks them against the figures as printed.
const lines = linesIn(DOCUMENTS.gallarate);

// Parsed from GALLARATE_SPENDING_BY_CHANNEL_2022_INPUT in test/datasets/gallarate-inputs/spending.ts, which gives the
// table as printed (Italian numbers) with the line of each row.
/**
 * Tabella 2.4 of Gallarate's Piano di Zona, "Risorse impiegate nel settore sociale per canale di finanziamento
 * 2022 (valori assoluti in €)" (lines 3115-3181): nine areas of spending by eight funding channels, with the
 * printed "Totale entrate" of each area, the "Totale" row and the grand total 19.834.861 €. Every total is right to
 * the euro (`checkFundTable` finds nothing). The PDF split some figures across lines ("428.6" / "08"): they
 * are joined here (428.608, 43.129, 104.318, 584.956).
 *
 * @example
 * ```ts
 * import { checkFundTable, fundTableTotals } from "piano-di-zona";
 * import { GALLARATE_SPENDING_BY_CHANNEL_2022 } from "piano-di-zona/datasets";
 * checkFundTable(GALLARATE_SPENDING_BY_CHANNEL_2022) //=> []
 * fundTableTotals(GALLARATE_SPENDING_BY_CHANNEL_2022).grandTotal.toString() //=> "19834861"
 * ```
 * @category Datasets
 */
export const GALLARATE_SPENDING_BY_CHANNEL_2022: DeepReadonly<FundTable> = deepFreeze<FundTable>({
  title: "Risorse impiegate nel settore sociale per canale di finanziamento 2022 (valori assoluti in €)",
  columns: [
    "Comune",
    "Utenza",
    "Altri enti pubblici",
    "Altre tipologie entrata",
    "FSR",
    "FNPS",
    "Gestione associata del PdZ",
    "Fondo Sistema Educativo 0-6",
  ],
  rows: [
    {
      label: "Minori-Famiglia",
      amounts: [
        d("6530195"),
        d("743422"),
        d("271906"),
        d("42922"),
        d("428608"),
        d("155683"),
        d("0"),
        d("35784"),
      ],
      statedTotal: d("8208520"),
    },
    {
      label: "Disabili",
      amounts: [d("5049944"), d("62119"), d("224226"), d("0"), d("43129"), d("17210"), d("0"), d("0")],
      statedTotal: d("5396628"),
    },
    {
      label: "Compartecipazione-servizi soc sanitari integrati",
      amounts: [d("2808959"), d("31655"), d("0"), d("0"), d("0"), d("0"), d("0"), d("0")],
      statedTotal: d("2840614"),
    },
    {
      label: "SVZ sociale professionale",
      amounts: [d("1663998"), d("0"), d("0"), d("0"), d("0"), d("0"), d("0"), d("0")],
      statedTotal: d("1663998"),
    },
    {
      label: "Emarginazione-povertà",
      amounts: [d("203469"), d("2564"), d("669357"), d("42054"), d("8836"), d("54359"), d("0"), d("0")],
      statedTotal: d("980639"),
    },
    {
      label: "Anziani",
      amounts: [d("464158"), d("95416"), d("40729"), d("957"), d("104318"), d("11423"), d("7049"), d("0")],
      statedTotal: d("724050"),
    },
    {
      label: "Immigrazione",
      amounts: [d("5512"), d("0"), d("12639"), d("0"), d("0"), d("1160"), d("0"), d("0")],
      statedTotal: d("19311"),
    },
    {
      label: "Salute mentale",
      amounts: [d("1036"), d("0"), d("0"), d("0"), d("65"), d("0"), d("0"), d("0")],
      statedTotal: d("1101"),
    },
    {
      label: "Dipendenze",
      amounts: [d("0"), d("0"), d("0"), d("0"), d("0"), d("0"), d("0"), d("0")],
      statedTotal: d("0"),
    },
  ],
  statedColumnTotals: [
    d("16727271"),
    d("935176"),
    d("1218857"),
    d("85933"),
    d("584956"),
    d("239835"),
    d("7049"),
    d("35784"),
  ],
  statedGrandTotal: d("19834861"),
  sources: [lines(3115, 3181)],
});

/**
 * A share of Gallarate's 2022 social spending as the document prints it, with the channel's amount from
 * Tabella 2.4 and where it is printed.
 * @category Datasets
 */
export interface GallarateStatedShare extends StatedShare {
  readonly source: SourceReference;
}

// `part` is the channel's amount of Tabella 2.4 in canonical text; the shares as printed are
// GALLARATE_FUNDING_SHARES_2022_PRINTED and GALLARATE_TEXT_SHARES_2022_PRINTED in test/datasets/gallarate-inputs/spending.ts.
function share(label: string, part: string, statedPercent: string, line: number): GallarateStatedShare {
  return { label, part, statedPercent, source: lines(line) };
}

/**
 * The "Ambito" column of Tabella 2.3 "Provenienza entrate 2022" (lines 3076-3090): each channel's share of the
 * 19.834.861 € as printed, paired with the channel's amount in Tabella 2.4 (0 for the funds that table does not
 * list). All 13 agree with the amounts to their printed decimal; the column itself sums to 99,8%, as shares rounded
 * one by one may.
 *
 * @example
 * ```ts
 * import { checkStatedShares } from "piano-di-zona";
 * import { GALLARATE_FUNDING_SHARES_2022 } from "piano-di-zona/datasets";
 * checkStatedShares(GALLARATE_FUNDING_SHARES_2022, 19834861) //=> []
 * ```
 * @category Datasets
 */
export const GALLARATE_FUNDING_SHARES_2022: DeepReadonly<GallarateStatedShare[]> = deepFreeze([
  share("Comune", "16727271", "84,3%", 3078),
  share("Utenza", "935176", "4,7%", 3079),
  share("Altri enti pubblici", "1218857", "6,1%", 3080),
  share("Altre tipologie entrata", "85933", "0,4%", 3081),
  share("Fondo sociale regionale", "584956", "2,9%", 3082),
  share("FNPS", "239835", "1,2%", 3083),
  share("Fondo per le non autosufficienze", "0", "0,0%", 3084),
  share("Fondo Intesa Famiglia", "0", "0,0%", 3085),
  share("Gestione Associata Piano di Zona", "7049", "0,0%", 3086),
  share("Fondo Dopo di Noi", "0", "0,0%", 3087),
  share("Fondo Sistema Educativo 0-6", "35784", "0,2%", 3088),
  share("Fondo Nazionale Povertà", "0", "0,0%", 3089),
  share("Fondo asilo migrazione e integrazione", "0", "0,0%", 3090),
]);

/**
 * The shares Gallarate's text gives for 2022 (lines 3066-3073), paired with the amounts of Tabella 2.4. One is
 * wrong: "per lo 0,6% dal Fondo per il Sistema Educativo 0-6" (line 3073), where 35.784 € of 19.834.861 € is
 * 0,18% (Tabella 2.3 prints 0,2%).
 *
 * @example
 * ```ts
 * import { checkStatedShares } from "piano-di-zona";
 * import { GALLARATE_TEXT_SHARES_2022 } from "piano-di-zona/datasets";
 * checkStatedShares(GALLARATE_TEXT_SHARES_2022, 19834861).map((finding) => [finding.stated, finding.computed]) //=> [["0.6", "0.18"]]
 * ```
 * @category Datasets
 */
export const GALLARATE_TEXT_SHARES_2022: DeepReadonly<GallarateStatedShare[]> = deepFreeze([
  share("Comune", "16727271", "84%", 3067),
  share("Altri enti pubblici", "1218857", "6%", 3069),
  share("Utenza", "935176", "4,7%", 3071),
  share("Altre tipologie entrata", "85933", "0,4%", 3071),
  share("Fondo Sociale Regionale", "584956", "2,9%", 3072),
  share("FNPS", "239835", "1,2%", 3072),
  share("Fondo Sistema Educativo 0-6", "35784", "0,6%", 3073),
]);

/**
 * One area of Gallarate's Tabella 4.2 "Analisi utenze Gallaratese 2022": the spending, its printed share, the
 * users, and the mean cost per user the text states, all as printed.
 * @category Datasets
 */
export interface GallarateAreaSpending {
  readonly area: string;
  /** "Spesa", as printed ("-" is written "0"). */
  readonly spending: string;
  /** "Spesa in % sul totale", as printed. */
  readonly sharePrinted: string;
  /** "Numero Utenti"; `null` where the cell is blank. */
  readonly users: number | null;
  /** The "costo medio per utente" of the text (lines 3448-3469), as printed, where it gives one. */
  readonly costPerUserPrinted?: string;
  readonly source: SourceReference;
}

function area(
  name: string,
  spending: string,
  sharePrinted: string,
  users: number | null,
  line: number,
  costPerUserPrinted?: string,
): GallarateAreaSpending {
  return {
    area: name,
    spending,
    sharePrinted,
    users,
    ...(costPerUserPrinted === undefined ? {} : { costPerUserPrinted }),
    source: lines(line),
  };
}

/**
 * Tabella 4.2 of Gallarate's plan (lines 3498-3516), with the mean costs per user of the text (lines 3445-3469)
 * and the total it states, "€ 19.827.811,00" (line 3425). The rows add up to that total and every printed share is
 * right on it; the costs per user are the spending divided by the users, rounded to the euro (five of them are
 * then printed with ",00" as if to the cent).
 *
 * The table does not match Tabella 2.4 of the same plan ({@link GALLARATE_SPENDING_BY_CHANNEL_2022}): the total
 * is 7.050 € lower (Anziani 717.001 € against 724.050 €, the 7.049 € of "gestione associata" left out) and four
 * areas differ by 1 or 2 €.
 *
 * @example
 * ```ts
 * import { checkStatedSum } from "piano-di-zona";
 * import { GALLARATE_SPENDING_BY_AREA_2022 } from "piano-di-zona/datasets";
 * const parts = GALLARATE_SPENDING_BY_AREA_2022.map((row) => row.spending);
 * checkStatedSum(parts, "19.827.811,00") //=> []
 * checkStatedSum(parts, "19.834.861").map((finding) => finding.code) //=> ["stated_sum_mismatch"]
 * ```
 * @category Datasets
 */
export const GALLARATE_SPENDING_BY_AREA_2022: DeepReadonly<GallarateAreaSpending[]> = deepFreeze([
  area("Minori-Famiglia", "8.208.518,00", "41,40%", 4418, 3501, "1.858"),
  area("Disabili", "5.396.627,00", "27,22%", 1051, 3502, "5.135,00"),
  area(
    "Compartecipazione-servizi socio-sanitari integrati",
    "2.840.614,00",
    "14,33%",
    192,
    3506,
    "14.795,00",
  ),
  area("Servizio sociale professionale", "1.663.999,00", "8,39%", null, 3509),
  area("Emarginazione-povertà", "980.640,00", "4,95%", 1127, 3510, "870"),
  area("Anziani", "717.001,00", "3,62%", 895, 3511, "801,00"),
  area("Immigrazione", "19.311,00", "0,10%", 14, 3512, "1.379,00"),
  area("Salute Mentale", "1.101,00", "0,01%", 2, 3513, "551,00"),
  area("Dipendenze", "0", "0,00%", 0, 3514),
]);
