/**
 * How the reader chooses the option of L'OBIETTIVO PREVEDE LA DEFINIZIONE DI UN NUOVO SERVIZIO? and of IL BISOGNO
 * RILEVATO …?, on answers as Busto Arsizio prints them.
 */
import { describe, expect, it } from "vitest";
import type { DraftScheda } from "../../src/ingest/index.js";
import { firstScheda } from "./support/first-scheda.js";

/** A scheda as the seeds print it: one tab-separated label and value a line, with the two options' answers given. */
function scheda(newService: string, needKind = "Bisogno consolidato"): DraftScheda {
  return withRows(
    [
      "È IN CONTINUITÀ CON LA PROGRAMMAZIONE PRECEDENTE (2021-2023)?\tNo",
      `L'OBIETTIVO PREVEDE LA DEFINIZIONE DI UN NUOVO SERVIZIO?\t${newService}`,
      "L'OBIETTIVO È IN CONTINUITÀ E/O RAPPRESENTA IL POTENZIAMENTO DI UN PROGETTO PREMIALE DELLA PROGRAMMAZIONE 2021-2023?\tNo",
    ],
    [
      `IL BISOGNO RILEVATO ERA GIÀ STATO AFFRONTATO NELLA PRECEDENTE PROGRAMMAZIONE O PUÒ ESSERE DEFINITO COME UN NUOVO BISOGNO EMERSO NELLA PRECEDENTE TRIENNALITÀ?\t${needKind}`,
      "L'OBIETTIVO È DI TIPO PROMOZIONALE/PREVENTIVO O RIPARATIVO?\tPreventivo",
    ],
  );
}

/** A scheda in a table whose rows after the staff are given: `rows` before the needs row, `after` after it. */
function withRows(rows: readonly string[], after: readonly string[] = []): DraftScheda {
  const text = [
    "Scheda Piano di Zona prevista da DGR 2167/24",
    "AREA DI POLICY\tB) Politiche abitative",
    "TITOLO INTERVENTO\tAbitare sostenibile",
    "QUALI OBIETTIVI VUOLE RAGGIUNGERE\tFavorire l'accesso alla casa",
    "AZIONI PROGRAMMATE\tSostenere la garanzia affitti",
    "TARGET\tCittadini",
    "RISORSE ECONOMICHE PREVENTIVATE\tFNPS",
    "RISORSE DI PERSONALE DEDICATE\tAssistenti sociali",
    ...rows,
    "QUESTO INTERVENTO A QUALE/I BISOGNO/I RISPONDE?\tCasa",
    ...after,
  ].join("\n");
  return firstScheda(text).draft;
}

describe("the options of the form", () => {
  it("reads “No, il servizio è già presente” as the service already there", () => {
    // Busto Arsizio L2005 and L1742.
    expect(scheda("No, il servizio è già presente").newService.kind).toBe("servizio-gia-presente");
    expect(
      scheda(
        "<p>No, in quanto servizio già presente nell'Ambito di Busto Arsizio, sviluppato dapprima con risorse ministeriali</p>",
      ).newService.kind,
    ).toBe("servizio-gia-presente");
  });

  it("chooses no option when the box prints two, or denies the new service", () => {
    // Busto Arsizio L2194 and L2315.
    expect(scheda("Servizio già presente Nuovo servizio").newService.kind).toBeNull();
    expect(
      scheda(
        "L'obiettivo non prevede la definizione di un nuovo servizio ma la diffusione di un metodo di lavoro condiviso",
      ).newService.kind,
    ).toBeNull();
    expect(scheda("Nuovo servizio").newService.kind).toBe("nuovo-servizio");
  });

  it("reads a need “emerso nella precedente triennalità” or “innovativo” as new, one “già emerso” as consolidated", () => {
    // Busto Arsizio L2419 and L1901; Sebino L4496.
    expect(scheda("Nuovo servizio", "Bisogno emerso nella precedente triennalità").needKind.kind).toBe(
      "nuovo-bisogno",
    );
    expect(scheda("Nuovo servizio", "Bisogno innovativo").needKind.kind).toBe("nuovo-bisogno");
    expect(
      scheda(
        "Nuovo servizio",
        "Il bisogno era già emerso nella precedente triennalità, che nel tempo si è consolidato",
      ).needKind.kind,
    ).toBe("bisogno-consolidato");
  });
});

describe("the SI/NO boxes of a table", () => {
  it("reads the answer after the form's prompt left in the box, or printed inside the prompt", () => {
    // Busto Arsizio L2016 and L2453-L2455.
    const draft = withRows(
      [],
      [
        "L'OBIETTIVO PRESENTA MODELLI INNOVATIVI DI PRESA IN CARICO, DI RISPOSTA AL BISOGNO E COOPERAZIONE CON ALTRI ATTORI DELLA RETE)\t<p><i>SI/NO (se sì, indicare quali aspetti)</i></p> <p>Sì, nell'integrazione operativa del livello sociale con quello sanitario.</p>",
        "L'OBIETTIVO PRESENTA DEGLI ASPETTI INERENTI ALLA DIGITALIZZAZIONE? (organizzativi,\tNo",
        "",
        "gestionali, erogativi, ecc.)\t",
        "QUALI MODALITÀ ORGANIZZATIVE, OPERATIVE E DI EROGAZIONE SONO ADOTTATE?\tIncontri",
      ],
    );
    expect(draft.innovation.answer).toBe("si");
    expect(draft.digitalisation.answer).toBe("no");
    // The prompt alone answers nothing (Busto Arsizio L1790).
    expect(
      withRows(
        [],
        [
          "L'OBIETTIVO PRESENTA MODELLI INNOVATIVI DI PRESA IN CARICO, DI RISPOSTA AL BISOGNO E COOPERAZIONE CON ALTRI ATTORI DELLA RETE)\tSI/NO (se sì, indicare quali aspetti)",
        ],
      ).innovation.answer,
    ).toBeNull();
  });

  it("gives an answer printed amid its label, or before its label's tail, the lines of the whole label", () => {
    // Busto Arsizio L2008-L2010 and L2080-L2082 (lines 9-11 here).
    const draft = withRows([
      "L'INTERVENTO È FORMALMENTE CO-\tNo",
      "",
      "PROGETTATO CON IL TERZO SETTORE?\t",
      "L'INTERVENTO PREVEDE IL COINVOLGIMENTO DI ALTRI ATTORI DELLA RETE\tSI, nella valutazione multidimensionale potrebbero essere interpellati MMG.",
      "",
      "TERRITORIALE? (oltre ad ASST e ETS)\t",
    ]);
    expect([draft.coDesigned.answer, draft.coDesigned.lines]).toEqual(["no", [9, 11]]);
    expect([draft.otherActors.answer, draft.otherActors.lines]).toEqual(["si", [12, 14]]);
  });

  it("reads no answer from a condition", () => {
    // Busto Arsizio L2755.
    expect(
      withRows([
        "PREVEDE IL COINVOLGIMENTO DI ASST NELLA REALIZZAZIONE DELL'INTERVENTO E AZIONI CONGIUNTE AMBITO-ASST?\tIn caso di necessità specifica del beneficiario, potrà essere coinvolta l'ASST Valle Olona nelle attività di UVM",
      ]).asstInDelivery.answer,
    ).toBeNull();
  });
});
