// Excerpts of the seeds' evaluation grids, scored system and 2015-2017 plan, as test fixtures in the models' input
// form (canonical numbers): copied from the hand-encoded records under /work/extract/ (verbatim texts, seed lines),
// converted as the models ask (a record's lines as { document, lines }, a part's as lines; slips and notes left out),
// and trimmed to what the tests need. They are not datasets: the datasets of issue 12 §7 hold the whole records.
//
// - Busto Arsizio 2021-2024 (seed 001 L240-515): 8 objectives graded by bands only, objective 8 in two parts (L507).
// - Alto Milanese 2021-2023 (seed 004 L97-229): 9 objectives, "80% - 99% (Buono)" beside bare "30%".
// - Sebino 2021-2023 (seed 002 L321-409): the narrative evaluation of four themes (texts abridged).
// - Alto Milanese's scored system (seed 004 L1778-1803): six criteria scored 1/5/10, four classes.
// - The 2015-2017 plan (seed 003): general objectives 1, 2 and 7 of nine (L14-396, L929-1000); "tutti e sette i
//   Comuni" (L49-50) gives comuniCount 7.
import type { LegacyPlanInput, PlanEvaluationInput, ScoredEvaluationSystemInput } from "../../src/index.js";

/** Busto Arsizio 2021-2024: grades by bands only (seed 001 L329-515). */
export const BUSTO_ARSIZIO_EVALUATION_EXCERPT = {
  period: {
    from: 2021,
    to: 2024,
    text: "Esiti della Programmazione Zonale 2021-2024",
  },
  grid: "dgr-2167-bands",
  objectives: [
    {
      code: "1",
      title:
        "PRESA IN CARICO INTEGRATA DELLE PERSONE CON FRAGILITÀ RISPETTO AL BISOGNO PRIMARIO DELL'ABITARE",
      area: "B) POLITICHE ABITATIVE",
      grade: {
        text: "80-99% (buono)",
        range: {
          from: "80",
          to: "99",
        },
        band: "buono",
        lines: [334, 334],
      },
      adequacy: {
        level: "adeguato",
        text: "Adeguito",
      },
      coincidence: {
        statedBand: "sottostimato",
        text: ">100% (sottostimato) Oltre alle risorse ipotizzate in fase di programmazione sono state messe a disposizione ulteriori risorse proprie per la ristrutturazione di 7 appartamenti provenienti dal Piano delle Alienazioni e la valorizzazione del patrimonio abitativo pubblico (art. 28-31 LR 16/2016 e DGR 6072/16)",
      },
      source: {
        document: "Piano di Zona 2025-2027, Ambito di Busto Arsizio",
        lines: [329, 342],
      },
    },
    {
      code: "2",
      title: "IL LAVORO, CHIAVE PER CONTRASTARE LA POVERTA'",
      area: "A) CONTRASTO ALLA POVERTA' E ALLA EMARGINAZIONE SOCIALE",
      grade: {
        text: "80-99% (buono)",
        range: {
          from: "80",
          to: "99",
        },
        band: "buono",
        lines: [361, 361],
      },
      adequacy: {
        level: "sufficientemente-adeguato",
        text: "Sufficientemente adeguato",
      },
      coincidence: {
        statedBand: "sovrastimato",
        text: "<100% (non realizzato come programmato o sovrastimato)",
      },
      source: {
        document: "Piano di Zona 2025-2027, Ambito di Busto Arsizio",
        lines: [357, 371],
      },
    },
    {
      code: "3",
      title: "POTENZIAMENTO RETE ANTIVIOLENZA E CODICE ROSA",
      area: "I) INTERVENTI PER LA FAMIGLIA",
      grade: {
        text: "80-99% (buono)",
        range: {
          from: "80",
          to: "99",
        },
        band: "buono",
        lines: [388, 388],
      },
      adequacy: {
        level: "adeguato",
        text: "Adeguato. Si evidenzia che con l'incremento delle attività (multidisciplinarietà) e del lavoro di integrazione tra i diversi soggetti essenziali della rete, cresce costantemente la richiesta di potenziamento delle attività di coordinamento.",
      },
      coincidence: {
        statedPercent: "100",
        statedBand: "ottimo",
        text: "100% (ottimo)",
      },
      source: {
        document: "Piano di Zona 2025-2027, Ambito di Busto Arsizio",
        lines: [384, 399],
      },
    },
    {
      code: "4",
      title: "I GIOVANI AL CENTRO",
      area: "G) POLITICHE GIOVANILI E PER I MINORI",
      grade: {
        text: "80-99% (buono)",
        range: {
          from: "80",
          to: "99",
        },
        band: "buono",
        lines: [414, 414],
      },
      adequacy: {
        level: "adeguato",
        text: "Adeguito",
      },
      coincidence: {
        statedPercent: "100",
        statedBand: "ottimo",
        text: "100% (ottimo)",
      },
      source: {
        document: "Piano di Zona 2025-2027, Ambito di Busto Arsizio",
        lines: [410, 422],
      },
    },
    {
      code: "5",
      title: "DISABILITY MANAGER",
      area: "J) INTERVENTI A FAVORE DI PERSONE CON DISABILITÀ",
      grade: {
        text: "80-99% (buono)",
        range: {
          from: "80",
          to: "99",
        },
        band: "buono",
        lines: [435, 435],
      },
      adequacy: {
        level: "adeguato",
        text: "Adeguito",
      },
      coincidence: {
        statedPercent: "100",
        statedBand: "ottimo",
        text: "100% (ottimo)",
      },
      source: {
        document: "Piano di Zona 2025-2027, Ambito di Busto Arsizio",
        lines: [431, 444],
      },
    },
    {
      code: "6",
      title: "LA CASA AL CENTRO",
      area: "J) INTERVENTI A FAVORE DI PERSONE CON DISABILITÀ",
      grade: {
        text: "50% (sufficiente)",
        percent: "50",
        band: "sufficiente",
        lines: [450, 450],
      },
      adequacy: {
        level: "adeguato",
        text: "Adeguito",
      },
      coincidence: {
        statedBand: "sovrastimato",
        text: "<100% (non realizzato come programmato o sovrastimato)",
      },
      source: {
        document: "Piano di Zona 2025-2027, Ambito di Busto Arsizio",
        lines: [446, 460],
      },
    },
    {
      code: "7",
      title: "IL DISABILE E LA SUA FAMIGLIA NEL PERCORSO DI VITA",
      area: "J) INTERVENTI A FAVORE DI PERSONE CON DISABILITÀ",
      grade: {
        text: "80-99% (buono)",
        range: {
          from: "80",
          to: "99",
        },
        band: "buono",
        lines: [468, 468],
      },
      adequacy: {
        level: null,
        text: "Sufficiente",
      },
      coincidence: {
        statedBand: "sovrastimato",
        text: "<100% (non realizzato come programmato o sovrastimato)",
      },
      source: {
        document: "Piano di Zona 2025-2027, Ambito di Busto Arsizio",
        lines: [462, 477],
      },
    },
    {
      code: "8",
      title: "CONTRASTO ALL'ISOLAMENTO",
      area: "D) ANZIANI - E) DOMICILIARITA'",
      adequacy: {
        level: "adeguato",
        text: "Adeguate per tutti i progetti realizzati",
      },
      coincidence: {
        statedPercent: "100",
        statedBand: "ottimo",
        text: "100% (ottimo) per tutti i progetti realizzati",
      },
      parts: [
        {
          code: "8a",
          title: "Area autosufficienza (progettazione Boost – Azione argento in forma)",
          grade: {
            text: "80-99% (buono)",
            range: {
              from: "80",
              to: "99",
            },
            band: "buono",
            lines: [507, 507],
          },
          lines: [507, 507],
        },
        {
          code: "8b",
          title:
            "Area non autosufficienza (progettazioni Accoglienza e dimissioni protette e Ufficio di Prossimità)",
          grade: {
            text: "80-99% (buono)",
            range: {
              from: "80",
              to: "99",
            },
            band: "buono",
            lines: [507, 507],
          },
          lines: [507, 507],
        },
      ],
      source: {
        document: "Piano di Zona 2025-2027, Ambito di Busto Arsizio",
        lines: [501, 515],
      },
    },
  ],
  source: {
    document: "Piano di Zona 2025-2027, Ambito di Busto Arsizio",
    lines: [240, 515],
  },
} as const satisfies PlanEvaluationInput;

