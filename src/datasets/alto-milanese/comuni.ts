import type { Decimal } from "../../core/decimal.js";
import { deepFreeze, type DeepReadonly } from "../../core/deep-freeze.js";
import type { SourceReference } from "../../core/source.js";
import { dec } from "../_dec.js";
import { DOCUMENTS, linesIn } from "../_sources.js";

const lines = linesIn(DOCUMENTS.altoMilanese);

/**
 * One comune of the Ambito Alto Milanese at 01/01/2024 (ISTAT), as the Piano di Zona prints it in two tables:
 * population, area and density (L241-265), and foreign residents (L421-445). Integers are kept as numbers; every
 * other figure is kept as the printed text (`"8,3"`, `"12.85"`, `"4,5%"`), since its printed form is what the
 * checks judge. `areaKm2` is the area read exactly from that text.
 * @category Datasets
 */
export interface AltoMilaneseComune {
  readonly comune: string;
  readonly males: number;
  readonly females: number;
  readonly total: number;
  /** "SUPERFICIE (km2)", as printed. */
  readonly areaPrinted: string;
  /** The area, read exactly from `areaPrinted`. */
  readonly areaKm2: Decimal;
  /** "DENSITA' DI POPOLAZIONE", as printed. */
  readonly densityPrinted: string;
  readonly source: SourceReference;
  /** The foreign-population table's row: every cell as printed. */
  readonly foreigners: {
    /** "POP. ISTAT 01/01/24" (with or without thousands separator, as printed). */
    readonly population: string;
    readonly males: string;
    readonly females: string;
    readonly total: string;
    /** "INCIDENZA POP. STRANIERA". */
    readonly share: string;
    readonly source: SourceReference;
  };
}

type Row = readonly [string, number, number, number, string, string, string, number, ...string[]];

function comune(
  [name, males, females, total, area, areaKm2, density, foreignLine, ...foreign]: Row,
  line: number,
): AltoMilaneseComune {
  return {
    comune: name,
    males,
    females,
    total,
    areaPrinted: area,
    areaKm2: dec(areaKm2),
    densityPrinted: density,
    source: lines(line),
    foreigners: {
      population: foreign[0] ?? "",
      males: foreign[1] ?? "",
      females: foreign[2] ?? "",
      total: foreign[3] ?? "",
      share: foreign[4] ?? "",
      source: lines(foreignLine),
    },
  };
}

