// Generated from the hand-encoded records of the seed; edit with care, and keep the slips as printed.
import { deepFreeze, type DeepReadonly } from "../../core/deep-freeze.js";
import type { SchedaObiettivoDraftInput } from "../../model/scheda-obiettivo.js";
import { DOCUMENTS } from "../_sources.js";

// The 20 schede obiettivo 2025-2027 of the Piano di Zona of the Ambito di Busto Arsizio (L1653-2838), in document
// order. The plan does not number them: `code` is each form's position. Six serve a LEPS of the catalogue; the
// results of the ASST's "Allegato PPT" sub-forms printed inside five of them are typed targets with `form: "ppt"`,
// the rest of each sub-form is in the comment above its scheda. No scheda prints a triennial total. Slips are kept
// as printed and listed in the comments.

/**
 * The 20 schede obiettivo of the Ambito di Busto Arsizio's Piano di Zona 2025-2027 (seed lines 1653-2838), numbered
 * by position (the plan prints no codes), as {@link SchedaObiettivoDraftInput} records: as printed, blanks
 * `null`, with their typed result targets (including those of the ASST's PPT sub-forms) and lines.
 *
 * @example
 * ```ts
 * import { safeParseSchedaObiettivoDraft } from "piano-di-zona";
 * import { BUSTO_ARSIZIO_SCHEDE_OBIETTIVO_2025_2027 as schede } from "piano-di-zona/datasets";
 * schede.length //=> 20
 * schede.filter((scheda) => (scheda.leps ?? []).length > 0).map((scheda) => scheda.code) //=> ["1", "2", "7", "8", "11", "20"]
 * schede.every((scheda) => safeParseSchedaObiettivoDraft(scheda).success) //=> true
 * ```
 * @category Datasets
 */
