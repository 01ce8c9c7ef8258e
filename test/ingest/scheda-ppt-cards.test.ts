/** How the reader reads the PPT cards (DGR 2089/2024) that Sebino prints beside its schede, on its own lines. */
import { describe, expect, it } from "vitest";
import { ingestPlanText } from "../../src/ingest/index.js";

describe("PPT cards", () => {
  it("reads a card printed in small letters, its number written “29.:” and its matrix label misspelt", () => {
    // Sebino L7198-7337, abridged.
    const text = [
      "Scheda di progetto 29.: dimissioni protette ",
      "Linee DI INTEVENTO e integrazione (DGR ",
      "2089/2024) ",
      "  Azione programmatoria (DGR 2089/2024) ",
      "1) Area prevenzione   A) Valutazione ",
      "Area Aziendale  ",
      "(asst Franciacorta) ",
      "settori coinvolti: COT, UU.OO. Presidi ospedalieri, Cure Primarie, ",
      "Razionale/criticità Le Dimissioni Protette rappresentano sia un Livello essenziale di ",
      "assistenza (LEA) sia un Livello essenziale delle prestazioni sociali ",
      "Area/azione programmatoria Area: 2 – 3 - 5 - 6         ",
      "Azione: A - B - C - D - F ",
      "Obiettivi - Progettare i bisogni di assistenza socio-assistenziale dei ",
      "pazienti fragili in dimissione dalle strutture ospedaliere ",
      "Target/destinatari Soggetti fragili in dimissione ospedaliera ",
      "Risorse  Attori coinvolti nelle dimissioni protette ",
      "Trasversale ad altre linee di ",
      "policy ",
      "si ",
    ].join("\n");
    const cards = ingestPlanText(text).schede.map((card) => card.draft);
    expect(cards.map((card) => [card.code, card.title, card.target])).toEqual([
      ["29", "dimissioni protette", "Soggetti fragili in dimissione ospedaliera"],
    ]);
    // A card says which form it is: it has only some of the boxes of the scheda of D.G.R. XII/2167.
    expect(cards[0]?.form).toBe("ppt-dgr-2089");
    // "Attori coinvolti …" names people, not a source of money.
    expect(cards[0]?.budget?.lines).toEqual([]);
  });

  it("reads the box AREA TERRITORIALE ISTITUZIONALE as the cooperation with other Ambiti, without an answer", () => {
    // Sebino L7098-7107, abridged.
    const text = [
      "Scheda di progetto 26: Centrale operativa territoriale ",
      "Area Aziendale  ",
      "(asst Franciacorta) ",
      "settori coinvolti: COT, Cure Primarie ",
      "AREA TERRITORIALE ",
      "",
      "ISTITUZIONALE (ALTRE ASST, ",
      "",
      "AMBITI, EL, ALTRO) ",
      "",
      "ATTORI COINVOLTI: ",
      "Ambiti Sociali, MMG, Continuità Assistenziale ,116117, Pronto ",
      "Soccorso ",
      "",
      "Razionale/criticità Garantire la continuità dell'assistenza ",
      "Obiettivi Coordinare la presa in carico ",
      "Target/destinatari Soggetti fragili ",
      "Risorse  FSR ",
      "Trasversale ad altre linee di ",
      "policy ",
      "si ",
    ].join("\n");
    const card = ingestPlanText(text).schede[0]?.draft;
    expect(card?.cooperationWithOtherAmbiti.answer).toBeNull();
    expect(card?.cooperationWithOtherAmbiti.lines).toEqual([12, 13]);
  });
});
