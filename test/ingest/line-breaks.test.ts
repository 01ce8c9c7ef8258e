/**
 * Reading rules for the line breaks of a plan's text: a word cut by a hyphen at a line end ("program-" /
 * "mazione") reads as the whole word in labels, in the guidance of a box, in headings and in the sentences naming
 * LEPS. The phrases are the seeds' own, cut where a narrower page would cut them.
 */
import { describe, expect, it } from "vitest";
import { ingestPlanText } from "../../src/ingest/index.js";
import { areasIn } from "../../src/ingest/_areas.js";
import { countHeadCuts, splitItems } from "../../src/ingest/_items.js";
import { fieldOrder, formLabels } from "../../src/ingest/_form.js";
import { compileLabels, cutWord, leakedLabelRuns, matchLabel } from "../../src/ingest/_labels.js";
import { verbatim, withContinuation } from "../../src/ingest/_passage.js";
import { findNoise } from "../../src/ingest/_noise.js";
import { CUT, readPlanText } from "../../src/ingest/_plan-text.js";
import { readRecords } from "../../src/ingest/_records.js";
import { documentsAtLineStart } from "../../src/ingest/_targets.js";

const noNoise = (lines: readonly string[]): Uint8Array => new Uint8Array(lines.length);

describe("a word cut by a hyphen at a line end", () => {
  it("is flagged on the token before the hyphen, not on a hyphen inside a line", () => {
    // Gallarate L6537: "… promozione-" ends the line; "promozione-prevenzione" inside a line (L2022) is one compound.
    const text = readPlanText("di promozione-prevenzione per minori e fami- \nglie all’interno", noNoise);
    const cut = [...text.tokens.key.keys()].filter((t) => ((text.tokens.flags[t] ?? 0) & CUT) !== 0);
    expect(cut.map((t) => text.tokens.key[t])).toEqual(["FAMI"]);
  });

  it("spells a label's word in two or three pieces, the text-extraction tool's split included", () => {
    // Gallarate L13344-13348 prints the ASST form's label "Ambito / territoriale / di / realizzazion / e".
    const [label] = compileLabels([
      { field: "territory", text: "AMBITO TERRITORIALE DI REALIZZAZIONE", caseless: true, required: 4 },
    ]);
    if (label === undefined) throw new Error("no label");
    const text = readPlanText(
      ["Ambito ", "territ-", "oriale di ", "realiz-", "zazion e ", "", "Tutti i Distretti"].join("\n"),
      noNoise,
    );
    const match = matchLabel(text.tokens, 0, label);
    expect(match?.read).toBe(4);
    expect(text.tokens.key[match?.end ?? 0]).toBe("TUTTI");
    // Pieces that do not spell the word, or no cut among them, are not read as it.
    expect(cutWord(text.tokens, 3, text.tokens.count, "REALIZZARE")).toBe(0);
    const uncut = readPlanText("realiz zazion e", noNoise);
    expect(cutWord(uncut.tokens, 0, uncut.tokens.count, "REALIZZAZIONE")).toBe(0);
  });

  it("is cut out of a value with the rest of the box's guidance", () => {
    // Sebino L4202-4211: the guidance of "QUALE IMPATTO DOVREBBE AVERE L’INTERVENTO?" before the answer.
    const lines = [
      "QUALE IMPATTO DOVREBBE ",
      "AVERE L’INTERVENTO? ",
      "",
      "Come si valuta l’impatto sociale ",
      "ossia il cambiamento/ ",
      "risoluzione delle criticità che ",
      "hanno portato alla defin-",
      "izione dell’intervento. Individuazione ",
      "",
      "Attivazione di maggiori “canali” di emersione del fenomeno Neet ",
    ];
    const text = readPlanText(lines.join("\n"), noNoise);
    const match = formLabels().matchAt(text.tokens, 0);
    expect(match?.label.field).toBe("outcomeIndicators");
    if (match === null) throw new Error("no label");
    const runs = leakedLabelRuns(text.tokens, match, match.end, text.tokens.count);
    // Every word of the guidance, "defin-" / "izione" among them, is in a run cut out of the value.
    const guidanceEnd = text.tokens.key.indexOf("INDIVIDUAZIONE") + 1;
    for (let t = match.end; t < guidanceEnd; t += 1)
      expect(
        runs.some(([first, end]) => t >= first && t < end),
        text.tokens.key[t],
      ).toBe(true);
  });

  it("does not hide the words “indicatori di risultato:” before the counts they introduce", () => {
    // Sebino L6588-6590: the counts after "… degli indicatori di risultato:" are the indicator's own, cut or not.
    for (const cut of ["indicatori \ndi", "indic-\natori di"]) {
      const text = `Verifica del rispetto del cronoprogramma previsto e degli ${cut} risultato: N° Pazienti coinvolti – N° di percorsi portati a termine`;
      // No count opens a measure of its own after the indicator's colon: the item stays whole.
      expect(countHeadCuts(text, 0, text.length)).toEqual([]);
    }
  });

  it("is completed from the next line at the end of a heading, with the rest of the heading", () => {
    // Gallarate L2022-2023, the heading of objective F cut before its last syllable; as printed it goes on in small
    // letters on the next line.
    const heading =
      "F - Costruzione di progettualità condivise di promozione-prevenzione per minori e famiglie ";
    const whole =
      "F - Costruzione di progettualità condivise di promozione-prevenzione per minori e famiglie all’interno dell’Ambito";
    expect(withContinuation(heading, "all’interno dell’Ambito ")).toBe(whole);
    expect(withContinuation(heading.replace("famiglie ", "fami-"), "glie all’interno dell’Ambito ")).toBe(
      whole,
    );
    // A line in capitals or a new sentence does not continue it (Gallarate L1124-1125).
    expect(
      withContinuation("1 – Mappatura, collaborazione e messa in rete ", "Tale obiettivo vuole rispondere"),
    ).toBe("1 – Mappatura, collaborazione e messa in rete ");
  });

  it("does not hide the LEPS a box names", () => {
    // Gallarate L7604-7622 (scheda I), the box on ASST naming two LEPS, "progetto" cut at the line end.
    const text = [
      "I – Sostegno alla genitorialità ",
      "TITOLO INTERVENTO  Sostegno alla genitorialità ",
      "QUALI OBIETTIVI VUOLE ",
      "RAGGIUNGERE  ",
      "Il sostegno alla genitorialità è un percorso che ha l’obiettivo ",
      "di aiutare le coppie o i singoli genitori nel migliorare la ",
      "relazione con i figli e le dinamiche familiari. ",
      " AZIONI PROGRAMMATE  Azione 1: erogazione dei contributi di sostegno alla ",
      "funzione di cura.  ",
      " TARGET  Nuclei familiari che vivono difficoltà specifiche riguardo al ",
      "proprio ruolo genitoriale. ",
      " PREVEDE IL ",
      "COINVOLGIMENTO DI ASST ",
      "NELL'ANALISI DEL BISOGNO E ",
      "NELLA PROGRAMMAZIONE?  ",
      "",
      "Sì. Avviene il raccordo con ASST e servizi rispetto alle ",
      "azioni e agli obiettivi e al raggiungimento dei LEPS ",
      "Prioritari: Valutazione multidimensionale e prog-",
      "etto personalizzato e Prevenzione dell’allontanamento ",
      "familiare.  ",
    ].join("\n");
    expect(ingestPlanText(text).schede[0]?.draft.leps).toEqual([
      "valutazione-multidimensionale-progetto-personalizzato",
      "prevenzione-allontanamento-familiare",
    ]);
    expect(verbatim("Valutazione multidimensionale e prog-\netto personalizzato")).toBe(
      "Valutazione multidimensionale e progetto personalizzato",
    );
  });
});