/** Alto Milanese 2021-2023: bands beside bare percentages (seed 004 L112-229). */
export const ALTO_MILANESE_EVALUATION_EXCERPT = {
  period: {
    from: 2021,
    to: 2023,
    text: "Programmazione zonale 2021/2023",
  },
  grid: "dgr-2167-bands",
  objectives: [
    {
      code: "1",
      title: "Partecipazione attiva dei giovani e prevenzione disagio tra scuola ed extra scuola.",
      area: "AREA MINORI E FAMIGLIA",
      grade: {
        text: "80% - 99% (Buono)",
        range: {
          from: "80",
          to: "99",
        },
        band: "buono",
        lines: [116, 116],
      },
      adequacy: {
        level: "adeguato",
        text: "Adeguito",
      },
      coincidence: {
        statedPercent: "90",
        text: "90%",
      },
      source: {
        document: "Piano di Zona 2025-2027, Ambito Alto Milanese",
        lines: [114, 125],
      },
    },
    {
      code: "2",
      title: "Azioni a supporto della genitorialità",
      area: "AREA MINORI E FAMIGLIA",
      grade: {
        text: "80% - 99% (Buono)",
        range: {
          from: "80",
          to: "99",
        },
        band: "buono",
        lines: [129, 129],
      },
      adequacy: {
        level: "sufficientemente-adeguato",
        text: "Sufficientemente adeguato",
      },
      coincidence: {
        statedPercent: "100",
        text: "100%",
      },
      source: {
        document: "Piano di Zona 2025-2027, Ambito Alto Milanese",
        lines: [127, 137],
      },
    },
    {
      code: "3",
      title: "Azioni di supporto alle famiglie in condizione di disagio e fragilità",
      area: "AREA INCLUSIONE",
      grade: {
        text: "50 – 79% (sufficiente)",
        range: {
          from: "50",
          to: "79",
        },
        band: "sufficiente",
        lines: [143, 143],
      },
      adequacy: {
        level: "sufficientemente-adeguato",
        text: "Sufficientemente adeguate",
      },
      coincidence: {
        statedPercent: "70",
        text: "70%",
      },
      source: {
        document: "Piano di Zona 2025-2027, Ambito Alto Milanese",
        lines: [141, 150],
      },
    },
    {
      code: "4",
      title: "Implementazione di azioni di conciliazione dei tempi di vita e tempi di lavoro",
      area: "AREA INCLUSIONE",
      grade: {
        text: "80% - 99% (Buono)",
        range: {
          from: "80",
          to: "99",
        },
        band: "buono",
        lines: [154, 154],
      },
      adequacy: {
        level: "adeguato",
        text: "Adeguito",
      },
      coincidence: {
        statedPercent: "100",
        text: "100%",
      },
      source: {
        document: "Piano di Zona 2025-2027, Ambito Alto Milanese",
        lines: [152, 162],
      },
    },
    {
      code: "5",
      title:
        "Promuovere una maggiore integrazione degli interventi sociali e sociosanitari, mantenendo al centro la cura della salute della persona e favorire il protagonismo attivo degli anziani attraverso proposte ed iniziative inclusive nel territorio di appartenenza",
      area: "AREA ANZIANI",
      grade: {
        text: "50%",
        percent: "50",
        lines: [168, 168],
      },
      adequacy: {
        level: "inadeguato",
        text: "Inadeguato",
      },
      coincidence: {
        statedBand: "sovrastimato",
        text: "<100% non realizzato come programmato",
      },
      source: {
        document: "Piano di Zona 2025-2027, Ambito Alto Milanese",
        lines: [166, 177],
      },
    },
    {
      code: "6",
      title:
        "1.Promozione della cura del passaggio da adolescente a adulto (NPI e Psichiatria) 2. Potenziamento attività orientate all'inclusione - interventi di promozione legate al Dopo di noi",
      area: "AREA DISABILI",
      grade: {
        text: "80%",
        percent: "80",
        lines: [183, 183],
      },
      adequacy: {
        level: "adeguato",
        text: "Adeguito",
      },
      coincidence: {
        statedPercent: "100",
        text: "100%",
      },
      source: {
        document: "Piano di Zona 2025-2027, Ambito Alto Milanese",
        lines: [181, 191],
      },
    },
    {
      code: "7",
      title: "Promozione del canone concordato e rinnovo degli accordi locali territoriali",
      area: "AREA ABITARE",
      grade: {
        text: "60%",
        percent: "60",
        lines: [197, 197],
      },
      adequacy: {
        level: "non-pertinente",
        text: "Non applicabile",
      },
      coincidence: {
        statedBand: "non-applicabile",
        text: "Non applicabile",
      },
      source: {
        document: "Piano di Zona 2025-2027, Ambito Alto Milanese",
        lines: [195, 204],
      },
    },
    {
      code: "8",
      title:
        "Maggiore coinvolgimento dei proprietari di immobili sfitti e attivazione di interventi specifici verso gli Inquilini.",
      area: "AREA ABITARE",
      grade: {
        text: "30%",
        percent: "30",
        lines: [208, 208],
      },
      adequacy: {
        level: "adeguato",
        text: "Adeguate",
      },
      coincidence: {
        statedPercent: "100",
        text: "100%",
      },
      source: {
        document: "Piano di Zona 2025-2027, Ambito Alto Milanese",
        lines: [206, 217],
      },
    },
    {
      code: "9",
      title: "Riorganizzazione Agenzia Locazione territoriale",
      area: "AREA ABITARE",
      grade: {
        text: "100%",
        percent: "100",
        lines: [221, 221],
      },
      adequacy: {
        level: "adeguato",
        text: "Adeguito",
      },
      coincidence: {
        statedPercent: "100",
        text: "100%",
      },
      source: {
        document: "Piano di Zona 2025-2027, Ambito Alto Milanese",
        lines: [219, 229],
      },
    },
  ],
  source: {
    document: "Piano di Zona 2025-2027, Ambito Alto Milanese",
    lines: [97, 229],
  },
} as const satisfies PlanEvaluationInput;

