/** How the results of a scheda are typed as targets: phrases as the seeds print them. */
import { describe, expect, it } from "vitest";
import { Passage } from "../../src/ingest/_passage.js";
import { readBaselines, readTargets } from "../../src/ingest/_targets.js";

/** The targets read from a box's text (each line of the text a line of the document). */
function read(text: string, inResults = true): ReturnType<typeof readTargets> {
  const lines = text.split("\n");
  const passage = new Passage(
    lines,
    lines.map((line, n) => ({ line: n, from: 0, to: line.length })),
  );
  return readTargets(passage, 0, passage.text.length, inResults);
}

describe("results printed as a row of years", () => {
  it("reads each year of a linearised row after its indicator, and not the indicator itself (Busto Arsizio L1689)", () => {
    const targets = read(
      "Indicatore 1: incremento numero EEMM attivate (pari al numero di incontri verbalizzati) Anno 2025 Incremento numero EEMM ≥ 1 Anno 2026 N. EEMM attivate anno 2026 > di EEMM attivate anno 2025 Anno 2027 N. EEMM attivate anno 2027 > di EEMM attivate anno 2026",
    );
    expect(targets).toMatchObject([
      {
        kind: "count-at-least",
        min: 1,
        per: "year",
        due: "2025-12-31",
        text: "Anno 2025 Incremento numero EEMM ≥ 1",
      },
      { kind: "change", direction: "increase", fromYear: 2025, toYear: 2026 },
      { kind: "change", direction: "increase", fromYear: 2026, toYear: 2027 },
    ]);
  });

  it("reads bare years after the indicator's name, LaTeX signs included (Busto Arsizio L1715, L2020)", () => {
    expect(
      read(
        "Indicatore: numero incontri formativi svolti/numero incontri formativi previsti 2025 >= 50% 2026 >= 75% 2027 100%",
      ),
    ).toMatchObject([
      { kind: "share-at-least", minPercent: "50", per: "year", due: "2025-12-31", text: "2025 >= 50%" },
      { kind: "share-at-least", minPercent: "75", per: "year", due: "2026-12-31" },
      { kind: "share-at-least", minPercent: "100", per: "year", due: "2027-12-31" },
    ]);
    expect(read("Anno 2026: <math>\\geq 50\\%</math> Anno 2027: <math>\\geq 75\\%</math>")).toMatchObject([
      { kind: "share-at-least", minPercent: "50", due: "2026-12-31" },
      { kind: "share-at-least", minPercent: "75", due: "2027-12-31" },
    ]);
  });

  it("reads a change stated in words (Busto Arsizio L2356)", () => {
    expect(read("Anno 2026 – n. famiglie prese in carico 2026 maggiore di n. famiglie 2025")).toMatchObject([
      { kind: "change", direction: "increase", fromYear: 2025, toYear: 2026 },
    ]);
  });

  it("reads a year's step and the figure added after a dash as two results of that year (Busto Arsizio L2356)", () => {
    expect(
      read(
        "Anno 2026 – Approvazione e Attivazione Accordo protocolli/procedure – applicazione del protocollo almeno sul 40% dei casi",
      ),
    ).toMatchObject([
      {
        kind: "deliverable",
        due: "2026-12-31",
        text: "Anno 2026 – Approvazione e Attivazione Accordo protocolli/procedure",
      },
      {
        kind: "share-at-least",
        minPercent: "40",
        per: "year",
        due: "2026-12-31",
        text: "applicazione del protocollo almeno sul 40% dei casi",
      },
    ]);
  });

  it("reads a share written as a fraction, in the impact box too (Alto Milanese L1245)", () => {
    expect(read("1/3 delle sperimentazioni che continuano", false)).toMatchObject([
      { kind: "share-at-least", minPercent: "33.33", denominator: "sperimentazioni che continuano" },
    ]);
    expect(read("momenti di confronto (3/4 per annualità)")).toEqual([]);
  });

  it("reads the share due in the year a bullet names (Sebino L6887-6889)", () => {
    expect(read("➢ 50% nell’anno 2025\n➢ 75% nel 2026")).toMatchObject([
      { kind: "share-at-least", minPercent: "50", per: "year", due: "2025-12-31" },
      { kind: "share-at-least", minPercent: "75", per: "year", due: "2026-12-31" },
    ]);
  });
});

