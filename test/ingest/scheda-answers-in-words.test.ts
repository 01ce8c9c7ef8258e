/** SI/NO questions a plan answers in words, on phrases as the seeds print them. */
import { describe, expect, it } from "vitest";
import { integratedAreas } from "../../src/ingest/_areas.js";
import { answerFromWords } from "../../src/ingest/_scheda.js";
import { ingestPlanText } from "../../src/ingest/index.js";
import { SEBINO_FORM_KEY_POINTS_LABEL, SEBINO_FORM_TRANSVERSAL_LABEL } from "./support/sebino-form.js";
import { firstScheda } from "./support/first-scheda.js";

describe("answers given in words", () => {
  it("reads a plain list of actors as a yes to the other actors of the network", () => {
    // Sebino L4067-4077.
    const box = [
      "Provincia di Brescia – Settore Lavoro ",
      "",
      "Associazione Comuni Bresciani ",
      "",
      "Associazioni di impresa ",
      "",
      "Sindacati ",
      "",
      "Patronati ",
      "",
      "Fondazioni Bancarie ",
    ].join("\n");
    expect(answerFromWords("otherActors", box)).toBe("si");
    // A sentence is no list of names.
    expect(
      answerFromWords("otherActors", "Verranno valutate in seguito.\nEventuali altre realtà."),
    ).toBeNull();
  });

  it("reads what a PPT card states of the Ambito's part as its involvement", () => {
    // Sebino L6680, L7149-7150, L7282-7285.
    expect(answerFromWords("asstInAnalysis", "Ambito Monte Orfano ", "ppt")).toBe("si");
    expect(
      answerFromWords(
        "asstInAnalysis",
        "Ambito sociale è partner per l’intercettazione, la valutazione e la \ngaranzia di risposta ai bisogni ",
        "ppt",
      ),
    ).toBe("si");
    expect(
      answerFromWords(
        "asstInAnalysis",
        "Gli ambiti metteranno a disposizione l'assistente sociale che farà \nda riferimento al personale di ASST",
        "ppt",
      ),
    ).toBe("si");
    // Sebino L6690-6692.
    expect(
      answerFromWords(
        "asstInDelivery",
        "Partnership nel progetto Emblematico Cariplo promosso dal \nComune di Palazzolo",
        "ppt",
      ),
    ).toBe("si");
    // "N.D." (Sebino L7180) states nothing; the form's SI/NO question is not answered by a name alone.
    expect(answerFromWords("asstInDelivery", "N.D. ", "ppt")).toBeNull();
    expect(answerFromWords("asstInAnalysis", "Ambito Monte Orfano ")).toBeNull();
  });

  it("does not read “trasversale rispetto alle azioni dei singoli Ambiti” as a yes about other areas", () => {
    // Sebino L7423-7425.
    const box =
      "L’obiettivo è da ritenersi trasversale rispetto alle azioni dei singoli \nAmbiti poiché potrà costituire un punto di raccordo con gli obiettivi e le \nattività locali.  ";
    expect(answerFromWords("transversal", box)).toBeNull();
    expect(answerFromWords("transversal", "L’obiettivo è trasversale a: politiche abitative")).toBe("si");
  });
});

/** A PdZ form of Sebino with its own area in the heading and the transversal box given. */
function transversalOf(box: string): { answer: string | null; areas: readonly string[] } {
  const text = [
    "Disabilità ",
    "",
    "TITOLO INTERVENTO IMPLEMENTARE LA STRUTTURA ORGANIZZATIVA DEDICATA ALLA ",
    "DISABILITA’  ",
    "",
    "QUALI OBIETTIVI VUOLE ",
    "RAGGIUNGERE  ",
    "",
    "Rafforzare la rete dei servizi ",
    "",
    "AZIONI PROGRAMMATE  ",
    "",
    "- Analisi dei costi ",
    "",
    "TARGET  ",
    "",
    "Persone con disabilità ",
    "",
    ...SEBINO_FORM_TRANSVERSAL_LABEL,
    box,
    "",
    ...SEBINO_FORM_KEY_POINTS_LABEL,
    "- Allargamento della rete e coprogrammazione ",
  ].join("\n");
  const draft = firstScheda(text).draft;
  return { answer: draft.transversal.answer, areas: draft.transversal.areas };
}

describe("the transversal box", () => {
  it("leaves out the scheda's own area, which is no other area", () => {
    // Sebino L8494-8497.
    const read = transversalOf(
      [
        "L’obiettivo è da ritenersi trasversale rispetto alle azioni dei singoli ",
        "Ambiti poiché potrà costituire un punto di raccordo con gli obiettivi e le ",
        "attività locali. Quanto alle aree di policy, il presente intervento insiste ",
        "sull’area J -  interventi a favore delle persone con disabilità ",
      ].join("\n"),
    );
    expect(read).toEqual({ answer: null, areas: [] });
  });
});