/** Sebino 2021-2023: a narrative evaluation of four themes (seed 002 L321-409). */
export const SEBINO_EVALUATION_EXCERPT = {
  period: {
    from: 2021,
    to: 2023,
    text: "Piano di Zona 2021 – 2023 prorogato al 31/12/2024",
  },
  grid: "narrative",
  objectives: [],
  narrative: {
    themes: [
      {
        title: "Potenziamento della Governance",
        outcome: "non-raggiunti",
        outcomeText: "ad eccezione del primo",
        text: "Il primo obbiettivo “Potenziamento della Governance” era determinante poiché è fondamentale stabilire ruoli, regole e …",
        lines: [334, 349],
        outcomeLines: [406, 407],
      },
      {
        title: "Lo sviluppo della domiciliarità",
        outcome: "in-parte-raggiunti",
        outcomeText: "sono stati in parte raggiunti",
        text: "Il secondo obbiettivo prevedeva “Lo sviluppo della domiciliarità” che anche a seguito della pandemia da Covid 19 aveva …",
        lines: [351, 368],
        outcomeLines: [406, 407],
      },
      {
        title: "Rete territoriale per minori e famiglie",
        outcome: "in-parte-raggiunti",
        outcomeText: "sono stati in parte raggiunti",
        text: "Il terzo obbiettivo riguardava la “Rete territoriale per minori e famiglie”. L’Ambito si era posto l’obbiettivo di …",
        lines: [370, 384],
        outcomeLines: [406, 407],
      },
      {
        title: "Rete territoriale dei servizi",
        outcome: "in-parte-raggiunti",
        outcomeText: "sono stati in parte raggiunti",
        text: "Il quarto obbiettivo era la “Rete territoriale dei servizi” e riguardava l’area delle disabilità e proponeva di …",
        lines: [386, 393],
        outcomeLines: [406, 407],
      },
    ],
    lines: [321, 409],
  },
  statedOverallGrade: {
    text: "gli obbiettivi della precedente programmazione ad eccezione del primo, sono stati in parte raggiunti",
    lines: [406, 407],
  },
  source: {
    document: "Piano di Zona 2025-2027, Ambito n. 5 Sebino",
    lines: [321, 409],
  },
} as const satisfies PlanEvaluationInput;

