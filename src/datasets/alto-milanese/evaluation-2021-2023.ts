// Piano di Zona 2025-2027, Ambito Alto Milanese: "1.1 ESITI DELLA PRECEDENTE PROGRAMMAZIONE" (L97-229), nine
// objectives of the 2021/2023 plan graded by a band ("80% - 99% (Buono)") or a bare percentage ("30%"), and the plan's
// own scoring system (L1778-1803). The objectives carry no code in the document: `code` is their position.
// Plain literals in the model's input (JSON) form: nothing is parsed or computed at import; the tests validate
// them. Texts, figures and slips are as printed; the slips and the notes on the reading are
// kept as comments.
import { deepFreeze, type DeepReadonly } from "../../core/deep-freeze.js";
import type { PlanEvaluationInput } from "../../model/objective-evaluation.js";
import type { ScoredEvaluationSystemInput } from "../../model/scored-evaluation-system.js";
import { DOCUMENTS } from "../_sources.js";

/**
 * The ex-post evaluation of the Ambito Alto Milanese's programming 2021/2023 (Piano di Zona 2025-2027 lines
 * 97-229), as printed: nine objectives graded by a band's range ("80% - 99% (Buono)") or a bare percentage ("30%"),
 * without actions or amounts. In the model's input (JSON) form.
 *
 * @example
 * ```ts
 * import { recomputePlanEvaluation } from "piano-di-zona";
 * import { ALTO_MILANESE_EVALUATION_2021_2023 } from "piano-di-zona/datasets";
 * ALTO_MILANESE_EVALUATION_2021_2023.objectives.map((objective) => objective.grade?.text).slice(3, 6) //=> ["80% - 99% (Buono)", "50%", "80%"]
 * const { achievement } = recomputePlanEvaluation(ALTO_MILANESE_EVALUATION_2021_2023);
 * [achievement.interval?.from.toFixed(4), achievement.interval?.to.toFixed(4), achievement.band] //=> ["67.7778", "77.3333", "sufficiente"]
 * ```
 * @category Datasets
 */
