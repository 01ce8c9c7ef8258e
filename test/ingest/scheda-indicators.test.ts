/**
 * How the reader separates a box's own text from its lists of indicators, and which schede take their area from
 * a section heading, on phrases of the seeds (Busto Arsizio's HTML cells, Sebino's PPT cards).
 */
import { describe, expect, it } from "vitest";
import { ingestPlanText } from "../../src/ingest/index.js";
import type { DraftScheda } from "../../src/ingest/index.js";
import { SEBINO_FORM_OPENING } from "./support/sebino-form.js";
import { firstScheda } from "./support/first-scheda.js";

/** A scheda as Busto Arsizio prints it, with the boxes of its indicators. */
function scheda(processBox: string, resultsBox: string): DraftScheda {
  const text = [
    "Scheda Piano di Zona prevista da DGR 2167/24",
    "AREA DI POLICY\tA) Contrasto alla povertà e all'emarginazione sociale e promozione dell'inclusione attiva",
    "TITOLO INTERVENTO\tCentro servizi",
    "QUALI OBIETTIVI VUOLE RAGGIUNGERE\tCreare un punto unitario di accoglienza",
    "AZIONI PROGRAMMATE\tApertura della stazione di posta",
    "TARGET\tPersone in condizione di povertà",
    "RISORSE ECONOMICHE PREVENTIVATE\tFNPS",
    "RISORSE DI PERSONALE DEDICATE\tAssistenti sociali",
    `QUALI MODALITA' ORGANIZZATIVE, OPERATIVE E DI EROGAZIONE SONO ADOTTATE?\t${processBox}`,
    `QUALI RISULTATI VUOLE RAGGIUNGERE?\t${resultsBox}`,
  ].join("\n");
  return firstScheda(text).draft;
}

const UL = '<ul style="list-style-type: none">';

describe("indicators and the text of their box", () => {
  it("reads a line without a bullet over the bulleted results as their head, not as a result (Busto Arsizio L2648)", () => {
    const draft = scheda(
      "Incontri",
      `<p>I risultati attesi</p> ${UL} <li>- n. di soggetti aderenti alla rete partecipanti alle cabine di regia</li> <li>- incremento delle competenze degli attori di rete formati</li> </ul>`,
    );
    expect(draft.outputIndicators.indicators.map((i) => i.text)).toEqual([
      "n. di soggetti aderenti alla rete partecipanti alle cabine di regia",
      "incremento delle competenze degli attori di rete formati",
    ]);
  });

  it("reads no results where the indicators are still to be drawn up (Busto Arsizio L2612)", () => {
    const draft = scheda(
      "Incontri",
      `<p>I risultati attesi e gli indicatori collegati saranno elaborati nel corso delle attività di co-progettazione e potranno prevedere:</p> ${UL} <li>- i servizi di base (obbligatori);</li> <li>- attività ulteriori, più specificamente rivolte a rispondere a esigenze peculiari di ciascun contesto territoriale.</li> </ul>`,
    );
    expect(draft.outputIndicators.indicators).toEqual([]);
    expect(draft.outputIndicators.text).toMatch(/^I risultati attesi e gli indicatori collegati/u);
  });

  it("reads no text in a box holding only a heading line “Indicatori di processo” and its bullets", () => {
    // Busto Arsizio L1755.
    const draft = scheda(
      `<i>Indicatori di processo</i> ${UL} <li>• n° incontri dei tavoli di progettazione condivisa</li> <li>• n° degli ETS presenti ai tavoli / n° complessivo degli ETS attivi nel territorio sulle problematiche inerenti all'obiettivo</li> </ul>`,
      "Indicatori di output: attivazione dello sportello",
    );
    expect(draft.processIndicators.text).toBeNull();
    expect(draft.processIndicators.indicators.map((i) => i.text)).toEqual([
      "n° incontri dei tavoli di progettazione condivisa",
      "n° degli ETS presenti ai tavoli / n° complessivo degli ETS attivi nel territorio sulle problematiche inerenti all'obiettivo",
    ]);
  });

  it("keeps the text of a box whose heading goes on inline (“INDICATORI: …”)", () => {
    // Alto Milanese L1517, in Busto Arsizio's layout.
    const draft = scheda(
      "Indicatori di processo",
      "INDICATORI: Numero di accessi; Numero di situazioni soddisfatte",
    );
    expect(draft.outputIndicators.text).toBe(
      "INDICATORI: Numero di accessi; Numero di situazioni soddisfatte",
    );
  });

  it("reads a line without a bullet over bulleted lines as the head of their group, not as an indicator", () => {
    // Busto Arsizio L2647.
    const draft = scheda(
      `<p>Indicatori di processo</p> <p>Attivazione co-progettazione</p> ${UL} <li>- indicatori incontri di condivisione</li> <li>- qualità del lavoro di rete</li> </ul> <p>Tenuta della rete</p> ${UL} <li>- n. incontri di rete realizzati</li> </ul>`,
      "Indicatori di output: attivazione dello sportello",
    );
    expect(draft.processIndicators.indicators.map((i) => i.text)).toEqual([
      "indicatori incontri di condivisione",
      "qualità del lavoro di rete",
      "n. incontri di rete realizzati",
    ]);
    expect(draft.processIndicators.text).toContain("Tenuta della rete");
  });

  it("reads a last line without a bullet, with no bullets after it, as an indicator", () => {
    // Busto Arsizio L1793, abridged.
    const draft = scheda(
      "Indicatori di processo",
      `<p><i>Indicatori di output:</i></p> ${UL} <li>- Elaborazione Linee guida di Ambito</li> <li>- N. di soggetti vulnerabili presi in carico</li> </ul> <p>N. di inserimenti presso housing sociale</p>`,
    );
    expect(draft.outputIndicators.indicators.map((i) => i.text)).toEqual([
      "Elaborazione Linee guida di Ambito",
      "N. di soggetti vulnerabili presi in carico",
      "N. di inserimenti presso housing sociale",
    ]);
  });
});

