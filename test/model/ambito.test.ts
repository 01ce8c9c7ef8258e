import { describe, expect, it } from "vitest";
import { ALTO_MILANESE_COMUNI_2024 } from "../../src/datasets/alto-milanese/comuni.js";
import { AmbitoSchema, DistrettoSchema } from "../../src/model/ambito.js";
import { checkOrganComposition } from "../../src/governance/check-organ-composition.js";
import { decide } from "../../src/governance/decide.js";
import { missingSignatories } from "../../src/governance/missing-signatories.js";
import { OrganSchema } from "../../src/model/organ.js";

const slug = (name: string): string =>
  name
    .toLowerCase()
    .normalize("NFD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

// The Castanese comuni; the others are Legnanese. The document prints no membership: this partition reproduces
// the printed district totals (seed 004 L239), as the extraction notes show.
const CASTANESE = new Set([
  "Arconate",
  "Bernate Ticino",
  "Buscate",
  "Castano Primo",
  "Cuggiono",
  "Inveruno",
  "Magnago",
  "Nosate",
  "Robecchetto con Induno",
  "Turbigo",
  "Vanzaghello",
]);

const comuni = ALTO_MILANESE_COMUNI_2024.comuni.map((comune) => ({
  id: `comune-di-${slug(comune.comune)}`,
  name: comune.comune,
  population: { count: comune.total, referenceDate: ALTO_MILANESE_COMUNI_2024.referenceDate },
}));

// seed 004 L235-265, L556, L573, L640: 22 comuni, capofila the Azienda Sociale del Legnanese, two health districts.
const altoMilanese = AmbitoSchema.parse({
  id: "ambito-alto-milanese",
  name: "Ambito Alto Milanese",
  comuni,
  capofila: "azienda-sociale-del-legnanese",
  ats: { id: "ats-citta-metropolitana-di-milano", name: "ATS della Città Metropolitana di Milano" },
  asst: { id: "asst-ovest-milanese", name: "ASST Ovest Milanese" },
  distretti: [
    {
      name: "Distretto Legnanese",
      comuni: comuni.filter((comune) => !CASTANESE.has(comune.name)).map((comune) => comune.id),
    },
    {
      name: "Distretto Castanese",
      comuni: comuni.filter((comune) => CASTANESE.has(comune.name)).map((comune) => comune.id),
    },
  ],
});

const populationOf = (ids: readonly string[]): number =>
  ids.reduce(
    (total, id) => total + (altoMilanese.comuni.find((comune) => comune.id === id)?.population?.count ?? 0),
    0,
  );

describe("Ambiti of other shapes", () => {
  it("models Alto Milanese: 22 comuni, a consortium agency as capofila, two districts", () => {
    expect(altoMilanese.comuni).toHaveLength(22);
    // seed 004 L265: 258.307 inhabitants; L239: the Legnanese district has 189.077.
    expect(populationOf(altoMilanese.comuni.map((comune) => comune.id))).toBe(258307);
    expect(populationOf(altoMilanese.distretti[0]?.comuni ?? [])).toBe(189077);
  });

  it("expects its 22 mayors, the ATS and the ASST to sign, the two aziende signing as well", () => {
    // seed 004 L556: 22 Sindaci + 2 Aziende Speciali Consortili + ASST + ATS = 26 signatories.
    const signatories = [
      ...comuni.map((comune) => ({ ente: comune.id })),
      { ente: "azienda-sociale-del-legnanese" },
      { ente: "azienda-sociale-del-castanese" },
      { ente: "asst-ovest-milanese" },
      { ente: "ats-citta-metropolitana-di-milano" },
    ];
    expect(signatories).toHaveLength(26);
    const accordo = { ambito: "ambito-alto-milanese", signatories, adherents: [] };
    expect(missingSignatories(accordo, altoMilanese)).toEqual([]);
    expect(
      missingSignatories({ ...accordo, signatories: signatories.slice(1, 22) }, altoMilanese).map(
        (party) => party.name,
      ),
    ).toEqual(["Arconate", "ATS della Città Metropolitana di Milano", "ASST Ovest Milanese"]);
  });

  it("weighs a constructed Assemblea's votes by the comuni's populations", () => {
    // No seed states voting rules (seed 004 §3): these are constructed to exercise population weighting.
    const assemblea = OrganSchema.parse({
      id: "assemblea-dei-sindaci",
      kind: "assemblea-dei-sindaci",
      name: "Assemblea dei Sindaci",
      functions: [],
      seats: comuni.map((comune) => ({
        id: comune.id,
        role: "sindaco",
        ente: comune.id,
        delegable: true,
        votes: true,
      })),
      decisionRules: {
        quorum: { basis: "population", share: { numerator: 1, denominator: 2 }, inclusive: false },
        majority: { kind: "absolute", weighting: "population", base: "members" },
      },
    });
    const legnanese = new Set(altoMilanese.distretti[0]?.comuni);
    const districtVote = comuni
      .filter((comune) => legnanese.has(comune.id))
      .map((comune) => ({ seat: comune.id, choice: "favorevole" as const }));
    // The 11 Legnanese comuni alone: 189.077 of 258.307 present and in favour, over half of 258.307.
    const result = decide(assemblea, districtVote, { ambito: altoMilanese });
    expect([result.outcome, result.quorum.present.toString(), result.majority.threshold.toString()]).toEqual([
      "adopted",
      "189077",
      "129153.5",
    ]);
    // The 11 Castanese comuni alone (69.230) do not make the quorum.
    const castanese = comuni
      .filter((comune) => !legnanese.has(comune.id))
      .map((comune) => ({ seat: comune.id, choice: "favorevole" as const }));
    expect(decide(assemblea, castanese, { ambito: altoMilanese }).outcome).toBe("no_quorum");
  });

  it("models Busto Arsizio, a one-comune Ambito without an Assemblea dei Sindaci", () => {
    // seed 001 L156 (mono-comunale, no Assemblea) and L999 (83.439 abitanti, dato ISTAT 1 gennaio 2024)
    const busto = AmbitoSchema.parse({
      id: "ambito-di-busto-arsizio",
      name: "Ambito di Busto Arsizio",
      comuni: [
        {
          id: "comune-di-busto-arsizio",
          name: "Busto Arsizio",
          population: { count: 83439, referenceDate: "1 gennaio 2024" },
        },
      ],
      capofila: "comune-di-busto-arsizio",
      ats: { id: "ats-insubria", name: "ATS Insubria" },
      asst: { id: "asst-valle-olona", name: "ASST Valle Olona" },
      // seed 001 L817: the district of Busto Arsizio also serves Castellanza, another Ambito.
      distretti: [{ name: "Distretto di Busto Arsizio", comuni: ["comune-di-busto-arsizio"] }],
    });
    expect(checkOrganComposition({ ambito: "ambito-di-busto-arsizio", organs: [] }, busto)).toEqual([]);
    expect(
      missingSignatories(
        { ambito: busto.id, signatories: [{ ente: "comune-di-busto-arsizio" }], adherents: [] },
        busto,
      ).map((party) => party.kind),
    ).toEqual(["ats", "asst"]);
  });
});

describe("DistrettoSchema", () => {
  it("names the other Ambiti of a shared district, whose comuni are not the Ambito's", () => {
    // "Busto Arsizio/Castellanza" (seed 001 L817); "Sebino-Monte Orfano" (seed 002 L3011, L6415)
    const busto = {
      name: "Busto Arsizio",
      comuni: ["comune-di-busto-arsizio"],
      sharedWith: ["Ambito di Castellanza"],
      source: { document: "Piano di Zona 2025-2027, Ambito di Busto Arsizio", lines: [817, 817] },
    };
    expect(DistrettoSchema.parse(busto)).toEqual(busto);
    expect(DistrettoSchema.safeParse({ ...busto, sharedWith: [""] }).success).toBe(false);
    expect(DistrettoSchema.safeParse({ ...busto, sharedWith: "Castellanza" }).success).toBe(false);
  });
});