export const ALTO_MILANESE_EVALUATION_2021_2023: DeepReadonly<PlanEvaluationInput> = deepFreeze({
  // Slip (L119-224): Row label "Livello di coincidenza tra risorse stanziare e risorse impegnate/liquidate":
  // "stanziare" for "stanziate" (all nine grids)
  // Slip (L99-110): The evaluated plan is called "Programmazione zonale 2021/2023" (L99) and "Piano di Zona
  // 2021/2024" (L110); it was extended to the end of 2024 by regional proroga (L99)
  // Note: Nine objectives under five area headings (MINORI E FAMIGLIA L112, INCLUSIONE L139, ANZIANI L164, DISABILI
  // L179, ABITARE L193); the heading is kept in `area`.
  // Note: Grades mix DGR bands (objectives 1-4: "80% - 99% (Buono)", "50 – 79% (sufficiente)") with bare
  // percentages (5-9: 50%, 80%, 60%, 30%, 100%). Only printed bands are encoded; no grade is "Non applicabile"
  // (that value occurs in objective 7's adequacy and coincidence rows, L199-200).
  // Note: No actions, amounts or counts of actions are printed, and no overall grade.
  // Note: The evaluated period: 2021-2023, extended "in virtù di proroga regionale sino a tutto il 2024" (L99).
  period: {
    from: 2021,
    to: 2023,
    text: "Programmazione zonale 2021/2023",
  },
  grid: "dgr-2167-bands",
  objectives: [
    {
      // Slip (L118): "Adeguito" printed for "Adeguato" (encoded level: adeguato)
      // Note: Dimensione: "Output" (L115), a row the model has no field for.
      // Note: The positive-change answer continues on L123 (a tab-led continuation line); joined with one space.
      // Note: The year of "Nel mese di gennaio" (L125) is not printed.
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
      usersEvaluation: "Non pertinente",
      adequacy: {
        level: "adeguato",
        text: "Adeguito",
      },
      coincidence: {
        statedPercent: "90",
        text: "90%",
      },
      criticalIssues:
        "Rallentamenti nell'avvio delle consultazioni giovanili in attuazione dell'accordo territoriale sistema informagiovani. Prevenzione disagio: L'azione di coalizione di comunità sul tema della prevenzione del disagio dei giovani richiede maggiori risorse umane per presidiare quest'area. (progetto ON BOARD)",
      positiveChange: {
        answer: "si",
        motivation:
          "Sì, si è rilevato una forte attivazione del welfare comunitario e un crescente aumento della partecipazione dei giovani e delle forme di protagonismo giovanile. La realizzazione degli interventi ha portato alla creazione di occasioni di integrazione e confronto tra soggetti coinvolti nell'area.",
      },
      continuityWithPrevious: {
        answer: "si",
        motivation: "Sì",
      },
      reproposed: {
        answer: "si",
        motivation:
          'Sì, si è ottenuto il finanziamento del proseguo del progetto "Good Times" a valere sul bando Lombardia dei giovani e ci sarà un\'implementazione dell\'accordo territoriale sistema informagiovani. … Per quanto riguarda il tema della prevenzione del disagio, la situazione di fragilità presente nei giovani porta necessariamente ad investire ulteriori risorse in questo senso. Nel mese di gennaio è stato avviato in continuità con il precedente, il progetto "On Board- Setting di ascolto e accompagnamento della comunità per un sistema di prevenzione diffuso ed integrato" che intende consolidare i tavoli di raccordo e coordinamento territoriali (Board di coalizione di comunità) e potenziare la diffusione delle misure di sensibilizzazione della comunità con attività di marketing, formazione e allestimento di setting di prevenzione stabili.',
      },
      source: { document: DOCUMENTS.altoMilanese, lines: [114, 125] },
    },
    {
      // Note: Dimensione: "Output" (L128).
      // Note: Continuity (L136) answers Sì for part of the objective and No for the rest: answer null, the text
      // kept as motivation.
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
      usersEvaluation: "Somministrate customer su centri per la famiglia",
      adequacy: {
        level: "sufficientemente-adeguato",
        text: "Sufficientemente adeguato",
      },
      coincidence: {
        statedPercent: "100",
        text: "100%",
      },
      criticalIssues:
        "Difficoltà di intercettare le famiglie più emarginate e ad attivarle nella definizione di nuove modalità educative per rafforzare le proprie competenze genitoriali.",
      positiveChange: {
        answer: "si",
        motivation:
          "Sì, attraverso l'apertura dei centri per la famiglia si sono attivati nuovi spazi con funzioni di sostegno psicologico pedagogico e sociale per le famiglie che si trovano ad affrontare difficoltà legate alle responsabilità genitoriali e/o ad altre fragilità",
      },
      continuityWithPrevious: {
        answer: null,
        motivation:
          "Sì per programma PIPPI e per le progettazioni volte al sostegno alla genitorialità e alle fragilità dei giovani. No per il centro per la famiglia.",
      },
      reproposed: {
        answer: "si",
        motivation: "Sì",
      },
      source: { document: DOCUMENTS.altoMilanese, lines: [127, 137] },
    },
    {
      // Slip (L143): Band written with an en dash and without the first "%" ("50 – 79%"), unlike "80% - 99%"
      // elsewhere
      // Slip (L147): "non posso prescindere" for "non possono prescindere"
      // Note: Dimensione: "Output" (L142).
      // Note: Positive change printed "Parziale" (neither Sì nor No): answer null.
      // Note: Continuity (L149) is Sì for one project and No for the others: answer null.
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
      usersEvaluation:
        "Non è stata somministrata customer agli utenti, ma essendo un servizio in fase di sperimentazione è stata somministrata customer per servizio di Centro di contrasto alla povertà e servizio di Pronto intervento sociale ai Comuni dell'ambito quali enti committenti.",
      adequacy: {
        level: "sufficientemente-adeguato",
        text: "Sufficientemente adeguate",
      },
      coincidence: {
        statedPercent: "70",
        text: "70%",
      },
      criticalIssues:
        "Nei servizi attivati per la grave emarginazione è necessario un rafforzamento delle equipe in quanto i bisogni rilevati non posso prescindere da un percorso di integrazione di tipo sociosanitaria per un'efficace presa in carico.",
      positiveChange: {
        answer: null,
        motivation: "Parziale, per i motivi di cui sopra.",
      },
      continuityWithPrevious: {
        answer: null,
        motivation: "Sì per la progettualità legata al piano locale GAP. No per le restanti progettualità.",
      },
      reproposed: {
        answer: "si",
        motivation: "Sì",
      },
      source: { document: DOCUMENTS.altoMilanese, lines: [141, 150] },
    },
    {
      // Slip (L157): "Adeguito" printed for "Adeguato" (encoded level: adeguato)
      // Slip (L159): Criticità begins "Sì, sono incontrate difficoltà": the reflexive "Si sono incontrate" written
      // as the answer "Sì,"
      // Note: Dimensione: "Output" (L153).
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
      usersEvaluation: "Somministrata customer su progetti attivati",
      adequacy: {
        level: "adeguato",
        text: "Adeguito",
      },
      coincidence: {
        statedPercent: "100",
        text: "100%",
      },
      criticalIssues:
        "Sì, sono incontrate difficoltà nello sviluppo di una piattaforma informativa come punto di connessione di tutti gli interventi attivi a livello territoriale sul tema conciliazione",
      positiveChange: {
        answer: "si",
        motivation:
          "Sì, in quanto sono state promosse attività di formazione e informazione alle aziende per sensibilizzarle sul tema del welfare aziendale e sono state rafforzate le reti tra attori tecnici e aziende e famiglie come luogo di confronto sul tema conciliazione.",
      },
      continuityWithPrevious: {
        answer: "si",
        motivation: "Sì",
      },
      reproposed: {
        answer: "si",
        motivation: "Sì, si vorrebbe mantenere anche se al momento non si è a conoscenza di bandi regionali.",
      },
      source: { document: DOCUMENTS.altoMilanese, lines: [152, 162] },
    },
    {
      // Slip (L172): Criticità begins "Sì, tratta di un percorso": "Si tratta" written as the answer "Sì,"
      // Slip (L173): Positive change begins "Sì, tratta di un obiettivo": probably "Si tratta"; encoded as printed
      // (answer si)
      // Note: Dimensione: "Output" (L167).
      // Note: The grade is a bare percentage: no band printed, none encoded (the DGR grid would put 50% in 50-79%
      // sufficiente).
      // Note: Coincidence "<100% non realizzato come programmato" is the DGR grid's "<100% (non realizzato come
      // programmato o sovrastimato)" band, encoded as statedBand sovrastimato; no percentage is printed.
      // Note: The positive-change answer continues on L175; joined with one space.
      code: "5",
      title:
        "Promuovere una maggiore integrazione degli interventi sociali e sociosanitari, mantenendo al centro la cura della salute della persona e favorire il protagonismo attivo degli anziani attraverso proposte ed iniziative inclusive nel territorio di appartenenza",
      area: "AREA ANZIANI",
      grade: {
        text: "50%",
        percent: "50",
        lines: [168, 168],
      },
      usersEvaluation: "Non pertinente",
      adequacy: {
        level: "inadeguato",
        text: "Inadeguato",
      },
      coincidence: {
        statedBand: "sovrastimato",
        text: "<100% non realizzato come programmato",
      },
      criticalIssues:
        "Sì, tratta di un percorso che ha richiesto un periodo più lungo rispetto alla triennalità",
      positiveChange: {
        answer: "si",
        motivation:
          "Sì, tratta di un obiettivo che risponde ad un bisogno effettivo che verrà riprogrammato nella prossima programmazione considerato anche lo sviluppo di LEPS correlati. È stato comunque avviato un processo di sviluppo e cambiamento con la sottoscrizione del protocollo operativo per le valutazioni multidimensionali (integrazione tra la componente sanitaria e sociosanitaria e sociale al fine di garantire una presa incarico globale della persona in tutte le sue componenti)",
      },
      continuityWithPrevious: {
        answer: "si",
        motivation: "Sì",
      },
      reproposed: {
        answer: "si",
        motivation:
          'Sì, verrà riprogrammato tenuto conto dello sviluppo della progettualità "Oltre L\'età" e i Leps valutazione multidimensionali e dimissione protette',
      },
      source: { document: DOCUMENTS.altoMilanese, lines: [166, 177] },
    },
    {
      // Slip (L185): "Adeguito" printed for "Adeguato" (encoded level: adeguato)
      // Slip (L188): Unclosed quotation mark ("facilitatore di percorsi di inclusione) and "rispondo" for
      // "rispondono"
      // Note: Dimensione: "Output" (L182).
      // Note: The grade is a bare percentage: no band printed, none encoded (the DGR grid would put 80% in 80-99%
      // buono).
      // Note: The objective has two numbered parts in one cell; the model's `parts` is not used because the grid
      // grades it once.
      code: "6",
      title:
        "1.Promozione della cura del passaggio da adolescente a adulto (NPI e Psichiatria) 2. Potenziamento attività orientate all'inclusione - interventi di promozione legate al Dopo di noi",
      area: "AREA DISABILI",
      grade: {
        text: "80%",
        percent: "80",
        lines: [183, 183],
      },
      usersEvaluation: "Non pertinente",
      adequacy: {
        level: "adeguato",
        text: "Adeguito",
      },
      coincidence: {
        statedPercent: "100",
        text: "100%",
      },
      criticalIssues:
        "Si tratta di un processo che richiede il coinvolgimento del terzo settore associazioni questo richiede un tempo per interconnettere e creare reti stabili",
      positiveChange: {
        answer: "si",
        motivation:
          "Sì, è stato sottoscritto protocollo operativo per le valutazioni multidimensionali (integrazione tra la componente sanitaria e sociosanitaria e sociale al fine di garantire una presa incarico globale della persona in tutte le sue componenti) Costruzione di una rete territoriale e allestimento di contesti inclusivi Costruzione di legami sociali con il territorio di appartenenza attraverso l'individuazione di una figura di \"facilitatore di percorsi di inclusione Mappatura dei servizi esistenti Progettazioni d'ambito che rispondo all'obiettivo: Realizzazione del progetto SET SAIL Progetto autismo inside out in corso Pro.vi azione di sistema e percorsi di accompagnamento all'autonomia DDN Progettazione PNRR",
      },
      continuityWithPrevious: {
        answer: "si",
        motivation: "Sì",
      },
      reproposed: {
        answer: "si",
        motivation: "Sì, con l'avvio del centro per la vita indipendente e Leps collegati",
      },
      source: { document: DOCUMENTS.altoMilanese, lines: [181, 191] },
    },
    {
      // Slip (L204): "attraverso dell'agenzia" for "attraverso l'agenzia"
      // Note: Dimensione: "Output" (L196).
      // Note: Criticità rilevate (L201) is left blank: criticalIssues omitted (the model's field is optional and
      // cannot be null).
      // Note: The grade is a bare percentage: no band printed, none encoded (the DGR grid would put 60% in 50-79%
      // sufficiente).
      // Note: Adequacy "Non applicabile" encoded as level non-pertinente (the model's only not-applicable level).
      // Note: Positive change printed "In parte": answer null.
      code: "7",
      title: "Promozione del canone concordato e rinnovo degli accordi locali territoriali",
      area: "AREA ABITARE",
      grade: {
        text: "60%",
        percent: "60",
        lines: [197, 197],
      },
      usersEvaluation: "Non pertinente",
      adequacy: {
        level: "non-pertinente",
        text: "Non applicabile",
      },
      coincidence: {
        statedBand: "non-applicabile",
        text: "Non applicabile",
      },
      positiveChange: {
        answer: null,
        motivation:
          "In parte con ricaduta nei comuni ove applicabile (legnanese) con attivazione tavoli tecnici e politici utili alla rivitalizzazione dello strumento come possibile risorsa attiva",
      },
      continuityWithPrevious: {
        answer: "no",
        motivation: "No",
      },
      reproposed: {
        answer: "si",
        motivation: "Sì, attraverso dell'agenzia per l'abitare",
      },
      source: { document: DOCUMENTS.altoMilanese, lines: [195, 204] },
    },
    {
      // Slip (L216-217): The row "L'obiettivo verrà riproposto …" is printed twice with different answers (L216
      // "Sì, verrà sviluppato dall'agenzia per l'abitare", L217 "Sì, attraverso l'istituzione dell'agenzia per
      // l'abitare"); the first is encoded
      // Note: Dimensione: "Output" (L207).
      // Note: The grade is a bare percentage: no band printed, none encoded (the DGR grid would put 30% in 1-49%
      // insufficiente).
      // Note: Grade 30% with resources "Adeguate" and coincidence 100%: printed as such.
      // Note: Second reproposed row (L217), not encoded as a field: "Sì, attraverso l'istituzione dell'agenzia per
      // l'abitare".
      code: "8",
      title:
        "Maggiore coinvolgimento dei proprietari di immobili sfitti e attivazione di interventi specifici verso gli Inquilini.",
      area: "AREA ABITARE",
      grade: {
        text: "30%",
        percent: "30",
        lines: [208, 208],
      },
      usersEvaluation: "Non pertinente",
      adequacy: {
        level: "adeguato",
        text: "Adeguate",
      },
      coincidence: {
        statedPercent: "100",
        text: "100%",
      },
      criticalIssues:
        "Si richiede l'avvio di un percorso per definire strumenti e modalità adeguate. L'intervento è stato avviato nel mese di settembre con l'avvio dell'agenzia per l'abitare",
      positiveChange: {
        answer: "si",
        motivation: "Sì Le azioni che si stanno mettendo in campo stanno rispondendo ai bisogni rilevati",
      },
      continuityWithPrevious: {
        answer: "si",
        motivation: "Sì",
      },
      reproposed: {
        answer: "si",
        motivation: "Sì, verrà sviluppato dall'agenzia per l'abitare",
      },
      source: { document: DOCUMENTS.altoMilanese, lines: [206, 217] },
    },
    {
      // Slip (L223): "Adeguito" printed for "Adeguato" (encoded level: adeguato)
      // Slip (L226): Positive change begins "Sì tratta di un servizio": probably "Si tratta"; encoded as printed
      // (answer si)
      // Slip (L228-229): The reproposed row is printed twice (L228, L229), with the same two texts as objective 8
      // (L216-217); the first is encoded
      // Note: Dimensione: "Output" (L220).
      // Note: The grade is a bare percentage: no band printed, none encoded (the DGR grid would call 100% ottimo).
      // Note: Second reproposed row (L229), not encoded as a field: "Sì, attraverso l'istituzione dell'agenzia per
      // l'abitare".
      code: "9",
      title: "Riorganizzazione Agenzia Locazione territoriale",
      area: "AREA ABITARE",
      grade: {
        text: "100%",
        percent: "100",
        lines: [221, 221],
      },
      usersEvaluation: "Non pertinente",
      adequacy: {
        level: "adeguato",
        text: "Adeguito",
      },
      coincidence: {
        statedPercent: "100",
        text: "100%",
      },
      criticalIssues:
        "La necessità che l'agenzia implementi il lavoro di rete con il terzo settore L'ambito Alto Milanese è un territorio molto ampio e variegato, con Comuni ad alta densità abitativa ed altri molto piccoli, questo comporta mettere in campo strumenti che rispondano alle esigenze di tutti i Comuni",
      positiveChange: {
        answer: "si",
        motivation:
          "Sì tratta di un servizio avviato a settembre 2024 per cui si sta lavorando per rispondere ai bisogni del territorio in modo sempre più integrato",
      },
      continuityWithPrevious: {
        answer: "si",
        motivation: "Sì",
      },
      reproposed: {
        answer: "si",
        motivation: "Sì, verrà sviluppato dall'agenzia per l'abitare",
      },
      source: { document: DOCUMENTS.altoMilanese, lines: [219, 229] },
    },
  ],
  source: { document: DOCUMENTS.altoMilanese, lines: [97, 229] },
} satisfies PlanEvaluationInput);