describe("the area of a scheda from its section heading", () => {
  it("gives none to a PPT card (DGR 2089/2024) under an area heading: its form has no macro-area", () => {
    // Sebino L5921 ("Area disabilità") and L6240 (the first PPT card after it), abridged.
    const text = [
      "Area disabilità",
      "",
      "Scheda di progetto 13: il Budget di Salute nell’area della Salute Mentale adulta: Co-Programmazione con gli ETS",
      "",
      "LINEE INTERVENTO E INTEGRAZIONE (DGR 2089/2024)",
      "1) Area prevenzione   A) Valutazione",
      "AREA AZIENDALE (ASST FRANCIACORTA)",
      "SETTORI COINVOLTI: DSMD - Direzione Socio Sanitaria",
      "RAZIONALE/CRITICITÀ Razionale: promuovere politiche in grado di superare il modello di welfare tradizionale",
      "OBIETTIVI 1. razionalizzare le risorse in salute mentale",
      "TARGET/DESTINATARI Utenti portatori di bisogni complessi in salute mentale",
    ].join("\n");
    const cards = ingestPlanText(text).schede;
    expect(cards.map((card) => [card.draft.title, card.draft.policyArea])).toEqual([
      ["il Budget di Salute nell’area della Salute Mentale adulta: Co-Programmazione con gli ETS", null],
    ]);
  });
});

describe("the plan's own areas are no macro-areas", () => {
  /** An Alto Milanese objective under the area heading `area`, itself under the numbered section `section`. */
  function objectiveUnder(section: string, area: string): DraftScheda {
    const text = [
      section,
      "",
      area,
      "",
      "OBIETTIVO 1\t",
      "TITOLO INTERVENTO\tDefinizione di un percorso di attivazione e di promozione del sostegno ai caregiver",
      "QUALI OBIETTIVI VUOLE RAGGIUNGERE?\tIncontri di presentazione ai caregivers",
      "AZIONI PROGRAMMATE\t<p>Tavoli tra operatori/associazioni</p>",
      "TARGET\tCittadini anziani fragili e/o con disabilità e loro caregiver",
      "RISORSE ECONOMICHE PREVENTIVATE\t<p>Fondi regionali</p> <p>FNPS</p>",
      "RISORSE DI PERSONALE DEDICATE\t<p>Operatori ASST</p>",
    ].join("\n");
    return firstScheda(text).draft;
  }

  it("gives no macro-area to an objective under a sub-area of a numbered section “AREA …” naming none", () => {
    // Alto Milanese L1300 ("4.3.3 AREA ANZIANI E DISABILI"), L1318 ("AREA ANZIANI"), L1358.
    expect(objectiveUnder("4.3.3 AREA ANZIANI E DISABILI", "AREA ANZIANI").policyArea).toBeNull();
    // Alto Milanese L1537, L1553.
    expect(
      objectiveUnder("4.3.4 AREA POLITICHE ABITATIVE E DEL LAVORO", "AREA POLITICHE ABITATIVE").policyArea,
    ).toBeNull();
  });

  it("still reads the macro-area of an “Area …” heading in a section that is not one of the plan's areas", () => {
    // Sebino L5000 ("Area politiche abitative").
    expect(objectiveUnder("4.2 Gli obiettivi di sistema", "Area politiche abitative").policyArea).toBe("B");
  });
});

