/** How the reader reads the PPT cards (DGR 2089/2024) that Sebino prints beside its schede, on its own lines. */
import { describe, expect, it } from "vitest";
import { ingestPlanText } from "../../src/ingest/index.js";
import {
  SEBINO_FORM_KEY_POINTS_LABEL,
  SEBINO_FORM_OPENING,
  SEBINO_FORM_STAFF,
  SEBINO_FORM_TARGET_AND_BUDGET_LABEL,
  SEBINO_FORM_TRANSVERSAL_LABEL,
} from "./support/sebino-form.js";

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

describe("a PPT card's INDICATORI DI ESITO", () => {
  /** Sebino's card 15 (L6595-6720), abridged, with its last box given. */
  function outcome(
    box: readonly string[],
    after: readonly string[] = [],
  ): { text: string | null; indicators: string[] } {
    const text = [
      "Scheda di progetto 15: ricollocazione del Centro Diurno ",
      "Area Aziendale  ",
      "(asst Franciacorta) ",
      "settori coinvolti: DSMD ",
      "Razionale/criticità Il Centro Diurno va ricollocato ",
      "Obiettivi Ricollocare il Centro Diurno ",
      "Target/destinatari Utenti del Centro Diurno ",
      "Risorse  Personale ASST ",
      "MODALITÀ ORGANIZZATIVE, ",
      "",
      "OPERATIVE E DI EROGAZIONE ",
      "Attività di back-office.  ",
      "",
      ...box,
      ...after,
    ].join("\n");
    const card = ingestPlanText(text).schede[0]?.draft;
    if (card === undefined) throw new Error("no card read");
    return {
      text: card.outcomeIndicators.text,
      indicators: card.outcomeIndicators.indicators.map((i) => i.text),
    };
  }

  it("reads a box of one line as one indicator: the box names its content indicators", () => {
    // Sebino L6720.
    expect(outcome(["INDICATORI DI ESITO Ricollocazione del CD secondo progetto "]).indicators).toEqual([
      "Ricollocazione del CD secondo progetto",
    ]);
  });

  it("reads an indicator ending with a colon over its figures as one indicator, not its figures", () => {
    // Sebino L6882-6897.
    const read = outcome([
      "INDICATORI DI ESITO - Indicatore DGR 2089/2024: Numero di valutazioni che vedono ",
      "la partecipazione dell’Assistente sociale comunale/numero ",
      "complessivo di valutazioni effettuate nell’anno, prevedendo ",
      "una percentuale incrementale negli anni successivi, pari a ",
      "almeno il: ",
      "➢ 50% nell’anno 2025  ",
      "➢ 75% nel 2026  ",
      "➢ 100% nel 2027 ",
      "",
      "- tavoli di lavoro per la condivisione delle scale di valutazione, ",
      "delle competenze e delle conoscenze ",
    ]);
    expect(read.indicators).toEqual([
      "Indicatore DGR 2089/2024: Numero di valutazioni che vedono la partecipazione dell’Assistente sociale comunale/numero complessivo di valutazioni effettuate nell’anno, prevedendo una percentuale incrementale negli anni successivi, pari a almeno il:",
      "tavoli di lavoro per la condivisione delle scale di valutazione, delle competenze e delle conoscenze",
    ]);
    // The box holds indicators and their figures, no text of its own.
    expect(read.text).toBeNull();
  });

  it("ends the last box before the heading of the part that the next form opens", () => {
    // Sebino L7332-7342.
    const read = outcome(
      [
        "indicatori di esito - Numero dimissioni protette condivise effettuate ",
        "",
        "- Numero ammissioni protette UU OO Ospedaliere ",
        "",
      ],
      [
        " Programmazione e obiettivi triennali Ambito n. 5 – Sebino ",
        "",
        ...SEBINO_FORM_OPENING,
        ...SEBINO_FORM_TARGET_AND_BUDGET_LABEL,
        "- fondi pubblici ministeriali e PNRR a disposizione ",
        "",
        ...SEBINO_FORM_STAFF,
        ...SEBINO_FORM_TRANSVERSAL_LABEL,
        "NO ",
        "",
        ...SEBINO_FORM_KEY_POINTS_LABEL,
        "- Allargamento della rete e coprogrammazione ",
      ],
    );
    expect(read.indicators).toEqual([
      "Numero dimissioni protette condivise effettuate",
      "Numero ammissioni protette UU OO Ospedaliere",
    ]);
  });
});
