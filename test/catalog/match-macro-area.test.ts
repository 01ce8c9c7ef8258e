import { describe, expect, it } from "vitest";
import { describeMatcher } from "./support/matcher-contract.js";
import { matchMacroArea, matchMacroAreaList } from "../../src/catalog/match-macro-area.js";

const warningsOf = (text: string) => matchMacroArea(text).warnings.map((w) => w.code);

describe("matchMacroArea: official titles", () => {
  it.each([
    // seed 001 L1394-1404 (the DGR quotation)
    ["A) **Contrasto alla povertà e all’emarginazione sociale e promozione dell’inclusione attiva**", "A"],
    ["- B) **Politiche abitative**", "B"],
    ["- D) **Domiciliarità**", "D"],
    ["- E) **Anziani**", "E"],
    ["- F) **Digitalizzazione dei servizi**", "F"],
    ["- G) **Politiche giovanili e per i minori**", "G"],
    ["- H) **Interventi connessi alle politiche per il lavoro**", "H"],
    ["- I) **Interventi per la Famiglia**", "I"],
    ["- J) **Interventi a favore delle persone con disabilità**", "J"],
    [
      "- K) **Interventi di sistema per il potenziamento dell’Ufficio di Piano e il rafforzamento della gestione associata**",
      "K",
    ],
    ["- L) **Altro**", "L"],
  ])("%s → %s", (text, code) => {
    const m = matchMacroArea(text);
    expect(m).toMatchObject({ code, confidence: "exact", score: 1, prefix: code, warnings: [] });
  });
});

describe("matchMacroArea: variants found in the seeds (regulation-and-peers §1.2.1)", () => {
  it.each([
    // A
    [
      "RISULTATI PRECEDENTE PROGRAMMAZIONE: OBIETTIVO MACRO-AREA DI POLICY A) CONTRASTO ALLA POVERTA' E ALLA EMARGINAZIONE SOCIALE .....\t16",
      "A",
      "variant",
    ], // seed 001 L29
    [
      "## Obiettivi LEPS macro-area di policy A) CONTRASTO ALLA POVERTA' E ALLA EMARGINAZIONE SOCIALE",
      "A",
      "variant",
    ], // seed 001 L1616
    [
      "A) Contrasto alla povertà, all’emarginazione sociale e promozione dell’inclusione attiva",
      "A",
      "exact",
    ], // seed 000 L4440-4441
    ["A) contrasto alla povertà all’emarginazione sociale e promozione dell’inclusione attiva", "A", "exact"], // seed 000 L10380
    ["a. Contrasto alla povertà e all'emarginazione sociale", "A", "variant"], // seed 004 L1201
    // B
    ["AREA DI POLICY\tB) Politiche Abitative", "B", "exact"], // seed 001 L1839
    ["5.3 Obiettivi macro-area: Politiche Abitative ", "B", "exact"], // seed 000 L5409
    // D
    ["## Obiettivi LEPS macro-area di policy D) DOMICILIARIETA'", "D", "variant"], // seed 001 L1943
    ["OBIETTIVI LEPS MACRO-AREA DI POLICY D) DOMICILIARIETÀ .....\t88", "D", "variant"], // seed 001 L84
    ["D) Domiciliarietà", "D", "variant"], // seed 001 L2751
    // E
    ["e. Anziani", "E", "exact"], // seed 004 L1281
    // F
    ["F) Digitalizzazione dei Servizi ", "F", "exact"], // seed 000 L10790
    // G
    ["Obiettivi macro-area: politiche giovanili e per minori ", "G", "exact"], // seed 000 L933
    ["5.6 Obiettivi macro-area: Politiche giovanili e per minori ", "G", "exact"], // seed 000 L6532
    ["G. POLITICHE GIOVANILI E PER MINORI ", "G", "exact"], // seed 002 L4723
    ["- G) Politiche giovanili e minori", "G", "exact"], // seed 004 L684
    // H
    ["- H) Interventi connessi alle politiche del lavoro", "H", "exact"], // seed 004 L685
    // I
    ["- I) Interventi per le famiglie", "I", "variant"], // seed 004 L686
    // J
    [
      "RISULTATI PRECEDENTE PROGRAMMAZIONE: OBIETTIVO MACRO-AREA DI POLICY J) INTERVENTI A FAVORE DI PERSONE CON DISABILITÀ .....\t23",
      "J",
      "exact",
    ], // seed 001 L35
    ["J. INTERVENTI A FAVORE DI PERSONE CON DISABILITA’ ", "J", "exact"], // seed 002 L4742
    ["- J) Interventi in favore delle persone con disabilità", "J", "exact"], // seed 004 L687
    ["sull’area J -  interventi a favore delle persone con disabilità ", "J", "exact"], // seed 002 L8497
    // K
    [
      "K) interventi di sistema per il potenziamento dell'ufficio di piano e rafforzamento della gestione associata",
      "K",
      "exact",
    ], // seed 001 L2788
    ["- Interventi di Sistema per il potenziamento dell’ufficio di Piano ", "K", "variant"], // seed 002 L6971
  ])("%s → %s (%s)", (text, code, confidence) => {
    const m = matchMacroArea(text);
    expect(m.code).toBe(code);
    expect(m.confidence).toBe(confidence);
  });

  it("reports the misspelling 'Domiciliarietà' (seed 001 L84, L1943, L2060, L2751)", () => {
    expect(warningsOf("D) DOMICILIARIETA'")).toEqual(["misspelling"]);
    expect(warningsOf("Domiciliarietà")).toEqual(["misspelling"]);
  });

  it("maps the retired area C to A with a legacy note (seed 000 L862, L5182, L5497, L7297)", () => {
    for (const text of [
      "Obiettivi macro-area: promozione inclusione attiva ",
      "promozione inclusione attiva:  ",
    ]) {
      const m = matchMacroArea(text);
      expect(m.code).toBe("A");
      expect(m.warnings.map((w) => w.code)).toEqual(["legacy_area_c"]);
    }
    // Written with its own letter C: no letter mismatch.
    expect(warningsOf("C) Promozione dell'inclusione attiva")).toEqual(["legacy_area_c"]);
  });

  it("gives every warning an English and an Italian message", () => {
    const [w] = matchMacroArea("Domiciliarietà").warnings;
    expect(w?.message).toMatch(/misspelt/);
    expect(w?.messageIt).toMatch(/errato/);
  });
});

