/**
 * How the reader lists the sources of RISORSE ECONOMICHE PREVENTIVATE of a scheda obiettivo, on phrases of the
 * seeds: Busto Arsizio's HTML cells, Alto Milanese's cells run together on one line.
 */
import { describe, expect, it } from "vitest";
import type { DraftScheda } from "../../src/ingest/index.js";
import {
  SEBINO_FORM_OPENING,
  SEBINO_FORM_STAFF,
  SEBINO_FORM_TARGET_AND_BUDGET_LABEL,
  SEBINO_FORM_TRANSVERSAL_LABEL,
} from "./support/sebino-form.js";
import { firstScheda } from "./support/first-scheda.js";

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
  return firstScheda(text).draft;
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

  it("reads the fund named after an amount on its line, past an abbreviation such as “es.”", () => {
    // Busto Arsizio L1730.
    expect(
      fundsOf(
        scheda(
          "Sostenere la garanzia affitti",
          "<ul> <li>• Servizio PIS previsto per Busto Arsizio nel 2026 – circa 110.000 euro centrale operativa, servizio custodia rifugio e potenziamento servizi educativi territoriali per soggetti vulnerabili (es. educazione finanziaria) – Fondo Povertà – quota servizi e povertà estrema</li> <li>• Studio di fattibilità e – importo non definito</li> </ul>",
        ),
      ).map(([fund, , amount]) => [fund, amount]),
    ).toEqual([
      ["fondo-poverta", "110000"],
      ["altro", null],
    ]);
  });

  it("reads “pari a” as a line, not as the total, unless a spending or a total is named", () => {
    // Busto Arsizio L1885 and L2589.
    const study = scheda(
      "Sostenere la garanzia affitti",
      "In fase di avvio, le risorse stanziare per lo studio di fattibilità dell'Agenzia dell'Abitare sono pari a 44.000 euro",
    );
    expect(study.budget?.total).toBeNull();
    expect(fundsOf(study).map(([fund, , amount]) => [fund, amount])).toEqual([["altro", "44000"]]);
    const yearly = scheda(
      "Sostenere la garanzia affitti",
      "<i>Risorse Fondo Famiglia Nazionale</i> <i>Risorse Regionali a disposizione delle ATS</i> <i>Ai sensi DGR 1507/23 – contributo regionale massimo annuale pari a 70000 euro</i>",
    );
    expect(yearly.budget?.total).toBeNull();
    expect(
      fundsOf(yearly).map(([fund, label, amount]) => [fund, amount === null ? label : "", amount]),
    ).toEqual([
      ["altro", "Risorse Fondo Famiglia Nazionale", null],
      ["altro", "Risorse Regionali a disposizione delle ATS", null],
      ["altro", "", "70000"],
    ]);
    // A spending over the triennium is the total (Alto Milanese's form).
    expect(
      scheda("Sostenere la garanzia affitti", "Si stima una spesa nel triennio pari ad €. 30.000,00 (FNPS)")
        .budget?.total,
    ).toBe("30000");
  });

  it("gives the items of a list the fund of the line introducing it, and leaves out subtotals", () => {
    // Busto Arsizio L1995.
    expect(
      fundsOf(
        scheda(
          "Sostenere la garanzia affitti",
          "<p>FNPS quota vincolata (stimata)</p> <ul> <li>- Ambito Busto Arsizio 37.196,00 euro (valido fino al 31/03/2026 – per il 2027 ipotizziamo aggiunta stimata: 12800 euro – totale 49.996,00 €</li> <li>- Ambito Gallarate 54.637,70 euro – per il 2027 ipotizziamo aggiunta stimata: 18200 euro – totale 72.837,70 €</li> </ul>",
        ),
      ).map(([fund, , amount]) => [fund, amount]),
    ).toEqual([
      ["fnps", "37196"],
      ["fnps", "12800"],
      ["fnps", "54637.7"],
      ["fnps", "18200"],
    ]);
  });

  it("reads no amount from an income threshold", () => {
    // Busto Arsizio L2065.
    expect(
      fundsOf(
        scheda(
          "Sostenere la garanzia affitti",
          "<p><i>Fondo Povertà per ISEE inferiore a 9.360 euro e presa in carico sociale – circa 150.000 euro/anno</i></p>",
        ),
      ).map(([fund, , amount]) => [fund, amount]),
    ).toEqual([["fondo-poverta", "150000"]]);
  });

  it("reads a bare sum after a fund and a dash, and the Comuni's own resources", () => {
    // Busto Arsizio L2365, L2402, L2626.
    expect(
      fundsOf(
        scheda("Sostenere la garanzia affitti", "<i>FNPS – 55000 Risorse proprie – personale interno</i>"),
      ),
    ).toEqual([
      ["fnps", "FNPS", "55000"],
      ["risorse-comunali", "Risorse proprie", null],
    ]);
    expect(
      fundsOf(
        scheda(
          "Sostenere la garanzia affitti",
          "Concessione in comodato d'uso a titolo gratuito di uno spazio comunale in via Tito Speri a Busto Arsizio ad Ente del Terzo Settore",
        ),
      ).map(([fund, , amount]) => [fund, amount]),
    ).toEqual([["risorse-comunali", null]]);
    expect(
      fundsOf(
        scheda(
          "Sostenere la garanzia affitti",
          "<p>Risorse di cofinanziamento Ambiti Territoriali Sociali – circa 25.000 euro anno per l'intera Rete</p> <p>Risorse cofinanziamento CAV – circa 60 mila euro per anno</p>",
        ),
      ).map(([fund, , amount]) => [fund, amount]),
    ).toEqual([
      ["risorse-comunali", "25000"],
      ["altro", "60000"],
    ]);
  });

  it("reads a source run together with a fund on one line", () => {
    // Busto Arsizio L2434 and L2182.
    expect(
      fundsOf(
        scheda(
          "Sostenere la garanzia affitti",
          "Fondo Nazionale Politiche Giovanili Fondo PNRR – quota risorse progetto BOOST – Fili Urbani – circa 110.000 euro fino al 2027",
        ),
      ).map(([fund, label, amount]) => [fund, fund === "altro" ? label : "", amount]),
    ).toEqual([
      ["altro", "Fondo Nazionale Politiche Giovanili", null],
      ["pnrr", "", "110000"],
    ]);
    expect(
      fundsOf(
        scheda(
          "Sostenere la garanzia affitti",
          "Risorse Programmi Operativi Regionali POR FESR e POR FSE+ per il periodo di programmazione europeo 2021-2027 e le indicazioni di Regione Lombardia Risorse Regione Lombardia",
        ),
      ),
    ).toEqual([
      ["fesr", "FESR", null],
      ["fse-plus", "FSE+", null],
      ["altro", "Risorse Regione Lombardia", null],
    ]);
  });
});

