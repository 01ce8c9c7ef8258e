import { DOCUMENTS, linesIn } from "../../../src/datasets/_sources.js";
import type { PlanEvaluationInput } from "../../../src/model/objective-evaluation.js";

// Every figure and sentence below is copied from the Piano di Zona 2025-2027 of the Ambito di Gallarate, section 1
// ("Valutazione della programmazione precedente"); line numbers refer to the plain-text edition of that document.
// Values are recorded as the document states them, mistakes included: the library's checks report them.
const lines = linesIn(DOCUMENTS.gallarate);

// The grid's closing answers, which most objectives give as a bare "Sì" / "100% (ottimo)".
const YES = { answer: "si" } as const;
const NO = { answer: "no" } as const;
const FULL_COINCIDENCE = { statedPercent: 100, statedBand: "ottimo", text: "100% (ottimo)" } as const;
const NO_RESOURCES = "Poiché non erano state stanziate risorse, non si sono avute spese.";
// Objective E, actions 1-4 share one sentence (L1953-1960).
const NOT_INTERVENED =
  "non essendo l’obiettivo prioritario, applicando principi di sussidiarietà, si è ritenuto di non intervenire perché già in essere. Quindi, 0% (nullo).";

export const GALLARATE_EVALUATION_2021_2023_INPUT: PlanEvaluationInput = {
  period: { from: 2021, to: 2023 },
  // The grid of D.G.R. XII/2167 with every objective's actions and their completion: each grade can be recomputed.
  grid: "dgr-2167-actions",
  objectives: [
    {
      code: "1",
      title: "Mappatura, collaborazione e messa in rete",
      priority: true,
      actions: [
        {
          title:
            "Azione 1: costruzione e implementazione di uno strumento condiviso per far conoscere competenze e risorse che i vari enti del territorio hanno a disposizione, in modo da agevolare la presa in carico.",
          completion: "100%",
        },
        {
          title:
            "Azione 2: Strutturazione di protocolli di collaborazione, funzionali a una presa in carico che crei sinergie tra servizi e risorse.",
          completion: "100%",
        },
        {
          title:
            "Azione 3: Strutturazione del lavoro di rete sulle utenze fragili tramite la creazione di opportuni tavoli di lavoro per creare protocolli di collaborazione tra enti, monitorandone l’attuazione, al fine di rendere più omogenee le risposte nel territorio, in un’ottica di sussidiarietà orizzontale.",
          completion: "100%",
        },
      ],
      grade: { text: "100% (ottimo)", percent: "100%", band: "ottimo", lines: [1160, 1160] },
      usersEvaluation: "Non pertinente",
      adequacy: { level: "sufficientemente-adeguato" },
      coincidence: FULL_COINCIDENCE,
      criticalIssues: "Difficoltà nel coinvolgimento sistematico di ASST nelle progettazioni.",
      // The document answers with a sentence only, no "Sì": the sentence states a benefit, so it reads as a yes.
      positiveChange: {
        answer: "si",
        motivation:
          "Il lavoro tra Ambiti ha consentito di non disperdere risorse e riuscire a cogliere più opportunità di finanziamento.",
      },
      continuityWithPrevious: YES,
      reproposed: YES,
      source: lines(1125, 1211),
    },
    {
      code: "2",
      title: "Co-progettazione e valorizzazione delle competenze progettuali",
      priority: false,
      actions: [
        {
          title:
            "Azione 1: sviluppo di competenze e idee progettuali e messa in rete di soggetti competenti per capitalizzare le risorse economiche che arriveranno, strutturando anche sistemi di valutazione.",
          completion: "0%",
        },
        {
          title:
            "Azione 2: ideazione di progetti da candidare a bandi di finanziamento, anche a livello europeo, in collaborazione e partenariato pubblico-privato, dotandosi delle risorse umane e delle competenze professionali necessarie.",
          completion: "100%",
        },
        {
          title:
            "Azione 3: formazione sulla co-progettazione e progettazione nazionale/europea, oltre che formazione sulle regole della rendicontazione.",
          completion: "100%",
          note: "(non direttamente come Ambito)",
        },
        {
          title:
            "Azione 4: Progettazione per condividere attività sul territorio, modalità di attivazione congiunta, mettere in rete le risorse per raggiungere obiettivi comuni.",
          completion: "100%",
        },
      ],
      grade: { text: "75% (sufficiente)", percent: "75%", band: "sufficiente", lines: [1250, 1251] },
      usersEvaluation: "Non pertinente",
      adequacy: { level: "sufficientemente-adeguato" },
      coincidence: FULL_COINCIDENCE,
      criticalIssues:
        "Difficoltà nell’adeguamento alle nuove linee guida soprattutto in fase di avvio. Difficoltà del Territorio sul fare propri gli strumenti della Co-programmazione, Co-progettazione.",
      positiveChange: { answer: "non-pertinente" },
      continuityWithPrevious: NO,
      reproposed: YES,
      source: lines(1215, 1312),
    },
    {
      code: "A",
      title: "Strategie per l’abitare",
      priority: true,
      actions: [
        {
          title:
            "Azione 1: Azioni in situazioni di estrema marginalità con finalità riparative e di contenimento del danno.",
          completion: "100%",
        },
        {
          title:
            "Azione 2: Azioni indirizzate a soggetti in temporanea situazione di fragilità e finalizzate a prevenire la strutturazione di condizioni di cronicità assistenziale.",
          completion: "100%",
        },
        {
          title:
            "Azione 3: Consolidamento dei servizi e degli interventi a supporto dell'abitare, anche attraverso l'attivazione di percorsi di educazione finanziaria e di ristrutturazione del debito e di coaching abitativo per le persone fragili.",
          completion: "50%",
        },
        {
          title:
            "Azione 4: Supporto ai proprietari di abitazioni finalizzato ad evitare l'attivazione del procedimento di sfratto/pignoramento immobiliare e garantire il rispetto degli obblighi contrattuali con accordi extragiudiziali che permettano di tutelare i diritti di entrambe le parti.",
          completion: "80%",
          // Printed after the list of percentages (L1380-1385); the mediations with owners are this action's subject.
          note: "Per quanto riguarda le mediazioni con le proprietà, si sono svolte in seno ai colloqui individuali, ma non a livello di Ambito.",
        },
        {
          title:
            "Azione 5: Studio di fattibilità e costruzione di prospettive di sviluppo di medio-lungo periodo dell'area dell'abitare e sviluppo di uno strumento unitario di valutazione delle vulnerabilità.",
          completion: "0%",
        },
      ],
      grade: { text: "80% (buono)", percent: "80%", band: "buono", lines: [1367, 1368] },
      usersEvaluation: "Non disponibile",
      adequacy: {
        level: "adeguato",
        text: "Adeguato, per quanto previsto nel progetto “Locanda di Eurosia”.",
      },
      coincidence: FULL_COINCIDENCE,
      criticalIssues:
        "I servizi risultano frammentati sul territorio a causa della mancanza di uno spazio, all’interno dell’Ambito, in cui creare un unico centro servizi.",
      positiveChange: {
        answer: "si",
        motivation:
          "Sì, seppur in presenza di servizi diffusi sul territorio. Negli ultimi anni, col rialzo delle temperature, l’attività diurna è stata attivata nei periodi di caldo intenso così come già attivata negli anni nel periodo di freddo intenso.",
      },
      continuityWithPrevious: YES,
      reproposed: {
        answer: "si",
        motivation:
          "Sì, in quanto il bisogno della popolazione legato al tema dell’abitare richiede soddisfazione anche attraverso questo obiettivo.",
      },
      source: lines(1316, 1441),
    },
    {
      code: "B",
      title: "Sviluppare, rafforzare e connettere iniziative per integrazione-inclusione-accesso",
      priority: false,
      actions: [
        {
          title:
            "Azione 1. Promozione e potenziamento di progetti di inserimento lavorativo personalizzati tramite il mantenimento, lo sviluppo e il potenziamento della gestione associata del Servizio di Inserimento Lavorativo (SIL).",
          completion: "100%",
          // A spend expected by the end of the year, not yet made.
          statedCoincidencePercent: 100,
          note: "si prevede per la fine dell’anno una spesa pari al 100% delle risorse impegnate.",
        },
        {
          title:
            "Azione 2. Promozione e diffusione delle iniziative relative a vacanze condivise per persone con disabilità e le loro famiglie, creazione di servizi dedicati.",
          completion: "0%",
          budgeted: 0,
          paid: 0,
          statedCoincidencePercent: 0,
          note: "0% poiché non erano state stanziate risorse, non si sono avute spese.",
        },
        {
          title: "Azione 3. Sviluppo di iniziative volte ad incrementare i servizi di trasporto dedicato.",
          completion: "100%",
          statedCoincidencePercent: 100,
          note: "sui servizi (Auser/cooperativa) in linea con le risorse stanziate (100%).",
        },
        {
          title:
            "Azione 4. Sviluppo di uno strumento efficace per la conoscenza delle iniziative del territorio (già nel precedente Piano di Zona).",
          completion: "50%",
          statedCoincidencePercent: 50,
          note: "(realizzata dalla Cooperativa che gestisce il servizio per l’Ambito) … l’azione è stata raggiunta con risorse interne (50%).",
        },
      ],
      grade: { text: "75% (sufficiente)", percent: "75%", band: "sufficiente", lines: [1479, 1480] },
      statedRealizedCount: {
        realized: 3,
        planned: 4,
        text: "Sono state realizzate completamente 3 azioni su 4, mentre l’altra non è stata realizzata.",
      },
      usersEvaluation: "Non disponibile",
      adequacy: {
        level: "sufficientemente-adeguato",
        text: "Azioni 1, 3, 4: i casi sono stati seguiti in modo adeguato. Azione 2: non realizzata per impiego risorse su altre priorità. Complessivamente, risorse sufficientemente adeguate.",
      },
      coincidence: {
        statedPercent: 80,
        statedBand: "sovrastimato",
        text: "Complessivamente, il livello di coincidenza tra risorse stanziate e risorse impegnate è pari, per le azioni effettivamente realizzate, all’80% (non realizzato come programmato)",
      },
      criticalIssues:
        "Azione 1: nessuna criticità. Azione 2: mancanza di risorse per progettare le attività. Azione 3: sono state superate difficoltà dovute alle diverse visioni e programmazioni da parte di ciascun Comune. Azione 4: mancanza di risorse per progettare le attività. In generale, si è riscontrata una maggiore facilità a mantenere le azioni già avviate, rispetto all’avvio di nuove.",
      positiveChange: {
        answer: "si",
        motivation:
          "Sì, in quanto ha consentito di avviare tirocini e favorito il traporto di persone con disabilità.",
      },
      continuityWithPrevious: YES,
      reproposed: {
        answer: "si",
        // "macroarea K)" as printed: the 2025-2027 plan files it under its local objective Q (regional area J).
        motivation:
          "Sì, l’obiettivo si riferirà però alle persone con disabilità e le loro famiglie (per questo sarà inserito nella macroarea K), stimolando inclusione e integrazione tra persone con disabilità e non. I bisogni a cui le prime tre azioni mirano, saranno affrontati con le nuove azioni “rimodulate” per una risposta più aderente al bisogno delle persone del territorio. La quarta azione sarà invece ripresa dall’obiettivo “P”.",
      },
      source: lines(1446, 1608),
    },
    {
      code: "C",
      title: "Iniziative per potenziare i servizi a elevata integrazione sociosanitaria",
      priority: true,
      actions: [
        {
          title:
            "Azione 1: residenzialità leggera ovvero realizzazione interventi di supporto a soggetti afferenti all’area della salute mentale con supporto nel pagamento della quota alberghiera con eventuali risorse di Ambito al 50% e degli enti locali al 50%.",
          completion: "100%",
          // The 14.000 euro is a commitment for three cases while one was served: not a budget/paid pair.
          note: "a seguito della scadenza del Protocollo sottoscritto con ASST, sono stati destinati parte dei fondi FNPS per garantire l’inserimento di utenti negli appartamenti protetti. I casi segnalati sono stati presi in carico. … Per azione 1, spese risorse per un caso effettivo su tre previsti (con impegno di spesa per tre casi pari a complessivi euro 14.000).",
        },
        {
          title:
            "Azione 2: Partecipazione organismo di coordinamento salute mentale, ovvero coordinamento tra operatori professionali degli enti locali, dell'ATS dell'Insubria e delle ASST.",
          completion: "0%",
          budgeted: 0,
          paid: 0,
          note: "nel periodo 2021-2023, gli Ambiti non hanno partecipato agli incontri tenutisi da ATS su salute mentale e neuropsichiatria infantile. … Per azione 2, non prevista né sostenuta alcuna spesa.",
        },
        {
          title:
            "Azione 3: Iniziative di prevenzione contro il gioco d'azzardo patologico: mappatura territoriale delle iniziative e implementazione dei servizi dedicati, anche tramite la partecipazione a bandi dedicati.",
          completion: "100%",
          budgeted: "16.000",
          paid: "16.600",
          note: "Per azione 3 (prevenzione gioco d’azzardo patologico), spesi euro 16.600 su stanziamento di euro 16.000.",
        },
        {
          title: "Azione 4: iniziative di rete per il contrasto alle dipendenze.",
          completion: "100%",
          note: "Azioni 3 e 4: 100% … Per azione 4 non prevista quota di cofinanziamento.",
        },
      ],
      grade: { text: "75% (sufficiente)", percent: "75%", band: "sufficiente", lines: [1655, 1656] },
      usersEvaluation: "Non pertinente",
      adequacy: { level: "sufficientemente-adeguato" },
      // Only "100%" is printed, without a band.
      coincidence: { statedPercent: 100, text: "100%" },
      criticalIssues:
        "Superare le criticità per la partecipazione ai tavoli dedicati per condividere azioni, prassi e fare rete. Necessità di riallacciare i contatti con ATS in tema di salute mentale.",
      positiveChange: {
        answer: "si",
        motivation:
          "Sì, dando alloggio a beneficiari con patologie psichiatriche (CPS), facendo prevenzione GAP a favore di studenti/anziani e uniformando delibere e ordinanze.",
      },
      continuityWithPrevious: YES,
      reproposed: {
        answer: "si",
        motivation:
          "Sì, sarà riproposto per mantenere sul territorio una rete integrata di fronteggiamento dei fattori di rischio che richiedono un approccio multidimensionale.",
      },
      source: lines(1611, 1796),
    },
    {
      code: "D",
      title: "Potenziare il supporto alla domiciliarità",
      priority: true,
      actions: [
        {
          title: "Azione 1: Studio di fattibilità per la realizzazione di un servizio di SAD-SADH di Ambito.",
          completion: "80%",
          budgeted: 0,
          paid: 0,
          note: "(raccolti i dati) … poiché non erano state stanziate risorse, non si sono avute spese.",
        },
        {
          title:
            "Azione 2: Misura B2 e interventi complementari alla misura B2: Interventi per il mantenimento delle persone non autosufficienti al domicilio e interventi a favore delle persone con disabilità grave e anziani non autosufficienti.",
          completion: "100%",
          statedCoincidencePercent: "over-100",
          note: "speso tutto quanto stanziato + spesi fondi residui (>100%).",
        },
        {
          title: "Azione 3: mantenimento e ampliamento del servizio SAD/SADH in fasce orarie non coperte.",
          completion: "100%",
          budgeted: 0,
          paid: 0,
          note: "È stato garantito il mantenimento dei livelli di servizi esistenti. Non risultano richieste di ampliamento del servizio. (servizio non gestito a livello associato). … poiché non erano state stanziate risorse, non si sono avute spese.",
        },
      ],
      grade: { text: "100% (ottimo)", percent: "100%", band: "ottimo", lines: [1831, 1831] },
      usersEvaluation:
        "L’azione 3 è stata valutata da parte degli utenti solo in un Comune dell’Ambito e a cura dell’Ente fornitore.",
      adequacy: { level: "adeguato" },
      coincidence: { statedPercent: 100, statedBand: "ottimo", text: "Complessivamente, 100% (ottimo)" },
      criticalIssues:
        "Nelle condizioni date, l’obiettivo non ha rilevato particolari criticità, tuttavia, permangono limiti e criticità legati alla gestione non associata.",
      positiveChange: { answer: "si", motivation: "Sì, con particolare riferimento alla azione 2" },
      continuityWithPrevious: YES,
      reproposed: {
        answer: "si",
        motivation: "Sì, per aumentare le ore di copertura del servizio sul territorio.",
      },
      source: lines(1800, 1913),
    },
    {
      code: "E",
      title: "Adozione di corretti stili di vita per gli anziani",
      priority: false,
      actions: [
        { title: "Azione 1: Progetto “Telefonia sociale”.", completion: "0%", note: NOT_INTERVENED },
        { title: "Azione 2: Progetto “Anziani in movimento”.", completion: "0%", note: NOT_INTERVENED },
        {
          title:
            "Azione 3: Promozione del turismo sociale, tramite l’attivazione di un soggetto del Terzo Settore che si fa collettore e promotore delle iniziative.",
          completion: "0%",
          note: NOT_INTERVENED,
        },
        { title: "Azione 4: Gruppi di cammino.", completion: "0%", note: NOT_INTERVENED },
        {
          title:
            "Azione 5: Sensibilizzazione alla protezione presso i centri anziani (es. prevenzione truffe o simili) con il coinvolgimento delle forze dell’ordine.",
          completion: "100%",
          note: "numerose iniziative sono state svolte dai singoli Comuni quindi 100% (ottimo) .",
        },
      ],
      grade: { text: "20% (insufficiente)", percent: "20%", band: "insufficiente", lines: [1946, 1947] },
      usersEvaluation:
        "Non pertinente, in quanto azioni non realizzate. Alcune azioni realizzate solo da parte di alcuni Comuni, indipendentemente dall’Ambito.",
      adequacy: {
        level: "adeguato",
        text: "Risorse adeguate ma mancata candidatura a fondi PNRR per scelta dell’Assemblea dei Sindaci.",
      },
      coincidence: { budgeted: 0, paid: 0, text: NO_RESOURCES },
      criticalIssues: "Non pertinente in quanto azioni non realizzate.",
      positiveChange: {
        answer: "non-pertinente",
        motivation: "Non pertinente in quanto azioni non realizzate.",
      },
      continuityWithPrevious: YES,
      reproposed: {
        answer: "si",
        motivation:
          "Sì, per continuare a promuovere il benessere delle persone anziane durante l’invecchiamento.",
      },
      source: lines(1916, 2018),
    },
    {
      code: "F",
      title:
        "Costruzione di progettualità condivise di promozione-prevenzione per minori e famiglie all’interno dell’Ambito",
      priority: false,
      actions: [
        {
          title:
            "Azione 1: Creazione della rete con Scuola, ATS, ASST, Terzo Settore, operatori dei luoghi o centri di aggregazione giovanile, Informagiovani, presidi educativi (Tavolo di lavoro permanente).",
          completion: "100%",
          note: "(sottoscritto protocollo di intesa su buone prassi - PIPPI)",
        },
        {
          title:
            "Azione 2: Rafforzamento e formalizzazione dell’aggancio/intercettazione dei ragazzi all’interno del distretto come educativa di strada (coinvolgimento di cooperative e educativa di strada, scuole secondaria di primo e di secondo grado).",
          completion: "25%",
          note: "(realizzata autonomamente da alcuni Comuni dell’Ambito).",
        },
        {
          title:
            "Azione 3: Identificare luoghi informali in cui i ragazzi si riuniscono e progettare con loro la riqualificazione di quei luoghi.",
          completion: "25%",
          note: "(realizzata autonomamente da alcuni Comuni dell’Ambito).",
        },
        {
          title:
            "Azione 4: Organizzazione di varie attività (sportive, culturali, naturali, artistiche, ecc.) con gruppi di ragazzi nei territori del Distretto, che permettano di socializzare con i coetanei, aiutando in questo modo anche chi si è isolato al seguito dell’emergenza sanitaria.",
          completion: "100%",
          note: "(realizzata autonomamente completamente da alcuni Comuni dell’Ambito, non si è reso necessario un coordinamento d’Ambito).",
        },
      ],
      grade: { text: "100% (ottimo)", percent: "100%", band: "ottimo", lines: [2062, 2062] },
      usersEvaluation: "Non pertinente",
      adequacy: { level: "adeguato", text: "Adeguato, per quanto realizzato." },
      coincidence: { budgeted: 0, paid: 0, text: NO_RESOURCES },
      criticalIssues: "Non riscontrate criticità nelle azioni realizzate.",
      positiveChange: {
        answer: "si",
        motivation:
          "Sì, per quanto riguarda l’azione 1, in quanto consente di condividere buone prassi e individuare segnali di disagio e criticità.",
      },
      continuityWithPrevious: YES,
      reproposed: {
        answer: "si",
        motivation:
          "Sì, in quanto il bisogno a cui questo obiettivo risponde, è stato riscontrato durante la co-programmazione con il Terzo Settore, dunque sarà riproposto, adeguando le azioni per una risposta mirata al bisogno riscontrato.",
      },
      source: lines(2022, 2139),
    },
    {
      code: "G",
      title: "Rafforzare gli strumenti della tutela minorile",
      priority: true,
      actions: [
        {
          title:
            "Azione 1: condivisione di buone prassi tra i due Servizi tutela minori presenti sul territorio distrettuale: adozione di una lettura comune dei bisogni e una metodologia condivisa di progettazione e valutazione.",
          completion: "50%",
          note: "Per quanto riguarda l’azione 1, sono in corso incontri tra i due servizi Tutela Minori presenti nell’Ambito all’interno del Progetto PNRR PIPPI.",
        },
        {
          title:
            "Azione 2: strutturazione di uno studio di fattibilità per la realizzazione di un servizio Affido distrettuale: analisi dei costi delle risorse impiegate.",
          completion: "0%",
        },
        {
          title:
            "Azione 3: stipulazione di accordi di programma o protocolli operativi che consentano il lavoro interprofessionale e interistituzionale: rivalutazione dei protocolli in essere con ASST per una presa in carico condivisa da parte dei Servizi specialistici (Consultorio, NPI, CPS, SerD, …) e dei Pediatri di libera scelta (PLS) e Medici di Medicina Generale (MMG).",
          completion: "50%",
        },
        {
          title:
            "Azione 4: promozione di occasioni di confronto e di formazione congiunta tra professionisti di discipline e di istituzioni diverse: percorsi di formazione tra le cooperative del terzo settore che svolgono interventi educativi nel nostro distretto per una condivisione del percorso di accompagnamento del bambino e della sua famiglia.",
          completion: "50%",
        },
        {
          title:
            "Azione 5: promozione di azioni di sensibilizzazione e informazione per tutti i sistemi coinvolti: potenziamento di reti sociali, promozione e sensibilizzazione del territorio verso l’accoglienza.",
          completion: "0%",
        },
        {
          title:
            "Azione 6: monitoraggio della rete creata con la scuola a seguito dell’approvazione del protocollo di Buone prassi per la realizzazione e il coordinamento di interventi di prevenzione del disagio, tutela e protezione dei bambini e dei ragazzi.",
          completion: "50%",
        },
      ],
      grade: { text: "67% (sufficiente)", percent: "67%", band: "sufficiente", lines: [2188, 2189] },
      usersEvaluation: "Non pertinente",
      adequacy: { level: "sufficientemente-adeguato" },
      coincidence: {
        statedBand: "sottostimato",
        text: ">100% (sottostimato) In particolare, sono state spese una parte delle risorse aggiuntive (quinto d’obbligo)",
      },
      criticalIssues:
        "Riscontrate alcune criticità nell’integrazione tra procedure e protocolli in tema sociosanitario; a questo proposito, sono in atto incontri dedicati tra Ambito e ASST, in occasione della programmazione triennale.",
      positiveChange: {
        answer: "si",
        motivation: "Sì, in quanto ha dato continuità ai servizi già precedentemente esistenti.",
      },
      continuityWithPrevious: YES,
      reproposed: {
        answer: "si",
        motivation: "Sì, in un’ottica di rafforzamento continuo del servizio, l’obiettivo sarà riproposto.",
      },
      source: lines(2143, 2261),
    },
    {
      code: "H",
      title: "Obiettivo Rete Lavoro",
      priority: true,
      actions: [
        {
          title:
            "Azione 1: mantenimento e consolidamento della gestione associata del servizio inserimenti lavorativi rivolti anche a beneficiari della Misura “Assegno di inclusione” tramite gara.",
          completion: "100%",
          note: "(sia tirocini di inclusione, sia extracurriculari)",
        },
        {
          title: "Azione 2 : consolidamento e diffusione delle misure conciliazione tempo lavoro.",
          completion: "50%",
        },
        {
          title:
            "Azione 3 : Sperimentazione di percorsi di coaching lavorativo per la persona fragile e vulnerabile.",
          completion: "100%",
          note: "(come raccordo tra servizi)",
        },
        {
          title:
            "Azione 4 : fruizione di percorsi di formazione e riqualificazione da parte della persona fragile e vulnerabile.",
          completion: "100%",
        },
        {
          title:
            "Azione 5 : Studio di fattibilità e costruzione di prospettive di sviluppo di medio lungo periodo dell'area lavoro e sviluppo di uno strumento unitario di valutazione delle vulnerabilità.",
          completion: "50%",
          note: "(attività di studio e realizzazione è stata fatta nell’ambito del Reddito di Cittadinanza - non si è arrivati ad uno strumento unitario condiviso).",
        },
      ],
      grade: { text: "100% (ottimo)", percent: "100%", band: "ottimo", lines: [2298, 2298] },
      usersEvaluation: "Non disponibile",
      adequacy: { level: "adeguato" },
      coincidence: FULL_COINCIDENCE,
      criticalIssues:
        "Alcune attività sospese (e poi riprese) causa COVID. I cambiamenti normativi non contribuiscono a dare continuità ai servizi.",
      positiveChange: { answer: "si", motivation: "Sì, per quanto realizzato." },
      continuityWithPrevious: YES,
      reproposed: {
        answer: "si",
        motivation: "Sì, sarà riproposto per dare continuità ai servizi sul territorio dell’Ambito.",
      },
      source: lines(2264, 2359),
    },
    {
      code: "I",
      title: "Sostegno alla genitorialità",
      priority: false,
      actions: [
        { title: "Azione 1: contributi alla funzione di cura.", completion: "100%" },
        { title: "Azione 2: servizi di sostegno alla genitorialità.", completion: "80%" },
      ],
      grade: { text: "100% (ottimo)", percent: "100%", band: "ottimo", lines: [2387, 2387] },
      usersEvaluation: "Non disponibile",
      adequacy: { level: "adeguato" },
      // Nothing paid yet, and no budget nor band given.
      coincidence: { paid: 0, text: "Ad oggi nessun importo liquidato." },
      criticalIssues: "Nessuna criticità rilevata.",
      positiveChange: YES,
      continuityWithPrevious: YES,
      reproposed: { answer: "si", motivation: "SI (prosecuzione PNRR)" },
      source: lines(2362, 2430),
    },
    {
      code: "L",
      title: "Mantenere la partecipazione alla rete territoriale interistituzionale antiviolenza",
      priority: true,
      actions: [
        {
          title:
            "Azione 1: Partecipare alla co-progettazione di azioni di sensibilizzazione e prevenzione rivolte al territorio.",
          completion: "100%",
        },
        {
          title:
            "Azione 2: Calendarizzazione di incontri a cadenza semestrale con gli operatori del centro anti-violenza.",
          completion: "100%",
        },
      ],
      grade: { text: "100% (ottimo)", percent: "100%", band: "ottimo", lines: [2460, 2460] },
      usersEvaluation: "Non disponibile",
      adequacy: { level: "adeguato" },
      coincidence: FULL_COINCIDENCE,
      criticalIssues:
        "I giorni di copertura del finanziamento regionale sono variati in corso d’opera, con conseguenti ricadute sui bilanci comunali.",
      positiveChange: YES,
      continuityWithPrevious: YES,
      reproposed: { answer: "si", motivation: "Sì, tenuto conto dell’efficacia del lavoro di Rete in atto." },
      source: lines(2433, 2508),
    },
    {
      code: "M",
      title: "Sostegno ai caregiver",
      priority: true,
      actions: [
        {
          title:
            "Azione 1: realizzazione di momenti di incontro con la rete dei servizi che hanno in carico la persona con disabilità finalizzati alla condivisione di informazioni utili per il caregiver, per un sostegno efficace della persona con disabilità.",
          completion: "0%",
        },
        {
          title:
            "Azione 2: favorire la creazione e la strutturazione di gruppi informali di auto mutuo aiuto tra famiglie e caregiver di persone con disabilità.",
          completion: "0%",
        },
        {
          title:
            "Azione 3: favorire la realizzazione di eventi mirati per caregiver, con l’eventuale presenza di medici, psicologi o altre figure professionali con competenze specifiche sulla gestione della persona con disabilità, sia a scopo formativo/informativo che ludico.",
          completion: "25%",
          note: "in quanto nell’anno 2023 è stato realizzato all’interno del progetto sovrazonale “Accoglienza e dimissioni protette: continuità assistenziale” un evento formativo rivolto a ETS ed esteso a familiari e caregiver, in tema di amministrazione di sostegno.",
        },
      ],
      grade: { text: "33% (insufficiente)", percent: "33%", band: "insufficiente", lines: [2543, 2544] },
      usersEvaluation: "Non pertinente, in quanto azioni non realizzate direttamente dall’Ambito.",
      adequacy: {
        level: "non-pertinente",
        text: "Non pertinente, in quanto azioni non realizzate direttamente dall’Ambito.",
      },
      coincidence: {
        budgeted: 0,
        paid: 0,
        text: "Poiché non erano state stanziate risorse, non si sono avute spese da parte dell’Ambito.",
      },
      criticalIssues: "Non pertinente, in quanto azioni non realizzate direttamente dall’Ambito.",
      positiveChange: YES,
      continuityWithPrevious: YES,
      reproposed: {
        answer: "si",
        motivation:
          "SI, in quanto si intende rispondere al crescente bisogno di supporto a favore dei caregiver.",
      },
      source: lines(2511, 2639),
    },
    {
      code: "N",
      title: "Abitare per il Durante Dopo di Noi",
      priority: false,
      actions: [
        {
          title:
            "Azione 1: Individuazione di appartamenti/abitazioni a costi calmierati, anche di nuova costruzione, per progetti Durante Noi e Dopo di Noi.",
          completion: "50%",
          note: "(alloggi individuati e avviata coprogettazione in ambito PNRR, poi non andata a buon fine per rinuncia dell’ETS)",
        },
        {
          title:
            "Azione 2: Favorire il rafforzamento di iniziative rivolte all’abbattimento delle barriere architettoniche.",
          completion: "0%",
          note: "(finanziamenti regionali disponibili ai singoli Comuni)",
        },
        {
          title: "Azione 3: Sensibilizzazione ai percorsi del Durante Dopo di Noi.",
          completion: "50%",
          note: "(in conseguenza della rinuncia dall’ETS – vedi azione 1).",
        },
      ],
      grade: { text: "67% (sufficiente)", percent: "67%", band: "sufficiente", lines: [2670, 2671] },
      usersEvaluation: "Non pertinente",
      adequacy: { level: "adeguato", text: "Adeguato, per quanto realizzato" },
      coincidence: { statedPercent: 100, statedBand: "ottimo", text: "100% (ottimo), per quanto realizzato" },
      criticalIssues:
        "La coprogettazione in ambito PNRR ha presentato criticità legate alla titubanza dell’ETS ad accettare le regole previste dal finanziamento, sia in termini di target, sia in termini di vincoli temporali sugli immobili messi a disposizione. I numerosi incontri svolti si sono quindi rivelati un dispendio di ore di lavoro da parte degli Operatori dell’Ufficio di Piano a seguito della rinuncia da parte dell’ETS. A seguito di recesso dal finanziamento, è in corso “contradditorio” con Ministero e Regione con relativi adempimenti per l’Ambito.",
      positiveChange: { answer: "no", motivation: "No, in quanto non avviato." },
      continuityWithPrevious: NO,
      reproposed: {
        answer: "si",
        motivation:
          "Sì, le azioni 2 e 3 saranno riproposte per soddisfare i bisogni delle persone con disabilità.",
      },
      source: lines(2642, 2753),
    },
    {
      code: "O",
      title: "Educativa domiciliare",
      priority: true,
      actions: [
        {
          title:
            "Azione 1: Collaborazione tra i vari servizi che hanno in carico la persona, per garantire una presa in carico precoce in una logica ecologica del problema della disabilità al fine di ridurre il rischio di isolamento del soggetto e della famiglia.",
          completion: "100%",
        },
        {
          title:
            "Azione 2: Analisi delle risorse educative esistenti al fine di garantire una diversificazione degli interventi e una maggiore coerenza con il bisogno specifico della persona con disabilità e della sua famiglia.",
          completion: "0%",
        },
        {
          title:
            "Azione 3: Valorizzazione di iniziative di sensibilizzazione verso la collettività finalizzate a stimolare sul proprio territorio un modello di welfare di comunità e di comunità educante, nel quale la famiglia possa diventare protagonista sia come beneficiaria degli interventi sia come soggetto attivo d’intervento.",
          completion: "0%",
        },
      ],
      grade: { text: "33% (insufficiente)", percent: "33%", band: "insufficiente", lines: [2795, 2796] },
      usersEvaluation: "Non pertinente",
      adequacy: { level: "adeguato", text: "Adeguato, per quanto realizzato" },
      coincidence: { statedPercent: 100, statedBand: "ottimo", text: "100% (ottimo), per quanto realizzato" },
      criticalIssues:
        "Alcune azioni dell’obiettivo non sono state realizzate in quanto le risorse sono state indirizzate ad altre iniziativa con maggiore priorità.",
      positiveChange: { answer: "si", motivation: "Sì, per quanto riguarda l’azione realizzata." },
      continuityWithPrevious: NO,
      reproposed: {
        answer: "si",
        motivation:
          "Sì, poiché l’obiettivo non è stato realizzato nel corso del triennio, si mira al suo raggiungimento nel corso della prossima triennalità.",
      },
      source: lines(2756, 2853),
    },
    {
      code: "P",
      title: "Migliorare la programmazione del trasporto sociale",
      priority: false,
      actions: [
        {
          title: "Azione 1: Ricognizione delle risorse presenti nell'ambito di Gallarate.",
          completion: "100%",
          note: "(in aggiunta ai servizi gestiti dai singoli Comuni, è attiva la convenzione sottoscritta dal Comune di Gallarate con Auser Gallarate, che è “aperta” e utilizzata da altri Comuni dell’Ambito in base alle necessità)",
        },
        {
          title:
            "Azione 2: Potenziamento dei servizi di trasporto sociale già presenti nell'Ambito di Gallarate.",
          completion: "50%",
          note: "(allo studio azioni per mantenere le attività fondate su personale volontario).",
        },
      ],
      grade: { text: "100% (ottimo)", percent: "100%", band: "ottimo", lines: [2877, 2877] },
      usersEvaluation: "Non pertinente",
      adequacy: { level: "adeguato" },
      coincidence: FULL_COINCIDENCE,
      criticalIssues:
        "L’ETS ha segnalato problemi di sostituzione dei volontari che garantiscono l’operatività del servizio.",
      positiveChange: YES,
      continuityWithPrevious: YES,
      reproposed: {
        answer: "si",
        motivation:
          "Sì, in quanto l’obiettivo risulta coerente con il bisogno rilevato dal Terzo Settore nel corso dell’attuale programmazione.",
      },
      source: lines(2854, 2941),
    },
  ],
  statedOverallGrade: {
    text: "76,56% (sufficiente)",
    percent: "76,56%",
    band: "sufficiente",
    lines: [2945, 2946],
  },
  source: lines(1035, 2946),
};
