/**
 * The impact box of a table whose label stands alone on its line and whose text follows after a blank line, as
 * Alto Milanese prints two of them (seed 004 L1416-1420, L1533-1535): the paragraph below is the box's text, and
 * nothing after it; the sentences of aims in it are not indicators nor results.
 */
import { describe, expect, it } from "vitest";
import type { DraftScheda } from "../../src/ingest/index.js";
import { firstScheda } from "./support/first-scheda.js";

/** A scheda laid out as a table, its impact label printed alone at the end, then `after`. */
function scheda(after: readonly string[]): DraftScheda {
  const text = [
    "OBIETTIVO 4",
    "TITOLO INTERVENTO\tAREA DISABILITÀ",
    "QUALI OBIETTIVI VUOLE RAGGIUNGERE\tSostenere l'abitare autonomo",
    "AZIONI PROGRAMMATE\tAvvio del Tavolo Disabilità",
    "TARGET\tPersone con disabilità e famiglie",
    "RISORSE ECONOMICHE PREVENTIVATE\tFNPS",
    "RISORSE DI PERSONALE DEDICATE\tAssistenti sociali",
    "QUALI RISULTATI VUOLE RAGGIUNGERE?\tINDICATORI: Numero di accessi; Numero di situazioni soddisfatte",
    "",
    "QUALE IMPATTO DOVREBBE AVERE L'INTERVENTO?",
    ...after,
  ].join("\n");
  return firstScheda(text).draft;
}

describe("an impact label alone on its line in a table", () => {
  it("reads the paragraph after the blank line as the box's text, up to the next blank line", () => {
    // Seed 004 L1533-1537: the text, a blank line, then the next section's heading.
    const draft = scheda([
      "",
      "Attivazione di nuovi servizi sperimentali co-progettati e co-gestiti con le famiglie.",
      "",
      "4.3.4 AREA POLITICHE ABITATIVE E DEL LAVORO",
      "",
      "PROGETTUALITÀ IN ESSERE",
    ]);
    expect(draft.outcomeIndicators.text).toBe(
      "Attivazione di nuovi servizi sperimentali co-progettati e co-gestiti con le famiglie.",
    );
    expect(draft.source.lines).toEqual([1, 12]);
  });

  it("reads a paragraph of aims one to a line as text, without indicators or results", () => {
    // Seed 004 L1418-1420.
    const draft = scheda([
      "",
      "Mappare e individuare iniziative da riproporre poi nell'annualità successiva;",
      "Progettare la formazione di volontari;",
      "Come da D.L. 29/2024: Introduzione di una logica di rete e di sussidiarietà orizzontale, orientata alla persona e basata sull'integrazione delle varie risposte",
      "",
      "AREA DISABILITÀ",
      "",
      "Il percorso avviato nel tavolo disabilità ha seguito la stessa modalità organizzativa del tavolo Anziani.",
    ]);
    expect(draft.outcomeIndicators.text).toMatch(/^Mappare e individuare .* varie risposte$/u);
    expect(draft.outcomeIndicators.indicators).toEqual([]);
    expect(draft.targets.filter((target) => target.text.includes("logica di rete"))).toEqual([]);
  });

  it("leaves the box blank when a heading or a row of a table comes after the blank line", () => {
    expect(
      scheda(["", "AREA DISABILITÀ", "", "Il percorso avviato nel tavolo."]).outcomeIndicators.text,
    ).toBeNull();
    expect(scheda(["", "TITOLO INTERVENTO\tAltro intervento"]).outcomeIndicators.text).toBeNull();
  });
});
