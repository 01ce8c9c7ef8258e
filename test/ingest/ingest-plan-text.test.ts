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

/** A scheda followed by the ASST's form for the same LEPS, as Busto Arsizio's plan prints them (L1662-1715). */
const SCHEDA_WITH_ASST_FORM = [
  "AREA DI POLICY\tA) Contrasto alla povertà e all'emarginazione sociale e promozione dell'inclusione attiva",
  "TITOLO INTERVENTO\tLEPS - VALUTAZIONE MULTIDIMENSIONALE E PROGETTO PERSONALIZZATO",
  "QUALI OBIETTIVI VUOLE RAGGIUNGERE\tAttivare e rafforzare le EEMM",
  "AZIONI PROGRAMMATE\t1. attivazione delle EEMM",
  "TARGET\tNuclei con bisogni complessi beneficiari di misura ADI",
  "RISORSE DI PERSONALE DEDICATE\tAssistenti sociali Educatori",
  "QUALI RISULTATI VUOLE RAGGIUNGERE?\tIndicatore 2: numero incontri formativi svolti/numero incontri formativi previsti Anno 2025>=50% Anno 2026>=75% Anno 2027>= 100%",
  "QUALE IMPATTO DOVREBBE AVERE L'INTERVENTO?\tMigliorare la collaborazione e comunicazione tra servizi sociali e sociosanitari",
  "",
  "Scheda elaborata da ASST Valle Olona allegata al PPT previsto da DGR 2089/24",
  "",
  "Criticità o razionale del progetto\tNuclei con bisogni complessi",
  "<b>Destinatari specifici dell'intervento (target)</b>\tNuclei con bisogni complessi beneficiari di misura ADI",
  "<b>Descrizione del servizio / progetto</b>\tConsolidamento e attuazione dei protocolli sottoscritti",
  "<b>Attori/Enti coinvolti</b>\tASST, Ambiti Territoriali Sociali, CPI, ETS",
  "<b>Risorse ASST necessarie per attuazione del progetto (specificando se già presenti in organico)</b>\tMedici Psichiatri Psicologi",
  "<b>Progettualità presente nel Piano di Zona e nel PPT</b>\tSi PdZ Si PPT",
  "<b>Anno Avvio / Anno Fine</b>\t2025-2027",
  "<b>Indicatore e risultato atteso</b>\t<b>Indicatore: numero incontri formativi svolti/numero incontri formativi previsti</b> 2025 >= 50% 2026 >= 75% 2027 100%",
].join("\n");

describe("ingestPlanText on a scheda followed by the ASST's form", () => {
  it("adds the form's results to the scheda's targets, with ids and lines of their own", () => {
    const result = ingestPlanText(SCHEDA_WITH_ASST_FORM);
    expect(result.schede[0]?.draft.targets).toMatchObject([
      { id: "R-1", kind: "share-at-least", minPercent: "50", due: "2025-12-31", lines: [7, 7] },
      { id: "R-2", kind: "share-at-least", minPercent: "75", due: "2026-12-31", lines: [7, 7] },
      { id: "R-3", kind: "share-at-least", minPercent: "100", due: "2027-12-31", lines: [7, 7] },
      { id: "PPT-R-1", kind: "share-at-least", minPercent: "50", text: "2025 >= 50%", lines: [19, 19] },
      { id: "PPT-R-2", kind: "share-at-least", minPercent: "75", lines: [19, 19] },
      { id: "PPT-R-3", kind: "share-at-least", minPercent: "100", lines: [19, 19] },
    ]);
    // The form stays a LEPS scheda of the ASST, with the same results.
    expect(result.lepsSchede.map((leps) => [leps.draft.author, leps.draft.targets.length])).toEqual([
      ["asst", 3],
    ]);
  });
});

describe("ingestPlanText on the heading of a scheda", () => {
  it("reads the code of “OBIETTIVO 3” below a row without letters (Alto Milanese L1033-1037)", () => {
    const form = (title: string): string[] => [
      "LEPS\tOFFERTA INTEGRATA DI INTERVENTI E SERVIZI SECONDO LE MODALITÀ COORDINATE DEFINITE DALLE REGIONI E PROVINCE AUTONOME",
      `TITOLO INTERVENTO COLLEGATO AL LEPS\t${title}`,
      "QUALI OBIETTIVI VUOLE RAGGIUNGERE\tAttivazione di interventi per i giovani",
      "AZIONI PROGRAMMATE\tCreazione del tavolo locale",
      "TARGET\t14-25 anni",
      "QUALE IMPATTO DOVREBBE AVERE L'INTERVENTO?\tRilevazione dell'aumento del benessere di famiglie e di minori",
    ];
    const text = [
      "OBIETTIVO 2\t",
      ...form("FAMIGLIE"),
      "--\t--",
      "",
      "OBIETTIVO 3\t",
      ...form("HUB GIOVANI"),
    ].join("\n");
    const drafts = ingestPlanText(text).schede.map((scheda) => scheda.draft);
    expect(drafts.map((draft) => [draft.code, draft.codeBasis, draft.heading])).toEqual([
      ["2", "printed", "OBIETTIVO 2"],
      ["3", "printed", "OBIETTIVO 3"],
    ]);
  });
});
