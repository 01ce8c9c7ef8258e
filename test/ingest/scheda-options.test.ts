/**
 * How the reader chooses the option of L'OBIETTIVO PREVEDE LA DEFINIZIONE DI UN NUOVO SERVIZIO? and of IL BISOGNO
 * RILEVATO …?, on answers as Busto Arsizio prints them.
 */
import { describe, expect, it } from "vitest";
import { ingestPlanText } from "../../src/ingest/index.js";
import type { DraftScheda } from "../../src/ingest/index.js";

/** A scheda as the seeds print it: one tab-separated label and value a line. */
function scheda(newService: string, needKind = "Bisogno consolidato"): DraftScheda {
  const text = [
    "Scheda Piano di Zona prevista da DGR 2167/24",
    "AREA DI POLICY\tB) Politiche abitative",
    "TITOLO INTERVENTO\tAbitare sostenibile",
    "QUALI OBIETTIVI VUOLE RAGGIUNGERE\tFavorire l'accesso alla casa",
    "AZIONI PROGRAMMATE\tSostenere la garanzia affitti",
    "TARGET\tCittadini",
    "RISORSE ECONOMICHE PREVENTIVATE\tFNPS",
    "RISORSE DI PERSONALE DEDICATE\tAssistenti sociali",
    "È IN CONTINUITÀ CON LA PROGRAMMAZIONE PRECEDENTE (2021-2023)?\tNo",
    `L'OBIETTIVO PREVEDE LA DEFINIZIONE DI UN NUOVO SERVIZIO?\t${newService}`,
    "L'OBIETTIVO È IN CONTINUITÀ E/O RAPPRESENTA IL POTENZIAMENTO DI UN PROGETTO PREMIALE DELLA PROGRAMMAZIONE 2021-2023?\tNo",
    "QUESTO INTERVENTO A QUALE/I BISOGNO/I RISPONDE?\tCasa",
    `IL BISOGNO RILEVATO ERA GIÀ STATO AFFRONTATO NELLA PRECEDENTE PROGRAMMAZIONE O PUÒ ESSERE DEFINITO COME UN NUOVO BISOGNO EMERSO NELLA PRECEDENTE TRIENNALITÀ?\t${needKind}`,
    "L'OBIETTIVO È DI TIPO PROMOZIONALE/PREVENTIVO O RIPARATIVO?\tPreventivo",
  ].join("\n");
  const read = ingestPlanText(text).schede[0];
  if (read === undefined) throw new Error("no scheda read");
  return read.draft;
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
