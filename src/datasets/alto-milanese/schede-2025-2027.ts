// Generated from the hand-encoded records of the seed; edit with care, and keep the slips as printed.
import { deepFreeze, type DeepReadonly } from "../../core/deep-freeze.js";
import type { SchedaObiettivoDraftInput } from "../../model/scheda-obiettivo.js";
import { DOCUMENTS } from "../_sources.js";

// The 15 schede obiettivo 2025-2027 of the Piano di Zona of the Ambito Alto Milanese (chapter 4.3, L982-1746), in
// document order: four sections (MF 4, INC 4, AD 4, AL 3) whose numbering restarts, so codes repeat ("OBIETTIVO n" as
// printed). The plan states no home area for any scheda (`policyArea: null`, "not-stated"). Three forms have no
// RISORSE ECONOMICHE field (`budget: null`). Key points printed without an area are held as printed with no area
// (`area: null`), which makes those schede drafts only. Slips and notes are in the comment above each scheda.

/**
 * The 15 schede obiettivo of the Ambito Alto Milanese's Piano di Zona 2025-2027 (seed lines 982-1746), in document
 * order, as {@link SchedaObiettivoDraftInput} records, as printed: no home area is stated, the LEPS served
 * (one to four per scheda, none in the four INC schede) are listed, codes restart in each of the four sections.
 *
 * @example
 * ```ts
 * import { safeParseSchedaObiettivoDraft } from "piano-di-zona";
 * import { ALTO_MILANESE_SCHEDE_OBIETTIVO_2025_2027 as schede } from "piano-di-zona/datasets";
 * schede.map((scheda) => scheda.code).join("") //=> "123412341234123"
 * schede.map((scheda) => (scheda.leps ?? []).length).join("") //=> "131100002342111"
 * schede.every((scheda) => safeParseSchedaObiettivoDraft(scheda).success) //=> true
 * ```
 * @category Datasets
 */