describe("results printed without bullets", () => {
  it("cuts a row where its opening word comes again (Alto Milanese L1216, L1297)", () => {
    expect(
      read("Realizzazione di almeno 2 percorsi formativi realizzazione di almeno 2 progetti sperimentali"),
    ).toMatchObject([
      { kind: "count-at-least", min: 2, unit: "percorsi formativi", per: "triennium" },
      { kind: "count-at-least", min: 2, unit: "progetti sperimentali", per: "triennium" },
    ]);
    expect(read("n. 1 convenzione per utilizzo spazi n. 15 accessi/mese")).toMatchObject([
      { kind: "deliverable", deliverable: "convenzione per utilizzo spazi" },
      { kind: "count-at-least", min: 15, per: "month", text: "n. 15 accessi/mese" },
    ]);
  });

  it("cuts before a second count joined by “e”, but not before “e di” (Alto Milanese L1744, Busto Arsizio L2808)", () => {
    expect(
      read("n. 3 medio/grandi aziende coinvolte nelle azioni e n. cooperative coinvolte;"),
    ).toMatchObject([
      { kind: "count-at-least", min: 3, text: "n. 3 medio/grandi aziende coinvolte nelle azioni" },
    ]);
    expect(read("Indicatore: realizzazione di n. 1 accordo quadro e di n. 1 protocollo.")).toMatchObject([
      {
        kind: "deliverable",
        deliverable: "accordo quadro",
        text: "realizzazione di n. 1 accordo quadro e di n. 1 protocollo.",
      },
      { kind: "deliverable", deliverable: "protocollo" },
    ]);
  });
});

describe("what is not a target", () => {
  it("reads the increase of a count over the triennium, not the increase of a quality (Busto Arsizio L2648)", () => {
    expect(read("- incremento delle competenze degli attori di rete formati")).toEqual([]);
    expect(
      read(
        "- incremento opportunità di inserimento lavorativo e abitativo per le donne avviate al percorso di autonomia",
      ),
    ).toEqual([]);
    // Alto Milanese L1385, L1414.
    expect(read("Incremento del numero di persone che accedono ai servizi")).toMatchObject([
      { kind: "change", direction: "increase", fromYear: 2025, toYear: 2027 },
    ]);
    expect(read("n. Incremento delle prese in carico integrate da PUA")).toMatchObject([
      { kind: "change", direction: "increase" },
    ]);
  });

  it("reads no count from the span that defines an indicator (Busto Arsizio L1940)", () => {
    expect(read("N. di beneficiari che permangono in una soluzione abitativa per almeno sei mesi")).toEqual(
      [],
    );
  });

  it("reads no change from an indicator's name, nor a result from an action (Busto Arsizio L2838)", () => {
    expect(
      read(
        "Indicatore: Incremento numero strumenti unitari di Distretto per la valutazione Multidimensionale condivisi tra ambito territoriale sociale e ambito sanitario",
      ),
    ).toEqual([]);
    expect(
      read(
        "Azione: Definizione di un Accordo Quadro a livello di ATS Insubria, ASST Valle Olona e Ambiti afferenti all'ASST Valle Olona",
      ),
    ).toEqual([]);
  });

  it("reads no change from the name printed after a lone indicator label (Busto Arsizio L2116)", () => {
    expect(
      read(
        "<p><u>Indicatore 3:</u></p> <p>Incremento numero prese in carico SAD con intero processo caratteristico gestito attraverso la cartella sociale informatizzata</p> <p>N. prese in carico SAD con intero processo caratteristico gestito attraverso la CSI anno 2026 &gt; N. prese in carico SAD con intero processo caratteristico gestito attraverso la CSI anno 2025</p>",
      ),
    ).toMatchObject([{ kind: "change", direction: "increase", fromYear: 2025, toYear: 2026 }]);
  });

  it("outside the results box, reads only figures: no change from words, no deliverable from an article (Alto Milanese L1503)", () => {
    expect(read("Incremento delle collaborazioni", false)).toEqual([]);
    expect(
      read(
        "Promozione di un sistema che integri i bisogni di vita delle persone con disabilità nella vita della comunità",
        false,
      ),
    ).toEqual([]);
  });
});

