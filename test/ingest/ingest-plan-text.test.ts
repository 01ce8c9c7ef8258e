/** The reader on small texts: what it reads from an evaluation grid, and what it reports instead of guessing. */
import { describe, expect, it } from "vitest";
import { ingestPlanText } from "../../src/ingest/index.js";

/** One objective of an ex-post grid, as Busto Arsizio's plan prints it (tab-separated label and value). */
function grid(grade: string): string {
  return [
    "OBIETTIVO PRECEDENTE PROGRAMMAZIONE\t",
    "TITOLO OBIETTIVO\tPRESA IN CARICO INTEGRATA DELLE PERSONE CON FRAGILITÀ",
    "DESCRIZIONE OBIETTIVO\tPotenziare la filiera degli strumenti di sostegno.",
    "DIMENSIONE DI ANALISI\tOUTPUT",
    "",
    `GRADO DI RAGGIUNGIMENTO DELL'OBIETTIVO RISPETTO A CIO' CHE ÈRA STATO DEFINITO NELLA PROGRAMMAZIONE\t${grade}`,
    "VALUTAZIONE DA PARTE DEGLI UTENTI (OVE PERTINENTE)\tNon applicabile",
    "LIVELLO DI ADEGUATEZZA DELLE RISORSE UMANE E STRUMENTALI IMPIEGATE RISPETTO AL RAGGIUNGIMENTO DEGLI OBIETTIVI PREFISSATI\tAdeguato",
    "LIVELLO DI COINCIDENZA TRA RISORSE STANZIATE E RISORSE IMPEGNATE/LIQUIDATE\t>100% (sottostimato)",
    "CRITICITÀ' RILEVATE NEL RAGGIUNGIMENTO DELL'OBIETTIVO\tNessuna",
    "QUESTO OBIETTIVO HA ADEGUATAMENTE RISPOSTO AD UN BISOGNO PRODUCENDO UN CAMBIAMENTO POSITIVO NELL'AREA INDIVIDUATA COME PROBLEMATIC?\tSì",
    "L'OBIETTIVO ERA IN CONTINUITÀ CON LA PROGRAMMAZIONE PRECEDENTE (2018-2020)?\tSì",
    "L'OBIETTIVO VERRÀ RIPROPOSTO NELLA PROSSIMA PROGRAMMAZIONE 2025-2027?\tSì",
  ].join("\n");
}

describe("ingestPlanText on an evaluation grid", () => {
  it("reads a printed band range and its band, with the line it stands on", () => {
    const result = ingestPlanText(grid("80-99% (buono)"));
    const objective = result.evaluation?.objectives[0];
    expect(objective?.grade?.range).toEqual({ from: "80", to: "99" });
    expect(objective?.grade?.band).toBe("buono");
    expect(objective?.grade?.lines).toEqual([6, 6]);
    expect(result.findings.filter((f) => f.code === "grid_value_not_read")).toEqual([]);
  });

  it("leaves out a grade printed in words, and reports it with its line instead of guessing", () => {
    const result = ingestPlanText(grid("quasi del tutto"));
    const objective = result.evaluation?.objectives[0];
    expect(objective?.grade).toBeUndefined();
    const finding = result.findings.find((f) => f.code === "grid_value_not_read");
    expect(finding?.lines).toEqual([6, 6]);
    expect(finding?.messageIt).toContain("riga 6");
    expect(finding?.stated).toBe("quasi del tutto");
  });

  it("reads the same grid with CRLF line ends", () => {
    const plain = ingestPlanText(grid("80-99% (buono)"));
    const noisy = ingestPlanText(grid("80-99% (buono)").replace(/\n/gu, "\r\n"));
    expect(noisy.evaluation?.objectives).toEqual(plain.evaluation?.objectives);
  });
});