describe("a sentence of integration with other areas", () => {
  it("reads the areas it lists, each by its title or its word, in the order printed", () => {
    // Sebino L5725-5726, L8229-8230.
    expect(
      integratedAreas(
        "Integrazione  con  l’area  delle  politiche  abitative,  del  lavoro,  \ndella domiciliarità. ",
      ),
    ).toEqual(["B", "H", "D"]);
    expect(
      integratedAreas(
        "locali. Integrazione con l’area delle politiche a supporto delle persone \ndisabili, del lavoro, della domiciliarità.  ",
      ),
    ).toEqual(["J", "H", "D"]);
    expect(
      integratedAreas("L’obiettivo è da ritenersi trasversale rispetto alle azioni dei singoli Ambiti"),
    ).toEqual([]);
  });

  it("answers yes with the areas other than the scheda's own", () => {
    // Sebino L8227-8230, in a scheda of the area J.
    const read = transversalOf(
      [
        "L’obiettivo è da ritenersi trasversale rispetto alle azioni dei singoli Ambiti ",
        "poiché potrà costituire un punto di raccordo con gli obiettivi e le attività ",
        "locali. Integrazione con l’area delle politiche a supporto delle persone ",
        "disabili, del lavoro, della domiciliarità.  ",
      ].join("\n"),
    );
    expect(read).toEqual({ answer: "si", areas: ["H", "D"] });
  });
});

describe("a PPT card's transversal box", () => {
  it("reads the areas it lists, without a SI/NO, as a yes", () => {
    // Sebino L6964-6974, abridged.
    const text = [
      "Scheda di progetto 25: Punto Unico di Accesso ",
      "Area Aziendale  ",
      "(asst Franciacorta) ",
      "settori coinvolti: PUA ",
      "Razionale/criticità Garantire l'accesso ",
      "Obiettivi Coordinare la presa in carico ",
      "Target/destinatari Tutti i residenti ",
      "RISORSE  Personale ASST e personale dell'Ambito ",
      "TRASVERSALE AD ALTRE LINEE DI ",
      "",
      "POLICY ",
      "- Contrasto alla povertà e all’emarginazione sociale e ",
      "",
      "promozione dell’inclusione attiva; ",
      "- Digitalizzazione dei servizi; ",
      "PUNTI CHIAVE DI INTERVENTO - Risposta integrata ai bisogni dei cittadini ",
    ].join("\n");
    const card = ingestPlanText(text).schede[0]?.draft;
    expect(card?.transversal.answer).toBe("si");
    expect(card?.transversal.areas).toEqual(["A", "F"]);
  });
});

/** A PdZ form as Sebino prints it (L7622-7700, abridged), with further boxes after its key points. */
function sebinoForm(boxes: readonly string[]): ReturnType<typeof ingestPlanText>["schede"][number]["draft"] {
  const text = [
    "Accesso ai Servizi ",
    "",
    "TITOLO INTERVENTO ANALISI, COORDINAMENTO E VERIFICA DELL’OMOGENEITA’ ",
    "DELLE CONDIZIONI DI ACCESSO AI SERVIZI ",
    "",
    "QUALI OBIETTIVI VUOLE ",
    "RAGGIUNGERE  ",
    "",
    "- Uniformare le condizioni di accesso ai servizi ",
    "",
    "AZIONI PROGRAMMATE  ",
    "",
    "- Analisi dei costi ",
    "",
    "TARGET  ",
    "",
    "Cittadini ",
    "",
    ...SEBINO_FORM_TRANSVERSAL_LABEL,
    "NO ",
    "",
    ...SEBINO_FORM_KEY_POINTS_LABEL,
    "Predisposizione e Condivisione di procedure e buone prassi ",
    "per accesso ai servizi ",
    "",
    ...boxes,
  ].join("\n");
  const draft = firstScheda(text).draft;
  return draft;
}

describe("options and answers of the PdZ form", () => {
  it("does not read the form's own list “BISOGNO CONSOLIDATO/NUOVO” as a choice", () => {
    // Sebino L7781-7794.
    const draft = sebinoForm([
      "IL BISOGNO RILEVATO ERA GIÀ ",
      "STATO AFFRONTATO NELLA ",
      "PRECEDENTE ",
      "PROGRAMMAZIONE O PUÓ ",
      "ESSERE DEFINITO COME UN ",
      "",
      "Il presente intervento risponde alla necessità di rivedere il ",
      "sistema dei servizi in funzione dei mutati bisogni complessivi ",
      "delle persone ",
      " NUOVO BISOGNO EMERSO ",
      "NELLA PRECEDENTE ",
      "TRIENNALITÁ? ",
      "",
      "BISOGNO CONSOLIDATO/NUOVO ",
      "",
      "L’OBIETTIVO É DI TIPO ",
      "PROMOZIONALE/PREVENTIVO O ",
      "RIPARATIVO? ",
      "",
      " Preventivo ",
    ]);
    expect(draft.needKind.kind).toBeNull();
  });

  it("ends an answer's lines at its last word, not at a stray mark of the next label", () => {
    // Sebino L4821-4831.
    const draft = sebinoForm([
      "L’INTERVENTO È FORMALMENTE ",
      "CO-PROGRAMMATO CON IL ",
      "TERZO SETTORE? ",
      "",
      "NO ",
      "",
      "  ",
      "",
      "’INTERVENTO È FORMALMENTE ",
      "CO-PROGETTATO CON IL TERZO ",
      "SETTORE? ",
      "",
      "NO ",
    ]);
    expect(draft.coProgrammed.answer).toBe("no");
    expect(draft.coProgrammed.lines).toEqual([35, 35]);
  });
});