describe("matchMacroArea: letters that contradict the title (the title decides)", () => {
  it.each([
    ["AREA DI POLICY\tA) Politiche abitative", "B", "A"], // seed 001 L1911
    ["AREA DI POLICY\tJ) Politiche per i giovani e i minori", "G", "J"], // seed 001 L2429
    ["<p>J) Politiche per i giovani e i minori</p>", "G", "J"], // seed 001 L2437
    ["### D) Anziani", "E", "D"], // seed 001 L487
    ["### E) Domiciliarità", "D", "E"], // seed 001 L494
    ["c. politiche del lavoro", "H", "c"], // seed 004 L1254 (a list bullet)
  ])("%s → %s, letter %s flagged", (text, code, letter) => {
    const m = matchMacroArea(text);
    expect(m.code).toBe(code);
    expect(m.prefix).toBe(letter);
    expect(m.warnings.map((w) => w.code)).toContain("letter_mismatch");
  });

  it("flags both the legacy area and the wrong letter (seed 004 L1728 'e. Promozione inclusione attiva')", () => {
    const m = matchMacroArea("e. Promozione inclusione attiva");
    expect(m.code).toBe("A");
    expect(m.warnings.map((w) => w.code)).toEqual(["legacy_area_c", "letter_mismatch"]);
  });

  it.each([
    // seed 001 L2120, L2462, L2655: the letter stands before "indicati da Regione Lombardia", not before a title.
    [
      "Obiettivi specifici LEPS e possibili interventi collegati ai LEPS, macro-area di policy A) indicati da Regione Lombardia",
      "A",
    ],
    [
      "Obiettivi specifici LEPS e possibili interventi collegati ai LEPS, macro-area di policy I) indicati da Regione Lombardia",
      "I",
    ],
    [
      "Obiettivi specifici LEPS e possibili interventi collegati ai LEPS, macro-area di policy K) indicati da Regione Lombardia",
      "K",
    ],
  ])("does not read a letter without a title: %s", (text, letter) => {
    const m = matchMacroArea(text);
    expect(m.code).toBeNull();
    expect(m.prefix).toBe(letter);
    expect(m.warnings.map((w) => w.code)).toEqual(["letter_without_title"]);
  });

  it("reports two areas on one line as ambiguous (seed 001 L39, L479 'D) ANZIANI - E) DOMICILIARITA'')", () => {
    const m = matchMacroArea("## Obiettivi macro-area di policy D) ANZIANI - E) DOMICILIARITA'");
    expect(m.code).toBeNull();
    expect(m.warnings.map((w) => w.code)).toEqual(["ambiguous"]);
    expect(m.candidates.map((c) => c.code).sort()).toEqual(["D", "E"]);
  });
});