/** A PdZ form as Sebino prints it, one box after its label (L7340-7415, abridged), with the budget box given. */
function flowScheda(budget: readonly string[]): DraftScheda {
  const text = [
    ...SEBINO_FORM_OPENING,
    ...SEBINO_FORM_TARGET_AND_BUDGET_LABEL,
    ...budget,
    "",
    ...SEBINO_FORM_STAFF,
    ...SEBINO_FORM_TRANSVERSAL_LABEL,
    "NO ",
  ].join("\n");
  return firstScheda(text).draft;
}

describe("sources named in sentences, without amounts", () => {
  it("reads funds named by their giver and a source opening a line of its own", () => {
    // Sebino L7397-7405.
    const draft = flowScheda([
      "Le risorse utili al perseguimento dell’obiettivo sono da imputare ",
      "fondamentalmente a  ",
      "",
      "- fondi pubblici ministeriali e PNRR a disposizione ",
      "- tempo lavoro che sarà messo a disposizione dai soggetti ",
      "",
      "coinvolti ",
      "",
      "Soggetti del terzo settore e loro cofinanziamento ",
    ]);
    expect(fundsOf(draft)).toEqual([
      ["altro", "fondi pubblici ministeriali", null],
      ["pnrr", "PNRR", null],
      ["altro", "Soggetti del terzo settore e loro cofinanziamento", null],
    ]);
  });

  it("reads the Municipalities' resources, the funds to be raised and funds named by their act", () => {
    // Sebino L3886-3895.
    expect(
      fundsOf(
        flowScheda([
          "Risorse economiche in capo agli Ambiti e ai Comuni per gli ",
          "interventi di contrasto all’esclusione sociale, definite anche in ",
          "base alle risorse assegnate su FNPS, Fondo Povertà, per le ",
          "coperture di indennità di tirocinio e altre spese dirette per i ",
          "beneficiari. ",
          "",
          "Risorse economiche da reperire tramite fundraising (Fondazioni, ",
          "sponsor), per azioni integrate di comunicazione, social media ",
          "planning. ",
        ]),
      ).map(([fund]) => fund),
    ).toEqual(["risorse-comunali", "fnps", "fondo-poverta", "altro"]);
    // Sebino L4682-4685.
    expect(
      fundsOf(
        flowScheda([
          "Gli Ambiti Territoriali si coordinano per dare prosecuzione (nel ",
          "2025) alle linee di azione dedicate alla transizione scuola-lavoro-",
          "servizi contenute nei progetti finanziati in base alla DGR ",
          "7501/2022 e si attivano per darne continuità. ",
        ]),
      ),
    ).toEqual([["altro", "progetti finanziati in base alla DGR 7501/2022", null]]);
  });
});