/** A scheda as Busto Arsizio prints it, with its needs, process and results boxes. */
function schedaWithNeeds(needsBox: string, processBox: string, resultsBox: string): DraftScheda {
  const text = [
    "Scheda Piano di Zona prevista da DGR 2167/24",
    "AREA DI POLICY\tA) Contrasto alla povertà e all'emarginazione sociale e promozione dell'inclusione attiva",
    "TITOLO INTERVENTO\tCentro servizi",
    "QUALI OBIETTIVI VUOLE RAGGIUNGERE\tCreare un punto unitario di accoglienza",
    "AZIONI PROGRAMMATE\tApertura della stazione di posta",
    "TARGET\tPersone in condizione di povertà",
    "RISORSE ECONOMICHE PREVENTIVATE\tFNPS",
    "RISORSE DI PERSONALE DEDICATE\tAssistenti sociali",
    `QUESTO INTERVENTO A QUALE/I BISOGNO/I RISPONDE?\t${needsBox}`,
    `QUALI MODALITÀ ORGANIZZATIVE, OPERATIVE E DI EROGAZIONE SONO ADOTTATE?\t${processBox}`,
    `QUALI RISULTATI VUOLE RAGGIUNGERE?\t${resultsBox}`,
  ].join("\n");
  return firstScheda(text).draft;
}