/** Objective D of Gallarate's ex-post evaluation (L1800-1850, abridged: its second action left out). */
const OBJECTIVE_D = [
  "D - Potenziare il supporto alla domiciliarità ",
  "",
  "L’obiettivo era prioritario. ",
  "",
  "Azioni ",
  " Azione 1: Studio di fattibilità per la realizzazione di un servizio di SAD-SADH di Ambito.  ",
  " Azione 3: mantenimento e ampliamento del servizio SAD/SADH in fasce orarie non coperte.  ",
  " ",
  "DIMENSIONE OUTPUT ",
  "",
  "GRADO DI RAGGIUNGIMENTO DELL’OBIETTIVO RISPETTO A CIÒ ",
  "CHE È STATO DEFINITO NELLA PROGRAMMAZIONE ",
  "(n. azioni realizzate*100)/n. azioni programmate ",
  "",
  "Complessivamente, il ",
  "grado di raggiungimento ",
  "dell’obiettivo rispetto a ciò ",
  "che è stato definito nella ",
  "programmazione (come ",
  "da formula) è pari al ",
  "100% (ottimo). ",
  " ",
  "In particolare, la ",
  "percentuale di ",
  "realizzazione di ciascuna ",
  "azione è pari a ",
  "Azione 1: realizzata ",
  "all’80% (raccolti i dati) ",
  "Azione 3: realizzata al ",
  "100%. ",
  "",
  "VALUTAZIONE DA PARTE DEGLI UTENTI (OVE PERTINENTE) ",
  "",
  "L’azione 3 è stata valutata. ",
  "",
  "LIVELLO DI ADEGUATEZZA DELLE RISORSE UMANE E ",
  "STRUMENTALI IMPIEGATE RISPETTO AL ",
  "RAGGIUNGIMENTO DEGLI OBIETTIVI PREFISSATI ",
  "",
  "Adeguato ",
].join("\n");