/** Alto Milanese's scored system (seed 004 L1778-1803). */
export const ALTO_MILANESE_SCORED_SYSTEM_EXCERPT = {
  criteria: [
    {
      title: "Rilevanza e Allineamento agli Obiettivi di programmazione sociale",
      text: "Gli obiettivi e le azioni previste dal Piano di Zona sono allineati con le esigenze specifiche del territorio e gli obiettivi sociali strategici dei comuni e delle realtà locali?",
      scores: [
        {
          points: 1,
          meaning: "Gli obiettivi non rispondono alle esigenze locali.",
        },
        {
          points: 5,
          meaning: "Obiettivi parzialmente pertinenti, ma con alcune lacune.",
        },
        {
          points: 10,
          meaning: "Obiettivi pienamente coerenti con le necessità sociali del territorio.",
        },
      ],
      lines: [1782, 1783],
    },
    {
      title: "Efficienza nella Gestione delle Risorse",
      text: "Il piano di zona gestisce in modo ottimale le risorse economiche e umane disponibili? Sono state previste misure per ridurre gli sprechi e massimizzare l'efficacia degli interventi?",
      scores: [
        {
          points: 1,
          meaning: "Gestione inefficiente, risorse mal allocate.",
        },
        {
          points: 5,
          meaning: "Gestione sufficiente, ma con alcune risorse non pienamente ottimizzate.",
        },
        {
          points: 10,
          meaning: "Gestione ottimale delle risorse, alta efficienza.",
        },
      ],
      lines: [1784, 1785],
    },
    {
      title: "Coordinamento e Integrazione dei Servizi Sociali",
      text: "Il PDZ promuove il coordinamento tra i vari servizi sociali, sanitari, educativi e le altre politiche locali? C'è integrazione tra i diversi soggetti pubblici e privati coinvolti?",
      scores: [
        {
          points: 1,
          meaning: "Servizi non integrati e scarsa collaborazione tra i soggetti coinvolti.",
        },
        {
          points: 5,
          meaning: "Collaborazione parziale tra i vari servizi.",
        },
        {
          points: 10,
          meaning:
            "Eccellente integrazione tra i servizi, con forte collaborazione tra attori pubblici e privati.",
        },
      ],
      lines: [1786, 1787],
    },
    {
      title: "Attivazione della Comunità",
      text: "Il PDZ promuove la partecipazione attiva dei cittadini, delle associazioni e degli altri attori sociali nel processo di progettazione e implementazione delle politiche? Sono previsti momenti di consultazione e feedback continuo?",
      scores: [
        {
          points: 1,
          meaning: "Partecipazione minima o assente, scarso coinvolgimento della comunità.",
        },
        {
          points: 5,
          meaning: "Partecipazione presente, ma limitata in alcune aree.",
        },
        {
          points: 10,
          meaning:
            "Partecipazione attiva e diffusa, con ampio coinvolgimento delle comunità e degli stakeholder.",
        },
      ],
      lines: [1789, 1790],
    },
    {
      title: "Impatto e Sostenibilità a Lungo Periodo",
      text: "Il Piano di zona ha un impatto positivo e duraturo sulla qualità della vita dei cittadini? Sono previste azioni per garantire la sostenibilità dei risultati nel lungo periodo?",
      scores: [
        {
          points: 1,
          meaning: "Impatti limitati e poco duraturi, senza progettualità per il futuro.",
        },
        {
          points: 5,
          meaning: "Impatti positivi ma con criticità per la sostenibilità futura.",
        },
        {
          points: 10,
          meaning: "Impatti duraturi, con strategie di sostenibilità chiare e concrete.",
        },
      ],
      lines: [1791, 1792],
    },
    {
      title: "Monitoraggio e Valutazione dei Risultati",
      text: "Sono stati previsti strumenti e metodologie adeguati a monitorare l'andamento del piano e valutare i risultati? È possibile raccogliere dati in modo continuo per misurare i successi e le aree di miglioramento?",
      scores: [
        {
          points: 1,
          meaning: "Monitoraggio assente o inadeguato.",
        },
        {
          points: 5,
          meaning: "Monitoraggio parziale, con alcune lacune nella raccolta dati.",
        },
        {
          points: 10,
          meaning: "Monitoraggio completo e continuo, con strumenti di valutazione efficaci.",
        },
      ],
      lines: [1793, 1794],
    },
  ],
  classes: [
    {
      label: "Eccellente",
      minPoints: 9,
      maxPoints: 10,
      text: "Piano sociale altamente efficace, che risponde pienamente alle necessità della comunità e ha un impatto significativo e sostenibile.",
    },
    {
      label: "Molto buono",
      minPoints: 7,
      maxPoints: 8,
      text: "Piano ben progettato e implementato, con qualche area di miglioramento.",
    },
    {
      label: "Buono",
      minPoints: 5,
      maxPoints: 6,
      text: "Piano con risultati soddisfacenti, ma che presenta alcune lacune significative nelle aree di gestione, inclusività o partecipazione.",
    },
    {
      label: "Insufficiente",
      minPoints: 1,
      maxPoints: 4,
      text: "Piano con gravi debolezze che compromettono il suo impatto e la sua efficacia.",
    },
  ],
  text: "In questo paragrafo proviamo a delineare quali sono gli indicatori che utilizzeremo per la verifica del documento. … VALUTAZIONE COMPLESSIVA … A seconda del punteggio complessivo, il piano potrà essere classificato come segue:",
  source: {
    document: "Piano di Zona 2025-2027, Ambito Alto Milanese",
    lines: [1778, 1803],
  },
} as const satisfies ScoredEvaluationSystemInput;