describe("matchMacroArea: Gallarate's local objective codes are not macro-areas", () => {
  it.each([
    "A Strategie per l'abitare", // seed 000 objective A
    "C Iniziative per potenziare i servizi a elevata integrazione sociosanitaria",
    "M Sostegno ai caregiver",
    "R Continuità degli interventi",
    "N – Abitare per il Durante Dopo di Noi", // seed 000 L2642
  ])("%s → no match", (text) => {
    expect(matchMacroArea(text).code).toBeNull();
  });
});

describe("matchMacroArea: unknown text", () => {
  it("returns no match with the closest candidates", () => {
    const m = matchMacroArea("politiche");
    expect(m.code).toBeNull();
    expect(m.confidence).toBe("none");
    expect(m.candidates[0]?.code).toBe("B");
    expect(m.candidates[0]?.score).toBeCloseTo(1 / 3, 10);
  });

  it.each([
    // seed 000: lines of the scheda form and of the governance chapter that share words with a title
    ["ALTRI AMBITI?", null], // "altri" is not the catch-all area L
    ["COOPERAZIONE CON ALTRI", null],
    ["SERVIZIO?", null], // a generic word does not make "Digitalizzazione dei servizi"
    ["UFFICIO di PIANO", null], // seed 000 L705: half of K's truncated title is not enough
    ["Altro", "L"],
  ])("does not read a few shared words as a title: %s → %s", (text, code) => {
    expect(matchMacroArea(text).code).toBe(code);
  });

  it("keeps an uncovered candidate as a candidate, not a match", () => {
    const m = matchMacroArea("Ufficio di Piano");
    expect(m.code).toBeNull();
    expect(m.candidates[0]?.code).toBe("K");
    expect(m.candidates[0]?.score).toBeCloseTo(0.64, 10);
  });

  it("accepts a fuzzy match above the threshold", () => {
    const m = matchMacroArea("Interventi a favore delle persone disabili");
    expect(m.code).toBe("J");
    expect(m.confidence).toBe("fuzzy");
    expect(m.score).toBeGreaterThanOrEqual(0.6);
    expect(m.score).toBeLessThan(1);
  });

  it("reads empty text and non-strings as nothing", () => {
    expect(matchMacroArea("")).toMatchObject({ code: null, confidence: "none", score: 0, candidates: [] });
    expect(matchMacroArea(undefined as unknown as string).code).toBeNull();
  });

  it("returns frozen results", () => {
    const m = matchMacroArea("J) Politiche per i giovani e i minori");
    expect(Object.isFrozen(m)).toBe(true);
    expect(Object.isFrozen(m.warnings)).toBe(true);
    expect(Object.isFrozen(m.candidates)).toBe(true);
  });
});