export const BUSTO_ARSIZIO_SCHEDE_OBIETTIVO_2025_2027: readonly DeepReadonly<SchedaObiettivoDraftInput>[] =
  deepFreeze([
    // Scheda 1: LEPS - VALUTAZIONE MULTIDIMENSIONALE E PROGETTO PERSONALIZZATO (L1653-1715)
    // Slip L1691: Indicatore 2, 2027 target printed "Anno 2027>= 100%"; the ASST PPT sub-form of the same scheda
    // (L1715) and the DGR 2167 table print "100%".
    // Slip L1691: Indicatore 3 printed without any yearly target in the PdZ form, while the PPT sub-form (L1715)
    // gives 2025 >= 50%, 2026 >= 75%, 2027 100%.
    // Note: code: the plan does not number its schede; "1" is the position in the document.
    // Note: priority: no scheda is marked "(prioritario)"; the plan calls the five integration LEPS "prioritari"
    // only in general (L1359), so null.
    // Note: Premessa L1657-1660: the scheda is the product of the co-design of the Ambiti Busto Arsizio,
    // Gallarate, Castellanza, Saronno, Somma Lombardo with ASST Valle Olona; budget, staff and Third-Sector
    // sections are personalised per Ambito.
    // Note: Budget: both amounts are annual ("annui", "euro/anno"); no triennial total is printed. The fund of
    // the 30.000 euro/anno line is implied by the sentence (Fondo Povertà).
    // Note: premialProject: answered SI without naming the 2021-2023 premial project.
    // Note: targets I1-2025/PPT-I1-2025: "Incremento numero EEMM >= 1" typed as at least 1 (increase of) EEMM in
    // 2025.
    // Note: PPT sub-form (L1694-1715, "Allegato PPT - SCHEDA PROGETTO 2") not placeable in the contract: matrix
    // AT 1 Valutazione × LI 2, LI 3, LI 5, LI 6 (L1699-1706); destinatari (L1708); descrizione (L1709); Ambito
    // territoriale di realizzazione "Tutti i Distretti dell'ASST Valle Olona, Ambito di Sesto Calende e Ambito di
    // Tradate." (L1710); attori "ASST, Ambiti Territoriali Sociali, CPI, ETS, Volontariato e Associazionismo."
    // (L1711); risorse ASST "Medici Psichiatri Psicologi, Infermieri Educatori Professionali Terapisti della
    // riabilitazione Psichiatrica (TERP) Assistenti Sociali PLS MMG" (L1712); progettualità "Si PdZ Si PPT"
    // (L1713); Anno Avvio / Anno Fine 2025-2027 (L1714). Its expected results are typed as targets PPT-*.
    {
      code: "1",
      form: "pdz-dgr-2167",
      heading:
        "LEPS - VALUTAZIONE MULTIDIMENSIONALE E PROGETTO PERSONALIZZATO - Area di policy A) – co-progettato con ASST Valle Olona e tutti gli Ambiti Territoriali Sociali dei distretti di competenza",
      policyArea: "A",
      policyAreaBasis: "field",
      leps: ["valutazione-multidimensionale-progetto-personalizzato"],
      lepsPrinted: [{ text: "LEPS - VALUTAZIONE MULTIDIMENSIONALE E PROGETTO PERSONALIZZATO" }],
      priority: null,
      title: "LEPS - VALUTAZIONE MULTIDIMENSIONALE E PROGETTO PERSONALIZZATO",
      goals:
        "Attivare e rafforzare le EEMM; … rafforzare le competenze per un impiego efficace degli strumenti di lavoro; … potenziamento dei rapporti di cooperazione con tutti gli attori territoriali di interesse in grado di dare continuità e struttura alle collaborazioni attraverso accordi anche formali.",
      actions: [
        {
          code: "1",
          title: "applicare e monitorare quanto previsto nel Protocollo tra Ambiti e ASST;",
          lines: [1665, 1665],
        },
        { code: "2", title: "attivazione delle EEMM;", lines: [1665, 1665] },
        { code: "3", title: "realizzazione di incontri formativi e informativi;", lines: [1665, 1665] },
        { code: "4", title: "sviluppare e/o implementare accordi con il CPI.", lines: [1665, 1665] },
      ],
      target:
        "Nuclei con bisogni complessi beneficiari di misura <b>ADI (assegno inclusione)</b> con particolare attenzione a persone con problematiche connesse a disturbi mentali, a dipendenze patologiche in carico ai servizi specialistici.",
      budget: {
        total: null,
        lines: [
          {
            fund: "fondo-poverta",
            label: "Fondo Povertà",
            amount: "85000",
            printed: "85.000 euro annui",
            lines: [1668, 1668],
          },
          {
            fund: "fondo-poverta",
            label: "Fondo Povertà",
            amount: "30000",
            printed: "30.000 euro/anno",
            lines: [1668, 1668],
          },
        ],
        text: "Fondo Povertà 85.000 euro annui per servizio sportello lavoro e indicativamente 30.000 euro/anno per tirocini (inclusione e di formazione extracurriculare della persona)",
        source: { document: DOCUMENTS.bustoArsizio, lines: [1668, 1668] },
      },
      staff: "Assistenti sociali Educatori Mediatrice al lavoro",
      transversal: {
        answer: "si",
        areas: ["G", "H", "I"],
        text: "<i>Si, con</i> G) politiche giovanili e per i minori H) interventi connessi alle politiche per il lavoro I) interventi per la famiglia",
      },
      keyPoints: [
        { area: "G", point: "Contrasto e prevenzione della povertà educativa;" },
        { area: "G", point: "Contrasto e prevenzione della dispersione scolastica;" },
        { area: "G", point: "Rafforzamento delle reti sociali;" },
        { area: "G", point: "Allargamento della rete e coprogrammazione;" },
        {
          area: "G",
          point: "Prevenzione e contenimento del disagio sociale e del suo impatto sulla salute.",
        },
        {
          area: "H",
          point:
            "Contrasto alle difficoltà socioeconomiche dei giovani e loro inserimento nel mondo del lavoro;",
        },
        { area: "H", point: "Interventi a favore dei NEET" },
        { area: "H", point: "Presenza di nuovi soggetti a rischio/nuova utenza rispetto al passato;" },
        { area: "H", point: "Allargamento della rete e coprogrammazione." },
        { area: "I", point: "Sostegno secondo le specificità del contesto familiare;" },
        { area: "I", point: "Presenza di nuovi soggetti a rischio/nuova utenza rispetto al passato;" },
        { area: "I", point: "Allargamento della rete e coprogrammazione." },
      ],
      asstInAnalysis: { answer: "si", lines: [1672, 1672] },
      asstInDelivery: {
        answer: "si",
        text: "Si, consolidamento e attuazione dei protocolli sottoscritti e vigenti tra ASST e ambiti territoriali e nello specifico attivazione delle equipe multidisciplinari integrati tra ASST e ambiti territoriali su casi specifici che necessitano di una valutazione multidimensionale al fine della definizione di un patto per l'inclusione sociale e della presa in carico dei beneficiari, condividendo modalità operative (ex art. 2 accordo vigente)",
        lines: [1673, 1673],
      },
      cooperationWithOtherAmbiti: {
        answer: "si",
        text: "Si, l'intervento è in continuità, in quanto regolato dal medesimo protocollo e prevede lo sviluppo di azioni congiunte (es. formazione, raccordo con CPI) con gli Ambiti di ASST Valle Olona (Gallarate, Busto Arsizio, Castellanza, Saronno e Somma Lombardo), Ambito di Sesto Calende e Tradate in quanto afferiscono per i Servizi del Dipartimento di salute mentale dell'ASST Valle Olona.",
        lines: [1674, 1674],
        ambiti: ["Gallarate", "Castellanza", "Saronno", "Somma Lombardo", "Sesto Calende", "Tradate"],
      },
      continuity: { answer: "si", lines: [1675, 1675] },
      newService: { kind: "servizio-gia-presente", text: "Servizio già presente" },
      premialProject: { answer: "si", lines: [1678, 1678] },
      coProgrammed: { answer: "no", lines: [1679, 1679] },
      coDesigned: { answer: "no", lines: [1680, 1680] },
      thirdSectorInvolvement: "Affidamento Servizio Ente Terzo Settore",
      otherActors: {
        answer: "si",
        text: "SI Centro per l'Impiego (raccordo operativo, informale che discende da accordo formale su RDC/REI)",
        lines: [1682, 1682],
        actors: ["Centro per l'Impiego"],
      },
      needs: {
        text: null,
        indicators: [
          {
            text: "Numero di casi complessi presi in carico dalle EEMM/ totale casi ADI sottoposti all'analisi preliminare",
            lines: [1683, 1683],
          },
        ],
      },
      needKind: { kind: "bisogno-consolidato", text: "Bisogno consolidato" },
      preventionKind: ["preventivo", "riparativo"],
      preventionText: "Preventivo e riparativo",
      innovation: {
        answer: "si",
        text: "SI, nella concretizzazione della presa in carico in forma integrata dei beneficiari target.",
        lines: [1686, 1686],
      },
      digitalisation: {
        answer: "si",
        text: "SI, nell'utilizzo di piattaforme dedicate e nella possibilità di sperimentare l'interoperabilità con altre banche dati",
        lines: [1687, 1687],
      },
      processIndicators: {
        text: null,
        indicators: [
          { text: "1.1 Numero di incontri annuali", action: "1", lines: [1688, 1688] },
          { text: "2.1 Numero EEMM attivate", action: "2", lines: [1688, 1688] },
          { text: "3.1 Numero incontri formativi", action: "3", lines: [1688, 1688] },
          { text: "4.1 Numero di incontri con il CPI", action: "4", lines: [1688, 1688] },
        ],
      },
      outputIndicators: {
        text: null,
        indicators: [
          {
            text: "incremento numero EEMM attivate (pari al numero di incontri verbalizzati)",
            target:
              "Anno 2025 Incremento numero EEMM $\\geq 1$ Anno 2026 N. EEMM attivate anno 2026 > di EEMM attivate anno 2025 Anno 2027 N. EEMM attivate anno 2027 > di EEMM attivate anno 2026",
            lines: [1689, 1689],
          },
          {
            text: "numero incontri formativi svolti/numero incontri formativi previsti",
            target: "Anno 2025>=50% Anno 2026>=75% Anno 2027>= 100%",
            lines: [1689, 1691],
          },
          {
            text: "numero tipologie professionali che compongono le EEMM /numero tipologie professionali presenti nell'organizzazione, gestione ed erogazione dei servizi.",
            lines: [1691, 1691],
          },
        ],
      },
      outcomeIndicators: {
        text: "Migliorare la collaborazione e comunicazione tra servizi sociali e sociosanitari - indicatore: focus group agli operatori",
        indicators: [{ text: "focus group agli operatori", lines: [1692, 1692] }],
      },
      targets: [
        {
          id: "I1-2025",
          kind: "count-at-least",
          min: 1,
          unit: "EEMM attivate (incremento)",
          per: "year",
          due: "2025-12-31",
          text: "Anno 2025 Incremento numero EEMM $\\geq 1$",
          lines: [1689, 1689],
        },
        {
          id: "I1-2026",
          kind: "change",
          direction: "increase",
          measure: "N. EEMM attivate",
          fromYear: 2025,
          toYear: 2026,
          text: "Anno 2026 N. EEMM attivate anno 2026 > di EEMM attivate anno 2025",
          lines: [1689, 1689],
        },
        {
          id: "I1-2027",
          kind: "change",
          direction: "increase",
          measure: "N. EEMM attivate",
          fromYear: 2026,
          toYear: 2027,
          text: "Anno 2027 N. EEMM attivate anno 2027 > di EEMM attivate anno 2026",
          lines: [1689, 1689],
        },
        {
          id: "I2-2025",
          kind: "share-at-least",
          minPercent: "50",
          numerator: "incontri formativi svolti",
          denominator: "incontri formativi previsti",
          per: "year",
          due: "2025-12-31",
          text: "Anno 2025>=50%",
          lines: [1691, 1691],
        },
        {
          id: "I2-2026",
          kind: "share-at-least",
          minPercent: "75",
          numerator: "incontri formativi svolti",
          denominator: "incontri formativi previsti",
          per: "year",
          due: "2026-12-31",
          text: "Anno 2026>=75%",
          lines: [1691, 1691],
        },
        {
          id: "I2-2027",
          kind: "share-at-least",
          minPercent: "100",
          numerator: "incontri formativi svolti",
          denominator: "incontri formativi previsti",
          per: "year",
          due: "2027-12-31",
          text: "Anno 2027>= 100%",
          lines: [1691, 1691],
        },
        {
          id: "PPT-I1-2025",
          kind: "count-at-least",
          min: 1,
          unit: "EEMM attivate (incremento)",
          per: "year",
          due: "2025-12-31",
          text: "2025 Incremento numero EEMM attivate >= 1",
          lines: [1715, 1715],
        },
        {
          id: "PPT-I1-2026",
          kind: "change",
          direction: "increase",
          measure: "n. EEMM attivate",
          fromYear: 2025,
          toYear: 2026,
          text: "2026 n. EEMM attivate anno 2026 > di EEMM attivate anno 2025",
          lines: [1715, 1715],
        },
        {
          id: "PPT-I1-2027",
          kind: "change",
          direction: "increase",
          measure: "n. EEMM attivate",
          fromYear: 2026,
          toYear: 2027,
          text: "2027 n. EEMM attivate anno 2027 > di EEMM attivate anno 2026",
          lines: [1715, 1715],
        },
        {
          id: "PPT-I2-2025",
          kind: "share-at-least",
          minPercent: "50",
          numerator: "incontri formativi svolti",
          denominator: "incontri formativi previsti",
          per: "year",
          due: "2025-12-31",
          text: "2025 >= 50%",
          lines: [1715, 1715],
        },
        {
          id: "PPT-I2-2026",
          kind: "share-at-least",
          minPercent: "75",
          numerator: "incontri formativi svolti",
          denominator: "incontri formativi previsti",
          per: "year",
          due: "2026-12-31",
          text: "2026 >= 75%",
          lines: [1715, 1715],
        },
        {
          id: "PPT-I2-2027",
          kind: "share-at-least",
          minPercent: "100",
          numerator: "incontri formativi svolti",
          denominator: "incontri formativi previsti",
          per: "year",
          due: "2027-12-31",
          text: "2027 100%",
          lines: [1715, 1715],
        },
        {
          id: "PPT-I3-2025",
          kind: "share-at-least",
          minPercent: "50",
          numerator: "tipologie professionali che compongono le EEMM",
          denominator:
            "tipologie professionali presenti nell'organizzazione, gestione ed erogazione dei servizi",
          per: "year",
          due: "2025-12-31",
          text: "2025 >= 50%",
          lines: [1715, 1715],
        },
        {
          id: "PPT-I3-2026",
          kind: "share-at-least",
          minPercent: "75",
          numerator: "tipologie professionali che compongono le EEMM",
          denominator:
            "tipologie professionali presenti nell'organizzazione, gestione ed erogazione dei servizi",
          per: "year",
          due: "2026-12-31",
          text: "2026 >= 75%",
          lines: [1715, 1715],
        },
        {
          id: "PPT-I3-2027",
          kind: "share-at-least",
          minPercent: "100",
          numerator: "tipologie professionali che compongono le EEMM",
          denominator:
            "tipologie professionali presenti nell'organizzazione, gestione ed erogazione dei servizi",
          per: "year",
          due: "2027-12-31",
          text: "2027 100%",
          lines: [1715, 1715],
        },
      ],
      source: { document: DOCUMENTS.bustoArsizio, lines: [1653, 1715] },
    },
    // Scheda 2: Studio di fattibilità per la realizzazione di un SERVIZIO SOVRAZONALE di PRONTO INTERVENTO SOCIALE (L1717-1759)
    // Slip L1741: The continuity question prints "(2012-2023)" instead of "(2021-2023)".
    // Slip L1740: "in cooperazione far gli Ambiti": "far" for "fra".
    // Slip L1753: "hanno mai collaborato far loro": "far" for "fra".
    // Slip L1733: Key points of area E list "Allargamento della rete e coprogrammazione" twice (encoded twice, as
    // printed).
    // Note: code: position in the document. No heading line: the form starts at L1717 ("Scheda LEPS Piano di Zona
    // prevista da DGR 2167/24") with a Premessa (L1719-1721); the section list names it "LEPS – PRONTO INTERVENTO
    // SOCIALE (PIS)" at L1650, outside the scheda.
    // Note: lepsPrinted: inside the scheda the LEPS is named only in the Premessa ("Pronto Intervento Sociale –
    // PIS", L1719); the label "LEPS – PRONTO INTERVENTO SOCIALE (PIS)" is at L1650.
    // Note: priority: not marked in the document → null.
    // Note: Actions: all actions after the feasibility study are conditional ("Studio di fattibilità del P.I.S.
    // sovrazonale, e in caso positivo:", L1726).
    // Note: targets O-2 and O-3 carry condition "studio" met = the feasibility study has a positive outcome ("In
    // caso di positività dello studio" L1756 for O-2; "e in caso positivo" in the actions L1726 for the Centrale
    // operativa of O-3).
    // Note: Budget: the 110.000 euro line (2026, Busto Arsizio only) is funded jointly by Fondo Povertà quota
    // servizi and povertà estrema; it is encoded once with the generic fund id fondo-poverta, the label keeping
    // both quotas. The feasibility study and the Third-Sector resources have no amount.
    // Note: newService: printed "No, in quanto servizio già presente" but also "Si rispetto l'obiettivo della
    // definizione di un servizio con dimensione sovra-ambito"; encoded servizio-gia-presente with the text.
    // Note: otherActors: no SI/NO printed; the box lists the actors (conditional on a positive feasibility study)
    // → answer null.
    // Note: coDesigned: a planned co-design ("si prevede di co-progettare").
    // Note: Outcome indicator: follow-up "dopo 6 mesi" is a measurement window, not a threshold; no target typed.
    {
      code: "2",
      form: "pdz-dgr-2167",
      policyArea: "A",
      policyAreaBasis: "field",
      leps: ["pronto-intervento-sociale"],
      lepsPrinted: [{ text: "Pronto Intervento Sociale – PIS" }],
      priority: null,
      title:
        "Studio di fattibilità per la realizzazione di un SERVIZIO SOVRAZONALE di PRONTO INTERVENTO SOCIALE",
      goals:
        "Verificare la realizzabilità di un servizio P.I.S. a favore della popolazione presente negli Ambiti Territoriali Sociali della Valle Olona a partire dall'analisi dei modelli di funzionamento dei due PIS già presenti nell'Ambito di Busto Arsizio e Castellanza. … In caso positivo, sperimentazione di un servizio sovrazonale che garantisca risposte tempestive alle persone che versano in situazioni di particolare gravità ed emergenza con grado di bisogno indifferibile, per problematiche a rilevanza sociale, durante gli orari di chiusura dei servizi sociali comunali",
      actions: [
        { code: null, title: "Studio di fattibilità del P.I.S. sovrazonale", lines: [1726, 1726] },
        {
          code: null,
          title:
            'Attivazione di una "Centrale operativa" quale punto unico di raccolta delle segnalazioni su situazioni di emergenza sociale e di gestione unitaria degli interventi ricompresi nell\'ambito di competenza del servizio P.I.S.;',
          lines: [1726, 1726],
        },
        {
          code: null,
          title:
            "Attività di valutazione professionale e di assistenza tempestiva in base ai bisogni rilevati, con predisposizione di un progetto d'aiuto urgente;",
          lines: [1726, 1726],
        },
        { code: null, title: "Documentazione delle azioni svolte negli interventi", lines: [1726, 1726] },
        {
          code: null,
          title:
            "Costruzione di una rete integrata e coordinata con i servizi pubblici territoriali, le Forze dell'Ordine e il Terzo Settore per i necessari raccordi, anche attraverso elaborazione di protocolli istituzionali",
          lines: [1726, 1726],
        },
        {
          code: null,
          title:
            "Trasmissione di informazioni e atti al Servizio sociale territorialmente competente per consentire la presa in carico della situazione",
          lines: [1726, 1726],
        },
      ],
      target:
        "Pluralità di utenza (adulti o anziani in difficoltà, persone non autosufficienti, vittime di violenza, vittime di tratta, minori stranieri non accompagnati) presente sul territorio dell'ASST Valle Olona che si trovi in situazioni di emergenza/urgenza, di limitata autonomia ed in condizioni di improvvisa ed imprevista necessità assistenziale. Tali destinatari sono portatori di bisogni derivanti da: … situazioni di povertà estrema/grave marginalità sociale che costituiscano grave rischio per la tutela e l'incolumità psicofisica della persona … situazioni di abbandono o grave emarginazione con rischio per l'incolumità della persona e/o grave rischio per la salute socio-relazionale, in assenza di reti familiari e sociali",
      budget: {
        total: null,
        lines: [
          {
            fund: "fondo-poverta",
            label: "Fondo Povertà – quota servizi e povertà estrema",
            amount: "110000",
            printed: "circa 110.000 euro",
            year: 2026,
            lines: [1730, 1730],
          },
          {
            fund: "altro",
            label: "Studio di fattibilità",
            amount: null,
            printed: "importo non definito",
            lines: [1730, 1730],
          },
          {
            fund: "altro",
            label: "Risorse del Terzo Settore",
            amount: null,
            printed: "da definire in fase di co-progettazione",
            lines: [1730, 1730],
          },
        ],
        text: "Servizio PIS previsto per Busto Arsizio nel 2026 – circa 110.000 euro centrale operativa, servizio custodia rifugio e potenziamento servizi educativi territoriali per soggetti vulnerabili (es. educazione finanziaria) – Fondo Povertà – quota servizi e povertà estrema … Studio di fattibilità e – importo non definito … Risorse del Terzo Settore da definire in fase di co-progettazione",
        source: { document: DOCUMENTS.bustoArsizio, lines: [1730, 1730] },
      },
      staff:
        "In fase di studio di fattibilità … assistenti sociali dei Comuni degli Ambiti con funzioni di “osservatorio” sul bisogno … Società esterna con incarico per la realizzazione dello studio oppure ETS individuato a seguito di coprogettazione, anche per realizzare studio fattibilità e conseguente proposta progettuale … In fase di realizzazione del P.I.S., professionisti componenti la “Centrale Operativa” con funzioni di: … ricezione telefonica delle richieste … valutazione tecnica sugli interventi urgenti da attivare … primo contatto con la rete familiare, ove presente, e sociale … report per il servizio sociale territoriale, utile a garantire la continuità della presa in carico",
      transversal: {
        answer: "si",
        areas: ["B", "D", "E", "I", "J", "K"],
        text: "SI, ed è integrato con le seguenti Aree di policy: … B. Politiche abitative … D. Domiciliarità … E. Anziani … I. Interventi per la famiglia … J. Interventi a favore di persone con disabilità … K. Interventi di sistema",
      },
      keyPoints: [
        { area: "A", point: "Allargamento della rete e coprogrammazione" },
        { area: "A", point: "Rafforzamento delle reti sociali" },
        { area: "A", point: "Vulnerabilità multidimensionale" },
        { area: "A", point: "Presenza di nuovi soggetti a rischio" },
        { area: "A", point: "Nuovi strumenti di governance" },
        { area: "B", point: "Allargamento della platea dei soggetti a rischio" },
        { area: "B", point: "Vulnerabilità multidimensionale" },
        { area: "B", point: "Allargamento della rete e coprogrammazione" },
        { area: "B", point: "Nuovi strumenti di governance" },
        { area: "D", point: "Tempestività della risposta" },
        { area: "D", point: "Ampliamento dei supporti forniti all'utenza" },
        { area: "D", point: "Allargamento della rete e coprogrammazione" },
        { area: "D", point: "Nuovi strumenti di governance" },
        { area: "E", point: "Ruolo delle famiglie e del caregiver" },
        { area: "E", point: "Allargamento della rete e coprogrammazione" },
        { area: "E", point: "Contrasto all'isolamento" },
        { area: "E", point: "Allargamento della rete e coprogrammazione" },
        { area: "E", point: "Nuovi strumenti di governance" },
        { area: "I", point: "Sostegno secondo le specificità del contesto familiare" },
        { area: "I", point: "Contrasto e prevenzione della violenza domestica" },
        { area: "I", point: "Tutela minori" },
        { area: "I", point: "Allargamento della rete e coprogrammazione" },
        { area: "I", point: "Nuovi strumenti di governance" },
        { area: "J", point: "Ruolo delle famiglie e del caregiver" },
        { area: "J", point: "Allargamento della rete e coprogrammazione" },
        { area: "J", point: "Nuovi strumenti di governance" },
        { area: "J", point: "Contrasto all'isolamento" },
        { area: "K", point: "Rafforzamento della gestione associata" },
      ],
      asstInAnalysis: { answer: "si", lines: [1738, 1738] },
      asstInDelivery: {
        answer: "si",
        text: 'Si, si ipotizza il coinvolgimento di ASST Valle Olona rispetto a: … Collegamento del servizio P.I.S. con il Protocollo operativo "Dimissioni protette" … Collegamento del servizio PIS con il Pronto Soccorso degli Ospedali di ASST … Collaborazione nel progetto di presa in carico della persona nelle situazioni dove l\'intervento sociosanitario risulti necessario',
        lines: [1739, 1739],
      },
      cooperationWithOtherAmbiti: {
        answer: "si",
        text: "Si, l'intervento è realizzato in cooperazione far gli Ambiti di Somma Lombardo, Gallarate, Busto Arsizio, Castellanza e Saronno, con i seguenti compiti: … attivazione concordata di uno studio di fattibilità del progetto soggetto in forma sovrazonale … in caso positivo, attivazione di una Centrale operativa unica per i 5 Ambiti … monitoraggio condiviso delle azioni progettuali",
        lines: [1740, 1740],
        ambiti: ["Somma Lombardo", "Gallarate", "Castellanza", "Saronno"],
      },
      continuity: { answer: "no", lines: [1741, 1741] },
      newService: {
        kind: "servizio-gia-presente",
        text: "No, in quanto servizio già presente nell'Ambito di Busto Arsizio, sviluppato dapprima con risorse ministeriali PON-PRINS-REACT EU e poi con l'integrazione tra risorse del Fondo Povertà, del Fondo Povertà Estrema. Si rispetto l'obiettivo della definizione di un servizio con dimensione sovra-ambito che copra tutto il territorio dell'ASST Valle Olona. … ne rivedranno organizzazione e gestione in funzione del modello sovrazonale ipotizzato",
      },
      premialProject: { answer: "no", lines: [1743, 1743] },
      coProgrammed: {
        answer: "si",
        text: "Si a Busto Arsizio il PIS attualmente attivo a livello di tavoli di coprogrammazione",
        lines: [1744, 1744],
      },
      coDesigned: {
        answer: "si",
        text: "Si, si prevede di co-progettare l'intervento con il Terzo Settore. … Compiti … Partecipazione ai tavoli di lavoro utili all'analisi di contesto necessaria allo studio di fattibilità del P.I.S. … Formalizzazione accordi di partenariato … Redazione progetto integrato … Attivazione fasi progettuali … Monitoraggio e valutazione del progetto … Ruolo Pubblica Amministrazione … Gestione dello studio di fattibilità … Successiva emissione avviso pubblico per l'invito agli enti del Terzo settore a partecipare al procedimento di co-progettazione … Ruolo Terzo Settore … Avanzare proposte progettuali … Mettere a disposizione risorse proprie ai fini del progetto … Collaborare alla realizzazione delle azioni concordate",
        lines: [1745, 1747],
      },
      thirdSectorInvolvement: null,
      otherActors: {
        answer: null,
        text: "In caso di studio di fattibilità positivo, si prevede la possibile sottoscrizione di protocolli collaborativi con FF.OO., Prefettura di Varese e la predisposizione di convenzioni/accordi con enti del terzo settore/privati per l'attivazione di presidi tutelari al domicilio o per l'inserimento temporaneo in emergenza in strutture di accoglienza/alberghiere.",
        lines: [1749, 1749],
        actors: ["FF.OO.", "Prefettura di Varese"],
      },
      needs: {
        text: null,
        indicators: [
          {
            text: "n° situazioni, rilevate in un anno (2026) dai servizi sociali territoriali o dal P.I.S., di povertà estrema o grave marginalità sociale che costituiscano grave rischio per la tutela e l'incolumità psicofisica della persona",
            lines: [1750, 1750],
          },
          {
            text: "n° situazioni, rilevate in un anno dai servizi sociali territoriali o dal P.I.S., di abbandono o grave emarginazione con rischio per l'incolumità della persona e/o grave rischio per la salute socio-relazionale, in assenza di reti familiari e sociali",
            lines: [1750, 1750],
          },
        ],
      },
      needKind: {
        kind: "bisogno-consolidato",
        text: "Il presente progetto intende rispondere ad un bisogno consolidato sul territorio connesso sia all'emergenza connessa all'alto numero di Minori Stranieri Non Accompagnati intercettati sul territorio dalle FF.OO., quanto ad emergenze connesse a specifiche fragilità dei cittadini, in orari di chiusura dei servizi sociali professionali (orari pomeridiani/serali/notturni e fine settimana)",
      },
      preventionKind: ["riparativo"],
      preventionText: "L'obiettivo è di tipo riparativo",
      innovation: {
        answer: "si",
        text: "Sì, l'obiettivo presenta modelli innovativi sia di presa in carico, sia di risposta al bisogno e cooperazione con altri attori della rete, in quanto nel territorio di ASST Valle Olona non è mai stato attivato uno studio di fattibilità per la realizzazione di un servizio P.I.S. né allo scopo hanno mai collaborato far loro tutti i 5 Ambiti Territoriali Sociali presenti.",
        lines: [1753, 1753],
      },
      digitalisation: {
        answer: "si",
        text: "Sì, si prevede che l'obiettivo includerà aspetti inerenti la digitalizzazione, come l'utilizzo di un gestionale per la raccolta delle richieste di intervento.",
        lines: [1754, 1754],
      },
      processIndicators: {
        text: null,
        indicators: [
          { text: "n° incontri dei tavoli di progettazione condivisa", lines: [1755, 1755] },
          {
            text: "n° degli ETS presenti ai tavoli / n° complessivo degli ETS attivi nel territorio sulle problematiche inerenti all'obiettivo",
            lines: [1755, 1755],
          },
        ],
      },
      outputIndicators: {
        text: null,
        indicators: [
          {
            text: "n° 1 studio di fattibilità sul progetto di attivazione servizio P.I.S. nel territorio di ASST Valle Olona (2025)",
            lines: [1756, 1756],
          },
          {
            text: "In caso di positività dello studio, sottoscrizione di n. 1 Convenzione tra l'Ambito e i Partner individuati (2026)",
            lines: [1756, 1756],
          },
          {
            text: "Attivazione in via sperimentale di n. 1 “Centrale Operativa” del P.I.S. in raccordo con gli Ambiti della Valle Olona (2026)",
            lines: [1758, 1758],
          },
        ],
      },
      outcomeIndicators: {
        text: null,
        indicators: [
          {
            text: "n° persone in situazione di povertà estrema o grave marginalità sociale o abbandono a grave rischio per la propria tutela e incolumità psicofisica prese in carico dal servizio P.I.S. / n° persone in situazione di povertà estrema o grave marginalità sociale o abbandono a grave rischio per la propria tutela e incolumità psicofisica segnalate al servizio P.I.S.",
            lines: [1759, 1759],
          },
          {
            text: "n. di persone seguite dal PIS nell'anno 2026 che dopo 6 mesi dichiarano di aver avuto un beneficio rispetto alla propria problematica di emergenza-urgenza /n. di persone seguite dal PIS nell'anno 2026 (interviste di follow up)",
            lines: [1759, 1759],
          },
        ],
      },
      targets: [
        {
          id: "studio",
          kind: "deliverable",
          deliverable:
            "studio di fattibilità sul progetto di attivazione servizio P.I.S. nel territorio di ASST Valle Olona",
          due: "2025-12-31",
          text: "n° 1 studio di fattibilità sul progetto di attivazione servizio P.I.S. nel territorio di ASST Valle Olona (2025)",
          lines: [1756, 1756],
        },
        {
          id: "O-2",
          kind: "deliverable",
          deliverable: "Convenzione tra l'Ambito e i Partner individuati (sottoscrizione)",
          due: "2026-12-31",
          condition: { target: "studio", when: "met" },
          text: "In caso di positività dello studio, sottoscrizione di n. 1 Convenzione tra l'Ambito e i Partner individuati (2026)",
          lines: [1756, 1756],
        },
        {
          id: "O-3",
          kind: "deliverable",
          deliverable: "“Centrale Operativa” del P.I.S. attivata in via sperimentale",
          due: "2026-12-31",
          condition: { target: "studio", when: "met" },
          text: "Attivazione in via sperimentale di n. 1 “Centrale Operativa” del P.I.S. in raccordo con gli Ambiti della Valle Olona (2026)",
          lines: [1758, 1758],
        },
      ],
      source: { document: DOCUMENTS.bustoArsizio, lines: [1717, 1759] },
    },
    // Scheda 3: CENTRO SERVIZI (L1761-1794)
    // Slip L1790: The innovation question is left with the template text "SI/NO (se sì, indicare quali aspetti)"
    // instead of an answer (encoded answer null).
    // Slip L1792: "Enti del Terzo Settori" (plural "Settori").
    // Note: code: position in the document. priority: not marked → null.
    // Note: LEPS: the plan labels the scheda "LEPS – CENTRO SERVIZI" (L1761, also L1651) but the Centro Servizi
    // is not in the LEPS catalogue of types.ts: leps left empty, lepsPrinted kept. (The staff field mentions the
    // path towards "residenza fittizia controllata", L1773, without naming it as the scheda's LEPS.)
    // Note: transversal: answered only "SI" (L1774) without naming areas; the key points are only of area A (the
    // scheda's own area).
    // Note: Actions: A.1 lists eight sub-activities (counseling, accompagnamento, accoglienza notturna, …) not
    // encoded as separate actions.
    // Note: Budget: no total printed (PNRR 910.000 + 160.000); the Fondo Povertà / Fondo Povertà Estrema lines
    // carry no amount.
    // Note: Output ratios carry no thresholds; only the Linee guida deliverable is typed as a target.
    {
      code: "3",
      form: "pdz-dgr-2167",
      heading: "LEPS – CENTRO SERVIZI - Area di policy A)",
      policyArea: "A",
      policyAreaBasis: "field",
      leps: [],
      lepsPrinted: [{ text: "LEPS – CENTRO SERVIZI" }],
      priority: null,
      title: "CENTRO SERVIZI",
      goals:
        "Il Centro servizi si inserisce nel contesto degli interventi e dei servizi finalizzati alla riduzione della marginalità e all'inclusione sociale a favore delle persone adulte/famiglie e ha l'obiettivo di creare un punto unitario di accoglienza, accesso e fornitura di servizi, ben riconoscibile a livello territoriale dalle persone in condizioni di bisogno.",
      actions: [
        {
          code: "A.1",
          title: "Apertura della stazione di posta-centro servizi per il contrasto alla povertà",
          lines: [1768, 1768],
        },
        {
          code: "A.2",
          title:
            "Attivo coinvolgimento delle organizzazioni di volontariato a rafforzamento dei servizi offerti",
          lines: [1768, 1768],
        },
        {
          code: "A.3",
          title:
            "Collegamento con ASST Valle Olona e servizi per l'impiego, anche ai fini dell'invio degli utenti per la realizzazione di tirocini formativi",
          lines: [1768, 1768],
        },
      ],
      target:
        "Persone in condizione di povertà o a rischio di diventarlo, comprese quelle in condizioni di marginalità estrema e senza dimora.",
      budget: {
        total: null,
        lines: [
          {
            fund: "pnrr",
            label: "Risorse PNRR",
            amount: "910000",
            printed: "910.000 euro",
            lines: [1770, 1770],
          },
          {
            fund: "pnrr",
            label: "Risorse PNRR",
            amount: "160000",
            printed: "160.000 euro",
            lines: [1770, 1770],
          },
          { fund: "fondo-poverta", label: "Fondo Povertà", amount: null, lines: [1770, 1770] },
          {
            fund: "fondo-poverta-estrema",
            label: "Fondo Povertà Estrema",
            amount: null,
            lines: [1770, 1770],
          },
        ],
        text: "Risorse PNRR 910.000 euro per opere edilizie di ristrutturazione … Risorse PNRR 160.000 euro per personale ETS periodo 2024-2026 … Per continuità Fondo Povertà e Fondo Povertà Estrema",
        source: { document: DOCUMENTS.bustoArsizio, lines: [1770, 1770] },
      },
      staff:
        "Coordinatore - funzione: … Monitoraggio dei dati degli accessi di utenti al centro servizi/stazione di posta e rilevazione statistica del bisogno finalizzata a valutazione di impatto; … Implementazione e organizzazione del flusso organizzativo … operativo pratico del servizio di Fermo Posta; … Ripresa confronto con anagrafe del Comune di Busto per il processo verso la residenza fittizia controllata; … Organizzazione degli spazi e dei tempi (orari) di sportello e di accesso al servizio di Fermo Posta; … Organizzazione riunioni con ETS operanti a favore senza fissa dimora … responsabilità in prima persona dell'avviamento dei contatti stabili con Centro per l'Impiego, SERD e CPS: … Educatori e/o operatori sociali: … ruoli operativi con beneficiari e rete servizi",
      transversal: { answer: "si", areas: [], text: "SI" },
      keyPoints: [
        { area: "A", point: "Allargamento della rete e coprogrammazione" },
        { area: "A", point: "Rafforzamento delle reti sociali" },
        { area: "A", point: "Vulnerabilità multidimensionale" },
        { area: "A", point: "Presenza di nuovi soggetti a rischio/nuova utenza rispetto al passato" },
        { area: "A", point: "<i>Working poors</i> e lavoratori precari" },
        { area: "A", point: "Famiglie numerose" },
        { area: "A", point: "Famiglie monoreddito" },
        { area: "A", point: "Nuovi strumenti di governance (es. Centro Servizi)" },
      ],
      asstInAnalysis: { answer: "no", lines: [1776, 1776] },
      asstInDelivery: {
        answer: "si",
        text: "Si, nella presa in carico del senza fissa dimora sotto il profilo della valutazione multidisciplinare e sanitario (dipendenze; post acute; salute mentale; altri servizi specialistici)",
        lines: [1777, 1777],
      },
      cooperationWithOtherAmbiti: { answer: "no", lines: [1778, 1778], ambiti: [] },
      continuity: { answer: "si", lines: [1779, 1779] },
      newService: {
        kind: "servizio-gia-presente",
        text: "Servizio già presente ma in continuo sviluppo e revisione",
      },
      premialProject: { answer: "no", lines: [1781, 1781] },
      coProgrammed: { answer: "si", lines: [1782, 1782] },
      coDesigned: {
        answer: "si",
        text: "Si tramite adesione a manifestazione di interesse Avviso 1/2021 PNRR 1.3.2 Centro Servizi e servizi di fermo-posta",
        lines: [1783, 1783],
        acts: [
          {
            kind: "avviso",
            text: "Avviso 1/2021 PNRR 1.3.2 Centro Servizi e servizi di fermo-posta",
            lines: [1783, 1783],
          },
        ],
      },
      thirdSectorInvolvement: null,
      otherActors: {
        answer: "si",
        text: "Si, Provincia di Varese – Centro per l'Impiego per ricerche lavorative Parrocchie del territorio – per supporti (vestiti / cibo)",
        lines: [1785, 1785],
        actors: ["Provincia di Varese – Centro per l'Impiego", "Parrocchie del territorio"],
      },
      needs: {
        text: null,
        indicators: [{ text: "n. di soggetti vulnerabili che accedono allo sportello", lines: [1786, 1786] }],
      },
      needKind: { kind: "bisogno-consolidato", text: "Bisogno consolidato" },
      preventionKind: ["preventivo", "riparativo"],
      preventionText: "Preventivo e riparativo",
      innovation: { answer: null, text: "SI/NO (se sì, indicare quali aspetti)", lines: [1790, 1790] },
      digitalisation: {
        answer: "si",
        text: "SI, avvalendosi di strumenti digitali di gestione e monitoraggio delle casistiche in carico (già avviato con PNRR Housing First) condivisi tra Servizi Sociali comunali e ETS",
        lines: [1791, 1791],
      },
      processIndicators: {
        text: "Le attività del Centro Servizi, prevedono principalmente l'utilizzo di spazi messi a disposizione dal Comune (attualmente accanto Rifugio senza fissa dimora Stazione FS, in futuro terminata la ristrutturazione in struttura dedicata in via Arconate a Busto Arsizio), avvalendosi per la gestione di Enti del Terzo Settori e mediante affidamento attraverso procedura di coprogettazione, che permetta di valorizzare l'apporto del soggetto terzo in termini di competenze specifiche",
        indicators: [
          { text: "n. di tavoli di co-progettazione attivati;", lines: [1792, 1792] },
          {
            text: "n. di soggetti del territorio coinvolti nella gestione delle politiche territoriali a favore dei senza fissa dimora (ETS, Parrocchie, Sindacati, altri enti/istituzioni/agenzie private)",
            lines: [1792, 1792],
          },
          { text: "costruzione di un quadro conoscitivo e d'offerta condiviso", lines: [1792, 1792] },
        ],
      },
      outputIndicators: {
        text: null,
        indicators: [
          {
            text: "Elaborazione Linee guida di Ambito per la presa in carico sotto il profilo abitativo di persone senza fissa dimora e per soggetti vulnerabili",
            lines: [1793, 1793],
          },
          {
            text: "N. di soggetti vulnerabili presi in carico dal centro servizi e/o servizi sociali/ n. di soggetti che accedono allo sportello",
            lines: [1793, 1793],
          },
          {
            text: "N. di inserimenti presso housing sociale o soluzioni di emergenza temporanee / n. di richieste di alloggi da parte dei beneficiari",
            lines: [1793, 1793],
          },
        ],
      },
      outcomeIndicators: {
        text: null,
        indicators: [
          {
            text: "attivazione tavolo di lavoro con ETS e altri attori territoriali, composizione e tenuta",
            lines: [1794, 1794],
          },
        ],
      },
      targets: [
        {
          id: "O-1",
          kind: "deliverable",
          deliverable:
            "Linee guida di Ambito per la presa in carico sotto il profilo abitativo di persone senza fissa dimora e per soggetti vulnerabili",
          text: "Elaborazione Linee guida di Ambito per la presa in carico sotto il profilo abitativo di persone senza fissa dimora e per soggetti vulnerabili",
          lines: [1793, 1793],
        },
      ],
      source: { document: DOCUMENTS.bustoArsizio, lines: [1761, 1794] },
    },
    // Scheda 4: Presa in carico integrata delle persone con fragilità rispetto al bisogno primario dell'abitare (L1835-1872)
    // Slip L1857: Marked "Nuovo servizio" although the scheda is declared in continuity with 2021-2023 (L1853)
    // and relies on the running PNRR Housing First project.
    // Slip L1845: "dellamaggiore" (missing space: "della maggiore").
    // Note: code: position in the document. Not a LEPS scheda (form header "Scheda Piano di Zona prevista da DGR
    // 2167/24", L1837). priority: not marked → null.
    // Note: Budget: the form says the amounts cannot yet be defined; only the PNRR Housing First line has an
    // amount (500.000 euro, the same PNRR Housing First resources that scheda 6 lists as 500.000 + 141.000 euro).
    // PINQUA and SAP resources mapped to fund "altro".
    // Note: Output counts/ratios carry no thresholds; only the Linee guida deliverable is typed.
    {
      code: "4",
      form: "pdz-dgr-2167",
      heading:
        "PRESA IN CARICO INTEGRATA DELLE PERSONE CON FRAGILITÀ RISPETTO AL BISOGNO PRIMARIO DELL'ABITARE- Area di policy B)",
      policyArea: "B",
      policyAreaBasis: "field",
      leps: [],
      priority: null,
      title:
        "Presa in carico integrata delle persone con fragilità rispetto al bisogno primario dell'abitare",
      goals:
        "Potenziare la filiera degli strumenti di sostegno al contrasto delle emergenze abitative rafforzando l'offerta di <i>housing</i> sociale creando collaborazioni con realtà di secondo livello di accoglienza … L'obiettivo si realizza: … consolidando la filiera degli interventi a supporto delle emergenze abitative, attivando un tavolo di rete con messa a sistema delle diverse modalità di presa in carico tramite migliore conoscenza reciproca dei servizi di sostegno all'abitare e realizzazione di interventi congiunti; … incrementando il patrimonio immobiliare pubblico a disposizione di azioni di <i>housing</i> sociale (completamento progetti PNRR e PINQUA in corso di realizzazione) … offrendo a soggetti in condizione di particolare vulnerabilità socio-economica e di marginalità sociale una soluzione alloggiativa di carattere temporaneo atta ad affrontare l'emergenza abitativa, … promuovendo sul territorio, anche tramite i contratti a canone concordato agevolato, iniziative per favorire l'incontro tra domanda e offerta di alloggi (da attivare)",
      actions: [
        { code: null, title: "l'istituzione di un tavolo abitare con ETS e Sindacati", lines: [1842, 1842] },
        { code: null, title: "mappatura risorse territoriali e unità di offerta", lines: [1842, 1842] },
        {
          code: null,
          title: "azioni di <i>housing-sociale</i> comunali con ristrutturazione di immobili del patrimonio",
          lines: [1842, 1842],
        },
        {
          code: null,
          title:
            "azioni di sistema con agenzie immobiliari per la ricerca sul mercato di nuove soluzioni abitative",
          lines: [1842, 1842],
        },
        {
          code: null,
          title: "creazione di collaborazioni con realtà di secondo livello di accoglienza",
          lines: [1842, 1842],
        },
        {
          code: null,
          title:
            "attivazione di supporti socio - educativi e altri interventi multidisciplinari tra cui consulenza economico-finanziaria, (accompagnamento alla gestione dei budget familiare, riduzione del sovra-indebitamento da consumo)",
          lines: [1844, 1844],
        },
      ],
      target:
        "persone o nuclei familiari in condizione di grave disagio socio-economico, con particolare riferimento a coloro che non possono immediatamente accedere all'edilizia residenziale pubblica o che sono in attesa di assegnazione di alloggio ERP … donne sole con o senza figli minori, con problematiche di rilevanza socio-economica e/o vittime di violenza fisica e/o psicologica … giovani donne che hanno terminato il prosieguo amministrativo o che al compimento dellamaggiore età necessitano di un percorso di orientamento all'autonomia … padri separati che si trovano in una condizione di inadeguatezza di risorse personali, sociali ed economiche; … persone da tempo in situazioni di estrema marginalità sociale e senza fissa dimora, abitualmente presenti sul territorio",
      budget: {
        total: null,
        lines: [
          {
            fund: "pnrr",
            label: "Risorse PNRR Housing First",
            amount: "500000",
            printed: "500.000 euro",
            lines: [1846, 1846],
          },
          { fund: "altro", label: "Risorse PINQUA", amount: null, lines: [1846, 1846] },
          { fund: "altro", label: "Risorse SAP", amount: null, lines: [1846, 1846] },
          {
            fund: "fondo-poverta",
            label: "Risorse Fondo Povertà almeno quota vincolata Housing sociale",
            amount: null,
            lines: [1846, 1846],
          },
        ],
        text: "Vista la molteplicità degli interventi e la complessità del quadro economico non è al momento possibile definire con precisione gli importi stanziabili … Risorse PNRR Housing First 500.000 euro … Risorse PINQUA … Risorse SAP … Risorse Fondo Povertà almeno quota vincolata Housing sociale",
        source: { document: DOCUMENTS.bustoArsizio, lines: [1846, 1846] },
      },
      staff:
        "Referenti Ufficio di Piano - ruolo di regia e programmazione … Ufficio Tecnico Comunale – opere di ristrutturazione … Assistenti sociali comunali – interventi sociali … Risorse personale ETS – interventi educativi … Personale Organizzazioni Sindacali – supporto tecnico specialistico",
      transversal: {
        answer: "si",
        areas: ["A"],
        text: "SI … Obiettivo A: Contrasto alla povertà e alla emarginazione sociale",
      },
      keyPoints: [
        { area: "B", point: "Vulnerabilità multidimensionale" },
        { area: "B", point: "Qualità dell'abitare" },
        { area: "B", point: "Allargamento della rete e coprogrammazione" },
        { area: "B", point: "Nuovi strumenti di governance" },
        { area: "A", point: "Allargamento della rete e coprogrammazione" },
        { area: "A", point: "Contrasto all'isolamento" },
        { area: "A", point: "Rafforzamento delle reti sociali" },
        { area: "A", point: "Vulnerabilità multidimensionale" },
        { area: "A", point: "Presenza di nuovi soggetti a rischio/nuova utenza rispetto al passato" },
        { area: "A", point: "Famiglie numerose" },
        { area: "A", point: "Famiglie monoreddito" },
      ],
      asstInAnalysis: { answer: "no", lines: [1850, 1850] },
      asstInDelivery: { answer: "no", lines: [1851, 1851] },
      cooperationWithOtherAmbiti: { answer: "no", lines: [1852, 1852], ambiti: [] },
      continuity: { answer: "si", lines: [1853, 1853] },
      newService: { kind: "nuovo-servizio", text: "Nuovo servizio" },
      premialProject: { answer: "no", lines: [1858, 1858] },
      coProgrammed: { answer: "no", lines: [1859, 1859] },
      coDesigned: {
        answer: "si",
        text: "Sì, gli interventi in corso previsti dal progetto PNRR Housing First sono stati co-progettati con un ETS aderente alla manifestazione di interesse ad evidenza pubblica promossa dall'Ambito di Busto Arsizio",
        lines: [1860, 1860],
        acts: [
          {
            kind: "avviso",
            text: "manifestazione di interesse ad evidenza pubblica promossa dall'Ambito di Busto Arsizio",
            lines: [1860, 1860],
          },
        ],
      },
      thirdSectorInvolvement:
        "Gli ETS saranno coinvolti in ulteriori fasi di intervento tramite specifici tavoli di co-progettazione",
      otherActors: {
        answer: "si",
        text: "Sì, sono già in corso azioni di confronto con il mondo parrocchiale delle tredici parrocchie cittadine per favorire il reperimento di nuovi alloggi e il coordinamento delle attività. Si prevede di coinvolgere i Sindacati in ulteriori fasi di intervento tramite specifici tavoli di co-progettazione.",
        lines: [1862, 1862],
        actors: ["tredici parrocchie cittadine", "Sindacati"],
      },
      needs: {
        text: "A fronte di una richiesta crescente di contributi per l'abitare in un contesto di crisi economica e conseguentemente alloggiativa crescente e aggravata dalla pandemia Covid19, si evidenzia un bisogno in aumento di alloggi di emergenza e temporanei (housing sociale) e la necessità di superare la frammentazione dell'offerta del territorio sia a livello abitativo che di accompagnamento socio/educativo e di inclusione attiva in ambito lavorativo",
        indicators: [{ text: "N. richieste di alloggi in emergenza", lines: [1863, 1863] }],
      },
      needKind: { kind: "bisogno-consolidato", text: "Bisogno consolidato" },
      preventionKind: ["preventivo", "riparativo"],
      preventionText: "Preventivo e riparativo",
      innovation: {
        answer: "si",
        text: "Sì, per l'attuazione di una nuova politica abitativa sarà necessario attivare un importante lavoro di conoscenza e connessione con i diversi soggetti interessati alla tematica, per costruire le condizioni che permettano effettivamente di strutturare una politica dell'abitare diversificata, in relazione ai diversi bisogni abitativi.",
        lines: [1866, 1866],
      },
      digitalisation: {
        answer: "si",
        text: "Sì, avvalendosi di strumenti digitali di gestione e monitoraggio delle casistiche in carico (già avviato con PNRR Housing First) condivisi tra Servizi Sociali comunali e ETS",
        lines: [1867, 1867],
      },
      processIndicators: {
        text: "Le attività di <i>housing sociale</i> , prevedono principalmente l'utilizzo di appartamenti messi a disposizione dal Comune, avvalendosi per la gestione di Enti del Terzo Settore e mediante affidamento attraverso la procedura di coprogettazione, che permetta di valorizzare l'apporto del soggetto terzo in termini di accesso a contributi e unità abitative aggiuntive.",
        indicators: [
          { text: "n. di tavoli di co-progettazione attivati;", lines: [1870, 1870] },
          {
            text: "n. di soggetti del territorio coinvolti nella gestione delle politiche abitative (ETS, Parrocchie, Sindacati, altri enti/istituzioni/agenzie private)",
            lines: [1870, 1870],
          },
          { text: "costruzione di un quadro conoscitivo e d'offerta condiviso", lines: [1870, 1870] },
        ],
      },
      outputIndicators: {
        text: null,
        indicators: [
          {
            text: "Elaborazione Linee guida di Ambito per la presa in carico sotto il profilo abitativo di persone senza fissa dimora e per soggetti vulnerabili",
            lines: [1871, 1871],
          },
          { text: "N. di nuove unità abitative messe a disposizione del territorio;", lines: [1871, 1871] },
          {
            text: "N. di inserimenti presso housing sociale o soluzioni di emergenza temporanee / n. di richieste di alloggi da parte dei beneficiari",
            lines: [1871, 1871],
          },
        ],
      },
      outcomeIndicators: {
        text: null,
        indicators: [
          {
            text: "attivazione tavolo di lavoro con ETS e altri attori territoriali, composizione e tenuta",
            lines: [1872, 1872],
          },
          {
            text: "definizione modalità operative condivise di inserimento presso alloggi di proprietà dei diversi soggetti (chi, dove, con quali requisiti, accompagnamenti, ecc.)",
            lines: [1872, 1872],
          },
        ],
      },
      targets: [
        {
          id: "O-1",
          kind: "deliverable",
          deliverable:
            "Linee guida di Ambito per la presa in carico sotto il profilo abitativo di persone senza fissa dimora e per soggetti vulnerabili",
          text: "Elaborazione Linee guida di Ambito per la presa in carico sotto il profilo abitativo di persone senza fissa dimora e per soggetti vulnerabili",
          lines: [1871, 1871],
        },
      ],
      source: { document: DOCUMENTS.bustoArsizio, lines: [1835, 1872] },
    },
    // Scheda 5: Agenzia dell'Abitare (L1874-1907)
    // Slip L1885: "le risorse stanziare" for "stanziate".
    // Slip L1894: Form label "PROGETTO PREZIALE" for "PREMIALE".
    // Note: code: position in the document. priority: not marked → null.
    // Note: LEPS: labelled "LEPS – AGENZIA DELL'ABITARE" by the plan (L1874, L1822), but the Agenzia dell'Abitare
    // is a regional "possibile intervento collegato ai LEPS" (L1812), not a LEPS of the catalogue: leps left
    // empty, lepsPrinted kept.
    // Note: Actions: the first action is the lead sentence "L'azione comprende la realizzazione di un'analisi di
    // pre-fattibilità volta alla costituzione di una Agenzia dell'Abitare con:" (L1881); the budget speaks of a
    // "studio di fattibilità" (L1885).
    // Note: Budget: 44.000 euro with no fund named (fund "altro"); no yearly split.
    // Note: needKind "Bisogno innovativo" mapped to nuovo-bisogno.
    {
      code: "5",
      form: "pdz-dgr-2167",
      heading: "LEPS – AGENZIA DELL'ABITARE - Area di policy B)",
      policyArea: "B",
      policyAreaBasis: "field",
      leps: [],
      lepsPrinted: [{ text: "LEPS – AGENZIA DELL'ABITARE" }],
      priority: null,
      title: "Agenzia dell'Abitare",
      goals:
        "Costituzione di una Agenzia per l'Abitare, strumento di governance e di sistema in grado di supportare la definizione di azioni di \"scala\" (raccordi anche a livello sovra-zonale, coinvolgimento di attori territoriali pubblici e privati) e favorire lo sviluppo di interventi non solo riparativi rispetto all'emergenza o legati all'erogazione monetaria in aiuto ai soggetti in difficoltà;",
      actions: [
        {
          code: null,
          title:
            "realizzazione di un'analisi di pre-fattibilità volta alla costituzione di una Agenzia dell'Abitare",
          lines: [1881, 1881],
        },
        {
          code: null,
          title:
            "attivazione di uno 'sportello integrato' che svolgerà un'attività di orientamento e consulenza sia per i proprietari sia per chi cerca casa, così da garantire una maggiore accessibilità al mercato della locazione per diverse categorie di utenza con strumenti specifici e appropriati;",
          lines: [1881, 1881],
        },
        {
          code: null,
          title:
            "avvio di un punto di accesso per il disagio e l'emergenza abitativa, volto a raccogliere ed orientarne i bisogni indirizzando in modo mirato gli utenti verso i servizi abitativi a cui hanno possibilità di accesso, in stretta relazione con gli uffici comunali competenti;",
          lines: [1881, 1881],
        },
        {
          code: null,
          title: "punto di regia per il coordinamento dell'offerta di alloggi ERP di proprietà comunale;",
          lines: [1881, 1881],
        },
        {
          code: null,
          title: "promozione di un nuovo rapporto con <i>stakeholder</i> e operatori immobiliari;",
          lines: [1881, 1881],
        },
        {
          code: null,
          title:
            "facilitazione dell'attuazione delle misure regionali di sostegno alla locazione (Fondo Inquilini Morosi Incolpevoli, Misura Unica, Misura complementare, Fondo di Solidarietà ERP);",
          lines: [1881, 1881],
        },
        {
          code: null,
          title:
            "promozione di una piattaforma digitale dedicata per la gestione coordinata dell'offerta delle diverse tipologie di locazione",
          lines: [1881, 1881],
        },
      ],
      target:
        "persone o nuclei familiari in condizione di grave disagio socio-economico, con particolare riferimento a coloro che non possono immediatamente accedere all'edilizia residenziale pubblica o che sono in attesa di assegnazione di alloggio ERP … donne sole con o senza figli minori, con problematiche di rilevanza socio-economica e/o vittime di violenza fisica e/o psicologica … giovani donne che hanno terminato il prosieguo amministrativo o che al compimento della maggiore età necessitano di un percorso di orientamento all'autonomia … padri separati che si trovano in una condizione di inadeguatezza di risorse personali, sociali ed economiche; … persone da tempo in situazioni di estrema marginalità sociale e senza fissa dimora, abitualmente presenti sul territorio",
      budget: {
        total: null,
        lines: [
          {
            fund: "altro",
            label: "le risorse stanziare per lo studio di fattibilità dell'Agenzia dell'Abitare",
            amount: "44000",
            printed: "44.000 euro",
            lines: [1885, 1885],
          },
        ],
        text: "In fase di avvio, le risorse stanziare per lo studio di fattibilità dell'Agenzia dell'Abitare sono pari a 44.000 euro",
        source: { document: DOCUMENTS.bustoArsizio, lines: [1885, 1885] },
      },
      staff:
        "Referenti Ufficio di Piano - ruolo di regia e programmazione Assistenti sociali comunali – interventi sociali Risorse personale ETS – supporto tecnico specialistico",
      transversal: {
        answer: "si",
        areas: ["A"],
        text: "SI Obiettivo A: CONTRASTO ALLA POVERTA' E ALLA EMARGINAZIONE SOCIALE",
      },
      keyPoints: [
        { area: "B", point: "Nuovi strumenti di governance" },
        { area: "B", point: "Vulnerabilità multidimensionale" },
        { area: "B", point: "Qualità dell'abitare" },
        { area: "B", point: "Allargamento della rete e coprogrammazione" },
        { area: "A", point: "Allargamento della rete e coprogrammazione" },
        { area: "A", point: "Contrasto all'isolamento" },
        { area: "A", point: "Vulnerabilità multidimensionale" },
        { area: "A", point: "Presenza di nuovi soggetti a rischio/nuova utenza rispetto al passato" },
        { area: "A", point: "Famiglie numerose" },
        { area: "A", point: "Famiglie monoreddito" },
      ],
      asstInAnalysis: { answer: "no", lines: [1889, 1889] },
      asstInDelivery: { answer: "no", lines: [1890, 1890] },
      cooperationWithOtherAmbiti: { answer: "no", lines: [1891, 1891], ambiti: [] },
      continuity: { answer: "no", lines: [1892, 1892] },
      newService: { kind: "nuovo-servizio", text: "Nuovo servizio" },
      premialProject: { answer: "no", lines: [1894, 1894] },
      coProgrammed: { answer: "no", lines: [1895, 1895] },
      coDesigned: { answer: "no", lines: [1896, 1896] },
      thirdSectorInvolvement:
        "Si prevede un affidamento ad un Ente del Terzo Settore per la realizzazione dello studio di fattibilità",
      otherActors: { answer: "no", lines: [1899, 1899], actors: [] },
      needs: {
        text: "A fronte di una richiesta crescente di contributi per l'abitare in un contesto di crisi economica e conseguentemente alloggiativa crescente e aggravata dalla pandemia Covid19, è necessaria sempre di più un'attività di mediazione tra la domanda e l'offerta di alloggi, con vantaggi reciproci per inquilini e proprietari, attuabile attraverso un modello sperimentale di Agenzia dell'Abitare … in un'unica filiera dei servizi abitativi: pubblico, privato e privato-sociale.",
        indicators: [
          {
            text: "n. richieste abitative in emergenza in estate per anno / n. assegnazioni alloggi ERP per anno",
            lines: [1900, 1900],
          },
        ],
      },
      needKind: { kind: "nuovo-bisogno", text: "Bisogno innovativo" },
      preventionKind: ["preventivo", "riparativo"],
      preventionText: "Preventivo e riparativo",
      innovation: {
        answer: "si",
        text: "Sì, per l'attuazione di una nuova politica abitativa sarà necessario attivare un importante lavoro di conoscenza e connessione con i diversi soggetti interessati alla tematica, per costruire le condizioni che permettano effettivamente di strutturare una politica dell'abitare diversificata, in relazione ai diversi bisogni abitativi.",
        lines: [1903, 1903],
      },
      digitalisation: {
        answer: "si",
        text: "Sì, avvalendosi di strumenti digitali di gestione e monitoraggio delle casistiche in carico condivisi tra Servizi Sociali comunali e ETS",
        lines: [1904, 1904],
      },
      processIndicators: {
        text: null,
        indicators: [
          { text: "realizzazione studio di fattibilità", lines: [1905, 1905] },
          {
            text: "definizione Linee Guida di Ambito per la presa in carico di persone senza fissa dimora",
            lines: [1905, 1905],
          },
          {
            text: "n. di soggetti del territorio coinvolti nella gestione delle politiche abitative (ETS, Parrocchie, Sindacati, altri enti/istituzioni/agenzie private)",
            lines: [1905, 1905],
          },
          { text: "costruzione di un quadro conoscitivo e d'offerta condiviso", lines: [1905, 1905] },
        ],
      },
      outputIndicators: {
        text: null,
        indicators: [
          { text: "attivazione Agenzia dell'Abitare", lines: [1906, 1906] },
          { text: "N. di attività di mediazione tra domanda e offerta di alloggi", lines: [1906, 1906] },
        ],
      },
      outcomeIndicators: {
        text: null,
        indicators: [
          {
            text: "attivazione tavolo di lavoro con ETS e altri attori territoriali, composizione e tenuta",
            lines: [1907, 1907],
          },
          {
            text: "definizione modalità operative condivise di inserimento presso alloggi di proprietà dei diversi soggetti (chi, dove, con quali requisiti, accompagnamenti, ecc.)",
            lines: [1907, 1907],
          },
        ],
      },
      targets: [
        {
          id: "O-1",
          kind: "deliverable",
          deliverable: "Agenzia dell'Abitare attivata",
          text: "attivazione Agenzia dell'Abitare",
          lines: [1906, 1906],
        },
      ],
      source: { document: DOCUMENTS.bustoArsizio, lines: [1874, 1907] },
    },
    // Scheda 6: Housing First (L1909-1941)
    // Slip L1911: AREA DI POLICY printed "A) Politiche abitative": the title is that of area B; encoded B.
    // Slip L1937: The innovation question is left with the template text "SI/NO (se sì, indicare quali aspetti)"
    // (encoded answer null).
    // Slip L1917: Staff: "Organizzazione degli strumenti operativi per la ricerca degli;" — sentence truncated.
    // Slip L1914: Action 2: stray word "utilizzo" in "messi a disposizione da parte del Comune di Busto Arsizio
    // utilizzo e successivamente".
    // Slip L1939: Process text ends with an unclosed parenthesis "(parrocchie, agenzie immobiliari".
    // Slip L1940: Output indicator "n. di soggetti che segnalati" (garbled: "che sono stati segnalati" /
    // "segnalati").
    // Note: code: position in the document. No heading line: the form starts at L1909 ("Scheda LEPS Piano di Zona
    // prevista da DGR 2167/24"); the B-section list names it "LEPS – HOUSING FIRST" at L1823, outside the scheda.
    // Note: LEPS: labelled LEPS by the plan (L1823, "Scheda LEPS" L1909) but Housing First is not a LEPS of the
    // catalogue: leps left empty; lepsPrinted keeps the only name printed inside the scheda (the title, L1912).
    // Note: priority: not marked → null.
    // Note: transversal: answered only "SI" (L1920) without naming areas; the key points are of areas A and B (B
    // is the scheda's own area).
    // Note: Actions 1-3 are sub-items of Attività A.2 (codes as printed). Action 3 fixes an accompaniment
    // duration (minimo 6 mesi, massimo 24 mesi) that the ResultTarget kinds cannot hold (not a result target).
    // Note: Budget: PNRR 500.000 + 141.000 euro (total not printed); Fondo Povertà / Fondo Povertà Estrema
    // without amounts.
    // Note: Output "N. di beneficiari che permangono in una soluzione abitativa per almeno sei mesi": "almeno sei
    // mesi" qualifies the measure, no threshold on the count; not typed as a target.
    {
      code: "6",
      form: "pdz-dgr-2167",
      policyArea: "B",
      policyAreaBasis: "field",
      leps: [],
      lepsPrinted: [{ text: "Housing First" }],
      priority: null,
      title: "Housing First",
      goals:
        "Promozione e coordinamento di un sistema di contrasto alla grave emarginazione e alla povertà, nonché alle situazioni emergenziali in ambito abitativo, con l'implementazione graduale di un'offerta strutturata di alloggi, pensati in una logica di filiera: dal dormitorio/rifugio della stazione, all'housing first (per le situazioni che lo permettono) e housing di secondo livello per le famiglie e le persone singole inserite in un percorso di uscita dall'emarginazione, … che siano in grado di rispondere alle diverse esigenze del territorio in modo esaustivo.",
      actions: [
        {
          code: "A.1",
          title:
            "Realizzazione di alloggi/strutture di accoglienza finalizzati al reinserimento e all'autonomia (housing first, housing temporaneo)",
          lines: [1914, 1914],
        },
        {
          code: "A.2",
          title:
            "Sviluppo di un sistema di presa in carico anche attraverso équipe multi- professionali e lavoro di comunità",
          lines: [1914, 1914],
        },
        {
          code: "1",
          title:
            "Attivazione dell'équipe multi-professionale e dell'équipe educativa di cui la seconda fa parte fin da subito, per il lavoro di ricerca degli alloggi e di presa in carico delle situazioni di bisogno da orientare verso le soluzioni housing-first e housing di secondo livello;",
          lines: [1914, 1914],
        },
        {
          code: "2",
          title:
            "Reperimento strutture alloggiative in semi-autonomia, inizialmente tramite ricerca di mercato e/o attraverso l'utilizzo di altri immobili messi a disposizione da parte del Comune di Busto Arsizio utilizzo e successivamente tramite ristrutturazione di alloggi idonei;",
          lines: [1914, 1914],
        },
        {
          code: "3",
          title:
            "Accompagnamento socio-abitativo delle persone prese in carico, che ai sensi delle nuove linee guida ministeriali recentemente condivise nel corso di webinar dedicati (minimo 6 mesi e massimo 24 mesi).",
          lines: [1914, 1914],
        },
        {
          code: "A.3",
          title:
            "Realizzazione di strutture di accoglienza post-acuzie h24 per persone senza dimora in condizioni di fragilità fisica o in salute fortemente compromesse dalla vita di strada, che abbiano subito ricoveri ospedalieri, interventi chirurgici, cui dedicare i servizi di dimissione protette di cui alla componente PNRR 1.1.3 Accoglienza e dimissioni protette",
          lines: [1914, 1914],
        },
      ],
      target:
        "Persone in condizione di vulnerabilità sociale, con instabilità di reddito, precarietà occupazionale protratta nel tempo, fragilità dei tessuti relazionali, sia parentali che professionali, quali: … nuclei familiari in condizione di grave disagio socio-economico, con particolare riferimento a coloro che non possono immediatamente accedere all'edilizia residenziale pubblica; … donne sole con o senza figli minori, con problematiche di rilevanza socio-economica; … persone da tempo in situazioni di estrema marginalità sociale, abitualmente presenti sul territorio (anche per eventuali dimissioni ospedaliere protette)",
      budget: {
        total: null,
        lines: [
          {
            fund: "pnrr",
            label: "Risorse PNRR",
            amount: "500000",
            printed: "500.000 euro",
            lines: [1916, 1916],
          },
          {
            fund: "pnrr",
            label: "Risorse PNRR",
            amount: "141000",
            printed: "141.000 euro",
            lines: [1916, 1916],
          },
          { fund: "fondo-poverta", label: "Fondo Povertà", amount: null, lines: [1916, 1916] },
          {
            fund: "fondo-poverta-estrema",
            label: "Fondo Povertà Estrema",
            amount: null,
            lines: [1916, 1916],
          },
        ],
        text: "Risorse PNRR 500.000 euro per opere edilizie di ristrutturazione … Risorse PNRR 141.000 euro per personale ETS periodo 2024-2026 … Per continuità Fondo Povertà e Fondo Povertà Estrema",
        source: { document: DOCUMENTS.bustoArsizio, lines: [1916, 1916] },
      },
      staff:
        "Coordinatore - funzione: … Coordinare il lavoro dell'équipe multi-professionale … Definire l'équipe territoriale dell'Inclusione Sociale … Organizzazione degli strumenti operativi per la ricerca degli; … Educatori e/o operatori sociali: - ruoli operativi con beneficiari e rete servizi",
      transversal: { answer: "si", areas: [], text: "SI" },
      keyPoints: [
        { area: "A", point: "Allargamento della rete e coprogrammazione" },
        { area: "A", point: "Rafforzamento delle reti sociali" },
        { area: "A", point: "Vulnerabilità multidimensionale" },
        { area: "A", point: "Presenza di nuovi soggetti a rischio/nuova utenza rispetto al passato" },
        { area: "A", point: "<i>Working poors</i> e lavoratori precari" },
        { area: "A", point: "Famiglie numerose" },
        { area: "A", point: "Famiglie monoreddito" },
        { area: "B", point: "Allargamento della platea dei soggetti a rischio" },
        { area: "B", point: "Vulnerabilità multidimensionale" },
        { area: "B", point: "Qualità dell'abitare" },
        { area: "B", point: "Allargamento della rete e coprogrammazione" },
      ],
      asstInAnalysis: { answer: "no", lines: [1922, 1922] },
      asstInDelivery: {
        answer: "si",
        text: "Si, nella presa in carico del senza fissa dimora sotto il profilo della valutazione multidisciplinare e sanitario (dipendenze; post acute; salute mentale; altri servizi specialistici)",
        lines: [1923, 1923],
      },
      cooperationWithOtherAmbiti: { answer: "no", lines: [1924, 1924], ambiti: [] },
      continuity: { answer: "si", lines: [1925, 1925] },
      newService: {
        kind: "servizio-gia-presente",
        text: "Servizio già presente ma in continuo sviluppo e revisione",
      },
      premialProject: { answer: "no", lines: [1927, 1927] },
      coProgrammed: { answer: "si", lines: [1928, 1928] },
      coDesigned: {
        answer: "si",
        text: "Si tramite adesione a manifestazione di interesse Avviso 1/2021 PNRR 1.3.1 Housing first",
        lines: [1929, 1929],
        acts: [{ kind: "avviso", text: "Avviso 1/2021 PNRR 1.3.1 Housing first", lines: [1929, 1929] }],
      },
      thirdSectorInvolvement: null,
      otherActors: {
        answer: "si",
        text: "Si, Provincia di Varese – Centro per l'Impiego per ricerche lavorative Parrocchie del territorio, privati e agenzie immobiliari - per soluzioni abitative temporanee e definitive",
        lines: [1931, 1931],
        actors: [
          "Provincia di Varese – Centro per l'Impiego",
          "Parrocchie del territorio",
          "privati",
          "agenzie immobiliari",
        ],
      },
      needs: {
        text: null,
        indicators: [{ text: "n. di progetti individualizzati attivati", lines: [1932, 1932] }],
      },
      needKind: { kind: "bisogno-consolidato", text: "Bisogno consolidato" },
      preventionKind: ["preventivo", "riparativo"],
      preventionText: "Preventivo e riparativo",
      innovation: { answer: null, text: "SI/NO (se sì, indicare quali aspetti)", lines: [1937, 1937] },
      digitalisation: {
        answer: "si",
        text: "SI, avvalendosi di strumenti digitali di gestione e monitoraggio delle casistiche in carico condivisi tra Servizi Sociali comunali e ETS",
        lines: [1938, 1938],
      },
      processIndicators: {
        text: "Le attività di Housing First, prevedono l'utilizzo di soluzioni abitative da reperire sul mercato oltre all'utilizzo di appartamenti/stanze di pronta accoglienza in corso di ristrutturazione da parte del Comune di Busto Arsizio in qualità di capofila … Le attività prevedono una stretta collaborazione a livello di equipe multidisciplinare di operatori/educatori dell'ETS selezionato tramite procedura ad evidenza pubblica di co-progettazione e le assistenti sociali comunali, con l'attivazione di risorse di rete territoriali (parrocchie, agenzie immobiliari",
        indicators: [
          { text: "n. di tavoli di co-progettazione attivati;", lines: [1939, 1939] },
          {
            text: "n. di soggetti del territorio coinvolti nella gestione delle politiche territoriali a favore dei senza fissa dimora (ETS, Parrocchie, Sindacati, altri enti/istituzioni/agenzie private)",
            lines: [1939, 1939],
          },
          { text: "costruzione di un quadro conoscitivo e d'offerta condiviso", lines: [1939, 1939] },
        ],
      },
      outputIndicators: {
        text: null,
        indicators: [
          {
            text: "Elaborazione Linee guida di Ambito per la presa in carico sotto il profilo abitativo di persone senza fissa dimora e per soggetti vulnerabili",
            lines: [1940, 1940],
          },
          {
            text: "N. di soggetti vulnerabili presi in carico dal servizio housing first e/o servizi sociali/ n. di soggetti che segnalati",
            lines: [1940, 1940],
          },
          {
            text: "N. di inserimenti presso housing sociale o soluzioni di emergenza temporanee / n. di richieste di alloggi da parte dei beneficiari",
            lines: [1940, 1940],
          },
          {
            text: "N. di beneficiari che permangono in una soluzione abitativa per almeno sei mesi",
            lines: [1940, 1940],
          },
        ],
      },
      outcomeIndicators: {
        text: null,
        indicators: [
          {
            text: "attivazione tavolo di lavoro con ETS e altri attori territoriali, composizione e tenuta",
            lines: [1941, 1941],
          },
        ],
      },
      targets: [
        {
          id: "O-1",
          kind: "deliverable",
          deliverable:
            "Linee guida di Ambito per la presa in carico sotto il profilo abitativo di persone senza fissa dimora e per soggetti vulnerabili",
          text: "Elaborazione Linee guida di Ambito per la presa in carico sotto il profilo abitativo di persone senza fissa dimora e per soggetti vulnerabili",
          lines: [1940, 1940],
        },
      ],
      source: { document: DOCUMENTS.bustoArsizio, lines: [1909, 1941] },
    },
    // Scheda 7: Accoglienza e dimissioni protette: continuità assistenziale (L1975-2047)
    // Slip L1992: Action 4.1: "dell'operatività del un tavolo" (double article).
    // Slip L2016: The innovation answer keeps the template guidance "SI/NO (se sì, indicare quali aspetti)"
    // printed before the answer "Sì, …".
    // Note: code: position in the document. priority: not marked → null.
    // Note: Premessa (L1981-1985): scheda co-designed by the five Ambiti of ASST Valle Olona; Busto Arsizio
    // (capofila), Gallarate and Castellanza run a PNRR 1.1.3 project ending in March 2026, and the economic and
    // human resources of the scheda refer only to these three Ambiti.
    // Note: Budget: the two PNRR 1.1.3 lines are valid until 31/03/2026 for Busto, Gallarate, Castellanza. FNPS
    // quota vincolata (stimata) is printed per Ambito (Busto Arsizio 37.196,00 valid until 31/03/2026 + 12800 for
    // 2027 = totale 49.996,00 €; Gallarate 54.637,70 + 18200 = 72.837,70 €; Castellanza 9.860,14 + 9900 =
    // 19.760,14 €): each base amount and each 2027 addition is a line (the `printed` text names the Ambito); the
    // printed per-Ambito totals cannot be held as lines without double counting. No overall total is printed.
    // Note: transversal: the field lists D) domiciliarità, the scheda's own area, among the transversal areas
    // (encoded as printed).
    // Note: Key points of area A begin with the area title itself ("contrasto alla povertà all'emarginazione
    // sociale e promozione dell'inclusione attiva"), encoded as printed.
    // Note: Indicatore 1 has no 2027 target (as in the DGR table).
    // Note: PPT sub-form (L2023-2047, "Allegato PPT - SCHEDA PROGETTO 4 'TRANSITIONAL CARE –
    // DIMISSIONI/AMMISSIONI PROTETTE'") not placeable: criticità (L2027-2030); matrix AT 1 × LI 5, LI 6, LI 7; AT
    // 2 × LI 1, LI 5; AT 3 × LI 5, LI 6; AT 4 × LI 7 (L2031-2038); destinatari (L2039, adds persons "senza fissa
    // dimora afferenti al territorio"); descrizione incl. the rule that the LEPS dimissioni protette requires
    // integration with the LEA Cure domiciliari (L2040); ambito "Tutti i Distretti dell'ASST Valle Olona."
    // (L2042); attori "ASST, Cure Primarie, Ambiti Territoriali Sociali, Enti del Terzo Settore." (L2043);
    // risorse ASST "Medici Specialisti, Medici del Distretto, IFeC, Assistenti Sociali." (L2044); "Si PdZ Si PPT"
    // (L2045); Anno Avvio / Anno Fine 2025-2027 (L2046). Its six indicators (identical to the PdZ ones, L2047)
    // are typed as targets PPT-*; the PPT also says it adopts the DGR indicators of the LEPS "Servizi Sociali per
    // le dimissioni protette e Incremento SAD" but lists only the dimissioni protette ones.
    {
      code: "7",
      form: "pdz-dgr-2167",
      heading:
        "LEPS ACCOGLIENZA E DIMISSIONI PROTETTE: CONTINUITÀ ASSISTENZIALE … - Area di policy D) – co-progettato con ASST Valle Olona e tutti gli Ambiti Territoriali Sociali dei distretti di competenza",
      policyArea: "D",
      policyAreaBasis: "field",
      leps: ["dimissioni-protette"],
      lepsPrinted: [
        { text: "LEPS ACCOGLIENZA E DIMISSIONI PROTETTE: CONTINUITÀ ASSISTENZIALE" },
        { text: "Servizi Sociali per le dimissioni protette" },
      ],
      priority: null,
      title: "Accoglienza e dimissioni protette: continuità assistenziale",
      goals:
        "Obiettivo generale: garantire la continuità assistenziale, in particolare alle persone \"fragili\" non autosufficienti, per le quali è necessario un accompagnamento all'ammissione e dimissione ospedaliera, secondo un percorso protetto che ne garantisca la continuità di cura e favorisca ove possibile la domiciliarità. … Obiettivi specifici: … 1. promuovere l'assistenza delle persone fragili e con perdita progressiva di autonomia, attraverso l'intercettazione precoce del bisogno e della iniziale fragilità garantendone la presa in carico sociosanitaria; … 2. contribuire a ridurre il numero dei ricoveri reiterati presso i presidi ospedalieri; … 3. aumentare il grado di appropriatezza e personalizzazione delle prestazioni, assicurando la continuità dell'assistenza; … 4. promuovere un modello organizzativo gestionale omogeneo e continuativo nei diversi ambiti territoriali del distretto per la gestione integrata e coordinata degli interventi; … 5. sostenere l'autonomia residua e il miglioramento dei livelli di qualità di vita, incrementando la consapevolezza e la responsabilità delle figure di riferimento della persona fragile, superando la logica assistenziale; … 6. uniformare i criteri di valutazione e accesso agli interventi/opportunità anche attraverso collaborazioni innovative tra il pubblico e il Terzo Settore al fine di potenziare la rete dei servizi; … 7. garantire l'inclusione sociale dei soggetti fragili presi in carico.",
      actions: [
        {
          code: "1.1",
          title:
            'aggiornamento di procedure operative integrate di valutazione condivisa del bisogno sanitario e sociale del cittadino "fragile" e presa in carico condivisa e integrata nelle fasi di ammissione e dimissione protetta',
          lines: [1990, 1990],
        },
        {
          code: "1.2",
          title:
            "monitoraggio e aggiornamento sistema di condivisione delle informazioni tra operatori pubblici (ASST e Ambiti) relative al cittadino fragile",
          lines: [1990, 1990],
        },
        {
          code: "2.1",
          title: "definizione congiunta dei setting di intervento tra ASST e Ambiti",
          lines: [1990, 1990],
        },
        { code: "2.2", title: "rilevazione dato e monitoraggio andamento", lines: [1990, 1990] },
        {
          code: "3.1",
          title: "definizione congiunta dei setting di intervento tra ASST e Ambiti",
          lines: [1990, 1990],
        },
        {
          code: "3.2",
          title:
            "monitoraggio tempistiche dimissione protetta e concreta integrazione socio-sanitaria degli interventi",
          lines: [1990, 1990],
        },
        {
          code: "4.1",
          title:
            "mantenimento costante dell'operatività del un tavolo di conoscenza e confronto tra ASST Valle Olona, Ambiti di Busto Arsizio, Gallarate e Castellanza e Ambiti di Saronno e Somma Lombardo rispetto alle procedure in essere con confronto tra Nucleo dimissioni protette e COT dell'ASST e responsabili e assistenti sociali degli Ambiti comunali",
          lines: [1992, 1992],
        },
        {
          code: "4.2",
          title:
            "monitoraggio e aggiornamento sistema di condivisione delle informazioni tra operatori pubblici (ASST e Ambiti) relative al cittadino fragile",
          lines: [1992, 1992],
        },
        {
          code: "4.3",
          title:
            "integrazione dei due protocolli operativi in essere con eventuale ridefinizione e integrazione degli strumenti di cui al punto precedente",
          lines: [1992, 1992],
        },
        {
          code: "5.1",
          title:
            "programmazione congiunta e integrata attività di formazione/sostegno a favore della famiglia e dei caregiver in ambito di protezione giuridica (es.: amministrazione di sostegno, invalidità..)",
          lines: [1992, 1992],
        },
        { code: "5.2", title: "realizzazione attività formative/sostegno integrate", lines: [1992, 1992] },
        {
          code: "5.3",
          title:
            "elaborazione di servizi di informazione condivisi, con distribuzione di materiale informativo anche presso i presidi sanitari dell'ASST Valle Olona e dei medici di medicina generale, a favore delle famiglie e dei soggetti fragili relativi ai servizi sociali e sanitari territoriali degli enti locali, degli Enti del Terzo Settore e del privato sociale",
          lines: [1992, 1992],
        },
        {
          code: "6.1",
          title:
            "attivazione di tavoli di co-progettazione con gli Enti del Terzo Settore del territorio per identificare e mettere in rete anche servizi innovativi",
          lines: [1992, 1992],
        },
        {
          code: "6.2",
          title:
            "condivisione delle mappature territoriali esistenti di unità di offerta pubblica e privata, inclusi ETS",
          lines: [1992, 1992],
        },
        {
          code: "6.3",
          title: "definizione di una filiera di servizi integrata, in linea con la riforma della L.R 23/2015",
          lines: [1992, 1992],
        },
        {
          code: "6.4",
          title: "sviluppo di strumenti di monitoraggio e valutazione condivisi",
          lines: [1992, 1992],
        },
        {
          code: "6.5",
          title: "analisi dei risultati raggiunti e introduzione eventuali elementi correttivi",
          lines: [1992, 1992],
        },
        {
          code: "7.1",
          title:
            "valorizzazione della collaborazione volontaria delle risorse informali di prossimità e quella degli Enti del Terzo Settore",
          lines: [1992, 1992],
        },
      ],
      target:
        "In merito ai beneficiari vengono distinte due tipologie di condizioni, la prima rivolta all'utenza che può fare riferimento ad un domicilio e quindi \"tornare a casa\", la seconda rivolta all'utenza che non ha questa possibilità. … Dimissioni protette per utenza che può fare riferimento ad un domicilio. … Destinatari primari dell'intervento: il target di riferimento è rappresentato da persone anziane non autosufficienti e/o in condizioni di fragilità (disabili, adulti fragili) o persone infra sessantacinquenni ad essi assimilabili, residenti sul territorio nazionale, non supportate da una rete formale o informale adeguata, costante e continuata, … Destinatari secondari dell'intervento sono i caregiver familiari. … Dimissioni protette per persone che non dispongono di un'abitazione. … Target di utenza / destinatari: persone senza dimora, o in condizione di precarietà abitativa, residenti o temporaneamente presenti sul territorio nazionale, che, a seguito di episodi acuti, accessi al pronto soccorso o ricoveri ospedalieri, necessitano di un periodo di convalescenza e di stabilizzazione delle proprie condizioni di salute.",
      budget: {
        total: null,
        lines: [
          {
            fund: "pnrr",
            label: "PNRR linea di finanziamento 1.1.3.",
            amount: "239905",
            printed: "239.905,00 euro",
            lines: [1995, 1995],
          },
          {
            fund: "pnrr",
            label: "PNRR linea di finanziamento 1.1.3.",
            amount: "60000",
            printed: "60.000 euro",
            lines: [1995, 1995],
          },
          {
            fund: "fnps",
            label: "FNPS quota vincolata (stimata)",
            amount: "37196",
            printed: "Ambito Busto Arsizio 37.196,00 euro",
            lines: [1995, 1995],
          },
          {
            fund: "fnps",
            label: "FNPS quota vincolata (stimata)",
            amount: "12800",
            printed: "per il 2027 ipotizziamo aggiunta stimata: 12800 euro",
            year: 2027,
            lines: [1995, 1995],
          },
          {
            fund: "fnps",
            label: "FNPS quota vincolata (stimata)",
            amount: "54637.70",
            printed: "Ambito Gallarate 54.637,70 euro",
            lines: [1995, 1995],
          },
          {
            fund: "fnps",
            label: "FNPS quota vincolata (stimata)",
            amount: "18200",
            printed: "per il 2027 ipotizziamo aggiunta stimata: 18200 euro",
            year: 2027,
            lines: [1995, 1995],
          },
          {
            fund: "fnps",
            label: "FNPS quota vincolata (stimata)",
            amount: "9860.14",
            printed: "Ambito Castellanza 9.860,14 euro",
            lines: [1995, 1995],
          },
          {
            fund: "fnps",
            label: "FNPS quota vincolata (stimata)",
            amount: "9900",
            printed: "per il 2027 ipotizziamo aggiunta stimata: 9900 euro",
            year: 2027,
            lines: [1995, 1995],
          },
        ],
        text: "PNRR linea di finanziamento 1.1.3. valida sino al 31/03/2026 valida per Ambiti Busto, Gallarate, Castellanza … Risorse integrative per servizi SAD, assistenti domiciliari e pasti: 239.905,00 euro … Assistente sociale 60.000 euro … FNPS quota vincolata (stimata) … Ambito Busto Arsizio 37.196,00 euro (valido fino al 31/03/2026 – per il 2027 ipotizziamo aggiunta stimata: 12800 euro – totale 49.996,00 € … Ambito Gallarate 54.637,70 euro – per il 2027 ipotizziamo aggiunta stimata: 18200 euro – totale 72.837,70 € … Ambito Castellanza 9.860,14 euro – per il 2027 ipotizziamo aggiunta stimata: 9900 euro – totale 19.760,14 €",
        source: { document: DOCUMENTS.bustoArsizio, lines: [1995, 1995] },
      },
      staff:
        "Il progetto prevede la collaborazione di tutti e cinque gli Ambiti Territoriali Sociali (Ambiti Busto Arsizio/capofila, Gallarate, Castellanza, Saronno e Somma Lombardo) coincidenti con il territorio di competenza dell'ASST Valle Olona strutturata in 4 distretti socio-sanitari (risultano uniti Busto Arsizio e Castellanza). … dirigenti di settore e/o responsabili di servizi dell'Ufficio di Piano per ogni ATS, con funzione di coordinamento e governance in tutte le fasi del progetto e di referente territoriale dell'Ambito; … funzionari e istruttori amministrativi, con ruolo di supporto amministrativo nelle fasi di gestione e rendicontazione; … assistenti sociali delle Area Anziani e Aree Disabili per ogni ATS, con funzione di supporto alla progettazione e di presa incarico individualizzata all'interno dell'equipe multidisciplinare (case manager). … oltre al personale interno degli ambiti è previsto un incarico di collaborazione esterna a supporto delle attività specifiche del progetto (Ambito di Busto Arsizio, Gallarate e Castellanza tramite risorse PNRR e risorse proprie FNPS) già in essere e un appalto di servizi per l'assunzione di una assistente sociale, già in essere tramite risorse PNRR con contrattualizzazione da parte dell'Ambito di Castellanza, volta a rafforzare l'intervento strutturato su più ambiti territoriali.",
      transversal: {
        answer: "si",
        areas: ["A", "D", "E", "F", "J"],
        text: "SI … A) contrasto alla povertà all'emarginazione sociale e promozione dell'inclusione attiva … D) domiciliarità … E) anziani … F) digitalizzazione … J) interventi a favore di persone con disabilità",
      },
      keyPoints: [
        {
          area: "A",
          point: "contrasto alla povertà all'emarginazione sociale e promozione dell'inclusione attiva",
        },
        { area: "A", point: "Allargamento della rete e coprogrammazione" },
        { area: "A", point: "Contrasto all'isolamento" },
        { area: "A", point: "Rafforzamento delle reti sociali" },
        { area: "A", point: "Vulnerabilità multidimensionale" },
        { area: "D", point: "Flessibilità" },
        { area: "D", point: "Tempestività della risposta" },
        { area: "D", point: "Allargamento del servizio a nuovi soggetti" },
        { area: "D", point: "Ampliamento dei supporti forniti all'utenza" },
        { area: "D", point: "Aumento delle ore di copertura del servizio" },
        { area: "D", point: "Allargamento della rete e coprogrammazione" },
        { area: "D", point: "Nuova utenza rispetto al passato" },
        { area: "D", point: "Nuovi strumenti di governance" },
        { area: "D", point: "Integrazione con gli interventi domiciliari a carattere sociosanitario" },
        { area: "E", point: "Rafforzamento degli strumenti di long term care" },
        { area: "E", point: "Autonomia e domiciliarità" },
        { area: "E", point: "Personalizzazione dei servizi" },
        { area: "E", point: "Accesso ai servizi" },
        { area: "E", point: "Ruolo delle famiglie e del caregiver" },
        { area: "E", point: "Sviluppo azioni LR 15/2015" },
        { area: "E", point: "Contrasto all'isolamento" },
        { area: "E", point: "Allargamento della rete e coprogrammazione" },
        { area: "E", point: "Nuovi strumenti di governance" },
        { area: "F", point: "Integrazione e rafforzamento del collegamento tra i nodi della rete" },
        { area: "J", point: "Ruolo delle famiglie e del caregiver" },
        { area: "J", point: "Allargamento della rete e coprogrammazione" },
        { area: "J", point: "Nuovi strumenti di governance" },
        { area: "J", point: "Contrasto all'isolamento" },
      ],
      asstInAnalysis: { answer: "si", lines: [2001, 2001] },
      asstInDelivery: {
        answer: "si",
        text: "SI, ASST è coinvolta nella realizzazione di tutte le azioni sopraindicate. I compiti dettagliati sono indicati nei Protocolli già approvati per la realizzazione degli Obiettivi Sovrazionali 2021-23 tra ATS Insubria, ASST Valle Olona e Ambiti Territoriali Sociali (un protocollo con Ambiti Busto Arsizio, Gallarate e Castellanza e un protocollo con Ambiti di Saronno e Somma Lombardo)",
        lines: [2002, 2002],
      },
      cooperationWithOtherAmbiti: {
        answer: "si",
        text: "SI La programmazione 2025-27 prevede di rendere omogenei su tutto il territorio di competenza dell' ASST Valle Olona l'operatività con gli Ambiti Territoriali Sociali, per cui tutto il lavoro di co-progettazione per la realizzazione dei Piani di Zona 2025-27 ha visto e prevede la collaborazione dei cinque ambiti di Busto Arsizio, Gallarate, Castellanza, Saronno e Somma Lombardo congiuntamente.",
        lines: [2003, 2003],
        ambiti: ["Gallarate", "Castellanza", "Saronno", "Somma Lombardo"],
      },
      continuity: {
        answer: "si",
        text: "SI Sia rispetto alla realizzazione del Piano di Zona 2021-23 (Obiettivi sovrazionali di integrazione socio-sanitaria) sia rispetto alle progettazioni del PNRR in essere (termine operatività 31.03.2026)",
        lines: [2004, 2004],
      },
      newService: { kind: "servizio-gia-presente", text: "No, il servizio è già presente" },
      premialProject: {
        answer: "si",
        text: "SI prevedendo però l'integrazione tra i due progetti promossi dagli Ambiti di Busto Arsizio, Gallarate, Castellanza e di Saronno e Somma Lombardo.",
        lines: [2006, 2006],
      },
      coProgrammed: {
        answer: "si",
        text: "SI è stato oggetto degli incontri di co-programmazione con gli Enti del Terzo Settore del Territorio",
        lines: [2007, 2007],
      },
      coDesigned: { answer: "no", lines: [2008, 2010] },
      thirdSectorInvolvement:
        "Si prevede di poter sviluppare prassi di collaborazione con ETS coinvolti nella presa in carico dell'utenza sia rispetto alla sensibilizzazione / qualificazione dei caregiver sia rispetto alla prevenzione dell'isolamento",
      otherActors: {
        answer: "si",
        text: "Sì, nella valutazione multidimensionale e definizione del percorso di cura e sostegno socio-assistenziale potrebbero essere interpellati i medici di medicina generale (MMGG) o i pediatri di libera scelta (PLS) o altre figure specialistiche sanitarie all'interno dell'unità di valutazione multidisciplinare (UVM).",
        lines: [2012, 2012],
        actors: [
          "medici di medicina generale (MMGG)",
          "pediatri di libera scelta (PLS)",
          "altre figure specialistiche sanitarie",
        ],
      },
      needs: {
        text: "Il primario bisogno emerso è connesso alla necessità di superare la frammentazione del processo di presa in carico tra sistema sanitario e servizi sociali degli Ambiti Territoriali Sociali",
        indicators: [
          {
            text: "N di famiglie su cui si interviene con intervento congiunto / totale di dimissioni protette",
            lines: [2013, 2013],
          },
        ],
      },
      needKind: {
        kind: "bisogno-consolidato",
        text: "Il bisogno rilevato era già emerso nella precedente programmazione",
      },
      preventionKind: ["preventivo", "riparativo"],
      preventionText: "Preventivo e riparativo",
      innovation: {
        answer: "si",
        text: "SI/NO (se sì, indicare quali aspetti) Sì, nell'integrazione operativa del livello sociale con quello sanitario, garantita dall'UVM, nella concretizzazione della presa in carico in forma integrata dei beneficiari target. … L'innovazione si sostanzia anche nella realizzazione di modelli di intervento omogenei sull'intero territorio dell'ASST Valle Olona.",
        lines: [2016, 2016],
      },
      digitalisation: {
        answer: "si",
        text: "Sì, considerando l'utilizzo di schede di comunicazione tra Nucleo Dimissioni Protette e Servizi Sociali Comunali sia in fase di accoglienza che di valutazione che di dimissione del paziente/beneficiario",
        lines: [2017, 2017],
      },
      processIndicators: {
        text: null,
        indicators: [
          {
            text: "grado di omogeneità del servizio sul territorio dell'ASST Valle Olona N Ambiti Territoriali Sociali che utilizzano il protocollo / Totale degli ATS dell'ASST Valle Olona",
            lines: [2018, 2018],
          },
          {
            text: "Riduzione tempo medio di attesa della dimissione per il ritorno a domicilio o in struttura residenziale con l'applicazione del protocollo approvato Tempo medio di attesa annuale",
            lines: [2018, 2018],
          },
        ],
      },
      outputIndicators: {
        text: null,
        indicators: [
          {
            text: "Aggiornamento protocollo/procedura per le dimissioni protette definito per assicurare la Transitional Care con la ASST di riferimento, ATS e gli ETS",
            target:
              "Anno 2025: Definizione protocollo unitario con aggiornamento e condivisione protocollo esistenti in sede di Cabina di Regia della ASST, costituita nei modi previsti dalla normativa vigente con la partecipazione, oltre che della ATS, dell'Ambito territoriale/Comuni, degli ETS e tutti i soggetti interessati … Anno 2026: Monitoraggio applicazione del protocollo procedura",
            lines: [2020, 2020],
          },
          {
            text: "Numero utenti con bisogno di attivare servizi sociali territoriali che hanno beneficiato del servizio di dimissioni protette/Numero utenti con bisogno di attivare servizi sociali territoriali che hanno espresso il bisogno del servizio",
            target: "Anno 2026: <math>\\geq 50\\%</math> Anno 2027: <math>\\geq 75\\%</math>",
            lines: [2020, 2020],
          },
          {
            text: "Riduzione tempo medio di attesa della dimissione per il ritorno a domicilio",
            target:
              "Anno 2026: Tempo medio di attesa anno 2026 &lt; Tempo medio di attesa anno 2025 Anno 2027: Tempo medio di attesa anno 2027 &lt; Tempo medio di attesa anno 2026",
            lines: [2020, 2020],
          },
          {
            text: "Riduzione tempo medio di attesa della dimissione per il ritorno in struttura residenziale",
            target:
              "Anno 2026: Tempo medio di attesa anno 2026 &lt; Tempo medio di attesa anno 2025 Anno 2027: Tempo medio di attesa anno 2027 &lt; Tempo medio di attesa anno 2026",
            lines: [2020, 2020],
          },
          {
            text: "Incremento numero incontri formativi per caregiver familiari e/o assistenti familiari per sostenere l'autonomia residua e il miglioramento dei livelli di qualità di vita delle persone fragili a domicilio",
            target:
              "Anno 2026: N incontri formativi per caregiver familiari e/o assistenti familiari svolti nel 2026 &gt; N incontri formativi per caregiver familiari e/o assistenti familiari svolti nel 2025 Anno 2027: N incontri formativi per caregiver familiari e/o assistenti familiari svolti nel 2027 &gt; N incontri formativi per caregiver familiari e/o assistenti familiari svolti nel 2026",
            lines: [2020, 2020],
          },
        ],
      },
      outcomeIndicators: {
        text: "Migliorare la collaborazione e comunicazione tra servizi sociali e sociosanitari",
        indicators: [
          {
            text: "Incremento numero dimissioni protette gestite attraverso l'integrazione informativa e informatizzata tra ambito sanitario e cartella sociale informatizzata",
            target:
              "Anno 2026: N. dimissioni protette gestite attraverso l'integrazione informativa anno 2026 &gt; N. dimissioni protette gestite attraverso l'integrazione informativa anno 2025 Anno 2027: N. dimissioni protette gestite attraverso l'integrazione informativa anno 2027 &gt; N. dimissioni protette gestite attraverso l'integrazione informativa anno 2026",
            lines: [2021, 2021],
          },
        ],
      },
      targets: [
        {
          id: "I1-2025",
          kind: "deliverable",
          deliverable:
            "protocollo unitario per le dimissioni protette definito, aggiornato e condiviso in Cabina di Regia della ASST",
          due: "2025-12-31",
          text: "Anno 2025: Definizione protocollo unitario con aggiornamento e condivisione protocollo esistenti in sede di Cabina di Regia della ASST, costituita nei modi previsti dalla normativa vigente con la partecipazione, oltre che della ATS, dell'Ambito territoriale/Comuni, degli ETS e tutti i soggetti interessati",
          lines: [2020, 2020],
        },
        {
          id: "I1-2026",
          kind: "deliverable",
          deliverable: "monitoraggio dell'applicazione del protocollo/procedura",
          due: "2026-12-31",
          text: "Anno 2026: Monitoraggio applicazione del protocollo procedura",
          lines: [2020, 2020],
        },
        {
          id: "I2-2026",
          kind: "share-at-least",
          minPercent: "50",
          numerator:
            "utenti con bisogno di attivare servizi sociali territoriali che hanno beneficiato del servizio di dimissioni protette",
          denominator:
            "utenti con bisogno di attivare servizi sociali territoriali che hanno espresso il bisogno del servizio",
          per: "year",
          due: "2026-12-31",
          text: "Anno 2026: <math>\\geq 50\\%</math>",
          lines: [2020, 2020],
        },
        {
          id: "I2-2027",
          kind: "share-at-least",
          minPercent: "75",
          numerator:
            "utenti con bisogno di attivare servizi sociali territoriali che hanno beneficiato del servizio di dimissioni protette",
          denominator:
            "utenti con bisogno di attivare servizi sociali territoriali che hanno espresso il bisogno del servizio",
          per: "year",
          due: "2027-12-31",
          text: "Anno 2027: <math>\\geq 75\\%</math>",
          lines: [2020, 2020],
        },
        {
          id: "I3-2026",
          kind: "change",
          direction: "decrease",
          measure: "Tempo medio di attesa della dimissione per il ritorno a domicilio",
          fromYear: 2025,
          toYear: 2026,
          text: "Anno 2026: Tempo medio di attesa anno 2026 &lt; Tempo medio di attesa anno 2025",
          lines: [2020, 2020],
        },
        {
          id: "I3-2027",
          kind: "change",
          direction: "decrease",
          measure: "Tempo medio di attesa della dimissione per il ritorno a domicilio",
          fromYear: 2026,
          toYear: 2027,
          text: "Anno 2027: Tempo medio di attesa anno 2027 &lt; Tempo medio di attesa anno 2026",
          lines: [2020, 2020],
        },
        {
          id: "I4-2026",
          kind: "change",
          direction: "decrease",
          measure: "Tempo medio di attesa della dimissione per il ritorno in struttura residenziale",
          fromYear: 2025,
          toYear: 2026,
          text: "Anno 2026: Tempo medio di attesa anno 2026 &lt; Tempo medio di attesa anno 2025",
          lines: [2020, 2020],
        },
        {
          id: "I4-2027",
          kind: "change",
          direction: "decrease",
          measure: "Tempo medio di attesa della dimissione per il ritorno in struttura residenziale",
          fromYear: 2026,
          toYear: 2027,
          text: "Anno 2027: Tempo medio di attesa anno 2027 &lt; Tempo medio di attesa anno 2026",
          lines: [2020, 2020],
        },
        {
          id: "I5-2026",
          kind: "change",
          direction: "increase",
          measure: "N incontri formativi per caregiver familiari e/o assistenti familiari",
          fromYear: 2025,
          toYear: 2026,
          text: "Anno 2026: N incontri formativi per caregiver familiari e/o assistenti familiari svolti nel 2026 &gt; N incontri formativi per caregiver familiari e/o assistenti familiari svolti nel 2025",
          lines: [2020, 2020],
        },
        {
          id: "I5-2027",
          kind: "change",
          direction: "increase",
          measure: "N incontri formativi per caregiver familiari e/o assistenti familiari",
          fromYear: 2026,
          toYear: 2027,
          text: "Anno 2027: N incontri formativi per caregiver familiari e/o assistenti familiari svolti nel 2027 &gt; N incontri formativi per caregiver familiari e/o assistenti familiari svolti nel 2026",
          lines: [2020, 2020],
        },
        {
          id: "I6-2026",
          kind: "change",
          direction: "increase",
          measure: "N. dimissioni protette gestite attraverso l'integrazione informativa",
          fromYear: 2025,
          toYear: 2026,
          text: "Anno 2026: N. dimissioni protette gestite attraverso l'integrazione informativa anno 2026 &gt; N. dimissioni protette gestite attraverso l'integrazione informativa anno 2025",
          lines: [2021, 2021],
        },
        {
          id: "I6-2027",
          kind: "change",
          direction: "increase",
          measure: "N. dimissioni protette gestite attraverso l'integrazione informativa",
          fromYear: 2026,
          toYear: 2027,
          text: "Anno 2027: N. dimissioni protette gestite attraverso l'integrazione informativa anno 2027 &gt; N. dimissioni protette gestite attraverso l'integrazione informativa anno 2026",
          lines: [2021, 2021],
        },
        {
          id: "PPT-I1-2025",
          kind: "deliverable",
          deliverable:
            "protocollo unitario per le dimissioni protette definito, aggiornato e condiviso in Cabina di Regia della ASST",
          due: "2025-12-31",
          text: "Anno 2025: Definizione protocollo unitario con aggiornamento e condivisione protocollo esistenti in sede di Cabina di Regia della ASST, costituita nei modi previsti dalla normativa vigente con la partecipazione, oltre che della ATS, dell'Ambito territoriale/Comuni, degli ETS e tutti i soggetti interessati",
          lines: [2047, 2047],
        },
        {
          id: "PPT-I1-2026",
          kind: "deliverable",
          deliverable: "monitoraggio dell'applicazione del protocollo/procedura",
          due: "2026-12-31",
          text: "Anno 2026: Monitoraggio applicazione del protocollo procedura",
          lines: [2047, 2047],
        },
        {
          id: "PPT-I2-2026",
          kind: "share-at-least",
          minPercent: "50",
          numerator:
            "utenti con bisogno di attivare servizi sociali territoriali che hanno beneficiato del servizio di dimissioni protette",
          denominator:
            "utenti con bisogno di attivare servizi sociali territoriali che hanno espresso il bisogno del servizio",
          per: "year",
          due: "2026-12-31",
          text: "Anno 2026: <math>\\geq 50\\%</math>",
          lines: [2047, 2047],
        },
        {
          id: "PPT-I2-2027",
          kind: "share-at-least",
          minPercent: "75",
          numerator:
            "utenti con bisogno di attivare servizi sociali territoriali che hanno beneficiato del servizio di dimissioni protette",
          denominator:
            "utenti con bisogno di attivare servizi sociali territoriali che hanno espresso il bisogno del servizio",
          per: "year",
          due: "2027-12-31",
          text: "Anno 2027: <math>\\geq 75\\%</math>",
          lines: [2047, 2047],
        },
        {
          id: "PPT-I3-2026",
          kind: "change",
          direction: "decrease",
          measure: "Tempo medio di attesa della dimissione per il ritorno a domicilio",
          fromYear: 2025,
          toYear: 2026,
          text: "Anno 2026: Tempo medio di attesa anno 2026 &lt; Tempo medio di attesa anno 2025",
          lines: [2047, 2047],
        },
        {
          id: "PPT-I3-2027",
          kind: "change",
          direction: "decrease",
          measure: "Tempo medio di attesa della dimissione per il ritorno a domicilio",
          fromYear: 2026,
          toYear: 2027,
          text: "Anno 2027: Tempo medio di attesa anno 2027 &lt; Tempo medio di attesa anno 2026",
          lines: [2047, 2047],
        },
        {
          id: "PPT-I4-2026",
          kind: "change",
          direction: "decrease",
          measure: "Tempo medio di attesa della dimissione per il ritorno in struttura residenziale",
          fromYear: 2025,
          toYear: 2026,
          text: "Anno 2026: Tempo medio di attesa anno 2026 &lt; Tempo medio di attesa anno 2025",
          lines: [2047, 2047],
        },
        {
          id: "PPT-I4-2027",
          kind: "change",
          direction: "decrease",
          measure: "Tempo medio di attesa della dimissione per il ritorno in struttura residenziale",
          fromYear: 2026,
          toYear: 2027,
          text: "Anno 2027: Tempo medio di attesa anno 2027 &lt; Tempo medio di attesa anno 2026",
          lines: [2047, 2047],
        },
        {
          id: "PPT-I5-2026",
          kind: "change",
          direction: "increase",
          measure: "N incontri formativi per caregiver familiari e/o assistenti familiari",
          fromYear: 2025,
          toYear: 2026,
          text: "Anno 2026: N incontri formativi per caregiver familiari e/o assistenti familiari svolti nel 2026 &gt; N incontri formativi per caregiver familiari e/o assistenti familiari svolti nel 2025",
          lines: [2047, 2047],
        },
        {
          id: "PPT-I5-2027",
          kind: "change",
          direction: "increase",
          measure: "N incontri formativi per caregiver familiari e/o assistenti familiari",
          fromYear: 2026,
          toYear: 2027,
          text: "Anno 2027: N incontri formativi per caregiver familiari e/o assistenti familiari svolti nel 2027 &gt; N incontri formativi per caregiver familiari e/o assistenti familiari svolti nel 2026",
          lines: [2047, 2047],
        },
        {
          id: "PPT-I6-2026",
          kind: "change",
          direction: "increase",
          measure: "N. dimissioni protette gestite attraverso l'integrazione informativa",
          fromYear: 2025,
          toYear: 2026,
          text: "Anno 2026: N. dimissioni protette gestite attraverso l'integrazione informativa anno 2026 &gt; N. dimissioni protette gestite attraverso l'integrazione informativa anno 2025",
          lines: [2047, 2047],
        },
        {
          id: "PPT-I6-2027",
          kind: "change",
          direction: "increase",
          measure: "N. dimissioni protette gestite attraverso l'integrazione informativa",
          fromYear: 2026,
          toYear: 2027,
          text: "Anno 2027: N. dimissioni protette gestite attraverso l'integrazione informativa anno 2027 &gt; N. dimissioni protette gestite attraverso l'integrazione informativa anno 2026",
          lines: [2047, 2047],
        },
      ],
      source: { document: DOCUMENTS.bustoArsizio, lines: [1975, 2047] },
    },
    // Scheda 8: INCREMENTO SAD (L2049-2116)
    // Slip L2060: AREA DI POLICY printed "D) DOMICILIARIETA'" (typo for DOMICILIARITÀ).
    // Slip L2091: Indicatore 2 baseline printed "Anno 2023: t0": the plan period starts in 2025 and the other
    // baselines are 2025 (the PPT copy L2116 has no t0).
    // Slip L2092: The impact indicator is a stray fragment "erogazione del servizio SAD -> valutazione
    // finale/conclusione" (tail of the PPT Indicatore 3 wording, L2116) in front of "N° prese in carico SAD
    // 2026>2025".
    // Slip L2084: The need question (already addressed / new need?) is answered "NO", which is not one of its
    // options (encoded kind null, text "NO").
    // Slip L2063-2088: "Azione 1" names two different actions: the UVM protocols in AZIONI PROGRAMMATE (L2063)
    // and "Iniziative di promozione ed inclusione sociale e culturale" in the process field (L2088).
    // Slip L2063: "cargiver familiari" for "caregiver".
    // Slip L2088: "con operatori individuate" (agreement: "individuati").
    // Slip L2099: PPT matrix header "LI 4 autonomi a", "LI 6 grave emarginazioni" (garbled labels).
    // Note: code: position in the document. priority: not marked → null.
    // Note: Premessa (L2057-2058): product of the co-design of the five Ambiti with ASST Valle Olona; budget,
    // staff and Third-Sector sections personalised per Ambito.
    // Note: Budget: FNPS and Fondo Povertà amounts are per year ("euro/anno"); the FNA B1-B2 line has no amount
    // ("da valutare"). No triennial total printed.
    // Note: The actions mention the "percorso assistenziale integrato" as a frame, and the UVM protocols of the
    // PUA scheda ("vedi obiettivo PUA"); only the LEPS of the scheda (Incremento SAD) is in `leps`.
    // Note: needs: the three bullet items printed under "Indicatori input derivati dall'analisi del bisogno" are
    // needs, not measures; kept as the field's indicators.
    // Note: PPT sub-form (L2094-2116, "Allegato PPT - SCHEDA PROGETTO 'Incremento SAD'") not placeable: criticità
    // (L2098); matrix identical to the dimissioni protette one (AT 1 × LI 5, LI 6, LI 7; AT 2 × LI 1, LI 5; AT 3
    // × LI 5, LI 6; AT 4 × LI 7, L2099-2106); destinatari (L2107); descrizione (L2108-2110, a copy of the
    // Transitional Care text); ambito "Tutti i Distretti dell'ASST Valle Olona." (L2111); attori (L2112); risorse
    // ASST (L2113); "Si PdZ / Si PPT" (L2114); Anno Avvio / Anno Fine 2025-2027 (L2115). Its three indicators
    // (L2116) are typed as targets PPT-*; Indicatore 3 (prese in carico SAD gestite con la CSI) exists only in
    // the PPT.
    {
      code: "8",
      form: "pdz-dgr-2167",
      heading:
        "LEPS INCREMENTO SAD - Area di policy D) – co-progettato con ASST Valle Olona e tutti gli Ambiti Territoriali Sociali dei distretti di competenza",
      policyArea: "D",
      policyAreaBasis: "field",
      leps: ["incremento-sad"],
      lepsPrinted: [{ text: "LEPS INCREMENTO SAD" }],
      priority: null,
      title: "INCREMENTO SAD",
      goals:
        "Potenziare il Servizio di Assistenza Domiciliare in termini quantitativi e qualitativi … Assistenza sociale integrata con i servizi sociosanitari … L'obiettivo che si vuole perseguire mediante l'incremento del SAD è di rispondere ai bisogni specifici di soggetti fragili, con particolare attenzione a garantire la <b>continuità assistenziale</b>, migliorare la <b>qualità della vita</b> e promuovere l'<b>autonomia</b> ove possibile.",
      actions: [
        {
          code: null,
          title:
            "Miglioramento dell'accessibilità del servizio potenziando la rete di distribuzione territoriale/ estensione oraria dei servizi domiciliari per rispondere meglio alle esigenze delle famiglie in occasione delle assenze temporanee degli assistenti familiari/cargiver familiari.",
          lines: [2063, 2063],
        },
        {
          code: null,
          title:
            "Sostenere l'autonomia residua e il miglioramento dei livelli di qualità di vita, sostenendo la persona fragile e valorizzando le famiglie e la rete del volontariato, nella cornice del percorso assistenziale integrato.",
          lines: [2063, 2063],
        },
        {
          code: null,
          title:
            "Studio di fattibilità per l'utilizzo di app/piattaforme per coordinare e gestire le attività assistenziali, migliorare la comunicazione tra caregiver, operatori e famiglie.",
          lines: [2063, 2063],
        },
        {
          code: null,
          title:
            "Utilizzo di tecnologie innovative che potrebbero contemplare sistemi di monitoraggio remoto, riducendo la necessità di interventi fisici continuativi, ma assicurando un monitoraggio continuo.",
          lines: [2063, 2063],
        },
        {
          code: "Azione 1",
          title:
            "Elaborazione di protocolli operativi di funzionamento dell'Unità di valutazione multidimensionale comune all'ambito territoriale sociale e al distretto sanitario, vedi obiettivo PUA.",
          lines: [2063, 2063],
        },
      ],
      target:
        "Persone che necessitano di supporto nelle attività quotidiane a causa di condizioni di salute dovute ad anzianità.",
      budget: {
        total: null,
        lines: [
          { fund: "fna", label: "FNA B1-B2", amount: null, printed: "(da valutare)", lines: [2065, 2065] },
          {
            fund: "fnps",
            label: "FNPS- Finanziamento finalizzato all'attivazione del SAD",
            amount: "50000",
            printed: "circa 50.000 euro/anno",
            lines: [2065, 2065],
          },
          {
            fund: "fondo-poverta",
            label: "Fondo Povertà per ISEE inferiore a 9.360 euro e presa in carico sociale",
            amount: "150000",
            printed: "circa 150.000 euro/anno",
            lines: [2065, 2065],
          },
        ],
        text: "FNA B1-B2 (da valutare) … FNPS- Finanziamento finalizzato all'attivazione del SAD – circa 50.000 euro/anno … Fondo Povertà per ISEE inferiore a 9.360 euro e presa in carico sociale – circa 150.000 euro/anno",
        source: { document: DOCUMENTS.bustoArsizio, lines: [2065, 2065] },
      },
      staff: "Assistente Sociale d'Ambito all'interno dell'Unità di Valutazione Multidimensionale (UVM)",
      transversal: {
        answer: "si",
        areas: ["A", "D", "E", "F", "J"],
        text: "SI … A) … Contrasto alla povertà all'emarginazione sociale e promozione dell'inclusione attiva … D) … domiciliarità … E) … anziani … F) … Digitalizzazione dei Servizi … J) … Interventi a favore di persone con disabilità",
      },
      keyPoints: [
        { area: "A", point: "Contrasto all'isolamento" },
        { area: "A", point: "Rafforzamento delle reti sociali" },
        { area: "A", point: "Vulnerabilità multidimensionale" },
        { area: "A", point: "Famiglie monoreddito" },
        { area: "D", point: "Flessibilità" },
        { area: "D", point: "Tempestività della risposta" },
        { area: "D", point: "Allargamento del servizio a nuovi soggetti" },
        { area: "D", point: "Ampliamento dei supporti forniti all'utenza" },
        { area: "D", point: "Aumento delle ore di copertura del servizio" },
        { area: "D", point: "Nuova utenza rispetto al passato" },
        { area: "D", point: "Nuovi strumenti di governance" },
        { area: "D", point: "Integrazione con gli interventi domiciliari a carattere sociosanitario" },
        { area: "E", point: "Rafforzamento degli strumenti di long term care" },
        { area: "E", point: "Autonomia e domiciliarità" },
        { area: "E", point: "Personalizzazione dei servizi" },
        { area: "E", point: "Accesso ai servizi" },
        { area: "E", point: "Ruolo delle famiglie e del caregiver" },
        { area: "E", point: "Sviluppo azioni LR 15/2015" },
        { area: "E", point: "Contrasto all'isolamento" },
        { area: "F", point: "Organizzazione del lavoro" },
        { area: "F", point: "Integrazione e rafforzamento del collegamento tra i nodi della rete" },
        { area: "J", point: "Ruolo delle famiglie e del caregiver" },
      ],
      asstInAnalysis: { answer: "si", lines: [2071, 2071] },
      asstInDelivery: {
        answer: "si",
        text: "SI, ASST è coinvolta nelle seguenti azioni: … Nella valutazione multidimensionale congiunta (B1, B2); … Nel processo delle dimissioni protette come previsto da Protocollo specifico; … Nell'erogazione delle prestazioni previste nei casi di continuità assistenziale.",
        lines: [2072, 2072],
      },
      cooperationWithOtherAmbiti: {
        answer: "si",
        text: "SI … In quanto gli Ambiti di Busto Arsizio, Gallarate, Castellanza e di Saronno e Somma Lombardo collaboreranno nella definizione di un unico accordo quadro e dei protocolli operativi per la realizzazione del servizio e ne monitoreranno l'applicazione nei tavoli operativi.",
        lines: [2073, 2073],
        ambiti: ["Gallarate", "Castellanza", "Saronno", "Somma Lombardo"],
      },
      continuity: { answer: "no", lines: [2074, 2074] },
      newService: { kind: "servizio-gia-presente", text: "Servizio già presente" },
      premialProject: { answer: "no", lines: [2076, 2076] },
      coProgrammed: { answer: "no", lines: [2077, 2077] },
      coDesigned: { answer: "no", lines: [2078, 2078] },
      thirdSectorInvolvement:
        "Si prevede di poter sviluppare prassi di collaborazione con ETS coinvolti nella presa in carico dell'utenza.",
      otherActors: {
        answer: "si",
        text: "SI, nella valutazione multidimensionale potrebbero essere interpellati MMG o altre figure specialistiche sanitarie all'interno dell'UVM.",
        lines: [2080, 2082],
        actors: ["MMG", "altre figure specialistiche sanitarie"],
      },
      needs: {
        text: null,
        indicators: [
          {
            text: "Valorizzazione delle autonomie residue per il mantenimento dell'utente a domicilio",
            lines: [2083, 2083],
          },
          {
            text: "Promozione dell'attivazione di interventi multidisciplinari integrati per una presa in carico a 360°.",
            lines: [2083, 2083],
          },
          {
            text: "Necessità di garantire standard qualitativi e quantitativi omogenei nel servizio SAD.",
            lines: [2083, 2083],
          },
        ],
      },
      needKind: { kind: null, text: "NO" },
      preventionKind: ["preventivo", "riparativo"],
      preventionText: "Preventivo e riparativo",
      innovation: {
        answer: "si",
        text: "Sì, nell'integrazione operativa del livello sociale con quello sanitario, garantita dall'UVM, nella concretizzazione della presa in carico in forma integrata dei beneficiari target. L'innovazione si sostanzia anche nella realizzazione di modelli di intervento omogenei sull'intero territorio dell'ASST Valle Olona.",
        lines: [2086, 2086],
      },
      digitalisation: {
        answer: "si",
        text: "Sì, mediante la possibilità di dotarsi dell'utilizzo di piattaforme interoperabili.",
        lines: [2087, 2087],
      },
      processIndicators: {
        text: "Declinazione delle azioni che l'Ambito svolge per raggiungere l'obiettivo: … Azione 1 … : Iniziative di promozione ed inclusione sociale e culturale anche attraverso l'attivazione degli ETS. Attività di sostegno e sollievo ai care giver attraverso azioni di valorizzazione della collaborazione volontaria delle risorse informali di prossimità e quella degli enti del Terzo Settore",
        indicators: [
          {
            text: "Individuazione degli Stakeholder da coinvolgere per la costruzione di azioni finalizzate al potenziamento della rete di sostegno e sollievo ai care giver. Costituzione del Gruppo di lavoro Numero di incontri svolti con operatori individuate, finalizzati a coprogettare le iniziative di promozione dell'inclusione sociale.",
            lines: [2088, 2088],
          },
          {
            text: "Numero di incontri svolti con operatori coinvolti finalizzati a costruire il processo di implementazione funzionale alla costruzione di protocolli operativi di funzionamento dell'Unità di valutazione multidimensionale comune all'ambito territoriale sociale e al distretto sanitario",
            lines: [2088, 2088],
          },
        ],
      },
      outputIndicators: {
        text: "Obiettivo 1 … : Potenziare il Servizio di Assistenza Domiciliare in termini quantitativi e qualitativi … Obiettivo 2 … : Assistenza sociale integrata con i servizi sociosanitari",
        indicators: [
          {
            text: "Numero Progetti individualizzati SAD per anziani non autosufficienti ad alto bisogno assistenziale con piano individualizzato unico integrato con ambito sanitario/N Progetti individualizzati SAD per anziani non autosufficienti ad alto bisogno assistenziale",
            target: "Anno 2025: ≥ 50% Anno 2026: ≥ 75% Anno 2027: 100%",
            lines: [2089, 2089],
          },
          {
            text: "N. Progetti Individualizzati SAD che comprendono percorsi di dimissioni protette/N casi di dimissioni protette che necessitano di SAD",
            target: "Anno 2023: t0 … Anno 2026: ≥ 50% … Anno 2027: ≥ 75%",
            lines: [2091, 2091],
          },
        ],
      },
      outcomeIndicators: {
        text: "L'impatto che si vuole raggiungere è un aumento della quantità di prese in carico integrate nel servizio SAD",
        indicators: [
          {
            text: "erogazione del servizio SAD -&gt; valutazione finale/conclusione",
            target: "N° prese in carico SAD 2026&gt;2025 … N° prese in carico SAD 2027&gt;2026",
            lines: [2092, 2092],
          },
        ],
      },
      targets: [
        {
          id: "I1-2025",
          kind: "share-at-least",
          minPercent: "50",
          numerator:
            "Progetti individualizzati SAD per anziani non autosufficienti ad alto bisogno assistenziale con piano individualizzato unico integrato con ambito sanitario",
          denominator:
            "Progetti individualizzati SAD per anziani non autosufficienti ad alto bisogno assistenziale",
          per: "year",
          due: "2025-12-31",
          text: "Anno 2025: ≥ 50%",
          lines: [2089, 2089],
        },
        {
          id: "I1-2026",
          kind: "share-at-least",
          minPercent: "75",
          numerator:
            "Progetti individualizzati SAD per anziani non autosufficienti ad alto bisogno assistenziale con piano individualizzato unico integrato con ambito sanitario",
          denominator:
            "Progetti individualizzati SAD per anziani non autosufficienti ad alto bisogno assistenziale",
          per: "year",
          due: "2026-12-31",
          text: "Anno 2026: ≥ 75%",
          lines: [2089, 2089],
        },
        {
          id: "I1-2027",
          kind: "share-at-least",
          minPercent: "100",
          numerator:
            "Progetti individualizzati SAD per anziani non autosufficienti ad alto bisogno assistenziale con piano individualizzato unico integrato con ambito sanitario",
          denominator:
            "Progetti individualizzati SAD per anziani non autosufficienti ad alto bisogno assistenziale",
          per: "year",
          due: "2027-12-31",
          text: "Anno 2027: 100%",
          lines: [2089, 2089],
        },
        {
          id: "I2-2023",
          kind: "baseline",
          measure:
            "N. Progetti Individualizzati SAD che comprendono percorsi di dimissioni protette/N casi di dimissioni protette che necessitano di SAD",
          text: "Anno 2023: t0",
          lines: [2091, 2091],
        },
        {
          id: "I2-2026",
          kind: "share-at-least",
          minPercent: "50",
          numerator: "Progetti Individualizzati SAD che comprendono percorsi di dimissioni protette",
          denominator: "casi di dimissioni protette che necessitano di SAD",
          per: "year",
          due: "2026-12-31",
          text: "Anno 2026: ≥ 50%",
          lines: [2091, 2091],
        },
        {
          id: "I2-2027",
          kind: "share-at-least",
          minPercent: "75",
          numerator: "Progetti Individualizzati SAD che comprendono percorsi di dimissioni protette",
          denominator: "casi di dimissioni protette che necessitano di SAD",
          per: "year",
          due: "2027-12-31",
          text: "Anno 2027: ≥ 75%",
          lines: [2091, 2091],
        },
        {
          id: "IMP-2026",
          kind: "change",
          direction: "increase",
          measure: "N° prese in carico SAD",
          fromYear: 2025,
          toYear: 2026,
          text: "N° prese in carico SAD 2026&gt;2025",
          lines: [2092, 2092],
        },
        {
          id: "IMP-2027",
          kind: "change",
          direction: "increase",
          measure: "N° prese in carico SAD",
          fromYear: 2026,
          toYear: 2027,
          text: "N° prese in carico SAD 2027&gt;2026",
          lines: [2092, 2092],
        },
        {
          id: "PPT-I1-2025",
          kind: "share-at-least",
          minPercent: "50",
          numerator:
            "Progetti individualizzati SAD per anziani non autosufficienti ad alto bisogno assistenziale con piano individualizzato unico integrato con ambito sanitario",
          denominator:
            "Progetti individualizzati SAD per anziani non autosufficienti ad alto bisogno assistenziale",
          per: "year",
          due: "2025-12-31",
          text: "Anno 2025: ≥ 50%",
          lines: [2116, 2116],
        },
        {
          id: "PPT-I1-2026",
          kind: "share-at-least",
          minPercent: "75",
          numerator:
            "Progetti individualizzati SAD per anziani non autosufficienti ad alto bisogno assistenziale con piano individualizzato unico integrato con ambito sanitario",
          denominator:
            "Progetti individualizzati SAD per anziani non autosufficienti ad alto bisogno assistenziale",
          per: "year",
          due: "2026-12-31",
          text: "Anno 2026: ≥ 75%",
          lines: [2116, 2116],
        },
        {
          id: "PPT-I1-2027",
          kind: "share-at-least",
          minPercent: "100",
          numerator:
            "Progetti individualizzati SAD per anziani non autosufficienti ad alto bisogno assistenziale con piano individualizzato unico integrato con ambito sanitario",
          denominator:
            "Progetti individualizzati SAD per anziani non autosufficienti ad alto bisogno assistenziale",
          per: "year",
          due: "2027-12-31",
          text: "Anno 2027: 100%",
          lines: [2116, 2116],
        },
        {
          id: "PPT-I2-2026",
          kind: "share-at-least",
          minPercent: "50",
          numerator: "Progetti Individualizzati SAD che comprendono percorsi di dimissioni protette",
          denominator: "casi di dimissioni protette che necessitano di SAD",
          per: "year",
          due: "2026-12-31",
          text: "Anno 2026: ≥ 50%",
          lines: [2116, 2116],
        },
        {
          id: "PPT-I2-2027",
          kind: "share-at-least",
          minPercent: "75",
          numerator: "Progetti Individualizzati SAD che comprendono percorsi di dimissioni protette",
          denominator: "casi di dimissioni protette che necessitano di SAD",
          per: "year",
          due: "2027-12-31",
          text: "Anno 2027: ≥ 75%",
          lines: [2116, 2116],
        },
        {
          id: "PPT-I3-2026",
          kind: "change",
          direction: "increase",
          measure: "N. prese in carico SAD con intero processo caratteristico gestito attraverso la CSI",
          fromYear: 2025,
          toYear: 2026,
          text: "N. prese in carico SAD con intero processo caratteristico gestito attraverso la CSI anno 2026 &gt; N. prese in carico SAD con intero processo caratteristico gestito attraverso la CSI anno 2025",
          lines: [2116, 2116],
        },
        {
          id: "PPT-I3-2027",
          kind: "change",
          direction: "increase",
          measure: "N. prese in carico SAD con intero processo caratteristico gestito attraverso la CSI",
          fromYear: 2026,
          toYear: 2027,
          text: "N. prese in carico SAD con intero processo caratteristico gestito attraverso la CSI anno 2027 &gt; N. prese in carico SAD con intero processo caratteristico gestito attraverso la CSI anno 2026",
          lines: [2116, 2116],
        },
      ],
      source: { document: DOCUMENTS.bustoArsizio, lines: [2049, 2116] },
    },
    // Scheda 9: Sperimentazione del Servizio ARGENTO in FORMA (L2169-2209)
    // Slip L2177: Draft residue "Finire obiettivo" left at the end of the goals field.
    // Slip L2194: New-service question answered with both options "Servizio già presente Nuovo servizio" (encoded
    // kind null).
    // Slip L2199: Other-actors question left with the template text "SI/NO (se sì, quali e le modalità di
    // cooperazione)" (encoded answer null), although L2180/L2198 name the Tribunale di Busto Arsizio.
    // Slip L2178: "l'attivazione un tavolo" (missing "di").
    // Note: code: position in the document. priority: not marked → null.
    // Note: The heading "CONTRASTO ALL'ISOLAMENTO" (also the name in the E list, L2164) is the theme; the form's
    // title is "Sperimentazione del Servizio ARGENTO in FORMA" (L2176).
    // Note: Form header "Scheda LEPS Piano di Zona prevista da DGR 2167/24" (L2171) but the scheda names no LEPS:
    // leps empty. "Premessa:" (L2173) is empty.
    // Note: Actions: the field mixes actions with sub-goals ("Sviluppare una filiera integrata che si occupi dei
    // bisogni di vita dell'anziano non autosufficiente …", "Sostenere la famiglia dell'anziano e il ruolo del
    // caregiver", L2180); only the bulleted actions are encoded.
    // Note: Budget: POR FESR / POR FSE+ 2021-2027 and Regione Lombardia resources, no amount.
    // Note: No quantified result: the outputs are qualitative statements (L2208), so `targets` is empty.
    {
      code: "9",
      form: "pdz-dgr-2167",
      heading: "CONTRASTO ALL'ISOLAMENTO - Area di policy E)",
      policyArea: "E",
      policyAreaBasis: "field",
      leps: [],
      priority: null,
      title: "Sperimentazione del Servizio ARGENTO in FORMA",
      goals:
        "L'obiettivo si inserisce nel contesto di un ampio progetto di Rigenerazione Urbana all'interno della Strategia di Sviluppo Urbano Sostenibile approvato al Comune di Busto denominato \"BUSTO: B.Re.a.T.H.E. GENERATIONS Boost Regeneration and Therapy for a Healthy Environment - Promuovere Rigenerazione e Cura per un Ambiente Salutare Intergenerazionale\" L'intervento pluriennale BOOST (termine 2027) prevede la rigenerazione di un'area della città (Area Stazione Ferrovie Nord / piazza dei Bersaglieri) ripensando l'organizzazione urbana nella forma ma soprattutto nei loro servizi in una prospettiva <i>age-friendly</i> . La popolazione anziana, insieme ai giovani e alle persone in cerca di occupazione, sono i principali target dell'intervento. Finire obiettivo",
      actions: [
        {
          code: null,
          title:
            "l'attivazione un tavolo di coprogettazione con gli Enti del Terzo Settore operanti a favore degli anziani volto a: o costruire e rafforzare i collegamenti tra i nodi della rete",
          lines: [2178, 2178],
        },
        {
          code: null,
          title:
            "coinvolgere su specifiche tematiche i referenti dei servizi sanitari dell'ASST Valle Olona nello sviluppo sin dalla co-progettazione di specifiche progettualità",
          lines: [2180, 2180],
        },
        {
          code: null,
          title:
            "creare un sistema di monitoraggio per la rilevazione dei bisogni della popolazione anziana sul territorio in rete con gli ETS",
          lines: [2180, 2180],
        },
        {
          code: null,
          title:
            "facilitazione di una rete integrata volta a contrastare la solitudine ed esclusione della popolazione anziana",
          lines: [2180, 2180],
        },
        {
          code: null,
          title:
            "attivazione di spazi per la vita di comunità degli anziani (centro di aggregazione previsto a livello strutturale con l'azione OVER di BOOST)",
          lines: [2180, 2180],
        },
        {
          code: null,
          title:
            "promozione nei diversi luoghi della città, tra cui quelli Rigenerati dal progetto BOOST, della vita attiva dell'anziano con particolare attenzione alle dimensioni della socialità, della salute, della cultura.",
          lines: [2180, 2180],
        },
        {
          code: null,
          title:
            'garantire la continuità assistenziale, in particolare alle persone "fragili" non autosufficienti, per le quali è necessario un accompagnamento all\'ammissione e dimissione ospedaliera, secondo un percorso protetto che ne garantisca la continuità di cura e favorisca ove possibile la domiciliarità',
          lines: [2180, 2180],
        },
        {
          code: null,
          title:
            "potenziamento del sistema di protezione giuridica in essere tramite la collaborazione con ETS",
          lines: [2180, 2180],
        },
        {
          code: null,
          title:
            'realizzazione del progetto "Ufficio di Prossimità", promosso in rete con l\'Ambito di Castellanza e il Tribunale di Busto Arsizio',
          lines: [2180, 2180],
        },
      ],
      target: "Soggetti anziani autosufficienti, anziani non autosufficienti e loro famiglie",
      budget: {
        total: null,
        lines: [
          { fund: "fesr", label: "POR FESR", amount: null, lines: [2182, 2182] },
          { fund: "fse-plus", label: "POR FSE+", amount: null, lines: [2182, 2182] },
          { fund: "altro", label: "Risorse Regione Lombardia", amount: null, lines: [2182, 2182] },
        ],
        text: "Risorse Programmi Operativi Regionali POR FESR e POR FSE+ per il periodo di programmazione europeo 2021-2027, in coerenza con le disposizioni regolamentari della Commissione Europea, l'Accordo di Partenariato dello Stato italiano e le indicazioni di Regione Lombardia Risorse Regione Lombardia",
        source: { document: DOCUMENTS.bustoArsizio, lines: [2182, 2182] },
      },
      staff:
        "Referente Ufficio di Piano con ruolo di regia Assistenti sociali del Servizio Sociale Professionale Personale ETS aderenti al tavolo di coprogettazione Personale servizi specialistici ASST Valle Olona Risorse umane enti soggetti privati",
      transversal: {
        answer: "si",
        areas: ["D"],
        text: "Si l'intervento è trasversale con l'area di policy Obiettivo D) DOMICILIARITA'",
      },
      keyPoints: [
        { area: "D", point: "Flessibilità" },
        { area: "D", point: "Ampliamento dei supporti forniti all'utenza" },
        { area: "D", point: "Allargamento della rete e coprogrammazione" },
        { area: "D", point: "Nuovi strumenti di governance" },
        { area: "D", point: "Integrazione con gli interventi domiciliari a carattere sociosanitario" },
        { area: "E", point: "Autonomia e domiciliarità" },
        { area: "E", point: "Personalizzazione dei servizi" },
        { area: "E", point: "Ruolo delle famiglie e del caregiver" },
        { area: "E", point: "Accesso ai servizi" },
        { area: "E", point: "Sviluppo azioni LR 15/2015" },
        { area: "E", point: "Rafforzamento delle reti sociali" },
        { area: "E", point: "Contrasto all'isolamento" },
        { area: "E", point: "Allargamento della rete e coprogrammazione" },
        { area: "E", point: "Nuova utenza rispetto al passato" },
        { area: "E", point: "Nuovi strumenti di governance" },
      ],
      asstInAnalysis: {
        answer: "si",
        text: "Si, ha importanti elementi di integrazione socio-sanitaria per anziani autosufficienti e non, sia nelle fasi di programmazione degli interventi e dei servizi, sia nella fase di valutazione della fragilità e dei fattori di rischio, che nella fase di erogazione specialistica dei servizi.",
        lines: [2190, 2190],
      },
      asstInDelivery: {
        answer: "si",
        text: "Si, le fasi di coprogettazione saranno un'opportunità per lo sviluppo di servizi integrati socio sanitari di prossimità in linea con la Riforma della Sanità di Regione Lombardia.",
        lines: [2191, 2191],
      },
      cooperationWithOtherAmbiti: {
        answer: "si",
        text: "Si, con l'Ambito di Castellanza rispetto alle attività previste dall'azione connessa l'attivazione dell'Ufficio di Prossimità – l'Ambito di Busto Arsizio è capofila del progetto",
        lines: [2192, 2192],
        ambiti: ["Castellanza"],
      },
      continuity: {
        answer: "si",
        text: "Si con la quale si sono avviate le azioni del progetto Boost (in corso) e del progetto Ufficio di Prossimità (in corso)",
        lines: [2193, 2193],
      },
      newService: { kind: null, text: "Servizio già presente Nuovo servizio" },
      premialProject: { answer: "no", lines: [2195, 2195] },
      coProgrammed: { answer: "si", lines: [2196, 2196] },
      coDesigned: { answer: "si", lines: [2197, 2197] },
      thirdSectorInvolvement:
        "Gli interventi sono coprogettati dai referenti dell'Ufficio di Piano di Busto Arsizio, tramite la facilitazione di un ente specializzato, con gli Enti del Terzo Settore aderenti al tavolo di Programmazione e potrà coinvolgere, in merito a specifici assi di intervento, i referenti dell'ASST Valle Olona e del Tribunale di Busto Arsizio.",
      otherActors: {
        answer: null,
        text: "SI/NO (se sì, quali e le modalità di cooperazione)",
        lines: [2199, 2199],
        actors: [],
      },
      needs: {
        text: "Garantire un sostegno all'autonomia e domiciliarità attraverso la cura di specifiche azioni finalizzate a favorire, sia la dimensione abitativa degli anziani attraverso la promozione di esperienze di housing sociale e l'inserimento in alloggi nei quali sperimentare la semiautonomia, sia la dimensione sociale con la promozione delle relazioni sociali nei luoghi della città e l'attivazione di una comunità accogliente, sia la continuità assistenziale in caso di ricovero tramite una valutazione multidisciplinare.",
        indicators: [],
      },
      needKind: { kind: "bisogno-consolidato", text: "Bisogno consolidato" },
      preventionKind: ["promozionale", "preventivo"],
      preventionText: "Promozionale e preventivo",
      innovation: { answer: "si", lines: [2205, 2205] },
      digitalisation: { answer: "no", lines: [2206, 2206] },
      processIndicators: {
        text: "Attivazione tavolo co-progettazione indicatori … Misure di intervento … Indicatori:",
        indicators: [
          { text: "incontri di condivisione del processo di progettazione con ETS", lines: [2207, 2207] },
          { text: "qualità del lavoro di rete", lines: [2207, 2207] },
          {
            text: "capacità di attivare i referenti dei servizi socio-sanitari nello sviluppo sin dalla co-progettazione di specifiche progettualità",
            lines: [2207, 2207],
          },
          {
            text: "attivazione di strumenti di valutazione e interventi multidisciplinari",
            lines: [2207, 2207],
          },
          { text: "n. di progetti sviluppati", lines: [2207, 2207] },
          {
            text: "appropriatezza degli interventi rispetto ai bisogni degli anziani rilevati",
            lines: [2207, 2207],
          },
          { text: "flessibilità degli strumenti attivabili", lines: [2207, 2207] },
          { text: "valutazione multidisciplinare dei bisogni", lines: [2207, 2207] },
        ],
      },
      outputIndicators: {
        text: null,
        indicators: [
          {
            text: "assicurata la massima autonomia e indipendenza della persona in un contesto nel quale avviene una esplicita presa in carico da parte dei servizi sociali, degli ETS e dei servizi socio-sanitari e vengono assicurati i relativi sostegni diretti",
            lines: [2208, 2208],
          },
          { text: "sperimentati strumenti innovativi e flessibili", lines: [2208, 2208] },
          {
            text: "garantita l'applicazione degli strumenti di tutela giuridica e facilitato l'accesso a tali servizi",
            lines: [2208, 2208],
          },
        ],
      },
      outcomeIndicators: {
        text: null,
        indicators: [
          {
            text: "Attuata una programmazione territoriale multidisciplinare e integrata tra Ente Locale, Servizi Sanitari ed ETS",
            lines: [2209, 2209],
          },
        ],
      },
      targets: [],
      source: { document: DOCUMENTS.bustoArsizio, lines: [2169, 2209] },
    },
    // Scheda 10: Invecchiamento attivo (L2211-2243)
    // Slip L2235: Input indicator "N. persone in anziane prese in carico" (stray "in").
    // Slip L2218: "una mappatura sociale che facci emergere" (for "faccia").
    // Note: code: position in the document. No heading line: the form starts at L2211 ("Scheda LEPS Piano di Zona
    // prevista da DGR 2167/24", with an empty "Premessa:"); the E list names it "INVECCHIAMENTO ATTIVO" (L2165).
    // The scheda names no LEPS: leps empty. priority: not marked → null.
    // Note: Budget: 93.000 euro public (DGR 2168/24 contribution) + 18.600 euro private co-financing "Su due
    // annualità 2025 - 2026"; no total printed, no yearly split.
    // Note: Target O-1 (at least 500 elderly people): the project runs over 2025-2026 (L2220); typed per
    // "triennium" (whole plan period) for lack of a two-year period.
    // Note: staffPositions: the head-counts (N°2, N°3, N°4) and the total "2850 ore" have no typed field
    // (role/fte/hoursPerWeek only); kept in `text`.
    // Note: otherActors: only "ATS Insubria" is printed, without SI/NO → answer null.
    // Note: coDesigned act: the selection procedure is named without date or number (kind "altro").
    {
      code: "10",
      form: "pdz-dgr-2167",
      policyArea: "E",
      policyAreaBasis: "field",
      leps: [],
      priority: null,
      title: "Invecchiamento attivo",
      goals:
        "NUOVI PASSI INSIEME: MODELLI E ATTIVITA' PER UNA MIGLIORE ASPETTATIVA DI VITA è un progetto promosso dal Comune di Mornago, in rete con molteplici Enti del Terzo Settore (APS e ASD) e gli Ambiti Territoriali Sociali di Azzate, Busto Arsizio e Gallarate, … Obiettivi: sostenere persone fragili, tra cui anziani della terza e quarta età, diversamente abili e persone a rischio di isolamento, in laboratori di stimolazione sociale, relazionale e cognitiva, per prevenire solitudine e depressione e per creare forme di prevenzione al decadimento psicologico nella gestione delle proprie autonomie e capacità di vivere in salute.",
      actions: [
        {
          code: null,
          title:
            "conoscere le offerte esistenti nel territorio locale al fine di valorizzare la rete di soggetti già attivi e presenti, realizzando una mappatura sociale che facci emergere quanto esiste e quanto viene fatto al fine di valorizzarlo e promuoverlo;",
          lines: [2218, 2218],
        },
        {
          code: null,
          title:
            "realizzare, lungo tutto l'arco del progetto iniziative aggregative, culturali, formative e attività motorie con forme di ritrovo stimolanti che coinvolgano anziani della terza e quarta età nei contesti locali, sia che siano sedi di organizzazioni o luoghi comunali, sia che siano nella bellezza della natura, in parchi e aree verdi dei nostri territori.",
          lines: [2218, 2218],
        },
      ],
      target:
        "Anziani della terza età 65-80 anni … Anziani della quarta età 80 anni e più … Persone anziane con diversa abilità o problematiche di salute fisica",
      budget: {
        total: null,
        lines: [
          {
            fund: "altro",
            label: "Risorse pubbliche contributo DGR 2168/24 Regione Lombardia",
            amount: "93000",
            printed: "93.000 euro",
            nature: "pubblica",
            lines: [2220, 2220],
          },
          {
            fund: "altro",
            label: "Risorse private valorizzazioni cofinanziamento",
            amount: "18600",
            printed: "18.600 euro",
            nature: "privata",
            lines: [2220, 2220],
          },
        ],
        text: "Risorse pubbliche contributo DGR 2168/24 Regione Lombardia 93.000 euro … Risorse private valorizzazioni cofinanziamento 18.600 euro … Su due annualità 2025 - 2026",
        source: { document: DOCUMENTS.bustoArsizio, lines: [2220, 2220] },
      },
      staff:
        "Educatore socio-sanitario … N°2 Coach umanistico … N°3 Volontari … N°4 Istruttori di ginnastica … Per complessive 2850 ore",
      transversal: { answer: "no", areas: [] },
      keyPoints: [
        { area: "E", point: "Autonomia e domiciliarità" },
        { area: "E", point: "Rafforzamento delle reti sociali" },
        { area: "E", point: "Contrasto all'isolamento" },
        { area: "E", point: "Allargamento della rete e coprogrammazione" },
      ],
      asstInAnalysis: { answer: "no", lines: [2224, 2224] },
      asstInDelivery: {
        answer: "no",
        text: "No, ma le attività sono in linea oltre che con la programmazione dei Piani di Zona 2025-27 degli Ambiti Territoriali Sociali anche con il Piano di Sviluppo del Polo Territoriale (PPT) 2025-27 di ASST Valle Olona",
        lines: [2225, 2225],
      },
      cooperationWithOtherAmbiti: {
        answer: "si",
        text: "Sì, Ambito di Azzate capofila tramite comune di Mornago, Ambito di Gallarate e Busto Arsizio – partner di progetto",
        lines: [2226, 2226],
        ambiti: ["Azzate", "Gallarate"],
      },
      continuity: { answer: "si", lines: [2227, 2227] },
      newService: { kind: "servizio-rivisto", text: "Servizio sostanzialmente rivisto/aggiornato" },
      premialProject: { answer: "no", lines: [2230, 2230] },
      coProgrammed: { answer: "si", lines: [2231, 2231] },
      coDesigned: {
        answer: "si",
        text: "Si, gli ETS sono partner di progetto con ruolo attivo nella realizzazione di tutte le azioni di progetto e selezionati tramite procedura ad evidenza pubblica ai sensi D.Lgs. 117/17",
        lines: [2232, 2232],
        acts: [
          {
            kind: "altro",
            text: "procedura ad evidenza pubblica ai sensi D.Lgs. 117/17",
            lines: [2232, 2232],
          },
        ],
      },
      thirdSectorInvolvement: null,
      otherActors: { answer: null, text: "ATS Insubria", lines: [2234, 2234], actors: ["ATS Insubria"] },
      needs: {
        text: "Risponde al bisogno di persone anziane di prevenire l'isolamento sociale",
        indicators: [{ text: "N. persone in anziane prese in carico al T0 (2025)", lines: [2235, 2235] }],
      },
      needKind: { kind: "bisogno-consolidato", text: "Bisogno consolidato" },
      preventionKind: ["promozionale", "preventivo"],
      preventionText: "Promozionale e preventivo",
      innovation: { answer: "si", lines: [2238, 2238] },
      digitalisation: { answer: "no", lines: [2239, 2239] },
      processIndicators: {
        text: "Attivazione una cabina di regia con le organizzazioni partner per coordinare e organizzare al meglio le attività territoriali, dalla promozione, al monitoraggio e valutazione Crea una rete di relazioni tra organizzazione e persone cercando di generare sistemi di offerta e attività volte a creare compagnia e forme di autosostegno tra persone di età e condizione simile",
        indicators: [
          {
            text: "n. di soggetti del partenariato coinvolti attivamente nella gestione delle azioni di progetto (ETS, Enti pubblici)",
            lines: [2240, 2240],
          },
          { text: "costruzione di un quadro conoscitivo e d'offerta condiviso", lines: [2240, 2240] },
        ],
      },
      outputIndicators: {
        text: "Attivato un rapporto tra le persone e la propria comunità di riferimento, generando momenti di ritualità e di connessione con il proprio territorio, riscoprendo il piacere della compagnia, della condivisione e attualizzando la frequentazione di luoghi di bellezza e di connessione con la natura",
        indicators: [
          { text: "Coinvolti attivamente nel progetto almeno 500 anziani", lines: [2242, 2242] },
          {
            text: "N. eventi di aggregazione realizzati sul territorio nel 2026&gt; n. eventi 2025",
            lines: [2242, 2242],
          },
        ],
      },
      outcomeIndicators: {
        text: null,
        indicators: [
          {
            text: "Creare attraverso momenti di restituzione alla Comunità una consapevolezza su quanto appreso e avviato come processo di innalzamento della qualità della vita e benessere",
            lines: [2243, 2243],
          },
        ],
      },
      targets: [
        {
          id: "IN-T0",
          kind: "baseline",
          measure: "N. persone anziane prese in carico (T0 2025)",
          text: "N. persone in anziane prese in carico al T0 (2025)",
          lines: [2235, 2235],
        },
        {
          id: "O-1",
          kind: "count-at-least",
          min: 500,
          unit: "anziani coinvolti attivamente nel progetto",
          per: "triennium",
          text: "Coinvolti attivamente nel progetto almeno 500 anziani",
          lines: [2242, 2242],
        },
        {
          id: "O-2",
          kind: "change",
          direction: "increase",
          measure: "N. eventi di aggregazione realizzati sul territorio",
          fromYear: 2025,
          toYear: 2026,
          text: "N. eventi di aggregazione realizzati sul territorio nel 2026&gt; n. eventi 2025",
          lines: [2242, 2242],
        },
      ],
      staffPositions: [
        { role: "Educatore socio-sanitario", text: "Educatore socio-sanitario" },
        { role: "Coach umanistico", text: "N°2 Coach umanistico" },
        { role: "Volontari", text: "N°3 Volontari" },
        { role: "Istruttori di ginnastica", text: "N°4 Istruttori di ginnastica" },
      ],
      source: { document: DOCUMENTS.bustoArsizio, lines: [2211, 2243] },
    },
    // Scheda 11: LEPS – prevenzione dell'allontanamento familiare (PIPPI) (L2295-2356)
    // Slip L2295: Heading "LEPS – CONTRASTO ALL'ISOLAMENTO LEPS – PREVENZIONE DELL'ALLONTANAMENTO FAMILIARE
    // (PIPPI)- Area di policy E)": a leftover "LEPS – CONTRASTO ALL'ISOLAMENTO" (not a LEPS; title of scheda 9)
    // and the letter E) while the scheda's AREA DI POLICY and section are G) Politiche giovanili e per i minori;
    // encoded G.
    // Slip L2331: "n. enticoinvolti" (missing space).
    // Slip L2339: PPT matrix header "LI 7 PUA e UVN" for "PUA e UVM".
    // Slip L2331-2356: PdZ and PPT targets diverge: the PPT adds "applicazione del protocollo almeno sul 40% dei
    // casi" (2026) and "implementazione con almeno il 50% dei casi" (2027) and omits the 40/60/80% ratio progetti
    // individualizzati/valutazioni and the 2025 T0 values of the PdZ.
    // Note: code: position in the document. priority: not marked → null.
    // Note: Form label "TITOLO DELL'INTERVENTO" (L2300) instead of "TITOLO INTERVENTO".
    // Note: thirdSectorInvolvement: the box prints only "-" (L2319) → null.
    // Note: newService: the answer is neither of the enum values ("non prevede la definizione di un nuovo
    // servizio ma la diffusione di un metodo di lavoro condiviso") → kind null with the text.
    // Note: Budget: PNRR 1.1.1 € 211.500 for the period 2023-26 (not split by year).
    // Note: Target PI-PNRR: "30 progetti individualizzati al marzo 2026" is printed inside the ratio indicator as
    // the PNRR project's expectation; typed as at least 30 with due 2026-03-31.
    // Note: PPT sub-form (L2334-2356, "Allegato PPT - SCHEDA PROGETTO 3 “VALUTAZIONE MULTIDIMENSIONALE -
    // PREVENZIONE DELL’ALLONTANAMENTO FAMILIARE”") not placeable: criticità (L2338); matrix AT 1, AT 4, AT 5 × LI
    // 1, LI 2, LI 3, LI 5 (L2339-2347); destinatari (L2348, same as the PdZ target); descrizione, incl. "PIPPI
    // utilizza un metodo validato dall'Università di Padova" and the shared goal of an accordo di rete of the 5
    // Ambiti with ASST (L2349); ambito "Tutti i Distretti dell'ASST Valle Olona e gli ambiti di Sesto Calende e
    // Tradate" (L2351); attori (L2352); risorse ASST (PLS, pediatra, neuropsichiatra infantile, psicologi,
    // L2353); "Si PdZ Si PPT" (L2354); Anno Avvio / Anno Fine 2025-2027 (L2355). Its expected results are typed
    // as targets PPT-*.
    {
      code: "11",
      form: "pdz-dgr-2167",
      heading:
        "LEPS – CONTRASTO ALL'ISOLAMENTO LEPS – PREVENZIONE DELL'ALLONTANAMENTO FAMILIARE (PIPPI)- Area di policy E) – co-progettato con ASST Valle Olona e tutti gli Ambiti Territoriali Sociali dei distretti di competenza",
      policyArea: "G",
      policyAreaBasis: "field",
      leps: ["prevenzione-allontanamento-familiare"],
      lepsPrinted: [{ text: "LEPS – prevenzione dell'allontanamento familiare (PIPPI)" }],
      priority: null,
      title: "LEPS – prevenzione dell'allontanamento familiare (PIPPI)",
      goals:
        "Migliorare la governance complessiva superando la frammentazione e promuovendo una maggiore integrazione tra i vari attori coinvolti, così da garantire percorsi di presa in carico coordinati e azioni trasversali e unificate … Prevenire la trascuratezza, il maltrattamento e l'abuso attraverso progetti che promuovano la genitorialità positiva e interventi tempestivi per garantire la protezione e la tutela dei bambini. … Favorire il welfare di comunità e il mutuo aiuto, facilitando percorsi di prossimità e reciprocità tra le famiglie, come avviene nei Centri per la Famiglia e nelle reti di famiglie affidatarie.",
      actions: [
        {
          code: "1",
          title:
            "Definizione di un accordo di rete/protocollo tra ASST e Ambiti e relative procedure operative tra servizi",
          lines: [2302, 2302],
        },
        {
          code: "2",
          title:
            "Ampliare la partecipazione nei gruppi Territoriali, coinvolgendo un numero sempre maggiore di persone e risorse locali per rafforzare l'efficacia delle azioni sul territorio;",
          lines: [2302, 2302],
        },
        {
          code: "3",
          title:
            "Adottare il metodo di PIPPI non solo ai casi previsti dal programma, ma estenderlo anche progressivamente ad altre potenziali famiglie target, favorendo una diffusione più ampia sul territorio di questo approccio;",
          lines: [2302, 2302],
        },
        {
          code: "4",
          title:
            "Sviluppare e potenziare il dispositivo della vicinanza solidale, tracciando e collaborando con altre realtà, formali e informali, dedicate alle famiglie, così da creare una rete di supporto comunitario integrata e coordinata.",
          lines: [2302, 2302],
        },
      ],
      target:
        'Il programma P.I.P.P.I. è rivolto principalmente a situazioni di negligenza familiare e povertà psico-socioeducativa ed economica, escludendo generalmente i casi di abuso o gravi forme di maltrattamento. Il target comprende quindi: … bambini/e da 0 a 11 anni e dalle figure parentali di riferimento, con particolare attenzione alle famiglie con bambini in età 0-3 anni; … bambini per il cui sviluppo si sono create condizioni considerate come pregiudizievoli e "preoccupanti" … bambini che si trovano nelle condizioni precedenti, le cui famiglie sono anche beneficiarie del Reddito di Cittadinanza o di altri contributi economici, in particolare se nella fascia di età 0-3 anni; … famiglie per le quali è in corso un progetto di collocamento dei figli all\'esterno della famiglia, con le quali i servizi individuano le condizioni per avviare un programma di riunificazione familiare stabile al fine di favorire il rientro del bambino in famiglia (queste famiglie possono costituire mediamente il 20% delle famiglie incluse in ogni ATS); … famiglie con figli da 11 a 14 anni (queste famiglie possono costituire mediamente il 20% delle famiglie incluse in ogni ATS).',
      budget: {
        total: null,
        lines: [
          { fund: "pnrr", label: "PNRR 1.1.1", amount: "211500", printed: "€ 211.500", lines: [2304, 2304] },
        ],
        text: "PNRR 1.1.1 € 211.500 periodo 2023-26",
        source: { document: DOCUMENTS.bustoArsizio, lines: [2304, 2304] },
      },
      staff: "Assistenti sociali Educatori ETS Insegnanti Psicologi Équipe del Servizio Tutela Minori",
      transversal: { answer: "si", areas: ["I"], text: "Sì, con I) Interventi per la famiglia" },
      keyPoints: [
        { area: "G", point: "Contrasto e prevenzione alla povertà educativa" },
        { area: "G", point: "Contrasto e prevenzione alla dispersione scolastica" },
        { area: "G", point: "Rafforzamento reti sociali" },
        {
          area: "G",
          point: "Prevenzione e contenimento del disagio sociale e del suo impatto con la salute",
        },
        { area: "G", point: "Allargamento rete e coprogrammazione" },
        { area: "G", point: "Nuovi strumenti di governance" },
        { area: "I", point: "Caregiver femminile familiare" },
        { area: "I", point: "Sostegno secondo le specificità del contesto familiare" },
        { area: "I", point: "Invertire alcuni trend che minacciano la coesione sociale del territorio" },
        { area: "I", point: "Contrasto e prevenzione della violenza domestica" },
        { area: "I", point: "Conciliazione vita-tempi" },
        { area: "I", point: "Tutela minori" },
        { area: "I", point: "Allargamento rete e coprogrammazione" },
        { area: "I", point: "Nuovi strumenti di governance" },
      ],
      asstInAnalysis: { answer: "si", lines: [2311, 2311] },
      asstInDelivery: {
        answer: "si",
        text: "Sì. Si prevede la definizione di un Accordo di rete e di protocolli ASST/Ambiti e relative procedure tra servizi",
        lines: [2312, 2312],
      },
      cooperationWithOtherAmbiti: {
        answer: "si",
        text: "Sì, con tutti gli Ambiti della ASST Valle Olona, Tradate e Sesto Calende",
        lines: [2313, 2313],
        ambiti: ["tutti gli Ambiti della ASST Valle Olona", "Tradate", "Sesto Calende"],
      },
      continuity: { answer: "si", lines: [2314, 2314] },
      newService: {
        kind: null,
        text: "L'obiettivo non prevede la definizione di un nuovo servizio ma la diffusione di un metodo di lavoro condiviso",
      },
      premialProject: { answer: "no", lines: [2316, 2316] },
      coProgrammed: {
        answer: "si",
        text: "Sì, mediante la condivisione con i tavoli tematici",
        lines: [2317, 2317],
      },
      coDesigned: {
        answer: "si",
        text: "Sì, il dispositivo dell'educativa domiciliare è realizzato mediante coprogettazione con ente del terzo settore, così come l'attivazione dei gruppi di genitori, bambini e di vicinanza solidale",
        lines: [2318, 2318],
      },
      thirdSectorInvolvement: null,
      otherActors: {
        answer: "si",
        text: "SI, Scuole, Tribunale per i minorenni e Tribunale per la Famiglia",
        lines: [2322, 2322],
        actors: ["Scuole", "Tribunale per i minorenni", "Tribunale per la Famiglia"],
      },
      needs: {
        text: "Rispetto al sistema dei servizi, uno dei principali bisogni rilevati è la forte frammentazione della presa in carico dei nuclei famigliari, dovuta alla mancanza di accordi di rete/protocolli operativi tra servizi sociali e sociosanitari.",
        indicators: [
          {
            text: "Numero di famiglie fragili su cui si applica il metodo PIPPI / numero di famiglie prese in carico dai servizi sociali",
            lines: [2323, 2323],
          },
        ],
      },
      needKind: { kind: "bisogno-consolidato", text: "Bisogno consolidato" },
      preventionKind: ["preventivo", "riparativo"],
      preventionText: "Preventivo e riparativo",
      innovation: {
        answer: "si",
        text: "SI, nella concretizzazione della presa in carico in forma integrata dei beneficiari target e nella realizzazione di azioni di welfare di comunità",
        lines: [2326, 2326],
      },
      digitalisation: {
        answer: "si",
        text: "SI, nell'utilizzo di piattaforme dedicate e nella possibilità di sperimentare l'interoperabilità con altre banche dati",
        lines: [2327, 2327],
      },
      processIndicators: {
        text: null,
        indicators: [
          {
            text: "1.1 numero incontri organizzati annualmente per la costruzione dell'accordo",
            action: "1",
            lines: [2328, 2328],
          },
          { text: "1.2 numero di servizi coinvolti nel protocollo", action: "1", lines: [2328, 2328] },
          {
            text: "2.1 numero di enti pubblici e privati coinvolti annualmente",
            action: "2",
            lines: [2328, 2328],
          },
          {
            text: "2.2 numero di riunioni/incontri organizzati annualmente",
            action: "2",
            lines: [2328, 2328],
          },
          { text: "3.1 Numero di famiglie in pre-assessment annualmente", action: "3", lines: [2328, 2328] },
          {
            text: "3.2 Numero di nuclei familiari presi in carico annualmente",
            action: "3",
            lines: [2328, 2328],
          },
          { text: "4.1 Numero realtà formali e informali intercettate", action: "4", lines: [2330, 2330] },
          {
            text: "4.2 Numero di progetti di vicinanza solidale attivati annualmente",
            action: "4",
            lines: [2330, 2330],
          },
          {
            text: "4.3 Numero di soggetti della rete coinvolti annualmente",
            action: "4",
            lines: [2330, 2330],
          },
        ],
      },
      outputIndicators: {
        text: null,
        indicators: [
          {
            text: "Definizione Accordo di rete e protocolli ASST/Ambiti e relative procedure tra servizi",
            action: "1",
            target:
              "Anno 2025 – stesura dell’Accordo e protocolli ASST/Ambiti e relative procedure tra servizi Anno 2026 – Approvazione e Attivazione Accordo protocolli/procedure Anno 2027- monitoraggio applicazione Accordo protocolli/procedure",
            lines: [2331, 2331],
          },
          {
            text: "Incremento della tipologia dei soggetti coinvolti nell’ambito dei Gruppi territoriali",
            action: "2",
            target:
              "2025: T0 2026: n. enti coinvolti anno 2026 &gt; n. enticoinvolti anno 2025 2027: n. enti coinvolti anno 2027 &gt; n. enti coinvolti anno 2026",
            lines: [2331, 2331],
          },
          {
            text: "Incremento Numero nuclei familiari presi in carico in ottica di prevenzione, anche ulteriori rispetto ai nuclei previsti dal Programma PIPPI",
            action: "3",
            target:
              "2025: T0 2026: n. nuclei familiari anno 2026 &gt; n. nuclei familiari anno 2025 2027: n. nuclei familiari anno 2027 &gt; n. nuclei familiari anno 2026",
            lines: [2331, 2331],
          },
          {
            text: "numero progetti individualizzati/numero di valutazioni",
            target:
              "(per il progetto PNRR sono previsti 30 progetti individualizzati al marzo 2026. Nell’anno successivo sarà necessario aderire nuovamente al programma PIPPI con altro canale di finanziamento) Anno 2025 –maggiori o uguali al 40% Anno 2026 – maggiori o uguali al 60% Anno 2027- maggiori o uguali all’80%",
            lines: [2331, 2331],
          },
        ],
      },
      outcomeIndicators: {
        text: "Migliorare la collaborazione e comunicazione tra servizi sociali e sociosanitari, istituti scolastici e tribunale - indicatore: … Migliorare la presa in carico integrata a vantaggio del beneficiario – indicatore:",
        indicators: [
          {
            text: "Soddisfazione degli operatori rispetto alla comunicazione e alla collaborazione tra servizi (analisi di focus group agli operatori)",
            lines: [2332, 2332],
          },
          {
            text: "Percentuale di post-assessment che esitano nel raggiungimento dell’obiettivo di miglioramento prefigurato.",
            lines: [2332, 2332],
          },
        ],
      },
      targets: [
        {
          id: "A1-2025",
          action: "1",
          kind: "deliverable",
          deliverable: "stesura dell'Accordo e protocolli ASST/Ambiti e relative procedure tra servizi",
          due: "2025-12-31",
          text: "Anno 2025 – stesura dell’Accordo e protocolli ASST/Ambiti e relative procedure tra servizi",
          lines: [2331, 2331],
        },
        {
          id: "A1-2026",
          action: "1",
          kind: "deliverable",
          deliverable: "approvazione e attivazione dell'Accordo protocolli/procedure",
          due: "2026-12-31",
          text: "Anno 2026 – Approvazione e Attivazione Accordo protocolli/procedure",
          lines: [2331, 2331],
        },
        {
          id: "A1-2027",
          action: "1",
          kind: "deliverable",
          deliverable: "monitoraggio dell'applicazione dell'Accordo protocolli/procedure",
          due: "2027-12-31",
          text: "Anno 2027- monitoraggio applicazione Accordo protocolli/procedure",
          lines: [2331, 2331],
        },
        {
          id: "A2-2025",
          action: "2",
          kind: "baseline",
          measure: "n. enti coinvolti nei Gruppi territoriali",
          text: "2025: T0",
          lines: [2331, 2331],
        },
        {
          id: "A2-2026",
          action: "2",
          kind: "change",
          direction: "increase",
          measure: "n. enti coinvolti nei Gruppi territoriali",
          fromYear: 2025,
          toYear: 2026,
          text: "2026: n. enti coinvolti anno 2026 &gt; n. enticoinvolti anno 2025",
          lines: [2331, 2331],
        },
        {
          id: "A2-2027",
          action: "2",
          kind: "change",
          direction: "increase",
          measure: "n. enti coinvolti nei Gruppi territoriali",
          fromYear: 2026,
          toYear: 2027,
          text: "2027: n. enti coinvolti anno 2027 &gt; n. enti coinvolti anno 2026",
          lines: [2331, 2331],
        },
        {
          id: "A3-2025",
          action: "3",
          kind: "baseline",
          measure: "n. nuclei familiari presi in carico in ottica di prevenzione",
          text: "2025: T0",
          lines: [2331, 2331],
        },
        {
          id: "A3-2026",
          action: "3",
          kind: "change",
          direction: "increase",
          measure: "n. nuclei familiari presi in carico in ottica di prevenzione",
          fromYear: 2025,
          toYear: 2026,
          text: "2026: n. nuclei familiari anno 2026 &gt; n. nuclei familiari anno 2025",
          lines: [2331, 2331],
        },
        {
          id: "A3-2027",
          action: "3",
          kind: "change",
          direction: "increase",
          measure: "n. nuclei familiari presi in carico in ottica di prevenzione",
          fromYear: 2026,
          toYear: 2027,
          text: "2027: n. nuclei familiari anno 2027 &gt; n. nuclei familiari anno 2026",
          lines: [2331, 2331],
        },
        {
          id: "PI-PNRR",
          kind: "count-at-least",
          min: 30,
          unit: "progetti individualizzati (progetto PNRR)",
          per: "triennium",
          due: "2026-03-31",
          text: "per il progetto PNRR sono previsti 30 progetti individualizzati al marzo 2026",
          lines: [2331, 2331],
        },
        {
          id: "PI-2025",
          kind: "share-at-least",
          minPercent: "40",
          numerator: "progetti individualizzati",
          denominator: "valutazioni",
          per: "year",
          due: "2025-12-31",
          text: "Anno 2025 –maggiori o uguali al 40%",
          lines: [2331, 2331],
        },
        {
          id: "PI-2026",
          kind: "share-at-least",
          minPercent: "60",
          numerator: "progetti individualizzati",
          denominator: "valutazioni",
          per: "year",
          due: "2026-12-31",
          text: "Anno 2026 – maggiori o uguali al 60%",
          lines: [2331, 2331],
        },
        {
          id: "PI-2027",
          kind: "share-at-least",
          minPercent: "80",
          numerator: "progetti individualizzati",
          denominator: "valutazioni",
          per: "year",
          due: "2027-12-31",
          text: "Anno 2027- maggiori o uguali all’80%",
          lines: [2331, 2331],
        },
        {
          id: "PPT-A1-2025",
          action: "1",
          kind: "deliverable",
          deliverable: "stesura dell'Accordo e protocolli ASST/Ambiti e relative procedure tra servizi",
          due: "2025-12-31",
          text: "Anno 2025 – Stesura dell'Accordo e protocolli ASST/Ambiti e relative procedure tra servizi",
          lines: [2356, 2356],
        },
        {
          id: "PPT-A1-2026",
          action: "1",
          kind: "deliverable",
          deliverable: "approvazione e attivazione dell'Accordo protocolli/procedure",
          due: "2026-12-31",
          text: "Anno 2026 – Approvazione e Attivazione Accordo protocolli/procedure",
          lines: [2356, 2356],
        },
        {
          id: "PPT-A1-2026-casi",
          action: "1",
          kind: "share-at-least",
          minPercent: "40",
          numerator: "casi a cui si applica il protocollo",
          denominator: "casi",
          per: "year",
          due: "2026-12-31",
          text: "applicazione del protocollo almeno sul 40% dei casi",
          lines: [2356, 2356],
        },
        {
          id: "PPT-A1-2027",
          action: "1",
          kind: "deliverable",
          deliverable: "monitoraggio dell'Accordo protocolli/procedure",
          due: "2027-12-31",
          text: "Anno 2027 – monitoraggio",
          lines: [2356, 2356],
        },
        {
          id: "PPT-A1-2027-casi",
          action: "1",
          kind: "share-at-least",
          minPercent: "50",
          numerator: "casi in cui il protocollo è implementato",
          denominator: "casi",
          per: "year",
          due: "2027-12-31",
          text: "implementazione con almeno il 50% dei casi",
          lines: [2356, 2356],
        },
        {
          id: "PPT-A3-2026",
          action: "3",
          kind: "change",
          direction: "increase",
          measure: "n. famiglie prese in carico in ottica preventiva",
          fromYear: 2025,
          toYear: 2026,
          text: "Anno 2026 – n. famiglie prese in carico 2026 maggiore di n. famiglie 2025",
          lines: [2356, 2356],
        },
        {
          id: "PPT-A3-2027",
          action: "3",
          kind: "change",
          direction: "increase",
          measure: "n. famiglie prese in carico in ottica preventiva",
          fromYear: 2026,
          toYear: 2027,
          text: "Anno 2027 – n. famiglie prese in carico 2027 maggiore di n. famiglie 2026",
          lines: [2356, 2356],
        },
        {
          id: "PPT-A2-2026",
          action: "2",
          kind: "change",
          direction: "increase",
          measure: "n. enti coinvolti nei Gruppi Territoriali",
          fromYear: 2025,
          toYear: 2026,
          text: "Anno 2026 – n. enti coinvolti 2026 maggiore di n. enti coinvolti 2025",
          lines: [2356, 2356],
        },
        {
          id: "PPT-A2-2027",
          action: "2",
          kind: "change",
          direction: "increase",
          measure: "n. enti coinvolti nei Gruppi Territoriali",
          fromYear: 2026,
          toYear: 2027,
          text: "Anno 2027 – n. enti coinvolti 2027 maggiore di n. enti coinvolti 2026",
          lines: [2356, 2356],
        },
      ],
      source: { document: DOCUMENTS.bustoArsizio, lines: [2295, 2356] },
    },
    // Scheda 12: Potenziamento del servizio di affido familiare e prossimita' / vicinanza solidale (L2358-2389)
    // Slip L2385: The three types of foster care are printed "Affidato a tempo pieno …", "Affidato diurno …",
    // "Affidato a tempo parziale …" ("Affidato" for "Affido"/"Affidamento").
    // Slip L2367-2368: Transversality answered "No" while the key points are those of area I (headed by the
    // bullet "Interventi per la famiglia", the title of area I).
    // Slip L2380-2389: The input, process and outcome boxes print only the form's guidance ("Indicatori input
    // derivati dall'analisi del bisogno", "Individuazione di una batteria di indicatori di processo/outcome")
    // with no indicator.
    // Note: code: position in the document. No heading line: the form starts at L2358 ("Scheda LEPS Piano di Zona
    // prevista da DGR 2167/24"); the G list names it "POTENZIAMENTO DEL SERVIZIO DI AFFIDO FAMILIARE E
    // PROSSIMITA'/VICINANZA SOLIDALE" (L2291). The scheda names no LEPS: leps empty. priority: not marked → null.
    // Note: keyPoints: the list (L2368) has no area letters; its first bullet "Interventi per la famiglia" is
    // read as the heading of area I and the three following points are encoded under I.
    // Note: Budget: FNPS 55000 (no period stated; the service is strengthened "per la durata di due anni", L2362)
    // plus own resources (internal staff) without amount.
    // Note: No quantified result: outputs are qualitative (L2388); `targets` empty. "monitoraggio … nel primo
    // semestre di attivazione" (action, L2363) is a timing of an activity, not a result target.
    {
      code: "12",
      form: "pdz-dgr-2167",
      policyArea: "G",
      policyAreaBasis: "field",
      leps: [],
      priority: null,
      title: "Potenziamento del servizio di affido familiare e prossimita' / vicinanza solidale",
      goals:
        "potenziare in via sperimentale, per la durata di due anni, il servizio di affido familiare e prossimità/vicinanza solidale, finalizzato a promuovere la sensibilizzazione sul tema dell'affidamento familiare e ad accompagnare le famiglie ad una scelta di accoglienza informata e consapevole, curandone i percorsi di formazione specifica e fornendo l'adeguato sostegno professionale nelle diverse fasi dei singoli progetti di affidamento familiare",
      actions: [
        { code: null, title: "promozione della cultura dell'affido familiare;", lines: [2363, 2363] },
        { code: null, title: "formazione rivolta a persone e famiglie interessate;", lines: [2363, 2363] },
        {
          code: null,
          title: "attivazione di un percorso per la valutazione psicologica e sociale;",
          lines: [2363, 2363],
        },
        {
          code: null,
          title:
            "conduzione di incontri rivolti agli affidatari per sostenerli nella conduzione dell'esperienza, oppure ai figli naturali delle famiglie affidatarie;",
          lines: [2363, 2363],
        },
        {
          code: null,
          title:
            "raccordo con il servizio Tutela Minori propedeutico all'abbinamento ed alla formulazione del progetto di affidamento familiare, l'affiancamento degli affidatari nelle fasi iniziali di conoscenza del minore e il monitoraggio dell'affido familiare nel primo semestre di attivazione, in collaborazione con l'assistente sociale comunale;",
          lines: [2363, 2363],
        },
        {
          code: null,
          title:
            "predisposizione e l'aggiornamento costante di una banca dati delle famiglie affidatarie disponibili all'esperienza di affidamento familiare e organizzazione dei dati utili a comporre un quadro integrato dell'affidamento familiare sul territorio comunale.",
          lines: [2363, 2363],
        },
      ],
      target:
        "minori in carico ai Servizi Sociali/Servizio Tutela Minori del Comune di Busto Arsizio e le famiglie o le persone singole che presentino la disponibilità ad accoglierli;",
      budget: {
        total: null,
        lines: [
          { fund: "fnps", label: "FNPS", amount: "55000", printed: "55000", lines: [2365, 2365] },
          {
            fund: "risorse-comunali",
            label: "Risorse proprie – personale interno",
            amount: null,
            lines: [2365, 2365],
          },
        ],
        text: "FNPS – 55000 Risorse proprie – personale interno",
        source: { document: DOCUMENTS.bustoArsizio, lines: [2365, 2365] },
      },
      staff:
        "Responsabile dell'Ufficio di Piano – ruolo di coordinamento Assistente sociale area minori – attività operativa affiancamento affidatari Personale specialistico ETS affidatario servizio – promozione, formazione, supporto psicologico Servizio Tutela Minori – affiancamento affidatari",
      transversal: { answer: "no", areas: [] },
      keyPoints: [
        { area: "I", point: "Sostegno secondo le specificità del contesto familiare" },
        { area: "I", point: "Tutela minori" },
        { area: "I", point: "Nuovi strumenti di governance" },
      ],
      asstInAnalysis: { answer: "no", lines: [2369, 2369] },
      asstInDelivery: { answer: "no", lines: [2371, 2371] },
      cooperationWithOtherAmbiti: { answer: "no", lines: [2372, 2372], ambiti: [] },
      continuity: { answer: "si", lines: [2373, 2373] },
      newService: { kind: "servizio-gia-presente", text: "Servizio già presente" },
      premialProject: { answer: "no", lines: [2375, 2375] },
      coProgrammed: { answer: "no", lines: [2376, 2376] },
      coDesigned: { answer: "no", lines: [2377, 2377] },
      thirdSectorInvolvement:
        "L'intervento ha previsto l'affidamento di un servizio ad un Ente del Terzo Settore specializzato",
      otherActors: { answer: "no", lines: [2379, 2379], actors: [] },
      needs: { text: null, indicators: [] },
      needKind: { kind: "bisogno-consolidato", text: "Bisogno consolidato" },
      preventionKind: ["promozionale", "preventivo", "riparativo"],
      preventionText: "Promozionale, preventivo e riparativo",
      innovation: { answer: "no", lines: [2383, 2383] },
      digitalisation: {
        answer: "si",
        text: "Si, sotto il profilo gestionale con la predisposizione di un database delle famiglie affidatarie e dei servizi realizzati",
        lines: [2384, 2384],
      },
      processIndicators: {
        text: "Prevedere la gestione delle seguenti tipologie di affidamento, sia intrafamiliare che eterofamiliare, riferite a minori dalla nascita ai 18 anni (con possibilità di prosieguo amministrativo fino al compimento del ventunesimo anno di età): … Affidato a tempo pieno o residenziale: inserimento di un minore in una famiglia affidataria in modo continuativo per un periodo che può variare da qualche mese a più anni; … Affidato diurno o semiresidenziale: il minore trascorre con la famiglia affidataria una parte della giornata, condividendo alcuni momenti della quotidianità; … Affidato a tempo parziale: il minore trascorre con gli affidatari un periodo definito (qualche giorno la settimana, un breve periodo dell'anno).",
        indicators: [],
      },
      outputIndicators: {
        text: null,
        indicators: [
          {
            text: "fornire alle famiglie e ai cittadini informazioni approfondite sulle diverse forme di accoglienza familiare ed offrire un orientamento formativo specifico a chi desidera accogliere un minore;",
            lines: [2388, 2388],
          },
          {
            text: "garantire ai percorsi di affidamento una regia con figure professionali che, a partire dalla storia del minore, dalla famiglia d'origine e dalla famiglia affidataria, verifichino il percorso e accompagnino l'affido, in sinergia con il Servizio Tutela Minori;",
            lines: [2388, 2388],
          },
        ],
      },
      outcomeIndicators: {
        text: "Tutela del minore appartenente ad un contesto familiare temporaneamente privo o carente di risorse adeguate a rispondere ai bisogni di crescita, tramite uno strumento di supporto e di protezione del minore e di aiuto alla sua famiglia d'origine, attuato nella prospettiva del rientro del minore presso la stessa o finalizzato a sostenerne la permanenza",
        indicators: [],
      },
      targets: [],
      source: { document: DOCUMENTS.bustoArsizio, lines: [2358, 2389] },
    },
    // Scheda 13: PUNTO DI ASCOLTO PER IL TRATTAMENTO DEI DISTURBI DELL'ALIMENTAZIONE E DELLA NUTRIZIONE (L2393-2425)
    // Note: code: position in the document. Form header "Scheda LEPS Piano di Zona prevista da DGR 2167/24"
    // (L2395) but no LEPS is named: leps empty. priority: not marked → null.
    // Note: keyPoints: printed without area letter; encoded under G, the scheda's area (transversality "No").
    // Note: needKind "Bisogno emerso nella precedente triennalità" mapped to nuovo-bisogno.
    // Note: Budget: an in-kind municipal contribution (free loan of a municipal space), no amount.
    // Note: coDesigned: the ETS must have "esperienza almeno triennale" — a selection requirement, not a result
    // target.
    // Note: No result threshold is printed (only a ratio indicator); `targets` empty.
    {
      code: "13",
      form: "pdz-dgr-2167",
      heading:
        "PUNTO DI ASCOLTO PER IL TRATTAMENTO DEI DISTURBI DELL'ALIMENTAZIONE E DELLA NUTRIZIONE - Area di policy G)",
      policyArea: "G",
      policyAreaBasis: "field",
      leps: [],
      priority: null,
      title: "PUNTO DI ASCOLTO PER IL TRATTAMENTO DEI DISTURBI DELL'ALIMENTAZIONE E DELLA NUTRIZIONE",
      goals:
        "Sensibilizzazione del riconoscimento delle malattie legate ai disturbi alimentari; … affiancare i pazienti e i familiari per supportarli nel difficile percorso di malattia e fragilità;",
      actions: [
        {
          code: null,
          title:
            "Creare un punto di ascolto gestito da professionisti, volontari e genitori, anche in sinergia con una comunità terapeutica",
          lines: [2400, 2400],
        },
        {
          code: null,
          title: "Indirizzare pazienti e familiari verso percorsi di cura più adeguati;",
          lines: [2400, 2400],
        },
        {
          code: null,
          title:
            "Promuovere momenti di sensibilizzazione rispetto i disturbi dell'alimentazione e della nutrizione",
          lines: [2400, 2400],
        },
      ],
      target: "Ragazzi, giovani e adulti con disturbi dell'alimentazione e della nutrizione",
      budget: {
        total: null,
        lines: [
          {
            fund: "risorse-comunali",
            label: "Concessione in comodato d'uso a titolo gratuito di uno spazio comunale",
            amount: null,
            lines: [2402, 2402],
          },
        ],
        text: "Concessione in comodato d'uso a titolo gratuito di uno spazio comunale in via Tito Speri a Busto Arsizio ad Ente del Terzo Settore",
        source: { document: DOCUMENTS.bustoArsizio, lines: [2402, 2402] },
      },
      staff: "Professionisti, volontari e genitori, anche in sinergia con una comunità terapeutica",
      transversal: { answer: "no", areas: [] },
      keyPoints: [
        { area: "G", point: "Rafforzamento delle reti sociali" },
        { area: "G", point: "Prevenzione e contenimento del disagio sociale e del suo impatto sulla salute" },
        { area: "G", point: "Allargamento della rete e coprogrammazione" },
        { area: "G", point: "Presenza di nuovi soggetti a rischio/nuova utenza rispetto al passato" },
      ],
      asstInAnalysis: { answer: "no", lines: [2406, 2406] },
      asstInDelivery: {
        answer: "si",
        text: "Sì, è possibile prevedere il coinvolgimento dei servizi specialistici e ospedalieri dell'ASST Valle Olona nelle fasi di UVM e di presa in carico delle beneficiarie",
        lines: [2407, 2407],
      },
      cooperationWithOtherAmbiti: { answer: "no", lines: [2408, 2408], ambiti: [] },
      continuity: { answer: "si", lines: [2409, 2409] },
      newService: { kind: "nuovo-servizio", text: "Nuovo servizio" },
      premialProject: { answer: "no", lines: [2411, 2411] },
      coProgrammed: { answer: "no", lines: [2412, 2412] },
      coDesigned: {
        answer: "si",
        text: "Sì, con ETS selezionato tramite procedura ad evidenza pubblica con esperienza almeno triennale nell'ambito del trattamento dei disturbi dell'alimentazione e della nutrizione",
        lines: [2413, 2413],
      },
      thirdSectorInvolvement: null,
      otherActors: { answer: "no", lines: [2417, 2417], actors: [] },
      needs: {
        text: "Riduzione dell'età in cui si manifestano i Disturbi dell'Alimentazione e della Nutrizione (DAN) - tre milioni di ragazzi in Italia tra cui minori di età compresa tra i 10 e i 12 anni;",
        indicators: [
          {
            text: "Incremento richieste di aiuto pervenute al numero verde SOS DCA istituito dalla Presidenza del Consiglio connessi all'aumento dei disturbi dell'alimentazione e della nutrizione (DAN), conseguenti alla pandemia da Covid-19 e conseguente riduzione significativa dei contesti di socialità - Società Italiana di Riabilitazione Interdisciplinare Disturbi Alimentari e del Peso (SIRIDAP)",
            lines: [2418, 2418],
          },
        ],
      },
      needKind: { kind: "nuovo-bisogno", text: "Bisogno emerso nella precedente triennalità" },
      preventionKind: ["promozionale", "preventivo", "riparativo"],
      preventionText: "Promozionale, preventivo e riparativo",
      innovation: { answer: "no", lines: [2421, 2421] },
      digitalisation: { answer: "no", lines: [2422, 2422] },
      processIndicators: {
        text: "Attivazione di uno sportello di ascolto gestito da professionisti, volontari, genitori di un ETS selezionato con esperienza nel trattamento delle DAN … Coinvolgimento della rete specialistica delle comunità terapeutiche orientando i casi … Coinvolgimento dei servizi specialistici (Neuropsichiatria, CPS, SERD) dell'ASST Valle Olona",
        indicators: [{ text: "N. di segnalazioni a servizi specialistici effettuate", lines: [2423, 2423] }],
      },
      outputIndicators: {
        text: "fornite alle famiglie e ai giovani e minori informazioni approfondite relativamente ai DAN; … orientati i/le beneficiari/e a servizi specialistici",
        indicators: [
          {
            text: "n. beneficiari/e inviati a servizi specialistici/n. di accessi allo sportello",
            lines: [2424, 2424],
          },
        ],
      },
      outcomeIndicators: {
        text: "Sensibilizzata la comunità giovanile rispetto ai disturbi Riduzione dei tempi di presa in carico dei/le giovani e minori da parte dei servizi specialistici",
        indicators: [{ text: "focus group con operatori", lines: [2425, 2425] }],
      },
      targets: [],
      source: { document: DOCUMENTS.bustoArsizio, lines: [2393, 2425] },
    },
    // Scheda 14: AZIONI PER GIOVANI E ADOLESCENTI (L2427-2458)
    // Slip L2429: AREA DI POLICY printed "J) Politiche per i giovani e i minori": the title is that of area G (J
    // is disabilità); encoded G.
    // Slip L2437: Key points headed "J) Politiche per i giovani e i minori" (same wrong letter); encoded under G.
    // Slip L2456: "strumenti esperenziali" for "esperienziali".
    // Slip L2432: "individuazione un luogo privilegiato non connotati" (missing "di"; "connotati" for
    // "connotato").
    // Note: code: position in the document. No heading line: the form starts at L2427 ("Scheda intervento Piano
    // di Zona prevista da DGR 2167/24"); the G list names it "AZIONI PER GIOVANI E ADOLESCENTI" (L2293). Not a
    // LEPS scheda. priority: not marked → null.
    // Note: Budget: "circa 110.000 euro fino al 2027" is attached to the line printed next to it ("Fondo PNRR –
    // quota risorse progetto BOOST – Fili Urbani"); the Fondo Nazionale Politiche Giovanili has no amount of its
    // own. Scheda 9 (L2182) says the BOOST urban strategy is funded by POR FESR / POR FSE+, not PNRR — possible
    // inconsistency, not asserted as a slip.
    // Note: Only "avvio del servizio Informagiovani" is a checkable (sì/no) result; the other outputs are
    // unquantified.
    {
      code: "14",
      form: "pdz-dgr-2167",
      policyArea: "G",
      policyAreaBasis: "field",
      leps: [],
      priority: null,
      title: "AZIONI PER GIOVANI E ADOLESCENTI",
      goals:
        "L'obiettivo intende svilupparsi rendendo protagonisti i giovani di Busto Arsizio, tramite misure trasversali volte a rafforzare le reti sociali e a prevenire e contenere il disagio sociale e a contrastare la dispersione scolastica. L'intervento è strettamente connesso con il progetto BOOST REGENERATION AND THERAPY FOR AN HEALTHY ENVIRONMENT - RIGENERAZIONE E CURA PER UN AMBIENTE SALUTARE INTERGENERAZIONALE Ridenominata: FILI URBANI - CONNETTERE ENERGIE, UNIRE LA CITTÀ Azione 6a – INFORMA GIOVANI",
      actions: [
        {
          code: null,
          title:
            "individuazione un luogo privilegiato non connotati per giovani e minori che possa accogliere le sue fragilità, competenze ed esperienze",
          lines: [2432, 2432],
        },
        {
          code: null,
          title:
            "attivazione di un lavoro di rete tra servizi sociali professionali, servizi educativi, agenzie educative degli ETS, istituti scolastici per promuovere una comunità educante con la condivisione di obiettivi comuni e non solo di bisogni comuni",
          lines: [2432, 2432],
        },
        { code: null, title: "capacitazione di giovani e minori", lines: [2432, 2432] },
        {
          code: null,
          title:
            "ascolto dei giovani in situazioni informali rispetto alle difficoltà interpersonali e di gruppo incrementate dall'emergenza pandemica",
          lines: [2432, 2432],
        },
        {
          code: null,
          title:
            "sistematizzazione della condivisione dei dati tra ETS e agenzie educative e servizi sociali",
          lines: [2432, 2432],
        },
        {
          code: null,
          title: "riattivazione del servizio INFORMA GIOVANI in un'ottica di Hub Informagiovani",
          lines: [2432, 2432],
        },
      ],
      target: "Giovani e adolescenti",
      budget: {
        total: null,
        lines: [
          { fund: "altro", label: "Fondo Nazionale Politiche Giovanili", amount: null, lines: [2434, 2434] },
          {
            fund: "pnrr",
            label: "Fondo PNRR – quota risorse progetto BOOST – Fili Urbani",
            amount: "110000",
            printed: "circa 110.000 euro fino al 2027",
            lines: [2434, 2434],
          },
        ],
        text: "Fondo Nazionale Politiche Giovanili Fondo PNRR – quota risorse progetto BOOST – Fili Urbani – circa 110.000 euro fino al 2027",
        source: { document: DOCUMENTS.bustoArsizio, lines: [2434, 2434] },
      },
      staff:
        "Educatori ETS – responsabili coordinamento rete e azioni progettuali Giovani aderenti agli ETS – responsabili azioni sul territorio e parte attiva della coprogettazione Assistenti sociali Servizio Comunale – azioni prevenzione contrasto disagio giovanile Docenti referenti istituti scolastici – lavoro di rete Personale settore educazione – Servizio Informagiovani",
      transversal: { answer: "no", areas: [] },
      keyPoints: [
        { area: "G", point: "Contrasto e prevenzione della povertà educativa" },
        { area: "G", point: "Contrasto e prevenzione della dispersione scolastica" },
        { area: "G", point: "Rafforzamento delle reti sociali" },
        { area: "G", point: "Allargamento della rete e coprogrammazione" },
        { area: "G", point: "Nuovi strumenti di governance" },
      ],
      asstInAnalysis: { answer: "no", lines: [2438, 2438] },
      asstInDelivery: { answer: "no", lines: [2439, 2439] },
      cooperationWithOtherAmbiti: { answer: "no", lines: [2441, 2441], ambiti: [] },
      continuity: { answer: "si", lines: [2442, 2442] },
      newService: { kind: "servizio-rivisto", text: "Servizio sostanzialmente rivisto/aggiornato" },
      premialProject: { answer: "no", lines: [2444, 2444] },
      coProgrammed: { answer: "si", lines: [2445, 2445] },
      coDesigned: {
        answer: "si",
        text: "Si. L'intervento sarà coprogettato dai referenti dell'Ufficio di Piano e dagli Enti del Terzo Settore. E' già attiva una progettazione sulla linea di finanziamento \"La Lombardia è dei giovani\" che coinvolge il Comune di Busto Arsizio e diverse cooperative sociali e associazioni giovanili del territorio. Con riferimento al servizio INFORMA GIOVANI l'intervento ha visto all'interno del progetto BOOST – rinominato Fili Urbani, il coinvolgimento del Terzo Settore declinando le indicazioni contenute nelle Linee guida nazionali e regionali tramite il confronto con la rete territoriale e con i diversi settori interessati.",
        lines: [2446, 2446],
      },
      thirdSectorInvolvement: null,
      otherActors: { answer: "no", lines: [2448, 2448], actors: [] },
      needs: {
        text: "Protagonismo giovanile nella definizione delle politiche territoriali per i giovani Sostenere interventi diretti a favore dei giovani per promuoverne l'autonomia, la crescita personale e professionale e la partecipazione attiva nella vita della comunità, che prevedano iniziative intraprese, avviate e portate avanti dai giovani stessi. Pilastri: inclusione, capacitazione, coesione",
        indicators: [{ text: "n. di giovani coinvolti nelle azioni di progetto", lines: [2449, 2449] }],
      },
      needKind: { kind: "bisogno-consolidato", text: "Bisogno consolidato" },
      preventionKind: ["promozionale", "preventivo"],
      preventionText: "Promozionale e preventivo",
      innovation: { answer: "si", text: "Si, protagonismo giovanile", lines: [2452, 2452] },
      digitalisation: { answer: "no", lines: [2453, 2455] },
      processIndicators: {
        text: "Attivazione co-progettazione Indicatori … Protagonismo giovanile",
        indicators: [
          { text: "incontri di condivisione", lines: [2456, 2456] },
          { text: "qualità del lavoro di rete", lines: [2456, 2456] },
          { text: "presenza associazioni giovanili o gruppi informali di giovani", lines: [2456, 2456] },
          { text: "n. di idee progettuali sviluppate", lines: [2456, 2456] },
          { text: "attivazione di strumenti esperenziali", lines: [2456, 2456] },
          { text: "valorizzazione del ruolo del peer", lines: [2456, 2456] },
        ],
      },
      outputIndicators: {
        text: null,
        indicators: [
          { text: "realizzati progetti di contrasto al disagio giovanile", lines: [2457, 2457] },
          {
            text: "realizzati interventi di prevenzione e contrasto della dispersione scolastica",
            lines: [2457, 2457],
          },
          { text: "avvio del servizio Informagiovani", lines: [2457, 2457] },
        ],
      },
      outcomeIndicators: {
        text: null,
        indicators: [
          {
            text: "partecipazione dei giovani nelle fasi di progettazione e realizzazione delle attività in qualità di protagonisti delle politiche del territorio",
            lines: [2458, 2458],
          },
        ],
      },
      targets: [
        {
          id: "O-3",
          kind: "deliverable",
          deliverable: "servizio Informagiovani avviato",
          text: "avvio del servizio Informagiovani",
          lines: [2457, 2457],
        },
      ],
      source: { document: DOCUMENTS.bustoArsizio, lines: [2427, 2458] },
    },
    // Scheda 15: Sperimentazione del servizio JOB CLUB (L2492-2530)
    // Slip L2527-2529: Results are numbered 1.1-1.7 then 1.10: nothing for 1.8 and 1.9, i.e. for actions 8
    // (pillole formative) and 9 (autoimprenditorialità).
    // Slip L2498: "BOOST REGENERATION AND THERAPHY" (scheda 14, L2431, prints "THERAPY").
    // Note: code: position in the document. Not a LEPS scheda. priority: not marked → null.
    // Note: Form label "TITOLO DELL'INTERVENTO" (L2497).
    // Note: Output indicators: the results are numbered 1.1-1.10 (L2527-2529); 1.N is read as the result of
    // action N (action codes of the output indicators are this inference).
    // Note: Targets: "Organizzazione di n. 3 seminari formativi" typed as at least 3 seminars over the period
    // (the FSE+ funding covers 2025-26, L2503); "Prodotto documento di linee guida" as a deliverable. The other
    // results are unquantified.
    // Note: Budget: 81.090,04 euro FSE+ for 2025-26, no yearly split.
    {
      code: "15",
      form: "pdz-dgr-2167",
      heading: "SPERIMENTAZIONE DEL SERVIZIO JOB CLUB - Area di policy H)",
      policyArea: "H",
      policyAreaBasis: "field",
      leps: [],
      priority: null,
      title: "Sperimentazione del servizio JOB CLUB",
      goals:
        "Strategia di sviluppo urbano sostenibile: BOOST REGENERATION AND THERAPHY FOR AN HEALTHY ENVIRONMENT - RIGENERAZIONE E CURA PER UN AMBIENTE SALUTARE INTERGENERAZIONALE Ridenominata: FILI URBANI - CONNETTERE ENERGIE, UNIRE LA CITTÀ … Comprensione ed azione sul <i>mismatching</i> lavorativo; … Lavoro sui fattori che ostacolano l'inserimento (o reinserimento) lavorativo dei soggetti oggi disoccupati; … Formazione per la creazione di nuove competenze che rispondano alle esigenze determinate dalle nuove evoluzioni del mercato e del sistema economico; … Orientamento lavorativo; … Inserire il servizio JOB CLUB all'interno del contesto sociale locale e renderlo riconoscibile e individuabile, come punto di riferimento autorevole, in merito alle questioni del mercato del lavoro;",
      actions: [
        { code: "1", title: "Sportello informativo JOB CLUB", lines: [2499, 2499] },
        { code: "2", title: "Fondazioni formative", lines: [2499, 2499] },
        { code: "3", title: "Job Crew", lines: [2499, 2499] },
        { code: "4", title: "Incontri formativi", lines: [2499, 2499] },
        { code: "5", title: "Open Days di tipo comparativo con le aziende", lines: [2499, 2499] },
        {
          code: "6",
          title: "Open days di tipo comparativo delle principali istituzioni formative",
          lines: [2499, 2499],
        },
        { code: "7", title: "Organizzazione di seminari", lines: [2499, 2499] },
        { code: "8", title: "Produzione di pillole formative", lines: [2499, 2499] },
        { code: "9", title: "Approfondimento sull'autoimprenditorialità", lines: [2499, 2499] },
        { code: "10", title: "Design di un futuro spazio di coworking", lines: [2501, 2501] },
      ],
      target:
        "persone in cerca di occupazione e, nello specifico, da persone in condizione di grave disagio socio-economico, soggetti percettori di interventi di sostegno economico contro la disoccupazione, soggetti vulnerabili disoccupati o inoccupati, <i>working poors</i> e lavoratori precari. Generalmente, si guarderà a persone in età di attività lavorativa, ovvero, tra i 16 ed i 65 anni. Scendendo più nello specifico, sarà rivolta particolare attenzione alla fascia giovani, quindi tra i 16 ed i 35 anni con particolare riguardo alla categoria dei NEET, ovvero, coloro che non sono occupati, in formazione o in tirocini. Altrettanta attenzione sarà rivolta a tutti coloro i quali sono in stato di disoccupazione e necessitano di percorsi per il reinserimento lavorativo",
      budget: {
        total: null,
        lines: [
          {
            fund: "fse-plus",
            label: "Regione Lombardia PROGRAMMA REGIONALE FSE+ 2021-2027",
            amount: "81090.04",
            printed: "81.090,04 euro",
            lines: [2503, 2503],
          },
        ],
        text: "Regione Lombardia PROGRAMMA REGIONALE FSE+ 2021-2027 81.090,04 euro per l'azione specifica 2025-26",
        source: { document: DOCUMENTS.bustoArsizio, lines: [2503, 2503] },
      },
      staff:
        "Referente UDP – supporto alle azioni di rete Operatori sociali specializzati in ambito di politiche attive del lavoro Personale ETS",
      transversal: {
        answer: "si",
        areas: ["A", "G"],
        text: "Sì, A) Contrasto alla povertà e all'emarginazione sociale e promozione dell'inclusione attiva G) Politiche giovanili e per i minori",
      },
      keyPoints: [
        { area: "A", point: "Working poors e lavoratori precari" },
        { area: "G", point: "Rafforzamento reti sociali" },
        {
          area: "G",
          point: "Prevenzione e contenimento del disagio sociale e del suo impatto con la salute",
        },
        { area: "G", point: "Allargamento rete e coprogrammazione" },
        {
          area: "H",
          point:
            "Contrasto alle difficoltà socioeconomiche dei giovani e loro inserimento nel mondo del lavoro",
        },
        { area: "H", point: "Interventi a favore dei NEET" },
        { area: "H", point: "Allargamento della rete e coprogrammazione" },
      ],
      asstInAnalysis: { answer: "no", lines: [2507, 2507] },
      asstInDelivery: { answer: "no", lines: [2508, 2508] },
      cooperationWithOtherAmbiti: { answer: "no", lines: [2509, 2509], ambiti: [] },
      continuity: {
        answer: "si",
        text: "Sì nella quale si sono realizzate le azioni propedeutiche (Azione 5 Boost)",
        lines: [2510, 2510],
      },
      newService: { kind: "nuovo-servizio", text: "L'obiettivo prevede la definizione di un nuovo servizio" },
      premialProject: { answer: "no", lines: [2512, 2516] },
      coProgrammed: {
        answer: "si",
        text: "Si in fase di analisi dei bisogni del territorio",
        lines: [2517, 2517],
      },
      coDesigned: {
        answer: "si",
        text: "Si nel corso della prima fase del progetto (Azione 5 Boost), attraverso una specifica attività di co-progettazione con gli ETS del territorio ai sensi dell'art. 55 del D.Lgs 117/17 e DM 72/21.",
        lines: [2518, 2518],
      },
      thirdSectorInvolvement: null,
      otherActors: {
        answer: "si",
        text: "Si, oltre a fornitore specialistico, possibile coinvolgimento … Provincia di Varese – Centro per l'Impiego … Agenzie accreditate e/o autorizzate per la formazione e il lavoro da Regione Lombardia",
        lines: [2520, 2520],
        actors: [
          "Provincia di Varese – Centro per l'Impiego",
          "Agenzie accreditate e/o autorizzate per la formazione e il lavoro da Regione Lombardia",
        ],
      },
      needs: {
        text: "I bisogni ai quali questo obiettivo intende rispondere sono: … condivisione e valorizzazione delle risorse esistenti dedicate al mondo del lavoro … consolidamento di interventi di supporto alla ricerca e all'inserimento lavorativo per persone fragili e vulnerabili in una logica di percorso di presa in carico e supporto alla progettualità di vita del beneficiario avvalendosi di molteplici dispositivi;",
        indicators: [
          { text: "Numero di richieste di supporto ricevute dallo sportello", lines: [2521, 2521] },
        ],
      },
      needKind: { kind: "bisogno-consolidato", text: "Bisogno consolidato" },
      preventionKind: ["promozionale", "preventivo"],
      preventionText: "Promozionale e preventivo",
      innovation: {
        answer: "si",
        text: "Si, utilizzo nell'attività Fondazioni Formative del modello ITS Academy riguardanti i profili professionali più ricercati nel mercato del lavoro Azioni di rete con il mondo dell'impresa",
        lines: [2524, 2524],
      },
      digitalisation: { answer: "no", lines: [2525, 2525] },
      processIndicators: {
        text: "Lavoro di gruppo e di rete, coinvolgimento di figure professionali, condivisione di esperienze,",
        indicators: [
          { text: "numero incontri/eventi organizzati annualmente", lines: [2526, 2526] },
          { text: "numero di imprese/imprenditori coinvolti", lines: [2526, 2526] },
        ],
      },
      outputIndicators: {
        text: null,
        indicators: [
          { text: "Divulgati materiale prodotto da JOB CLUB;", action: "1", lines: [2527, 2527] },
          { text: "Promossi eventi;", action: "1", lines: [2527, 2527] },
          {
            text: "Prodotto materiale cartaceo ed online sui temi in oggetto del … servizio;",
            action: "1",
            lines: [2527, 2529],
          },
          {
            text: "Aperto sportello durante le ore concordate con il coordinamento;",
            action: "1",
            lines: [2529, 2529],
          },
          {
            text: "1.2 Identificati i principali profili professionali maggiormente ricercati",
            action: "2",
            lines: [2529, 2529],
          },
          { text: "1.3 Redatti report mercato del lavoro locale", action: "3", lines: [2529, 2529] },
          { text: "1.4 Realizzati eventi formativi", action: "4", lines: [2529, 2529] },
          {
            text: "Promosso presso le aziende del territorio lo strumento dell'open day;",
            action: "5",
            lines: [2529, 2529],
          },
          { text: "organizzati e gestiti eventi", action: "5", lines: [2529, 2529] },
          {
            text: "1.6 Realizzati eventi formativi e fornite informazioni, contatti, specificità",
            action: "6",
            lines: [2529, 2529],
          },
          { text: "1.7 Organizzazione di n. 3 seminari formativi", action: "7", lines: [2529, 2529] },
          {
            text: "1.10 Prodotto documento di linee guida per l'attivazione di uno spazio coworking a Busto",
            action: "10",
            lines: [2529, 2529],
          },
        ],
      },
      outcomeIndicators: {
        text: null,
        indicators: [
          { text: "Riduzione situazioni emergenziali in ambito lavorativo", lines: [2530, 2530] },
          {
            text: "Costituzione di una rete di imprese e agenzie che faciliti l'utilizzo di strumenti di inserimenti lavorativi",
            lines: [2530, 2530],
          },
        ],
      },
      targets: [
        {
          id: "A7-1",
          action: "7",
          kind: "count-at-least",
          min: 3,
          unit: "seminari formativi",
          per: "triennium",
          text: "1.7 Organizzazione di n. 3 seminari formativi",
          lines: [2529, 2529],
        },
        {
          id: "A10-1",
          action: "10",
          kind: "deliverable",
          deliverable: "documento di linee guida per l'attivazione di uno spazio coworking a Busto",
          text: "1.10 Prodotto documento di linee guida per l'attivazione di uno spazio coworking a Busto",
          lines: [2529, 2529],
        },
      ],
      source: { document: DOCUMENTS.bustoArsizio, lines: [2492, 2530] },
    },
    // Scheda 16: Centro per le famiglie (L2578-2613)
    // Slip L2595: "gli altri Ambiti dell'ATS della Valle Olona": Valle Olona is the ASST (the ATS is Insubria).
    // Note: code: position in the document. Not a LEPS scheda. priority: not marked → null.
    // Note: Form label "TITOLO DELL'INTERVENTO" (L2583).
    // Note: Actions: the ten "possibili azioni" of the "Modello Centro per le famiglie" / DGR XII/1507 del 2023
    // (L2585).
    // Note: Budget: only a cap is quantified ("contributo regionale massimo annuale pari a 70000 euro", DGR
    // 1507/23); national Fondo Famiglia and regional resources without amount. The contract cannot mark an amount
    // as a maximum (encoded as the line's amount, with the label).
    // Note: coDesigned: a planned co-design ("Si prevede di attivare").
    // Note: Results and outcome indicators are explicitly deferred to the co-design (L2612-2613): no target.
    {
      code: "16",
      form: "pdz-dgr-2167",
      heading: "CENTRO PER LE FAMIGLIE - Area di policy I)",
      policyArea: "I",
      policyAreaBasis: "field",
      leps: [],
      priority: null,
      title: "Centro per le famiglie",
      goals:
        "promuovere la genitorialità e il ruolo sociale, educativo e di cura delle famiglie; … sostenere e accompagnare il benessere delle relazioni familiari di fronte ai piccoli e grandi passaggi critici ed evolutivi della vita, con un'attenzione particolare alla gestione della conflittualità familiare; … sostenere e rafforzare il ruolo e le competenze educative dei genitori e di coloro che accompagnano il processo di crescita e di autonomia dei minori; … favorire e promuovere un maggiore protagonismo delle famiglie e delle associazioni (e.g. tramite la creazione di reti sociali sul territorio e la cittadinanza attiva).",
      actions: [
        { code: "1", title: "Informazione e orientamento delle famiglie", lines: [2585, 2585] },
        { code: "2", title: "Spazi di socializzazione informale per le famiglie", lines: [2585, 2585] },
        { code: "3", title: "Spazi di ascolto per famiglie", lines: [2585, 2585] },
        {
          code: "4",
          title:
            'Spazi di ascolto anche "tempestivo" per minori preadolescenti e adolescenti e loro genitori, anche in raccordo con altri interventi già presenti sui territori',
          lines: [2585, 2585],
        },
        { code: "5", title: "Potenziamento delle competenze genitoriali", lines: [2585, 2585] },
        {
          code: "6",
          title:
            "Promozione di attività ludico/culturali finalizzate a favorire la socializzazione delle famiglie",
          lines: [2585, 2585],
        },
        { code: "7", title: "Gruppi di mutuo aiuto e/o solidarietà tra famiglie", lines: [2585, 2585] },
        { code: "8", title: "Incontri intergenerazionali", lines: [2585, 2585] },
        { code: "9", title: "Orientamento e supporto al <i>care-giver</i>", lines: [2585, 2585] },
        { code: "10", title: "Interventi che favoriscono la conciliazione vita-lavoro", lines: [2585, 2585] },
      ],
      target:
        "Famiglie nella loro universalità, non necessariamente caratterizzate da vulnerabilità, con la finalità di valorizzare le competenze, promuovere il protagonismo familiare e il confronto fra pari quale importante stimolo per acquisire e implementare le risorse necessarie allo svolgimento del ruolo genitoriale-educativo",
      budget: {
        total: null,
        lines: [
          { fund: "altro", label: "Risorse Fondo Famiglia Nazionale", amount: null, lines: [2589, 2589] },
          {
            fund: "altro",
            label: "Risorse Regionali a disposizione delle ATS",
            amount: null,
            lines: [2589, 2589],
          },
          {
            fund: "altro",
            label: "Ai sensi DGR 1507/23 – contributo regionale massimo annuale",
            amount: "70000",
            printed: "70000 euro",
            lines: [2589, 2589],
          },
        ],
        text: "Risorse Fondo Famiglia Nazionale … Risorse Regionali a disposizione delle ATS … Ai sensi DGR 1507/23 – contributo regionale massimo annuale pari a 70000 euro",
        source: { document: DOCUMENTS.bustoArsizio, lines: [2589, 2589] },
      },
      staff:
        "Assistenti sociali dedicate alla decodifica del bisogno e all'orientamento; … Psicologi che non dovranno svolgere un'azione clinico terapeutica ma di … empowerment … e sviluppo di comunità, di formazione e facilitazione dei processi e di costruzione di interventi psicosociali di tipo partecipativo; qualora vi fosse necessità di un'azione clinico specialistica dovrà prevedere modalità di invio a servizi dedicati quali i consultori familiari; … Pedagogisti; … Mediatori familiari che non dovranno effettuare la presa in carico ma fornire orientamento e supporto e, nel caso, invio ai servizi dedicati; … Educatori professionali.",
      transversal: { answer: "si", areas: ["G"], text: "Sì, con G) Politiche giovanili e per i minori" },
      keyPoints: [
        { area: "G", point: "Rafforzamento reti sociali" },
        {
          area: "G",
          point: "Prevenzione e contenimento del disagio sociale e del suo impatto con la salute",
        },
        { area: "G", point: "Allargamento rete e coprogrammazione" },
        { area: "G", point: "Nuovi strumenti di governance" },
        { area: "I", point: "Caregiver femminile familiare" },
        { area: "I", point: "Sostegno secondo le specificità del contesto familiare" },
        { area: "I", point: "Invertire alcuni trend che minacciano la coesione sociale del territorio" },
        { area: "I", point: "Conciliazione vita-tempi" },
        { area: "I", point: "Tutela minori" },
        { area: "I", point: "Allargamento rete e coprogrammazione" },
        { area: "I", point: "Nuovi strumenti di governance" },
      ],
      asstInAnalysis: {
        answer: "si",
        text: "Sì, lo sviluppo della specifica progettazione potrà prevedere il coinvolgimento dell'ASST Valle Olona nella fase di analisi dei bisogni e di co-progettazione della struttura organizzativa",
        lines: [2593, 2593],
      },
      asstInDelivery: {
        answer: "si",
        text: "Sì. Si prevede la definizione di protocolli tra l'Ambito di Busto Arsizio (funzione di Hub ai sensi Linee Guida), l'ASST Valle Olona e i suoi servizi territoriali e specialistici e gli Enti del Terzo Settore del territorio (ruolo di Spoke ai sensi Linee Guida) e relative procedure tra servizi",
        lines: [2594, 2594],
      },
      cooperationWithOtherAmbiti: {
        answer: "no",
        text: "No, ma può prevedere l'attivazione di confronti e collaborazioni con gli altri Ambiti dell'ATS della Valle Olona con cui sono in corso coprogettazioni su altri LEPS",
        lines: [2595, 2595],
        ambiti: [],
      },
      continuity: { answer: "no", lines: [2596, 2596] },
      newService: { kind: "nuovo-servizio", text: "L'obiettivo prevede la definizione di un nuovo servizio" },
      premialProject: { answer: "no", lines: [2598, 2598] },
      coProgrammed: {
        answer: "si",
        text: "Si rispetto all'analisi del bisogno e della necessità di sviluppo della specifica progettazione, mediante la condivisione nel corso di specifico tavolo tematico",
        lines: [2600, 2600],
      },
      coDesigned: {
        answer: "si",
        text: "Si prevede di attivare una specifica attività di co-progettazione con gli ETS del territorio ai sensi dell'art. 55 del D.Lgs 117/17 e DM 72/21.",
        lines: [2601, 2601],
      },
      thirdSectorInvolvement: null,
      otherActors: { answer: "no", lines: [2603, 2603], actors: [] },
      needs: {
        text: "Rispetto al sistema dei servizi, uno dei principali bisogni rilevato è la ricomposizione di tutte le misure di welfare a sostegno della famiglia, ad oggi frammentate, per orientare il cittadino e facilitarne la fruizione i servizi di base.",
        indicators: [
          {
            text: "Numero di famiglie prese in carico / numero di famiglie intercettate dal Centro per le famiglie",
            lines: [2604, 2604],
          },
        ],
      },
      needKind: { kind: "bisogno-consolidato", text: "Bisogno consolidato" },
      preventionKind: ["promozionale", "preventivo"],
      preventionText: "Promozionale e preventivo",
      innovation: {
        answer: "si",
        text: "Sì, nella concretizzazione della presa in carico in forma integrata dei beneficiari target e nella realizzazione di azioni di welfare di comunità",
        lines: [2607, 2607],
      },
      digitalisation: { answer: "no", lines: [2608, 2608] },
      processIndicators: {
        text: "I Centri, proprio nella logica della filiera, saranno organizzati in Hub e Spoke e il capofila della rete nell'ambito del ruolo di Hub dovrà garantire: … i servizi di base … che afferiscono alle seguenti aree: … il coordinamento gestionale … , per il corretto funzionamento del Centro e la programmazione delle attività, l'organizzazione degli operatori, l'integrazione con gli altri soggetti e servizi territoriali, il raccordo con il livello regionale; … gestione amministrativa … , relativa agli aspetti procedurali connessi al rapporto con il personale che opera nel servizio e alle attività in esso realizzate; … attività di formazione e aggiornamento … rivolte a tutti gli operatori della rete",
        indicators: [
          { text: "numero incontri organizzati annualmente", lines: [2611, 2611] },
          { text: "numero di servizi coinvolti nel protocollo", lines: [2611, 2611] },
          { text: "numero di enti pubblici e privati coinvolti", lines: [2611, 2611] },
          { text: "numero di famiglie prese in carico annualmente", lines: [2611, 2611] },
        ],
      },
      outputIndicators: {
        text: "I risultati attesi e gli indicatori collegati saranno elaborati nel corso delle attività di co-progettazione e potranno prevedere: … i servizi di base (obbligatori); … i servizi integrativi afferenti alle aree di intervento identificati con DGR 1507/23 che qualificano l'azione dei Centri per la famiglia e sono modulati in base ai fabbisogni del territorio; … attività ulteriori, più specificamente rivolte a rispondere a esigenze peculiari di ciascun contesto territoriale (es. sportelli/attività dedicate a tematiche e/o target specifici).",
        indicators: [],
      },
      outcomeIndicators: {
        text: "Indicatori di <i>outcome</i> collegati saranno elaborati nel corso delle attività di co-progettazione",
        indicators: [],
      },
      targets: [],
      source: { document: DOCUMENTS.bustoArsizio, lines: [2578, 2613] },
    },
    // Scheda 17: Potenziamento rete antiviolenza e codice rosa (L2617-2651)
    // Slip L2642: "rafforzare le politiche riparative di sostegno integrandole Case rifugio, sostegno economico,
    // … ecc.)": the opening parenthesis is missing.
    // Note: code: position in the document. No heading line: the scheda starts with a Premessa (L2617, ordinary
    // tutela minori interventions excluded) and the form label "Scheda Piano di Zona prevista da DGR 2167/24"
    // (L2619); the I list names it "POTENZIAMENTO RETE ANTIVIOLENZA E CODICE ROSA" (L2572). Not a LEPS scheda.
    // priority: not marked → null.
    // Note: Form label "TITOLO DELL'INTERVENTO" (L2622).
    // Note: Budget: all four amounts are per year and for the whole Rete (not only the Ambito); no total printed.
    // The two regional calls are mapped to fund "altro", the Ambiti co-financing to risorse-comunali; the CAV
    // co-financing (ETS) to "altro".
    // Note: newService: neither enum value (existing services plus full application of the DM 24.11.2017
    // protocol) → kind null with the text.
    // Note: Outputs "incremento delle competenze …" and "incremento opportunità …" have no years or values to
    // compare: not typed as change targets. The action's "per un minimo di 5 anni" (ALER housing) is a condition
    // of the regional experiment, not a result target.
    {
      code: "17",
      form: "pdz-dgr-2167",
      policyArea: "I",
      policyAreaBasis: "field",
      leps: [],
      priority: null,
      title: "Potenziamento rete antiviolenza e codice rosa",
      goals:
        "Miglioramento dell'attività di intervento della Rete Interistituzionale Antiviolenza Territoriale, di cui il Comune di Busto Arsizio è capofila, definendo procedure di presa in carico più fluide tra Centri Antiviolenza e Case Rifugio, potenziando le relazioni e definendo procedure condivise con gli altri soggetti essenziali della rete (Forze dell'Ordine e Servizi Sanitari) e con i Servizi Sociali professionali di tutti i Comuni dei 4 ambiti territoriali coinvolti; … Incremento della visibilità della rete; … Superamento delle difficoltà relative all'accesso ai Pronto Soccorso per le donne vittime di violenza con l'attivazione del Codice Rosa negli ospedali dell'ASST Valle Olona.",
      actions: [
        {
          code: null,
          title: "attività di rete per il potenziamento dei nodi e la conoscenza reciproca",
          lines: [2624, 2624],
        },
        {
          code: null,
          title:
            "attività formative a favore delle forze dell'ordine del territorio (Polizia di Stato, Carabinieri, Polizia Locale), del personale sanitario dell'ASST Valle Olona attivo in pronto soccorso e delle assistenti sociali dei comuni degli ambiti rispetto agli strumenti di valutazione del rischio (Sara e SaraS) e delle procedure di presa in carico da parte dei Centri Antiviolenza e/o di collocamento presso Case Rifugio",
          lines: [2624, 2624],
        },
        { code: null, title: "il potenziamento delle attività di comunicazione", lines: [2624, 2624] },
        {
          code: null,
          title:
            "attivazione di misure di sostegno all'autonomia lavorativa e abitativa per donne in uscita dal percorso di sostegno attivando una rete territoriale multi-agency (Centro per L'Impiego, enti accreditati ai servizi al lavoro e ai servizi formativi, agenzie interinali, altri ETS attivi sul territorio per l'accoglienza temporanea)",
          lines: [2624, 2624],
        },
        {
          code: null,
          title:
            "supportare i CAV nel proseguimento della sperimentazione avviata nel 2023, in collaborazione con la Direzione Generale Casa e Housing Sociale, volta a individuare degli immobili di proprietà di ALER da destinare alle donne vittime di violenza e ai loro figli per un minimo di 5 anni senza spese di canone a loro carico",
          lines: [2624, 2624],
        },
      ],
      target: "Donne vittime di violenza di genere con o senza figli vittime di violenza assistita",
      budget: {
        total: null,
        lines: [
          {
            fund: "altro",
            label:
              "Risorse Bando Regione Lombardia sostegno ordinario alle attività dei Centri Antiviolenza e delle case di ospitalità (Case rifugio e strutture di accoglienza di secondo livello)",
            amount: "280000",
            printed: "circa 280.000 euro per anno per l'intera Rete",
            lines: [2626, 2626],
          },
          {
            fund: "altro",
            label:
              "Risorse Bando Regione Lombardia Percorsi di autonomia abitativa e lavorativa donne vittime di violenza",
            amount: "35000",
            printed: "circa 35.000 euro per anno per l'intera Rete",
            lines: [2626, 2626],
          },
          {
            fund: "risorse-comunali",
            label: "Risorse di cofinanziamento Ambiti Territoriali Sociali",
            amount: "25000",
            printed: "circa 25.000 euro anno per l'intera Rete",
            lines: [2626, 2626],
          },
          {
            fund: "altro",
            label: "Risorse cofinanziamento CAV",
            amount: "60000",
            printed: "circa 60 mila euro per anno",
            lines: [2626, 2626],
          },
        ],
        text: "Risorse Bando Regione Lombardia sostegno ordinario alle attività dei Centri Antiviolenza e delle case di ospitalità (Case rifugio e strutture di accoglienza di secondo livello) – circa 280.000 euro per anno per l'intera Rete … Risorse Bando Regione Lombardia Percorsi di autonomia abitativa e lavorativa donne vittime di violenza – circa 35.000 euro per anno per l'intera Rete … Risorse di cofinanziamento Ambiti Territoriali Sociali – circa 25.000 euro anno per l'intera Rete … Risorse cofinanziamento CAV – circa 60 mila euro per anno",
        source: { document: DOCUMENTS.bustoArsizio, lines: [2626, 2626] },
      },
      staff:
        "Coordinatore Rete Antiviolenza – supporto alle azioni di rete … Assistenti sociali comunali – supporto al nucleo familiare … Risorse personale ETS – CAV e soggetti gestori Case Rifugio - segretariato sociale, servizi di assistenza sociale, servizi di supporto psicologico, supporto educativo in presenza di minori, supporto nei percorsi di autonomia abitativa e lavorativa … Personale Centro per l'impiego – servizi al lavoro … Personale Agenzie accreditate e/o autorizzate per la formazione e il lavoro da Regione Lombardia – servizi formativi e servizi al lavoro",
      transversal: {
        answer: "si",
        areas: ["B", "H"],
        text: "Si, con B) Politiche abitative e H) Interventi connessi alle politiche per il lavoro",
      },
      keyPoints: [
        { area: "B", point: "Allargamento della platea dei soggetti a rischio" },
        { area: "B", point: "Vulnerabilità multidimensionale" },
        { area: "B", point: "Qualità dell'abitare" },
        { area: "B", point: "Allargamento della rete e coprogrammazione" },
        { area: "H", point: "Allargamento della rete e coprogrammazione" },
        { area: "H", point: "Presenza di nuovi soggetti a rischio/nuova utenza rispetto al passato" },
        { area: "H", point: "Nuovi strumenti di governance" },
        { area: "I", point: "Sostegno secondo le specificità del contesto familiare" },
        { area: "I", point: "Conciliazione vita-tempi" },
        { area: "I", point: "Tutela minori" },
        { area: "I", point: "Allargamento rete e coprogrammazione" },
        { area: "I", point: "Presenza di nuovi soggetti a rischio/nuova utenza rispetto al passato" },
        { area: "I", point: "Nuovi strumenti di governance" },
      ],
      asstInAnalysis: {
        answer: "si",
        text: "Si, l'attività di co-progettazione dell'intervento Codice Rosa ha previsto il coinvolgimento dell'ASST Valle Olona nella fase di analisi dei bisogni e di definizione della struttura organizzativa in base al DM 24.11.2017 \"Linee guida nazionali per le Aziende sanitarie e le Aziende ospedaliere in tema di soccorso e assistenza socio-sanitaria alle donne vittime di violenza\"",
        lines: [2631, 2631],
      },
      asstInDelivery: {
        answer: "si",
        text: "Si, il progetto in corso prevede il coinvolgimento dei Pronto Soccorso dei presidi ospedalieri dell'ASST Valle Olona nell'applicazione del Codice Rosa di cui al DM 24.11.2017",
        lines: [2632, 2632],
      },
      cooperationWithOtherAmbiti: {
        answer: "si",
        text: "Si, congiuntamente con gli altri Ambiti aderenti alla Rete Territoriale Interistituzionale Antiviolenza degli Ambiti di Busto Arsizio (capofila), Gallarate, Saronno e Somma Lombardo, oltre all'Ambito di Castellanza, nel corso del progetto sovra-zonale elaborato nel corso del Piano di Zona 2021-24, afferenti il territorio di competenza dell'ASST Valle Olona.",
        lines: [2633, 2633],
        ambiti: ["Gallarate", "Saronno", "Somma Lombardo", "Castellanza"],
      },
      continuity: { answer: "si", lines: [2634, 2634] },
      newService: {
        kind: null,
        text: "L'obiettivo prevede sia l'erogazione di servizi già in essere quanto la piena applicazione del protocollo operativo previsto dal DM 24.11.2017 su tutto il territorio di competenza dell'ASST Valle Olona.",
      },
      premialProject: {
        answer: "si",
        text: 'Si, rispetto al progetto sovrazonale "Codice Rosa presso i Pronto Soccorso degli ospedali dell\'ASST Valle Olona"',
        lines: [2636, 2636],
        project: "Codice Rosa presso i Pronto Soccorso degli ospedali dell'ASST Valle Olona",
      },
      coProgrammed: {
        answer: "si",
        text: "Si rispetto i vari assi di intervento … Attività della Rete … Codice Rosa … Attivazione dei CAV e Case Rifugio in merito al supporto alle donne vittime di violenza nella fase di reintroduzione nel contesto sociale con lo sviluppo di progetti in ambito lavorativo e in ambito di ricerca di soluzioni abitative",
        lines: [2637, 2637],
      },
      coDesigned: {
        answer: "si",
        text: "Si sono state attivate specifiche attività di co-progettazione con gli ETS del territorio ai sensi dell'art. 55 del D.Lgs 117/17 e DM 72/21.",
        lines: [2638, 2638],
      },
      thirdSectorInvolvement: null,
      otherActors: {
        answer: "si",
        text: "Si, … ATS Insubria – Rete di Indirizzo … Provincia di Varese – Centri per l'Impiego, … altre agenzie per il lavoro, … agenzie immobiliari",
        lines: [2641, 2641],
        actors: [
          "ATS Insubria – Rete di Indirizzo",
          "Provincia di Varese – Centri per l'Impiego",
          "altre agenzie per il lavoro",
          "agenzie immobiliari",
        ],
      },
      needs: {
        text: "Bisogno di … programmazione coordinata e integrata territoriale interistituzionale al fine di costruire interventi efficaci ed efficienti per donne vittime di violenza di genere e i loro figli, sia nelle fasi emergenziali che nei percorsi di autonomia abitativa e lavorativa, valorizzando il lavoro di rete … rafforzare le politiche riparative di sostegno integrandole Case rifugio, sostegno economico, uscita dalla condizione di violenza per donne e minori, ecc.) per risolvere le criticità inerenti all'effettiva integrazione con altri percorsi di intervento … che alle volte faticano a trovare una ricomposizione unitaria degli interventi",
        indicators: [
          {
            text: "N. di soggetti attivi nel contrasto della violenza di genere coinvolti al T0 (2025)",
            lines: [2642, 2642],
          },
        ],
      },
      needKind: { kind: "bisogno-consolidato", text: "Bisogno consolidato" },
      preventionKind: ["riparativo"],
      preventionText: "Riparativo",
      innovation: {
        answer: "si",
        text: "Si, sia a livello di coordinamento tra Reti Antiviolenza (Rete di Indirizzo con ATS Insubria e Reti Varese e Como), sia rispetto alla modalità di presa in carico delle beneficiarie nei percorsi di reinserimento nel contesto socio-economico-abitativo (figura coach lavorativo/abitativo)",
        lines: [2645, 2645],
      },
      digitalisation: {
        answer: "si",
        text: "Si, con la condivisione online di dati e strumenti di lavoro tra Enti Pubblici e ETS aderenti alla Rete di Intervento.",
        lines: [2646, 2646],
      },
      processIndicators: {
        text: "Attivazione co-progettazione … Tenuta della rete",
        indicators: [
          { text: "indicatori incontri di condivisione", lines: [2647, 2647] },
          { text: "qualità del lavoro di rete", lines: [2647, 2647] },
          { text: "presenza risorse di cofinanziamento fornito dagli ambiti", lines: [2647, 2647] },
          { text: "n. incontri di rete realizzati", lines: [2647, 2647] },
          { text: "n. incontri formativi realizzati presso nuovi soggetti", lines: [2647, 2647] },
        ],
      },
      outputIndicators: {
        text: "I risultati attesi",
        indicators: [
          {
            text: "n. di soggetti aderenti alla rete partecipanti alle cabine di regia",
            lines: [2648, 2648],
          },
          { text: "incremento delle competenze degli attori di rete formati", lines: [2648, 2648] },
          {
            text: "incremento opportunità di inserimento lavorativo e abitativo per le donne avviate al percorso di autonomia",
            lines: [2648, 2648],
          },
          { text: "numero di soggetti aderenti alla rete multi-agency", lines: [2650, 2650] },
        ],
      },
      outcomeIndicators: {
        text: null,
        indicators: [
          {
            text: "qualità della presa in carico condivisa della donna vittima di violenza da analizzare tramite questionari anonimi specifici per le beneficiarie e focus group tra operatori",
            lines: [2651, 2651],
          },
        ],
      },
      targets: [
        {
          id: "IN-T0",
          kind: "baseline",
          measure: "N. di soggetti attivi nel contrasto della violenza di genere coinvolti (T0 2025)",
          text: "N. di soggetti attivi nel contrasto della violenza di genere coinvolti al T0 (2025)",
          lines: [2642, 2642],
        },
      ],
      source: { document: DOCUMENTS.bustoArsizio, lines: [2617, 2651] },
    },
    // Scheda 18: DISABILITY MANAGER (L2704-2740)
    // Note: code: position in the document. Form header "Scheda LEPS Piano di Zona prevista da DGR 2167/24"
    // (L2706) but no LEPS is named: leps empty. priority: not marked → null.
    // Note: Actions are grouped under "a livello di interventi di sistema" (L2711) and "a livello di interventi
    // diretti in collaborazione con il Disability Manager" (L2713); no codes printed.
    // Note: Targets: the output indicators (L2739) carry no thresholds; the quantified/dated items printed in the
    // actions (regulations adapted by end of November 2025; the first two accessible routes) and in the need
    // indicators (guidelines applied in 2025) are typed as targets, unlinked to action codes (none printed).
    // Note: Budget: not definable at this stage (to be mapped while drafting the PEBA): no lines.
    {
      code: "18",
      form: "pdz-dgr-2167",
      heading: "DISABILITY MANAGER - Area di policy J)",
      policyArea: "J",
      policyAreaBasis: "field",
      leps: [],
      priority: null,
      title: "DISABILITY MANAGER",
      goals:
        "Promozione dell'autonomia e inclusione delle persone con disabilità, nel rispetto dei principi definiti dalla Convenzione ONU sui Diritti delle Persone con Disabilità, approvata dall'Assemblea Generale delle Nazioni Unite nel 2006 e ratificata in Italia con la Legge n. 18 del 2009. … cambiamento di visione nella realizzazione di opere pubbliche da parte del Comune di Busto Arsizio, tenendo in considerazione i bisogni delle persone con disabilità sotto diversi profili (motorio, sensoriale, intellettuale) per favorire l'accessibilità al territorio e la vita indipendente del cittadino",
      actions: [
        {
          code: null,
          title:
            "concreta adozione Convenzione ONU sui diritti delle persone con disabilità del 13 dicembre 2006, ratificata in Italia con la Legge n. 18 del 3 marzo 2009 facendo propri i principi in essa contenuti;",
          lines: [2711, 2711],
        },
        {
          code: null,
          title:
            'applicazione a tutti i settori comunali delle "Linee guida di intervento per promuovere la piena inclusione delle persone con disabilità nella Città di Busto Arsizio" e delle "Linee guida per la redazione del Piano di eliminazione delle barriere architettoniche (PEBA) del Comune di Busto Arsizio" approvate con Delibera di Consiglio Comunale n.41 dell\'8 novembre 2024',
          lines: [2711, 2711],
        },
        {
          code: null,
          title:
            "adeguamento da parte della Giunta entro fine novembre 2025 dei Regolamenti Comunali che necessitano di essere revisionati al fine di rimuovere ogni barriera alla mobilità e all'inclusione delle persone con disabilità in collaborazione con il <i>Disability Manager</i>;",
          lines: [2711, 2711],
        },
        {
          code: null,
          title: "costante verifica e valutazione opere progetti PNRR in corso",
          lines: [2713, 2713],
        },
        { code: null, title: "progettazione di primi due percorsi accessibili", lines: [2713, 2713] },
      ],
      target: "Persone con disabilità",
      budget: {
        total: null,
        lines: [],
        text: "Non definibili nella presente fase di realizzazione in quanto da realizzarsi mappatura dei bisogni nel corso della redazione del PEBA",
        source: { document: DOCUMENTS.bustoArsizio, lines: [2715, 2715] },
      },
      staff:
        "Disability manager – consulenza specialistica Personale uffici tecnici Personale tecnico e amministrativo tutti assessorati",
      transversal: {
        answer: "si",
        areas: ["E", "K"],
        text: "Sì E) Anziani e K) Interventi di sistema per il potenziamento dell'Ufficio di Piano e il rafforzamento della gestione associata",
      },
      keyPoints: [
        { area: "J", point: "Nuovi strumenti di governance" },
        { area: "J", point: "Contrasto all'isolamento" },
        { area: "E", point: "Autonomia e domiciliarità" },
        { area: "K", point: "Revisione/potenziamento degli strumenti di governance dell'Ambito" },
      ],
      asstInAnalysis: { answer: "no", lines: [2719, 2719] },
      asstInDelivery: { answer: "no", lines: [2720, 2720] },
      cooperationWithOtherAmbiti: { answer: "no", lines: [2721, 2721], ambiti: [] },
      continuity: { answer: "si", lines: [2722, 2722] },
      newService: { kind: "nuovo-servizio", text: "Nuovo servizio" },
      premialProject: { answer: "no", lines: [2724, 2724] },
      coProgrammed: {
        answer: "si",
        text: "Sì con il coinvolgimento degli Enti del Terzo Settore nei tavoli di programmazione zonale",
        lines: [2725, 2725],
      },
      coDesigned: { answer: "no", lines: [2726, 2726] },
      thirdSectorInvolvement:
        "Possibilità di segnalazioni necessità di intervento e costante confronto rispetto a interventi posti in essere",
      otherActors: { answer: "no", lines: [2728, 2728], actors: [] },
      needs: {
        text: "Eliminare o evitare barriere architettoniche, sensoriali e culturali",
        indicators: [
          { text: "adozione Convenzione ONU sui diritti delle persone con disabilità", lines: [2733, 2733] },
          {
            text: "applicazione “Linee guida di intervento per promuovere la piena inclusione delle persone con disabilità nella Città di Busto Arsizio” nel 2025",
            lines: [2733, 2733],
          },
          {
            text: "applicazione “Linee guida per la redazione del Piano di eliminazione delle barriere architettoniche (PEBA) del Comune di Busto Arsizio” nel 2025",
            lines: [2733, 2733],
          },
        ],
      },
      needKind: { kind: "bisogno-consolidato", text: "Bisogno consolidato" },
      preventionKind: ["preventivo", "riparativo"],
      preventionText: "Preventivo e riparativo",
      innovation: {
        answer: "si",
        text: "Sì, mediante … l’adozione delle Linee Guida, … la modifica dei regolamenti … l’attivazione del Disability Manager",
        lines: [2736, 2736],
      },
      digitalisation: { answer: "no", lines: [2737, 2737] },
      processIndicators: {
        text: null,
        indicators: [
          { text: "N. attivazioni Disability Manager.", lines: [2738, 2738] },
          { text: "n. azioni/attività di condivisione delle informazioni.", lines: [2738, 2738] },
          { text: "n. settori comunali coinvolti", lines: [2738, 2738] },
        ],
      },
      outputIndicators: {
        text: null,
        indicators: [
          { text: "N. regolamenti comunali adeguati", lines: [2739, 2739] },
          { text: "N. percorsi accessibili progettati nel rispetto delle Linee Guida", lines: [2739, 2739] },
          { text: "N. progetti PNRR verificati da Disability Manager", lines: [2739, 2739] },
        ],
      },
      outcomeIndicators: {
        text: "Superamento barriere architettoniche, sensoriali e culturali",
        indicators: [{ text: "Indicatore - questionari o focus group", lines: [2740, 2740] }],
      },
      targets: [
        {
          id: "AZ-REG",
          kind: "deliverable",
          deliverable: "Regolamenti Comunali adeguati dalla Giunta",
          due: "2025-11-30",
          text: "adeguamento da parte della Giunta entro fine novembre 2025 dei Regolamenti Comunali",
          lines: [2711, 2711],
        },
        {
          id: "AZ-PERC",
          kind: "count-at-least",
          min: 2,
          unit: "percorsi accessibili progettati",
          per: "triennium",
          text: "progettazione di primi due percorsi accessibili",
          lines: [2713, 2713],
        },
        {
          id: "IN-LG1",
          kind: "deliverable",
          deliverable: "applicazione delle Linee guida per la piena inclusione delle persone con disabilità",
          due: "2025-12-31",
          text: "applicazione “Linee guida di intervento per promuovere la piena inclusione delle persone con disabilità nella Città di Busto Arsizio” nel 2025",
          lines: [2733, 2733],
        },
        {
          id: "IN-LG2",
          kind: "deliverable",
          deliverable: "applicazione delle Linee guida per la redazione del PEBA",
          due: "2025-12-31",
          text: "applicazione “Linee guida per la redazione del Piano di eliminazione delle barriere architettoniche (PEBA) del Comune di Busto Arsizio” nel 2025",
          lines: [2733, 2733],
        },
      ],
      source: { document: DOCUMENTS.bustoArsizio, lines: [2704, 2740] },
    },
    // Scheda 19: LA CASA AL CENTRO (L2742-2772)
    // Slip L2751-2752: "D) Domiciliarietà" (typo for Domiciliarità) in the transversality field and in the key
    // points.
    // Note: code: position in the document. No heading line: the form starts at L2742 ("Scheda LEPS Piano di Zona
    // prevista da DGR 2167/24"); the J list names it "LA CASA AL CENTRO" (L2698). It names no LEPS (PNRR 1.2
    // "Persone con disabilità" project): leps empty. priority: not marked → null.
    // Note: Actions A-C each carry one sub-action (valutazione multidimensionale del bisogno; progetto di
    // cohousing with 4 unità abitative; percorsi di accompagnamento al lavoro con tirocinio, L2747), not encoded
    // as separate actions; the 4 housing units are typed as target AZ-B.
    // Note: Budget: PNRR 400.000 (investment) + 315.000 euro (ETS staff 2024-2026); no total printed.
    // Note: asstInDelivery: no SI/NO printed; ASST involvement is conditional ("In caso di necessità specifica
    // del beneficiario") → answer null. otherActors: actors listed without SI/NO → answer null.
    // Note: Output "N. di beneficiari che permangono in una soluzione abitativa per almeno sei mesi": duration
    // qualifier, no count threshold; not typed.
    {
      code: "19",
      form: "pdz-dgr-2167",
      policyArea: "J",
      policyAreaBasis: "field",
      leps: [],
      priority: null,
      title: "LA CASA AL CENTRO",
      goals:
        "Promuovere la realizzazione di soluzioni innovative che offrano alle persone con disabilità medio/grave la possibilità di esercitare il diritto di vivere nella società, con la stessa libertà di scelta e autonomia propria di tutte le persone, trovando alternative possibili all'istituzionalizzazione",
      actions: [
        { code: "A", title: "Definizione e attivazione del progetto individualizzato", lines: [2747, 2747] },
        {
          code: "B",
          title: "Abitazione: adattamento degli spazi, domotica e assistenza a distanza",
          lines: [2747, 2747],
        },
        {
          code: "C",
          title:
            "Lavoro: sviluppo delle competenze digitali per le persone con disabilità coinvolte nel progetto e lavoro a distanza",
          lines: [2747, 2747],
        },
      ],
      target: "Persone con disabilità in età lavorativa",
      budget: {
        total: null,
        lines: [
          {
            fund: "pnrr",
            label: "Risorse PNRR",
            amount: "400000",
            printed: "400.000 euro",
            lines: [2749, 2749],
          },
          {
            fund: "pnrr",
            label: "Risorse PNRR",
            amount: "315000",
            printed: "315.000 euro",
            lines: [2749, 2749],
          },
        ],
        text: "Risorse PNRR 400.000 euro per costi di investimento … Risorse PNRR 315.000 euro per costi di gestione - personale ETS periodo 2024-2026",
        source: { document: DOCUMENTS.bustoArsizio, lines: [2749, 2749] },
      },
      staff:
        "Responsabile Ufficio di Piano – coordinamento progetto … Consulente Ufficio di Piano – supporto tecnico azioni di progetto … Assistenti sociali comunali – Equipe multidisciplinare valutazione … Coordinatori ETS – Equipe multidisciplinare valutazione e coordinamento … Educatori / operatori sociali – azioni di progetto … Mediatori al lavoro – azioni di progetto … Personale uffici tecnici",
      transversal: {
        answer: "si",
        areas: ["B", "D"],
        text: "Si … B) Politiche abitative … D) Domiciliarietà",
      },
      keyPoints: [
        {
          area: "J",
          point: "Filiera integrata che accompagni la persona nel percorso di vita fino al Dopo di Noi",
        },
        { area: "J", point: "Rafforzamento delle reti sociali" },
        { area: "J", point: "Nuovi strumenti di governance" },
        { area: "J", point: "Contrasto all'isolamento" },
        { area: "B", point: "Qualità dell'abitare" },
        { area: "B", point: "Vulnerabilità multidimensionale" },
        { area: "D", point: "Flessibilità" },
        { area: "D", point: "Tempestività della risposta" },
        { area: "D", point: "Allargamento del servizio a nuovi soggetti" },
      ],
      asstInAnalysis: { answer: "no", lines: [2753, 2753] },
      asstInDelivery: {
        answer: null,
        text: "In caso di necessità specifica del beneficiario, potrà essere coinvolta l'ASST Valle Olona nelle attività di UVM e/o nell'erogazione di servizi domiciliari",
        lines: [2755, 2755],
      },
      cooperationWithOtherAmbiti: { answer: "no", lines: [2756, 2756], ambiti: [] },
      continuity: { answer: "si", lines: [2757, 2757] },
      newService: { kind: "nuovo-servizio", text: "Nuovo servizio" },
      premialProject: { answer: "no", lines: [2759, 2759] },
      coProgrammed: {
        answer: "si",
        text: "Sì con il coinvolgimento degli Enti del Terzo Settore nei tavoli di programmazione zonale",
        lines: [2760, 2760],
      },
      coDesigned: {
        answer: "si",
        text: "Sì, tramite avviso di manifestazione pubblica ai sensi dell'art. 55 del DLgs. 117/17 e del DM 72/21",
        lines: [2761, 2761],
        acts: [
          {
            kind: "avviso",
            text: "avviso di manifestazione pubblica ai sensi dell'art. 55 del DLgs. 117/17 e del DM 72/21",
            lines: [2761, 2761],
          },
        ],
      },
      thirdSectorInvolvement: null,
      otherActors: {
        answer: null,
        text: "Provincia di Varese – Centro per l'Impiego Servizio SIL Agenzie private di formazione accreditate in Regione Lombardia Agenzie per il lavoro accreditate in Regione Lombardia",
        lines: [2763, 2763],
        actors: [
          "Provincia di Varese – Centro per l'Impiego Servizio SIL",
          "Agenzie private di formazione accreditate in Regione Lombardia",
          "Agenzie per il lavoro accreditate in Regione Lombardia",
        ],
      },
      needs: {
        text: "Accelerazione del processo di de-istituzionalizzazione fornendo servizi sociali e sanitari di comunità e domiciliari alle persone con disabilità, al fine di migliorarne l'autonomia e offrire loro opportunità di accesso nel mondo del lavoro, anche attraverso la tecnologia informatica.",
        indicators: [{ text: "N. beneficiari valutati da equipe multidisciplinare", lines: [2764, 2764] }],
      },
      needKind: { kind: "bisogno-consolidato", text: "Bisogno consolidato" },
      preventionKind: ["preventivo", "riparativo"],
      preventionText: "Preventivo e riparativo",
      innovation: {
        answer: "si",
        text: "Sì, mediante valutazione e presa in carico multidimensionale",
        lines: [2767, 2767],
      },
      digitalisation: {
        answer: "si",
        text: "Sì, avvalendosi di strumenti digitali di gestione e monitoraggio delle casistiche in carico condivisi tra Servizi Sociali comunali e ETS",
        lines: [2768, 2768],
      },
      processIndicators: {
        text: "Realizzazione attività co-progettate … Misure di intervento",
        indicators: [
          {
            text: "n. incontri equipe multidisciplinare per valutazione e definizione progetti individualizzati",
            lines: [2770, 2770],
          },
          { text: "qualità del lavoro di rete", lines: [2770, 2770] },
          { text: "n. di progetti individuali elaborati dall'equipe multidisciplinare", lines: [2770, 2770] },
          { text: "capacità di tenuta del beneficiario nei percorsi di autonomia", lines: [2770, 2770] },
        ],
      },
      outputIndicators: {
        text: null,
        indicators: [
          { text: "Realizzati almeno 12 percorsi di vita autonoma", lines: [2771, 2771] },
          {
            text: "Miglioramento della condizione di vita delle persone con disabilità",
            lines: [2771, 2771],
          },
          { text: "Realizzazione tirocini di inclusione sociale", lines: [2771, 2771] },
          {
            text: "N. di beneficiari che permangono in una soluzione abitativa per almeno sei mesi",
            lines: [2771, 2771],
          },
        ],
      },
      outcomeIndicators: {
        text: null,
        indicators: [
          {
            text: "Attivazione della comunità accogliente ed educante a supporto dell'intervento dell'ETS gestore e del personale del servizio professionale comunale",
            lines: [2772, 2772],
          },
          {
            text: "Aumento occupabilità per i giovani disabili che solitamente faticano a trovare una collocazione nel mondo del lavoro",
            lines: [2772, 2772],
          },
          {
            text: "Risparmio di risorse in futuro da parte delle istituzioni pubbliche in quanto i partecipanti al progetto saranno in grado di vivere con minore assistenza pubblica evitando anche ricoveri precoci in strutture residenziali",
            lines: [2772, 2772],
          },
        ],
      },
      targets: [
        {
          id: "O-1",
          kind: "count-at-least",
          min: 12,
          unit: "percorsi di vita autonoma realizzati",
          per: "triennium",
          text: "Realizzati almeno 12 percorsi di vita autonoma",
          lines: [2771, 2771],
        },
        {
          id: "AZ-B",
          action: "B",
          kind: "count-at-least",
          min: 4,
          unit: "unità abitative realizzate (cohousing, immobile comunale ristrutturato)",
          per: "triennium",
          text: "ristrutturazione immobile comunale con realizzazione di 4 unità abitative",
          lines: [2747, 2747],
        },
      ],
      source: { document: DOCUMENTS.bustoArsizio, lines: [2742, 2772] },
    },
    // Scheda 20: Punti Unici di Accesso (PUA) integrati e UVM: incremento operatori sociali (L2774-2838)
    // Slip L2809-2811: Impact targets compare "N persone … anno 2026" with "N. persone e/o nuclei familiari …
    // anno 2025" (different units on the two sides of ">"; same in the PPT, L2838).
    // Note: code: position in the document. No heading line: the form starts at L2774 ("Scheda LEPS Piano di Zona
    // prevista da DGR 2167/24") in the J section; the J list (L2696), the E list (L2162) and the K list (L2872)
    // name it "LEPS – PUNTI UNICI DI ACCESSO (PUA) INTEGRATI E UVM: INCREMENTO OPERATORI SOCIALI". In the K
    // section a heading "… - Area di policy K)" (L2874) and the label "Scheda Piano di Zona prevista da DGR
    // 2167/24" (L2876) follow, but the seed ends at L2877 with no form body there: nothing to encode (the domain
    // map's "L2872-2878" runs past the end of the file).
    // Note: policyArea: the AREA DI POLICY field prints J) (L2781); the scheda is also listed under E and K.
    // Note: priority: not marked → null. Premessa (L2778-2779): co-designed by the five Ambiti with ASST Valle
    // Olona; budget, staff and Third-Sector sections personalised per Ambito.
    // Note: Budget: a unit cost ("€ 40.000,00 annui per ogni assistente sociale", FNA), not a total; the number
    // of social workers is not printed, so no total or yearly amount can be derived.
    // Note: Targets A1-AQ / A1-PR: "realizzazione di n. 1 accordo quadro e di n. 1 protocollo" typed as two
    // deliverables; the yearly milestones (definizione e sottoscrizione 2025, attivazione 2026, monitoraggio
    // 2027) as dated deliverables.
    // Note: The PPT sub-form (L2814-2838, "Allegato PPT - “Punti unici di accesso (PUA) integrati e UVM:
    // incremento operatori sociali”") says it adopts the DGR indicators of the LEPS "Valutazione
    // Multidimensionale progetto personalizzato" and PUA, but lists only the PUA ones; only pua-integrati-uvm is
    // in `leps`.
    // Note: PPT data not placeable: criticità (L2818); matrix AT 1 Valutazione × LI 1-LI 7 (all seven,
    // L2819-2826); destinatari (L2827); descrizione (équipe integrata di ambito at the PUA of the Case della
    // Comunità, L2828-2832); ambito "Tutti i Distretti dell'ASST Valle Olona." (L2833); attori "ASST, Cure
    // Primarie, Ambiti Territoriali Sociali" (L2834); risorse ASST "IFeC, Medico di Distretto, Psicologo, Medici
    // Specialisti, Fisioterapista, Educatore, …" (L2835); "Si PdZ … Si PPT" (L2836); Anno Avvio / Anno Fine
    // 2025-2027 (L2837). Its expected results are typed as targets PPT-*.
    {
      code: "20",
      form: "pdz-dgr-2167",
      policyArea: "J",
      policyAreaBasis: "field",
      leps: ["pua-integrati-uvm"],
      lepsPrinted: [{ text: "Punti Unici di Accesso (PUA) integrati e UVM: incremento operatori sociali" }],
      priority: null,
      title: "Punti Unici di Accesso (PUA) integrati e UVM: incremento operatori sociali",
      goals:
        "Realizzazione insieme ad ASST e ATS di obiettivi, in collaborazione con gli ETS, al fine di rafforzare la Valutazione multidimensionale e l'efficacia delle équipe integrate. … Coinvolgimento degli enti del Terzo Settore nella realizzazione del piano assistenziale individualizzato. … Definire un accordo quadro a livello di ATS e un protocollo/procedura operativa di Distretto per il funzionamento dell'équipe integrata tra Ambito territoriale sociale e ambito sanitario per la valutazione multidimensionale. … Assicurare la partecipazione della figura dell'assistente sociale comunale o di Ambito all'interno del Punto Unico di Accesso (PUA) delle Case di Comunità.",
      actions: [
        {
          code: "Azione 1",
          title:
            "Definizione di un Accordo Quadro a livello di ATS Insubria, ASST Valle Olona e Ambiti afferenti all'ASST Valle Olona e di un Protocollo operativo per ogni Distretto sociosanitario, per garantire l'effettiva operatività delle équipe, compiti e ruoli dei diversi attori.",
          lines: [2784, 2784],
        },
        {
          code: "Azione 2",
          title:
            "Partecipazione dell'assistente sociale dell'Ambito alle valutazioni dell'équipe multidisciplinare dell'ASST.",
          lines: [2784, 2784],
        },
        {
          code: "Azione 3",
          title:
            "Favorire uno scambio e condivisione di informazioni su prestazioni, interventi e risorse da mettere a disposizione dei cittadini dell'Ambito di Busto Arsizio",
          lines: [2784, 2784],
        },
        {
          code: "Azione 4",
          title:
            "mantenimento del Tavolo operativo con ASST, Ambiti Territoriali e ATS per il monitoraggio della realizzazione del LEPS.",
          lines: [2784, 2784],
        },
      ],
      target:
        "Cittadini dell'Ambito Territoriale/Distretto – nuclei/singoli con bisogni sociali e/o sociosanitari complessi.",
      budget: {
        total: null,
        lines: [
          {
            fund: "fna",
            label: "FNA",
            amount: "40000",
            printed: "€ 40.000,00 annui per ogni assistente sociale.",
            lines: [2786, 2786],
          },
        ],
        text: "FNA € 40.000,00 annui per ogni assistente sociale.",
        source: { document: DOCUMENTS.bustoArsizio, lines: [2786, 2786] },
      },
      staff:
        "Figura dell'assistente sociale comunale o di Ambito all'interno del Punto Unico di Accesso (PUA) delle Case di Comunità.",
      transversal: {
        answer: "si",
        areas: ["D", "E", "K"],
        text: "SI … D) domiciliarità … E) anziani … K) interventi di sistema per il potenziamento dell'ufficio di piano e rafforzamento della gestione associata",
      },
      keyPoints: [
        { area: "D", point: "Flessibilità" },
        { area: "D", point: "Tempestività della risposta" },
        { area: "D", point: "Allargamento del servizio a nuovi soggetti" },
        { area: "D", point: "Ampliamento dei supporti forniti all'utenza" },
        { area: "D", point: "Allargamento della rete e coprogrammazione" },
        { area: "D", point: "Nuova utenza rispetto al passato" },
        { area: "D", point: "Nuovi strumenti di governance" },
        { area: "E", point: "Autonomia e domiciliarità" },
        { area: "E", point: "Personalizzazione dei servizi" },
        { area: "E", point: "Accesso ai servizi" },
        { area: "E", point: "Ruolo delle famiglie e del caregiver" },
        { area: "E", point: "Sviluppo azioni LR 15/2015" },
        { area: "K", point: "Rafforzamento della gestione associata dell'Ambito di Busto Arsizio" },
        { area: "K", point: "Revisione/potenziamento degli strumenti di governance dell'Ambito" },
        {
          area: "K",
          point:
            "Applicazione di strumenti e processi di digitalizzazione per la gestione/organizzazione dell'Ambito",
        },
      ],
      asstInAnalysis: { answer: "si", lines: [2791, 2791] },
      asstInDelivery: {
        answer: "si",
        text: "SI, ASST è coinvolta nella realizzazione di tutte le azioni sopraindicate. I compiti verranno dettagliati nel Protocollo",
        lines: [2792, 2792],
      },
      cooperationWithOtherAmbiti: {
        answer: "si",
        text: "Sì, in quanto gli Ambiti dell'ASST Valle Olona collaboreranno nella definizione di un unico accordo quadro e dei protocolli operativi per la realizzazione del servizio e ne monitoreranno l'applicazione nei tavoli operativi.",
        lines: [2793, 2793],
        ambiti: ["Ambiti dell'ASST Valle Olona"],
      },
      continuity: { answer: "no", lines: [2794, 2794] },
      newService: {
        kind: "nuovo-servizio",
        text: "Nuovo servizio (équipe di valutazione Multidimensionale con presenza dell'Assistente sociale dell'Ambito)",
      },
      premialProject: { answer: "no", lines: [2796, 2796] },
      coProgrammed: { answer: "no", lines: [2797, 2797] },
      coDesigned: { answer: "no", lines: [2798, 2798] },
      thirdSectorInvolvement:
        "Si prevede di poter sviluppare prassi di collaborazione con ETS coinvolti nella presa in carico dell'utenza.",
      otherActors: {
        answer: "si",
        text: "SI, nella valutazione multidimensionale potrebbero essere coinvolti i medici di medicina generale (MMG), pediatri di libera scelta (PLS) o altre figure specialistiche sanitarie.",
        lines: [2800, 2800],
        actors: [
          "medici di medicina generale (MMG)",
          "pediatri di libera scelta (PLS)",
          "altre figure specialistiche sanitarie",
        ],
      },
      needs: {
        text: "Risponde al bisogno di persone in condizioni complesse di essere prese in carico da un'unità di valutazione multidimensionale che integri la cura degli aspetti sanitari, sociali e sociosanitari.",
        indicators: [
          { text: "N. persone in condizioni complesse prese in carico al T0 (2025)", lines: [2802, 2802] },
        ],
      },
      needKind: { kind: "bisogno-consolidato", text: "Bisogno consolidato" },
      preventionKind: ["preventivo", "riparativo"],
      preventionText: "Preventivo (intesa come prevenzione secondaria) e riparativo",
      innovation: {
        answer: "si",
        text: "Sì, mediante l'integrazione operativa del livello sociale con quello sanitario. L'innovazione si sostanzia anche nel realizzare modelli di intervento in forma omogenea sull'intero territorio dell'ASST Valle Olona.",
        lines: [2805, 2805],
      },
      digitalisation: {
        answer: "si",
        text: "Sì, mediante l'utilizzo di piattaforme interoperabili.",
        lines: [2806, 2806],
      },
      processIndicators: {
        text: null,
        indicators: [
          { text: "N. incontri del tavolo operativo.", lines: [2807, 2807] },
          { text: "n. azioni/attività di condivisione delle informazioni.", lines: [2807, 2807] },
          { text: "n. sedute del tavolo operativo.", lines: [2807, 2807] },
        ],
      },
      outputIndicators: {
        text: null,
        indicators: [
          {
            text: "realizzazione di n. 1 accordo quadro e di n. 1 protocollo.",
            action: "Azione 1",
            target:
              "Anno 2025: definizione e sottoscrizione dell'Accordo Quadro e del Protocollo Anno 2026: attivazione dell'Accordo Quadro e del Protocollo Anno 2027: monitoraggio Accordo Quadro e del Protocollo",
            lines: [2808, 2808],
          },
          {
            text: "Numero valutazioni che vedono la partecipazione dell'Assistente sociale di Ambito/N. complessivo di valutazioni effettuate (inserire nel protocollo)",
            action: "Azione 2",
            target: "Anno 2025: ≥ 50% Anno 2026: ≥ 75% Anno 2027: 100%",
            lines: [2808, 2808],
          },
          {
            text: "Incremento numero strumenti unitari di Distretto per la valutazione multidimensionale condivisi tra ambito territoriale sociale e ambito sanitario",
            action: "Azione 3",
            target:
              "Anno 2025: N. strumenti di valutazione unitari condivisi ≥ 1 Anno 2026: N. strumenti di valutazione unitari condivisi anno 2026 > N. strumenti di valutazione unitari condivisi anno 2025 Anno 2027: N. strumenti di valutazione unitari condivisi anno 2027 > N. strumenti di valutazione unitari condivisi anno 2026.",
            lines: [2808, 2808],
          },
        ],
      },
      outcomeIndicators: {
        text: null,
        indicators: [
          {
            text: "Incremento numero persone in condizioni complesse prese in carico dalle Unità di Valutazione Multidimensionale (UVM)",
            target:
              "Anno 2025: T0. Anno 2026: N persone in condizioni complesse prese in carico dalle UVM anno 2026 > N. persone e/o nuclei familiari in condizioni complesse prese in carico dalle UVM anno 2025. Anno 2027: N persone in condizioni complesse prese in carico dalle UVM anno 2027 > N. persone e/o nuclei familiari in condizioni complesse prese in carico dalle UVM anno 2026.",
            lines: [2809, 2811],
          },
        ],
      },
      targets: [
        {
          id: "IN-T0",
          kind: "baseline",
          measure: "N. persone in condizioni complesse prese in carico (T0 2025)",
          text: "N. persone in condizioni complesse prese in carico al T0 (2025)",
          lines: [2802, 2802],
        },
        {
          id: "A1-AQ",
          action: "Azione 1",
          kind: "deliverable",
          deliverable: "n. 1 accordo quadro (ATS Insubria, ASST Valle Olona, Ambiti)",
          text: "realizzazione di n. 1 accordo quadro e di n. 1 protocollo.",
          lines: [2808, 2808],
        },
        {
          id: "A1-PR",
          action: "Azione 1",
          kind: "deliverable",
          deliverable: "n. 1 protocollo operativo di Distretto",
          text: "realizzazione di n. 1 accordo quadro e di n. 1 protocollo.",
          lines: [2808, 2808],
        },
        {
          id: "A1-2025",
          action: "Azione 1",
          kind: "deliverable",
          deliverable: "definizione e sottoscrizione dell'Accordo Quadro e del Protocollo",
          due: "2025-12-31",
          text: "Anno 2025: definizione e sottoscrizione dell'Accordo Quadro e del Protocollo",
          lines: [2808, 2808],
        },
        {
          id: "A1-2026",
          action: "Azione 1",
          kind: "deliverable",
          deliverable: "attivazione dell'Accordo Quadro e del Protocollo",
          due: "2026-12-31",
          text: "Anno 2026: attivazione dell'Accordo Quadro e del Protocollo",
          lines: [2808, 2808],
        },
        {
          id: "A1-2027",
          action: "Azione 1",
          kind: "deliverable",
          deliverable: "monitoraggio dell'Accordo Quadro e del Protocollo",
          due: "2027-12-31",
          text: "Anno 2027: monitoraggio Accordo Quadro e del Protocollo",
          lines: [2808, 2808],
        },
        {
          id: "A2-2025",
          action: "Azione 2",
          kind: "share-at-least",
          minPercent: "50",
          numerator: "valutazioni che vedono la partecipazione dell'Assistente sociale di Ambito",
          denominator: "complessivo di valutazioni effettuate",
          per: "year",
          due: "2025-12-31",
          text: "Anno 2025: ≥ 50%",
          lines: [2808, 2808],
        },
        {
          id: "A2-2026",
          action: "Azione 2",
          kind: "share-at-least",
          minPercent: "75",
          numerator: "valutazioni che vedono la partecipazione dell'Assistente sociale di Ambito",
          denominator: "complessivo di valutazioni effettuate",
          per: "year",
          due: "2026-12-31",
          text: "Anno 2026: ≥ 75%",
          lines: [2808, 2808],
        },
        {
          id: "A2-2027",
          action: "Azione 2",
          kind: "share-at-least",
          minPercent: "100",
          numerator: "valutazioni che vedono la partecipazione dell'Assistente sociale di Ambito",
          denominator: "complessivo di valutazioni effettuate",
          per: "year",
          due: "2027-12-31",
          text: "Anno 2027: 100%",
          lines: [2808, 2808],
        },
        {
          id: "A3-2025",
          action: "Azione 3",
          kind: "count-at-least",
          min: 1,
          unit: "strumenti di valutazione unitari condivisi",
          per: "year",
          due: "2025-12-31",
          text: "Anno 2025: N. strumenti di valutazione unitari condivisi ≥ 1",
          lines: [2808, 2808],
        },
        {
          id: "A3-2026",
          action: "Azione 3",
          kind: "change",
          direction: "increase",
          measure: "N. strumenti di valutazione unitari condivisi",
          fromYear: 2025,
          toYear: 2026,
          text: "Anno 2026: N. strumenti di valutazione unitari condivisi anno 2026 > N. strumenti di valutazione unitari condivisi anno 2025",
          lines: [2808, 2808],
        },
        {
          id: "A3-2027",
          action: "Azione 3",
          kind: "change",
          direction: "increase",
          measure: "N. strumenti di valutazione unitari condivisi",
          fromYear: 2026,
          toYear: 2027,
          text: "Anno 2027: N. strumenti di valutazione unitari condivisi anno 2027 > N. strumenti di valutazione unitari condivisi anno 2026.",
          lines: [2808, 2808],
        },
        {
          id: "IMP-2025",
          kind: "baseline",
          measure: "N persone in condizioni complesse prese in carico dalle UVM",
          text: "Anno 2025: T0.",
          lines: [2809, 2809],
        },
        {
          id: "IMP-2026",
          kind: "change",
          direction: "increase",
          measure: "N persone in condizioni complesse prese in carico dalle UVM",
          fromYear: 2025,
          toYear: 2026,
          text: "Anno 2026: N persone in condizioni complesse prese in carico dalle UVM anno 2026 > N. persone e/o nuclei familiari in condizioni complesse prese in carico dalle UVM anno 2025.",
          lines: [2809, 2809],
        },
        {
          id: "IMP-2027",
          kind: "change",
          direction: "increase",
          measure: "N persone in condizioni complesse prese in carico dalle UVM",
          fromYear: 2026,
          toYear: 2027,
          text: "Anno 2027: N persone in condizioni complesse prese in carico dalle UVM anno 2027 > N. persone e/o nuclei familiari in condizioni complesse prese in carico dalle UVM anno 2026.",
          lines: [2811, 2811],
        },
        {
          id: "PPT-A1-AQ",
          action: "Azione 1",
          kind: "deliverable",
          deliverable: "n. 1 accordo quadro (ATS Insubria, ASST Valle Olona, Ambiti)",
          text: "realizzazione di n. 1 accordo quadro e di n. 1 protocollo",
          lines: [2838, 2838],
        },
        {
          id: "PPT-A1-PR",
          action: "Azione 1",
          kind: "deliverable",
          deliverable: "n. 1 protocollo operativo di Distretto",
          text: "realizzazione di n. 1 accordo quadro e di n. 1 protocollo",
          lines: [2838, 2838],
        },
        {
          id: "PPT-A1-2025",
          action: "Azione 1",
          kind: "deliverable",
          deliverable: "definizione e sottoscrizione dell'Accordo Quadro e del Protocollo",
          due: "2025-12-31",
          text: "Anno 2025: definizione e sottoscrizione dell'Accordo Quadro e del Protocollo",
          lines: [2838, 2838],
        },
        {
          id: "PPT-A1-2026",
          action: "Azione 1",
          kind: "deliverable",
          deliverable: "attivazione dell'Accordo Quadro e del Protocollo",
          due: "2026-12-31",
          text: "Anno 2026: attivazione dell'Accordo Quadro e del Protocollo",
          lines: [2838, 2838],
        },
        {
          id: "PPT-A1-2027",
          action: "Azione 1",
          kind: "deliverable",
          deliverable: "monitoraggio dell'Accordo Quadro e del Protocollo",
          due: "2027-12-31",
          text: "Anno 2027: monitoraggio Accordo Quadro e del Protocollo",
          lines: [2838, 2838],
        },
        {
          id: "PPT-A2-2025",
          action: "Azione 2",
          kind: "share-at-least",
          minPercent: "50",
          numerator: "valutazioni che vedono la partecipazione dell'Assistente sociale di Ambito",
          denominator: "complessivo di valutazioni effettuate",
          per: "year",
          due: "2025-12-31",
          text: "Anno 2025: <math>\\geq 50\\%</math>",
          lines: [2838, 2838],
        },
        {
          id: "PPT-A2-2026",
          action: "Azione 2",
          kind: "share-at-least",
          minPercent: "75",
          numerator: "valutazioni che vedono la partecipazione dell'Assistente sociale di Ambito",
          denominator: "complessivo di valutazioni effettuate",
          per: "year",
          due: "2026-12-31",
          text: "Anno 2026: <math>\\geq 75\\%</math>",
          lines: [2838, 2838],
        },
        {
          id: "PPT-A2-2027",
          action: "Azione 2",
          kind: "share-at-least",
          minPercent: "100",
          numerator: "valutazioni che vedono la partecipazione dell'Assistente sociale di Ambito",
          denominator: "complessivo di valutazioni effettuate",
          per: "year",
          due: "2027-12-31",
          text: "Anno 2027: 100%",
          lines: [2838, 2838],
        },
        {
          id: "PPT-A3-2025",
          action: "Azione 3",
          kind: "count-at-least",
          min: 1,
          unit: "strumenti di valutazione unitari condivisi",
          per: "year",
          due: "2025-12-31",
          text: "Anno 2025: n. strumenti di valutazione unitari condivisi <math>\\geq 1</math>",
          lines: [2838, 2838],
        },
        {
          id: "PPT-A3-2026",
          action: "Azione 3",
          kind: "change",
          direction: "increase",
          measure: "n. strumenti di valutazione unitari condivisi",
          fromYear: 2025,
          toYear: 2026,
          text: "Anno 2026: n. strumenti di valutazione unitari condivisi anno 2026 &gt; n. strumenti di valutazione unitari condivisi anno 2025",
          lines: [2838, 2838],
        },
        {
          id: "PPT-A3-2027",
          action: "Azione 3",
          kind: "change",
          direction: "increase",
          measure: "n. strumenti di valutazione unitari condivisi",
          fromYear: 2026,
          toYear: 2027,
          text: "Anno 2027: n. strumenti di valutazione unitari condivisi anno 2027 &gt; n. strumenti di valutazione unitari condivisi anno 2026.",
          lines: [2838, 2838],
        },
        {
          id: "PPT-IMP-2025",
          kind: "baseline",
          measure: "n. persone in condizioni complesse prese in carico dalle UVM",
          text: "Anno 2025: T0.",
          lines: [2838, 2838],
        },
        {
          id: "PPT-IMP-2026",
          kind: "change",
          direction: "increase",
          measure: "n. persone in condizioni complesse prese in carico dalle UVM",
          fromYear: 2025,
          toYear: 2026,
          text: "Anno 2026: n. persone in condizioni complesse prese in carico dalle UVM anno 2026 &gt; n. persone e/o nuclei familiari in condizioni complesse prese in carico dalle UVM anno 2025.",
          lines: [2838, 2838],
        },
        {
          id: "PPT-IMP-2027",
          kind: "change",
          direction: "increase",
          measure: "n. persone in condizioni complesse prese in carico dalle UVM",
          fromYear: 2026,
          toYear: 2027,
          text: "Anno 2027: n. persone in condizioni complesse prese in carico dalle UVM anno 2027 &gt; n. persone e/o nuclei familiari in condizioni complesse prese in carico dalle UVM anno 2026",
          lines: [2838, 2838],
        },
      ],
      source: { document: DOCUMENTS.bustoArsizio, lines: [2774, 2838] },
    },
  ] satisfies SchedaObiettivoDraftInput[]);