describe("the form's guidance written in the answer cell as the heading of the plan's indicators", () => {
  it("reads the indicators under “Indicatori input derivati dall'analisi del bisogno” right after the label", () => {
    // Busto Arsizio L1683.
    const draft = schedaWithNeeds(
      "Indicatori input derivati dall'analisi del bisogno  Numero di casi complessi presi in carico dalle EEMM/ totale casi ADI sottoposti all'analisi preliminare",
      "Affidamento del servizio",
      "Attivazione dello sportello",
    );
    expect(draft.needs.text).toBeNull();
    expect(draft.needs.indicators.map((i) => i.text)).toEqual([
      "Numero di casi complessi presi in carico dalle EEMM/ totale casi ADI sottoposti all'analisi preliminare",
    ]);
  });

  it("keeps the box's text before the heading and reads the list after it", () => {
    // Busto Arsizio L2013 and L2236.
    const draft = schedaWithNeeds(
      `<p>Il primario bisogno emerso è connesso alla necessità di superare la frammentazione del processo di presa in carico</p> <p><i>Indicatori input derivanti dall'analisi del bisogno</i></p> ${UL} <li>N di famiglie su cui si interviene con intervento congiunto / totale di dimissioni protette</li> </ul>`,
      `Attivazione una cabina di regia con le organizzazioni partner <i>Individuazione di una batteria di indicatori di processo</i> ${UL} <li>- n. di soggetti del partenariato coinvolti attivamente nella gestione delle azioni di progetto (ETS, Enti pubblici)</li> <li>- costruzione di un quadro conoscitivo e d'offerta condiviso</li> </ul>`,
      "Attivazione dello sportello",
    );
    // The box's text as printed, without the guidance heading (its indicators are listed apart too).
    expect(draft.needs.text).toBe(
      "Il primario bisogno emerso è connesso alla necessità di superare la frammentazione del processo di presa in carico N di famiglie su cui si interviene con intervento congiunto / totale di dimissioni protette",
    );
    expect(draft.needs.indicators.map((i) => i.text)).toEqual([
      "N di famiglie su cui si interviene con intervento congiunto / totale di dimissioni protette",
    ]);
    expect(draft.processIndicators.text ?? "").not.toContain("Individuazione");
    expect(draft.processIndicators.indicators.map((i) => i.text)).toEqual([
      "n. di soggetti del partenariato coinvolti attivamente nella gestione delle azioni di progetto (ETS, Enti pubblici)",
      "costruzione di un quadro conoscitivo e d'offerta condiviso",
    ]);
  });

  it("keeps the whole heading “Indicatori input derivati dall'analisi del bisogno” printed after the box's text", () => {
    // Busto Arsizio L2418.
    const draft = schedaWithNeeds(
      "<p>Riduzione dell'età in cui si manifestano i Disturbi dell'Alimentazione e della Nutrizione (DAN);</p> <p><i>Indicatori input derivati dall'analisi del bisogno</i> Incremento richieste di aiuto pervenute al numero verde SOS DCA</p>",
      "Affidamento del servizio",
      "Attivazione dello sportello",
    );
    expect(draft.needs.indicators.map((i) => i.text)).toEqual([
      "Incremento richieste di aiuto pervenute al numero verde SOS DCA",
    ]);
    expect(draft.needs.text).toBe(
      "Riduzione dell'età in cui si manifestano i Disturbi dell'Alimentazione e della Nutrizione (DAN); Incremento richieste di aiuto pervenute al numero verde SOS DCA",
    );
  });

  it("reads no result from the guidance printed whole in the results cell", () => {
    // Busto Arsizio L2038.
    const draft = schedaWithNeeds(
      "Bisogno di integrazione",
      "Affidamento del servizio",
      "<p><i>Come si misura il grado di realizzazione degli interventi rispetto agli obiettivi. Individuazione di una batteria di indicatori di output (protocolli stipulati, ecc.)</i></p> <p>Aggiornamento del protocollo per le dimissioni protette</p>",
    );
    expect(draft.targets).toEqual([]);
    expect(draft.outputIndicators.text ?? "").not.toContain("Come si misura");
  });
});

/** A scheda as Alto Milanese prints it (label TAB value, one row a line), with its three indicator boxes. */
function schedaInRows(processBox: string, resultsBox: string, impactBox = "Maggiore benessere"): DraftScheda {
  const text = [
    "OBIETTIVO 1\t",
    "TITOLO INTERVENTO\tAREA POLITICHE DI GENERE",
    "QUALI OBIETTIVI VUOLE RAGGIUNGERE\tattivare percorsi personalizzati",
    "AZIONI PROGRAMMATE\tCo-progettare percorsi formativi",
    "TARGET\tDonne",
    "RISORSE ECONOMICHE PREVENTIVATE\tPersonale dedicato",
    "RISORSE DI PERSONALE DEDICATE\tpersonale per la co-progettazione",
    `QUALI MODALITÀ ORGANIZZATIVE, OPERATIVE E DI EROGAZIONE SONO ADOTTATE?\t${processBox}`,
    `QUALI RISULTATI VUOLE RAGGIUNGERE?\t${resultsBox}`,
    `QUALE IMPATTO DOVREBBE AVERE L'INTERVENTO?\t${impactBox}`,
  ].join("\n");
  return firstScheda(text).draft;
}

const texts = (group: DraftScheda["outputIndicators"]): string[] => group.indicators.map((i) => i.text);