describe("matchMacroAreaList: cells listing several areas", () => {
  const read = (text: string) =>
    matchMacroAreaList(text).map((m) => [m.prefix, m.code, m.warnings.map((w) => w.code)]);

  it.each([
    // seed 004 L1201
    [
      "Sì AREE: a. Contrasto alla povertà e all'emarginazione sociale g. Politiche giovanili e per minori i. Interventi per la famiglia",
      ["A", "G", "I"],
    ],
    // seed 004 L1367
    [
      "<p>Sì</p> <p>Area</p> <p>A: Contrasto alla povertà e all'emarginazione sociale e promozione dell'inclusione attiva;</p> <p>B: Politiche abitative;</p> <p>D: Domiciliarità;</p> <p>F: Digitalizzazione dei servizi;</p> <p>I: Interventi per la famiglia</p>",
      ["A", "B", "D", "F", "I"],
    ],
    // seed 004 L1397
    [
      "<p>Sì:</p> <p>Area A - Contrasto alla povertà e all'emarginazione sociale e promozione dell'inclusione attiva;</p> <p>Area B - Politiche abitative;</p> <p>Area D - Domiciliarità;</p> <p>Area F - Digitalizzazione dei servizi.</p> <p>Area G - Politiche giovanili e per i minori;</p> <p>Area I - Interventi per la famiglia</p>",
      ["A", "B", "D", "F", "G", "I"],
    ],
    // seed 004 L1484 ("I - Interventi per la famiglia - politiche giovanili" reads as I)
    [
      "<p>Sì:</p> <p>Area</p> <p>A - Contrasto alla povertà e all'emarginazione sociale e promozione dell'inclusione attiva;</p> <p>F - Digitalizzazione dei servizi;</p> <p>I - Interventi per la famiglia - politiche giovanili</p> <p>H- Interventi connessi alle politiche per il lavoro</p>",
      ["A", "F", "I", "H"],
    ],
    // seed 004 L1663
    [
      "Sì Area I: interventi per la famiglia; Area J: interventi a favore di persone con disabilità; Area A: contrasto alla povertà e all'emarginazione sociale e promozione dell'inclusione attiva",
      ["I", "J", "A"],
    ],
    // seed 000 L4826-4831, one area per line
    [
      "B) Politiche abitative \nD) Domiciliarità \nE) Anziani \nI) Interventi per la famiglia \nJ) Interventi a favore di persone con disabilità \nK) Interventi di sistema ",
      ["B", "D", "E", "I", "J", "K"],
    ],
    // seed 000 L4439-4444: the title of A wraps over two lines
    [
      "Sì: \nA) Contrasto alla povertà, all’emarginazione sociale e \npromozione dell’inclusione attiva; \nE) Anziani; \nF) Digitalizzazione dei servizi; \nJ) Interventi a favore delle persone con disabilità. ",
      ["A", "E", "F", "J"],
    ],
  ])("%s", (text, codes) => {
    const found = matchMacroAreaList(text);
    expect(found.map((m) => m.code)).toEqual(codes);
    expect(found.flatMap((m) => m.warnings)).toEqual([]);
  });

  it("flags the bullets that contradict the titles (seed 004 L1254)", () => {
    expect(
      read(
        "Sì nelle aree: a. Politiche giovanili e per minori b. Interventi per la famiglia c. politiche del lavoro",
      ),
    ).toEqual([
      ["a", "G", ["letter_mismatch"]],
      ["b", "I", ["letter_mismatch"]],
      ["c", "H", ["letter_mismatch"]],
    ]);
  });

  it("flags the legacy area under a wrong letter (seed 004 L1728)", () => {
    const cell =
      "<p>Sì</p> <p>AREE:</p> <p>a. Contrasto alla povertà e all'emarginazione sociale</p> <p>e. Promozione inclusione attiva</p> <p>g. Politiche giovanili e per minori</p>";
    expect(read(cell)).toEqual([
      ["a", "A", []],
      ["e", "A", ["legacy_area_c", "letter_mismatch"]],
      ["g", "G", []],
    ]);
  });

  it("reads the seed's own 'sociale e - promozione' as a second item (seed 004 L1514)", () => {
    const cell =
      "Sì: Area a - Contrasto alla povertà e all'emarginazione sociale e - promozione dell'inclusione attiva; b - Politiche abitative; d- Domiciliarità; i- Interventi per la famiglia";
    expect(read(cell)).toEqual([
      ["a", "A", []],
      ["e", "A", ["legacy_area_c", "letter_mismatch"]],
      ["b", "B", []],
      ["d", "D", []],
      ["i", "I", []],
    ]);
  });

  it("keeps a letter without a title so that it can be reported (seed 000 L1596)", () => {
    expect(read("nella macroarea K), ")).toEqual([["K", null, ["letter_without_title"]]]);
    expect(matchMacroAreaList("")).toEqual([]);
  });
});

describeMatcher("matchMacroArea", matchMacroArea);
describeMatcher("matchMacroAreaList", matchMacroAreaList);

describe("matchMacroArea: characters that are never seen", () => {
  it.each([
    ["Domicili\u00ADarità", "D"], // soft hyphen
    ["Politiche\u200B abitative", "B"], // zero-width space
    ["Interventi per la Fa\u200Dmiglia", "I"], // zero-width joiner
    ["\u200FJ) Interventi a favore delle persone con disabilità\u200E", "J"], // bidirectional marks
    ["\uFEFFF) Digitalizzazione dei servizi", "F"], // byte-order mark
    ["macro\u00AD-area di policy G) Politiche giovanili e per i minori", "G"],
    ["\u2066Anziani\u2069", "E"], // isolates
  ])("%s → %s", (text, code) => {
    const m = matchMacroArea(text);
    expect(m.code).toBe(code);
    expect(m.confidence).not.toBe("none");
  });

  it("read the letter across them too", () => {
    expect(matchMacroArea("J\u200B) Politiche per i giovani e i minori").prefix).toBe("J");
    expect(matchMacroAreaList("a.\u00AD Politiche abitative; b\u200F. Anziani").map((m) => m.code)).toEqual([
      "B",
      "E",
    ]);
  });
});
