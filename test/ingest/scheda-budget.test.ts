/**
 * How the reader lists the sources of RISORSE ECONOMICHE PREVENTIVATE of a scheda obiettivo, on phrases of the
 * seeds: Busto Arsizio's HTML cells, Alto Milanese's cells run together on one line.
 */
import { describe, expect, it } from "vitest";
import { ingestPlanText } from "../../src/ingest/index.js";
import type { DraftScheda } from "../../src/ingest/index.js";

/** A scheda as the seeds print it: one tab-separated label and value a line. */
function scheda(actions: string, budget = "Risorse del Fondo Nazionale Politiche Sociali"): DraftScheda {
  const text = [
    "Scheda Piano di Zona prevista da DGR 2167/24",
    "AREA DI POLICY\tB) Politiche abitative",
    "TITOLO INTERVENTO\tAbitare sostenibile",
    "QUALI OBIETTIVI VUOLE RAGGIUNGERE\tFavorire l'accesso alla casa",
    `AZIONI PROGRAMMATE\t${actions}`,
    "TARGET\tCittadini",
    `RISORSE ECONOMICHE PREVENTIVATE\t${budget}`,
    "RISORSE DI PERSONALE DEDICATE\tAssistenti sociali",
  ].join("\n");
  const read = ingestPlanText(text).schede[0];
  if (read === undefined) throw new Error("no scheda read");
  return read.draft;
}

const fundsOf = (draft: DraftScheda) => (draft.budget?.lines ?? []).map((l) => [l.fund, l.label, l.amount]);

describe("RISORSE ECONOMICHE PREVENTIVATE", () => {
  it("reads each source listed without an amount, known funds by name and the others as “altro”", () => {
    // Alto Milanese L1480 and L1073.
    expect(
      fundsOf(
        scheda(
          "Sostenere la garanzia affitti",
          "<p>Fondi PNRR; Decreto-legge 62</p> <p>Fondi PRO.VI</p> <p>Risorse Regionali e Comunali</p>",
        ),
      ),
    ).toEqual([
      ["pnrr", "PNRR", null],
      ["altro", "Decreto-legge 62", null],
      ["altro", "Fondi PRO.VI", null],
      ["altro", "Risorse Regionali e Comunali", null],
    ]);
    expect(
      fundsOf(
        scheda(
          "Sostenere la garanzia affitti",
          "Finanziamenti statali e/o regionali Finanziamenti nazionali e europei Servizio civile universale",
        ),
      ),
    ).toEqual([
      ["altro", "Finanziamenti statali e/o regionali", null],
      ["altro", "Finanziamenti nazionali e europei", null],
      ["altro", "Servizio civile universale", null],
    ]);
  });

  it("splits the list after “Risorse disponibili:” at its commas", () => {
    // Alto Milanese L1198.
    expect(
      fundsOf(
        scheda(
          "Sostenere la garanzia affitti",
          "Risorse disponibili: Piano GAP ATS Milano, progetti territoriali jump around - gasoline",
        ),
      ),
    ).toEqual([
      ["altro", "Piano GAP ATS Milano", null],
      ["altro", "progetti territoriali jump around - gasoline", null],
    ]);
  });

  it("reads no source from staff, a negation, an introduction or a sentence", () => {
    // Alto Milanese L1251 and L1662, Gallarate L10322, Busto Arsizio L1846.
    for (const budget of [
      "Personale dedicato",
      "Non previste al momento",
      "Si stima una spesa nel triennio pari a:",
      "<i>Vista la molteplicità degli interventi e la complessità del quadro economico non è al momento possibile definire con precisione gli importi stanziabili</i>",
    ])
      expect(fundsOf(scheda("Sostenere la garanzia affitti", budget)), budget).toEqual([]);
    // Next to an amount (Busto Arsizio L1846).
    expect(
      fundsOf(
        scheda(
          "Sostenere la garanzia affitti",
          "<p>Risorse PNRR Housing First 500.000 euro</p> <p>Risorse PINQUA</p> <p>Risorse SAP</p>",
        ),
      ),
    ).toEqual([
      ["pnrr", "PNRR", "500000"],
      ["altro", "Risorse PINQUA", null],
      ["altro", "Risorse SAP", null],
    ]);
  });
});