describe("counts run together in one cell", () => {
  it("cuts a row of counts at each “n.”, “N.”, “N di”", () => {
    // Alto Milanese L1003 and L1062.
    const draft = schedaInRows(
      "Attivazione Rete",
      "Progettare nuovi strumenti di governance indicatori: N. scuole coinvolte N di comuni che istituiscono il tavolo locale di comunità N. incontri patto educativo N. di progetti realizzati",
    );
    expect(texts(draft.outputIndicators)).toEqual([
      "N. scuole coinvolte",
      "N di comuni che istituiscono il tavolo locale di comunità",
      "N. incontri patto educativo",
      "N. di progetti realizzati",
    ]);
    const rows = schedaInRows(
      "Attivazione Rete",
      "n. luoghi individuati n. progetti attivati n. progetti individuali di contrasto alla dispersione scolastica Costituzione tavolo politiche giovanili per promuovere la partecipazione attiva dei giovani",
    );
    expect(texts(rows.outputIndicators)).toEqual([
      "n. luoghi individuati",
      "n. progetti attivati",
      "n. progetti individuali di contrasto alla dispersione scolastica",
      "Costituzione tavolo politiche giovanili per promuovere la partecipazione attiva dei giovani",
    ]);
  });

  it("reads a satisfaction survey named at the end of a row of counts as a measure of its own", () => {
    // Alto Milanese L1270.
    const draft = schedaInRows(
      "Incontri con AFOL",
      "n. 4 incontri di rete n. 10 nuove scuole in cui viene attuata la formazione customer da parte dei bambini e ragazzi coinvolti",
    );
    expect(texts(draft.outputIndicators)).toEqual([
      "n. 4 incontri di rete",
      "n. 10 nuove scuole in cui viene attuata la formazione",
      "customer da parte dei bambini e ragazzi coinvolti",
    ]);
  });

  it("keeps the words before the first count as the box's text", () => {
    // Alto Milanese L1030.
    const draft = schedaInRows(
      "Attivazione Rete",
      "Rafforzamento dei legami e delle reti sociali in supporto alle famiglie Nr. aggiuntivo di spazi di condivisione (Spoke CF) Nr. di diminuzione dei casi di povertà educativa",
    );
    expect(texts(draft.outputIndicators)).toEqual([
      "Nr. aggiuntivo di spazi di condivisione (Spoke CF)",
      "Nr. di diminuzione dei casi di povertà educativa",
    ]);
    expect(draft.outputIndicators.text).toContain("Rafforzamento dei legami");
  });

  it("cuts at “e n.” without the conjunction, and reads the words before it as a measure", () => {
    // Alto Milanese L1744.
    const draft = schedaInRows(
      "Tavolo permanente",
      "<p>n. 3 medio/grandi aziende coinvolte nelle azioni e n. cooperative coinvolte;</p> <p>frequenza di aggiornamento del padlet e n. di informazioni inserite.</p>",
    );
    expect(texts(draft.outputIndicators)).toEqual([
      "n. 3 medio/grandi aziende coinvolte nelle azioni",
      "n. cooperative coinvolte",
      "frequenza di aggiornamento del padlet",
      "n. di informazioni inserite.",
    ]);
  });

  it("reads the counts of the process box, after the sentence that introduces them, and a count alone", () => {
    // Alto Milanese L1215 and L1243.
    const draft = schedaInRows(
      "Si prevede l'organizzazione di percorsi formativi e tra gli indicatori di processo si individuano: n. di enti aderenti ai percorsi formativi n. di percorsi formativi realizzati",
      "Realizzazione di almeno 2 percorsi formativi",
    );
    expect(texts(draft.processIndicators)).toEqual([
      "n. di enti aderenti ai percorsi formativi",
      "n. di percorsi formativi realizzati",
    ]);
    const alone = schedaInRows("N. di reti e collaborazioni attivate", "N. progetti rinnovati");
    expect(texts(alone.processIndicators)).toEqual(["N. di reti e collaborazioni attivate"]);
  });

  it("cuts no ratio, no numbered act, no yearly row", () => {
    // Busto Arsizio L1755 (a ratio), Sebino L7338 (a running footer), Busto Arsizio L2021 (a yearly row).
    const ratio = schedaInRows(
      "Attivazione Rete",
      "n° degli ETS presenti ai tavoli / n° complessivo degli ETS attivi nel territorio; n° incontri dei tavoli",
    );
    expect(texts(ratio.outputIndicators)).toEqual([
      "n° degli ETS presenti ai tavoli / n° complessivo degli ETS attivi nel territorio",
      "n° incontri dei tavoli",
    ]);
    const footer = schedaInRows(
      "Attivazione Rete",
      "Numero dimissioni protette; Programmazione e obiettivi triennali Ambito n. 5 – Sebino",
    );
    expect(texts(footer.outputIndicators)).toEqual([
      "Numero dimissioni protette",
      "Programmazione e obiettivi triennali Ambito n. 5 – Sebino",
    ]);
    const yearly = schedaInRows(
      "Attivazione Rete",
      "Anno 2026: N. dimissioni protette anno 2026 > N. dimissioni protette anno 2025; Numero accessi",
    );
    expect(texts(yearly.outputIndicators)[0]).toBe(
      "Anno 2026: N. dimissioni protette anno 2026 > N. dimissioni protette anno 2025",
    );
  });
});

