/**
 * A figure in QUALI RISULTATI VUOLE RAGGIUNGERE that no rule types is reported with its line (target_not_typed),
 * never guessed; years, dates, laws, list numbers and the number of an action or an objective are not figures; a
 * result the reader types is never reported.
 */
import { describe, expect, it } from "vitest";
import { ingestPlanText } from "../../src/ingest/index.js";
import { Passage } from "../../src/ingest/_passage.js";
import { readTargets, statesFigure, type UntypedFigure } from "../../src/ingest/_targets.js";
import { readSeed, SEED_CASES } from "./support/accuracy.js";

/** The targets and the untyped figures of a results box (each line of the text a line of the document). */
function read(text: string): { targets: ReturnType<typeof readTargets>; untyped: UntypedFigure[] } {
  const lines = text.split("\n");
  const passage = new Passage(
    lines,
    lines.map((line, n) => ({ line: n, from: 0, to: line.length })),
  );
  const untyped: UntypedFigure[] = [];
  const targets = readTargets(passage, 0, passage.text.length, true, untyped);
  return { targets, untyped };
}

describe("a figure no rule types", () => {
  it("is reported, not typed (Sebino L5640: 'momenti di confronto (3/4 per annualità)', three or four, or three quarters)", () => {
    const { targets, untyped } = read(
      "Dare continuità al raccordo tecnico/operativo tra gli Uffici di \nPiano, prevedendo momenti di confronto (3/4 per annualità)",
    );
    expect(targets).toEqual([]);
    expect(untyped).toEqual([
      expect.objectContaining({
        text: "Dare continuità al raccordo tecnico/operativo tra gli Uffici di Piano, prevedendo momenti di confronto (3/4 per annualità)",
      }),
    ]);
  });

  it("a sum of money is typed, not reported (Sebino L4184)", () => {
    const { targets, untyped } = read(
      "Effettuata raccolta fondi (bandi, fondazioni bancarie, sponsor) per \n200 mila euro nel triennio.",
    );
    expect(targets).toMatchObject([
      { kind: "count-at-least", min: 200000, per: "triennium", due: "2027-12-31" },
    ]);
    expect(untyped).toEqual([]);
  });

  it("is not reported when the result is typed (Gallarate: 'Almeno l’80% …', 'almeno 1 Protocollo')", () => {
    const { targets, untyped } = read(
      "• Almeno l’80% degli enti coinvolti partecipano agli incontri.\n• Stesura e sottoscrizione di almeno 1 Protocollo per la presa in carico integrata tra servizi.",
    );
    expect(targets).toHaveLength(2);
    expect(untyped).toEqual([]);
  });

  it("is not a year, a date, a law, a list number or the number of an objective (Busto Arsizio L2089, L2527-2529, L2612; Gallarate L11350; Sebino L6218; Alto Milanese L1502)", () => {
    for (const text of [
      "ANNO 2025",
      "Obiettivo 1: Potenziare il Servizio di Assistenza Domiciliare in termini quantitativi e qualitativi",
      "1.1",
      "1.2 Identificati i principali profili professionali maggiormente ricercati",
      "i servizi integrativi afferenti alle aree di intervento identificati con DGR 1507/23",
      "Valutazione degli esiti della sperimentazione del D.Lgs 62/2024",
      "disponibili all'inclusione oltre l'obbligo di % legge 68;",
      "entro il 31/12/2026",
    ]) {
      expect(statesFigure(text), text).toBe(false);
    }
    expect(statesFigure("momenti di confronto (3/4 per annualità)")).toBe(true);
    expect(statesFigure("3 incontri")).toBe(true);
  });
});

describe("on the seeds", () => {
  for (const seed of SEED_CASES) {
    const text = readSeed(seed.file);
    it.skipIf(text === null)(`${seed.ambito}: no result the reader types is reported as untyped`, () => {
      const result = ingestPlanText(text ?? "");
      const typedLines = new Set(
        result.schede.flatMap((scheda) =>
          scheda.draft.targets.flatMap((target) => {
            const [a, b] = target.lines;
            return Array.from({ length: b - a + 1 }, (_, k) => a + k);
          }),
        ),
      );
      const untyped = result.findings.filter((finding) => finding.code === "target_not_typed");
      for (const finding of untyped) expect(typedLines.has(finding.lines?.[0] ?? 0)).toBe(false);
    });
  }
});

describe("in a scheda", () => {
  const seed = readSeed(SEED_CASES[0]?.file ?? "");
  const at = seed?.indexOf("TITOLO INTERVENTO") ?? -1;
  const scheda = seed === null || at < 0 ? null : seed.slice(at, seed.indexOf("TITOLO INTERVENTO", at + 1));
  it.skipIf(scheda === null)(
    "is a finding with the line of the result (Gallarate's first scheda, Sebino L5640's result)",
    () => {
      const text = (scheda ?? "").replace(
        "RAGGIUNGERE?  Azione 1) ",
        "RAGGIUNGERE?  Azione 1) \n- Momenti di confronto (3/4 per annualità)\n",
      );
      const line = text.split("\n").findIndex((l) => l.includes("3/4 per")) + 1;
      const findings = ingestPlanText(text).findings.filter((finding) => finding.code === "target_not_typed");
      expect(findings.map((finding) => [finding.lines?.[0], finding.stated])).toEqual([
        [line, "Momenti di confronto (3/4 per annualità)"],
      ]);
    },
  );
});