describe("an answer printed in a narrow column", () => {
  it("reads the label's words in the answer's sentence as the answer, not as the label again", () => {
    // "Complessivamente, il" / "grado di raggiungimento …": the line before runs on into the label's words.
    const objective = ingestPlanText(OBJECTIVE_D).evaluation?.objectives[0];
    expect(objective?.grade?.text).toMatch(/^Complessivamente, il grado di raggiungimento dell’obiettivo/u);
    expect(objective?.grade?.lines).toEqual([15, 30]);
    expect([objective?.grade?.percent, objective?.grade?.band]).toEqual(["100", "ottimo"]);
  });

  it("reads an action's completion printed on the line after its number, with the title of that action", () => {
    const actions = ingestPlanText(OBJECTIVE_D).evaluation?.objectives[0]?.actions;
    expect(actions?.map((action) => [action.title.slice(0, 26), action.completion, action.lines])).toEqual([
      ["Azione 1: Studio di fattib", "80", [27, 28]],
      ["Azione 3: mantenimento e a", "100", [29, 30]],
    ]);
  });
});

describe("a year alone on a line", () => {
  it("is a year of the text, not a page number, where the lines before could not fill that many pages", () => {
    // Gallarate L12906-12935: the years of the ASST form's results, each alone on a line, 14 lines apart.
    const lines = Array.from({ length: 12_940 }, (_line, n) => `riga ${String(n)} del testo`);
    lines[12_905] = "2025 ";
    lines[12_919] = "2026 ";
    lines[12_934] = "2027 ";
    // Pages 14, 23 and 40 of Sebino, on its lines 525, 1329 and 2727, are page numbers.
    lines[524] = "14";
    lines[1328] = "23";
    lines[2726] = "40";
    const noise = findNoise(lines);
    expect([524, 1328, 2726, 12_905, 12_919, 12_934].map((n) => noise[n])).toEqual([1, 1, 1, 0, 0, 0]);
  });
});

