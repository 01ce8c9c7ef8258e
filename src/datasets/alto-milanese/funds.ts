import { deepFreeze, type DeepReadonly } from "../../core/deep-freeze.js";
import type { FundTable } from "../../model/fund-table.js";
import { dec as d } from "../_dec.js";
import { DOCUMENTS, linesIn } from "../_sources.js";

const lines = linesIn(DOCUMENTS.altoMilanese);

// Parsed from ALTO_MILANESE_FUNDS_2022_2024_INPUT in test/datasets/alto-milanese-inputs/funds.ts, which gives each
// row as printed with its line.
/**
 * The funds assigned to the Ambito Alto Milanese in 2022, 2023 and 2024 (Piano di Zona 2025-2027, §2.2, lines
 * 467-500): 31 funds and projects by year, with the printed "TOTALE" row. Amounts are as printed ("- €" = 0).
 *
 * The printed totals are each wrong by exactly the year: 12.719.506,62 € against a true sum of 12.717.484,62 €
 * (2022), 10.192.618,56 € against 10.190.595,56 € (2023), 10.791.454,99 € against 10.789.430,99 € (2024), as if
 * the spreadsheet had summed the header row; `checkFundTable` reports the three.
 *
 * @example
 * ```ts
 * import { checkFundTable, fundTableTotals } from "piano-di-zona";
 * import { ALTO_MILANESE_FUNDS_2022_2024 } from "piano-di-zona/datasets";
 * fundTableTotals(ALTO_MILANESE_FUNDS_2022_2024).byColumn.map((total) => total.toFixed(2)) //=> ["12717484.62", "10190595.56", "10789430.99"]
 * checkFundTable(ALTO_MILANESE_FUNDS_2022_2024).map((finding) => finding.stated) //=> ["12719506.62", "10192618.56", "10791454.99"]
 * ```
 * @category Datasets
 */
export const ALTO_MILANESE_FUNDS_2022_2024: DeepReadonly<FundTable> = deepFreeze<FundTable>({
  title: "Assegnazioni dei principali fondi d'ambito e delle progettualità, 2022-2024",
  columns: ["2022", "2023", "2024"],
  rows: [
    {
      label: "Fondo Nazionale Politiche Sociali",
      fund: "fnps",
      amounts: [d("1409309.58"), d("1448860.23"), d("1411261.34")],
    },
    {
      label: "Fondo Sociale Regionale",
      fund: "fondo-sociale-regionale",
      amounts: [d("1338061.58"), d("1354210.8"), d("1361403.08")],
    },
    {
      label: "Fondo Non Autosufficienza",
      fund: "fna",
      amounts: [d("804483"), d("1002668"), d("1017735.18")],
    },
    { label: "Dopo di Noi", fund: "dopo-di-noi", amounts: [d("275146.48"), d("303090"), d("302474")] },
    { label: "Reddito di autonomia", amounts: [d("38400"), d("0"), d("0")] },
    { label: "Fondo assistenza caregiver familiare", amounts: [d("44605.77"), d("52482.53"), d("0")] },
    { label: "Misura B1", fund: "misura-b1", amounts: [d("0"), d("0"), d("74953.74")] },
    { label: "Pro.VI. – Progetti di vita indipendente", amounts: [d("80000"), d("80000"), d("80000")] },
    {
      label: "Fondi assistenza educativa scolastica scuole superiori",
      amounts: [d("1356114"), d("1338111"), d("1603907")],
    },
    { label: "Misura 6 - Minori in comunità", amounts: [d("819502.72"), d("871181.94"), d("852006.56")] },
    { label: "FAMI Lab Impact", fund: "fami", amounts: [d("296727.55"), d("0"), d("0")] },
    { label: "FAMI NOI", fund: "fami", amounts: [d("474467.79"), d("0"), d("0")] },
    {
      label: "Fondo lotta povertà",
      fund: "fondo-poverta",
      amounts: [d("1617299.56"), d("1415558.18"), d("1345143.6")],
    },
    {
      label: "Fondo lotta povertà – quota povertà estrema",
      fund: "fondo-poverta-estrema",
      amounts: [d("76885.89"), d("76885.89"), d("76885.89")],
    },
    { label: "Fondo PAIS", amounts: [d("139868.7"), d("0"), d("0")] },
    { label: "Fondo PRINS", amounts: [d("323500"), d("0"), d("0")] },
    { label: "Fondo Misura unica covid", amounts: [d("1305466"), d("364789.79"), d("0")] },
    { label: "Agenzia locazione - Misura 6", amounts: [d("39144"), d("0"), d("0")] },
    {
      label: "Fondi legge di bilancio per assunzioni assistenti sociali",
      amounts: [d("654100"), d("730360.08"), d("735181.46")],
    },
    { label: "Fondo conciliazione", amounts: [d("110000"), d("0"), d("0")] },
    { label: "Fondo assistenti familiari – Quota sportello", amounts: [d("39402"), d("58596"), d("62277")] },
    { label: "Fondo PIPPI", amounts: [d("50000"), d("62500"), d("62500")] },
    { label: "PNRR – Investimento 1.2", fund: "pnrr", amounts: [d("715000"), d("0"), d("0")] },
    { label: "PNRR – Investimento 1.3", fund: "pnrr", amounts: [d("710000"), d("0"), d("0")] },
    { label: "Bando SPRINT", amounts: [d("0"), d("0"), d("299946.08")] },
    { label: "PCTO", amounts: [d("0"), d("8000"), d("0")] },
    { label: "Good Times", amounts: [d("0"), d("94853.12"), d("81188.56")] },
    { label: "Inside Out", amounts: [d("0"), d("200000"), d("0")] },
    { label: "300 + 1", amounts: [d("0"), d("7500"), d("0")] },
    { label: "Risorse FNNA PUA", fund: "fna", amounts: [d("0"), d("0"), d("200000")] },
    { label: "SAI", amounts: [d("0"), d("720948"), d("1222567.5")] },
  ],
  statedColumnTotals: [d("12719506.62"), d("10192618.56"), d("10791454.99")],
  sources: [lines(467, 500)],
});
