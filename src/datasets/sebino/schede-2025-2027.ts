// Generated from the hand-encoded records of the seed; edit with care, and keep the slips as printed.
import { deepFreeze, type DeepReadonly } from "../../core/deep-freeze.js";
import type { SchedaObiettivoDraftInput } from "../../model/scheda-obiettivo.js";
import { DOCUMENTS } from "../_sources.js";

// The 18 objective forms 2025-2027 of the Piano di Zona of the Ambito n. 5 Sebino (L3829-8678), in document order:
// O1-O6, the schede written by the 12 Ambiti of ATS Brescia together; P13-P29, the seven "schede di progetto" of
// the ASST Franciacorta's Piano di Sviluppo del Polo Territoriale (D.G.R. XII/2089, `form: "ppt-dgr-2089"`), mapped
// onto the scheda's fields (the fields the card lacks are blank); S1-S5, the Ambito's own schede. No code is printed
// for the O and S schede: they are numbered by position. Two titles are blank (O4, O5). Slips and notes are in the
// comment above each scheda.

/**
 * The 18 objective forms of the Ambito Sebino's Piano di Zona 2025-2027 (seed lines 3829-8678): 11 schede obiettivo
 * of D.G.R. XII/2167 (O1-O6 shared by the Ambiti of ATS Brescia, S1-S5 the Ambito's own) and the ASST Franciacorta's
 * 7 PPT cards of D.G.R. XII/2089 (`form: "ppt-dgr-2089"`), as {@link SchedaObiettivoDraftInput} records, as
 * printed: two titles are blank.
 *
 * @example
 * ```ts
 * import { safeParseSchedaObiettivoDraft } from "piano-di-zona";
 * import { SEBINO_SCHEDE_OBIETTIVO_2025_2027 as schede } from "piano-di-zona/datasets";
 * schede.filter((scheda) => scheda.form === "ppt-dgr-2089").map((scheda) => scheda.code).join(" ") //=> "P13 P14 P15 P24 P25 P26 P29"
 * schede.filter((scheda) => scheda.title === null).map((scheda) => scheda.code) //=> ["O4", "O5"]
 * schede.every((scheda) => safeParseSchedaObiettivoDraft(scheda).success) //=> true
 * ```
 * @category Datasets
 */