describe("a paragraph wrapped at another width", () => {
  it("names the Accordo's signatories in a sentence after the one naming the Accordo", () => {
    // Alto Milanese L556, one line as printed, wrapped here at 120 columns.
    const text = [
      "L’Accordo di Programma per la realizzazione del sistema integrato di interventi e servizi sociali e sociosanitari",
      "previsti dal piano di zona, è lo strumento con il quale viene approvato il Piano di Zona e che definisce compiti, ruoli",
      "e relazioni dei soggetti sottoscrittori. Viene sottoscritto dai Sindaci dei 22 Comuni dell’Ambito che compongono",
      "l’Assemblea dei Sindaci, dalle Aziende Speciali Consortili, Azienda Sociale del Legnanese SOLE e Azienda Sociale del",
      "Castanese, dall’Azienda Socio-Sanitaria Territoriale (ASST) Ovest Milanese, dall’Agenzia di Tutela della Salute (ATS)",
      "della Città Metropolitana di Milano. Di seguito si sintetizza la declinazione operativa che gli organismi e i sistemi di",
      "governance hanno assunto nell’Ambito Alto Milanese.",
      "",
    ].join("\n");
    const accordo = ingestPlanText(text).accordo;
    expect(accordo?.signatories.map((s) => [s.name, s.kind, s.lines])).toEqual([
      ["Azienda Sociale del Legnanese SOLE", "azienda", [1, 7]],
      ["Azienda Sociale del Castanese", "azienda", [1, 7]],
      ["Azienda Socio-Sanitaria Territoriale (ASST) Ovest Milanese", "asst", [1, 7]],
      ["Agenzia di Tutela della Salute (ATS) della Città Metropolitana di Milano", "ats", [1, 7]],
    ]);
  });

  it("reads the sentence naming the signatories after a line ending on “sottoscrittori.”", () => {
    // Alto Milanese L556 wrapped at 70 columns: the first sentence ends a line with "sottoscrittori.".
    const text = [
      "L’Accordo di Programma per la realizzazione del sistema integrato di",
      "interventi e servizi sociali e sociosanitari previsti dal piano di",
      "zona, è lo strumento con il quale viene approvato il Piano di Zona e",
      "che definisce compiti, ruoli e relazioni dei soggetti sottoscrittori.",
      "Viene sottoscritto dai Sindaci dei 22 Comuni dell’Ambito che",
      "compongono l’Assemblea dei Sindaci, dalle Aziende Speciali Consortili,",
      "Azienda Sociale del Legnanese SOLE e Azienda Sociale del Castanese,",
      "dall’Azienda Socio-Sanitaria Territoriale (ASST) Ovest Milanese,",
      "dall’Agenzia di Tutela della Salute (ATS) della Città Metropolitana di",
      "Milano. Di seguito si sintetizza la declinazione operativa che gli",
      "organismi e i sistemi di governance hanno assunto nell’Ambito Alto",
      "Milanese.",
    ].join("\n");
    const accordo = ingestPlanText(text).accordo;
    expect(accordo?.signatories.map((s) => [s.kind, s.lines])).toEqual([
      ["azienda", [1, 12]],
      ["azienda", [1, 12]],
      ["asst", [1, 12]],
      ["ats", [1, 12]],
    ]);
  });

  it("reads a listed signatory whose bracket closes on the next line", () => {
    // Gallarate L5-41 (abridged), its last signatory wrapped at 70 columns.
    const text = [
      "ACCORDO DI PROGRAMMA PER LA REALIZZAZIONE DEL ",
      "PIANO DI ZONA 2025-2027 ",
      "",
      "TRA ",
      "",
      "COMUNE DI GALLARATE (Ente Capofila) ",
      "",
      "COMUNE DI SOLBIATE ARNO ",
      "",
      "Agenzia di Tutela della Salute dell'Insubria (ATS INSUBRIA)",
      "",
      "Azienda Socio-Sanitaria Territoriale della Valle Olona (ASST Valle",
      "Olona)",
      " Principi e norme generali",
    ].join("\n");
    const accordo = ingestPlanText(text).accordo;
    expect(accordo?.signatories.map((s) => [s.name, s.lines])).toEqual([
      ["COMUNE DI GALLARATE", [6, 6]],
      ["COMUNE DI SOLBIATE ARNO", [8, 8]],
      ["Agenzia di Tutela della Salute dell'Insubria (ATS INSUBRIA)", [10, 10]],
      ["Azienda Socio-Sanitaria Territoriale della Valle Olona (ASST Valle Olona)", [12, 13]],
    ]);
  });
});

describe("a paragraph above a table, wrapped at another width", () => {
  it("is not the table's title", () => {
    // Alto Milanese L465-470: one line as printed, wrapped here at 120 columns above the table of funds.
    const text = [
      "Si riportano di seguito le assegnazioni, suddivise per anno, dei principali fondi d'ambito assegnati e delle",
      "progettualità intercettate dall'Ufficio di Piano nel potenziamento dei servizi d'ambito. Si fa presente che la",
      "maggior parte dei fondi viene gestita a cavallo di diverse annualità.",
      "",
      "FONDO\t2022\t2023\t2024",
      "Fondo Nazionale Politiche Sociali\t1.409.309,58 €\t1.448.860,23 €\t1.411.261,34 €",
      "Fondo Sociale Regionale\t1.338.061,58 €\t1.354.210,80 €\t1.361.403,08 €",
      "Fondo Non Autosufficienza\t804.483,00 €\t1.002.668,00 €\t1.017.735,18 €",
    ].join("\n");
    const tables = ingestPlanText(text).tables;
    expect(tables.map((table) => [table.title, table.rows.length])).toEqual([["", 3]]);
  });
});

