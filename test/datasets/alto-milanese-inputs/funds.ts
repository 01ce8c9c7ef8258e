import type { FundId } from "../../../src/catalog/funds.js";
import type { FundTableInput } from "../../../src/model/fund-table.js";
import { DOCUMENTS, linesIn } from "../../../src/datasets/_sources.js";

// The table of the Ambito Alto Milanese's funds 2022-2024 as printed (Piano di Zona 2025-2027, §2.2, lines 467-500),
// from which ALTO_MILANESE_FUNDS_2022_2024 is parsed. The table is printed the Italian way ("1.409.309,58"): parse it
// with { numbers: "italian" }.
const lines = linesIn(DOCUMENTS.altoMilanese);

// One row of the table as printed (L468-499): heading, fund id where the catalogue has one, and the three years.
// A dash ("- €") in the document is 0.
type Row = readonly [
  line: number,
  label: string,
  fund: FundId | undefined,
  y2022: string,
  y2023: string,
  y2024: string,
];

const ROWS: readonly Row[] = [
  [468, "Fondo Nazionale Politiche Sociali", "fnps", "1.409.309,58", "1.448.860,23", "1.411.261,34"],
  [469, "Fondo Sociale Regionale", "fondo-sociale-regionale", "1.338.061,58", "1.354.210,80", "1.361.403,08"],
  [470, "Fondo Non Autosufficienza", "fna", "804.483,00", "1.002.668,00", "1.017.735,18"],
  [471, "Dopo di Noi", "dopo-di-noi", "275.146,48", "303.090,00", "302.474,00"],
  [472, "Reddito di autonomia", undefined, "38.400,00", "0", "0"],
  [473, "Fondo assistenza caregiver familiare", undefined, "44.605,77", "52.482,53", "0"],
  [474, "Misura B1", "misura-b1", "0", "0", "74.953,74"],
  [475, "Pro.VI. – Progetti di vita indipendente", undefined, "80.000,00", "80.000,00", "80.000,00"],
  [
    476,
    "Fondi assistenza educativa scolastica scuole superiori",
    undefined,
    "1.356.114,00",
    "1.338.111,00",
    "1.603.907,00",
  ],
  [477, "Misura 6 - Minori in comunità", undefined, "819.502,72", "871.181,94", "852.006,56"],
  [478, "FAMI Lab Impact", "fami", "296.727,55", "0", "0"],
  [479, "FAMI NOI", "fami", "474.467,79", "0", "0"],
  [480, "Fondo lotta povertà", "fondo-poverta", "1.617.299,56", "1.415.558,18", "1.345.143,60"],
  [
    482,
    "Fondo lotta povertà – quota povertà estrema",
    "fondo-poverta-estrema",
    "76.885,89",
    "76.885,89",
    "76.885,89",
  ],
  [483, "Fondo PAIS", undefined, "139.868,70", "0", "0"],
  [484, "Fondo PRINS", undefined, "323.500,00", "0", "0"],
  [485, "Fondo Misura unica covid", undefined, "1.305.466,00", "364.789,79", "0"],
  [486, "Agenzia locazione - Misura 6", undefined, "39.144,00", "0", "0"],
  [
    487,
    "Fondi legge di bilancio per assunzioni assistenti sociali",
    undefined,
    "654.100,00",
    "730.360,08",
    "735.181,46",
  ],
  [488, "Fondo conciliazione", undefined, "110.000,00", "0", "0"],
  [489, "Fondo assistenti familiari – Quota sportello", undefined, "39.402,00", "58.596,00", "62.277,00"],
  [490, "Fondo PIPPI", undefined, "50.000,00", "62.500,00", "62.500,00"],
  [491, "PNRR – Investimento 1.2", "pnrr", "715.000,00", "0", "0"],
  [492, "PNRR – Investimento 1.3", "pnrr", "710.000,00", "0", "0"],
  [493, "Bando SPRINT", undefined, "0", "0", "299.946,08"],
  [494, "PCTO", undefined, "0", "8.000,00", "0"],
  [495, "Good Times", undefined, "0", "94.853,12", "81.188,56"],
  [496, "Inside Out", undefined, "0", "200.000,00", "0"],
  [497, "300 + 1", undefined, "0", "7.500,00", "0"],
  [498, "Risorse FNNA PUA", "fna", "0", "0", "200.000,00"],
  [499, "SAI", undefined, "0", "720.948,00", "1.222.567,50"],
];

export const ALTO_MILANESE_FUNDS_2022_2024_INPUT: FundTableInput = {
  title: "Assegnazioni dei principali fondi d'ambito e delle progettualità, 2022-2024",
  columns: ["2022", "2023", "2024"],
  rows: ROWS.map(([, label, fund, ...amounts]) => ({
    label,
    ...(fund === undefined ? {} : { fund }),
    amounts,
  })),
  statedColumnTotals: ["12.719.506,62", "10.192.618,56", "10.791.454,99"],
  sources: [lines(467, 500)],
};
