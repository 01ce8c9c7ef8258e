import type { FundTableInput } from "../../../src/model/fund-table.js";
import { DOCUMENTS, linesIn } from "../../../src/datasets/_sources.js";

// Tabella 2.4 of Gallarate's Piano di Zona as printed (lines 3115-3181), from which GALLARATE_SPENDING_BY_CHANNEL_2022
// is parsed: the PDF split some figures across lines ("428.6" / "08"); they are joined here (428.608, 43.129,
// 104.318, 584.956). The table is printed the Italian way ("1.409.309,58"): parse it with { numbers: "italian" }.
const lines = linesIn(DOCUMENTS.gallarate);

export const GALLARATE_SPENDING_BY_CHANNEL_2022_INPUT: FundTableInput = {
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
};

// The shares of Tabella 2.3 (GALLARATE_FUNDING_SHARES_2022) and of the text (GALLARATE_TEXT_SHARES_2022) as
// printed: label, the channel's amount in Tabella 2.4, the stated percent and its line.
export const GALLARATE_FUNDING_SHARES_2022_PRINTED: readonly (readonly [string, string, string, number])[] = [
  ["Comune", "16.727.271", "84,3%", 3078],
  ["Utenza", "935.176", "4,7%", 3079],
  ["Altri enti pubblici", "1.218.857", "6,1%", 3080],
  ["Altre tipologie entrata", "85.933", "0,4%", 3081],
  ["Fondo sociale regionale", "584.956", "2,9%", 3082],
  ["FNPS", "239.835", "1,2%", 3083],
  ["Fondo per le non autosufficienze", "0", "0,0%", 3084],
  ["Fondo Intesa Famiglia", "0", "0,0%", 3085],
  ["Gestione Associata Piano di Zona", "7.049", "0,0%", 3086],
  ["Fondo Dopo di Noi", "0", "0,0%", 3087],
  ["Fondo Sistema Educativo 0-6", "35.784", "0,2%", 3088],
  ["Fondo Nazionale Povertà", "0", "0,0%", 3089],
  ["Fondo asilo migrazione e integrazione", "0", "0,0%", 3090],
];

export const GALLARATE_TEXT_SHARES_2022_PRINTED: readonly (readonly [string, string, string, number])[] = [
  ["Comune", "16.727.271", "84%", 3067],
  ["Altri enti pubblici", "1.218.857", "6%", 3069],
  ["Utenza", "935.176", "4,7%", 3071],
  ["Altre tipologie entrata", "85.933", "0,4%", 3071],
  ["Fondo Sociale Regionale", "584.956", "2,9%", 3072],
  ["FNPS", "239.835", "1,2%", 3072],
  ["Fondo Sistema Educativo 0-6", "35.784", "0,6%", 3073],
];