/** The form under Busto Arsizio's PIPPI heading (L2296-2303, boxes abridged), and the heading it is read with. */
const PIPPI_FORM = [
  "",
  "Scheda LEPS Piano di Zona prevista da DGR 2167/24",
  "",
  "AREA DI POLICY\tG) Politiche giovanili e per i minori",
  "TITOLO DELL'INTERVENTO\tLEPS – prevenzione dell'allontanamento familiare (PIPPI)",
  "QUALI OBIETTIVI VUOLE RAGGIUNGERE\tMigliorare la governance complessiva",
  "AZIONI PROGRAMMATE\t1) Definizione di un accordo di rete",
  "TARGET\tFamiglie con figli minori",
];
const PIPPI_HEADING =
  "LEPS – CONTRASTO ALL'ISOLAMENTO LEPS – PREVENZIONE DELL'ALLONTANAMENTO FAMILIARE (PIPPI)- Area di policy E) – " +
  "co-progettato con ASST Valle Olona e tutti gli Ambiti Territoriali Sociali dei distretti di competenza " +
  "Scheda LEPS Piano di Zona prevista da DGR 2167/24";

describe("a heading on two lines", () => {
  it("reads a scheda's heading with its second line in small letters", () => {
    // Busto Arsizio L2295-2303 (abridged), the heading's one line wrapped here at 120 columns.
    const text = [
      "LEPS – CONTRASTO ALL'ISOLAMENTO LEPS – PREVENZIONE DELL'ALLONTANAMENTO FAMILIARE (PIPPI)- Area di policy E) –",
      "co-progettato con ASST Valle Olona e tutti gli Ambiti Territoriali Sociali dei distretti di competenza",
      ...PIPPI_FORM,
    ].join("\n");
    const scheda = ingestPlanText(text).schede[0]?.draft;
    expect(scheda?.heading).toBe(PIPPI_HEADING);
    expect(scheda?.source.lines).toEqual([1, 10]);
  });

  it("reads a heading wrapped over four lines, and leaves the list above it out", () => {
    // Busto Arsizio L2291-2303 (abridged), the heading's one line wrapped here at 70 columns.
    const text = [
      "- POTENZIAMENTO DEL SERVIZIO DI AFFIDO FAMILIARE E PROSSIMITA'/VICINANZA SOLIDALE",
      "- AZIONI PER GIOVANI E ADOLESCENTI",
      "",
      "LEPS – CONTRASTO ALL'ISOLAMENTO LEPS – PREVENZIONE DELL'ALLONTANAMENTO",
      "FAMILIARE (PIPPI)- Area di policy E) – co-progettato con ASST Valle",
      "Olona e tutti gli Ambiti Territoriali Sociali dei distretti di",
      "competenza",
      ...PIPPI_FORM,
    ].join("\n");
    const scheda = ingestPlanText(text).schede[0]?.draft;
    expect(scheda?.heading).toBe(PIPPI_HEADING);
    expect(scheda?.source.lines).toEqual([4, 15]);
  });

  it("leaves the second line of a section heading out of the scheda's own heading", () => {
    // Gallarate L5107-5131 (abridged): "5.2 Obiettivi macro-area: …" goes on with "dell’inclusione attiva".
    const text = [
      "affrontare. ",
      "",
      "5.2 Obiettivi macro-area: contrasto alla povertà e all’emarginazione sociale e promozione ",
      "dell’inclusione attiva  ",
      " ",
      "C – Iniziative per potenziare i servizi a elevata integrazione sociosanitaria ",
      "",
      "TITOLO INTERVENTO  Iniziative per potenziare i servizi a elevata integrazione ",
      "sociosanitaria ",
      "",
      "QUALI OBIETTIVI VUOLE ",
      "RAGGIUNGERE  ",
      "",
      "Alla luce del processo attuativo della Legge R 23/2015. ",
      "",
      " AZIONI PROGRAMMATE  Azione 1: residenzialità leggera. ",
      " TARGET  Persone fragili. ",
    ].join("\n");
    const scheda = ingestPlanText(text).schede[0]?.draft;
    expect([scheda?.code, scheda?.codeBasis, scheda?.heading]).toEqual([
      "C",
      "printed",
      "C – Iniziative per potenziare i servizi a elevata integrazione sociosanitaria",
    ]);
  });
});