// Line of the population row; name, M, F, T, area as printed and in canonical text, density; line of the foreign row
// and its five cells. test/datasets/dataset-literals.test.ts checks that each canonical area reads the printed one.
const ROWS: readonly (readonly [number, Row])[] = [
  [242, ["Arconate", 3336, 3488, 6824, "8,3", "8.3", "822,17", 422, "6.824", "140", "167", "307", "4,5%"]],
  [
    243,
    ["Bernate Ticino", 1453, 1488, 2941, "12,1", "12.1", "243,06", 423, "2.941", "71", "69", "140", "5%"],
  ],
  [244, ["Buscate", 2328, 2352, 4680, "7,83", "7.83", "597,70", 424, "4.680", "188", "192", "380", "8%"]],
  [
    245,
    [
      "Busto Garolfo",
      7000,
      7042,
      14042,
      "12,99",
      "12.99",
      "1080,99",
      425,
      "14.042",
      "548",
      "540",
      "1.088",
      "8%",
    ],
  ],
  [
    246,
    ["Canegrate", 6112, 6453, 12565, "5,25", "5.25", "2393,33", 426, "12.565", "607", "678", "12.85", "10%"],
  ],
  [
    247,
    [
      "Castano Primo",
      5399,
      5461,
      10860,
      "19,1",
      "19.1",
      "568,59",
      427,
      "10.860",
      "690",
      "607",
      "1.297",
      "12%",
    ],
  ],
  [
    248,
    [
      "Cerro Maggiore",
      7381,
      7650,
      15031,
      "10,12",
      "10.12",
      "1485,28",
      428,
      "15.031",
      "601",
      "649",
      "1.250",
      "8,5%",
    ],
  ],
  [249, ["Cuggiono", 4007, 4072, 8079, "14", "14", "577,07", 429, "8079", "358", "407", "765", "9,5%"]],
  [250, ["Dairago", 3115, 3269, 6384, "5,6", "5.6", "1140,00", 431, "6.384", "143", "171", "314", "5%"]],
  [251, ["Inveruno", 4135, 4309, 8444, "12,2", "12.2", "692,13", 432, "8.444", "257", "328", "585", "7%"]],
  [
    252,
    ["Legnano", 29168, 31275, 60443, "17", "17", "3555,47", 433, "60.443", "3.936", "4.318", "8.254", "14%"],
  ],
  [253, ["Magnago", 4716, 4792, 9508, "11,3", "11.3", "841,42", 434, "9508", "327", "325", "652", "7%"]],
  [
    254,
    ["Nerviano", 8249, 8653, 16902, "13,5", "13.5", "1252,00", 435, "16.902", "626", "717", "1.343", "8%"],
  ],
  [255, ["Nosate", 307, 337, 644, "5", "5", "128,80", 436, "644", "9", "13", "22", "3,5%"]],
  [
    256,
    [
      "Parabiago",
      13851,
      14310,
      28161,
      "14,16",
      "14.16",
      "1988,77",
      437,
      "28.161",
      "1194",
      "1387",
      "2581",
      "9%",
    ],
  ],
  [
    257,
    ["Rescaldina", 7002, 7244, 14246, "8,03", "8.03", "1774,10", 438, "14.246", "591", "702", "1293", "9%"],
  ],
  [
    258,
    [
      "Robecchetto con Induno",
      2377,
      2418,
      4795,
      "13,9",
      "13.9",
      "344,96",
      439,
      "4795",
      "183",
      "171",
      "354",
      "7,5%",
    ],
  ],
  [
    259,
    [
      "San Giorgio su Legnano",
      3314,
      3426,
      6740,
      "2,3",
      "2.3",
      "2930,43",
      440,
      "6740",
      "335",
      "354",
      "689",
      "10%",
    ],
  ],
  [
    260,
    ["San Vittore Olona", 4075, 4266, 8341, "3,4", "3.4", "2453,24", 441, "8341", "454", "486", "940", "11%"],
  ],
  [262, ["Turbigo", 3519, 3587, 7106, "8,5", "8.5", "836,00", 442, "7106", "562", "491", "1053", "14%"]],
  [263, ["Vanzaghello", 2623, 2726, 5349, "5,5", "5.5", "972,55", 443, "5349", "198", "189", "387", "7%"]],
  [
    264,
    ["Villa Cortese", 3060, 3162, 6222, "3,6", "3.6", "1728,33", 444, "6222", "153", "181", "334", "5,5%"],
  ],
];

/**
 * Ambito Alto Milanese (Città Metropolitana di Milano): its 22 comuni at 01/01/2024 — population by sex, area,
 * density and foreign residents — and the tables' "TOTALE" rows, as printed in the Piano di Zona 2025-2027
 * (seed 004, L241-265 and L421-445). Kept with the document's slips: Canegrate's foreign total is printed
 * "12.85" (for 1.285), Turbigo's incidence "14%" (for 14,82%), and the sentence before the table (L419) gives the
 * whole population, 258.307, as the number of foreigners, "pari al 9%".
 *
 * @example
 * ```ts
 * import { ALTO_MILANESE_COMUNI_2024 } from "piano-di-zona/datasets";
 * ALTO_MILANESE_COMUNI_2024.comuni.length //=> 22
 * ALTO_MILANESE_COMUNI_2024.comuni[10]?.comune //=> "Legnano"
 * ALTO_MILANESE_COMUNI_2024.comuni[0]?.areaKm2.toString() //=> "8.3"
 * ALTO_MILANESE_COMUNI_2024.printedTotals.areaPrinted //=> "213,68"
 * ```
 * @category Datasets
 */
export const ALTO_MILANESE_COMUNI_2024: DeepReadonly<{
  referenceDate: string;
  comuni: AltoMilaneseComune[];
  printedTotals: AltoMilaneseComune;
  foreignersInText: { foreigners: string; share: string; source: SourceReference };
}> = deepFreeze({
  referenceDate: "2024-01-01",
  comuni: ROWS.map(([line, row]) => comune(row, line)),
  printedTotals: comune(
    [
      "TOTALE",
      126527,
      131780,
      258307,
      "213,68",
      "213.68",
      "1208,85",
      445,
      "258307",
      "12171",
      "13142",
      "25313",
      "10%",
    ],
    265,
  ),
  // "una popolazione straniera di 258.307 abitanti, pari al 9% della popolazione residente"
  foreignersInText: { foreigners: "258.307", share: "9%", source: lines(419) },
});