/**
 * The Ambito Alto Milanese's own system for evaluating its Piano di Zona 2025-2027 (lines 1778-1803): six criteria
 * scored 1, 5 or 10 and four overall classes. The document states no rule to combine the six scores: none is
 * encoded. In the model's input (JSON) form.
 *
 * @example
 * ```ts
 * import { checkScoredEvaluationSystem } from "piano-di-zona";
 * import { ALTO_MILANESE_SCORED_EVALUATION_SYSTEM } from "piano-di-zona/datasets";
 * ALTO_MILANESE_SCORED_EVALUATION_SYSTEM.criteria.length //=> 6
 * ALTO_MILANESE_SCORED_EVALUATION_SYSTEM.classes.map((scoreClass) => scoreClass.label) //=> ["Eccellente", "Molto buono", "Buono", "Insufficiente"]
 * checkScoredEvaluationSystem(ALTO_MILANESE_SCORED_EVALUATION_SYSTEM).map((finding) => finding.code) //=> ["scored_system_without_combining_rule", "score_classes_leave_gaps"]
 * ```
 * @category Datasets
 */
export const ALTO_MILANESE_SCORED_EVALUATION_SYSTEM: DeepReadonly<ScoredEvaluationSystemInput> = deepFreeze({
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
  source: { document: DOCUMENTS.altoMilanese, lines: [1778, 1803] },
} satisfies ScoredEvaluationSystemInput);