export const ALTO_MILANESE_SCHEDE_OBIETTIVO_2025_2027: readonly DeepReadonly<SchedaObiettivoDraftInput>[] =
  deepFreeze([
    // Obiettivo 1: SVILUPPO DI PATTI DI COMUNITÀ e PROMOZIONE DELLA COESIONE (L982-1004)
    // Note: policyArea null (basis not-stated): the form has no AREA DI POLICY field and the chapter-4 section
    // heading is the plan's own area, not a DGR macro-area.
    // Note: thirdSectorInvolvement null: field 17 (Terzo Settore involvement without formal
    // co-programming/co-design) is not in the ALM form.
    // Note: priority null: the document marks no objective as prioritario.
    // Note: Section 4.3.1 AREA MINORI E FAMIGLIA (L828).
    // Note: Fields absent from this form: RISORSE ECONOMICHE PREVENTIVATE (budget null), IL BISOGNO RILEVATO ERA
    // GIÀ STATO AFFRONTATO … (needKind null), MODELLI INNOVATIVI (innovation null), DIGITALIZZAZIONE
    // (digitalisation null), QUALI MODALITÀ ORGANIZZATIVE … (processIndicators null).
    // Note: Transversal "Sì" (L989) without any area named.
    // Note: Key points (L990), no area printed: "Coinvolgimento della parte politica, mappatura e ingaggio delle
    // realtà territoriali, condivisione degli obiettivi e delle strategie, convocazione della rete e ampliamento
    // delle connessioni".
    // Note: The two actions are run together in one cell (L986); split at the second capitalised item.
    // Note: New service "No" (L996): the form's kinds (già presente / rivisto / nuovo) are not stated, kind null.
    // Note: No result is quantified: the four indicators carry no target values.
    {
      code: "1",
      form: "pdz-dgr-2167",
      heading: "OBIETTIVO 1",
      policyArea: null,
      policyAreaBasis: "not-stated",
      leps: ["offerta-integrata"],
      lepsPrinted: [
        {
          text: "OFFERTA INTEGRATA DI INTERVENTI E SERVIZI SECONDO LE MODALITÀ COORDINATE DEFINITE DALLE REGIONI E PROVINCE AUTONOME",
        },
      ],
      priority: null,
      title: "SVILUPPO DI PATTI DI COMUNITÀ e PROMOZIONE DELLA COESIONE",
      goals:
        "Attivazione di interventi per promuovere la coesione sociale e la costruzione di patti di comunità",
      actions: [
        {
          code: null,
          title:
            "Creazione del tavolo locale di comunità che coinvolga la scuola, le famiglie, gli enti del terzo e quarto settore, i servizi educativi e i referenti istituzionali del settore socioeducativo",
          lines: [986, 986],
        },
        {
          code: null,
          title:
            "Promozione di una cultura del territorio che includa la scuola, i servizi, il mondo della cooperazione e dell'associazionismo, i cittadini in un'ottica di comunità",
          lines: [986, 986],
        },
      ],
      target: "Famiglie, istituzioni scolastiche, comitati, oratori",
      budget: null,
      staff: "Enti del Terzo settore e referenti Ambito territoriale",
      transversal: { answer: "si", areas: [] },
      keyPoints: [
        // Printed with no area letter; one cell of the form's table.
        {
          area: null,
          point:
            "Coinvolgimento della parte politica, mappatura e ingaggio delle realtà territoriali, condivisione degli obiettivi e delle strategie, convocazione della rete e ampliamento delle connessioni",
        }, // L990
      ],
      asstInAnalysis: { answer: "no", lines: [992, 992] },
      asstInDelivery: { answer: "si", lines: [993, 993] },
      cooperationWithOtherAmbiti: { answer: "no", ambiti: [], lines: [994, 994] },
      continuity: { answer: "no", lines: [995, 995] },
      newService: { kind: null, text: "No" },
      premialProject: { answer: "si", lines: [997, 997] },
      coProgrammed: { answer: "si", lines: [998, 998] },
      coDesigned: { answer: "si", lines: [999, 999] },
      thirdSectorInvolvement: null,
      otherActors: { answer: "si", actors: [], lines: [1000, 1000] },
      needs: {
        text: "Rafforzamento della Coesione sociale, della condivisione e coprogettazione di una maggiore integrazione tra servizi, progetti, risorse e opportunità territoriali",
        indicators: [],
      },
      needKind: { kind: null },
      preventionKind: ["promozionale"],
      preventionText: "promozionale",
      innovation: { answer: null },
      digitalisation: { answer: null },
      processIndicators: { text: null, indicators: [] },
      outputIndicators: {
        text: "Progettare nuovi strumenti di governance indicatori: N. scuole coinvolte N di comuni che istituiscono il tavolo locale di comunità N. incontri patto educativo N. di progetti realizzati",
        indicators: [
          { text: "N. scuole coinvolte", lines: [1003, 1003] },
          { text: "N di comuni che istituiscono il tavolo locale di comunità", lines: [1003, 1003] },
          { text: "N. incontri patto educativo", lines: [1003, 1003] },
          { text: "N. di progetti realizzati", lines: [1003, 1003] },
        ],
      },
      outcomeIndicators: {
        text: "Rafforzamento dell'integrazione tra pubblico e privato con una maggiore intercettazione di bisogni nuovi",
        indicators: [],
      },
      targets: [],
      source: { document: DOCUMENTS.altoMilanese, lines: [982, 1004] },
    },
    // Obiettivo 2: Accompagnare la genitorialità attraverso il potenziamento dei centri per la famiglia e attivazione di servizi innovativi, potenziando le collaborazioni con la rete sociale del territorio. Prosecuzione del Programma PIPPI. (L1006-1032)
    // Note: policyArea null (basis not-stated): the form has no AREA DI POLICY field and the chapter-4 section
    // heading is the plan's own area, not a DGR macro-area.
    // Note: thirdSectorInvolvement null: field 17 (Terzo Settore involvement without formal
    // co-programming/co-design) is not in the ALM form.
    // Note: priority null: the document marks no objective as prioritario.
    // Note: Section 4.3.1 AREA MINORI E FAMIGLIA (L828).
    // Note: The LEPS cell (L1007) runs three LEPS names together; split into the three names.
    // Note: Fields absent from this form: RISORSE ECONOMICHE PREVENTIVATE (budget null), QUALI MODALITÀ
    // ORGANIZZATIVE … (processIndicators null).
    // Note: Transversal "Sì" (L1013) without any area named.
    // Note: Key points (L1014), no area printed: "Coinvolgimento della parte politica, mappatura e ingaggio delle
    // realtà territoriali, condivisione degli obiettivi e delle strategie, convocazione della rete e ampliamento
    // delle connessioni".
    // Note: Goals (L1009) and actions (L1010) are run-together lists; the goals are kept as printed, the actions
    // split at the second item.
    // Note: New service "No" (L1020): kind not stated, null.
    // Note: Innovation (L1028) is answered with a text and no Sì/No: answer null.
    // Note: No result is quantified: the two "Nr." indicators carry no target values.
    {
      code: "2",
      form: "pdz-dgr-2167",
      heading: "OBIETTIVO 2",
      policyArea: null,
      policyAreaBasis: "not-stated",
      leps: ["prevenzione-allontanamento-familiare", "servizi-sollievo", "servizi-sostegno"],
      lepsPrinted: [
        { text: "PREVENZIONE DELL'ALLONTANAMENTO FAMILIARE" },
        { text: "SERVIZI DI SOLLIEVO ALLE FAMIGLIE" },
        { text: "SERVIZI DI SOSTEGNO" },
      ],
      priority: null,
      title:
        "Accompagnare la genitorialità attraverso il potenziamento dei centri per la famiglia e attivazione di servizi innovativi, potenziando le collaborazioni con la rete sociale del territorio. Prosecuzione del Programma PIPPI.",
      goals:
        "Sostenere il nucleo familiare rispetto alle specifiche caratteristiche e alle fasi della vita e aumentare la consapevolezza genitoriale Combattere la povertà educativa Mettere in rete sistemi e servizi del territorio Adeguamento servizi ai nuovi tempi di conciliazione vita lavoro Sostegno multidisciplinare",
      actions: [
        {
          code: null,
          title:
            "Progettazione proposta di una formazione condivisa con incontri rivolti a genitori (Formazione e informazione)",
          lines: [1010, 1010],
        },
        {
          code: null,
          title: "Promozione, diffusione e implementazione centri per la famiglia",
          lines: [1010, 1010],
        },
      ],
      target: "Famiglie, operatori Ambito territoriale",
      budget: null,
      staff: "Formatori, pedagogisti, educatrici, consulenti, coordinamento pedagogico territoriale 0/6",
      transversal: { answer: "si", areas: [] },
      keyPoints: [
        // Printed with no area letter; one cell of the form's table.
        {
          area: null,
          point:
            "Coinvolgimento della parte politica, mappatura e ingaggio delle realtà territoriali, condivisione degli obiettivi e delle strategie, convocazione della rete e ampliamento delle connessioni",
        }, // L1014
      ],
      asstInAnalysis: { answer: "no", lines: [1015, 1015] },
      asstInDelivery: { answer: "si", lines: [1016, 1016] },
      cooperationWithOtherAmbiti: { answer: "no", ambiti: [], lines: [1018, 1018] },
      continuity: { answer: "si", lines: [1019, 1019] },
      newService: { kind: null, text: "No" },
      premialProject: { answer: "si", lines: [1021, 1021] },
      coProgrammed: { answer: "si", lines: [1022, 1022] },
      coDesigned: { answer: "si", lines: [1023, 1023] },
      thirdSectorInvolvement: null,
      otherActors: { answer: "si", actors: [], lines: [1024, 1024] },
      needs: {
        text: "Mancanza di spazi di condivisione e sostegno dedicati alla genitorialità, integrazione tra proposte formative, ampliamento delle opportunità formative sul territorio",
        indicators: [],
      },
      needKind: { kind: "bisogno-consolidato", text: "Sì, già affrontato nella precedente programmazione" },
      preventionKind: ["preventivo"],
      preventionText: "PREVENTIVO",
      innovation: {
        answer: null,
        text: "Attuazione della valutazione multidimensionale ove previsto",
        lines: [1028, 1028],
      },
      digitalisation: { answer: "no", lines: [1029, 1029] },
      processIndicators: { text: null, indicators: [] },
      outputIndicators: {
        text: "Rafforzamento dei legami e delle reti sociali in supporto alle famiglie Nr. aggiuntivo di spazi di condivisione (Spoke CF) Nr. di diminuzione dei casi di povertà educativa",
        indicators: [
          { text: "Nr. aggiuntivo di spazi di condivisione (Spoke CF)", lines: [1030, 1030] },
          { text: "Nr. di diminuzione dei casi di povertà educativa", lines: [1030, 1030] },
        ],
      },
      outcomeIndicators: {
        text: "Rilevazione dell'aumento del benessere di famiglie e di minori",
        indicators: [],
      },
      targets: [],
      source: { document: DOCUMENTS.altoMilanese, lines: [1006, 1032] },
    },
    // Obiettivo 3: HUB GIOVANI (L1035-1063)
    // Slip L1038: "dispersione scolastici" for "dispersione scolastica"
    // Slip L1057: "ripartivo" for "riparativo" (encoded: riparativo)
    // Note: policyArea null (basis not-stated): the form has no AREA DI POLICY field and the chapter-4 section
    // heading is the plan's own area, not a DGR macro-area.
    // Note: thirdSectorInvolvement null: field 17 (Terzo Settore involvement without formal
    // co-programming/co-design) is not in the ALM form.
    // Note: priority null: the document marks no objective as prioritario.
    // Note: Section 4.3.1 AREA MINORI E FAMIGLIA (L828).
    // Note: Field absent from this form: L'OBIETTIVO PREVEDE LA DEFINIZIONE DI UN NUOVO SERVIZIO? (newService
    // kind null).
    // Note: Transversal "Sì" (L1043) without any area named.
    // Note: Key points (L1044 and its continuation L1046), no area printed: "Sviluppare ed implementare la
    // governance delle politiche giovanili in ottica di co-programmazione e co-progettazione. Coinvolgimento
    // della parte politica, mappatura e ingaggio delle realtà territoriali, condivisione degli obiettivi e delle
    // strategie, convocazione della rete e ampliamento delle connessioni, identificazione di spazi nell'ambito
    // della rigenerazione dei territori spazi dedicati ai giovani, interlocuzione con i sistemi formativi e
    // lavorativi, costruire coordinamenti sovra territoriali delle politiche giovanili. Promuovere la
    // partecipazione attiva dei giovani e lo sviluppo di governance mista adulti/giovani".
    // Note: Need kind answered "Sì" (L1056) to a two-option question (already addressed / new need): kind null.
    // Note: Digitalisation (L1060) is answered "Sicuramente …" without Sì/No: answer null.
    // Note: "Costituzione tavolo politiche giovanili …" is the only result that can be checked (yes/no); the n.
    // indicators carry no target values.
    {
      code: "3",
      form: "pdz-dgr-2167",
      heading: "OBIETTIVO 3",
      policyArea: null,
      policyAreaBasis: "not-stated",
      leps: ["offerta-integrata"],
      lepsPrinted: [
        {
          text: "OFFERTA INTEGRATA DI INTERVENTI E SERVIZI SECONDO LE MODALITÀ COORDINATE DEFINITE DALLE REGIONI E PROVINCE AUTONOME",
        },
      ],
      priority: null,
      title: "HUB GIOVANI",
      goals:
        "Contrasto e prevenzione della povertà educativa … Contrasto e prevenzione della dispersione scolastici … Rafforzamento delle reti … Aumentare le proposte territoriali in tema di politiche giovanili … Promuovere i luoghi come hub di sistema in un'ottica multisettoriale",
      actions: [
        {
          code: null,
          title:
            "Identificare nuovi luoghi educativi dove i ragazzi possano riunirsi, fare esperienze di protagonismo sia attraverso processi di educazione formale, che informale. Luoghi inclusivi e non connotati a bassa soglia di accesso che possano unire temi trasversali come il lavoro, lo studio, i momenti ricreativi, il volontariato.",
          lines: [1039, 1039],
        },
        {
          code: null,
          title:
            "Si getteranno le basi per poter addivenire allo sviluppo e formalizzazione di una governance sulle politiche giovanili, che comprenda la partecipazione stabile dei giovani e del terzo settore",
          lines: [1039, 1039],
        },
      ],
      target: "14-25 anni",
      budget: {
        total: null,
        lines: [
          { fund: "altro", label: "Finanziamenti statali e/o regionali", amount: null, lines: [1041, 1041] },
        ],
        text: "Finanziamenti statali e/o regionali",
        source: { document: DOCUMENTS.altoMilanese, lines: [1041, 1041] },
      },
      staff: "Educatori, educatrici, psicologi e tutor formati sulle politiche giovanili",
      transversal: { answer: "si", areas: [] },
      keyPoints: [
        // Printed with no area letter; one cell of the form's table. The second cell (L1046) continues the box.
        {
          area: null,
          point:
            "Sviluppare ed implementare la governance delle politiche giovanili in ottica di co-programmazione e co-progettazione. Coinvolgimento della parte politica, mappatura e ingaggio delle realtà territoriali, condivisione degli obiettivi e delle strategie, convocazione della rete e ampliamento delle connessioni, identificazione di spazi nell'ambito della rigenerazione dei territori spazi dedicati ai giovani, interlocuzione con i sistemi formativi e lavorativi, costruire coordinamenti sovra territoriali delle politiche giovanili",
        }, // L1044
        {
          area: null,
          point:
            "Promuovere la partecipazione attiva dei giovani e lo sviluppo di governance mista adulti/giovani",
        }, // L1046
      ],
      asstInAnalysis: { answer: "si", lines: [1047, 1047] },
      asstInDelivery: { answer: "si", lines: [1048, 1048] },
      cooperationWithOtherAmbiti: {
        answer: "si",
        text: "Sì, esempio progetti ATS legati al benessere",
        ambiti: [],
        lines: [1049, 1049],
      },
      continuity: { answer: "si", lines: [1050, 1050] },
      newService: { kind: null },
      premialProject: { answer: "si", lines: [1051, 1051] },
      coProgrammed: { answer: "si", lines: [1052, 1052] },
      coDesigned: { answer: "si", lines: [1053, 1053] },
      thirdSectorInvolvement: null,
      otherActors: {
        answer: "si",
        text: "Sì, Osservatorio delle Politiche Giovanili di Città Metropolitana di Milano",
        actors: ["Osservatorio delle Politiche Giovanili di Città Metropolitana di Milano"],
        lines: [1054, 1054],
      },
      needs: {
        text: "Mancanza di spazi di condivisione e sostegno dedicati ai giovani, integrazione tra proposte formative/ culturali, ampliamento delle opportunità sul territorio, ingaggio dei giovani, aumento dei NEET, disorientamento, aumento prese in carico. Ampliamento della rete in direzione orizzontale (tra enti e pubblica amministrazione) e verticale (tra pubblica amministrazione e mondo giovanile)",
        indicators: [],
      },
      needKind: { kind: null, text: "Sì" },
      preventionKind: ["preventivo", "promozionale", "riparativo"],
      preventionText: "Preventivo, promozionale e ripartivo.",
      innovation: {
        answer: "si",
        text: "Sì, di ingaggio e corresponsabilità con i giovani, dal punto di vista riparativo integrazione con progetto UP, Progetto Segmenti Consapevoli, on board, prevenzione e progetti Afol (NEET). Connessione con lo sviluppo della comunità di pratiche sulle politiche giovanili a livello Metropolitano",
        lines: [1059, 1059],
      },
      digitalisation: {
        answer: null,
        text: "Sicuramente implementazione di una comunicazione maggiormente legata al target.",
        lines: [1060, 1060],
      },
      processIndicators: {
        text: "Attivazione Rete Re.Le e reti di comunità Forum terzo settore e rete volontariato Gruppo giovani biblioteche Tavolo Giovani d'ambito CAG e servizi attivi sul territorio",
        indicators: [],
      },
      outputIndicators: {
        text: "n. luoghi individuati n. progetti attivati n. giovani/minori agganciati n. esperienze gruppali n. progetti individuali di contrasto alla povertà educativa n. progetti individuali di contrasto alla dispersione scolastica Costituzione tavolo politiche giovanili per promuovere la partecipazione attiva dei giovani",
        indicators: [
          { text: "n. luoghi individuati", lines: [1062, 1062] },
          { text: "n. progetti attivati", lines: [1062, 1062] },
          { text: "n. giovani/minori agganciati", lines: [1062, 1062] },
          { text: "n. esperienze gruppali", lines: [1062, 1062] },
          { text: "n. progetti individuali di contrasto alla povertà educativa", lines: [1062, 1062] },
          { text: "n. progetti individuali di contrasto alla dispersione scolastica", lines: [1062, 1062] },
          {
            text: "Costituzione tavolo politiche giovanili per promuovere la partecipazione attiva dei giovani",
            lines: [1062, 1062],
          },
        ],
      },
      outcomeIndicators: {
        text: "Ampliare il benessere dei giovani, migliorare la conoscenza e l'integrazione dell'offerta, promuovere modelli di tutoring",
        indicators: [],
      },
      targets: [
        {
          id: "R-1",
          kind: "deliverable",
          deliverable: "tavolo politiche giovanili costituito (sì/no)",
          text: "Costituzione tavolo politiche giovanili per promuovere la partecipazione attiva dei giovani",
          lines: [1062, 1062],
        },
      ],
      source: { document: DOCUMENTS.altoMilanese, lines: [1035, 1063] },
    },
    // Obiettivo 4: POTENZIAMENTO DELLA PREVENZIONE DEL DISAGIO GIOVANILE ATTRAVERSO LA SPERIMENTAZIONE NELL'AMBITO DEI CENTRI PER LA FAMIGLIA DI NUOVI SERVIZI DI AFFIANCAMENTO E SUPPORTO ALLE FAMIGLIE (L1065-1095)
    // Note: policyArea null (basis not-stated): the form has no AREA DI POLICY field and the chapter-4 section
    // heading is the plan's own area, not a DGR macro-area.
    // Note: thirdSectorInvolvement null: field 17 (Terzo Settore involvement without formal
    // co-programming/co-design) is not in the ALM form.
    // Note: priority null: the document marks no objective as prioritario.
    // Note: Section 4.3.1 AREA MINORI E FAMIGLIA (L828).
    // Note: Goals continue on L1070 (a tab-led continuation line); joined with one space.
    // Note: The three actions are run together in one cell (L1071); split at each capitalised item.
    // Note: Transversal "Sì" (L1075) without any area named.
    // Note: Key points (L1076), no area printed: "Mappatura e ingaggio delle realtà territoriali, condivisione
    // degli obiettivi e delle strategie, attivazione della rete e ampliamento delle connessioni, identificazione
    // di spazi nell'ambito della rigenerazione dei territori destinati ai giovani, interlocuzione con i sistemi
    // formativi e lavorativi."
    // Note: Need kind answered "Sì" (L1088): kind null.
    // Note: New service "No" (L1082): kind null.
    // Note: Digitalisation (L1091) is answered "Sicuramente …" without Sì/No: answer null.
    // Note: Directional results ("Incremento …", "Minor numero …") print no years: encoded as change targets over
    // the plan period 2025→2027.
    {
      code: "4",
      form: "pdz-dgr-2167",
      heading: "OBIETTIVO 4",
      policyArea: null,
      policyAreaBasis: "not-stated",
      leps: ["servizi-sostegno"],
      lepsPrinted: [{ text: "SERVIZI DI SOSTEGNO" }],
      priority: null,
      title:
        "POTENZIAMENTO DELLA PREVENZIONE DEL DISAGIO GIOVANILE ATTRAVERSO LA SPERIMENTAZIONE NELL'AMBITO DEI CENTRI PER LA FAMIGLIA DI NUOVI SERVIZI DI AFFIANCAMENTO E SUPPORTO ALLE FAMIGLIE",
      goals:
        "Intercettazione di nuovi soggetti a rischio Prevenzione e contenimento del disagio sociale e del suo impatto sulla salute Nuovi strumenti di governance e Valorizzazione delle iniziative e dei progetti in un'ottica sistemica di raccordo Formazione su benessere e promozione del concetto di salute Prevenzione della patologizzazione Promuovere una lettura del bisogno territoriale",
      actions: [
        {
          code: null,
          title:
            "Co-progettazione e creazione di un contenitore comunicativo in grado di raccogliere, aggiornare e diffondere le opportunità legate alle proposte dei giovani, anche in ottica di protagonismo giovanile.",
          lines: [1071, 1071],
        },
        {
          code: null,
          title:
            "Creare luoghi di connessione /potenziare i luoghi di condivisione delle esperienze presenti con figure come gli operatori di rete in grado di potenziare e governare i passaggi tra soggetti differenti (servizi, scuole, territorio, enti accreditati)",
          lines: [1071, 1071],
        },
        {
          code: null,
          title:
            "Promuovere, intercettare, connettere e formare figure che incontrando il bisogno nei luoghi formali e non formali possano promuovere la presa in carico in un'ottica preventiva e di comunità (sentinelle territoriali)",
          lines: [1071, 1071],
        },
      ],
      target: "14-29 anni",
      budget: {
        total: null,
        lines: [
          { fund: "altro", label: "Finanziamenti statali e/o regionali", amount: null, lines: [1073, 1073] },
          { fund: "altro", label: "Finanziamenti nazionali e europei", amount: null, lines: [1073, 1073] },
          { fund: "altro", label: "Servizio civile universale", amount: null, lines: [1073, 1073] },
        ],
        text: "Finanziamenti statali e/o regionali Finanziamenti nazionali e europei Servizio civile universale",
        source: { document: DOCUMENTS.altoMilanese, lines: [1073, 1073] },
      },
      staff: "Educatori, educatrici, psicologi e tutor formati sulle politiche giovanili",
      transversal: { answer: "si", areas: [] },
      keyPoints: [
        // Printed with no area letter; one cell of the form's table.
        {
          area: null,
          point:
            "Mappatura e ingaggio delle realtà territoriali, condivisione degli obiettivi e delle strategie, attivazione della rete e ampliamento delle connessioni, identificazione di spazi nell'ambito della rigenerazione dei territori destinati ai giovani, interlocuzione con i sistemi formativi e lavorativi",
        }, // L1076
      ],
      asstInAnalysis: { answer: "si", lines: [1077, 1077] },
      asstInDelivery: {
        answer: "si",
        text: "Sì, Attivazione ASST, ATS finanziamenti regionali in interconnessione con gli enti del territorio Ingaggio enti accreditati e non alla presa in carico di minori e famiglie",
        lines: [1078, 1078],
      },
      cooperationWithOtherAmbiti: {
        answer: "si",
        text: "Sì, come progetti ATS legati al benessere",
        ambiti: [],
        lines: [1079, 1079],
      },
      continuity: { answer: "si", lines: [1081, 1081] },
      newService: { kind: null, text: "No" },
      premialProject: { answer: "si", lines: [1083, 1083] },
      coProgrammed: { answer: "si", lines: [1084, 1084] },
      coDesigned: { answer: "si", lines: [1085, 1085] },
      thirdSectorInvolvement: null,
      otherActors: { answer: "si", actors: [], lines: [1086, 1086] },
      needs: {
        text: "Mancanza di spazi di condivisione e sostegno dedicati ai giovani, integrazione tra proposte formative/ culturali, ampliamento delle opportunità sul territorio, ingaggio dei giovani, aumento dei neet, disorientamento, aumento prese in carico Presenza di nuovi soggetti a rischio/nuova utenza Necessità di costruire strumenti di governance ed equipe multidisciplinari",
        indicators: [],
      },
      needKind: { kind: null, text: "Sì" },
      preventionKind: ["preventivo", "promozionale", "riparativo"],
      preventionText: "Preventivo, promozionale e riparativo",
      innovation: {
        answer: "si",
        text: "Sì di ingaggio e corresponsabilità con i giovani, dal punto di vista riparativo integrazione con progetto UP, Progetto Segmenti Consapevoli, on board, prevenzione e progetti Afol (neet)",
        lines: [1090, 1090],
      },
      digitalisation: {
        answer: null,
        text: "Sicuramente implementazione di una comunicazione maggiormente legata al target",
        lines: [1091, 1091],
      },
      processIndicators: {
        text: "Attivazione Rete Re.Le e reti di comunità Forum terzo settore e rete quarto settore Gruppo giovani biblioteche Consulta giovani Cag e servizi attivi sul territorio",
        indicators: [],
      },
      outputIndicators: {
        text: "n. di momenti di condivisione dedicati alla comunicazione n. di attori territoriali ingaggiati come stakeholder n. di canali di comunicazione aperti n. contatti in target n. enti partecipanti n. protocolli / procedure di condivisione",
        indicators: [
          { text: "n. di momenti di condivisione dedicati alla comunicazione", lines: [1094, 1094] },
          { text: "n. di attori territoriali ingaggiati come stakeholder", lines: [1094, 1094] },
          { text: "n. di canali di comunicazione aperti", lines: [1094, 1094] },
          { text: "n. contatti in target", lines: [1094, 1094] },
          { text: "n. enti partecipanti", lines: [1094, 1094] },
          { text: "n. protocolli / procedure di condivisione", lines: [1094, 1094] },
        ],
      },
      outcomeIndicators: {
        text: "Minor numero di giovani con rilevato disagio psichico/fragilità sociali",
        indicators: [],
      },
      targets: [
        {
          id: "O-1",
          kind: "change",
          direction: "decrease",
          measure: "numero di giovani con rilevato disagio psichico/fragilità sociali",
          fromYear: 2025,
          toYear: 2027,
          text: "Minor numero di giovani con rilevato disagio psichico/fragilità sociali",
          lines: [1095, 1095],
        },
      ],
      source: { document: DOCUMENTS.altoMilanese, lines: [1065, 1095] },
    },
    // Obiettivo 1: AREA DIPENDENZE (L1193-1217)
    // Note: policyArea null (basis not-stated): the form has no AREA DI POLICY field and the chapter-4 section
    // heading is the plan's own area, not a DGR macro-area.
    // Note: thirdSectorInvolvement null: field 17 (Terzo Settore involvement without formal
    // co-programming/co-design) is not in the ALM form.
    // Note: priority null: the document marks no objective as prioritario.
    // Note: Section 4.3.2 AREA INCLUSIONE (L1097), sub-area "Area dipendenze" (L1183).
    // Note: The inclusione forms have no LEPS row: the plan states that no LEPS of DGR 2167/2024 can be linked to
    // them (L1191). leps [].
    // Note: The form's title row reads "TITOLO INTERVENTO" (not "… COLLEGATO AL LEPS").
    // Note: Fields absent from this form: NUOVO SERVIZIO (newService kind null), IL BISOGNO RILEVATO ERA GIÀ
    // STATO AFFRONTATO … (needKind null), DIGITALIZZAZIONE (digitalisation null).
    // Note: Transversal areas printed with lower-case letters a., g., i.; titles agree with A, G, I.
    // Note: Key points (L1202), no area printed: "Contrasto alla povertà e all'emarginazione sociale e promozione
    // dell'inclusione attiva - Allargamento della rete e co-programmazione - Rafforzamento delle reti sociali -
    // Vulnerabilità multidimensionale - Presenza di nuovi soggetti a rischio/nuova utenza rispetto al passato -
    // Facilitare l'accesso alle opportunità di benessere e partecipazione attiva" (the first item is the title of
    // macro-area A: the points after it are read as area A's, `areaBasis: "title"`).
    // Note: Premial project (L1207) answered with a sentence, no Sì/No: answer null.
    // Note: Counts printed without a period ("almeno 2 …", "n. 4 …") are encoded per triennium, the plan's
    // period.
    // Note: Directional results ("Incremento …", "Minor numero …") print no years: encoded as change targets over
    // the plan period 2025→2027.
    {
      code: "1",
      form: "pdz-dgr-2167",
      heading: "OBIETTIVO 1",
      policyArea: null,
      policyAreaBasis: "not-stated",
      leps: [],
      priority: null,
      title: "AREA DIPENDENZE",
      goals:
        "Creare sinergie tra soggetti coinvolti sull' intero ambito per aumentare la capacità di riconoscere e leggere le situazioni",
      actions: [
        {
          code: "1",
          title:
            "Individuare target specifici di destinatari a cui indirizzare incontri di formazione rispetto alla cura, prevenzione e riduzione del danno.",
          lines: [1196, 1196],
        },
        {
          code: "2",
          title: "Avviare percorsi di co-progettazione per servizi innovativi",
          lines: [1196, 1196],
        },
      ],
      target: "Scuole, amministrazioni locali, ets, associazioni, oratori, asst per le dipendenze",
      budget: {
        total: null,
        lines: [
          { fund: "altro", label: "Piano GAP ATS Milano", amount: null, lines: [1198, 1198] },
          {
            fund: "altro",
            label: "progetti territoriali jump around - gasoline",
            amount: null,
            lines: [1198, 1198],
          },
        ],
        text: "Risorse disponibili: Piano GAP ATS Milano, progetti territoriali jump around - gasoline",
        source: { document: DOCUMENTS.altoMilanese, lines: [1198, 1198] },
      },
      staff:
        "Referenti ambiti territoriali, Scuole, ETS, Amministratori, soggetti della rete, ASST e ATS - promotori dei processi di lavoro",
      transversal: {
        answer: "si",
        areas: ["A", "G", "I"],
        text: "Sì AREE: a. Contrasto alla povertà e all'emarginazione sociale g. Politiche giovanili e per minori i. Interventi per la famiglia",
      },
      keyPoints: [
        // Under the title of area A, printed first ("Contrasto alla povertà e all'emarginazione sociale e promozione
        // dell'inclusione attiva"), the points separated by " - ".
        { area: "A", point: "Allargamento della rete e co-programmazione", areaBasis: "title" }, // L1202
        { area: "A", point: "Rafforzamento delle reti sociali", areaBasis: "title" }, // L1202
        { area: "A", point: "Vulnerabilità multidimensionale", areaBasis: "title" }, // L1202
        {
          area: "A",
          point: "Presenza di nuovi soggetti a rischio/nuova utenza rispetto al passato",
          areaBasis: "title",
        }, // L1202
        {
          area: "A",
          point: "Facilitare l'accesso alle opportunità di benessere e partecipazione attiva",
          areaBasis: "title",
        }, // L1202
      ],
      asstInAnalysis: { answer: "si", lines: [1203, 1203] },
      asstInDelivery: {
        answer: "si",
        text: "Sì Partecipazione e realizzazioni delle formazioni, partecipazione al comitato scientifico, ruolo attivo nella co-progettazione finalizzata alla realizzazione di progetti e bandi",
        lines: [1204, 1204],
      },
      cooperationWithOtherAmbiti: {
        answer: "si",
        text: "Sì, la collaborazione con altri ambiti finalizzata al confronto allo scambio, al coordinamento ed alla collaborazione in particolare per i percorsi di progettazione",
        ambiti: [],
        lines: [1205, 1205],
      },
      continuity: { answer: "no", lines: [1206, 1206] },
      newService: { kind: null },
      premialProject: {
        answer: null,
        text: "È in continuità con i percorsi formativi e di costruzione di sinergie avviati nelle annualità precedenti.",
        lines: [1207, 1207],
      },
      coProgrammed: { answer: "si", lines: [1208, 1208] },
      coDesigned: { answer: "si", lines: [1209, 1209] },
      thirdSectorInvolvement: null,
      otherActors: {
        answer: "si",
        text: "Sì, Scuole, amministrazioni, parrocchie, associazioni",
        actors: ["Scuole", "amministrazioni", "parrocchie", "associazioni"],
        lines: [1210, 1210],
      },
      needs: { text: "Prevenzione, formazione e costruzione di azioni coordinate", indicators: [] },
      needKind: { kind: null },
      preventionKind: ["preventivo"],
      preventionText: "Preventivo",
      innovation: { answer: "no", lines: [1214, 1214] },
      digitalisation: { answer: null },
      processIndicators: {
        text: "Si prevede l'organizzazione di percorsi formativi e tra gli indicatori di processo si individuano: n. di enti aderenti ai percorsi formativi n. di percorsi formativi realizzati",
        indicators: [
          { text: "n. di enti aderenti ai percorsi formativi", lines: [1215, 1215] },
          { text: "n. di percorsi formativi realizzati", lines: [1215, 1215] },
        ],
      },
      outputIndicators: {
        text: "Realizzazione di almeno 2 percorsi formativi realizzazione di almeno 2 progetti sperimentali",
        indicators: [],
      },
      outcomeIndicators: { text: "Incremento delle collaborazioni", indicators: [] },
      targets: [
        {
          id: "R-1",
          kind: "count-at-least",
          min: 2,
          unit: "percorsi formativi",
          per: "triennium",
          text: "Realizzazione di almeno 2 percorsi formativi",
          lines: [1216, 1216],
        },
        {
          id: "R-2",
          kind: "count-at-least",
          min: 2,
          unit: "progetti sperimentali",
          per: "triennium",
          text: "realizzazione di almeno 2 progetti sperimentali",
          lines: [1216, 1216],
        },
        {
          id: "O-1",
          kind: "change",
          direction: "increase",
          measure: "collaborazioni",
          fromYear: 2025,
          toYear: 2027,
          text: "Incremento delle collaborazioni",
          lines: [1217, 1217],
        },
      ],
      source: { document: DOCUMENTS.altoMilanese, lines: [1193, 1217] },
    },
    // Obiettivo 2: AREA STRANIERI (L1219-1245)
    // Note: policyArea null (basis not-stated): the form has no AREA DI POLICY field and the chapter-4 section
    // heading is the plan's own area, not a DGR macro-area.
    // Note: thirdSectorInvolvement null: field 17 (Terzo Settore involvement without formal
    // co-programming/co-design) is not in the ALM form.
    // Note: priority null: the document marks no objective as prioritario.
    // Note: Section 4.3.2 AREA INCLUSIONE (L1097), sub-area "Area cittadini stranieri" (L1185).
    // Note: No LEPS row (see L1191). leps [].
    // Note: Field absent from this form: IL BISOGNO RILEVATO ERA GIÀ STATO AFFRONTATO … (needKind null).
    // Note: Key points (L1228), no area printed: "Contrasto alla povertà e all'emarginazione sociale e promozione
    // dell'inclusione attiva Allargamento della rete e co-programmazione Contrasto all'isolamento Rafforzamento
    // delle reti sociali Vulnerabilità multidimensionale Facilitare l'accesso alle opportunità di benessere e
    // partecipazione attiva" (the first item is the title of macro-area A: the points after it are read as area
    // A's, `areaBasis: "title"`).
    // Note: New service "No" (L1233): kind null.
    // Note: The impact "1/3 delle sperimentazioni che continuano" is an exact fraction; the contract's minPercent
    // is a decimal string, so it holds 33.33 (1/3 rounded to two decimals). Read as a minimum share.
    {
      code: "2",
      form: "pdz-dgr-2167",
      heading: "OBIETTIVO 2",
      policyArea: null,
      policyAreaBasis: "not-stated",
      leps: [],
      priority: null,
      title: "AREA STRANIERI",
      goals:
        "Mantenimento dei servizi esistenti ove presenti e modellizzazione dei percorsi di facilitazione linguistica nelle scuole con adozione di modelli condivisi da parte delle scuole",
      actions: [
        {
          code: null,
          title: "Ricerca di risorse per mantenere attivi i servizi esistenti",
          lines: [1222, 1222],
        },
        {
          code: null,
          title:
            "Riproposizione dei servizi di facilitazione linguistica e mediazione in scuole ove già attivi e ampliamento di tali servizi a livello territoriale, anche con il coinvolgimento delle famiglie.",
          lines: [1222, 1222],
        },
      ],
      target: "Cittadini stranieri, studenti, famiglie, scuole del territorio",
      budget: {
        total: null,
        lines: [
          {
            fund: "altro",
            label: "Risorse per attività di progettazione",
            amount: null,
            lines: [1224, 1224],
          },
        ],
        text: "Risorse per attività di progettazione",
        source: { document: DOCUMENTS.altoMilanese, lines: [1224, 1224] },
      },
      staff: "Referenti ambito territoriale e Aziende consortili, ETS, Amministratori, soggetti della rete",
      transversal: {
        answer: "si",
        areas: ["A", "G", "H", "I"],
        text: "Sì AREE: a. Contrasto alla povertà e all'emarginazione sociale g. Politiche giovanili e per minori h. Interventi connessi alle politiche per il lavoro i. Interventi per la famiglia",
      },
      keyPoints: [
        // Under the title of area A, printed first ("Contrasto alla povertà e all'emarginazione sociale e promozione
        // dell'inclusione attiva"), the points run together: split at each point of area A in the D.G.R.'s table.
        { area: "A", point: "Allargamento della rete e co-programmazione", areaBasis: "title" }, // L1228
        { area: "A", point: "Contrasto all'isolamento", areaBasis: "title" }, // L1228
        { area: "A", point: "Rafforzamento delle reti sociali", areaBasis: "title" }, // L1228
        { area: "A", point: "Vulnerabilità multidimensionale", areaBasis: "title" }, // L1228
        {
          area: "A",
          point: "Facilitare l'accesso alle opportunità di benessere e partecipazione attiva",
          areaBasis: "title",
        }, // L1228
      ],
      asstInAnalysis: { answer: "si", lines: [1229, 1229] },
      asstInDelivery: { answer: "si", lines: [1230, 1230] },
      cooperationWithOtherAmbiti: {
        answer: "si",
        text: "Sì, le attività di progettazione possono essere integrate con altri ambiti",
        ambiti: [],
        lines: [1231, 1231],
      },
      continuity: { answer: "si", lines: [1232, 1232] },
      newService: { kind: null, text: "No" },
      premialProject: { answer: "no", lines: [1234, 1234] },
      coProgrammed: { answer: "si", lines: [1235, 1235] },
      coDesigned: {
        answer: "si",
        text: "Sì, in particolare rispetto alle attività di progettazione",
        lines: [1236, 1236],
      },
      thirdSectorInvolvement: null,
      otherActors: {
        answer: "si",
        text: "Sì, associazione e gruppi attivi sul territorio",
        actors: ["associazione e gruppi attivi sul territorio"],
        lines: [1237, 1237],
      },
      needs: {
        text: "Risponde alla necessità di dare continuità agli interventi riducendo la tendenza a sviluppare progetti a termine che, oltre a disperdere le risorse, non permettono di garantire stabilità e al bisogno di uniformare o condividere nelle linee di indirizzo i modelli di lavoro sulla mediazione, di dare continuità e di offrire a scuole, famiglie e studenti maggiori possibilità rispettivamente di: rispondere ai bisogni, inclusione e successo scolastico.",
        indicators: [],
      },
      needKind: { kind: null },
      preventionKind: ["preventivo", "riparativo"],
      preventionText: "Preventivo e riparativo",
      innovation: { answer: "no", lines: [1241, 1241] },
      digitalisation: { answer: "no", text: "NO", lines: [1242, 1242] },
      processIndicators: {
        text: "N. di reti e collaborazioni attivate",
        indicators: [{ text: "N. di reti e collaborazioni attivate", lines: [1243, 1243] }],
      },
      outputIndicators: {
        text: "N. progetti sperimentali messi a sistema N. progetti rinnovati",
        indicators: [
          { text: "N. progetti sperimentali messi a sistema", lines: [1244, 1244] },
          { text: "N. progetti rinnovati", lines: [1244, 1244] },
        ],
      },
      outcomeIndicators: { text: "1/3 delle sperimentazioni che continuano", indicators: [] },
      targets: [
        {
          id: "O-1",
          kind: "share-at-least",
          minPercent: "33.33",
          numerator: "sperimentazioni che continuano",
          denominator: "sperimentazioni",
          text: "1/3 delle sperimentazioni che continuano",
          lines: [1245, 1245],
        },
      ],
      source: { document: DOCUMENTS.altoMilanese, lines: [1219, 1245] },
    },
    // Obiettivo 3: AREA POLITICHE DI GENERE (L1246-1271)
    // Slip L1254: Transversal areas lettered "a. Politiche giovanili e per minori b. Interventi per la famiglia
    // c. politiche del lavoro": the letters a/b/c contradict the titles (G, I, H); encoded by title
    // Note: policyArea null (basis not-stated): the form has no AREA DI POLICY field and the chapter-4 section
    // heading is the plan's own area, not a DGR macro-area.
    // Note: thirdSectorInvolvement null: field 17 (Terzo Settore involvement without formal
    // co-programming/co-design) is not in the ALM form.
    // Note: priority null: the document marks no objective as prioritario.
    // Note: Section 4.3.2 AREA INCLUSIONE (L1097), sub-area "Area politiche di genere" (L1186).
    // Note: No LEPS row (see L1191). leps [].
    // Note: Fields absent from this form: IL BISOGNO RILEVATO ERA GIÀ STATO AFFRONTATO … (needKind null), MODELLI
    // INNOVATIVI (innovation null).
    // Note: Budget (L1252) names no fund or amount (it plans to look for funding and lists "Personale dedicato"):
    // lines [].
    // Note: Key points (L1255), no area printed: "Predisporre un fondo di ambito per garantire alle donne
    // strumenti di conciliazione che possano garantire il mantenimento/acquisizione di un lavoro Definire
    // progettualità con AFOL e enti per il lavoro finalizzati a rafforzare le competenze lavorative delle donne e
    // le opportunità di inserimento nel mondo del lavoro Rafforzamento delle reti sociali Facilitare l'accesso
    // alle opportunità di benessere e partecipazione attiva consolidare i programmi già attivi di ASST -
    // integrare con percorsi del terzo settore - coinvolgimento attivo delle scuole e della rete pedagogia".
    // Note: Target "Donne 6/19 anni per le attività formative nelle scuole" (L1251) probably joins two lines of
    // the PDF ("Donne" / "6/19 anni …"); kept as printed.
    // Note: New service "No" (L1260): kind null.
    // Note: "n. 4 incontri di rete" and "n. 10 nuove scuole …" are read as minimum targets; "n. 1 catalogo" is a
    // deliverable.
    // Note: Counts printed without a period ("almeno 2 …", "n. 4 …") are encoded per triennium, the plan's
    // period.
    {
      code: "3",
      form: "pdz-dgr-2167",
      heading: "OBIETTIVO 3",
      policyArea: null,
      policyAreaBasis: "not-stated",
      leps: [],
      priority: null,
      title: "AREA POLITICHE DI GENERE",
      goals:
        "attivare percorsi personalizzati in relazione alle situazioni in particolare in relazione ai temi di cura dei figli e lavoro Formazione su affettività e sessualità",
      actions: [
        {
          code: null,
          title:
            "Individuare possibilità a livello d'ambito per garantire alle donne strumenti di conciliazione che possano garantire il mantenimento/acquisizione di un lavoro",
          lines: [1249, 1249],
        },
        {
          code: null,
          title: "Definire progettualità con AFOL per rafforzare le competenze lavorative delle donne",
          lines: [1249, 1249],
        },
        {
          code: null,
          title: "Co-progettare percorsi formativi sull'affettività da proporre nelle scuole",
          lines: [1249, 1249],
        },
      ],
      target: "Donne 6/19 anni per le attività formative nelle scuole",
      budget: {
        total: null,
        lines: [],
        text: "Reperimento finanziamenti per istituire un fondo destinato alla conciliazione su temi di cura lavoro/figli Personale dedicato",
        source: { document: DOCUMENTS.altoMilanese, lines: [1252, 1252] },
      },
      staff:
        "personale per la co-progettazione, per le azioni rete col coinvolgimento del Terzo Settore e di Asst",
      transversal: {
        answer: "si",
        areas: ["G", "I", "H"],
        text: "Sì nelle aree: a. Politiche giovanili e per minori b. Interventi per la famiglia c. politiche del lavoro",
      },
      keyPoints: [
        // Printed with no area letter, run together: split at each capitalised point, then at " - ".
        {
          area: null,
          point:
            "Predisporre un fondo di ambito per garantire alle donne strumenti di conciliazione che possano garantire il mantenimento/acquisizione di un lavoro",
        }, // L1255
        {
          area: null,
          point:
            "Definire progettualità con AFOL e enti per il lavoro finalizzati a rafforzare le competenze lavorative delle donne e le opportunità di inserimento nel mondo del lavoro",
        }, // L1255
        { area: null, point: "Rafforzamento delle reti sociali" }, // L1255
        { area: null, point: "Facilitare l'accesso alle opportunità di benessere e partecipazione attiva" }, // L1255
        { area: null, point: "consolidare i programmi già attivi di ASST" }, // L1255
        { area: null, point: "integrare con percorsi del terzo settore" }, // L1255
        { area: null, point: "coinvolgimento attivo delle scuole e della rete pedagogia" }, // L1255
      ],
      asstInAnalysis: { answer: "si", lines: [1256, 1256] },
      asstInDelivery: { answer: "si", lines: [1257, 1257] },
      cooperationWithOtherAmbiti: { answer: "no", ambiti: [], lines: [1258, 1258] },
      continuity: { answer: "si", lines: [1259, 1259] },
      newService: { kind: null, text: "No" },
      premialProject: { answer: "no", lines: [1261, 1261] },
      coProgrammed: { answer: "si", lines: [1263, 1263] },
      coDesigned: { answer: "si", lines: [1264, 1264] },
      thirdSectorInvolvement: null,
      otherActors: {
        answer: "si",
        text: "Sì, di AFOL, agenzie interinali/ enti formativi, amministrazioni locali, associazioni, tutte le aziende sociali del territorio, scuole e sportelli psicologici",
        actors: [
          "AFOL",
          "agenzie interinali/ enti formativi",
          "amministrazioni locali",
          "associazioni",
          "tutte le aziende sociali del territorio",
          "scuole e sportelli psicologici",
        ],
        lines: [1265, 1265],
      },
      needs: {
        text: "Maggiore autosufficienza delle donne formare adulti, bambini e ragazzi sulla gestione emotiva e affettiva",
        indicators: [],
      },
      needKind: { kind: null },
      preventionKind: ["preventivo", "riparativo", "promozionale"],
      preventionText: "Preventivo/riparativo e promozionale",
      innovation: { answer: null },
      digitalisation: {
        answer: "si",
        text: "Sì per la costituzione della rete e la diffusione delle informazioni",
        lines: [1268, 1268],
      },
      processIndicators: {
        text: "reperimento finanziamenti per istituire il fondo Co-progettare gli interventi Incontri con AFOL Costituzione di una rete di ambito per mettere a sistema l'offerta formativa (Associazioni, ASST, Scuole)",
        indicators: [],
      },
      outputIndicators: {
        text: "n. donne coinvolte nel percorso di conciliazione n. opportunità lavorative avviate n. di servizi di conciliazione attivati n. 4 incontri di rete n. 1 catalogo offerta formativa n. 10 nuove scuole in cui viene attuata la formazione customer da parte dei bambini e ragazzi coinvolti",
        indicators: [
          { text: "n. donne coinvolte nel percorso di conciliazione", lines: [1270, 1270] },
          { text: "n. opportunità lavorative avviate", lines: [1270, 1270] },
          { text: "n. di servizi di conciliazione attivati", lines: [1270, 1270] },
          { text: "n. 4 incontri di rete", lines: [1270, 1270] },
          { text: "n. 1 catalogo offerta formativa", lines: [1270, 1270] },
          { text: "n. 10 nuove scuole in cui viene attuata la formazione", lines: [1270, 1270] },
          { text: "customer da parte dei bambini e ragazzi coinvolti", lines: [1270, 1270] },
        ],
      },
      outcomeIndicators: {
        text: "Attivazione di supporto permanente consolidamento della rete prevenzione del disagio giovanile prevenzione alla violenza di genere",
        indicators: [],
      },
      targets: [
        {
          id: "R-1",
          kind: "count-at-least",
          min: 4,
          unit: "incontri di rete",
          per: "triennium",
          text: "n. 4 incontri di rete",
          lines: [1270, 1270],
        },
        {
          id: "R-2",
          kind: "deliverable",
          deliverable: "catalogo offerta formativa",
          text: "n. 1 catalogo offerta formativa",
          lines: [1270, 1270],
        },
        {
          id: "R-3",
          kind: "coverage-at-least",
          min: 10,
          unit: "nuove scuole in cui viene attuata la formazione",
          text: "n. 10 nuove scuole in cui viene attuata la formazione",
          lines: [1270, 1270],
        },
      ],
      source: { document: DOCUMENTS.altoMilanese, lines: [1246, 1271] },
    },
    // Obiettivo 4: AREA FRAGILITÀ (L1273-1298)
    // Note: policyArea null (basis not-stated): the form has no AREA DI POLICY field and the chapter-4 section
    // heading is the plan's own area, not a DGR macro-area.
    // Note: thirdSectorInvolvement null: field 17 (Terzo Settore involvement without formal
    // co-programming/co-design) is not in the ALM form.
    // Note: priority null: the document marks no objective as prioritario.
    // Note: Section 4.3.2 AREA INCLUSIONE (L1097), sub-area "Area fragilità" (L1187).
    // Note: No LEPS row (see L1191). leps [].
    // Note: Fields absent from this form: ALTRI ATTORI DELLA RETE (otherActors null), IL BISOGNO RILEVATO ERA GIÀ
    // STATO AFFRONTATO … (needKind null).
    // Note: Transversal (L1281) lists five areas but prints no Sì/No: answer null.
    // Note: Budget (L1279): "Spazi condivisi con le case di comunità" is not money and has no budget line; the
    // FNNA (Fondo Non Autosufficienze) resources are the one fund named, without amount.
    // Note: Key points (L1282), a bullet list with no area printed: "Contrasto all'isolamento", "Rafforzamento
    // delle reti sociali", "Vulnerabilità multidimensionale", "Presenza di nuovi soggetti a rischio/nuova utenza
    // rispetto al passato", "Working poors e lavoratori precari", "Famiglie numerose", "Famiglie monoreddito".
    // Note: New service "No, ma l'ampliamento" (L1287): neither kind is stated, null.
    // Note: Digitalisation answered "Gestionali" (L1295), no Sì/No: answer null.
    {
      code: "4",
      form: "pdz-dgr-2167",
      heading: "OBIETTIVO 4",
      policyArea: null,
      policyAreaBasis: "not-stated",
      leps: [],
      priority: null,
      title: "AREA FRAGILITÀ",
      goals: "Casa di comunità anche per aspetti sociali",
      actions: [
        {
          code: null,
          title:
            "Possibilità di apertura di servizio sociale nelle case di comunità con spazio polifunzionale utilizzabile dai servizi/ enti del territorio, in raccordo col potenziamento dei PUA",
          lines: [1277, 1277],
        },
      ],
      target: "14-100 anni",
      budget: {
        total: null,
        lines: [{ fund: "fna", label: "risorse FNNA potenziamento PUA", amount: null, lines: [1279, 1279] }],
        text: "Spazi condivisi con le case di comunità e risorse FNNA potenziamento PUA",
        source: { document: DOCUMENTS.altoMilanese, lines: [1279, 1279] },
      },
      staff:
        "Operatori assunti con risorse FNNA che dovranno trovare giusto raccordo fra gli operatori sociali e sanitari",
      transversal: {
        answer: null,
        areas: ["A", "B", "E", "G", "I"],
        text: "a. Contrasto alla povertà e all'emarginazione sociale b. Politiche abitative e. Anziani g. Politiche giovanili e per minori i. Interventi per la famiglia",
      },
      keyPoints: [
        // A bullet list printed with no area letter.
        { area: null, point: "Contrasto all'isolamento" }, // L1282
        { area: null, point: "Rafforzamento delle reti sociali" }, // L1282
        { area: null, point: "Vulnerabilità multidimensionale" }, // L1282
        { area: null, point: "Presenza di nuovi soggetti a rischio/nuova utenza rispetto al passato" }, // L1282
        { area: null, point: "Working poors e lavoratori precari" }, // L1282
        { area: null, point: "Famiglie numerose" }, // L1282
        { area: null, point: "Famiglie monoreddito" }, // L1282
      ],
      asstInAnalysis: { answer: "si", lines: [1283, 1283] },
      asstInDelivery: { answer: "si", lines: [1284, 1284] },
      cooperationWithOtherAmbiti: { answer: "no", ambiti: [], lines: [1285, 1285] },
      continuity: { answer: "no", lines: [1286, 1286] },
      newService: { kind: null, text: "No, ma l'ampliamento" },
      premialProject: { answer: "no", lines: [1289, 1289] },
      coProgrammed: { answer: "si", lines: [1290, 1290] },
      coDesigned: { answer: "si", lines: [1291, 1291] },
      thirdSectorInvolvement: null,
      otherActors: { answer: null, actors: [] },
      needs: {
        text: "Risponde al bisogno sociale di presa in carico, oltre a quello sanitario",
        indicators: [],
      },
      needKind: { kind: null },
      preventionKind: ["preventivo", "riparativo"],
      preventionText: "Preventivo e riparativo",
      innovation: { answer: "si", lines: [1294, 1294] },
      digitalisation: { answer: null, text: "Gestionali", lines: [1295, 1295] },
      processIndicators: {
        text: "Accordi disponibilità alla concessione in uso degli spazi delle case di comunità",
        indicators: [],
      },
      outputIndicators: {
        text: "n. 1 convenzione per utilizzo spazi n. 15 accessi/mese",
        indicators: [
          { text: "n. 1 convenzione per utilizzo spazi", lines: [1297, 1297] },
          { text: "n. 15 accessi/mese", lines: [1297, 1297] },
        ],
      },
      outcomeIndicators: { text: "Presa in carico sociale e riferimento per i servizi", indicators: [] },
      targets: [
        {
          id: "R-1",
          kind: "deliverable",
          deliverable: "convenzione per utilizzo spazi (delle case di comunità)",
          text: "n. 1 convenzione per utilizzo spazi",
          lines: [1297, 1297],
        },
        {
          id: "R-2",
          kind: "count-at-least",
          min: 15,
          unit: "accessi",
          per: "month",
          text: "n. 15 accessi/mese",
          lines: [1297, 1297],
        },
      ],
      source: { document: DOCUMENTS.altoMilanese, lines: [1273, 1298] },
    },
    // Obiettivo 1: Definizione di un percorso di attivazione e di promozione del sostegno ai caregiver (L1358-1386)
    // Slip L1372: The cooperation answer breaks off: "… comunità in rete per un invecchiamento" (the project's
    // name ends "invecchiamento attivo")
    // Slip L1384: "D.L. 29/2024": the anziani reform is D.Lgs. 29/2024
    // Note: policyArea null (basis not-stated): the form has no AREA DI POLICY field and the chapter-4 section
    // heading is the plan's own area, not a DGR macro-area.
    // Note: thirdSectorInvolvement null: field 17 (Terzo Settore involvement without formal
    // co-programming/co-design) is not in the ALM form.
    // Note: priority null: the document marks no objective as prioritario.
    // Note: Section 4.3.3 AREA ANZIANI E DISABILI (L1300), sub-area AREA ANZIANI (L1318).
    // Note: The form's title row reads "TITOLO INTERVENTO".
    // Note: Field absent from this form: ALTRI ATTORI DELLA RETE (otherActors null).
    // Note: Cooperation with other Ambiti answered "In parte …" (L1372): answer null; no Ambito named here (the
    // "Oltre l'età" project covers the ASST Ovest Milanese, L1352).
    // Note: Directional results ("Incremento …", "Minor numero …") print no years: encoded as change targets over
    // the plan period 2025→2027.
    {
      code: "1",
      form: "pdz-dgr-2167",
      heading: "OBIETTIVO 1",
      policyArea: null,
      policyAreaBasis: "not-stated",
      leps: ["dimissioni-protette", "pua-integrati-uvm"],
      lepsPrinted: [
        { text: "L3. Servizi Sociali per le dimissioni protette" },
        { text: "L4. PUA integrati e UVM: incremento operatori sociali" },
      ],
      priority: null,
      title: "Definizione di un percorso di attivazione e di promozione del sostegno ai caregiver",
      goals:
        "Incontri di presentazione ai caregivers nei luoghi che frequentano: centri diurni, associazioni, parrocchia, comuni, farmacie, MMG … Opuscolo con raccolta dei servizi presenti sul territorio: cartaceo, da diffondere ad esempio in poliambulatori MMG; online (es: sito di raccolta delle associazioni unico per la zona, diviso per comuni), soprattutto per caregiver giovani … Supporto alla gestione di animali domestici per caregiver in difficoltà; gestione animali in seguito a decesso utente … Aumentare l'integrazione sociosanitaria per una risposta globale e che garantisca maggior continuità ai bisogni di salute",
      actions: [
        { code: null, title: "Tavoli tra operatori/associazioni", lines: [1363, 1363] },
        { code: null, title: "Incontri informativi con la popolazione", lines: [1363, 1363] },
        {
          code: null,
          title:
            'Sviluppo azioni previsti nella progettualità "Oltre l\'età" - comunità in rete per un invecchiamento attivo',
          lines: [1363, 1363],
        },
        {
          code: null,
          title: "Aumentare le informazioni tra servizi e gli operatori della rete",
          lines: [1363, 1363],
        },
      ],
      target: "Cittadini anziani fragili e/o con disabilità e loro caregiver",
      budget: {
        total: null,
        lines: [
          { fund: "altro", label: "Fondi regionali", amount: null, lines: [1365, 1365] },
          { fund: "fnps", label: "FNPS", amount: null, lines: [1365, 1365] },
        ],
        text: "Fondi regionali … FNPS",
        source: { document: DOCUMENTS.altoMilanese, lines: [1365, 1365] },
      },
      staff: "Operatori ASST … Comuni … Associazioni … MMG",
      transversal: {
        answer: "si",
        areas: ["A", "B", "D", "F", "I"],
        text: "Sì … Area … A: Contrasto alla povertà e all'emarginazione sociale e promozione dell'inclusione attiva; … B: Politiche abitative; … D: Domiciliarità; … F: Digitalizzazione dei servizi; … I: Interventi per la famiglia",
      },
      keyPoints: [
        { area: "A", point: "contrasto all'isolamento" },
        { area: "A", point: "rafforzamento delle reti sociali" },
        { area: "B", point: "qualità dell'abitare" },
        { area: "D", point: "flessibilità" },
        { area: "D", point: "ampliamento dei supporti forniti all'utenza" },
        { area: "D", point: "allargamento della rete e co-programmazione" },
        { area: "I", point: "sostegno secondo le specificità del contesto familiare" },
        { area: "I", point: "allargamento della rete e co-programmazione" },
      ],
      asstInAnalysis: { answer: "si", lines: [1370, 1370] },
      asstInDelivery: {
        answer: "si",
        text: "Sì … Come da Linee di indirizzo 2025-2027: Necessità di coordinamento della filiera dei servizi e degli interventi, mettendo effettivamente a sistema gli sforzi sanitari e sociali. … LEPS - sostegno autonomia residua e miglioramento livelli QdV; collaborazione innovativa fra pubblico e Terzo Settore. … Incremento SAD; incremento operatori sociali, attraverso la partecipazione dell'assistente sociale comunale o di Ambito all'interno del PUA delle Case di Comunità",
        lines: [1371, 1371],
      },
      cooperationWithOtherAmbiti: {
        answer: null,
        text: 'In parte attraverso lo Sviluppo delle azioni previste nella progettualità "Oltre l\'età" - comunità in rete per un invecchiamento',
        ambiti: [],
        lines: [1372, 1372],
      },
      continuity: { answer: "si", lines: [1373, 1373] },
      newService: { kind: "nuovo-servizio", text: "Nuovo servizio" },
      premialProject: { answer: "si", lines: [1375, 1375] },
      coProgrammed: { answer: "si", lines: [1376, 1376] },
      coDesigned: {
        answer: "si",
        text: "Sì … Il terzo settore collaborerà nella diffusione informativa e nella raccolta del bisogno del caregiver, oltreché nella gestione di progetti di pet therapy. … Ruolo di facilitatori e di supporto all'interno dei PUA. Co-progettazione e cogestione della formazione degli operatori e di realtà/servizi innovativi e sperimentali (alternativi all'istituzionalizzazione).",
        lines: [1377, 1377],
      },
      thirdSectorInvolvement: null,
      otherActors: { answer: null, actors: [] },
      needs: {
        text: "Cura domiciliare, sostegno per assenza/indebolimento progressivo reti familiari, supporto al caregiver.",
        indicators: [],
      },
      needKind: { kind: "bisogno-consolidato", text: "Bisogno consolidato" },
      preventionKind: ["promozionale", "preventivo"],
      preventionText: "Promozionale e preventivo",
      innovation: {
        answer: "si",
        text: "Sì. Programmazione e sperimentazione di modelli di azione che tendano ad una forte personalizzazione (Linee di indirizzo 2025/2027). Riconoscimento del diritto a poter occuparsi di un animale domestico.",
        lines: [1382, 1382],
      },
      digitalisation: {
        answer: "si",
        text: "Sì, Creazione di uno sportello informativo online.",
        lines: [1383, 1383],
      },
      processIndicators: {
        text: "Lavoro in collaborazione con i PUA. In linea con il D.L. 29/2024 (art. 39), valorizzazione della figura del caregiver familiare, anche attraverso l'individuazione di misure di sostegno e di sollievo agli stessi.",
        indicators: [],
      },
      outputIndicators: {
        text: "Incremento del numero di persone che accedono ai servizi; Incremento dei soggetti intercettati",
        indicators: [
          { text: "Incremento del numero di persone che accedono ai servizi", lines: [1385, 1385] },
          { text: "Incremento dei soggetti intercettati", lines: [1385, 1385] },
        ],
      },
      outcomeIndicators: {
        text: "Rafforzamento degli interventi territoriali finalizzati alla prevenzione dell'istituzionalizzazione",
        indicators: [],
      },
      targets: [
        {
          id: "R-1",
          kind: "change",
          direction: "increase",
          measure: "numero di persone che accedono ai servizi",
          fromYear: 2025,
          toYear: 2027,
          text: "Incremento del numero di persone che accedono ai servizi",
          lines: [1385, 1385],
        },
        {
          id: "R-2",
          kind: "change",
          direction: "increase",
          measure: "soggetti intercettati",
          fromYear: 2025,
          toYear: 2027,
          text: "Incremento dei soggetti intercettati",
          lines: [1385, 1385],
        },
      ],
      source: { document: DOCUMENTS.altoMilanese, lines: [1358, 1386] },
    },
    // Obiettivo 2: INVECCHIAMENTO ATTIVO Presenza di spazi e occasioni per la socialità, lo svago ed il supporto all'acquisizione di informazioni sanitarie. Attivazione attraverso percorso di co-progettazione (L1388-1420)
    // Slip L1414: The indicator list prints "n. territori coinvolti" and "n. di territori coinvolti" (the same
    // indicator twice); both kept
    // Slip L1414: "n. Incremento delle prese in carico …": a count prefix on a change indicator
    // Slip L1413-1420: "D.L. 29/2024": the anziani reform is D.Lgs. 29/2024
    // Note: policyArea null (basis not-stated): the form has no AREA DI POLICY field and the chapter-4 section
    // heading is the plan's own area, not a DGR macro-area.
    // Note: thirdSectorInvolvement null: field 17 (Terzo Settore involvement without formal
    // co-programming/co-design) is not in the ALM form.
    // Note: priority null: the document marks no objective as prioritario.
    // Note: Section 4.3.3 AREA ANZIANI E DISABILI (L1300), sub-area AREA ANZIANI (L1318).
    // Note: The LEPS cell starts "LEPS:" (L1389), dropped from the three names.
    // Note: Fields absent from this form: NUOVO SERVIZIO (newService kind null), ALTRI ATTORI DELLA RETE
    // (otherActors null).
    // Note: The first action (L1393) introduces the actions of the "Oltre L'età" project (capofila Auser); kept
    // as an action as printed.
    // Note: Budget (L1395): "Formatori e materiale" is not a fund, no budget line.
    // Note: Cooperation with other Ambiti (L1402) names Magenta and Abbiategrasso but prints no Sì/No: answer
    // null.
    // Note: The impact answer is printed below its label, on L1418-1420.
    // Note: Directional results ("Incremento …", "Minor numero …") print no years: encoded as change targets over
    // the plan period 2025→2027.
    {
      code: "2",
      form: "pdz-dgr-2167",
      heading: "OBIETTIVO 2",
      policyArea: null,
      policyAreaBasis: "not-stated",
      leps: ["dimissioni-protette", "pua-integrati-uvm", "incremento-sad"],
      lepsPrinted: [
        { text: "L3. SERVIZI SOCIALI PER LE DIMISSIONI PROTETTE" },
        { text: "L4. PUA INTEGRATI E UVM: INCREMENTO OPERATORI SOCIALI" },
        { text: "L5. INCREMENTO SAD" },
      ],
      priority: null,
      title:
        "INVECCHIAMENTO ATTIVO Presenza di spazi e occasioni per la socialità, lo svago ed il supporto all'acquisizione di informazioni sanitarie. Attivazione attraverso percorso di co-progettazione",
      goals:
        "1. Contrastare la solitudine degli anziani, offrendo spazi e occasioni per la socialità, veicolando anche informazioni utili al permanere al domicilio 2. Promuovere, in una logica di welfare di prossimità, il coinvolgimento e reclutamento di nuovi volontari 3. Promuovere le interconnessioni tra associazioni e promuovere le occasioni di scambio tra volontari",
      actions: [
        {
          code: null,
          title:
            "Azioni Progetto “Oltre L’età” - comunità in rete per un invecchiamento attivo, capofila Auser per tutto il territorio dell’ASST OVEST Milanese",
          lines: [1393, 1393],
        },
        {
          code: null,
          title:
            "Mappare, individuare ed “esportare” in diversi territori iniziative che già hanno avuto “successo” (laboratori/corsi/attività, etc.); Ingaggiare giovani e anziani “attivi”, che si occupano di anziani in difficoltà, favorendo lo scambio intergenerazionale",
          lines: [1393, 1393],
        },
        {
          code: null,
          title:
            "Attivare corsi di formazione per volontari con una organizzazione centralizzata, attivando capillarmente i territori",
          lines: [1393, 1393],
        },
      ],
      target: "Cittadini anziani fragili e/o con disabilità e loro caregiver",
      budget: {
        total: null,
        lines: [{ fund: "altro", label: "Risorse Regionali", amount: null, lines: [1395, 1395] }],
        text: "Formatori e materiale … Risorse Regionali",
        source: { document: DOCUMENTS.altoMilanese, lines: [1395, 1395] },
      },
      staff: "Volontari … Personale terzo settore … Personale Centro per la famiglia",
      transversal: {
        answer: "si",
        areas: ["A", "B", "D", "F", "G", "I"],
        text: "Sì: … Area A - Contrasto alla povertà e all'emarginazione sociale e promozione dell'inclusione attiva; … Area B - Politiche abitative; … Area D - Domiciliarità; … Area F - Digitalizzazione dei servizi. … Area G - Politiche giovanili e per i minori; … Area I - Interventi per la famiglia",
      },
      keyPoints: [
        { area: "A", point: "contrasto all'isolamento" },
        { area: "A", point: "rafforzamento delle reti sociali" },
        { area: "A", point: "favorire l'accesso alle opportunità di benessere e partecipazione attiva" },
        { area: "B", point: "qualità dell'abitare" },
        { area: "D", point: "flessibilità" },
        { area: "D", point: "ampliamento dei supporti forniti all'utenza" },
        { area: "F", point: "interventi per l'inclusione e l'alfabetizzazione digitale" },
        { area: "G", point: "rafforzamento delle reti sociali" },
        { area: "I", point: "sostegno secondo le specificità del contesto familiare" },
        { area: "I", point: "allargamento della rete e co-programmazione" },
      ],
      asstInAnalysis: { answer: "si", lines: [1400, 1400] },
      asstInDelivery: {
        answer: "si",
        text: "Sì … Come da Linee di indirizzo 2025-2027: Necessità di coordinamento della filiera dei servizi e degli interventi, mettendo effettivamente a sistema gli sforzi sanitari e sociali. … LEPS: sostegno autonomia residua e miglioramento livelli QdV; collaborazione innovativa fra pubblico e Terzo Settore.",
        lines: [1401, 1401],
      },
      cooperationWithOtherAmbiti: {
        answer: null,
        text: 'Stretta connessione con gli ambiti di Magenta e Abbiategrasso per le azioni previste nella progettualità "Oltre l\'età"',
        ambiti: ["Magenta", "Abbiategrasso"],
        lines: [1402, 1402],
      },
      continuity: { answer: "si", lines: [1403, 1403] },
      newService: { kind: null },
      premialProject: { answer: "si", lines: [1404, 1404] },
      coProgrammed: { answer: "si", lines: [1405, 1405] },
      coDesigned: {
        answer: "si",
        text: "Sì … Il terzo settore favorirà l'intercettazione del bisogno, il lavoro di mappatura del preesistente e dell'esistente, co-progetterà con l'Ambito e gestirà spazi dedicati alla socialità. … Si occuperà inoltre del reclutamento e della formazione di volontari, oltreché di progettualità che favoriscano la connessione e l'incontro di bisogni anziani - giovani.",
        lines: [1406, 1406],
      },
      thirdSectorInvolvement: null,
      otherActors: { answer: null, actors: [] },
      needs: {
        text: "Supporto per invecchiamento attivo, rafforzamento autonomia, sostegno per assenza/indebolimento progressivo reti familiari, supporto al caregiver, contenimento rischio esclusione.",
        indicators: [],
      },
      needKind: { kind: "bisogno-consolidato", text: "Bisogno consolidato" },
      preventionKind: ["promozionale", "preventivo"],
      preventionText: "Promozionale e preventivo",
      innovation: {
        answer: "si",
        text: "Sì. Il coinvolgimento di cittadini giovani e la possibilità di offrire risposte interconnesse ai bisogni diversificati degli uni e degli altri (giovani e anziani).",
        lines: [1411, 1411],
      },
      digitalisation: {
        answer: "si",
        text: "Sì Supporto alla persona anziana nell'utilizzo dei social.",
        lines: [1412, 1412],
      },
      processIndicators: {
        text: "In linea con il D.L. 29/2024, dovrà essere data continuità alle attività e agli spazi di socialità già sperimentati con successo nello scorso triennio nell'ambito del mantenimento delle capacità fisiche, intellettive e sociali. Lavoro in collaborazione con i PUA, che permetta di gettare le basi per la stesura di un protocollo condiviso per la presa in carico sociosanitaria. Programmare e realizzare un piano formativo, centrato sulla valutazione multidimensionale e la personalizzazione degli interventi, che coinvolga tutti gli operatori della rete (MMG, ASST, ATS, assistenti sociali, educatori, ASA, OSS, assistenti familiari).",
        indicators: [],
      },
      outputIndicators: {
        text: "INDICATORI: n. di iniziative individuate; n. territori coinvolti; n. di anziani raggiunti; n. di giovani coinvolti; n. di anziani “attivi” coinvolti; n. di corsi attivati; n. di territori coinvolti; n. di partecipanti; n. di iniziative co-partecipate n. Incremento delle prese in carico integrate da PUA; Presenza di locandine con iniziative/servizi/offerte dei Comuni, ASST, ETS al PUA, in Comune, Punti Salute, ecc...; Corsi di formazione per operatori",
        indicators: [
          { text: "n. di iniziative individuate", lines: [1414, 1414] },
          { text: "n. territori coinvolti", lines: [1414, 1414] },
          { text: "n. di anziani raggiunti", lines: [1414, 1414] },
          { text: "n. di giovani coinvolti", lines: [1414, 1414] },
          { text: "n. di anziani “attivi” coinvolti", lines: [1414, 1414] },
          { text: "n. di corsi attivati", lines: [1414, 1414] },
          { text: "n. di territori coinvolti", lines: [1414, 1414] },
          { text: "n. di partecipanti", lines: [1414, 1414] },
          { text: "n. di iniziative co-partecipate", lines: [1414, 1414] },
          { text: "n. Incremento delle prese in carico integrate da PUA", lines: [1414, 1414] },
          {
            text: "Presenza di locandine con iniziative/servizi/offerte dei Comuni, ASST, ETS al PUA, in Comune, Punti Salute, ecc...",
            lines: [1414, 1414],
          },
          { text: "Corsi di formazione per operatori", lines: [1414, 1414] },
        ],
      },
      outcomeIndicators: {
        text: "Mappare e individuare iniziative da riproporre poi nell'annualità successiva; Progettare la formazione di volontari; Come da D.L. 29/2024: Introduzione di una logica di rete e di sussidiarietà orizzontale, orientata alla persona e basata sull'integrazione delle varie risposte",
        indicators: [],
      },
      targets: [
        {
          id: "R-1",
          kind: "change",
          direction: "increase",
          measure: "prese in carico integrate da PUA",
          fromYear: 2025,
          toYear: 2027,
          text: "n. Incremento delle prese in carico integrate da PUA",
          lines: [1414, 1414],
        },
        {
          id: "R-2",
          kind: "deliverable",
          deliverable:
            "locandine con iniziative/servizi/offerte presenti al PUA, in Comune, Punti Salute (sì/no)",
          text: "Presenza di locandine con iniziative/servizi/offerte dei Comuni, ASST, ETS al PUA, in Comune, Punti Salute, ecc...",
          lines: [1414, 1414],
        },
      ],
      source: { document: DOCUMENTS.altoMilanese, lines: [1388, 1420] },
    },
    // Obiettivo 3: Promuovere la cultura del progetto di Vita come progressivo e inevitabile superamento della logica vicariante e sussidiaria. Non più un modello di funzionamento dell'uomo, ma la possibilità di raggiungere i propri obiettivi Sostenere la diffusione nella comunità di una cultura pienamente inclusiva, che consideri il diritto delle persone con disabilità a esprimere e perseguire i propri obiettivi. Lavorare affinché la partecipazione sociale delle persone con disabilità sia elemento di corresponsabilità. (L1473-1503)
    // Slip L1474: "L2. Servizi sociali per le dimissioni protette": the same LEPS is coded L3 in objectives 1 and
    // 2 of the section (L1359, L1389)
    // Slip L1499: The form's guidance "SI/NO (se sì, indicare quali aspetti)" is left in the innovation answer
    // before "Sì, …"
    // Slip L1480: "Decreto-legge 62": the disability reform is D.Lgs. 62/2024
    // Note: policyArea null (basis not-stated): the form has no AREA DI POLICY field and the chapter-4 section
    // heading is the plan's own area, not a DGR macro-area.
    // Note: thirdSectorInvolvement null: field 17 (Terzo Settore involvement without formal
    // co-programming/co-design) is not in the ALM form.
    // Note: priority null: the document marks no objective as prioritario.
    // Note: Section 4.3.3 AREA ANZIANI E DISABILI (L1300), sub-area AREA DISABILITÀ (L1422); numbered 3 after the
    // two anziani objectives.
    // Note: The form's title row reads "TITOLO INTERVENTO COLLEGATO AI LEPS"; the title is two paragraphs (<p>)
    // joined with one space.
    // Note: Field absent from this form: DIGITALIZZAZIONE (digitalisation null).
    // Note: Actions (L1478): two unnumbered items, the second ("Avvio Centro per la vita Indipendente:")
    // introducing three numbered sub-actions; the nesting is not representable (PlannedAction has no parent).
    // Note: Transversal "I - Interventi per la famiglia - politiche giovanili" (L1484) joins I's title with part
    // of G's; encoded I as lettered.
    // Note: Key points (L1485), no area letter printed: "contrasto all'isolamento: rafforzamento delle reti
    // sociali.", "digitalizzazione dell'accesso: digitalizzazione del servizio, integrazione e rafforzamento del
    // collegamento tra i nodi della rete;", "sostegno secondo le specificità del contesto familiare; allargamento
    // della rete e co-programmazione."
    // Note: New service (L1490) answered with a description of the Centro per la vita indipendente (first
    // experimentation in 2025), not with one of the form's kinds: kind null.
    // Note: The quantified target (at least 2 listening points, one per territory) is printed in the MODALITÀ
    // ORGANIZZATIVE row (L1500), not under RISULTATI.
    // Note: Budget line "Risorse Regionali e Comunali" names two sources in one label; kept as one line (fund
    // altro).
    // Note: Counts printed without a period ("almeno 2 …", "n. 4 …") are encoded per triennium, the plan's
    // period.
    {
      code: "3",
      form: "pdz-dgr-2167",
      heading: "OBIETTIVO 3",
      policyArea: null,
      policyAreaBasis: "not-stated",
      leps: [
        "valutazione-multidimensionale-progetto-personalizzato",
        "dimissioni-protette",
        "pua-integrati-uvm",
        "incremento-sad",
      ],
      lepsPrinted: [
        { text: "L1. Valutazione multidimensionale e progetto personalizzato" },
        { text: "L2. Servizi sociali per le dimissioni protette" },
        { text: "L4. PUA integrazione e UVM: incremento operatori sociali" },
        { text: "L5. Incremento SAD" },
      ],
      priority: null,
      title:
        "Promuovere la cultura del progetto di Vita come progressivo e inevitabile superamento della logica vicariante e sussidiaria. Non più un modello di funzionamento dell'uomo, ma la possibilità di raggiungere i propri obiettivi Sostenere la diffusione nella comunità di una cultura pienamente inclusiva, che consideri il diritto delle persone con disabilità a esprimere e perseguire i propri obiettivi. Lavorare affinché la partecipazione sociale delle persone con disabilità sia elemento di corresponsabilità.",
      goals:
        "Informare e orientare su servizi istituzionali e non, a disposizione sul territorio; Intercettare situazioni di margine. Informazione e Formazione dedicata all'ascolto attivo e relazione empatica. Primo contatto di aiuto per persone con disabilità e/o familiari … Costruire una mappatura che possa ispirare le scelte delle amministrazioni locali, dei servizi sociosanitari, dei progetti territoriali; Promuovere percorsi di progettazione partecipata in tema di inclusione: una progettazione per l'individuo reale che valorizzi le specificità di ognuno, coinvolgendo la diversità umana nel processo progettuale. … Sensibilizzazione. Superamento dello stigma della diversità. Mettere al centro la persona e non la diversità o la malattia. Compartecipazione alle buone pratiche. Accoglienza percorsi di alternanza scuola-lavoro da parte di enti pubblici",
      actions: [
        {
          code: null,
          title: "Maggiore integrazione tra bisogni sanitari e sociali nei PUA",
          lines: [1478, 1478],
        },
        { code: null, title: "Avvio Centro per la vita Indipendente:", lines: [1478, 1478] },
        { code: "1", title: "Creazione di spazi d'ascolto diffusi sul territorio", lines: [1478, 1478] },
        {
          code: "2",
          title:
            "Valorizzazione delle esperienze e delle persone portatrici di conoscenze e di esperienze (esperto per esperienza/esperto naturale)",
          lines: [1478, 1478],
        },
        {
          code: "3",
          title:
            "Promozione di percorsi di formazione al superamento degli stereotipi e alla valorizzazione della diversità per operatori territoriali, amministrazioni locali, scuole, cittadini",
          lines: [1478, 1478],
        },
      ],
      target: "Minori e adulti con disabilità e le loro famiglie",
      budget: {
        total: null,
        lines: [
          { fund: "pnrr", label: "Fondi PNRR", amount: null, lines: [1480, 1480] },
          { fund: "altro", label: "Decreto-legge 62", amount: null, lines: [1480, 1480] },
          { fund: "altro", label: "Fondi PRO.VI", amount: null, lines: [1480, 1480] },
          { fund: "altro", label: "Risorse Regionali e Comunali", amount: null, lines: [1480, 1480] },
        ],
        text: "Fondi PNRR; Decreto-legge 62 … Fondi PRO.VI … Risorse Regionali e Comunali",
        source: { document: DOCUMENTS.altoMilanese, lines: [1480, 1480] },
      },
      staff:
        "Personale dei Centri per la famiglia (Castanese e Legnanese) … Personale centro per la vita indipendente … Assistente sociale d'ambito nei PUA … Volontari e cittadini … Tavolo Disabilità/Cabina di regia … Personale delle Aziende Sociali territoriali e di ASST Ovest Milanese … Personale delle Associazioni e delle Cooperative … Personale dei Comuni … Personale delle scuole di formazione territoriali e Formatori",
      transversal: {
        answer: "si",
        areas: ["A", "F", "I", "H"],
        text: "Sì: … Area … A - Contrasto alla povertà e all'emarginazione sociale e promozione dell'inclusione attiva; … F - Digitalizzazione dei servizi; … I - Interventi per la famiglia - politiche giovanili … H- Interventi connessi alle politiche per il lavoro",
      },
      keyPoints: [
        // Three paragraphs printed with no area letter, the last two points separated by ";".
        { area: null, point: "contrasto all'isolamento: rafforzamento delle reti sociali" }, // L1485
        {
          area: null,
          point:
            "digitalizzazione dell'accesso: digitalizzazione del servizio, integrazione e rafforzamento del collegamento tra i nodi della rete",
        }, // L1485
        { area: null, point: "sostegno secondo le specificità del contesto familiare" }, // L1485
        { area: null, point: "allargamento della rete e co-programmazione" }, // L1485
      ],
      asstInAnalysis: { answer: "si", lines: [1486, 1486] },
      asstInDelivery: {
        answer: "si",
        text: "Sì … Come da Linee di indirizzo 2025-2027: Programmazione sociale di ASST, insieme ad Ambiti e ATS, per interventi integrati e congiunti e anche sperimentali. … LEPS - Valutazione multidimensionale e progetto personalizzato. LEPS - PUA integrati e UVM: incremento operatori sociali. (vedi tabella integrazione sociosanitaria)",
        lines: [1487, 1487],
      },
      cooperationWithOtherAmbiti: {
        answer: "si",
        text: "Sì, in riferimento agli interventi di integrazione sociosanitaria e di sviluppo del centro per la vita indipendente.",
        ambiti: [],
        lines: [1488, 1488],
      },
      continuity: { answer: "si", lines: [1489, 1489] },
      newService: {
        kind: null,
        text: "Centro per la vita indipendente progetto validato a fine ottobre per cui la sua prima sperimentazione verrà realizzata nel 2025 attraverso lavoro di co-progettazione",
      },
      premialProject: { answer: "si", lines: [1491, 1491] },
      coProgrammed: { answer: "si", lines: [1493, 1493] },
      coDesigned: {
        answer: "si",
        text: "Sì Il terzo settore favorirà l'intercettazione del bisogno e collaborerà con la nuova figura professionale sociale nella realizzazione degli obiettivi del PdV in un'ottica di inclusione sociale. Gli enti del terzo settore, ognuno secondo le proprie specificità, lavoreranno in un'ottica di rete con gli Ambiti, ATS e ASST.",
        lines: [1494, 1494],
      },
      thirdSectorInvolvement: null,
      otherActors: {
        answer: "si",
        text: "Sì Scuole: attivazione di percorsi di alternanza scuola/lavoro",
        actors: ["Scuole"],
        lines: [1495, 1495],
      },
      needs: {
        text: 'Prevenzione al bisogno, così da offrire su grande scala la possibilità di essere informati sulle possibilità e sui servizi, associazioni, progetti utili alla contingenza del presente ed essere supportati nella stesura del "Progetto di Vita". Diritto alla scelta e ad autodeterminarsi rispetto al personale Progetto di Vita',
        indicators: [],
      },
      needKind: { kind: "bisogno-consolidato", text: "Bisogno consolidato" },
      preventionKind: ["promozionale", "preventivo"],
      preventionText: "Promozionale e preventivo",
      innovation: {
        answer: "si",
        text: "SI/NO (se sì, indicare quali aspetti) Sì, l'innovazione è rappresentata dall'istituzione della nuova figura professionale sociale, quale … trait d'union … fra l'ambito sanitario e quello sociale.",
        lines: [1499, 1499],
      },
      digitalisation: { answer: null },
      processIndicators: {
        text: "Avvio di almeno 2 punti di ascolto, nel territorio legnanese e nel territorio castanese, in stretta connessione con lo sportello del Centro per la Vita Indipendente. Co-programmazione e co-progettazione fra Ambiti e Terzo settore per la predisposizione di eventi formativi e eventi di sensibilizzazione nei territori e nelle scuole.",
        indicators: [],
      },
      outputIndicators: {
        text: "Aumentare la consapevolezza delle persone con disabilità in merito ai propri diritti Migliorare la qualità della vita delle persone con disabilità … INDICATORI: … n. persone coinvolte nell'analisi del territorio; n. comuni coinvolti; n. spazi d'ascolto già esistenti sul territorio da mettere in rete ed in collaborazione; n. di nuove progettazioni individuate; n. di interlocutori del pubblico/privato coinvolti; n. di aziende, commercianti, uff. pubblici, coop. Sociali, P.A., etc... disponibili all'inclusione oltre l'obbligo di % legge 68; n. esperti per esperienza coinvolti; n. di percorsi organizzati; n. di partecipanti ai percorsi promossi",
        indicators: [
          { text: "n. persone coinvolte nell'analisi del territorio", lines: [1502, 1502] },
          { text: "n. comuni coinvolti", lines: [1502, 1502] },
          {
            text: "n. spazi d'ascolto già esistenti sul territorio da mettere in rete ed in collaborazione",
            lines: [1502, 1502],
          },
          { text: "n. di nuove progettazioni individuate", lines: [1502, 1502] },
          { text: "n. di interlocutori del pubblico/privato coinvolti", lines: [1502, 1502] },
          {
            text: "n. di aziende, commercianti, uff. pubblici, coop. Sociali, P.A., etc... disponibili all'inclusione oltre l'obbligo di % legge 68",
            lines: [1502, 1502],
          },
          { text: "n. esperti per esperienza coinvolti", lines: [1502, 1502] },
          { text: "n. di percorsi organizzati", lines: [1502, 1502] },
          { text: "n. di partecipanti ai percorsi promossi", lines: [1502, 1502] },
        ],
      },
      outcomeIndicators: {
        text: "Intercettare situazioni che sono più ai margini o che hanno reticenza al rapporto con gli enti dedicati. … Promozione di un sistema che integri i bisogni di vita delle persone con disabilità nella vita della comunità, tra i bisogni di tutti, espandendo una cultura più inclusiva. … Migliorare la qualità di vita delle persone coinvolte",
        indicators: [],
      },
      targets: [
        {
          id: "P-1",
          kind: "count-at-least",
          min: 2,
          unit: "punti di ascolto",
          per: "triennium",
          text: "Avvio di almeno 2 punti di ascolto, nel territorio legnanese e nel territorio castanese",
          lines: [1500, 1500],
        },
      ],
      source: { document: DOCUMENTS.altoMilanese, lines: [1473, 1503] },
    },
    // Obiettivo 4: Interventi di sollievo (L1505-1535)
    // Note: policyArea null (basis not-stated): the form has no AREA DI POLICY field and the chapter-4 section
    // heading is the plan's own area, not a DGR macro-area.
    // Note: thirdSectorInvolvement null: field 17 (Terzo Settore involvement without formal
    // co-programming/co-design) is not in the ALM form.
    // Note: priority null: the document marks no objective as prioritario.
    // Note: Section 4.3.3 AREA ANZIANI E DISABILI (L1300), sub-area AREA DISABILITÀ (L1422).
    // Note: The form's title row reads "TITOLO INTERVENTO".
    // Note: Field absent from this form: L'INTERVENTO È REALIZZATO IN COOPERAZIONE CON ALTRI AMBITI? (answer
    // null).
    // Note: Transversal (L1514): "sociale e - promozione dell'inclusione attiva" is read as the rest of area A's
    // title (conjunction "e"), not as a letter e.
    // Note: Budget: "Legge 112/2016" is the Dopo di Noi law (fund dopo-di-noi); "DGR 25/2022" probably the
    // regional law 25/2022 on independent living (fund altro).
    // Note: The impact answer is printed below its label, on L1535.
    // Note: No result is quantified: the two indicators carry no target values.
    {
      code: "4",
      form: "pdz-dgr-2167",
      heading: "OBIETTIVO 4",
      policyArea: null,
      policyAreaBasis: "not-stated",
      leps: ["valutazione-multidimensionale-progetto-personalizzato", "pua-integrati-uvm"],
      lepsPrinted: [
        { text: "L1. Valutazione multidimensionale e progetto personalizzato" },
        { text: "L4. PUA integrazione e UVM: incremento operatori sociali" },
      ],
      priority: null,
      title: "Interventi di sollievo",
      goals:
        'Presa in carico a tutto tondo della famiglia, per raggiungere maggior consapevolezza degli strumenti a disposizione, a seconda della fascia d\'età della persona; Implementazione degli spazi di sollievo familiare e di aggregazione … Incentivare la condivisione in alloggi per una vita il più possibile autonoma, formando piccole comunità che ben si possono definire "NUOVE FAMIGLIE" … Costruire un modello integrato di accompagnamento e di cura delle persone fragili e a supporto del caregiver',
      actions: [
        {
          code: null,
          title:
            "Spazio/Sportello Multidisciplinare che abbia carattere: Informativo, di Supporto psico pedagogico, Legale (centro per la vita indipendente)",
          lines: [1510, 1510],
        },
        {
          code: null,
          title:
            "In base al singolo progetto di vita: previsione di alloggi organizzati e protetti – palestre di vita",
          lines: [1510, 1510],
        },
      ],
      target: "Minori e adulti con disabilità e le loro famiglie",
      budget: {
        total: null,
        lines: [
          { fund: "dopo-di-noi", label: "Legge 112/2016", amount: null, lines: [1512, 1512] },
          { fund: "altro", label: "DGR 25/2022", amount: null, lines: [1512, 1512] },
          { fund: "altro", label: "PRO.VI", amount: null, lines: [1512, 1512] },
        ],
        text: "Legge 112/2016; DGR 25/2022; PRO.VI",
        source: { document: DOCUMENTS.altoMilanese, lines: [1512, 1512] },
      },
      staff:
        "Educatori e personale formato: Psicologi Pedagogisti Assistenti Sociali Legali Associazioni di volontariato del settore",
      transversal: {
        answer: "si",
        areas: ["A", "B", "D", "I"],
        text: "Sì: Area a - Contrasto alla povertà e all'emarginazione sociale e - promozione dell'inclusione attiva; b - Politiche abitative; d- Domiciliarità; i- Interventi per la famiglia",
      },
      keyPoints: [
        { area: "A", point: "contrasto all'isolamento" },
        { area: "A", point: "rafforzamento delle reti sociali" },
        { area: "B", point: "qualità dell'abitare" },
        { area: "B", point: "allargamento della rete e co- programmazione" },
        { area: "D", point: "flessibilità" },
        { area: "D", point: "ampliamento dei supporti offerti all'utenza" },
        { area: "I", point: "sostegno secondo le specificità del contesto familiare" },
        { area: "I", point: "allargamento della rete e co- programmazione" },
      ],
      asstInAnalysis: { answer: "si", lines: [1516, 1516] },
      asstInDelivery: {
        answer: "si",
        text: "Sì Come da Linee di indirizzo 2025-2027: Programmazione sociale di ASST, insieme ad Ambiti e ATS, per interventi integrati e congiunti e anche sperimentali. LEPS - Valutazione multidimensionale e progetto personalizzato",
        lines: [1517, 1517],
      },
      cooperationWithOtherAmbiti: { answer: null, ambiti: [] },
      continuity: { answer: "si", lines: [1518, 1518] },
      newService: { kind: "servizio-rivisto", text: "Servizio sostanzialmente rivisto/aggiornato" },
      premialProject: { answer: "si", lines: [1521, 1521] },
      coProgrammed: { answer: "si", lines: [1522, 1522] },
      coDesigned: {
        answer: "si",
        text: "Sì Gli enti del Terzo Settore gestiranno progetti e interventi di supporto per i caregiver familiari e per lo sviluppo di percorsi di autonomia delle persone con disabilità.",
        lines: [1523, 1523],
      },
      thirdSectorInvolvement: null,
      otherActors: {
        answer: "si",
        text: "Sì, studi legali per supporto e consulenza",
        actors: ["studi legali"],
        lines: [1524, 1524],
      },
      needs: {
        text: "Bisogno delle persone e delle loro famiglie ad avere sostegni idonei e adeguati che rendano fattiva l'inclusione sociale e l'accesso a servizi e diritti.",
        indicators: [],
      },
      needKind: { kind: "bisogno-consolidato", text: "Bisogno consolidato" },
      preventionKind: ["promozionale", "preventivo"],
      preventionText: "Promozionale e preventiva",
      innovation: {
        answer: "si",
        text: "Sì. L'innovazione è rappresentata dalla progettazione di nuove forme dell'abitare.",
        lines: [1528, 1528],
      },
      digitalisation: { answer: "no", lines: [1529, 1529] },
      processIndicators: {
        text: "Avvio dei lavori del Tavolo Disabilità finalizzato alla creazione di Agenzie per la Vita Indipendente, che prevedano anche Sportelli di carattere informativo e di supporto.",
        indicators: [],
      },
      outputIndicators: {
        text: "INDICATORI: Numero di accessi; Numero di situazioni soddisfatte",
        indicators: [
          { text: "Numero di accessi", lines: [1531, 1531] },
          { text: "Numero di situazioni soddisfatte", lines: [1531, 1531] },
        ],
      },
      outcomeIndicators: {
        text: "Attivazione di nuovi servizi sperimentali co-progettati e co-gestiti con le famiglie.",
        indicators: [],
      },
      targets: [],
      source: { document: DOCUMENTS.altoMilanese, lines: [1505, 1535] },
    },
    // Obiettivo 1: ABITARE ATTIVO (L1626-1654)
    // Slip L1645: The other-actors answer has no Sì/No and ends on a dangling comma ("… enti ecclesiastici,")
    // Note: policyArea null (basis not-stated): the form has no AREA DI POLICY field and the chapter-4 section
    // heading is the plan's own area, not a DGR macro-area.
    // Note: thirdSectorInvolvement null: field 17 (Terzo Settore involvement without formal
    // co-programming/co-design) is not in the ALM form.
    // Note: priority null: the document marks no objective as prioritario.
    // Note: Section 4.3.4 AREA POLITICHE ABITATIVE E DEL LAVORO (L1537), sub-area AREA POLITICHE ABITATIVE
    // (L1553).
    // Note: The form's title row reads "TITOLO INTERVENTO".
    // Note: Transversal "Sì - promozione dell'inclusione attiva" (L1634) names the 2021-2023 area C, merged into
    // A in 2025-2027: mapped to A from the title.
    // Note: Key points (L1635), no area printed: "Allargamento della rete dei soggetti del Terzo Settore".
    // Note: Actions (L1630): two items ("Essere RETE: …", "Fare cultura: …") as in the priority table L1610-1619.
    // Note: New service "No" (L1641): kind null.
    // Note: Other actors (L1645): no Sì/No printed, answer null.
    // Note: The annual report (L1652) is the only quantified result; "canone agevolato < libero mercato" is its
    // subject, not a target.
    {
      code: "1",
      form: "pdz-dgr-2167",
      heading: "OBIETTIVO 1",
      policyArea: null,
      policyAreaBasis: "not-stated",
      leps: ["accesso-valutazione-sostegni"],
      lepsPrinted: [
        {
          text: "Servizi per l'accesso, la valutazione e i sostegni da individuare nel progetto individualizzato",
        },
      ],
      priority: null,
      title: "ABITARE ATTIVO",
      goals:
        "Avere spazi di confronto continuativo e con soggetti portatori di istanze diverse per trasformare i bisogni in politiche per la casa",
      actions: [
        {
          code: null,
          title:
            "Essere RETE: Muoversi come collettività e non in modo isolato, Agire come territorio e non come singole realtà",
          lines: [1630, 1630],
        },
        {
          code: null,
          title:
            "Fare cultura: informare, sensibilizzare, promuovere azioni culturali sul tema dell'abitare sia sul fronte dei proprietari che su quello degli inquilini. Promuovere, pubblicizzare e incentivare l'uso dei contratti concordati. Informare sulle garanzie del Comune e degli strumenti di tutela del proprietario",
          lines: [1630, 1630],
        },
      ],
      target:
        "Sindacati locali presenti sul territorio, enti locali e uffici casa, associazioni, cooperative, fondazioni, enti ecclesiastici, anche impegnati in ambiti quali disabilità o altro, cittadini",
      budget: {
        total: null,
        lines: [
          {
            fund: "altro",
            label: "Partecipazione a bandi e finanziamenti",
            amount: null,
            lines: [1632, 1632],
          },
        ],
        text: "Risorse disponibili: Partecipazione a bandi e finanziamenti",
        source: { document: DOCUMENTS.altoMilanese, lines: [1632, 1632] },
      },
      staff: "Azione da sviluppare con il supporto dell'agenzia per l'abitare",
      transversal: { answer: "si", areas: ["A"], text: "Sì - promozione dell'inclusione attiva" },
      keyPoints: [
        // Printed with no area letter; one cell of the form's table.
        { area: null, point: "Allargamento della rete dei soggetti del Terzo Settore" }, // L1635
      ],
      asstInAnalysis: { answer: "si", lines: [1636, 1636] },
      asstInDelivery: { answer: "si", lines: [1638, 1638] },
      cooperationWithOtherAmbiti: { answer: "no", ambiti: [], lines: [1639, 1639] },
      continuity: { answer: "si", lines: [1640, 1640] },
      newService: { kind: null, text: "No" },
      premialProject: { answer: "no", lines: [1642, 1642] },
      coProgrammed: { answer: "si", lines: [1643, 1643] },
      coDesigned: { answer: "si", lines: [1644, 1644] },
      thirdSectorInvolvement: null,
      otherActors: {
        answer: null,
        text: "Sindacati locali presenti sul territorio, enti locali e uffici casa, associazioni, cooperative, fondazioni, enti ecclesiastici,",
        actors: [
          "Sindacati locali presenti sul territorio",
          "enti locali e uffici casa",
          "associazioni",
          "cooperative",
          "fondazioni",
          "enti ecclesiastici",
        ],
        lines: [1645, 1645],
      },
      needs: { text: "Confronto e informazione", indicators: [] },
      needKind: { kind: "bisogno-consolidato", text: "Bisogno consolidato" },
      preventionKind: ["promozionale"],
      preventionText: "Promozionale",
      innovation: { answer: "no", lines: [1649, 1649] },
      digitalisation: { answer: "no", lines: [1650, 1650] },
      processIndicators: {
        text: "Reportistica annuale sul problema abitativo: canone agevolato < libero mercato",
        indicators: [],
      },
      outputIndicators: {
        text: "Momenti di sensibilizzazione, informazione costanti e di raccordo tra tutti gli enti coinvolti. Informazione dettagliata e precisa sul tema casa a livello territoriale.",
        indicators: [],
      },
      outcomeIndicators: {
        text: "Maggiore informazione riguardo le misure a tutela dei proprietari e a sostegno degli inquilini.",
        indicators: [],
      },
      targets: [
        {
          id: "P-1",
          kind: "count-at-least",
          min: 1,
          unit: "report sul problema abitativo",
          per: "year",
          text: "Reportistica annuale sul problema abitativo",
          lines: [1652, 1652],
        },
      ],
      source: { document: DOCUMENTS.altoMilanese, lines: [1626, 1654] },
    },
    // Obiettivo 2: SOSTEGNO INQUILINI FRAGILI (L1656-1679)
    // Note: policyArea null (basis not-stated): the form has no AREA DI POLICY field and the chapter-4 section
    // heading is the plan's own area, not a DGR macro-area.
    // Note: thirdSectorInvolvement null: field 17 (Terzo Settore involvement without formal
    // co-programming/co-design) is not in the ALM form.
    // Note: priority null: the document marks no objective as prioritario.
    // Note: Section 4.3.4 AREA POLITICHE ABITATIVE E DEL LAVORO (L1537), sub-area AREA POLITICHE ABITATIVE
    // (L1553).
    // Note: The form's title row reads "TITOLO INTERVENTO".
    // Note: Fields absent from this form: RISORSE DI PERSONALE DEDICATE (staff null), PROGETTO PREMIALE (answer
    // null), CO-PROGETTATO CON IL TERZO SETTORE (answer null), QUALE IMPATTO DOVREBBE AVERE L'INTERVENTO?
    // (outcomeIndicators null).
    // Note: Budget "Non previste al momento" (L1662): no resources foreseen, lines [].
    // Note: Key points (L1664), no area printed: "Allargamento della rete e co-programmazione Famiglie numerose e
    // monoreddito Filiera integrata a partire dalla casa".
    // Note: New service "No" (L1670): kind null.
    // Note: No result is quantified (the chapter-5 table adds an indicator "n. inquilini seguiti", L1876, not in
    // this form).
    {
      code: "2",
      form: "pdz-dgr-2167",
      heading: "OBIETTIVO 2",
      policyArea: null,
      policyAreaBasis: "not-stated",
      leps: ["accesso-valutazione-sostegni"],
      lepsPrinted: [
        {
          text: "Servizi per l'accesso, la valutazione e i sostegni da individuare nel progetto individualizzato",
        },
      ],
      priority: null,
      title: "SOSTEGNO INQUILINI FRAGILI",
      goals:
        "Sostenere gli inquilini fragili nel loro ruolo di affittuari Promuovere una maggiore equità in ambito abitativo e nella società nel suo complesso, riconoscendo e supportando le esigenze specifiche.",
      actions: [
        {
          code: null,
          title:
            "Valutare forme di residenzialità per persone sole, autonome ma con redditi contenuti e che magari necessitano di accompagnamento",
          lines: [1660, 1660],
        },
        { code: null, title: "Sostenere la garanzia affitti", lines: [1660, 1660] },
      ],
      target: "Inquilini fragili",
      budget: {
        total: null,
        lines: [],
        text: "Non previste al momento",
        source: { document: DOCUMENTS.altoMilanese, lines: [1662, 1662] },
      },
      staff: null,
      transversal: {
        answer: "si",
        areas: ["I", "J", "A"],
        text: "Sì Area I: interventi per la famiglia; Area J: interventi a favore di persone con disabilità; Area A: contrasto alla povertà e all'emarginazione sociale e promozione dell'inclusione attiva",
      },
      keyPoints: [
        // Printed with no area letter, run together: split at each capitalised point.
        { area: null, point: "Allargamento della rete e co-programmazione" }, // L1664
        { area: null, point: "Famiglie numerose e monoreddito" }, // L1664
        { area: null, point: "Filiera integrata a partire dalla casa" }, // L1664
      ],
      asstInAnalysis: { answer: "no", lines: [1666, 1666] },
      asstInDelivery: { answer: "no", lines: [1667, 1667] },
      cooperationWithOtherAmbiti: { answer: "no", ambiti: [], lines: [1668, 1668] },
      continuity: { answer: "si", lines: [1669, 1669] },
      newService: { kind: null, text: "No" },
      premialProject: { answer: null },
      coProgrammed: { answer: "si", lines: [1671, 1671] },
      coDesigned: { answer: null },
      thirdSectorInvolvement: null,
      otherActors: { answer: "no", actors: [], lines: [1672, 1672] },
      needs: { text: "Tutela inquilini fragili", indicators: [] },
      needKind: { kind: "bisogno-consolidato", text: "Bisogno consolidato" },
      preventionKind: ["promozionale"],
      preventionText: "Promozionale",
      innovation: { answer: "no", lines: [1676, 1676] },
      digitalisation: { answer: "no", lines: [1677, 1677] },
      processIndicators: { text: "Interventi di mediazione con l'Agenzia per l'Abitare", indicators: [] },
      outputIndicators: {
        text: "Maggior equità in ambito abitativo e nella società. Garantire condizione di vita dignitose alla popolazione fragile.",
        indicators: [],
      },
      outcomeIndicators: { text: null, indicators: [] },
      targets: [],
      source: { document: DOCUMENTS.altoMilanese, lines: [1656, 1679] },
    },
    // Obiettivo 3: RACCORDO TRA REALTÀ TERRITORIALI (pubblico, privato, terzo settore) (L1719-1746)
    // Slip L1728: Transversal area "e. Promozione inclusione attiva": the letter e (Anziani) contradicts the
    // title, the 2021-2023 area C merged into A; encoded as A (already listed)
    // Slip L1717-1719: The only lavoro objective is numbered "OBIETTIVO 3", continuing the numbering of the two
    // abitare objectives
    // Note: policyArea null (basis not-stated): the form has no AREA DI POLICY field and the chapter-4 section
    // heading is the plan's own area, not a DGR macro-area.
    // Note: thirdSectorInvolvement null: field 17 (Terzo Settore involvement without formal
    // co-programming/co-design) is not in the ALM form.
    // Note: priority null: the document marks no objective as prioritario.
    // Note: Section 4.3.4 AREA POLITICHE ABITATIVE E DEL LAVORO (L1537), sub-area AREA LAVORO (L1681).
    // Note: The form's title row reads "TITOLO INTERVENTO".
    // Note: Fields absent from this form: RISORSE ECONOMICHE PREVENTIVATE (budget null), È IN CONTINUITÀ CON LA
    // PROGRAMMAZIONE PRECEDENTE (answer null), PROGETTO PREMIALE (answer null).
    // Note: Key points (L1729), a bullet list with no area printed: "Contrasto alle difficoltà socioeconomiche
    // dei giovani e loro inserimento nel mondo del lavoro", "Interventi a favore dei NEET", "Allargamento della
    // rete e co-programmazione", "Presenza di nuovi soggetti a rischio/nuova utenza rispetto al passato", "Nuovi
    // strumenti di governance", "Conciliazione vita-tempi", "Integrazione e rafforzamento del collegamento tra i
    // nodi della rete", "Working poors e lavoratori precari", "Famiglie numerose", "Famiglie monoreddito".
    // Note: Action 1 (L1724) carries a nested bullet list (three sub-items) inside the numbered list; kept in the
    // action's title, joined with single spaces.
    // Note: "Con incontri trimestrali" (L1743): one meeting a quarter; the contract has no quarterly period, so
    // it is encoded as at least 4 a year.
    // Note: "n. cooperative coinvolte", "frequenza di aggiornamento del padlet" and "n. di informazioni inserite"
    // carry no target value.
    // Note: Counts printed without a period ("almeno 2 …", "n. 4 …") are encoded per triennium, the plan's
    // period.
    // Note: Mapped: target P-1: at least 1 per quarter ("Con incontri trimestrali"), the model having the period
    // that the contract lacked
    {
      code: "3",
      form: "pdz-dgr-2167",
      heading: "OBIETTIVO 3",
      policyArea: null,
      policyAreaBasis: "not-stated",
      leps: ["presa-in-carico-sociale-lavorativa"],
      lepsPrinted: [{ text: "Presa in carico sociale/ lavorativa" }],
      priority: null,
      title: "RACCORDO TRA REALTÀ TERRITORIALI (pubblico, privato, terzo settore)",
      goals:
        "Coordinare e integrare le risorse sistemiche e progettuali esistenti per fornire un supporto più efficace all'occupazione, concentrando gli sforzi su strategie collaborative e sinergiche.",
      actions: [
        {
          code: "1",
          title:
            "Istituzione di un tavolo permanente in grado di definire linee e prassi su: - Coinvolgimento aziende - Self empowerment - Progettualità NEET, donne, stranieri e altre categorie fragili/vulnerabili",
          lines: [1724, 1724],
        },
        {
          code: "2",
          title:
            "Creazione di un padlet o di un portale di raccolta e raccordo di tutte le iniziative, i progetti, le opportunità presenti sul territorio in ambito lavoro e formazione.",
          lines: [1724, 1724],
        },
        {
          code: "3",
          title:
            "Creare attraverso il padlet/portale un network coordinato con progetti e iniziative che possano migliorare la qualità di vita dei genitori single, consentendo loro di conciliare responsabilità familiari e professionali in modo più efficace e sostenibile e permettere agli operatori del lavoro di sapere cosa c'è sul territorio.",
          lines: [1724, 1724],
        },
        {
          code: "4",
          title:
            "Ideazione di modalità collaborative e di connessione con le aziende del territorio (Confindustria e Confcommercio) anche grazie alla connessione creata nel Progetto 300 +1",
          lines: [1724, 1724],
        },
        {
          code: "5",
          title:
            "Organizzazione/partecipazione ad eventi sul/del territorio a scopo formativo/informativo su tematiche riguardanti il lavoro (legge 68, lavoro nero, altro).",
          lines: [1724, 1724],
        },
        { code: "6", title: 'Promuovere eventi di "Fiera del Lavoro"', lines: [1724, 1724] },
      ],
      target:
        "Destinatari Diretti: UdP e ASST, realtà del territorio impegnate in area formazione/lavoro (SISL, AFOL, IAL, CSEL, COOPERATIVE B, SOLIDARIETA' E SERVIZI, PROMOS), ETS impegnati sul territorio in azioni riguardanti l'area formazione/lavoro. Altri attori estemporanei da coinvolgere sulla base di OdG del tavolo o delle iniziative specifiche. … Destinatari Indiretti: aziende e possibili beneficiari.",
      budget: null,
      staff: "Da definire in base alle risorse messe a disposizione da eventuali progettualità",
      transversal: {
        answer: "si",
        areas: ["A", "G", "I", "J"],
        text: "Sì … AREE: … a. Contrasto alla povertà e all'emarginazione sociale … e. Promozione inclusione attiva … g. Politiche giovanili e per minori … i. Interventi per la famiglia … j. Interventi a favore delle persone con disabilità",
      },
      keyPoints: [
        // A bullet list printed with no area letter.
        {
          area: null,
          point:
            "Contrasto alle difficoltà socioeconomiche dei giovani e loro inserimento nel mondo del lavoro",
        }, // L1729
        { area: null, point: "Interventi a favore dei NEET" }, // L1729
        { area: null, point: "Allargamento della rete e co-programmazione" }, // L1729
        { area: null, point: "Presenza di nuovi soggetti a rischio/nuova utenza rispetto al passato" }, // L1729
        { area: null, point: "Nuovi strumenti di governance" }, // L1729
        { area: null, point: "Conciliazione vita-tempi" }, // L1729
        { area: null, point: "Integrazione e rafforzamento del collegamento tra i nodi della rete" }, // L1729
        { area: null, point: "Working poors e lavoratori precari" }, // L1729
        { area: null, point: "Famiglie numerose" }, // L1729
        { area: null, point: "Famiglie monoreddito" }, // L1729
      ],
      asstInAnalysis: { answer: "si", lines: [1730, 1730] },
      asstInDelivery: { answer: "si", lines: [1731, 1731] },
      cooperationWithOtherAmbiti: {
        answer: "si",
        text: "Sì, l'azione viene integrata o connessa con l'attuale Progettazione in corso \"300+1\" e può prevedere una cooperazione con gli ambiti territoriali di Magenta e di Abbiategrasso.",
        ambiti: ["Magenta", "Abbiategrasso"],
        lines: [1732, 1732],
      },
      continuity: { answer: null },
      newService: { kind: "servizio-rivisto", text: "Servizio sostanzialmente rivisto/aggiornato" },
      premialProject: { answer: null },
      coProgrammed: { answer: "si", lines: [1734, 1734] },
      coDesigned: { answer: "si", lines: [1735, 1735] },
      thirdSectorInvolvement: null,
      otherActors: {
        answer: "si",
        text: "Sì, coinvolgimento dei sindacati, referenti aziendali, associazioni di categoria etc...",
        actors: ["sindacati", "referenti aziendali", "associazioni di categoria"],
        lines: [1737, 1737],
      },
      needs: {
        text: "Bisogno di avere un confronto e collaborazione tra chi si occupa di accompagnare le persone e il sistema imprenditoriale e necessità di promuovere il coinvolgimento attivo delle aziende. … Bisogno occupazionale - Inserimento nel mondo del lavoro di diversi target (persone senza fissa dimora, giovani, NEET, stranieri, donne, fragilità varie, persone con disabilità).",
        indicators: [],
      },
      needKind: { kind: "bisogno-consolidato", text: "Bisogno consolidato" },
      preventionKind: ["riparativo", "promozionale"],
      preventionText:
        "Riparativo perché tenta di rispondere a dei bisogni consolidati nel tempo e non risolti … Promozionale perché sul territorio non esistono momenti, strumenti, iniziative strutturate e stabili di raccordo tra i diversi enti che si occupano in diversi modi delle politiche del lavoro",
      innovation: {
        answer: "si",
        text: "Sì – Digitalizzazione delle informazioni condivise",
        lines: [1741, 1741],
      },
      digitalisation: {
        answer: "si",
        text: "Sì, La raccolta delle informazioni e la connessione tra progetti e iniziative presenti sul territorio e sulle diverse opportunità per i beneficiari attraverso uno strumento digitale (PADLET) accessibile e visionabile da tutti gli interessati.",
        lines: [1742, 1742],
      },
      processIndicators: {
        text: "Tavolo permanente di confronto sul territorio Alto Milanese con la partecipazione di enti pubblici, privati, associazioni, terzo settore e sindacati etc. Con incontri trimestrali … Attività di promozione",
        indicators: [],
      },
      outputIndicators: {
        text: "n. 3 contaminazioni/presenze del tavolo lavoro in eventi del territorio; … n. 3 medio/grandi aziende coinvolte nelle azioni e n. cooperative coinvolte; … frequenza di aggiornamento del padlet e n. di informazioni inserite. … Report annuale sulle iniziative del tavolo",
        indicators: [
          {
            text: "n. 3 contaminazioni/presenze del tavolo lavoro in eventi del territorio",
            lines: [1744, 1744],
          },
          { text: "n. 3 medio/grandi aziende coinvolte nelle azioni", lines: [1744, 1744] },
          { text: "n. cooperative coinvolte", lines: [1744, 1744] },
          { text: "frequenza di aggiornamento del padlet", lines: [1744, 1744] },
          { text: "n. di informazioni inserite", lines: [1744, 1744] },
          { text: "Report annuale sulle iniziative del tavolo", lines: [1744, 1744] },
        ],
      },
      outcomeIndicators: {
        text: "Maggiore integrazione tra politiche abitative e politiche del lavoro e le altre aree di policy migliorare l'accesso al mercato del lavoro … Rafforzare il welfare territoriale, creando reti di supporto locale che uniscano servizi abitativi, educativi, e di inserimento lavorativo in un sistema coeso, capace di rispondere alle diverse esigenze della comunità.",
        indicators: [],
      },
      targets: [
        {
          id: "P-1",
          kind: "count-at-least",
          min: 1,
          unit: "incontri del tavolo permanente (trimestrali)",
          per: "quarter",
          text: "Con incontri trimestrali",
          lines: [1743, 1743],
        },
        {
          id: "R-1",
          kind: "count-at-least",
          min: 3,
          unit: "contaminazioni/presenze del tavolo lavoro in eventi del territorio",
          per: "triennium",
          text: "n. 3 contaminazioni/presenze del tavolo lavoro in eventi del territorio",
          lines: [1744, 1744],
        },
        {
          id: "R-2",
          kind: "count-at-least",
          min: 3,
          unit: "medio/grandi aziende coinvolte nelle azioni",
          per: "triennium",
          text: "n. 3 medio/grandi aziende coinvolte nelle azioni",
          lines: [1744, 1744],
        },
        {
          id: "R-3",
          kind: "count-at-least",
          min: 1,
          unit: "report sulle iniziative del tavolo",
          per: "year",
          text: "Report annuale sulle iniziative del tavolo",
          lines: [1744, 1744],
        },
      ],
      source: { document: DOCUMENTS.altoMilanese, lines: [1719, 1746] },
    },
  ] satisfies SchedaObiettivoDraftInput[]);