describe("the impact box written in paragraphs", () => {
  it("reads no indicator from paragraphs of sentences, and keeps them as the box's text", () => {
    // Alto Milanese L1503.
    const draft = schedaInRows(
      "Avvio di punti di ascolto",
      "INDICATORI: n. comuni coinvolti; n. di percorsi organizzati",
      "<p>Intercettare situazioni che sono più ai margini o che hanno reticenza al rapporto con gli enti dedicati.</p> <p>Promozione di un sistema che integri i bisogni di vita delle persone con disabilità nella vita della comunità.</p> <p>Migliorare la qualità di vita delle persone coinvolte</p>",
    );
    expect(draft.outcomeIndicators.indicators).toEqual([]);
    expect(draft.outcomeIndicators.text).toContain("Intercettare situazioni");
    expect(texts(draft.outputIndicators)).toEqual(["n. comuni coinvolti", "n. di percorsi organizzati"]);
  });

  it("still reads the items of a list in the impact box as indicators", () => {
    // Alto Milanese L1385, in the impact box.
    const draft = schedaInRows(
      "Lavoro in collaborazione con i PUA",
      "Incremento del numero di persone che accedono ai servizi",
      "<ul><li>Incremento del numero di persone che accedono ai servizi</li> <li>Incremento dei soggetti intercettati</li></ul>",
    );
    expect(texts(draft.outcomeIndicators)).toEqual([
      "Incremento del numero di persone che accedono ai servizi",
      "Incremento dei soggetti intercettati",
    ]);
  });
});

describe("a box of what is expected", () => {
  it("reads the items after “Ci si attende” as results, not indicators", () => {
    // Sebino L7598-7621, abridged.
    const text = [
      ...SEBINO_FORM_OPENING,
      "QUALE IMPATTO DOVREBBE ",
      "AVERE L’INTERVENTO? ",
      "",
      "Ci si attende: ",
      "",
      "- Riduzione dei casi di tutela minori ",
      "",
      "- un elenco di procedure operative che rappresentano una ",
      "buona prassi  una guida per azioni a favore delle politiche per ",
      "minori e prevenzione disagio  ",
      "",
      "Si auspica una più consapevole ed integrata programmazione dei ",
      "servizi ed interventi a favore delle politiche a sostegno delle ",
      "problematiche relative all’area minori e loro famiglie ",
    ].join("\n");
    const draft = ingestPlanText(text).schede[0]?.draft;
    expect(draft?.outcomeIndicators.indicators).toEqual([]);
    expect(draft?.outcomeIndicators.text).toMatch(/^Ci si attende: - Riduzione dei casi di tutela minori/u);
  });
});

describe("an introduction ending with a colon over a list", () => {
  it("is no indicator, and the items of its list are", () => {
    // Busto Arsizio L2612, abridged (without its "indicatori collegati saranno elaborati", which leaves the box
    // with no indicators at all).
    const draft = scheda(
      "Apertura dello sportello",
      `<p>I risultati attesi potranno prevedere:</p> ${UL} <li>- i servizi di base (obbligatori);</li> <li>- i servizi integrativi afferenti alle aree di intervento identificati con DGR 1507/23;</li> <li>- attività ulteriori, più specificamente rivolte a rispondere a esigenze peculiari di ciascun contesto territoriale.</li> </ul>`,
    );
    expect(draft.outputIndicators.indicators.map((i) => i.text)).toEqual([
      "i servizi di base (obbligatori)",
      "i servizi integrativi afferenti alle aree di intervento identificati con DGR 1507/23",
      "attività ulteriori, più specificamente rivolte a rispondere a esigenze peculiari di ciascun contesto territoriale.",
    ]);
  });
});