describe("documents made and services set up, without a figure", () => {
  it("reads the making of a document as a deliverable (Sebino L6212, L7616, L4568)", () => {
    expect(read("-     Definizione di linee operative sul funzionamento del G.P.I.")).toMatchObject([
      { kind: "deliverable", deliverable: "linee operative sul funzionamento del G.P.I" },
    ]);
    expect(
      read(
        "Ci si attende un documento complessivo di ricerca (di secondo livello) in grado di fornire indicazioni per le future strategie d’intervento locale.",
      ),
    ).toMatchObject([{ kind: "deliverable" }]);
    expect(
      read(
        "Presente una piattaforma collaborativa per lo scambio di conoscenza, progetti e servizi nel campo dell’inclusione lavorativa.",
      ),
    ).toMatchObject([{ kind: "deliverable" }]);
  });

  it("cuts where a line opens a second document after the list's introduction or a finished phrase (Sebino L8137-8143)", () => {
    const targets = read(
      [
        "Ci si attende:",
        " un documento complessivo di ricerca (di secondo livello) in grado di",
        "fornire indicazioni per le future strategie d’intervento locale, anche",
        "finalizzato ad una interlocuzione costruttiva con Regione Lombardia in",
        "tema di UDOS",
        "un elenco di procedure operative che rappresentano una buona prassi",
        "e una guida per azioni in contrasto con la povertà",
      ].join("\n"),
    );
    expect(targets.map((t) => [t.kind, t.text.slice(0, 30)])).toEqual([
      ["deliverable", "un documento complessivo di ri"],
      ["deliverable", "un elenco di procedure operati"],
    ]);
  });

  it("cuts where the making of a document or a body is capitalised after a word in small letters (Sebino L4945, Alto Milanese L1062)", () => {
    expect(
      read(
        "Definite Linee guida/protocollo di intervento sulle modalità di comunicazione alle scuole e collaborazione tra servizi di supporto alla transizione Produzione di materiale informativo e sua divulgazione.",
      ).map((t) => [t.kind, t.text.slice(0, 20)]),
    ).toEqual([
      ["deliverable", "Definite Linee guida"],
      ["deliverable", "Produzione di materi"],
    ]);
    expect(
      read(
        "n. luoghi individuati n. progetti attivati n. progetti individuali di contrasto alla dispersione scolastica Costituzione tavolo politiche giovanili per promuovere la partecipazione attiva dei giovani",
      ),
    ).toMatchObject([
      {
        kind: "deliverable",
        text: "Costituzione tavolo politiche giovanili per promuovere la partecipazione attiva dei giovani",
      },
    ]);
  });

  it("reads a change under the “n.” of a row of counts (Alto Milanese L1414)", () => {
    expect(
      read("n. di iniziative co-partecipate n. Incremento delle prese in carico integrate da PUA;"),
    ).toMatchObject([
      {
        kind: "change",
        direction: "increase",
        measure: "Incremento delle prese in carico integrate da PUA",
        text: "n. Incremento delle prese in carico integrate da PUA;",
      },
    ]);
  });

  it("cuts before a document after blank lines (Sebino L8406-8410)", () => {
    expect(
      read(
        "un documento complessivo di ricerca (di secondo livello) in grado di\ntema di UDOS\n \nun elenco di procedure operative che rappresentano una buona prassi",
      ).map((t) => t.text),
    ).toEqual([
      "un documento complessivo di ricerca (di secondo livello) in grado di tema di UDOS",
      "un elenco di procedure operative che rappresentano una buona prassi",
    ]);
  });

  it("reads a service set up as a deliverable in the results box only (Busto Arsizio L1906, L2457)", () => {
    expect(read("attivazione Agenzia dell'Abitare")).toMatchObject([
      { kind: "deliverable", deliverable: "Agenzia dell'Abitare" },
    ]);
    expect(read("avvio del servizio Informagiovani", false)).toEqual([]);
  });

  it("reads the extension of a service's hours as a deliverable in the results box only (Gallarate L6098-6099)", () => {
    const printed =
      "Ampliamento dell’orario di copertura del servizio \nSAD/SADH nei giorni festivi e prefestivi. ";
    expect(read(printed)).toMatchObject([
      {
        kind: "deliverable",
        deliverable:
          "Ampliamento dell’orario di copertura del servizio SAD/SADH nei giorni festivi e prefestivi",
      },
    ]);
    expect(read(printed, false)).toEqual([]);
    expect(read("Ampliamento dell’orario di lavoro degli operatori")).toEqual([]);
  });

  it("reads no deliverable from an article beside a law's digits (Alto Milanese L1420)", () => {
    expect(
      read("Come da D.L. 29/2024: Introduzione di una logica di rete e di sussidiarietà orizzontale", false),
    ).toEqual([]);
  });

  it("reads no deliverable from the presence of a document, an indicator (Sebino L4955)", () => {
    expect(read("Presenza Linee Guida/Protocollo;")).toEqual([]);
  });

  it("reads a document named in quotes as a deliverable, its dash part of the result (Sebino L6213-6214)", () => {
    expect(
      read(
        "-     Definizione di “modelli operativi” comuni relativamente alla \nprogettazione personalizzata – uniformità degli strumenti; ",
      ),
    ).toMatchObject([
      {
        kind: "deliverable",
        deliverable:
          "“modelli operativi” comuni relativamente alla progettazione personalizzata – uniformità degli strumenti",
      },
    ]);
  });
});