describe("the areas a sentence lists after the word “area”", () => {
  const codes = (text: string): string[] => areasIn(text, 0, text.length).map((area) => area.code);

  it("are read however the sentence is wrapped", () => {
    // Gallarate L6934-6935, on two lines as printed and on one as a wider page would print it.
    const printed = "Sì, l’obiettivo è trasversale all’area di policy degli \ninterventi per la famiglia.";
    expect(codes(printed)).toEqual(["I"]);
    expect(codes(printed.replace(" \n", " "))).toEqual(["I"]);
    // Sebino L7963-7964: "Integrazione con l’area delle politiche abitative, del lavoro, della domiciliarità".
    expect(
      codes("locali. Integrazione con l’area delle politiche abitative, del lavoro, della \ndomiciliarità."),
    ).toEqual(["B", "D"]);
  });

  it("are none in prose that lists no area after the word", () => {
    expect(
      codes("Sì, l’intervento coinvolge tutti i servizi dell’area territoriale del distretto e oltre."),
    ).toEqual([]);
  });
});

describe("a box wrapped at another width", () => {
  it("reads the answer after the box's guidance, whose last word stands alone on a line", () => {
    // Sebino L4202-4230 wrapped at 70 columns: "Individuazione" alone after "… dell’intervento." is the guidance's
    // word, not a heading ending the box before its answer.
    const lines = [
      "QUALE IMPATTO DOVREBBE",
      "AVERE L’INTERVENTO?",
      "",
      "Come si valuta l’impatto sociale ossia il cambiamento/ risoluzione",
      "delle criticità che hanno portato alla definizione dell’intervento.",
      "Individuazione",
      "",
      "Attivazione di maggiori “canali” di emersione del fenomeno Neet",
      "(punti di allerta diffusi nei servizi pubblici, nei servizi di",
      "patronato, nelle scuole, negli ETS).",
    ];
    const [record] = readRecords(readPlanText(lines.join("\n"), noNoise), {
      index: formLabels(),
      order: fieldOrder,
      start: "outcomeIndicators",
      openers: [],
      minFields: 1,
    });
    const value = record?.fields.get("outcomeIndicators")?.value;
    expect(value?.text).toMatch(/^Attivazione\b[^]*\bpatronato, nelle scuole, negli ETS\)\.$/u);
    expect(value?.lines()).toEqual([8, 10]);
  });

  it("opens no result at a document named on a line the page's width broke", () => {
    // Sebino L7612-7617: "… rappresentano una buona prassi  una guida per azioni …" wrapped at 70 columns puts
    // "una guida" at a line start, after a full line; "un documento" after a short line still opens the next result.
    const text = [
      "- un elenco di procedure operative che rappresentano una buona prassi",
      "una guida per azioni a favore delle politiche per minori e prevenzione",
      "disagio",
      "un documento complessivo di ricerca (di secondo livello) in grado di",
      "fornire indicazioni per le future strategie d’intervento locale.",
    ].join("\n");
    const cuts = documentsAtLineStart(text, 0, text.length).map((cut) => text.slice(cut.at, cut.at + 12));
    expect(cuts).toEqual(["un documento"]);
    // As printed (L7612-7616), the same cut.
    const printed = [
      "- un elenco di procedure operative che rappresentano una ",
      "buona prassi  una guida per azioni a favore delle politiche per ",
      "minori e prevenzione disagio  ",
      "un documento complessivo di ricerca (di secondo livello) in grado di ",
    ].join("\n");
    expect(
      documentsAtLineStart(printed, 0, printed.length).map((cut) => printed.slice(cut.at, cut.at + 12)),
    ).toEqual(["un documento"]);
  });

  it("reads a dash alone on the box's last line as an empty bullet, not as the end of the item above", () => {
    // Sebino L7374-7375: "- Coinvolgere le scuole e gli asili per politiche preventive" over "-  ", the trailing
    // spaces dropped when re-wrapped.
    for (const last of ["-  ", "-"]) {
      const text = `- Analisi dei costi\n- Coinvolgere le scuole e gli asili per politiche preventive \n${last}`;
      const items = splitItems(text, 0, text.length);
      expect(items.map((item) => text.slice(item.from, item.to).trim())).toEqual([
        "Analisi dei costi",
        "Coinvolgere le scuole e gli asili per politiche preventive",
      ]);
    }
  });
});