/** The 2015-2017 plan, general objectives 1, 2 and 7 (seed 003). */
export const LEGACY_PLAN_EXCERPT = {
  title: "PIANO DI ZONA",
  period: {
    from: "2015-05-01",
    to: "2017-12-31",
    text: "1 MAGGIO 2015 – 31 DICEMBRE 2017",
  },
  ambito: {
    name: null,
    comuni: [],
    comuniCount: 7,
    managingBody: {
      name: "Azienda Speciale Consortile Medio Olona",
      kind: "azienda-speciale-consortile",
    },
    healthAgency: {
      name: "ASL di Varese",
      kind: "asl",
    },
  },
  generalObjectives: [
    {
      code: "1",
      title:
        "Rafforzamento dei percorsi di integrazione socio sanitaria per le situazioni di fragilità e non autosufficienza",
      lines: [14, 102],
      specificObjectives: [
        {
          title:
            "Favorire percorsi socio sanitari integrati per l’accoglienza, la valutazione e la presa in carico della persona fragile, con particolare riferimento all’area della non autosufficienza",
          actions: [
            "Attuazione del patto territoriale tra l’ASL di Varese e l’Ambito per lo sviluppo del sistema di integrazione socio sanitaria e sociale in merito all’assistenza domiciliare",
          ],
          outcomeIndicators: [
            "Utilizzo da parte di tutti e sette i Comuni del portale adiweb per quanto riguarda l’attuazione degli interventi finanziati con il FNA",
          ],
          tools: [
            "Accordo di programma sottoscritto dai Comuni e dall’Asl di Varese",
            "Patto territoriale per l’integrazione socio sanitaria",
            "Adiweb",
            "Azienda Speciale Consortile Medio Olona, tavoli tecnici, tavoli di raccordo, riunioni con il personale socio sanitario di riferimento",
          ],
          resources: {
            financial: "budget assegnato all’Azienda Speciale Consortile per l’attuazione dell’obiettivo",
            professional:
              "operatori Azienda Speciale Consortile, referenti comunali, operatori distretto socio-sanitario, operatori privato sociale e sindacati",
            text: "FINANZIARIE: budget assegnato all’Azienda Speciale Consortile per l’attuazione dell’obiettivo PROFESSIONALI: operatori Azienda Speciale Consortile, referenti comunali, operatori distretto socio-sanitario, operatori privato sociale e sindacati",
          },
          timing: "Annuale, in base alle risorse assegnate all’Ambito",
          lines: [28, 102],
        },
      ],
      mapsTo: {
        area: "D",
        reason:
          'Its only action is the ASL–Ambito pact on integrated home care ("assistenza domiciliare") for non-self-sufficient persons, with FNA-funded interventions managed on adiweb: today\'s D) Domiciliarità.',
      },
    },
    {
      code: "2",
      title: "Mantenimento della gestione associata dei servizi/progetti attualmente in essere",
      lines: [103, 396],
      specificObjectives: [
        {
          title:
            "Garantire la continuità dei servizi e dei progetti in essere: servizio tutela minori, adm, affidi, segretariato sociale, servizi scolastici, sad, perseo, Tempo Famiglia, appartamenti protetti, Elisa, V.ol.O., Sigma Politiche giovanili, progetto conciliazione, Centro Icore, Centro Adozioni, Sportello immigrati",
          actions: [
            "Attuazione dei procedimenti per il mantenimento e l’implementazione dei servizi/progetti.",
            "Rinnovo ed eventuale revisione/miglioramento delle convenzioni dei servizi e relativa sottoscrizione",
            "Affidamento del servizio.",
            "Prosecuzione del progetto.",
          ],
          outcomeIndicators: [
            "Efficacia, efficienza, qualità ed economicità dei servizi/progetti.",
            "Mantenimento dell’articolazione dei servizi su tutti e 7 i Comuni.",
          ],
          tools: [
            "Relazioni di previsione, avanzamento e consuntivo delle attività svolte.",
            "Azienda Speciale Consortile",
            "Tavoli tecnici",
            "Tavoli di raccordo e confronto",
            "Relazioni/database dei servizi e dei progetti",
            "Questionari di valutazione",
          ],
          resources: {
            financial:
              "budget assegnato all’Azienda Speciale Consortile per la funzionalità dei servizi/progetti",
            professional: "operatori dei servizi, referenti comunali, operatori Azienda Speciale Consortile",
            text: "FINANZIARIE: budget assegnato all’Azienda Speciale Consortile per la funzionalità dei servizi/progetti PROFESSIONALI: operatori dei servizi, referenti comunali, operatori Azienda Speciale Consortile",
          },
          timing: "31.12.2017",
          lines: [111, 210],
        },
        {
          title: "Garantire la continuità del servizio NIL",
          actions: [
            "Stesura del protocollo operativo, così come previsto nella gara d’appalto 2015-2017;",
            "Valorizzazione e consolidamento delle collaborazioni già attive/attivabili con le realtà territoriali (realtà produttive-industriali- artigianali, gli informalavoro comunali, il collocamento mirato provinciale, i centri per l’impiego, le agenzie formative e del lavoro, le associazioni di categoria, e i servizi specialistici territoriali).",
            "Progettazione di modelli di percorsi di formazione, di riqualificazione professionale e di orientamento al lavoro",
          ],
          outcomeIndicators: [
            "Attuazione del protocollo",
            "Consolidamento delle collaborazioni/attivazione nuove collaborazioni.",
            "Realizzazione dei modelli",
          ],
          tools: [
            "Relazioni di previsione, avanzamento e consuntivo delle attività svolte.",
            "Azienda Speciale Consortile",
            "Tavoli tecnici",
            "Tavoli di raccordo e confronto",
            "Relazioni/database dei servizi e dei progetti",
            "Questionari di valutazione",
          ],
          resources: {
            financial:
              "budget assegnato all’Azienda Speciale Consortile per la funzionalità dei servizi/progetti e reperimento di risorse attraverso la partecipazione a finanziamenti pubblici",
            professional: "operatori dei servizi, referenti comunali, operatori Azienda Speciale Consortile",
            text: "FINANZIARIE: budget assegnato all’Azienda Speciale Consortile per la funzionalità dei servizi/progetti e reperimento di risorse attraverso la partecipazione a finanziamenti pubblici … PROFESSIONALI: operatori dei servizi, referenti comunali, operatori Azienda Speciale Consortile",
          },
          timing: "In relazione alla nuova organizzazione delle politiche del lavoro",
          lines: [212, 325],
        },
        {
          title:
            "Garantire l’uniformità della presa in carico delle situazioni segnalate in tutti e sette i Comuni",
          actions: [
            "Monitoraggio costante dell’attività dei servizi",
            "Condivisione con il tavolo tecnico di standard operativi di riferimento per la corretta funzionalità dei servizi",
          ],
          outcomeIndicators: [
            "Adozione di modalità operative comuni per la presa in carico attraverso l’utilizzo di strumenti condivisi",
          ],
          tools: [
            "Relazioni di previsione, avanzamento e consuntivo delle attività svolte.",
            "Azienda Speciale Consortile",
            "Tavoli tecnici",
            "Tavoli di raccordo e confronto",
            "Relazioni/database dei servizi e dei progetti",
          ],
          resources: {
            financial:
              "budget assegnato all’Azienda Speciale Consortile per la funzionalità dei servizi/progetti",
            professional:
              "operatori del privato sociale, referenti comunali, operatori Azienda Speciale Consortile",
            text: "FINANZIARIE: budget assegnato all’Azienda Speciale Consortile per la funzionalità dei servizi/progetti PROFESSIONALI: operatori del privato sociale, referenti comunali, operatori Azienda Speciale Consortile",
          },
          timing: "31.12.2017",
          lines: [327, 396],
        },
      ],
      mapsTo: {
        area: "K",
        reason:
          "Keeping the associated management of the services (tutela minori, ADM, affidi, segretariato sociale, SAD, NIL, …) through the Azienda Speciale Consortile, and homogeneous presa in carico in the seven comuni: today's K) Interventi di sistema per il potenziamento dell'Ufficio di Piano e il rafforzamento della gestione associata.",
      },
    },
    {
      code: "7",
      title: "sostenere l’apertura dei tavoli tra diversi soggetti istituzionali",
      lines: [849, 962],
      specificObjectives: [
        {
          title:
            "Sostenere l’apertura dei tavoli tra i soggetti: SERVIZI SOCIALI – CPS/AO – SERT/ASL SERVIZI SOCIALI-AO/CPS SERVIZI SOCIALI/CARCERE Aprire un tavolo tra i soggetti: SERVIZI SOCIALI/TUTELA MINORI/TRIBUNALE ORDINARIO",
          actions: [
            "Interventi su utenti in doppia diagnosi (uso di sostanze e problemi psichiatrici/utenti psichiatrici e disabilità)",
            "Prosecuzione attività previste nella programmazione 2012-2014 (es. tema della residenzialità leggera, regolarizzazione percorsi risocializzanti…)",
            "Creazione di una rete territoriale che si confronti e si interroghi sul tema “detenzione-dentro e fuori le mura”",
            "Elaborazione di un Protocollo o accordo con il Tribunale Ordinario per gli interventi richiesti ai Comuni e al servizio tutela minori",
          ],
          outcomeIndicators: [
            "Formalizzazione e verbalizzazione degli incontri, con la definizione formale dei partecipanti.",
          ],
          tools: [
            "Tavoli tematici di confronto e condivisione, e relativa verbalizzazione.",
            "Elaborazione protocolli/accordi.",
          ],
          resources: {
            financial: null,
            professional: "operatori ASL/AO; tavolo tecnico; Azienda Speciale Consortile Medio Olona",
            text: "PROFESSIONALI: operatori ASL/AO; tavolo tecnico; Azienda Speciale Consortile Medio Olona",
          },
          timing: "31.12.2017",
          lines: [860, 962],
        },
      ],
    },
  ],
  source: {
    document: "Piano di Zona 1 maggio 2015 – 31 dicembre 2017",
    lines: [1, 1145],
  },
} as const satisfies LegacyPlanInput;