describe("baselines in the needs box", () => {
  /** The baselines read from a box's text (each line of the text a line of the document). */
  function baselines(text: string): ReturnType<typeof readBaselines> {
    const lines = text.split("\n");
    const passage = new Passage(
      lines,
      lines.map((line, n) => ({ line: n, from: 0, to: line.length })),
    );
    return readBaselines(passage, 0, passage.text.length);
  }

  it("reads the input indicator's level at T0 that ends the box (Busto Arsizio L2235, L2642)", () => {
    expect(
      baselines(
        "Risponde al bisogno di persone anziane di prevenire l'isolamento sociale <i>Indicatore input derivati dall'analisi del bisogno</i> Indicatore: N. persone in anziane prese in carico al T0 (2025)",
      ),
    ).toMatchObject([
      {
        kind: "baseline",
        measure: "N. persone in anziane prese in carico",
        text: "N. persone in anziane prese in carico al T0 (2025)",
      },
    ]);
    expect(
      baselines(
        "<p>Indicatore input:</p> <ul> <li>- N. di soggetti attivi nel contrasto della violenza di genere coinvolti al T0 (2025)</li> </ul>",
      ),
    ).toMatchObject([
      {
        kind: "baseline",
        text: "N. di soggetti attivi nel contrasto della violenza di genere coinvolti al T0 (2025)",
      },
    ]);
  });

  it("reads no baseline from a need that states no level at T0", () => {
    expect(
      baselines("Risponde al bisogno di persone in condizioni complesse di essere prese in carico."),
    ).toEqual([]);
    expect(baselines("N. persone prese in carico al T0 (2025) e nel 2026")).toEqual([]);
  });
});

describe("a row of counts with a satisfaction survey and the places reached", () => {
  it("ends a result where a satisfaction survey is named, and reads new schools as places reached (Alto Milanese L1270)", () => {
    const targets = read(
      "n. 4 incontri di rete n. 1 catalogo offerta formativa n. 10 nuove scuole in cui viene attuata la formazione customer da parte dei bambini e ragazzi coinvolti",
    );
    expect(targets).toMatchObject([
      { kind: "count-at-least", min: 4, text: "n. 4 incontri di rete" },
      { kind: "deliverable", text: "n. 1 catalogo offerta formativa" },
      {
        kind: "coverage-at-least",
        min: 10,
        unit: "scuole",
        text: "n. 10 nuove scuole in cui viene attuata la formazione",
      },
    ]);
    expect(targets).toHaveLength(3);
  });
});

describe("results under an action marker printed alone on its line", () => {
  it("ties the bulleted result below “Azione 3)” to action 3 (Gallarate L5378-5382)", () => {
    const targets = read(
      [
        "Azione 2)  ",
        "",
        " partecipazione ad almeno 6 incontri di coordinamento ",
        "con l'organismo di direzione di salute mentale nel ",
        "triennio. ",
        "",
        "Azione 3)  ",
        "",
        " Realizzazione di almeno 6 incontri con i servizi ",
        "appartenenti al dipartimento della salute mentale e ",
        "dipendenze. ",
      ].join("\n"),
    );
    expect(targets.map((target) => [target.action, target.kind])).toEqual([
      ["Azione 2", "count-at-least"],
      ["Azione 3", "count-at-least"],
    ]);
  });

  it("ties the result to “Azione 1)” printed first in the box (Gallarate L4676-4679)", () => {
    const targets = read(
      [
        " Azione 1) ",
        "",
        " Definire un piano per la messa in condivisione delle ",
        "informazioni sui target (sì/no). ",
      ].join("\n"),
    );
    expect(targets.map((target) => target.action)).toEqual(["Azione 1"]);
  });
});
