import { deepFreeze, type DeepReadonly } from "../../core/deep-freeze.js";
import { parseItalianNumber } from "../../core/italian-number.js";
import type { SourceReference } from "../../core/source.js";
import type { StatedShare } from "../../finance/check-stated-shares.js";
import { parseFundTable, type FundTable } from "../../model/fund-table.js";
import { DOCUMENTS, linesIn } from "../_sources.js";

const lines = linesIn(DOCUMENTS.gallarate);

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
export const GALLARATE_SPENDING_BY_CHANNEL_2022: DeepReadonly<FundTable> = deepFreeze(
  parseFundTable(
    {
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
        // L3139-3142
        {
          label: "Minori-Famiglia",
          statedTotal: "8.208.520",
          amounts: ["6.530.195", "743.422", "271.906", "42.922", "428.608", "155.683", "0", "35.784"],
        },
        // L3144-3147
        {
          label: "Disabili",
          statedTotal: "5.396.628",
          amounts: ["5.049.944", "62.119", "224.226", "0", "43.129", "17.210", "0", "0"],
        },
        // L3149-3153
        {
          label: "Compartecipazione-servizi soc sanitari integrati",
          statedTotal: "2.840.614",
          amounts: ["2.808.959", "31.655", "0", "0", "0", "0", "0", "0"],
        },
        // L3155-3158
        {
          label: "SVZ sociale professionale",
          statedTotal: "1.663.998",
          amounts: ["1.663.998", "0", "0", "0", "0", "0", "0", "0"],
        },
        // L3160-3163
        {
          label: "Emarginazione-povertà",
          statedTotal: "980.639",
          amounts: ["203.469", "2.564", "669.357", "42.054", "8.836", "54.359", "0", "0"],
        },
        // L3165-3168
        {
          label: "Anziani",
          statedTotal: "724.050",
          amounts: ["464.158", "95.416", "40.729", "957", "104.318", "11.423", "7.049", "0"],
        },
        // L3170
        {
          label: "Immigrazione",
          statedTotal: "19.311",
          amounts: ["5.512", "0", "12.639", "0", "0", "1.160", "0", "0"],
        },
        // L3172
        {
          label: "Salute mentale",
          statedTotal: "1.101",
          amounts: ["1.036", "0", "0", "0", "65", "0", "0", "0"],
        },
        // L3174
        { label: "Dipendenze", statedTotal: "0", amounts: ["0", "0", "0", "0", "0", "0", "0", "0"] },
      ],
      // L3176-3179
      statedColumnTotals: [
        "16.727.271",
        "935.176",
        "1.218.857",
        "85.933",
        "584.956",
        "239.835",
        "7.049",
        "35.784",
      ],
      statedGrandTotal: "19.834.861",
      sources: [lines(3115, 3181)],
    },
    // The table is printed the Italian way ("1.409.309,58"): read it so until the dataset holds canonical figures.
    { numbers: "italian" },
  ),
);

/**
 * A share of Gallarate's 2022 social spending as the document prints it, with the channel's amount from
 * Tabella 2.4 and where it is printed.
 * @category Datasets
 */
export interface GallarateStatedShare extends StatedShare {
  readonly source: SourceReference;
}

function share(label: string, part: string, statedPercent: string, line: number): GallarateStatedShare {
  parseItalianNumber(statedPercent);
  return {
    label,
    part: parseItalianNumber(part).toString(),
    statedPercent,
    source: lines(line),
  };
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
  share("Comune", "16.727.271", "84,3%", 3078),
  share("Utenza", "935.176", "4,7%", 3079),
  share("Altri enti pubblici", "1.218.857", "6,1%", 3080),
  share("Altre tipologie entrata", "85.933", "0,4%", 3081),
  share("Fondo sociale regionale", "584.956", "2,9%", 3082),
  share("FNPS", "239.835", "1,2%", 3083),
  share("Fondo per le non autosufficienze", "0", "0,0%", 3084),
  share("Fondo Intesa Famiglia", "0", "0,0%", 3085),
  share("Gestione Associata Piano di Zona", "7.049", "0,0%", 3086),
  share("Fondo Dopo di Noi", "0", "0,0%", 3087),
  share("Fondo Sistema Educativo 0-6", "35.784", "0,2%", 3088),
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
  share("Comune", "16.727.271", "84%", 3067),
  share("Altri enti pubblici", "1.218.857", "6%", 3069),
  share("Utenza", "935.176", "4,7%", 3071),
  share("Altre tipologie entrata", "85.933", "0,4%", 3071),
  share("Fondo Sociale Regionale", "584.956", "2,9%", 3072),
  share("FNPS", "239.835", "1,2%", 3072),
  share("Fondo Sistema Educativo 0-6", "35.784", "0,6%", 3073),
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
  parseItalianNumber(spending);
  parseItalianNumber(sharePrinted);
  if (costPerUserPrinted !== undefined) parseItalianNumber(costPerUserPrinted);
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