export const SEBINO_SCHEDE_OBIETTIVO_2025_2027: readonly DeepReadonly<SchedaObiettivoDraftInput>[] =
  deepFreeze([
    // O1: IN CONTROPIEDE. ESPERIENZE DI ATTIVAZIONE E RIPARTENZA VERSO IL LAVORO PER GIOVANI BRESCIANI (L3829-4230)
    // Slip L3846: typo: “ritiro sociali dei giovani cittadini” (for “ritiro sociale”); copied as printed
    // Slip L3861: typo: “in condizioni isolamento sociale” (missing “di”); copied as printed
    // Note: code not printed: O1–O6 / S1–S5 are the seed-002 extraction's IDs (position within the
    // sovra-distrettuale / Ambito section)
    // Note: policyArea from the line “(Policy: Interventi connessi alle politiche per il lavoro)” printed in the
    // title box (L3838) = H; the scheda sits in the section “Area politiche sociali per il lavoro” (L3571),
    // sovra-distrettuale (12 Ambiti of ATS Brescia)
    // Note: transversal areas mapped from the titles printed without letters (L3914-3918): Contrasto alla
    // povertà→A, Politiche Giovanili→G, Interventi a favore delle persone con disabilità→J; key-point letters H,
    // A, G, J are printed
    // Note: otherActors.answer 'si' read from the list of actors (no SI/NO printed)
    // Note: needKind read from the wording “Il bisogno è già emerso nelle precedenti programmazioni” (no
    // CONSOLIDATO/NUOVO chosen in the box)
    // Note: field 14 (progetto premiale 2021-2023) is not in this scheda's form: premialProject.answer null
    // Note: R-2: “200 mila euro” encoded as count-at-least 200000 euro; R-3: the document states an average
    // (“numero medio”) of 70 per year, encoded as a yearly minimum; no due date is printed for R-1/R-3
    // Note: R-1 is per Ambito (≥3 in each of the Ambiti Territoriali), not a total
    // Note: Mapped: target R-1: scope "per-ambito" ("in ognuno degli Ambiti Territoriali"), unit without those
    // words
    // Note: Mapped: target R-2: kind "amount-at-least" ("200 mila euro nel triennio"), in place of a count of
    // euro
    // Note: Mapped: target R-3: aggregate "mean" ("un numero medio di 70 … per ogni anno")
    {
      code: "O1",
      form: "pdz-dgr-2167",
      heading: "SCHEDA DESCRIZIONE NUOVI OBIETTIVI",
      policyArea: "H",
      policyAreaBasis: "field",
      leps: [],
      priority: null,
      title: "IN CONTROPIEDE. ESPERIENZE DI ATTIVAZIONE E RIPARTENZA VERSO IL LAVORO PER GIOVANI BRESCIANI",
      goals:
        "Prevenzione di fenomeni di marginalità e fragilità legati al ritiro sociali dei giovani cittadini. Incremento della popolazione attiva.",
      actions: [
        {
          code: "1",
          title:
            "Condivisione di prassi di comunicazione, emersione e intercettazione di giovani in isolamento sociale (attraverso servizi sociali territoriali e sociosanitari, case manager dei beneficiari di Assegno di Inclusione, canali informali, social network)",
          lines: [3853, 3857],
        },
        {
          code: "2",
          title:
            "Progettazione e condivisione di un “set minimo di azioni di attivazione”, per un facile e rapido coinvolgimento concreto di giovani in condizioni isolamento sociale (si pensa in particolare a forme di tirocinio, a interventi per l’ottenimento di patenti di guida, esperienze di mobilità e scambi, ecc.).",
          lines: [3859, 3864],
        },
        {
          code: "3",
          title:
            "Ricerca fondi per progettazioni integrate, per garantire una possibile e minimale programmazione di interventi diretti diffusi in tutti gli Ambiti Territoriali.",
          lines: [3866, 3868],
        },
      ],
      target:
        "Giovani in età 16-29 anni in condizioni di isolamento sociale, non occupati e non iscritti a percorsi formativi.",
      budget: {
        total: null,
        lines: [
          {
            fund: "risorse-comunali",
            label: "Risorse economiche in capo agli Ambiti e ai Comuni",
            amount: null,
            nature: "pubblica",
            lines: [3886, 3886],
          },
          { fund: "fnps", label: "FNPS", amount: null, nature: "pubblica", lines: [3888, 3888] },
          {
            fund: "fondo-poverta",
            label: "Fondo Povertà",
            amount: null,
            nature: "pubblica",
            lines: [3888, 3888],
          },
          {
            fund: "altro",
            label: "fundraising (Fondazioni, sponsor)",
            amount: null,
            nature: "privata",
            lines: [3892, 3893],
          },
        ],
        text: "Risorse economiche in capo agli Ambiti e ai Comuni per gli interventi di contrasto all’esclusione sociale, definite anche in base alle risorse assegnate su FNPS, Fondo Povertà, per le coperture di indennità di tirocinio e altre spese dirette per i beneficiari. Risorse economiche da reperire tramite fundraising (Fondazioni, sponsor), per azioni integrate di comunicazione, social media planning, integrazione risorse per interventi diretti (tirocini, mobilità e scambi).",
        source: { document: DOCUMENTS.sebino, lines: [3886, 3895] },
      },
      staff:
        "Personale dei servizi pubblici per l’inserimento lavorativo e dei servizi sociali territoriali Personale degli stakeholder impegnati nel sistema delle politiche attive per il lavoro (imprese, sindacati, enti accreditati)",
      transversal: {
        answer: "si",
        areas: ["A", "G", "J"],
        text: "Contrasto alla povertà Politiche Giovanili Interventi a favore delle persone con disabilità",
      },
      keyPoints: [
        {
          area: "H",
          point:
            "Contrasto alle difficoltà socioeconomiche dei giovani e loro inserimento nel mondo del lavoro",
        },
        { area: "H", point: "Interventi a favore dei NEET" },
        { area: "A", point: "Contrasto all’isolamento" },
        { area: "A", point: "Vulnerabilità multidimensionale" },
        { area: "A", point: "Presenza di nuovi soggetti a rischio/nuova utenza rispetto al passato" },
        { area: "A", point: "Nuovi strumenti di governance (es. Centro Servizi)" },
        { area: "A", point: "Facilitare l’accesso alle opportunità di benessere e partecipazione attiva" },
        { area: "G", point: "Contrasto e prevenzione della povertà educativa" },
        { area: "G", point: "Prevenzione e contenimento del disagio sociale e del suo impatto sulla salute" },
        { area: "G", point: "Presenza di nuovi soggetti a rischio/nuova utenza rispetto al passato" },
        { area: "J", point: "Contrasto all’isolamento" },
        { area: "J", point: "Rafforzamento delle reti sociali" },
      ],
      asstInAnalysis: { answer: "no", lines: [3973, 3973] },
      asstInDelivery: {
        answer: "si",
        text: "Coinvolgimento nell’emersione del fenomeno e nell’aggancio e coinvolgimento di potenziali beneficiari. Coinvolgimento nel supporto ai percorsi di attivazione di beneficiari che presentano problematiche sociosanitarie.",
        lines: [3986, 3992],
      },
      cooperationWithOtherAmbiti: {
        answer: "si",
        text: "Intervento programmato e attuato in collaborazione con tutti gli Ambiti Territoriali afferenti all’ATS di Brescia.",
        lines: [3998, 4001],
        ambiti: ["tutti gli Ambiti Territoriali afferenti all’ATS di Brescia"],
      },
      continuity: { answer: "no", lines: [4009, 4009] },
      newService: {
        kind: "servizio-gia-presente",
        text: "Servizio già presente (si tratta di uno sviluppo di un focus di azione dei servizi di inserimento lavorativo degli Ambiti Territoriali).",
      },
      premialProject: { answer: null },
      coProgrammed: { answer: "no", lines: [4031, 4031] },
      coDesigned: { answer: "no", lines: [4038, 4038] },
      thirdSectorInvolvement:
        "Costruzione congiunta delle prassi e del set di azioni di attivazione Collaborazione nella individuazione di esperienze di tirocinio da realizzarsi in enti del terzo settore. Collaborazione nella progettazione e gestione di esperienze di mobilità e scambio.",
      otherActors: {
        answer: "si",
        lines: [4067, 4077],
        actors: [
          "Provincia di Brescia – Settore Lavoro",
          "Associazione Comuni Bresciani",
          "Associazioni di impresa",
          "Sindacati",
          "Patronati",
          "Fondazioni Bancarie",
        ],
      },
      needs: {
        text: "Bisogno di prevenire fenomeni di isolamento sociale che possano aggravare condizioni di fragilità ed emarginazione. Bisogno di sviluppare opportunità di inclusione attiva delle giovani generazioni, in particolare di coloro che presentano maggiori fragilità.",
        indicators: [],
      },
      needKind: {
        kind: "bisogno-consolidato",
        text: "Il bisogno è già emerso nelle precedenti programmazioni, ma affrontato solo in modo episodico e senza una visione unitaria del territorio. Il fenomeno è poco “gestibile” sul piano dei singoli Ambiti Territoriali e dei singoli Comuni, ma presenta tratti di trasversalità che richiedono una azione comune.",
      },
      preventionKind: ["promozionale"],
      preventionText: "Obiettivo promozionale",
      innovation: { answer: "no", lines: [4131, 4131] },
      digitalisation: { answer: "no", lines: [4139, 4139] },
      processIndicators: {
        text: "Allestimento di un gruppo di coordinamento e progettazione unitario. Definizione di Schede tecniche comuni per la previsione di azioni di attivazione e contrasto al fenomeno Neet. Attivazione di gruppi operativi per la programmazione di specifiche azioni di attivazione.",
        indicators: [
          { text: "Numero di stakeholder coinvolti nel Gruppo di Coordinamento", lines: [4164, 4165] },
          {
            text: "“Modellizzazione” del set minimo di azioni di attivazione (presenza schede tecniche di azioni di attivazione)",
            lines: [4167, 4168],
          },
        ],
      },
      outputIndicators: {
        text: "Individuate e rese disponibili in ognuno degli Ambiti Territoriali almeno 3 esperienze di attivazione di giovani in condizioni di isolamento sociale. Effettuata raccolta fondi (bandi, fondazioni bancarie, sponsor) per 200 mila euro nel triennio. Coinvolti in azioni di attivazione un numero medio di 70 giovani beneficiari per ogni anno, su tutto il territorio provinciale.",
        indicators: [
          { text: "Numero di esperienze di attivazione disponibili", lines: [4194, 4194] },
          { text: "Euro da raccolta fondi da bandi pubblici e privati e sponsor", lines: [4196, 4196] },
          { text: "Numero di beneficiari coinvolti in esperienze di attivazione", lines: [4198, 4198] },
        ],
      },
      outcomeIndicators: {
        text: "Attivazione di maggiori “canali” di emersione del fenomeno Neet (punti di allerta diffusi nei servizi pubblici, nei servizi di patronato, nelle scuole, negli ETS). Disponibilità stabile di “esperienze di attivazione” accessibili a giovani in isolamento sociale.",
        indicators: [
          {
            text: "Capacità di servizi pubblici e altri servizi e organizzazioni di agganciare giovani in condizioni di isolamento",
            lines: [4224, 4225],
          },
          {
            text: "Superamento della condizione di isolamento sociale a seguito della partecipazione ad esperienze di attivazione (da rilevare a 12 mesi dalla conclusione dell’esperienza stessa).",
            lines: [4227, 4230],
          },
        ],
      },
      targets: [
        {
          id: "R-1",
          text: "Individuate e rese disponibili in ognuno degli Ambiti Territoriali almeno 3 esperienze di attivazione di giovani in condizioni di isolamento sociale.",
          lines: [4180, 4182],
          kind: "count-at-least",
          min: 3,
          unit: "esperienze di attivazione di giovani in condizioni di isolamento sociale",
          per: "triennium",
          scope: "per-ambito",
        },
        {
          id: "R-2",
          text: "Effettuata raccolta fondi (bandi, fondazioni bancarie, sponsor) per 200 mila euro nel triennio.",
          lines: [4184, 4185],
          due: "2027-12-31",
          kind: "amount-at-least",
          min: "200000",
          unit: "euro",
        },
        {
          id: "R-3",
          text: "Coinvolti in azioni di attivazione un numero medio di 70 giovani beneficiari per ogni anno, su tutto il territorio provinciale.",
          lines: [4187, 4188],
          kind: "count-at-least",
          min: 70,
          unit: "giovani beneficiari coinvolti in azioni di attivazione (numero medio annuo, su tutto il territorio provinciale)",
          per: "year",
          aggregate: "mean",
        },
      ],
      source: { document: DOCUMENTS.sebino, lines: [3829, 4230] },
    },
    // O2: GOVERNANCE DELLA CONOSCENZA NEL CAMPO DELL’INCLUSIONE LAVORATIVA (L4238-4607)
    // Slip L4253: typo: “inclusione lavorativo” (for “lavorativa”); copied as printed
    // Slip L4265: missing verb: “tutte le realtà che attive” (for “che sono attive”); copied as printed
    // Slip L4536: agreement slip: “strumenti digitale”; copied as printed
    // Slip L4593: typo: “inclusione lavorativi”; copied as printed
    // Slip L4323-4359: field 7 declares Politiche Giovanili (G) transversal, but field 8 (which must include the
    // points of the transversal areas) lists no G key point (only H, A, J)
    // Note: code not printed: O1–O6 / S1–S5 are the seed-002 extraction's IDs (position within the
    // sovra-distrettuale / Ambito section)
    // Note: policyArea from “(Policy: Interventi connessi alle politiche per il lavoro)” (L4245) = H;
    // sovra-distrettuale scheda (section “Area politiche sociali per il lavoro”, L3571); no “SCHEDA DESCRIZIONE
    // NUOVI OBIETTIVI” heading is printed before this form
    // Note: transversal areas mapped from titles printed without letters (L4323-4327): A, G, J
    // Note: asstInDelivery.answer 'si' read from the text (the box has no SI/NO, only the description of ASST's
    // role); otherActors.answer 'si' read from the list
    // Note: newService: the box prints only “NO” (not a new service); the form's options (già presente / rivisto)
    // are not chosen, so kind is null
    // Note: field 14 (progetto premiale 2021-2023) is not in this scheda's form: premialProject.answer null
    // Note: outcomes are qualitative (“Aumentate le conoscenze…”, “Sviluppati progetti in rete…”): no threshold,
    // not typed as targets
    {
      code: "O2",
      form: "pdz-dgr-2167",
      policyArea: "H",
      policyAreaBasis: "field",
      leps: [],
      priority: null,
      title: "GOVERNANCE DELLA CONOSCENZA NEL CAMPO DELL’INCLUSIONE LAVORATIVA",
      goals:
        "Favorire una maggiore conoscenza delle azioni e delle buone prassi attivate nei diversi Ambiti nel campo dell’inclusione lavorativo di persone con fragilità, per rafforzare la collaborazione e il dialogo tra gli stakeholder del territorio (obiettivo di capacity building multi- stakeholder)",
      actions: [
        {
          code: "1",
          title:
            "Mappatura in ogni singolo territorio di tutte le realtà che attive nel campo dell’inclusione lavorativa (imprese, sindacati, patronati, enti di terzo settore, servizi pubblici).",
          lines: [4264, 4266],
        },
        {
          code: "2",
          title:
            "Attivazione di sistema di allerta coordinati per la rilevazione di crisi aziendali nei territori.",
          lines: [4268, 4269],
        },
        {
          code: "3",
          title:
            "Attivare politiche di open data per rendere accessibili i dati a stakeholder utilizzabili per analisi e progettazioni e promuovere la creazione di spazi virtuali dove scambiare dati, informazioni e conoscenze e attraverso queste informazioni promuovere collegamenti e condivisioni di interventi tra gli stakeholder del territorio.",
          lines: [4271, 4276],
        },
        {
          code: "4",
          title:
            "Promuovere la formazione di reti tra stakeholder per favorire la collaborazione su progetti comuni nel campo dell’inclusione lavorativa.",
          lines: [4278, 4280],
        },
      ],
      target:
        "Organizzazioni pubbliche e private attive nel campo dell’inclusione lavorativa e i rispettivi addetti e operatori.",
      budget: {
        total: null,
        lines: [],
        text: "Risorse per iniziative di formazione congiunta sui temi degli Open data e della governance della conoscenza. Risorse per l’attivazione di piattaforme digitali di condivisione delle conoscenze, dei servizi, dei progetti. Le risorse possono essere programmate in quota parte da ogni Ambito Territoriale (in base alle risorse disponibili) e da ogni stakeholder che partecipa alla governance della conoscenza.",
        source: { document: DOCUMENTS.sebino, lines: [4295, 4303] },
      },
      staff: "Risorse di personale impiegato presso gli stakeholder coinvolti",
      transversal: {
        answer: "si",
        areas: ["A", "G", "J"],
        text: "Contrasto alla povertà Politiche Giovanili Interventi a favore di persone con disabilità",
      },
      keyPoints: [
        { area: "H", point: "Allargamento della rete e coprogrammazione" },
        { area: "H", point: "Nuovi strumenti di governance" },
        { area: "A", point: "Allargamento della rete e coprogrammazione" },
        { area: "A", point: "Rafforzamento delle reti sociali" },
        { area: "A", point: "Nuovi strumenti di governance" },
        { area: "J", point: "Allargamento della rete e coprogrammazione" },
        { area: "J", point: "Rafforzamento delle reti sociali" },
        { area: "J", point: "Nuovi strumenti di governance" },
      ],
      asstInAnalysis: { answer: "no", lines: [4366, 4366] },
      asstInDelivery: {
        answer: "si",
        text: "Coinvolgimento delle equipe di ASST nella mappatura degli interventi, servizi e progetti per l’inclusione lavorativa di soggetti con bisogni socio sanitari.",
        lines: [4380, 4382],
      },
      cooperationWithOtherAmbiti: {
        answer: "si",
        text: "Con tutti gli Ambiti Territoriali afferenti ad ATS Brescia",
        lines: [4388, 4390],
        ambiti: ["tutti gli Ambiti Territoriali afferenti ad ATS Brescia"],
      },
      continuity: { answer: "si", lines: [4398, 4398] },
      newService: { kind: null, text: "NO" },
      premialProject: { answer: null },
      coProgrammed: { answer: "no", lines: [4423, 4423] },
      coDesigned: { answer: "no", lines: [4430, 4430] },
      thirdSectorInvolvement:
        "Il Terzo Settore è coinvolto come stakeholder attivo nel campo dell’inclusione lavorativo e portatore di specifiche conoscenze in merito a servizi e progetti in tale campo di intervento.",
      otherActors: {
        answer: "si",
        lines: [4455, 4463],
        actors: [
          "Provincia di Brescia – Settore Lavoro",
          "Associazione Comuni Bresciani",
          "Associazioni di impresa",
          "Sindacati",
          "Patronati",
        ],
      },
      needs: {
        text: "Creare maggiore integrazione negli interventi nel campo dell’inclusione lavorativa. Conoscere buone prassi e strategie già sperimentate positivamente da esportare in altri Ambiti.",
        indicators: [],
      },
      needKind: {
        kind: "bisogno-consolidato",
        text: "Il bisogno era già emerso nella precedente triennalità, che nel tempo si è consolidato, rafforzando alcune necessità ed individuandone di nuove.",
      },
      preventionKind: ["promozionale"],
      preventionText: "Promozionale",
      innovation: { answer: "no", lines: [4517, 4517] },
      digitalisation: {
        answer: "si",
        text: "Sviluppo di strumenti digitale per favorire lo scambio di conoscenza e di collaborazioni nel campo dell’inclusione lavorativa.",
        lines: [4534, 4537],
      },
      processIndicators: {
        text: "Gruppi di progettazione multi stakeholder",
        indicators: [{ text: "Attivazione di gruppi di progettazione", lines: [4556, 4556] }],
      },
      outputIndicators: {
        text: "Presente una piattaforma collaborativa per lo scambio di conoscenza, progetti e servizi nel campo dell’inclusione lavorativa.",
        indicators: [
          {
            text: "Numero di Stakeholder che alimentano e partecipano alla piattaforma collaborativa",
            lines: [4575, 4576],
          },
          {
            text: "Numero di servizi e progetti censiti nella piattaforma collaborativa",
            lines: [4578, 4579],
          },
        ],
      },
      outcomeIndicators: {
        text: "Aumentate le conoscenze rispetto ai servizi e progetti attivi nel campo dell’inclusione lavorativi da parte degli stakeholder coinvolti. Diffuse prassi di collaborazione tra stakeholder coinvolti. Sviluppati progetti in rete tra gli stakeholder coinvolti.",
        indicators: [
          {
            text: "Livello di conoscenza di servizi e progetti da parte degli addetti degli stakeholder coinvolti",
            lines: [4604, 4605],
          },
          { text: "Numero di progetti in rete sviluppati tra gli stakeholder.", lines: [4607, 4607] },
        ],
      },
      targets: [
        {
          id: "R-1",
          text: "Presente una piattaforma collaborativa per lo scambio di conoscenza, progetti e servizi nel campo dell’inclusione lavorativa.",
          lines: [4568, 4569],
          kind: "deliverable",
          deliverable:
            "piattaforma collaborativa per lo scambio di conoscenza, progetti e servizi nel campo dell’inclusione lavorativa",
        },
      ],
      source: { document: DOCUMENTS.sebino, lines: [4238, 4607] },
    },
    // O3: TRANSIZIONE SCUOLA-LAVORO DEI RAGAZZI/E CON DISABILITA’ (L4608-4999)
    // Slip L4804-4812: template text left in the box: the three options “Servizio già presente / Servizio
    // sostanzialmente rivisto/aggiornato / Nuovo servizio” are printed with none marked; the answer is only the
    // sentence that follows (newService.kind null, sentence kept in text)
    // Slip L4881-4891: contradiction: the box answers “NUOVO BISOGNO” and then says “Pur non essendo nuovo il
    // bisogno di supportare la transizione scuola-lavoro-servizi…”; encoded as printed (nuovo-bisogno) with the
    // sentence in text
    // Slip L4850-4860: field 18 asks for actors “oltre ad ASST e ETS” but lists “Enti del Terzo Settore”; encoded
    // as printed
    // Slip L4699-4719: key points include area A (“A. CONTRASTO ALLA POVERTA’ E ALL’EMARGINAZIONE”) although
    // field 7 declares only G and J transversal
    // Slip L4637: typo: “livelli omogeni” (for “omogenei”); copied as printed
    // Slip L4657: stray word: “vengono definite e iniziative specifiche”; copied as printed
    // Slip L4787-4790: agreement slips: “a tutte gli istituti”, “degli studenti disabilità”; copied as printed
    // Slip L4812: agreement slip: “servizi di inserimento lavorativi”; copied as printed
    // Note: code not printed: O1–O6 / S1–S5 are the seed-002 extraction's IDs (position within the
    // sovra-distrettuale / Ambito section)
    // Note: policyArea from “(Policy: Interventi connessi alle politiche per il lavoro)” (L4611) = H;
    // sovra-distrettuale scheda
    // Note: transversal areas mapped from titles printed without letters (L4701-4703): G, J; key-point letters A,
    // G, H, J printed (upper-case titles, A truncated to “CONTRASTO ALLA POVERTA’ E ALL’EMARGINAZIONE”)
    // Note: field 16 prints “NO (in caso di risposta affermativa, esplicitare compiti e ruoli)”: the guidance in
    // brackets is template text, not copied
    // Note: cooperationWithOtherAmbiti.ambiti []: no Ambito is named (the section is shared by the 12 Ambiti of
    // ATS Brescia)
    // Note: budget: the DGR 7501/2022 projects are continued “nel 2025” (year 2025); for 2026 and 2027 the Ambiti
    // will seek “prossime linee di finanziamento regionali” (no fund named). DGR XI/7501/2022 is listed in the
    // seed's Misure regionali table as PR FSE+ 2021-2027 (L2022-2034); the fund is encoded as 'altro' because the
    // scheda itself does not name it
    // Note: outcomes (“Aumentata…”, “Diminuite le situazioni di “stallo”…”) carry no number or years: not typed
    // as targets
    {
      code: "O3",
      form: "pdz-dgr-2167",
      policyArea: "H",
      policyAreaBasis: "field",
      leps: [],
      priority: null,
      title: "TRANSIZIONE SCUOLA-LAVORO DEI RAGAZZI/E CON DISABILITA’",
      goals:
        "Individuazione e applicazione di modalità di intervento omogenee e prassi comuni tra Ambiti per il supporto alla transizione tra scuola, lavoro e servizi per studenti con disabilità a partire dagli ultimi anni del percorso scolastico.",
      actions: [
        {
          code: "1",
          title:
            "Stesura di un protocollo operativo/linee guida tra servizi di inserimento lavorativo degli Ambiti Territoriali, Ufficio scolastico provinciale, ASST, che regoli le modalità di comunicazione alle scuole e collaborazione tra servizi per permettere una programmazione territoriale degli interventi di supporto alla transizione.",
          lines: [4629, 4634],
        },
        {
          code: "2",
          title:
            "Definizione di prassi e interventi essenziali e con livelli omogeni rispetto ad alcune azioni specifiche di supporto alla transizione, quali: • interventi formativi/informativi alle famiglie sui percorsi educativi, formativi e lavorativi possibili al termine del percorso scolastico e sugli adempimenti amministrativo utili per l’inserimento nel mondo del lavoro o l’accesso a misure dedicate • interventi formativi per insegnanti di sostegno, referenti BES e/o assistenti ad personam per la conoscenza e l’aggiornamento delle opportunità a disposizione per l’accompagnamento all’uscita dalla scuola, nonché per l’osservazione, il supporto educativo e l’accompagnamento dello studente in uscita da scuola • produzione di materiale informativo da condividere con tutti gli stakeholders.",
          lines: [4636, 4654],
        },
        {
          code: "3",
          title:
            "In ogni Ambito Territoriale, in base alle risorse disponibili, vengono definite e iniziative specifiche a favore degli studenti residenti con disabilità in uscita dal percorso scolastico (con tempi, modalità e intensità pur differenti), anche con il coinvolgimento degli enti del terzo settore che gestiscono i servizi socioeducativi per la disabilità.",
          lines: [4656, 4661],
        },
      ],
      target: "Studenti con disabilità e loro famiglie Insegnanti Operatori scolastici",
      budget: {
        total: null,
        lines: [
          {
            fund: "altro",
            label: "progetti finanziati in base alla DGR 7501/2022",
            amount: null,
            year: 2025,
            lines: [4682, 4685],
          },
        ],
        text: "Gli Ambiti Territoriali Sociali e gli altri enti coinvolti, sulla base delle rispettive programmazioni e in base agli accordi definiti, metteranno a disposizione risorse economiche, strumentali e/o personale competente dedicato. Gli Ambiti Territoriali si coordinano per dare prosecuzione (nel 2025) alle linee di azione dedicate alla transizione scuola-lavoro- servizi contenute nei progetti finanziati in base alla DGR 7501/2022 e si attivano per darne continuità su prossime linee di finanziamento regionali per il 2026 e 2027.",
        source: { document: DOCUMENTS.sebino, lines: [4677, 4686] },
      },
      staff:
        "Personale dei servizi pubblici dedicato all’inserimento lavorativo e referenti dei vari enti coinvolti (ASST, Provincia, UCM, scuola,…)",
      transversal: {
        answer: "si",
        areas: ["G", "J"],
        text: "Politiche giovanili e per minori Interventi a favore di persone con disabilità",
      },
      keyPoints: [
        { area: "A", point: "Rafforzamento delle reti sociali" },
        { area: "G", point: "Rafforzamento delle reti sociali" },
        { area: "G", point: "Allargamento della rete e co-programmazione" },
        {
          area: "H",
          point:
            "Contrasto alle difficoltà socioeconomiche dei giovani e loro inserimento nel mondo del lavoro",
        },
        { area: "H", point: "Allargamento della rete e coprogrammazione" },
        { area: "H", point: "Nuovi strumenti di governance" },
        {
          area: "J",
          point: "Filiera integrata che accompagni la persona nel percorso di vita fino al Dopo di Noi",
        },
        { area: "J", point: "Allargamento della rete e co-programmazione" },
        { area: "J", point: "Contrasto all’isolamento" },
        { area: "J", point: "Rafforzamento delle reti sociali" },
      ],
      asstInAnalysis: { answer: "si", lines: [4757, 4757] },
      asstInDelivery: {
        answer: "si",
        text: "Per stabilire prassi condivise di confronto e approccio alla transizione scolastica nonché per definire modalità e ruoli di intervento anche nelle attività dedicate alla formazione ed informazione degli interessati e delle famiglie",
        lines: [4766, 4771],
      },
      cooperationWithOtherAmbiti: {
        answer: "si",
        text: "La cooperazione tra Ambiti Territoriali ha lo scopo di definire approcci e prassi condivise per garantire agli studenti con disabilità un livello omogeneo di opportunità per accedere a percorsi utili ad una transizione appropriata in uscita dal percorso scolastico garantire a tutte gli istituti secondari superiori del territorio provinciale una comune opportunità di informazione e collaborazione per favorire percorsi di uscita positiva dal percorso scolastico degli studenti disabilità.",
        lines: [4778, 4790],
        ambiti: [],
      },
      continuity: { answer: "no", lines: [4798, 4798] },
      newService: {
        kind: null,
        text: "Non si tratta di un nuovo servizio bensì di un arricchimento ed evoluzione dei servizi di inserimento lavorativi già presenti.",
      },
      premialProject: { answer: "no", lines: [4819, 4819] },
      coProgrammed: { answer: "no", lines: [4825, 4825] },
      coDesigned: { answer: "no", lines: [4833, 4833] },
      thirdSectorInvolvement:
        "Il terzo settore è coinvolto a livello di enti gestori dei servizi per la disabilità, per definire modalità di intervento proprio di ogni Ambito Territoriale e nelle progettualità con i singoli studenti che vengono coinvolti nei percorsi di transizione.",
      otherActors: {
        answer: "si",
        lines: [4856, 4860],
        actors: ["Provincia di Brescia – UCM", "Enti del Terzo Settore"],
      },
      needs: {
        text: "Necessità di creare continuità nell’accompagnamento ed orientamento dei ragazzi con disabilità e delle loro famiglie evitando momenti di “smarrimento”, creando una filiera informativa e di attivazione di opportunità.",
        indicators: [],
      },
      needKind: {
        kind: "nuovo-bisogno",
        text: "NUOVO BISOGNO … Pur non essendo nuovo il bisogno di supportare la transizione scuola-lavoro-servizi, è emersa l’esigenza di rendere omogenee le modalità di intervento per non creare confusioni, doppioni, diverse modalità di collaborazione con scuole e famiglie in un ottica di maggior efficacia dell’intervento stesso.",
      },
      preventionKind: ["preventivo"],
      preventionText: "Preventivo",
      innovation: { answer: "no", lines: [4904, 4904] },
      digitalisation: { answer: "no", lines: [4912, 4912] },
      processIndicators: {
        text: "Gruppi di coordinamento multi-stakeholder",
        indicators: [{ text: "Attivazione di gruppi di coordinamento", lines: [4929, 4929] }],
      },
      outputIndicators: {
        text: "Definite Linee guida/protocollo di intervento sulle modalità di comunicazione alle scuole e collaborazione tra servizi per permettere una programmazione territoriale degli interventi di supporto alla transizione Produzione di materiale informativo e sua divulgazione. Realizzati interventi informativi e formativi in almeno il 50% degli istituti secondari superiori.",
        indicators: [
          { text: "Presenza Linee Guida/Protocollo", lines: [4955, 4955] },
          { text: "Numero di istituti scolastici coinvolti nelle attività informative", lines: [4957, 4957] },
          {
            text: "Numero insegnanti e genitori coinvolti nelle attività informative/formative",
            lines: [4959, 4960],
          },
          { text: "Numero di studenti che hanno avviato un “progetto” di transizione", lines: [4962, 4963] },
          { text: "Presenza di materiale informativo prodotto e pubblicato", lines: [4965, 4965] },
        ],
      },
      outcomeIndicators: {
        text: "Aumentata la reciproca conoscenza (scuola/servizi/famiglie) sulle opportunità, dei servizi e progetti attivi per le persone con disabilità. Aumentata la consapevolezza da parte dei ragazzi e delle loro famiglie delle opportunità post-scolastiche e maggior serenità nell’affrontare la conclusione del percorso scolastico. Diminuite le situazioni di “stallo” per i ragazzi che terminano la scuola e che poi tornano ai servizi dopo un periodo isolamento sociale con effetti negativi sulle autonomie e competenze acquisite.",
        indicators: [
          {
            text: "Livello di conoscenza di servizi e progetti da parte di insegnanti e famiglie",
            lines: [4995, 4996],
          },
          {
            text: "Valutazione qualitativa dei Servizi di inserimento lavorativo e Ufficio Collocamento Mirato",
            lines: [4998, 4999],
          },
        ],
      },
      targets: [
        {
          id: "R-1",
          text: "Definite Linee guida/protocollo di intervento sulle modalità di comunicazione alle scuole e collaborazione tra servizi per permettere una programmazione territoriale degli interventi di supporto alla transizione",
          lines: [4942, 4945],
          kind: "deliverable",
          deliverable:
            "Linee guida/protocollo di intervento sulle modalità di comunicazione alle scuole e collaborazione tra servizi",
        },
        {
          id: "R-2",
          text: "Produzione di materiale informativo e sua divulgazione.",
          lines: [4945, 4946],
          kind: "deliverable",
          deliverable: "materiale informativo prodotto e divulgato",
        },
        {
          id: "R-3",
          text: "Realizzati interventi informativi e formativi in almeno il 50% degli istituti secondari superiori.",
          lines: [4948, 4949],
          kind: "share-at-least",
          minPercent: "50",
          numerator: "istituti secondari superiori in cui sono realizzati interventi informativi e formativi",
          denominator: "istituti secondari superiori (del territorio provinciale)",
        },
      ],
      source: { document: DOCUMENTS.sebino, lines: [4608, 4999] },
    },
    // O4: (title blank) (L5132-5377)
    // Slip L5132: TITOLO INTERVENTO left blank (title null)
    // Slip L5228: template text left in the box: “SI/NO” printed as is in field 9 (ASST in analysis); answer null
    // Slip L5237-5238: template text left in the box: “SI/NO In caso affermativo specificare le azioni e i
    // compiti” printed as is in field 10 (ASST in delivery); answer null
    // Slip L5203-5221: key points grouped under area titles printed without letters (“Contrasto alla povertà e
    // all’emarginazione sociale e promozione dell’inclusione attiva.”, “- Politiche abitative”): letters A and B
    // assigned from the titles
    // Note: code not printed: O1–O6 / S1–S5 are the seed-002 extraction's IDs (position within the
    // sovra-distrettuale / Ambito section)
    // Note: policyArea B from the section heading “Area politiche abitative” (L5000); sovra-distrettuale scheda
    // (the 12 Ambiti of ATS Brescia; the goals repeat L5112-5119 and the action L5121-5131)
    // Note: blank boxes (null / []): fields 5 (risorse economiche), 7, 11, 13, 15, 16, 17, 18, 20, 21, 22, 23,
    // 24, 25, 26
    // Note: continuity.answer 'si' read from the words “Di continuità alla programmazione 2021-2023” (no SI/NO
    // printed)
    // Note: field 14 (progetto premiale 2021-2023) is not in this scheda's form: premialProject.answer null
    // Note: the “superiore al 30% del loro reddito” threshold (L5304-5305) defines the families in need (field
    // 19), it is not a result target
    // Note: action lines L5161 and L5165 start with a bullet glyph lost in the text edition
    {
      code: "O4",
      form: "pdz-dgr-2167",
      policyArea: "B",
      policyAreaBasis: "section-heading",
      leps: [],
      priority: null,
      title: null,
      goals:
        "- Incrementare le competenze e la specializzazione delle strutture dedicate alla gestione delle politiche abitative. - Realizzare quadri di conoscenza comuni utili a monitorare fenomeni di respiro sovralocale e funzionali all’avvio di nuove progettualità. - Collaborare nello sviluppo delle relazioni con altri soggetti istituzionali e delle reti di relazioni con gli stakeholder del territorio.",
      actions: [
        {
          code: null,
          title:
            "Istituzione di un tavolo di coordinamento sulle politiche abitative quale forma stabile e strutturata di condivisione tra i territori. Il tavolo di coordinamento si riunirà con cadenza periodica sulla base di un programma di lavoro condiviso e sarà partecipato dai rappresentanti di ciascun Ambito territoriale. Il Tavolo si configurerà come luogo di coordinamento rispetto alla pianificazione delle politiche abitative e ai rapporti con altri soggetti istituzionali e con gli stakeholder del territorio; comunità di pratiche per la condivisione di dati, informazioni ed esperienze e la crescita delle competenze.",
          lines: [5154, 5166],
        },
      ],
      target:
        "Cittadini portatori di un bisogno abitativo e che si rivolgono ai servizi sociali comunali, agli uffici/sportelli casa. Terzo Settore proprietario di alloggi sociali e associazioni di proprietari/piccoli proprietari di unità immobiliari sul mercato privato",
      budget: {
        total: null,
        lines: [],
        text: null,
        source: { document: DOCUMENTS.sebino, lines: [5179, 5187] },
      },
      staff: "Personale dei rappresentanti che compongono il tavolo permanente",
      transversal: { answer: null, areas: [] },
      keyPoints: [
        { area: "A", point: "Allargamento della rete e coprogrammazione" },
        { area: "A", point: "Contrasto all’isolamento" },
        { area: "A", point: "Rafforzamento delle reti sociali" },
        { area: "A", point: "Vulnerabilità multidimensionale" },
        { area: "A", point: "Facilitare l’accesso alle opportunità di benessere e partecipazione attiva" },
        { area: "B", point: "Allargamento della platea dei soggetti a rischio" },
        { area: "B", point: "Vulnerabilità multidimensionale" },
        { area: "B", point: "Qualità dell’abitare" },
        { area: "B", point: "Allargamento della rete e coprogrammazione" },
        { area: "B", point: "Nuovi strumenti di governance (es. agenzie per l’abitare)" },
      ],
      asstInAnalysis: { answer: null, lines: [5228, 5228] },
      asstInDelivery: { answer: null, lines: [5237, 5238] },
      cooperationWithOtherAmbiti: { answer: null, ambiti: [] },
      continuity: { answer: "si", text: "Di continuità alla programmazione 2021-2023", lines: [5252, 5252] },
      newService: { kind: null },
      premialProject: { answer: null },
      coProgrammed: { answer: null },
      coDesigned: { answer: null },
      thirdSectorInvolvement: null,
      otherActors: { answer: null, actors: [] },
      needs: {
        text: "Da un punto di vista organizzativo sostenere la governance degli Enti Locali relativamente alle politiche abitative Da un punto di vista dei cittadini far fronte all’allargamento della platea dei portatori di bisogno abitativo con particolare attenzione a quelle famiglie che sostengono costi dell’abitare in misura superiore al 30% del loro reddito.",
        indicators: [],
      },
      needKind: { kind: null },
      preventionKind: [],
      innovation: { answer: null },
      digitalisation: { answer: null },
      processIndicators: { text: null, indicators: [] },
      outputIndicators: { text: null, indicators: [] },
      outcomeIndicators: { text: null, indicators: [] },
      targets: [],
      source: { document: DOCUMENTS.sebino, lines: [5132, 5377] },
    },
    // O5: (title blank) (L5628-5915)
    // Slip L5628: TITOLO INTERVENTO left blank (title null)
    // Slip L5738-5747: template text left in the box: “SI/NO” printed as is in field 9 (ASST in analysis),
    // followed by an explanation; answer null, explanation kept in text
    // Slip L5754-5755: template text left in the box: “SI/NO In caso affermativo specificare le azioni e i
    // compiti” printed as is in field 10; answer null
    // Slip L5728-5731: INDICARE I PUNTI CHIAVE DELL’INTERVENTO left blank although the form asks for the appendix
    // points
    // Slip L5648: broken word “condividere con i l Terzo Settore”; copied as printed
    // Slip L5692: stray word “anche a gestiti dal privato sociale”; copied as printed
    // Note: code not printed: O1–O6 / S1–S5 are the seed-002 extraction's IDs (position within the
    // sovra-distrettuale / Ambito section)
    // Note: policyArea A from the section heading “Area povertà e coesione sociale” (L5378); sovra-distrettuale
    // scheda (its goals repeat the five objectives of L5601-5627)
    // Note: blank boxes (null / []): fields 8, 11, 13, 15, 16, 17, 18, 20, 21, 22, 23, 24, 26
    // Note: transversal.answer 'si' and areas mapped from the titles in the words “Integrazione con l’area delle
    // politiche abitative, del lavoro, della domiciliarità” (B, H, D); no SI/NO printed
    // Note: continuity.answer 'si' read from the words; the answer names “2021-2024” (the 2021-2023 plan was
    // extended to 2024, L322-323, L5404-5405)
    // Note: field 14 (progetto premiale 2021-2023) is not in this scheda's form: premialProject.answer null
    // Note: target G-1 comes from the goals field (no result field states it): printed as a range “3/4 per
    // annualità”, encoded as at least 3 per year
    // Note: output field: qualitative results (“Miglioramento…”, “Creazione di relazioni consolidate…”), no
    // threshold, not typed
    {
      code: "O5",
      form: "pdz-dgr-2167",
      policyArea: "A",
      policyAreaBasis: "section-heading",
      leps: [],
      priority: null,
      title: null,
      goals:
        "Mantenere e consolidare la connessione e le occasioni di confronto con il terzo settore impegnato sui temi della povertà e inclusione sociale al fine di condividere elementi di lettura del fenomeno, e delle risorse in campo anche in un’ottica di ricomposizione delle stesse; - Dare continuità al raccordo tecnico/operativo tra gli Uffici di Piano, prevedendo momenti di confronto (3/4 per annualità), a supporto degli operatori impegnati nella gestione dei servizi di contrasto alla povertà, accompagnando così i territori alla condivisione di buone prassi e di modelli di presa in carico efficaci; - Realizzare e diffondere una mappatura dei servizi di Pronto Intervento Sociale (P.I.S.), presenti negli Ambiti Territoriali Sociali, evidenziandone caratteristiche organizzative e di intervento, da aggiornare periodicamente e condividere con i l Terzo Settore e in generale con i soggetti che operano a tutela della povertà estrema e/o nell’organizzazione di risposte alle situazioni di emergenza; - A fronte dell’incremento del numero di persone che utilizzano i Servizi di Pronto Intervento Sociale che presentano problematiche di natura psichiatrica e/o dipendenza conclamate, definire con le ASST specifici accordi/linee guida finalizzate ad assicurare forme di collaborazione e di presa in carico tempestiva e coordinata con i servizi di accoglienza; - Sperimentare e/o rendere strutturale nei diversi territori le esperienze di housing sociale destinato in particolare al disagio/fragilità, assicurando quindi una presenza diffusa di possibili risposte abitative, anche nella forma del co housing;",
      actions: [
        {
          code: null,
          title:
            "Mantenimento di tavoli di lavoro a livello di singoli Ambiti, con possibilità di momenti di confronto sovrazonali finalizzati a monitorare l’andamento del fenomeno della povertà e diffondere elementi informativi e formativi;",
          lines: [5668, 5671],
        },
        {
          code: null,
          title:
            "Definire in accordo con le singole ASST strumenti operativi (accordi, linee guida, ecc.) finalizzati a prevedere modalità di collaborazione nella gestione delle situazioni di persone in condizioni di fragilità presenti nei vari servizi di emergenza (cosiddetti Centri Servizi come declinati nelle diverse realtà) e di housing;",
          lines: [5673, 5678],
        },
        {
          code: null,
          title:
            "Realizzare una specifica mappatura dei servizi di Pronto Intervento Sociale presenti nei diversi territori;",
          lines: [5680, 5681],
        },
        {
          code: null,
          title:
            "Dare continuità e sviluppo ai progetti di housing sociale avviati in attuazione del PNRR, adeguandoli alle necessità emergenti.",
          lines: [5683, 5685],
        },
      ],
      target:
        "Cittadini in condizione di povertà effettiva o potenziale che si rivolgono ai servizi sociali comunali, agli uffici/sportelli territoriali anche a gestiti dal privato sociale. Operatori dei servizi pubblici e del privato sociale interessati da azioni di confronto, scambio e formazione.",
      budget: {
        total: null,
        lines: [],
        text: "Risorse finanziarie a valere: - sui singoli Ambiti in ordine all’attivazione degli interventi presenti nella programmazione locale, nazionale ed europea; - sui soggetti del terzo settore a diverso titolo coinvolti e partecipanti alla realizzazione degli obiettivi.",
        source: { document: DOCUMENTS.sebino, lines: [5704, 5710] },
      },
      staff:
        "Personale dei soggetti pubblici e privati che garantiscono il raccordo operativo/istituzionale.",
      transversal: {
        answer: "si",
        areas: ["B", "H", "D"],
        text: "Integrazione con l’area delle politiche abitative, del lavoro, della domiciliarità.",
      },
      keyPoints: [],
      asstInAnalysis: {
        answer: null,
        text: "Sono individuabili aspetti di integrazione relativamente ai bisogni di cura attuali e in prospettiva delle persone in condizioni di povertà, più esposte a problemi di carattere sanitario nonché la necessità di formalizzare accordi finalizzati a creare maggiore connessione tra i servizi dei Dipartimenti di Salute Mentale delle Asst con i servizi di emergenza dei territori.",
        lines: [5738, 5747],
      },
      asstInDelivery: { answer: null, lines: [5754, 5755] },
      cooperationWithOtherAmbiti: { answer: null, ambiti: [] },
      continuity: {
        answer: "si",
        text: "Gli interventi indicati sono in continuità con la programmazione 2021-2024.",
        lines: [5769, 5770],
      },
      newService: { kind: null },
      premialProject: { answer: null },
      coProgrammed: { answer: null },
      coDesigned: { answer: null },
      thirdSectorInvolvement: null,
      otherActors: { answer: null, actors: [] },
      needs: {
        text: "Da un punto di vista organizzativo - favorire la conoscenza del fenomeno e diffondere buone prassi; - migliorare le competenze specifiche negli operatori pubblici e del privato sociale impegnati nel settore; - favorire la ricomposizione delle risorse attivabili nella prospettiva di garantire il miglior utilizzo di tutte le opportunità presenti nel panorama pubblico e privato coinvolto nella gestione delle problematiche specifiche di bisogno; - potenziare nello specifico azioni di integrazione socio sanitaria in particolare con i Dipartimenti di salute Mentale delle ASST; Dal punto di vista dei cittadini:- offrire risposte che tengano conto di tutte le opportunità attivabili, orientate da una visione condivisa tra operatori del pubblico e del privato sociale; - assicurare risposte di emergenza attraverso i servizi di Pronto Intervento Sociale; - offrire opportunità di risposte di housing diffuse sul territorio.",
        indicators: [],
      },
      needKind: { kind: null },
      preventionKind: [],
      innovation: { answer: null },
      digitalisation: { answer: null },
      processIndicators: { text: null, indicators: [] },
      outputIndicators: {
        text: "- Miglioramento delle competenze professionali trasversali degli operatori sociali, in senso lato, nella gestione delle situazioni di povertà e delle risorse disponibili; - Creazione di relazioni consolidate tra le diverse organizzazioni nel fronteggiamento della problematica.",
        indicators: [],
      },
      outcomeIndicators: { text: null, indicators: [] },
      targets: [
        {
          id: "G-1",
          text: "Dare continuità al raccordo tecnico/operativo tra gli Uffici di Piano, prevedendo momenti di confronto (3/4 per annualità)",
          lines: [5639, 5640],
          kind: "count-at-least",
          min: 3,
          unit: "momenti di confronto tra gli Uffici di Piano",
          per: "year",
        },
      ],
      source: { document: DOCUMENTS.sebino, lines: [5628, 5915] },
    },
    // O6: GRUPPO PERMANENTE INTEGRATO (G.P.I.) SPERIMENTAZIONE DISABILITÀ (L6010-6235)
    // Slip L6051-6052: field 7 (transversal with OTHER policy areas) answers “SI” and names “J) interventi a
    // favore delle persone con disabilità”, the scheda's own area; encoded as printed (areas [J])
    // Note: code not printed: O1–O6 / S1–S5 are the seed-002 extraction's IDs (position within the
    // sovra-distrettuale / Ambito section)
    // Note: policyArea J from the section heading “Area disabilità” (L5921); sovra-distrettuale scheda (the
    // second of the two system actions of L5979-6006; the first, “Revisione condivisa del sistema dei servizi…”,
    // has no scheda)
    // Note: key points printed without an area letter (L6057-6060): assigned to the home area J
    // Note: field 17 holds only “//////////////” (L6138), a filler for “not applicable” (the intervention is
    // co-programmed): thirdSectorInvolvement null
    // Note: newService “NO, non si tratta di un servizio”: kind null (none of the three options applies)
    // Note: staffPositions: the form of the contract has no head-count field; counts are kept in text (1 + 3 + 4
    // + 3 + 3 = 14 members of the G.P.I.)
    // Note: field labels of this scheda differ slightly (“TITOLO DELL’INTERVENTO”, no guidance text in several
    // boxes)
    // Note: the process indicator “numero di incontri realizzati” has no threshold: not typed
    {
      code: "O6",
      form: "pdz-dgr-2167",
      policyArea: "J",
      policyAreaBasis: "section-heading",
      leps: [],
      priority: null,
      title: "GRUPPO PERMANENTE INTEGRATO (G.P.I.) SPERIMENTAZIONE DISABILITÀ",
      goals:
        "Mantenere attivo, per l’intero arco temporale della programmazione triennale, il monitoraggio della sperimentazione D. Lgs. 62/24 e la capacità di elaborazione di proposte/indicazioni/azioni a supporto e sostegno del processo di cambiamento in atto.",
      actions: [
        {
          code: null,
          title:
            "Formazione, confronto ed approfondimento sui diversi temi oggetto della sperimentazione nazionale",
          lines: [6020, 6021],
        },
        {
          code: null,
          title:
            "Acquisizione di un linguaggio comune che abbatta approcci diversificati sugli aspetti del processo di riforma;",
          lines: [6022, 6023],
        },
        {
          code: null,
          title:
            "Individuazione/definizione di un sistema che consenta la raccolta, l’analisi e la circolazione delle informazioni, dei dati, delle criticità al fine di attuare interventi di sostegno e di riparazione",
          lines: [6024, 6026],
        },
        {
          code: null,
          title: "Definizione di protocolli e modelli operativi per la progettazione personalizzata",
          lines: [6027, 6028],
        },
      ],
      target:
        "Operatori degli Ambiti, dei Comuni, degli ETS, ASST ed ATS; persone con disabilità, associazione di persone/familiari con disabilità",
      budget: {
        total: null,
        lines: [],
        text: "Gli Ambiti territoriali Sociali, ATS, ASST e gli Enti del Terzo settore sulla base delle rispettive competenze mettono a disposizione risorse strumentali e di personale dedicato.",
        source: { document: DOCUMENTS.sebino, lines: [6036, 6038] },
      },
      staff:
        "1 operatore ATS; 3 operatori ASST; 4 Operatori Ambiti/Ufficio di Piano; 3 operatori ETS; 3 rappresentanti di Associazione di persone/familiari con disabilità",
      staffPositions: [
        { role: "operatore ATS", text: "1 operatore ATS" },
        { role: "operatori ASST", text: "3 operatori ASST" },
        { role: "Operatori Ambiti/Ufficio di Piano", text: "4 Operatori Ambiti/Ufficio di Piano" },
        { role: "operatori ETS", text: "3 operatori ETS" },
        {
          role: "rappresentanti di Associazione di persone/familiari con disabilità",
          text: "3 rappresentanti di Associazione di persone/familiari con disabilità",
        },
      ],
      transversal: {
        answer: "si",
        areas: ["J"],
        text: "J) interventi a favore delle persone con disabilità",
      },
      keyPoints: [
        { area: "J", point: "Nuovi strumenti di governance" },
        { area: "J", point: "Ruolo delle famiglie e del caregiver" },
        {
          area: "J",
          point: "Filiera integrata che accompagni la persona nel percorso di vita fino al Dopo di Noi",
        },
      ],
      asstInAnalysis: {
        answer: "si",
        text: "ASST era già presente al tavolo di lavoro sovra distrettuale che ha lavorato alla definizione degli obiettivi per l’area della disabilità",
        lines: [6068, 6069],
      },
      asstInDelivery: {
        answer: "si",
        text: "Alcuni rappresentanti delle 3 ASST territoriali, afferenti ad ATS Brescia, saranno componenti stabili del Gruppo permanente integrato.",
        lines: [6077, 6079],
      },
      cooperationWithOtherAmbiti: {
        answer: "si",
        text: "L’intervento è stato programmato con tutti gli Ambiti che fanno capo ad ATS Brescia, nello specifico verranno individuati 4 operatori degli Uffici di Piano che parteciperanno al Gruppo permanente integrato",
        lines: [6085, 6089],
        ambiti: ["tutti gli Ambiti che fanno capo ad ATS Brescia"],
      },
      continuity: { answer: "no", lines: [6095, 6095] },
      newService: { kind: null, text: "NO, non si tratta di un servizio" },
      premialProject: { answer: "no", lines: [6110, 6110] },
      coProgrammed: { answer: "si", lines: [6118, 6118] },
      coDesigned: { answer: "no", lines: [6125, 6125] },
      thirdSectorInvolvement: null,
      otherActors: {
        answer: "si",
        text: "Faranno parte del Gruppo Permanente Integrato anche alcune Associazioni di persone/familiari con disabilità. L’associazionismo è elemento fondamentale per aggiungere valore e completezza al gruppo permanente",
        lines: [6145, 6149],
        actors: ["Associazioni di persone/familiari con disabilità"],
      },
      needs: {
        text: "La costituzione del Gruppo Permanente Integrato risponde ad un bisogno di supporto del processo di cambiamento dettato dalla sperimentazione che il territorio di Brescia è chiamato ad attuare in tema di elaborazione e attuazione del progetto di vita individuale, personalizzato e partecipato.",
        indicators: [],
      },
      needKind: {
        kind: "nuovo-bisogno",
        text: "NUOVO BISOGNO, dettato dall’entrata in vigore del Decreto 62/2024",
      },
      preventionKind: ["promozionale"],
      preventionText: "Promozionale",
      innovation: { answer: "no", lines: [6187, 6187] },
      digitalisation: { answer: "no", lines: [6193, 6193] },
      processIndicators: {
        text: "Costituzione del Gruppo Permanente integrato",
        indicators: [{ text: "numero di incontri realizzati", lines: [6201, 6201] }],
      },
      outputIndicators: {
        text: "- Definizione di linee operative sul funzionamento del G.P.I. - Definizione di “modelli operativi” comuni relativamente alla progettazione personalizzata – uniformità degli strumenti; - Attuazione di un sistema di raccolta dati; - Definizione di un sistema di monitoraggio delle novità introdotte dalla sperimentazione - Valutazione degli esiti di miglioramento o delle criticità che provengono dalla sperimentazione del D.Lgs 62/2024",
        indicators: [],
      },
      outcomeIndicators: {
        text: "L’attuazione del Gruppo permanente si strutturerà come cabina di regia dove gli interlocutori territoriali potranno mettere in atto azioni a sostegno del processo di cambiamento che caratterizzerà l’area disabilità nei prossimi anni.",
        indicators: [],
      },
      targets: [
        {
          id: "R-1",
          text: "Definizione di linee operative sul funzionamento del G.P.I.",
          lines: [6212, 6212],
          kind: "deliverable",
          deliverable: "linee operative sul funzionamento del G.P.I.",
        },
        {
          id: "R-2",
          text: "Definizione di “modelli operativi” comuni relativamente alla progettazione personalizzata – uniformità degli strumenti",
          lines: [6213, 6214],
          kind: "deliverable",
          deliverable: "“modelli operativi” comuni per la progettazione personalizzata",
        },
        {
          id: "R-3",
          text: "Attuazione di un sistema di raccolta dati",
          lines: [6215, 6215],
          kind: "deliverable",
          deliverable: "sistema di raccolta dati attuato",
        },
        {
          id: "R-4",
          text: "Definizione di un sistema di monitoraggio delle novità introdotte dalla sperimentazione",
          lines: [6216, 6217],
          kind: "deliverable",
          deliverable: "sistema di monitoraggio delle novità introdotte dalla sperimentazione",
        },
        {
          id: "R-5",
          text: "Valutazione degli esiti di miglioramento o delle criticità che provengono dalla sperimentazione del D.Lgs 62/2024",
          lines: [6218, 6219],
          kind: "deliverable",
          deliverable: "valutazione degli esiti della sperimentazione del D.Lgs 62/2024",
        },
      ],
      source: { document: DOCUMENTS.sebino, lines: [6010, 6235] },
    },
    // P13: il Budget di Salute nell’area della Salute Mentale adulta: Co- Programmazione con gli ETS (L6240-6379)
    // Slip L6294: agreement slip: “del modello dell’affidamenti di servizi”; copied as printed
    // Note: code P13 = “Scheda di progetto 13” as printed (prefix P added to keep codes unique across the three
    // groups)
    // Note: PPT card of ASST Franciacorta (Piano di Sviluppo del Polo Territoriale, DGR 2089/2024), not the PdZ
    // form: mapped OBIETTIVI→goals, TARGET/DESTINATARI→target, RISORSE→budget.text, TRASVERSALE AD ALTRE LINEE DI
    // POLICY→transversal, COINVOLGIMENTO AMBITO/I NELL’ANALISI DEL BISOGNO→asstInAnalysis, AZIONI CONGIUNTE
    // ASST/AMBITO→asstInDelivery, AREA TERRITORIALE ISTITUZIONALE attori→cooperationWithOtherAmbiti (answer null:
    // no such question), CO PROGRAMMATO/CO PROGETTATO→coProgrammed/coDesigned, COINVOLGIMENTO DI ALTRI
    // ATTORI→otherActors, RAZIONALE/CRITICITÀ→needs.text, MODALITÀ ORGANIZZATIVE→processIndicators.text,
    // INDICATORI DI ESITO→outcomeIndicators; an answer given only in words that state the involvement (no Si/No
    // printed) is read as 'si' and the words are kept in text; “ND”/“N.D.” → answer null with text
    // Note: PPT form has no fields 3 (azioni), 6 (personale, folded into RISORSE), 12-14, 17, 20-23, 25: encoded
    // as []/null; its DGR 2089/2024 'Linee di intervento' (1-6) and 'Azione programmatoria' (A-F) are not
    // macro-areas, so policyArea is null
    // Note: AREA/AZIONE PROGRAMMATORIA (DGR 2089/2024): “Area: 1, 4, 5, 6 Azione: A, B, C, E.” (L6297-6298); AREA
    // AZIENDALE settori: “DSMD - Direzione Socio Sanitaria - Formazione - Direzione Amministrativa e
    // Provveditorato” (L6269-6270); AREE COPROGRAMMAZIONE attori: “ETS, Volontariato, scuola” (L6286); FORMAZIONE
    // CONGIUNTA: “Prevista per tutti gli attori coinvolti” (L6349)
    // Note: PUNTI CHIAVE DI INTERVENTO (not from the appendix table, no area): “Sviluppo di strategie comuni a
    // sostegno della autonomia dei soggetti presi in carico attraverso azioni di sostegno all’abitare, al
    // lavoro/formazione e alla socialità” (L6328-6330): keyPoints [] because the contract needs a macro-area per
    // point
    // Note: COINVOLGIMENTO AMBITO/I NELLA PROGRAMMAZIONE: “Tutti e 4 gli ambiti sono coinvolti” (L6340)
    // Note: asstInAnalysis/asstInDelivery answers 'si' read from the words; the 4 Ambiti are those of ASST
    // Franciacorta (Sebino, Monte Orfano, Oglio Ovest, Bassa Bresciana Occidentale, L6414-6416)
    // Note: outcome indicators (hard / soft outcomes) have no thresholds: no targets
    {
      code: "P13",
      form: "ppt-dgr-2089",
      heading:
        "Scheda di progetto 13: il Budget di Salute nell’area della Salute Mentale adulta: Co- Programmazione con gli ETS",
      policyArea: null,
      policyAreaBasis: "not-stated",
      leps: [],
      priority: null,
      title: "il Budget di Salute nell’area della Salute Mentale adulta: Co- Programmazione con gli ETS",
      goals:
        "1. razionalizzare le risorse in salute mentale superando il modello residenziale di trattamento a favore di una piena reintegrazione dei soggetti portatori di bisogni complessi in salute mentale nella propria comunità, attraverso la valorizzazione di tutte le risorse dei soggetti del sistema, secondo le linee di indirizzo contenute nel PSSR 2024-2028 e nel PRSS. 2. responsabilizzare tutti i soggetti coinvolti nel percorso di presa in carico e di cura (cittadino, famiglia, comunità, EELL, ASST, ETS). 3. ridurre la marginalizzazione e il ricorso all’istituzionalizzazione delle persone portatrici di bisogni complessi in salute mentale. 4. potenziare il sistema di opportunità sul territorio. 5. sensibilizzare la comunità e ridurre lo stigma sociale",
      actions: [],
      target: "Utenti portatori di bisogni complessi in salute mentale",
      budget: {
        total: null,
        lines: [],
        text: "Strumentali: budget economico del DSMD – strutture del DSMD – strutture e strumenti messi a disposizione dai partner istituzionali e del Terzo Settore Risorse umane: personale del DSMD – uffici di Piano – uffici sociali dei singoli comuni - personale degli ETS – volontari e la cittadinanza attiva",
        source: { document: DOCUMENTS.sebino, lines: [6316, 6321] },
      },
      staff: null,
      transversal: { answer: null, areas: [], text: "Tutti i PdZ" },
      keyPoints: [],
      asstInAnalysis: { answer: "si", text: "Tutti e 4 gli ambiti sono coinvolti", lines: [6335, 6335] },
      asstInDelivery: {
        answer: "si",
        text: "Partecipazione al livello direzionale (cabina di regia), al livello gestionale (tavoli gestionali locali) e operativo (microequipe), secondo il definito modello di Governance",
        lines: [6345, 6347],
      },
      cooperationWithOtherAmbiti: {
        answer: null,
        text: "ATTORI COINVOLTI: Ambiti Territoriali - EELL",
        lines: [6278, 6278],
        ambiti: ["Ambiti Territoriali"],
      },
      continuity: { answer: null },
      newService: { kind: null },
      premialProject: { answer: null },
      coProgrammed: { answer: "si", lines: [6355, 6355] },
      coDesigned: { answer: "si", lines: [6360, 6360] },
      thirdSectorInvolvement: null,
      otherActors: {
        answer: "si",
        text: "associazioni di volontariato e qualsiasi risorsa formale ed informale presente nel territorio utile alle progettualità individualizzate",
        lines: [6365, 6367],
        actors: [
          "associazioni di volontariato",
          "qualsiasi risorsa formale ed informale presente nel territorio utile alle progettualità individualizzate",
        ],
      },
      needs: {
        text: "Razionale: promuovere politiche in grado di superare il modello di welfare tradizionale (cittadino portatore di bisogno e servizi erogatori di prestazioni) a favore di un modello di welfare generativo nell’ambito della salute mentale Criticità: superamento del modello dell’affidamenti di servizi in appalto con quello della co-programmazione e co-gestione",
        indicators: [],
      },
      needKind: { kind: null },
      preventionKind: [],
      innovation: { answer: null },
      digitalisation: { answer: null },
      processIndicators: {
        text: "Co-progettazione ai sensi del Codice del terzo settore e successiva co-gestione con i partner progettuali",
        indicators: [],
      },
      outputIndicators: { text: null, indicators: [] },
      outcomeIndicators: {
        text: null,
        indicators: [
          {
            text: "Hard outcomes (ricoveri in SPDC, SR, accessi PS e semiresidenzialità)",
            lines: [6375, 6376],
          },
          {
            text: "Soft outcomes (soddisfazione dell’utente per i trattamenti, qualità della vita)",
            lines: [6378, 6379],
          },
        ],
      },
      targets: [],
      source: { document: DOCUMENTS.sebino, lines: [6240, 6379] },
    },
    // P14: Il centro diurno diffuso per adolescenti: proposta di estensione del budget di salute alla NPI (L6380-6594)
    // Note: code P14 = “Scheda di Progetto 14” as printed (prefix P added)
    // Note: PPT card of ASST Franciacorta (Piano di Sviluppo del Polo Territoriale, DGR 2089/2024), not the PdZ
    // form: mapped OBIETTIVI→goals, TARGET/DESTINATARI→target, RISORSE→budget.text, TRASVERSALE AD ALTRE LINEE DI
    // POLICY→transversal, COINVOLGIMENTO AMBITO/I NELL’ANALISI DEL BISOGNO→asstInAnalysis, AZIONI CONGIUNTE
    // ASST/AMBITO→asstInDelivery, AREA TERRITORIALE ISTITUZIONALE attori→cooperationWithOtherAmbiti (answer null:
    // no such question), CO PROGRAMMATO/CO PROGETTATO→coProgrammed/coDesigned, COINVOLGIMENTO DI ALTRI
    // ATTORI→otherActors, RAZIONALE/CRITICITÀ→needs.text, MODALITÀ ORGANIZZATIVE→processIndicators.text,
    // INDICATORI DI ESITO→outcomeIndicators; an answer given only in words that state the involvement (no Si/No
    // printed) is read as 'si' and the words are kept in text; “ND”/“N.D.” → answer null with text
    // Note: PPT form has no fields 3 (azioni), 6 (personale, folded into RISORSE), 12-14, 17, 20-23, 25: encoded
    // as []/null; its DGR 2089/2024 'Linee di intervento' (1-6) and 'Azione programmatoria' (A-F) are not
    // macro-areas, so policyArea is null
    // Note: AREA/AZIONE PROGRAMMATORIA: “Area: 1-2-3-5-6 Azione: B – C – E - F” (L6449-6450); AREA AZIENDALE
    // settori: “COT - Neuropsichiatria dell’Infanzia e dell’adolescenza – CPS – Area Dipendenze - Consultori”
    // (L6405-6406); FORMAZIONE CONGIUNTA: “SI: prevedere eventi di presentazione della progettualità generale
    // agli operatori coinvolti nella realizzazione degli interventi sul minore e sulla sua famiglia.”
    // (L6532-6534); COINVOLGIMENTO AMBITO/I NELLA PROGRAMMAZIONE: “SI” (L6525)
    // Note: PUNTI CHIAVE DI INTERVENTO a)–e) (L6500-6515) are steps of the project (e.g. “a) Coinvolgere gli Enti
    // e le Istituzioni locali, provinciali e regionali nella elaborazione, validazione e finanziamento
    // strutturale del progetto, con riferimento alla DGR n° XII/2966 del 5/08/2024…”), not appendix-table points:
    // keyPoints []
    // Note: transversal: the field lists four generic policy lines, not macro-areas: answer null, areas []
    // Note: otherActors.actors taken from “AREE COPROGRAMMAZIONE … ATTORI COINVOLTI” (L6424-6426), to which the
    // answer refers; the last three are printed without separators (“centri di aggregazione giovanile servizi
    // sociali territoriali società sportive”) and were split
    // Note: targets E-1..E-3: the yes/no milestones of INDICATORI DI ESITO that produce an artifact; the result
    // indicators (N° pazienti, percorsi conclusi / interrotti) have no threshold
    {
      code: "P14",
      form: "ppt-dgr-2089",
      heading:
        "Scheda di Progetto 14: Il centro diurno diffuso per adolescenti: proposta di estensione del budget di salute alla NPI",
      policyArea: null,
      policyAreaBasis: "not-stated",
      leps: [],
      priority: null,
      title: "Il centro diurno diffuso per adolescenti: proposta di estensione del budget di salute alla NPI",
      goals:
        "Elaborare progetti terapeutico riabilitativi individualizzati basati su interventi domiciliari/territoriali, compatibili con la prosecuzione della frequenza scolastica di questi adolescenti, finalizzati al recupero di quelle stesse abilità relazionali e psicosociali che si vorrebbero recuperare attraverso l'inserimento dei ragazzi in un centro diurno classico semiresidenziale: a) potenziamento delle autonomie e competenze personali b) potenziamento delle competenze pro sociali rispetto al gruppo dei coetanei e degli adulti c) recupero delle relazioni con i membri del nucleo familiare d) recupero dei prerequisiti sociali per un reinserimento in un percorso scolastico o lavorativo.",
      actions: [],
      target:
        "Adolescenti, sia maschi che femmine, di età compresa tra i 12 e i 18 anni, che presentino disturbi psichiatrici (disturbi dello spettro della schizofrenia e altri disturbi psicotici, disturbi depressivi, disturbo bipolare, disturbi di personalità e altri disturbi correlati quali disturbi d’ansia, psicosomatici, ritiro sociale, fobie ecc).",
      budget: {
        total: null,
        lines: [],
        text: "Professionisti dei settori di area aziendale coinvolti – Professionisti dei Centri Diurni Terapeutici – Professionisti della Scuola e dei Servizi Sociali del territorio – Operatori degli enti coinvolti nella co- progettazione",
        source: { document: DOCUMENTS.sebino, lines: [6473, 6476] },
      },
      staff: null,
      transversal: {
        answer: null,
        areas: [],
        text: "1. Integrazione Sociale: Favorire l'inclusione di gruppi vulnerabili, come famiglie in difficoltà, adolescenti e migranti, attraverso servizi accessibili e politiche di sostegno. 2. Partecipazione dei Cittadini: Coinvolgere i cittadini e i rappresentanti degli Enti Locali nei processi decisionali riguardanti lo sviluppo del territorio, tramite consultazioni e iniziative di partecipazione attiva. 3. Servizi e Infrastrutture: Pianificare la distribuzione degli interventi e dei servizi (centri sanitari, scuole, centri di aggregazione giovanile e aree verdi) e delle infrastrutture in modo da garantire un facile accesso per tutti. 4. Piani Integrati: Lavorare in sinergia con altri piani e programmi (come quelli regionali e nazionali di salute mentale) per creare strategie coerenti e integrate.",
      },
      keyPoints: [],
      asstInAnalysis: { answer: "si", lines: [6520, 6520] },
      asstInDelivery: { answer: "si", lines: [6530, 6530] },
      cooperationWithOtherAmbiti: {
        answer: null,
        text: "ATTORI COINVOLTI: ATS - ASST Garda – ASST Brescia – Ambito 5 Sebino – Ambito 6 Monte Orfano – Ambito 7 Oglio Ovest – Ambito 8 Bassa Bresciana Occidentale – Enti Locali Del Territorio della Asst Franciacorta",
        lines: [6414, 6417],
        ambiti: [
          "Ambito 5 Sebino",
          "Ambito 6 Monte Orfano",
          "Ambito 7 Oglio Ovest",
          "Ambito 8 Bassa Bresciana Occidentale",
        ],
      },
      continuity: { answer: null },
      newService: { kind: null },
      premialProject: { answer: null },
      coProgrammed: { answer: "si", lines: [6541, 6541] },
      coDesigned: { answer: "si", lines: [6546, 6546] },
      thirdSectorInvolvement: null,
      otherActors: {
        answer: "si",
        text: "(VEDI AREE DI COPROGRAMMAZIONE)",
        lines: [6551, 6551],
        actors: [
          "Enti del Terzo Settore che gestiscono centri diurni terapeutici per adolescenti",
          "scuole secondarie",
          "centri di aggregazione giovanile",
          "servizi sociali territoriali",
          "società sportive",
        ],
      },
      needs: {
        text: "Il centro diurno terapeutico Bios di Orzinuovi, che già insiste sul nostro territorio a tutt’oggi non riesce a saturare i posti disponibili. Il dato non è indicativo di una mancanza di bisogni, ma evidenzia il limite implicito di una struttura semiresidenziale, che spesso si pone in alternativa alla frequenza scolastica per problemi di sovrapposizione d’orario, finendo per dare risposta prevalentemente a quei casi molto gravi in cui la frequenza scolastica è improponibile per la psicopatologia del paziente. … sul modello del budget di salute che stiamo sperimentando nel DSM nell'adulto, che permetta di utilizzare le risorse inutilizzate sulla semiresidenzialità, a favore di progetti individuali, mirati sui singoli pazienti e sui loro bisogni, da organizzare con la collaborazione delle risorse della rete territoriale.",
        indicators: [],
      },
      needKind: { kind: null },
      preventionKind: [],
      innovation: { answer: null },
      digitalisation: { answer: null },
      processIndicators: {
        text: "- Analisi del problema e coprogettazione con il contributo di tutti gli attori coinvolti, con il coordinamento della UONPIA (il fulcro organizzativo della rete e la sede principale per la riabilitazione e per la presa in carico multidisciplinare e integrata, che assume conseguentemente un ruolo di coordinamento dei percorsi di cura e degli specifici interventi di assistenza domiciliari, semiresidenziali e residenziali). - Approvazione dei progetti da parte degli Enti preposti. - Elaborazione dei progetti terapeutico riabilitativi individualizzati. - Erogazione degli interventi previsti da parte dei vari attori coinvolti, con periodiche valutazioni congiunte in presenza del paziente e dei familiari. - Valutazione degli esiti e dimissioni dal progetto.",
        indicators: [],
      },
      outputIndicators: { text: null, indicators: [] },
      outcomeIndicators: {
        text: null,
        indicators: [
          {
            text: "Elaborazione del progetto in coprogrammazione/coprogettazione tra ASST, ETS coinvolti, Rappresentanti degli Enti Locali del territorio.",
            lines: [6575, 6578],
          },
          {
            text: "Approvazione del progetto e delle fonti strutturali di finanziamento da parte degli Uffici preposti (Regione – ATS) e stesura di un Cronoprogramma relativo alle fasi di realizzazione dello stesso.",
            lines: [6580, 6582],
          },
          {
            text: "Arruolamento del personale necessario alla realizzazione del progetto e arruolamento dei pazienti beneficiari",
            lines: [6583, 6584],
          },
          {
            text: "Realizzazione delle azioni previste dal progetto e valutazione degli esiti.",
            lines: [6586, 6587],
          },
          {
            text: "Verifica del rispetto del cronoprogramma previsto e degli indicatori di risultato: N° Pazienti coinvolti – N° di percorsi portati a termine con successo – N° di percorsi interrotti (drop out)",
            lines: [6588, 6590],
          },
          {
            text: "Analisi strutturata dei punti di forza del progetto, delle criticità emerse e delle possibili soluzioni da adottare ad opera di tutti gli attori coinvolti.",
            lines: [6592, 6594],
          },
        ],
      },
      targets: [
        {
          id: "E-1",
          text: "Elaborazione del progetto in coprogrammazione/coprogettazione tra ASST, ETS coinvolti, Rappresentanti degli Enti Locali del territorio.",
          lines: [6575, 6578],
          kind: "deliverable",
          deliverable: "progetto elaborato in coprogrammazione/coprogettazione tra ASST, ETS ed Enti Locali",
        },
        {
          id: "E-2",
          text: "Approvazione del progetto e delle fonti strutturali di finanziamento da parte degli Uffici preposti (Regione – ATS)",
          lines: [6580, 6581],
          kind: "deliverable",
          deliverable: "progetto e fonti strutturali di finanziamento approvati (Regione – ATS)",
        },
        {
          id: "E-3",
          text: "stesura di un Cronoprogramma relativo alle fasi di realizzazione dello stesso.",
          lines: [6582, 6582],
          kind: "deliverable",
          deliverable: "Cronoprogramma delle fasi di realizzazione",
        },
      ],
      source: { document: DOCUMENTS.sebino, lines: [6380, 6594] },
    },
    // P15: ricollocazione del Centro Diurno ed integrazione nel contesto sociale, associativo e culturale del Comune di Palazzolo s/O (L6595-6720)
    // Note: code P15 = “Scheda di progetto 15” as printed (prefix P added)
    // Note: PPT card of ASST Franciacorta (Piano di Sviluppo del Polo Territoriale, DGR 2089/2024), not the PdZ
    // form: mapped OBIETTIVI→goals, TARGET/DESTINATARI→target, RISORSE→budget.text, TRASVERSALE AD ALTRE LINEE DI
    // POLICY→transversal, COINVOLGIMENTO AMBITO/I NELL’ANALISI DEL BISOGNO→asstInAnalysis, AZIONI CONGIUNTE
    // ASST/AMBITO→asstInDelivery, AREA TERRITORIALE ISTITUZIONALE attori→cooperationWithOtherAmbiti (answer null:
    // no such question), CO PROGRAMMATO/CO PROGETTATO→coProgrammed/coDesigned, COINVOLGIMENTO DI ALTRI
    // ATTORI→otherActors, RAZIONALE/CRITICITÀ→needs.text, MODALITÀ ORGANIZZATIVE→processIndicators.text,
    // INDICATORI DI ESITO→outcomeIndicators; an answer given only in words that state the involvement (no Si/No
    // printed) is read as 'si' and the words are kept in text; “ND”/“N.D.” → answer null with text
    // Note: PPT form has no fields 3 (azioni), 6 (personale, folded into RISORSE), 12-14, 17, 20-23, 25: encoded
    // as []/null; its DGR 2089/2024 'Linee di intervento' (1-6) and 'Azione programmatoria' (A-F) are not
    // macro-areas, so policyArea is null
    // Note: this card concerns only Ambito 6 Monte Orfano (Palazzolo s/O): Ambito Sebino is not involved
    // Note: AREA/AZIONE PROGRAMMATORIA: “Area: 4 – 5 – 6. Azione: B –E.” (L6653-6654); AREA AZIENDALE settori:
    // “DSMD – Direzione Sociosanitaria – Dipartimento Amministrativo” (L6623-6624); AREE COPROGRAMMAZIONE attori:
    // “ETS, Volontariato, partner privati” (L6640); FORMAZIONE CONGIUNTA: “No” (L6694); COINVOLGIMENTO AMBITO/I
    // NELLA PROGRAMMAZIONE: “Ambito Monte Orfano” (L6685)
    // Note: PUNTI CHIAVE DI INTERVENTO: “Integrazione” (L6675), no area: keyPoints []
    {
      code: "P15",
      form: "ppt-dgr-2089",
      heading:
        "Scheda di progetto 15: ricollocazione del Centro Diurno ed integrazione nel contesto sociale, associativo e culturale del Comune di Palazzolo s/O",
      policyArea: null,
      policyAreaBasis: "not-stated",
      leps: [],
      priority: null,
      title:
        "ricollocazione del Centro Diurno ed integrazione nel contesto sociale, associativo e culturale del Comune di Palazzolo s/O",
      goals:
        "1. integrazione tra servizi sanitari (CD) e realtà associative e culturali del territorio 2. promuovere occasioni di risocializzazione per gli ospiti in coerenza con gli obiettivi del DSMD 3. generare opportunità di espressione delle capacità individuali degli ospiti restituendo valore sociale 4. sensibilizzare la comunità e ridurre lo stigma sociale",
      actions: [],
      target: "Utenti del Centro Diurno e popolazione generale",
      budget: {
        total: null,
        lines: [],
        text: "Strumentali: sarà necessario individuare risorse anche attraverso il coinvolgimento di partner privati o istituzionali per il recupero dell’immobile individuato come possibile sede",
        source: { document: DOCUMENTS.sebino, lines: [6666, 6668] },
      },
      staff: null,
      transversal: {
        answer: null,
        areas: [],
        text: "Specifica progettualità dell’amministrazione del Comune di Palazzolo S/O",
      },
      keyPoints: [],
      asstInAnalysis: { answer: "si", text: "Ambito Monte Orfano", lines: [6680, 6680] },
      asstInDelivery: {
        answer: "si",
        text: "Partnership nel progetto Emblematico Cariplo promosso dal Comune di Palazzolo e individuazione dei fondi necessari al recupero dell’immobile",
        lines: [6690, 6692],
      },
      cooperationWithOtherAmbiti: {
        answer: null,
        text: "Attori coinvolti: Ambito Monte Orfano",
        lines: [6632, 6632],
        ambiti: ["Ambito Monte Orfano"],
      },
      continuity: { answer: null },
      newService: { kind: null },
      premialProject: { answer: null },
      coProgrammed: { answer: "si", lines: [6701, 6701] },
      coDesigned: { answer: "si", lines: [6706, 6706] },
      thirdSectorInvolvement: null,
      otherActors: {
        answer: "si",
        text: "associazioni di volontariato e qualsiasi risorsa formale ed informale presente nel territorio utile alle progettualità individualizzate",
        lines: [6711, 6713],
        actors: [
          "associazioni di volontariato",
          "qualsiasi risorsa formale ed informale presente nel territorio utile alle progettualità individualizzate",
        ],
      },
      needs: {
        text: "Razionale: il Comune di Palazzolo ha presentato a Fondazione Cariplo il progetto di riqualificazione del Parco delle Tre Ville finalizzato a restituire alla città un polo culturale, associativo e ricreativo. All’interno del polo potrebbe trovare collocazione il CD di ASST così da promuovere l’integrazione con le risorse associative e culturali del territorio, nonché valorizzare le capacità individuali degli ospiti che potrebbero essere impegnati nella gestione del polo stesso.",
        indicators: [],
      },
      needKind: { kind: null },
      preventionKind: [],
      innovation: { answer: null },
      digitalisation: { answer: null },
      processIndicators: { text: "Partnership nel progetto Emblematico Cariplo", indicators: [] },
      outputIndicators: { text: null, indicators: [] },
      outcomeIndicators: {
        text: null,
        indicators: [{ text: "Ricollocazione del CD secondo progetto", lines: [6720, 6720] }],
      },
      targets: [
        {
          id: "E-1",
          text: "Ricollocazione del CD secondo progetto",
          lines: [6720, 6720],
          kind: "deliverable",
          deliverable: "Centro Diurno ricollocato secondo progetto",
        },
      ],
      source: { document: DOCUMENTS.sebino, lines: [6595, 6720] },
    },
    // P24: Valutazione Multidimensionale (L6721-6897)
    // Slip L6859: typo “tipologia fi bisogno” (for “di”); copied as printed
    // Slip L6857: stray conjunction: “della persona e della famiglia e.”; copied as printed
    // Slip L6722: typo in the form label “LINEE DI INTEVENTO” (for INTERVENTO)
    // Note: code P24 = “Scheda di progetto 24” as printed (prefix P added)
    // Note: PPT card of ASST Franciacorta (Piano di Sviluppo del Polo Territoriale, DGR 2089/2024), not the PdZ
    // form: mapped OBIETTIVI→goals, TARGET/DESTINATARI→target, RISORSE→budget.text, TRASVERSALE AD ALTRE LINEE DI
    // POLICY→transversal, COINVOLGIMENTO AMBITO/I NELL’ANALISI DEL BISOGNO→asstInAnalysis, AZIONI CONGIUNTE
    // ASST/AMBITO→asstInDelivery, AREA TERRITORIALE ISTITUZIONALE attori→cooperationWithOtherAmbiti (answer null:
    // no such question), CO PROGRAMMATO/CO PROGETTATO→coProgrammed/coDesigned, COINVOLGIMENTO DI ALTRI
    // ATTORI→otherActors, RAZIONALE/CRITICITÀ→needs.text, MODALITÀ ORGANIZZATIVE→processIndicators.text,
    // INDICATORI DI ESITO→outcomeIndicators; an answer given only in words that state the involvement (no Si/No
    // printed) is read as 'si' and the words are kept in text; “ND”/“N.D.” → answer null with text
    // Note: PPT form has no fields 3 (azioni), 6 (personale, folded into RISORSE), 12-14, 17, 20-23, 25: encoded
    // as []/null; its DGR 2089/2024 'Linee di intervento' (1-6) and 'Azione programmatoria' (A-F) are not
    // macro-areas, so policyArea is null
    // Note: AREA/AZIONE PROGRAMMATORIA: “Area: 2 - 3 - 5 Azione: A -B – C – D - F” (L6774-6776); AREA AZIENDALE
    // settori: “professionisti dei diversi servizi territoriali” (L6746); AREE COPROGRAMMAZIONE attori: blank
    // (L6764); FORMAZIONE CONGIUNTA: “SI” (L6831); COINVOLGIMENTO AMBITO/I NELLA PROGRAMMAZIONE: “SI” (L6824)
    // Note: PUNTI CHIAVE DI INTERVENTO: “Valutazione multidimensionale e multi disciplinare rispetto:” the
    // biological/clinical, psychological, cognitive, social and functional levels (L6799-6814), no area:
    // keyPoints []
    // Note: transversal “SI: aree fragilità, Disabilità, Disagio e Emarginazione Sociale”: the names may be DGR
    // 2089 lines (5 fragilità, 6 grave emarginazione) rather than macro-areas, so no letters are assigned
    // Note: coProgrammed/coDesigned “ND”: no YesNo value for “non disponibile/non definito”, answer null with
    // text
    // Note: leps []: the card does not call itself a LEPS; its DGR 2089/2024 indicator (50/75/100%) is the same
    // as the seed's priority LEPS on the valutazione multidimensionale (seed-002 extraction §5.2)
    // Note: targets E-1..E-3: one share per year from the thresholds printed under the indicator (“pari a almeno
    // il:” L6886)
    {
      code: "P24",
      form: "ppt-dgr-2089",
      heading: "Scheda di progetto 24: Valutazione Multidimensionale",
      policyArea: null,
      policyAreaBasis: "not-stated",
      leps: [],
      priority: null,
      title: "Valutazione Multidimensionale",
      goals:
        "- governo del percorso di presa in carico della persona in tutta la rete dei servizi sanitari, sociosanitari e sociali - delinea il livello di non autosufficienza dell’assistito; - definisce gli obiettivi da raggiungere; - pianifica gli interventi da attuare - Appropriatezza della risposta in base al problema di salute ed alle risorse disponibili; - Continuità delle cure",
      actions: [],
      target:
        "Popolazione fragile, con problematiche sanitarie, sociosanitarie e sociali complesse che necessitano di interventi integrati e mutevoli nel tempo.",
      budget: {
        total: null,
        lines: [],
        text: "Personale ASST – Ambiti Sociali Territoriali",
        source: { document: DOCUMENTS.sebino, lines: [6792, 6792] },
      },
      staff: null,
      transversal: {
        answer: "si",
        areas: [],
        text: "aree fragilità, Disabilità, Disagio e Emarginazione Sociale",
      },
      keyPoints: [],
      asstInAnalysis: { answer: "si", lines: [6819, 6819] },
      asstInDelivery: { answer: "si", lines: [6829, 6829] },
      cooperationWithOtherAmbiti: {
        answer: null,
        text: "ATTORI COINVOLTI: ASST confinanti con ASST FRANCIACORTA – AMBITI SOCIALI TERRITORIALE",
        lines: [6755, 6757],
        ambiti: ["AMBITI SOCIALI TERRITORIALE"],
      },
      continuity: { answer: null },
      newService: { kind: null },
      premialProject: { answer: null },
      coProgrammed: { answer: null, text: "ND", lines: [6837, 6837] },
      coDesigned: { answer: null, text: "ND", lines: [6842, 6842] },
      thirdSectorInvolvement: null,
      otherActors: { answer: "si", lines: [6847, 6847], actors: [] },
      needs: {
        text: "Razionale: l’appropriatezza degli interventi sui soggetti fragili, complessi, cronici, disabili e non autosufficienti è principio cardine per l’utilizzo corretto delle risorse per la presa in carico della persona. Criticità: superamento della frammentazione delle risposte",
        indicators: [],
      },
      needKind: { kind: null },
      preventionKind: [],
      innovation: { answer: null },
      digitalisation: { answer: null },
      processIndicators: {
        text: "Il Processo valutativo avviene attraverso l’utilizzo di scale validate (Scheda Unica di Triage, InterRai/Home care, ICF, scale specifiche, ADL, IADL, scale sociali ecc.), in relazione allo specifico bisogno evidenziato, per profilare e individuare i bisogni clinici, assistenziali, sociali e di sostegno in relazione alle aspettative della persona e della famiglia e. È differenziata in base alla rilevazione della tipologia fi bisogno (semplice – complesso) e deve: … - All’interno dell’Equipe può essere individuato il Case Manager che può essere un professionista sanitario o sociale, a seconda della prevalenza del bisogno dell’utente o della specifica misura richiesta. …",
        indicators: [],
      },
      outputIndicators: { text: null, indicators: [] },
      outcomeIndicators: {
        text: null,
        indicators: [
          {
            text: "Indicatore DGR 2089/2024: Numero di valutazioni che vedono la partecipazione dell’Assistente sociale comunale/numero complessivo di valutazioni effettuate nell’anno, prevedendo una percentuale incrementale negli anni successivi, pari a almeno il:",
            target: "➢ 50% nell’anno 2025 ➢ 75% nel 2026 ➢ 100% nel 2027",
            lines: [6882, 6889],
          },
          {
            text: "tavoli di lavoro per la condivisione delle scale di valutazione, delle competenze e delle conoscenze, delle prassi, affinché il lavoro di equipe divenga una prassi consolidata",
            lines: [6891, 6893],
          },
          {
            text: "momenti di formazione congiunta indispensabili anche per la costruzione del gioco di squadra e la condivisione delle hard Skills.",
            lines: [6895, 6897],
          },
        ],
      },
      targets: [
        {
          id: "E-1",
          text: "50% nell’anno 2025",
          lines: [6886, 6887],
          due: "2025-12-31",
          kind: "share-at-least",
          minPercent: "50",
          numerator: "valutazioni che vedono la partecipazione dell’Assistente sociale comunale",
          denominator: "valutazioni effettuate nell’anno",
          per: "year",
        },
        {
          id: "E-2",
          text: "75% nel 2026",
          lines: [6888, 6888],
          due: "2026-12-31",
          kind: "share-at-least",
          minPercent: "75",
          numerator: "valutazioni che vedono la partecipazione dell’Assistente sociale comunale",
          denominator: "valutazioni effettuate nell’anno",
          per: "year",
        },
        {
          id: "E-3",
          text: "100% nel 2027",
          lines: [6889, 6889],
          due: "2027-12-31",
          kind: "share-at-least",
          minPercent: "100",
          numerator: "valutazioni che vedono la partecipazione dell’Assistente sociale comunale",
          denominator: "valutazioni effettuate nell’anno",
          per: "year",
        },
      ],
      source: { document: DOCUMENTS.sebino, lines: [6721, 6897] },
    },
    // P25: Il PUA: integrazione sociale e socio sanitaria 4.0 (L6898-7064)
    // Slip L6944: typo “l’’interno” (for “all’interno”); copied as printed
    // Slip L7016: typo “convezione” (for “convenzione”); copied as printed
    // Slip L7050: agreement slip “rispondere in modo appropriate”; copied as printed
    // Note: code P25 = “Scheda di progetto 25” as printed (prefix P added)
    // Note: PPT card of ASST Franciacorta (Piano di Sviluppo del Polo Territoriale, DGR 2089/2024), not the PdZ
    // form: mapped OBIETTIVI→goals, TARGET/DESTINATARI→target, RISORSE→budget.text, TRASVERSALE AD ALTRE LINEE DI
    // POLICY→transversal, COINVOLGIMENTO AMBITO/I NELL’ANALISI DEL BISOGNO→asstInAnalysis, AZIONI CONGIUNTE
    // ASST/AMBITO→asstInDelivery, AREA TERRITORIALE ISTITUZIONALE attori→cooperationWithOtherAmbiti (answer null:
    // no such question), CO PROGRAMMATO/CO PROGETTATO→coProgrammed/coDesigned, COINVOLGIMENTO DI ALTRI
    // ATTORI→otherActors, RAZIONALE/CRITICITÀ→needs.text, MODALITÀ ORGANIZZATIVE→processIndicators.text,
    // INDICATORI DI ESITO→outcomeIndicators; an answer given only in words that state the involvement (no Si/No
    // printed) is read as 'si' and the words are kept in text; “ND”/“N.D.” → answer null with text
    // Note: PPT form has no fields 3 (azioni), 6 (personale, folded into RISORSE), 12-14, 17, 20-23, 25: encoded
    // as []/null; its DGR 2089/2024 'Linee di intervento' (1-6) and 'Azione programmatoria' (A-F) are not
    // macro-areas, so policyArea is null
    // Note: AREA/AZIONE PROGRAMMATORIA: “Area: 1 - 2 - 3 - 4 – 5 – 6. Azione: A – B – C – D – E - F.”
    // (L6945-6947); AREA AZIENDALE settori: “PUA case di Comunità” (L6922); AREE COPROGRAMMAZIONE attori: blank
    // (L6939); FORMAZIONE CONGIUNTA: “Si” (L7027); COINVOLGIMENTO AMBITO/I NELLA PROGRAMMAZIONE: “Si” (L7001)
    // Note: transversal areas mapped from the three macro-area titles printed verbatim (L6967-6973): A, F, K;
    // answer 'si' read from the list
    // Note: PUNTI CHIAVE DI INTERVENTO (L6974-6992) mix appendix-table points of several areas without letters:
    // “Risposta integrata ai bisogni dei cittadini; Ricomposizione delle risorse territoriali; Integrazione tra i
    // servizi; Allargamento della rete e coprogrammazione; Vulnerabilità multidimensionale; Nuovi strumenti di
    // Governance; Facilitare l’accesso alle opportunità di benessere e partecipazione attiva; Digitalizzazione
    // del servizio; Organizzazione del lavoro; Integrazione e rafforzamento del collegamento tra i nodi della
    // rete; Rafforzamento della gestione associata; Applicazione di strumenti e processi di digitalizzazione per
    // la gestione/organizzazione dell’ambito” — keyPoints [] because the area of each point is not printed
    // Note: asstInDelivery.answer 'si' read from the list of joint actions; “N.D.” answers encoded as null with
    // text
    // Note: leps []: the card does not name a LEPS (the PUA is the subject of the LEPS PUA/UVM, not cited here);
    // the ratio indicator has no threshold
    {
      code: "P25",
      form: "ppt-dgr-2089",
      heading: "Scheda di progetto 25: Il PUA: integrazione sociale e socio sanitaria 4.0",
      policyArea: null,
      policyAreaBasis: "not-stated",
      leps: [],
      priority: null,
      title: "Il PUA: integrazione sociale e socio sanitaria 4.0",
      goals:
        "- Individuazione di un Sistema integrato per la gestione delle informazioni condiviso tra i servizi socio sanitari e sanitari; - Definizione di procedure scritte standard per l’accesso ai principali servizi e prestazioni - Sviluppo di un sistema territoriale integrato di risposta ai bisogni (sociali, sociosanitari), finalizzato al miglioramento della qualità di vita attraverso la continuità e integrazione dei servizi territoriali",
      actions: [],
      target: "Tutti i residenti nei comuni che costituiscono il bacino d'utenza della ASST Franciacorta",
      budget: {
        total: null,
        lines: [],
        text: "Personale ASST e personale dell'Ambito",
        source: { document: DOCUMENTS.sebino, lines: [6963, 6963] },
      },
      staff: null,
      transversal: {
        answer: "si",
        areas: ["A", "F", "K"],
        text: "- Contrasto alla povertà e all’emarginazione sociale e promozione dell’inclusione attiva; - Digitalizzazione dei servizi; - Interventi di Sistema per il potenziamento dell’ufficio di Piano e il rafforzamento della gestione associata",
      },
      keyPoints: [],
      asstInAnalysis: { answer: "si", lines: [6996, 6996] },
      asstInDelivery: {
        answer: "si",
        text: "- Analisi della casistica delle segnalazioni e determinazione delle modalità di gestione delle risposte, sia come raccolta delle informazioni necessarie alla decodifica del bisogno che attraverso la definizione di istruzioni operative standardizzate per una risposta omogenea alle casistiche più frequenti - Modello organizzativo: Progettazione condivisa - Avvio attività con condivisione risorse umane, attivazione di convezione tra ASST e ambiti sociali per la definizione dei rapporti giuridici gerarchici e la definizione delle modalità di interazione - Definizione dell’architettura delle informazioni per lo sviluppo della digitalizzazione del servizio; - Attivazione di un sistema di monitoraggio delle attività in ottica di miglioramento continuo del servizio",
        lines: [7006, 7024],
      },
      cooperationWithOtherAmbiti: {
        answer: null,
        text: "Attori coinvolti: Comuni insistenti sul territorio",
        lines: [6931, 6931],
        ambiti: [],
      },
      continuity: { answer: null },
      newService: { kind: null },
      premialProject: { answer: null },
      coProgrammed: { answer: null, text: "N.D.", lines: [7034, 7034] },
      coDesigned: { answer: null, text: "N.D.", lines: [7039, 7039] },
      thirdSectorInvolvement: null,
      otherActors: { answer: null, text: "N.D.", lines: [7044, 7044], actors: [] },
      needs: {
        text: "Ricomposizione della risposta ai bisogni portati dall’utenza l’’interno di un unico punto di accesso",
        indicators: [],
      },
      needKind: { kind: null },
      preventionKind: [],
      innovation: { answer: null },
      digitalisation: { answer: null },
      processIndicators: {
        text: "Il modello organizzativo proposto prevede tre livelli che consentono di ottimizzare le risorse finalizzate rispondere in modo appropriate alle richieste dei cittadini; di seguito sono indicati i tre livelli di tipologia di attività: - Front office: luogo di informazione e di filtro delle istanze; - Back office 1° livello: orientamento avvio di percorso di presa in carico. Soddisfacimento di bisogni semplici (Es: SAD, C-dom) - Back office di 2 livello: soddisfacimento dei bisogni complessi. Attività totalmente in carico alla EVM, quale luogo dove si valorizzano le risorse della comunità e avviene l’integrazione dei diversi erogatori di prestazioni",
        indicators: [],
      },
      outputIndicators: { text: null, indicators: [] },
      outcomeIndicators: {
        text: null,
        indicators: [
          {
            text: "Risposta integrata ai bisogni dei cittadini: numero presa in carico e con continuità delle cure /totale accessi PUA",
            lines: [7063, 7064],
          },
        ],
      },
      targets: [],
      source: { document: DOCUMENTS.sebino, lines: [6898, 7064] },
    },
    // P26: COT e Promozione della Continuità Assistenziale tra Setting (L7068-7194)
    // Slip L7189-7190: ratio printed inverted: “transizioni avviate/numero di transizioni concluse con esito
    // positivo” (a success rate is concluse/avviate); encoded as printed
    // Slip L7143: typo “patologie cronice” (for “croniche”), in PUNTI CHIAVE (kept in notes)
    // Note: code P26 = “Scheda di progetto 26” as printed (prefix P added)
    // Note: PPT card of ASST Franciacorta (Piano di Sviluppo del Polo Territoriale, DGR 2089/2024), not the PdZ
    // form: mapped OBIETTIVI→goals, TARGET/DESTINATARI→target, RISORSE→budget.text, TRASVERSALE AD ALTRE LINEE DI
    // POLICY→transversal, COINVOLGIMENTO AMBITO/I NELL’ANALISI DEL BISOGNO→asstInAnalysis, AZIONI CONGIUNTE
    // ASST/AMBITO→asstInDelivery, AREA TERRITORIALE ISTITUZIONALE attori→cooperationWithOtherAmbiti (answer null:
    // no such question), CO PROGRAMMATO/CO PROGETTATO→coProgrammed/coDesigned, COINVOLGIMENTO DI ALTRI
    // ATTORI→otherActors, RAZIONALE/CRITICITÀ→needs.text, MODALITÀ ORGANIZZATIVE→processIndicators.text,
    // INDICATORI DI ESITO→outcomeIndicators; an answer given only in words that state the involvement (no Si/No
    // printed) is read as 'si' and the words are kept in text; “ND”/“N.D.” → answer null with text
    // Note: PPT form has no fields 3 (azioni), 6 (personale, folded into RISORSE), 12-14, 17, 20-23, 25: encoded
    // as []/null; its DGR 2089/2024 'Linee di intervento' (1-6) and 'Azione programmatoria' (A-F) are not
    // macro-areas, so policyArea is null
    // Note: AREA/AZIONE PROGRAMMATORIA: “Area: tutte Azione: tutte” (L7125-7126); AREA AZIENDALE settori: “Polo
    // territoriale ASST” (L7096); AREE COPROGRAMMAZIONE attori: blank (L7114); FORMAZIONE CONGIUNTA: “Si”
    // (L7163); COINVOLGIMENTO AMBITO/I NELLA PROGRAMMAZIONE: “N.D.” (L7155)
    // Note: PUNTI CHIAVE DI INTERVENTO: “Integrazione di tutti gli attori, monitoraggio, sviluppo di algoritmi
    // predittivi per la programmazione dei servizi necessari alla soddisfazione dei bisogni dei cittadini affetti
    // da patologie cronice e con fragilità (sanitaria, sociosanitaria e sociale)” (L7141-7144), no area:
    // keyPoints []
    // Note: budget: RISORSE names PNRR (no amount)
    // Note: asstInAnalysis/asstInDelivery answers 'si' read from the words (“Ambito sociale è partner…”, “Si in
    // linea con la DGR 590…”)
    // Note: outcome indicators have no thresholds: no targets
    {
      code: "P26",
      form: "ppt-dgr-2089",
      heading: "Scheda di progetto 26: COT e Promozione della Continuità Assistenziale tra Setting",
      policyArea: null,
      policyAreaBasis: "not-stated",
      leps: [],
      priority: null,
      title: "COT e Promozione della Continuità Assistenziale tra Setting",
      goals:
        "Garantire la continuità dell’assistenza in tutte le sfaccettature: assistenza sanitaria, assistenza sociosanitaria, assistenza sociale, attivazione servizi di telemedicina e di tele monitoraggio",
      actions: [],
      target: "Pazienti nelle diverse tipologie di transizioni tra Setting",
      budget: {
        total: null,
        lines: [{ fund: "pnrr", label: "PNRR", amount: null, nature: "pubblica", lines: [7133, 7133] }],
        text: "PNRR, personale dedicato e addestrato",
        source: { document: DOCUMENTS.sebino, lines: [7133, 7133] },
      },
      staff: null,
      transversal: {
        answer: null,
        areas: [],
        text: "È elemento essenziale per lo sviluppo della medicina territoriale prevista dal DM 77",
      },
      keyPoints: [],
      asstInAnalysis: {
        answer: "si",
        text: "Ambito sociale è partner per l’intercettazione, la valutazione e la garanzia di risposta ai bisogni",
        lines: [7149, 7150],
      },
      asstInDelivery: {
        answer: "si",
        text: "in linea con la DGR 590 “Rafforzamento dei servizi sociali a favore della domiciliarità”",
        lines: [7160, 7161],
      },
      cooperationWithOtherAmbiti: {
        answer: null,
        text: "Ambiti Sociali, MMG, Continuità Assistenziale ,116117, Pronto Soccorso; Soggetti Erogatori Privati Accreditati Pubblici E Privati A Contratto",
        lines: [7105, 7107],
        ambiti: ["Ambiti Sociali"],
      },
      continuity: { answer: null },
      newService: { kind: null },
      premialProject: { answer: null },
      coProgrammed: { answer: null, text: "N.D.", lines: [7170, 7170] },
      coDesigned: { answer: null, text: "N.D.", lines: [7175, 7175] },
      thirdSectorInvolvement: null,
      otherActors: { answer: null, text: "N.D.", lines: [7180, 7180], actors: [] },
      needs: {
        text: "La COT rappresenta il punto fondamentale dello sviluppo della medicina territoriale previsto dal DM 77. E’ un’attività principalmente di back-office dotata di piattaforme informatiche che consentono la tracciabilità dell’assistito da un setting assistenziale all’altro, con il coinvolgimento dei principali attori del sistema sanitario, sociosanitario e sociale.",
        indicators: [],
      },
      needKind: { kind: null },
      preventionKind: [],
      innovation: { answer: null },
      digitalisation: { answer: null },
      processIndicators: {
        text: "Attività di back-office. Utilizzo di piattaforma tecnologica idonee a monitorare le transizioni degli assistiti",
        indicators: [],
      },
      outputIndicators: { text: null, indicators: [] },
      outcomeIndicators: {
        text: null,
        indicators: [
          {
            text: "Numero di transizioni avviate/numero di transizioni concluse con esito positivo",
            lines: [7189, 7190],
          },
          { text: "Rispetto delle tempistiche di programmazione dimissione", lines: [7192, 7192] },
          { text: "% Appropriatezza del setting di accoglienza", lines: [7193, 7193] },
          { text: "Numero di riospedalizzazioni a 30gg", lines: [7194, 7194] },
        ],
      },
      targets: [],
      source: { document: DOCUMENTS.sebino, lines: [7068, 7194] },
    },
    // P29: dimissioni protette (L7198-7337)
    // Slip L7198: stray dot in the card heading “Scheda di progetto 29.:”; copied as printed
    // Slip L7199: typo in the form label “Linee DI INTEVENTO” (for INTERVENTO)
    // Slip L7238-7304: AREE COPROGRAMMAZIONE names “ETS, famiglie” as actors (L7244) while “L’intervento è co
    // programmato con il Terzo Settore” answers “no” (L7304)
    // Slip L7279-7285: the box “Coinvolgimento Ambito/i nell’analisi del Bisogno” describes the Ambiti's role in
    // delivery (the social worker they provide), not in the needs analysis
    // Note: code P29 = “Scheda di progetto 29” as printed (prefix P added)
    // Note: PPT card of ASST Franciacorta (Piano di Sviluppo del Polo Territoriale, DGR 2089/2024), not the PdZ
    // form: mapped OBIETTIVI→goals, TARGET/DESTINATARI→target, RISORSE→budget.text, TRASVERSALE AD ALTRE LINEE DI
    // POLICY→transversal, COINVOLGIMENTO AMBITO/I NELL’ANALISI DEL BISOGNO→asstInAnalysis, AZIONI CONGIUNTE
    // ASST/AMBITO→asstInDelivery, AREA TERRITORIALE ISTITUZIONALE attori→cooperationWithOtherAmbiti (answer null:
    // no such question), CO PROGRAMMATO/CO PROGETTATO→coProgrammed/coDesigned, COINVOLGIMENTO DI ALTRI
    // ATTORI→otherActors, RAZIONALE/CRITICITÀ→needs.text, MODALITÀ ORGANIZZATIVE→processIndicators.text,
    // INDICATORI DI ESITO→outcomeIndicators; an answer given only in words that state the involvement (no Si/No
    // printed) is read as 'si' and the words are kept in text; “ND”/“N.D.” → answer null with text
    // Note: PPT form has no fields 3 (azioni), 6 (personale, folded into RISORSE), 12-14, 17, 20-23, 25: encoded
    // as []/null; its DGR 2089/2024 'Linee di intervento' (1-6) and 'Azione programmatoria' (A-F) are not
    // macro-areas, so policyArea is null
    // Note: leps: the card states “Le Dimissioni Protette rappresentano sia un Livello essenziale di assistenza
    // (LEA) sia un Livello essenziale delle prestazioni sociali (LEPS)” (L7248-7250)
    // Note: AREA/AZIONE PROGRAMMATORIA: “Area: 2 – 3 - 5 - 6 Azione: A - B - C - D - F” (L7253-7255); AREA
    // AZIENDALE settori: “COT, UU.OO. Presidi ospedalieri, Cure Primarie, Ospedali di Comunità, EVM, C-Dom”
    // (L7227-7228); AREE COPROGRAMMAZIONE attori: “ETS, famiglie” (L7244); FORMAZIONE CONGIUNTA: “si” (L7297);
    // COINVOLGIMENTO AMBITO/I NELLA PROGRAMMAZIONE: “si” (L7290)
    // Note: PUNTI CHIAVE DI INTERVENTO: “Programmazione percorso ad hoc per soggetto fragile dimesso a favore
    // della promozione del domicilio come primo luogo di cura” (L7277-7278), no area: keyPoints []
    // Note: transversal “si” (L7275) with no area named
    // Note: goals “Ridurre il numero di ricoveri reiterati…”, “Ridurre sovraffollamento PS” have no number or
    // years; the indicators have no thresholds: no targets
    {
      code: "P29",
      form: "ppt-dgr-2089",
      heading: "Scheda di progetto 29.: dimissioni protette",
      policyArea: null,
      policyAreaBasis: "not-stated",
      leps: ["dimissioni-protette"],
      lepsPrinted: [{ text: "Dimissioni Protette" }],
      priority: null,
      title: "dimissioni protette",
      goals:
        "- Progettare i bisogni di assistenza socio-assistenziale dei pazienti fragili in dimissione dalle strutture ospedaliere - Organizzare un rientro al domicilio, primo luogo di cura, accompagnato - Ridurre il numero di ricoveri reiterati presso i presidi ospedalieri - Ridurre sovraffollamento PS",
      actions: [],
      target: "Soggetti fragili in dimissione ospedaliera",
      budget: {
        total: null,
        lines: [],
        text: "Attori coinvolti nelle dimissioni protette",
        source: { document: DOCUMENTS.sebino, lines: [7270, 7270] },
      },
      staff: null,
      transversal: { answer: "si", areas: [] },
      keyPoints: [],
      asstInAnalysis: {
        answer: "si",
        text: 'Gli ambiti metteranno a disposizione l\'assistente sociale che farà da riferimento al personale di ASST al momento della segnalazione e della presa in carico, nonché per tutto il periodo di attivazione del progetto di dimissioni protette "sociali".',
        lines: [7282, 7285],
      },
      asstInDelivery: { answer: "si", lines: [7295, 7295] },
      cooperationWithOtherAmbiti: {
        answer: null,
        text: "Ambiti, strutture Ospedaliere di Riabilitazione, Servizi Socio assistenziali",
        lines: [7235, 7236],
        ambiti: ["Ambiti"],
      },
      continuity: { answer: null },
      newService: { kind: null },
      premialProject: { answer: null },
      coProgrammed: { answer: "no", lines: [7304, 7304] },
      coDesigned: { answer: "no", lines: [7309, 7309] },
      thirdSectorInvolvement: null,
      otherActors: { answer: "si", lines: [7314, 7314], actors: [] },
      needs: {
        text: "Le Dimissioni Protette rappresentano sia un Livello essenziale di assistenza (LEA) sia un Livello essenziale delle prestazioni sociali (LEPS). Proprio per questo sono oggi oggetto di diverse progettualità che puntano allo sforzo di un’integrazione sociosanitaria.",
        indicators: [],
      },
      needKind: { kind: null },
      preventionKind: [],
      innovation: { answer: null },
      digitalisation: { answer: null },
      processIndicators: {
        text: "- identificazione del paziente fragile - valutazione del bisogno e definizione complessità - sviluppo modello organizzativo Dimissioni protette- COT - sviluppo modello organizzativo COT – Rete Socio Sanitaria - Sociale Territoriale - attivazione delle transizioni - Tracciamento e monitoraggio esito transizione",
        indicators: [],
      },
      outputIndicators: { text: null, indicators: [] },
      outcomeIndicators: {
        text: null,
        indicators: [
          { text: "Numero dimissioni protette condivise effettuate", lines: [7332, 7332] },
          { text: "Numero ammissioni protette UU OO Ospedaliere", lines: [7334, 7334] },
          {
            text: "Numero di accessi al PS con invio diretto e presa in carico dalla rete Territoriale",
            lines: [7336, 7337],
          },
        ],
      },
      targets: [],
      source: { document: DOCUMENTS.sebino, lines: [7198, 7337] },
    },
    // S1: RAFFORZAMENTO DELLE POLITICHE A FAVORE DI MINORI E FAMIGLIE (L7340-7621)
    // Slip L7463-7467: continuity “NO” although the 2021-2023 objective “Rete territoriale per minori e famiglie”
    // was only partly reached and is to be consolidated (L370-384), and the scheda continues PIPPI (L7353)
    // Slip L7564-7573: the digitalisation box (field 23) holds a sentence about new models of presa in carico
    // (the subject of field 22), no SI/NO: answer null, sentence kept in text
    // Slip L7575-7584: field 24 (organisational modes / process indicators) answered “NO”, a yes/no answer to a
    // free-text field; encoded as printed
    // Slip L7527-7528: “Pretensions” (twice) for “Prevenzione”; copied as printed
    // Slip L7502-7512: field 18 asks for actors “oltre ad ASST e ETS” but answers “Si terzo Settore e scuole”;
    // encoded as printed
    // Slip L7375: empty bullet “- ” closing the list of actions
    // Slip L7350: agreement slip “Rafforzare la azioni”; copied as printed
    // Slip L7546: typo “degli adolescent”; copied as printed
    // Slip L7613: missing conjunction “una buona prassi una guida” (S2-S4 print “e una guida”); copied as printed
    // Slip L7435-7528: agreement slip “dalla famiglie” (twice); copied as printed
    // Note: code not printed: O1–O6 / S1–S5 are the seed-002 extraction's IDs (position within the
    // sovra-distrettuale / Ambito section)
    // Note: Ambito-level scheda in “Programmazione e obiettivi triennali Ambito n. 5 – Sebino” (L7338); heading =
    // the area heading printed just before the form
    // Note: policyArea G from the heading “Minori e famiglie” (L7340): the heading spans G (Politiche giovanili e
    // per i minori) and I (Interventi per la famiglia); G chosen because the scheda's core is tutela minori and
    // minori 0-6 / adolescents; no letter is printed
    // Note: key points printed without area letters (L7430-7436): assigned to the home area G
    // Note: field 7 says the objective is “trasversale rispetto alle azioni dei singoli Ambiti”, which is not an
    // answer about other policy areas: answer null
    // Note: newService “SI” to “prevede la definizione di un nuovo servizio?” → kind nuovo-servizio
    // Note: field 14 (progetto premiale 2021-2023) is not in this scheda's form: premialProject.answer null
    // Note: field 20: the box neither picks “BISOGNO CONSOLIDATO” nor “NUOVO” (the line “BISOGNO
    // CONSOLIDATO/NUOVO” belongs to the label); kind null, the sentence kept in text
    // Note: budget: “tempo lavoro” of the actors is not a fund and has no BudgetLine
    // Note: targets I-1, I-2 come from the impact field (QUALE IMPATTO, “Ci si attende”): one list of procedures
    // and one research document; “Riduzione dei casi di tutela minori” has no number or years and is not typed
    // Note: page number “123” (L7519) dropped
    {
      code: "S1",
      form: "pdz-dgr-2167",
      heading: "Minori e famiglie",
      policyArea: "G",
      policyAreaBasis: "section-heading",
      leps: [],
      priority: null,
      title: "RAFFORZAMENTO DELLE POLITICHE A FAVORE DI MINORI E FAMIGLIE",
      goals:
        "- Rafforzare il servizio preventivo di tutela minori - Rafforzare la azioni relative alla fascia 0-6 dei minori anche in ambito scolastico - Proseguire nelle politiche di sostegno alla genitorialità (PIPPI) - Mappatura realtà esistenti in ambito minori e famiglie",
      actions: [
        {
          code: null,
          title: "Dedicare una figura specializzata per la tutela preventiva",
          lines: [7360, 7360],
        },
        {
          code: null,
          title:
            "Ricognizione servizi e strutture in essere, in relazione ai dati di bisogno in proiezione futura",
          lines: [7361, 7363],
        },
        {
          code: null,
          title:
            "Costituire un tavolo di lavoro sui giovani (neet e non solo) per identificare gli interventi da attuare",
          lines: [7364, 7366],
        },
        { code: null, title: "Analisi dei costi", lines: [7367, 7367] },
        { code: null, title: "Predisporre procedure da seguire", lines: [7368, 7368] },
        {
          code: null,
          title:
            "Dare continuità e sviluppo ai progetti di sostegno alla genitorialità avviati in attuazione del PNRR, adeguandoli alle necessità emergenti.",
          lines: [7369, 7372],
        },
        {
          code: null,
          title: "Coinvolgere le scuole e gli asili per politiche preventive",
          lines: [7374, 7374],
        },
      ],
      target:
        "bambini da 0 a 6 adolescenti famiglie con minori Operatori dei servizi pubblici e del privato sociale interessati da azioni di confronto, scambio e formazione.",
      budget: {
        total: null,
        lines: [
          {
            fund: "altro",
            label: "fondi pubblici ministeriali",
            amount: null,
            nature: "pubblica",
            lines: [7400, 7400],
          },
          { fund: "pnrr", label: "PNRR", amount: null, nature: "pubblica", lines: [7400, 7400] },
          {
            fund: "altro",
            label: "Soggetti del terzo settore e loro cofinanziamento",
            amount: null,
            nature: "privata",
            lines: [7405, 7405],
          },
        ],
        text: "Le risorse utili al perseguimento dell’obiettivo sono da imputare fondamentalmente a - fondi pubblici ministeriali e PNRR a disposizione - tempo lavoro che sarà messo a disposizione dai soggetti coinvolti Soggetti del terzo settore e loro cofinanziamento",
        source: { document: DOCUMENTS.sebino, lines: [7397, 7405] },
      },
      staff:
        "Gli Ambiti territoriali Sociali, ATS, ASST e gli Enti del Terzo settore, sulla base delle rispettive competenze, mettono a disposizione risorse strumentali e di personale dedicato.",
      transversal: {
        answer: null,
        areas: [],
        text: "L’obiettivo è da ritenersi trasversale rispetto alle azioni dei singoli Ambiti poiché potrà costituire un punto di raccordo con gli obiettivi e le attività locali.",
      },
      keyPoints: [
        { area: "G", point: "Prevenire fenomeni di dipendenza e isolamento sociale" },
        { area: "G", point: "Allargamento della rete e coprogrammazione" },
        {
          area: "G",
          point:
            "Rafforzamento delle reti sociali e della collaborazione tra attori pubblici e privati finalizzato a limitare i casi di tutela minori soggetti a provvedimenti di autorità giudiziaria ed allontanamento dalla famiglie di origine",
        },
      ],
      asstInAnalysis: { answer: "si", lines: [7445, 7445] },
      asstInDelivery: { answer: "si", lines: [7455, 7455] },
      cooperationWithOtherAmbiti: { answer: "no", lines: [7461, 7461], ambiti: [] },
      continuity: { answer: "no", lines: [7467, 7467] },
      newService: { kind: "nuovo-servizio", text: "SI" },
      premialProject: { answer: null },
      coProgrammed: { answer: "si", lines: [7481, 7481] },
      coDesigned: { answer: "si", lines: [7487, 7487] },
      thirdSectorInvolvement:
        "Coprogettazione con convenzioni e cofinanziamento Sottoscrizioni di protocollo operativi",
      otherActors: {
        answer: "si",
        text: "terzo Settore e scuole Centri famiglia Centri accoglienza minori",
        lines: [7508, 7512],
        actors: ["terzo Settore", "scuole", "Centri famiglia", "Centri accoglienza minori"],
      },
      needs: {
        text: "Pretensions di situazioni di disagio minorile e pretensions di allontanamenti dalla famiglie",
        indicators: [],
      },
      needKind: {
        kind: null,
        text: "Il presente intervento risponde alla necessità di rivedere il sistema dei servizi in funzione dei mutati bisogni complessivi degli adolescent e delle loro famiglie",
      },
      preventionKind: ["preventivo"],
      preventionText:
        "Preventivo, nei termini che dovrebbe aiutare a programmare al meglio la rete dei servizi e le risorse necessarie a far fronte al bisogno futuro",
      innovation: { answer: "no", lines: [7562, 7562] },
      digitalisation: {
        answer: null,
        text: "L’obiettivo si prefigura come intermedio e non si occupa direttamente di costruire, già nel prossimo triennio, nuove modalità di presa in carico",
        lines: [7572, 7573],
      },
      processIndicators: { text: "NO", indicators: [] },
      outputIndicators: {
        text: "Non sono previste prestazioni da erogare, ma un potenziamento dei servizi ed interventi a favore dei minori e loro famiglie",
        indicators: [],
      },
      outcomeIndicators: {
        text: "Ci si attende: - Riduzione dei casi di tutela minori - un elenco di procedure operative che rappresentano una buona prassi una guida per azioni a favore delle politiche per minori e prevenzione disagio un documento complessivo di ricerca (di secondo livello) in grado di fornire indicazioni per le future strategie d’intervento locale. Si auspica una più consapevole ed integrata programmazione dei servizi ed interventi a favore delle politiche a sostegno delle problematiche relative all’area minori e loro famiglie",
        indicators: [],
      },
      targets: [
        {
          id: "I-1",
          text: "un elenco di procedure operative che rappresentano una buona prassi una guida per azioni a favore delle politiche per minori e prevenzione disagio",
          lines: [7612, 7614],
          kind: "deliverable",
          deliverable:
            "elenco di procedure operative (buona prassi e guida per le politiche per minori e prevenzione disagio)",
        },
        {
          id: "I-2",
          text: "un documento complessivo di ricerca (di secondo livello) in grado di fornire indicazioni per le future strategie d’intervento locale.",
          lines: [7616, 7617],
          kind: "deliverable",
          deliverable: "documento complessivo di ricerca (di secondo livello)",
        },
      ],
      source: { document: DOCUMENTS.sebino, lines: [7340, 7621] },
    },
    // S2: ANALISI, COORDINAMENTO E VERIFICA DELL’OMOGENEITA’ DELLE CONDIZIONI DI ACCESSO AI SERVIZI (L7622-7865)
    // Slip L7812-7823: the digitalisation box (field 23) holds a sentence about new models of presa in carico
    // (field 22's subject), no SI/NO; it also calls this Ambito-level objective “un meta obiettivo di sistema,
    // che ne giustifica la collocazione a livello di sovra ambiti” although it sits among the Ambito's own schede
    // Slip L7825-7834: field 24 (organisational modes / process indicators) answered “NO”; encoded as printed
    // Slip L7657-7658: the target of this access scheda lists “persone in stato di povertà e familiari”, the
    // wording of the poverty scheda S3 (L7928-7929): apparently copied
    // Slip L7754-7763: field 17 (modes of Third Sector involvement, free text) answered “NO”; encoded as printed
    // Slip L7635: agreement slip “accesso alla procedure”; copied as printed
    // Slip L7847: slip “dei servizi ed degli uffici”; copied as printed
    // Note: code not printed: O1–O6 / S1–S5 are the seed-002 extraction's IDs (position within the
    // sovra-distrettuale / Ambito section)
    // Note: Ambito-level scheda in “Programmazione e obiettivi triennali Ambito n. 5 – Sebino” (L7338); heading =
    // the area heading printed just before the form
    // Note: policyArea K inferred from the heading “Accesso ai Servizi” (L7622), which is not a macro-area title:
    // the objective (uniform access procedures across the Ambito's services) is a system intervention (K); no
    // letter is printed
    // Note: key point printed without an area letter (L7701-7702): assigned to the home area K
    // Note: field 7 says the objective is “trasversale rispetto alle azioni dei singoli Ambiti”, which is not an
    // answer about other policy areas: answer null
    // Note: newService “NO”: kind null (the options già presente / rivisto are not chosen)
    // Note: field 14 (progetto premiale 2021-2023) is not in this scheda's form: premialProject.answer null
    // Note: field 20: the box neither picks “BISOGNO CONSOLIDATO” nor “NUOVO” (the line “BISOGNO
    // CONSOLIDATO/NUOVO” belongs to the label); kind null, the sentence kept in text
    // Note: target I-1 from the impact field (one list of operating procedures)
    // Note: page number “128” (L7878) lies after this form and is dropped
    {
      code: "S2",
      form: "pdz-dgr-2167",
      heading: "Accesso ai Servizi",
      policyArea: "K",
      policyAreaBasis: "section-heading",
      leps: [],
      priority: null,
      title: "ANALISI, COORDINAMENTO E VERIFICA DELL’OMOGENEITA’ DELLE CONDIZIONI DI ACCESSO AI SERVIZI",
      goals:
        "- Definire un set di procedure uniformi e coordinate per garantire parità di accesso agli utenti - Definire criteri omogenei per accesso alla procedure",
      actions: [
        {
          code: null,
          title:
            "Ricognizione servizi e strutture in essere, in relazione ai dati di bisogno in proiezione futura",
          lines: [7641, 7642],
        },
        { code: null, title: "Analisi dei costi", lines: [7644, 7644] },
        { code: null, title: "Analisi delle condizioni di accesso", lines: [7645, 7645] },
        {
          code: null,
          title: "Predisporre procedure da seguire condivise con I diversi attori dei procedimenti",
          lines: [7646, 7648],
        },
      ],
      target:
        "Tutti gli utenti che possono rivolgersi alla rete di servizi sociali Attori del pubblico e del privato sociale: ambiti territoriali e Comuni, ASST e ATS, persone in stato di povertà e familiari Operatori dei servizi pubblici e del privato sociale interessati da azioni di confronto, scambio e formazione.",
      budget: {
        total: null,
        lines: [],
        text: "Le risorse utili al perseguimento dell’obiettivo sono da imputare fondamentalmente a tempo lavoro che sarà messo a disposizione dai soggetti coinvolti",
        source: { document: DOCUMENTS.sebino, lines: [7671, 7673] },
      },
      staff:
        "Gli Ambiti territoriali Sociali, ATS, ASST e gli Enti del Terzo settore, sulla base delle rispettive competenze, mettono a disposizione risorse strumentali e di personale dedicato.",
      transversal: {
        answer: null,
        areas: [],
        text: "L’obiettivo è da ritenersi trasversale rispetto alle azioni dei singoli Ambiti poiché potrà costituire un punto di raccordo con gli obiettivi e le attività locali.",
      },
      keyPoints: [
        {
          area: "K",
          point: "Predisposizione e Condivisione di procedure e buone prassi per accesso ai servizi",
        },
      ],
      asstInAnalysis: { answer: "si", lines: [7711, 7711] },
      asstInDelivery: { answer: "no", lines: [7720, 7720] },
      cooperationWithOtherAmbiti: { answer: "no", lines: [7726, 7726], ambiti: [] },
      continuity: { answer: "no", lines: [7732, 7732] },
      newService: { kind: null, text: "NO" },
      premialProject: { answer: null },
      coProgrammed: { answer: "no", lines: [7746, 7746] },
      coDesigned: { answer: "no", lines: [7752, 7752] },
      thirdSectorInvolvement: "NO",
      otherActors: { answer: "no", lines: [7771, 7771], actors: [] },
      needs: { text: "Dare uguali opportunità di accesso agli utenti", indicators: [] },
      needKind: {
        kind: null,
        text: "Il presente intervento risponde alla necessità di rivedere il sistema dei servizi in funzione dei mutati bisogni complessivi delle persone",
      },
      preventionKind: ["preventivo"],
      preventionText:
        "Preventivo, nei termini che dovrebbe aiutare a programmare al meglio la rete dei servizi e le risorse necessarie a far fronte al bisogno futuro",
      innovation: { answer: "no", lines: [7810, 7810] },
      digitalisation: {
        answer: null,
        text: "L’obiettivo si prefigura come un meta obiettivo di sistema, che ne giustifica la collocazione a livello di sovra ambiti, e non si occupa direttamente di costruire, già nel prossimo triennio, nuove modalità di presa in carico",
        lines: [7820, 7823],
      },
      processIndicators: { text: "NO", indicators: [] },
      outputIndicators: {
        text: "Non sono previste prestazioni da erogare, ma un potenziamento dei servizi ed degli uffici",
        indicators: [],
      },
      outcomeIndicators: {
        text: "Ci si attende un elenco di procedure operative che rappresentano una buona prassi e una guida per azioni relative all’accesso ai servizi. Si auspica una più consapevole ed integrata programmazione dei servizi ed interventi a favore delle persone e un’omogeneità di accesso agli stessi",
        indicators: [],
      },
      targets: [
        {
          id: "I-1",
          text: "Ci si attende un elenco di procedure operative che rappresentano una buona prassi e una guida per azioni relative all’accesso ai servizi.",
          lines: [7859, 7861],
          kind: "deliverable",
          deliverable: "elenco di procedure operative per l’accesso ai servizi",
        },
      ],
      source: { document: DOCUMENTS.sebino, lines: [7622, 7865] },
    },
    // S3: RAFFORZAMENTO DELLE POLITICHE DI CONTRASTO ALLA POVERTA’ (L7880-8148)
    // Slip L8016-8026: co-programmed “NO” but co-designed “SI” (co-design without co-programming)
    // Slip L8074-8079: type “Preventivo” for an objective addressing existing poverty need (seed-002 extraction
    // §6.4)
    // Slip L8089-8100: the digitalisation box (field 23) holds a sentence about new models of presa in carico, no
    // SI/NO; it calls this Ambito-level objective “un meta obiettivo di sistema … a livello di sovra ambiti”
    // Slip L8102-8111: field 24 (process indicators) answered “NO”; encoded as printed
    // Slip L8039-8045: field 18 asks for actors “oltre ad ASST e ETS” but answers “Si terzo Settore”; encoded as
    // printed
    // Slip L8072: typo “persone con problem economici”; copied as printed
    // Note: code not printed: O1–O6 / S1–S5 are the seed-002 extraction's IDs (position within the
    // sovra-distrettuale / Ambito section)
    // Note: Ambito-level scheda in “Programmazione e obiettivi triennali Ambito n. 5 – Sebino” (L7338); heading =
    // the area heading printed just before the form
    // Note: policyArea A from the heading “Contrasto alla povertà” (L7880) = title of macro-area A; no letter
    // printed
    // Note: key points printed without area letters (L7971-7975): assigned to the home area A
    // Note: transversal answer 'si' and areas mapped from the titles in “Integrazione con l’area delle politiche
    // abitative, del lavoro, della domiciliarità” (B, H, D); no SI/NO printed
    // Note: newService “NO”: kind null
    // Note: field 14 (progetto premiale 2021-2023) is not in this scheda's form: premialProject.answer null
    // Note: field 20: the box neither picks “BISOGNO CONSOLIDATO” nor “NUOVO” (the line “BISOGNO
    // CONSOLIDATO/NUOVO” belongs to the label); kind null, the sentence kept in text
    // Note: targets I-1, I-2 from the impact field (“Ci si attende”)
    // Note: field 19: the need “TUTELA E CURA INSERIMENTO SOCIALE E LAVORATIVO persone in … stato di povertà” is
    // split by the text edition across the label lines (L8047-8053); the pieces are joined with “…”
    {
      code: "S3",
      form: "pdz-dgr-2167",
      heading: "Contrasto alla povertà",
      policyArea: "A",
      policyAreaBasis: "section-heading",
      leps: [],
      priority: null,
      title: "RAFFORZAMENTO DELLE POLITICHE DI CONTRASTO ALLA POVERTA’",
      goals:
        "- Costituire un tavolo di lavoro con il terzo settore impegnato sui temi della povertà e inclusione sociale - mappare i servizi di contrasto alla povertà presenti negli Ambiti Territoriali Sociali, - predisporre procedure operative per coinvolgere socialmente e lavorativamente i NEET presenti sul territorio - definire protocolli operativi per raccordo tecnico/operativo tra gli Uffici di Piano, prevedendo momenti di confronto a supporto degli operatori impegnati nella gestione dei servizi di contrasto alla povertà, accompagnando così i territori alla condivisione di buone prassi e di modelli di presa in carico efficaci",
      actions: [
        {
          code: null,
          title:
            "Ricognizione servizi e strutture in essere, in relazione ai dati di bisogno in proiezione futura",
          lines: [7909, 7910],
        },
        {
          code: null,
          title: "Supportare le organizzazioni di volontariato con uno Sportello",
          lines: [7912, 7912],
        },
        { code: null, title: "Analisi dei costi", lines: [7913, 7913] },
        {
          code: null,
          title:
            "Predisporre procedure da seguire: definire in accordo con le singole ASST strumenti operativi (accordi, linee guida, ecc.) finalizzati a prevedere modalità di collaborazione nella gestione delle situazioni",
          lines: [7914, 7918],
        },
        {
          code: null,
          title: "Focus operative sulle modalità di coinvolgimento dei NEET",
          lines: [7920, 7920],
        },
      ],
      target:
        "Persona in stato di bisogno con fragilità economiche e sociali Attori del pubblico e del privato sociale: ambiti territoriali e Comuni, ASST e ATS, persone in stato di povertà e familiari Operatori dei servizi pubblici e del privato sociale interessati da azioni di confronto, scambio e formazione.",
      budget: {
        total: null,
        lines: [
          {
            fund: "altro",
            label: "fondi pubblici ministeriali",
            amount: null,
            nature: "pubblica",
            lines: [7943, 7943],
          },
          {
            fund: "altro",
            label: "Soggetti del terzo settore e loro cofinanziamento",
            amount: null,
            nature: "privata",
            lines: [7945, 7945],
          },
        ],
        text: "Le risorse utili al perseguimento dell’obiettivo sono da imputare fondamentalmente a tempo lavoro che sarà messo a disposizione dai soggetti coinvolti e fondi pubblici ministeriali a disposizione Soggetti del terzo settore e loro cofinanziamento",
        source: { document: DOCUMENTS.sebino, lines: [7941, 7945] },
      },
      staff:
        "Gli Ambiti territoriali Sociali, ATS, ASST e gli Enti del Terzo settore, sulla base delle rispettive competenze, mettono a disposizione risorse strumentali e di personale dedicato.",
      transversal: {
        answer: "si",
        areas: ["B", "H", "D"],
        text: "L’obiettivo è da ritenersi trasversale rispetto alle azioni dei singoli Ambiti poiché potrà costituire un punto di raccordo con gli obiettivi e le attività locali. Integrazione con l’area delle politiche abitative, del lavoro, della domiciliarità.",
      },
      keyPoints: [
        { area: "A", point: "accompagnare la persona in stato di povertà nella rete dei servizi dedicati" },
        { area: "A", point: "Allargamento della rete e coprogrammazione" },
        {
          area: "A",
          point: "Rafforzamento delle reti sociali e della collaborazione tra attori dell’area povertà",
        },
      ],
      asstInAnalysis: { answer: "si", lines: [7984, 7984] },
      asstInDelivery: { answer: "no", lines: [7994, 7994] },
      cooperationWithOtherAmbiti: { answer: "no", lines: [8000, 8000], ambiti: [] },
      continuity: { answer: "si", lines: [8006, 8006] },
      newService: { kind: null, text: "NO" },
      premialProject: { answer: null },
      coProgrammed: { answer: "no", lines: [8020, 8020] },
      coDesigned: { answer: "si", lines: [8026, 8026] },
      thirdSectorInvolvement: "Coprogettazione con convenzioni e cofinanziamento",
      otherActors: { answer: "si", text: "terzo Settore", lines: [8045, 8045], actors: ["terzo Settore"] },
      needs: {
        text: "TUTELA E CURA INSERIMENTO SOCIALE E LAVORATIVO persone in … stato di povertà",
        indicators: [],
      },
      needKind: {
        kind: null,
        text: "Il presente intervento risponde alla necessità di rivedere il sistema dei servizi in funzione dei mutati bisogni complessivi delle persone con problem economici e delle loro famiglie",
      },
      preventionKind: ["preventivo"],
      preventionText:
        "Preventivo, nei termini che dovrebbe aiutare a programmare al meglio la rete dei servizi e le risorse necessarie a far fronte al bisogno futuro",
      innovation: { answer: "no", lines: [8087, 8087] },
      digitalisation: {
        answer: null,
        text: "L’obiettivo si prefigura come un meta obiettivo di sistema, che ne giustifica la collocazione a livello di sovra ambiti, e non si occupa direttamente di costruire, già nel prossimo triennio, nuove modalità di presa in carico",
        lines: [8097, 8100],
      },
      processIndicators: { text: "NO", indicators: [] },
      outputIndicators: {
        text: "Non sono previste prestazioni da erogare, ma un potenziamento dei servizi ed interventi a favore delle persone in stato di povertà",
        indicators: [],
      },
      outcomeIndicators: {
        text: "Ci si attende: un documento complessivo di ricerca (di secondo livello) in grado di fornire indicazioni per le future strategie d’intervento locale, anche finalizzato ad una interlocuzione costruttiva con Regione Lombardia in tema di UDOS un elenco di procedure operative che rappresentano una buona prassi e una guida per azioni in contrasto con la povertà Si auspica una più consapevole ed integrata programmazione dei servizi ed interventi a favore delle persone",
        indicators: [],
      },
      targets: [
        {
          id: "I-1",
          text: "un documento complessivo di ricerca (di secondo livello) in grado di fornire indicazioni per le future strategie d’intervento locale, anche finalizzato ad una interlocuzione costruttiva con Regione Lombardia in tema di UDOS",
          lines: [8137, 8140],
          kind: "deliverable",
          deliverable: "documento complessivo di ricerca (di secondo livello)",
        },
        {
          id: "I-2",
          text: "un elenco di procedure operative che rappresentano una buona prassi e una guida per azioni in contrasto con la povertà",
          lines: [8142, 8143],
          kind: "deliverable",
          deliverable: "elenco di procedure operative per azioni in contrasto con la povertà",
        },
      ],
      source: { document: DOCUMENTS.sebino, lines: [7880, 8148] },
    },
    // S4: RAFFORZAMENTO DELLE POLITICHE ABITATIVE (L8149-8416)
    // Slip L8270-8274: continuity “NO” although the sovra-distrettuale housing scheda O4 declares “Di continuità
    // alla programmazione 2021-2023” (L5252) and S4 continues the PNRR housing projects (L8183-8185)
    // Slip L8343-8348: type “Preventivo” for an objective addressing existing housing need (seed-002 extraction
    // §6.4)
    // Slip L8358-8367: the digitalisation box (field 23) holds a sentence about new models of presa in carico
    // (field 22's subject), no SI/NO: answer null, sentence kept in text
    // Slip L8369-8378: field 24 (process indicators) answered “NO”; encoded as printed
    // Slip L8325-8341: field 20 of this housing scheda repeats the poverty scheda's sentence “…delle persone con
    // problem economici e delle loro famiglie” (S3, L8070-8072), typo included: apparently copied
    // Slip L8309-8315: field 18 asks for actors “oltre ad ASST e ETS” but answers “Si terzo Settore”; encoded as
    // printed
    // Note: code not printed: O1–O6 / S1–S5 are the seed-002 extraction's IDs (position within the
    // sovra-distrettuale / Ambito section)
    // Note: Ambito-level scheda in “Programmazione e obiettivi triennali Ambito n. 5 – Sebino” (L7338); heading =
    // the area heading printed just before the form
    // Note: policyArea B from the heading “Politiche abitative” (L8149) = title of macro-area B; no letter
    // printed
    // Note: key points printed without area letters (L8237-8243): assigned to the home area B
    // Note: transversal answer 'si' and areas mapped from the titles in “Integrazione con l’area delle politiche
    // a supporto delle persone disabili, del lavoro, della domiciliarità” (J, H, D); no SI/NO printed
    // Note: newService “NO”: kind null
    // Note: field 14 (progetto premiale 2021-2023) is not in this scheda's form: premialProject.answer null
    // Note: field 20: the box neither picks “BISOGNO CONSOLIDATO” nor “NUOVO” (the line “BISOGNO
    // CONSOLIDATO/NUOVO” belongs to the label); kind null, the sentence kept in text
    // Note: field 9: the answer “no” is printed by the text edition inside the label (L8248), before the label's
    // “SI/NO” (L8252); answer no
    // Note: field 20: the answer sentence is split by the label lines (L8325-8341) and joined with “…”
    // Note: targets I-1, I-2 from the impact field; the template line “Individuazione di una batteria di
    // indicatori di outcome” (L8407-8408) is interleaved and skipped with “…”
    {
      code: "S4",
      form: "pdz-dgr-2167",
      heading: "Politiche abitative",
      policyArea: "B",
      policyAreaBasis: "section-heading",
      leps: [],
      priority: null,
      title: "RAFFORZAMENTO DELLE POLITICHE ABITATIVE",
      goals:
        "- Sperimentare e/o rendere strutturale nei diversi territori le esperienze di housing sociale destinato in particolare al disagio/fragilità, assicurando quindi una presenza diffusa di possibili risposte abitative, anche nella forma del co housing; - Predisporre accordi finalizzati a mettere a disposizione alloggi temporanei e transitori sul territorio - Partecipazione a tavoli sovrambito per politiche abitative - Mappatura realtà esistenti in ambito abitativo",
      actions: [
        {
          code: null,
          title:
            "Ricognizione servizi e strutture in essere, in relazione ai dati di bisogno in proiezione futura",
          lines: [8173, 8174],
        },
        {
          code: null,
          title:
            "tavoli di lavoro a livello di singoli Ambiti e sovraambito, finalizzati a monitorare l’andamento del fenomeno e diffondere elementi informativi e formativi;",
          lines: [8176, 8178],
        },
        { code: null, title: "Analisi dei costi", lines: [8180, 8180] },
        { code: null, title: "Predisporre procedure da seguire", lines: [8181, 8181] },
        {
          code: null,
          title: "offrire opportunità di risposte di housing diffuse sul territorio.",
          lines: [8182, 8182],
        },
        {
          code: null,
          title:
            "Dare continuità e sviluppo ai progetti di housing sociale avviati in attuazione del PNRR, adeguandoli alle necessità emergenti.",
          lines: [8183, 8185],
        },
      ],
      target:
        "Persone in stato di bisogno abitativo e fragilità sociale Operatori dei servizi pubblici e del privato sociale interessati da azioni di confronto, scambio e formazione.",
      budget: {
        total: null,
        lines: [
          {
            fund: "altro",
            label: "fondi pubblici ministeriali",
            amount: null,
            nature: "pubblica",
            lines: [8210, 8210],
          },
          { fund: "pnrr", label: "PNRR", amount: null, nature: "pubblica", lines: [8210, 8210] },
          {
            fund: "altro",
            label: "Soggetti del terzo settore e loro cofinanziamento",
            amount: null,
            nature: "privata",
            lines: [8211, 8211],
          },
        ],
        text: "Le risorse utili al perseguimento dell’obiettivo sono da imputare fondamentalmente a - tempo lavoro che sarà messo a disposizione dai soggetti coinvolti - fondi pubblici ministeriali e PNRR a disposizione - Soggetti del terzo settore e loro cofinanziamento",
        source: { document: DOCUMENTS.sebino, lines: [8204, 8211] },
      },
      staff:
        "Gli Ambiti territoriali Sociali, ATS, ASST e gli Enti del Terzo settore, sulla base delle rispettive competenze, mettono a disposizione risorse strumentali e di personale dedicato.",
      transversal: {
        answer: "si",
        areas: ["J", "H", "D"],
        text: "L’obiettivo è da ritenersi trasversale rispetto alle azioni dei singoli Ambiti poiché potrà costituire un punto di raccordo con gli obiettivi e le attività locali. Integrazione con l’area delle politiche a supporto delle persone disabili, del lavoro, della domiciliarità.",
      },
      keyPoints: [
        { area: "B", point: "accompagnare la persona in stato di bisogno nella rete dei servizi dedicati" },
        { area: "B", point: "Allargamento della rete e coprogrammazione" },
        {
          area: "B",
          point: "Rafforzamento delle reti sociali e della collaborazione tra attori pubblici e privati",
        },
      ],
      asstInAnalysis: { answer: "no", lines: [8248, 8248] },
      asstInDelivery: { answer: "no", lines: [8262, 8262] },
      cooperationWithOtherAmbiti: { answer: "no", lines: [8268, 8268], ambiti: [] },
      continuity: { answer: "no", lines: [8274, 8274] },
      newService: { kind: null, text: "NO" },
      premialProject: { answer: null },
      coProgrammed: { answer: "si", lines: [8288, 8288] },
      coDesigned: { answer: "si", lines: [8294, 8294] },
      thirdSectorInvolvement:
        "Coprogettazione con convenzioni e cofinanziamento Sottoscrizioni di protocollo operativi",
      otherActors: { answer: "si", text: "terzo Settore", lines: [8315, 8315], actors: ["terzo Settore"] },
      needs: {
        text: "Sostegno alla ricerca di alloggi per utenti in condizione di fragilità",
        indicators: [],
      },
      needKind: {
        kind: null,
        text: "Il presente intervento risponde alla necessità di rivedere il sistema dei … servizi in funzione dei mutati bisogni complessivi delle persone con problem economici e delle loro famiglie",
      },
      preventionKind: ["preventivo"],
      preventionText:
        "Preventivo, nei termini che dovrebbe aiutare a programmare al meglio la rete dei servizi e le risorse necessarie a far fronte al bisogno futuro",
      innovation: { answer: "no", lines: [8356, 8356] },
      digitalisation: {
        answer: null,
        text: "L’obiettivo si prefigura come intermedio e non si occupa direttamente di costruire, già nel prossimo triennio, nuove modalità di presa in carico",
        lines: [8366, 8367],
      },
      processIndicators: { text: "NO", indicators: [] },
      outputIndicators: {
        text: "Non sono previste prestazioni da erogare, ma un potenziamento dei servizi ed interventi a favore delle persone che necessitano di alloggio",
        indicators: [],
      },
      outcomeIndicators: {
        text: "Ci si attende: un documento complessivo di ricerca (di secondo livello) in grado di fornire indicazioni per le future strategie d’intervento locale, anche finalizzato ad una interlocuzione costruttiva con Regione Lombardia in tema di UDOS … un elenco di procedure operative che rappresentano una buona prassi e una guida per azioni a favore delle politiche abitative Si auspica una più consapevole ed integrata programmazione dei servizi ed interventi a favore delle politiche abitative",
        indicators: [],
      },
      targets: [
        {
          id: "I-1",
          text: "un documento complessivo di ricerca (di secondo livello) in grado di fornire indicazioni per le future strategie d’intervento locale, anche finalizzato ad una interlocuzione costruttiva con Regione Lombardia in tema di UDOS",
          lines: [8403, 8406],
          kind: "deliverable",
          deliverable: "documento complessivo di ricerca (di secondo livello)",
        },
        {
          id: "I-2",
          text: "un elenco di procedure operative che rappresentano una buona prassi e una guida per azioni a favore delle politiche abitative",
          lines: [8410, 8411],
          kind: "deliverable",
          deliverable: "elenco di procedure operative per le politiche abitative",
        },
      ],
      source: { document: DOCUMENTS.sebino, lines: [8149, 8416] },
    },
    // S5: IMPLEMENTARE LA STRUTTURA ORGANIZZATIVA DEDICATA ALLA DISABILITA’ (L8418-8678)
    // Slip L8538-8542: continuity “NO” although the 2021-2023 project Leg@minrete is carried over (L391-392) and
    // the goals say “progetto leg@mi in rete: trovare modalità e risorse per renderlo strutturale” (L8431-8432)
    // Slip L8624-8635: the digitalisation box (field 23) holds a sentence about new models of presa in carico, no
    // SI/NO; it calls this Ambito-level objective “un meta obiettivo di sistema … a livello di sovra ambiti”
    // Slip L8637-8646: field 24 (process indicators) answered “NO”; encoded as printed
    // Slip L8616-8622: field 22 (innovative models) left blank
    // Slip L8564-8573: field 17 (modes of Third Sector involvement, free text) answered “NO”; encoded as printed
    // Slip L8676-8678: the impact of this Ambito-level scheda is stated “nel livello provinciale coinvolto”, and
    // field 6 speaks of “Alcuni ambiti nel prossimo triennio” (L8485): wording of a sovra-distrettuale text
    // Note: code not printed: O1–O6 / S1–S5 are the seed-002 extraction's IDs (position within the
    // sovra-distrettuale / Ambito section)
    // Note: Ambito-level scheda in “Programmazione e obiettivi triennali Ambito n. 5 – Sebino” (L7338); heading =
    // the area heading printed just before the form
    // Note: policyArea J from the heading “Disabilità” (L8418); field 7 confirms it: “il presente intervento
    // insiste sull’area J - interventi a favore delle persone con disabilità” (the only S-scheda with a printed
    // letter)
    // Note: transversal: field 7 states the home area J, not another area: answer null, areas []
    // Note: key points printed without letters (L8499-8511, split by the page number “136” at L8507): assigned to
    // J
    // Note: newService “NO”: kind null
    // Note: field 14 (progetto premiale 2021-2023) is not in this scheda's form: premialProject.answer null
    // Note: field 20: the box neither picks “BISOGNO CONSOLIDATO” nor “NUOVO” (the line “BISOGNO
    // CONSOLIDATO/NUOVO” belongs to the label); kind null, the sentence kept in text
    // Note: targets: O-1 from the output field (“una mappatura aggiornata…”), I-1 from the impact field
    {
      code: "S5",
      form: "pdz-dgr-2167",
      heading: "Disabilità",
      policyArea: "J",
      policyAreaBasis: "section-heading",
      leps: [],
      priority: null,
      title: "IMPLEMENTARE LA STRUTTURA ORGANIZZATIVA DEDICATA ALLA DISABILITA’",
      goals:
        "- Garantire un coordinamento nell’ambito disabilità, sia con i Comuni dell’Ambito che con le realtà del Terzo Settore - progetto leg@mi in rete: trovare modalità e risorse per renderlo strutturale - mappare la rete dei servizi e/o l’organizzazione di alcuni di essi, con l’obiettivo di capire come e quali servizi migliorare - sviluppo del CVI e coordinamento con l’ente gestore",
      actions: [
        {
          code: null,
          title:
            "Assumere una persona per coordinamento politiche sui disabili che garantisca una continua partecipazione al tavolo di lavoro per il dopo di noi",
          lines: [8443, 8445],
        },
        {
          code: null,
          title:
            "Verifica liste d’attesa e definizione di eventuali priorità di accesso alle politiche dedicate",
          lines: [8447, 8448],
        },
        { code: null, title: "Analisi dei costi", lines: [8450, 8450] },
        { code: null, title: "Predisporre procedure da seguire", lines: [8451, 8451] },
        {
          code: null,
          title:
            "Partecipazione al tavolo di lavoro dei CVI e alla costruzione dei Progetti di Vita (la domanda) e l’organizzazione della rete dei servizi (l’offerta)",
          lines: [8452, 8455],
        },
        { code: null, title: "certificazione CAD (comunità amiche dei disabili)", lines: [8457, 8457] },
      ],
      target:
        "Attori del pubblico e del privato sociale: ambiti territoriali e Comuni, ASST e ATS, persone con disabilità e familiari",
      budget: {
        total: null,
        lines: [],
        text: "Le risorse utili al perseguimento dell’obiettivo sono da imputare fondamentalmente a tempo lavoro che sarà messo a disposizione dai soggetti coinvolti",
        source: { document: DOCUMENTS.sebino, lines: [8473, 8475] },
      },
      staff:
        "Gli Ambiti territoriali Sociali, ATS, ASST e gli Enti del Terzo settore, sulla base delle rispettive competenze, mettono a disposizione risorse strumentali e di personale dedicato. Alcuni ambiti nel prossimo triennio completeranno anche il percorso di certificazione CAD (comunità amiche dei disabili) avvalendosi di un team di consulenti esterni; tali percorsi di analisi potranno integrare e supportare le azioni qui previste",
      transversal: {
        answer: null,
        areas: [],
        text: "L’obiettivo è da ritenersi trasversale rispetto alle azioni dei singoli Ambiti poiché potrà costituire un punto di raccordo con gli obiettivi e le attività locali. Quanto alle aree di policy, il presente intervento insiste sull’area J - interventi a favore delle persone con disabilità",
      },
      keyPoints: [
        {
          area: "J",
          point:
            "accompagnare la persona disabile nella rete dei servizi dedicati e nel percorso di vita fino al Dopo di Noi",
        },
        { area: "J", point: "Allargamento della rete e coprogrammazione" },
        { area: "J", point: "Rafforzamento delle reti sociali" },
      ],
      asstInAnalysis: { answer: "si", lines: [8520, 8520] },
      asstInDelivery: { answer: "no", lines: [8530, 8530] },
      cooperationWithOtherAmbiti: { answer: "no", lines: [8536, 8536], ambiti: [] },
      continuity: { answer: "no", lines: [8542, 8542] },
      newService: { kind: null, text: "NO" },
      premialProject: { answer: null },
      coProgrammed: { answer: "no", lines: [8556, 8556] },
      coDesigned: { answer: "no", lines: [8562, 8562] },
      thirdSectorInvolvement: "NO",
      otherActors: { answer: "no", lines: [8581, 8581], actors: [] },
      needs: { text: "TUTELA E CURA persone con disabilità", indicators: [] },
      needKind: {
        kind: null,
        text: "Il presente intervento risponde alla necessità di rivedere il sistema dei servizi in funzione dei mutati bisogni complessivi delle persone con disabilità e delle loro famiglie",
      },
      preventionKind: ["preventivo"],
      preventionText:
        "Preventivo, nei termini che dovrebbe aiutare a programmare al meglio la rete dei servizi e le risorse necessarie a far fronte al bisogno futuro",
      innovation: { answer: null },
      digitalisation: {
        answer: null,
        text: "L’obiettivo si prefigura come un meta obiettivo di sistema, che ne giustifica la collocazione a livello di sovra ambiti, e non si occupa direttamente di costruire, già nel prossimo triennio, nuove modalità di presa in carico",
        lines: [8632, 8635],
      },
      processIndicators: { text: "NO", indicators: [] },
      outputIndicators: {
        text: "Non sono previste prestazioni da erogare, ma piuttosto una mappatura aggiornata dell’intero sistema territoriale dei servizi ed interventi a favore delle persone con disabilità",
        indicators: [],
      },
      outcomeIndicators: {
        text: "Ci si attende un documento complessivo di ricerca (di secondo livello) in grado di fornire indicazioni per le future strategie d’intervento locale, anche finalizzato ad una interlocuzione costruttiva con Regione Lombardia in tema di UDOS Si auspica una più consapevole ed integrata programmazione dei servizi ed interventi a favore delle persone con disabilità nel livello provinciale coinvolto",
        indicators: [],
      },
      targets: [
        {
          id: "O-1",
          text: "una mappatura aggiornata dell’intero sistema territoriale dei servizi ed interventi a favore delle persone con disabilità",
          lines: [8658, 8660],
          kind: "deliverable",
          deliverable:
            "mappatura aggiornata del sistema territoriale dei servizi ed interventi per le persone con disabilità",
        },
        {
          id: "I-1",
          text: "Ci si attende un documento complessivo di ricerca (di secondo livello) in grado di fornire indicazioni per le future strategie d’intervento locale, anche finalizzato ad una interlocuzione costruttiva con Regione Lombardia in tema di UDOS",
          lines: [8671, 8674],
          kind: "deliverable",
          deliverable: "documento complessivo di ricerca (di secondo livello)",
        },
      ],
      source: { document: DOCUMENTS.sebino, lines: [8418, 8678] },
    },
  ] satisfies SchedaObiettivoDraftInput[]);
