// Piano di Zona 1 maggio 2015 – 31 dicembre 2017 (L1-1145): nine general objectives, thirteen specific objectives, the
// columns INTERVENTI/AZIONI, INDICATORI DI ESITO, STRUMENTI, RISORSE (FINANZIARIE / PROFESSIONALI), TEMPISTICA. The
// document names no Ambito: it is the plan of the seven comuni of the Azienda Speciale Consortile Medio Olona, with the
// ASL di Varese. `mapsTo` (today's macro-aree) is a reading of each objective, with its reason; 7 and 8 have none.
// Plain literals in the model's input (JSON) form: nothing is parsed or computed at import; the tests validate
// them. Texts, figures and slips are as printed; the slips and the notes on the reading are
// kept as comments.
import { deepFreeze, type DeepReadonly } from "../../core/deep-freeze.js";
import type { LegacyPlanInput } from "../../model/legacy-plan.js";
import { DOCUMENTS } from "../_sources.js";

/**
 * The Piano di Zona 1 maggio 2015 – 31 dicembre 2017 of the seven comuni managed through the Azienda Speciale
 * Consortile Medio Olona, with the ASL di Varese (the document names no Ambito): nine general objectives, thirteen
 * specific objectives with their actions, outcome indicators, tools, resources and timing, and the macro-area of
 * today each objective maps to where one does. In the model's input (JSON) form.
 *
 * @example
 * ```ts
 * import { legacyPlanByArea } from "piano-di-zona";
 * import { MEDIO_OLONA_PLAN_2015_2017 } from "piano-di-zona/datasets";
 * MEDIO_OLONA_PLAN_2015_2017.period //=> { from: "2015-05-01", to: "2017-12-31", text: "1 MAGGIO 2015 – 31 DICEMBRE 2017" }
 * MEDIO_OLONA_PLAN_2015_2017.generalObjectives.length //=> 9
 * legacyPlanByArea(MEDIO_OLONA_PLAN_2015_2017).areas.map((area) => area.area) //=> ["A", "D", "K"]
 * ```
 * @category Datasets
 */
export const MEDIO_OLONA_PLAN_2015_2017: DeepReadonly<LegacyPlanInput> = deepFreeze({
  // Slip (L12): The period is called "triennio 2015 – 2017" but runs from 1 May 2015 to 31 December 2017 (L3): 32
  // months, not three years.
  // Slip (L17): Column header "OBIETTIVO SPECIFICI" (for "OBIETTIVI SPECIFICI" / "OBIETTIVO SPECIFICO").
  // Slip (L718): "lodopatie" (for "ludopatie"), in the title of specific objective 5.3; encoded as printed.
  // Slip (L1104-1105): "Realizzazione e uso delle modulistica" (for "della modulistica"), outcome indicator of
  // objective 9; encoded as printed.
  // Note: Regional basis: "linee di indirizzo regionali (dgr 2941 del 19.12.2014 …)" and the previous programming
  // 2012-2014 (L9-12). Motto: "Un welfare che crea valore per le persone, le famiglie e la comunità" (L6-8).
  // Note: Instrument named in objective 1: "Accordo di programma sottoscritto dai Comuni e dall’Asl di Varese"
  // (L59-65); no text, date or signatories of it are printed.
  // Note: Thirteen table rows in nine general objectives: 1×1, 2×3, 3×1, 4×1, 5×3, 6×1, 7×1 (listing four tables),
  // 8×1, 9×1.
  // Note: RISORSE: FINANZIARIE is printed in rows 1, 2.1, 2.2, 2.3, 3, 4 and 8; rows 5.1-5.3, 6, 7 and 9 print only
  // PROFESSIONALI (`financial` null). No amount is printed anywhere.
  // Note: Quantified outcome indicators that the model can only keep as text: "Individuazione di almeno 3
  // tematiche" (L1003-1004, at least 3), "tutti e sette i Comuni" (L49-50, 7 of 7), "su tutti e 7 i Comuni"
  // (L163-165), "da parte di tutti i Comuni" (L1105-1107); counts "N° buoni/voucher erogati" (L510), "n° corsi
  // organizzati" (L1007), "n° adesione ai corsi" (L1010).
  // Note: Timing as printed: dates DD.MM.YYYY (30.09.2015, 30.06.2016, 31.12.2017), "Entro il 31.12.2017", "ogni 6
  // mesi", "Annuale, …", and two conditions (2.2, 3); objective 3's timing depends on the Regolamento distrettuale
  // of objective 6 (due 30.09.2015).
  // Note: Footnote on the Segretariato Sociale (L1141-1145), starting with "*": no asterisk marks it in the tables
  // (objective 9 names the Segretariato Sociale at L1068 and L1088); possibly lost in conversion.
  // Note: The document names neither the Ambito nor its comuni; the managing body is "Azienda Speciale Consortile
  // Medio Olona" (L74-77, L957-960), elsewhere "Azienda Speciale Consortile"; the health partners are the "ASL di
  // Varese" (L38-40), "AO", "CPS", "SERT".
  title: "PIANO DI ZONA",
  period: {
    from: "2015-05-01",
    to: "2017-12-31",
    text: "1 MAGGIO 2015 – 31 DICEMBRE 2017",
  },
  ambito: {
    // The document names neither the Ambito nor its comuni: it says "tutti e sette i Comuni" (L49-50, L331-333) and
    // "tutti e 7 i Comuni" (L163-165).
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
      code: "3",
      title:
        "individuazione di risorse integrative per il finanziamento dei servizi/progetti in essere-da avviare (dove non è già previsto: introduzione della compartecipazione da parte dell’utenza del servizio)",
      lines: [397, 492],
      specificObjectives: [
        {
          title: "Ricercare e reperire eventuali risorse integrative per finanziare i servizi/progetti",
          actions: [
            "Partecipare a eventuali bandi attraverso progettazioni condivise.",
            "Rinnovo ed eventuale revisione/miglioramento delle convenzioni dei servizi.",
            "Definizione e introduzione di tariffe (differenziate per tipologia di prestazione richiesta)",
          ],
          outcomeIndicators: [
            "Reperimento di finanziamenti esterni e/o di risorse economiche da parte dell’utenza",
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
              "budget assegnato all’Azienda Speciale Consortile; risorse del privato sociale; entrate derivanti dalla compartecipazione ai costi da parte dell’utenza.",
            professional:
              "operatori del privato sociale e dei sindacati, operatori Azienda Speciale Consortile, referenti comunali",
            text: "FINANZIARIE: budget assegnato all’Azienda Speciale Consortile; risorse del privato sociale; entrate derivanti dalla compartecipazione ai costi da parte dell’utenza. PROFESSIONALI: operatori del privato sociale e dei sindacati, operatori Azienda Speciale Consortile, referenti comunali",
          },
          timing:
            "da definirsi in relazione all’emissione dei bandi e all’approvazione del Regolamento distrettuale",
          lines: [411, 492],
        },
      ],
      mapsTo: {
        area: "K",
        reason:
          "A system objective on financing the associated services and projects (calls for funds, conventions, user tariffs/co-payment), not a service for a target group: today's K) interventi di sistema … rafforzamento della gestione associata.",
      },
    },
    {
      code: "4",
      title: "sostenere economicamente le famiglie in situazioni di fragilità",
      lines: [493, 535],
      specificObjectives: [
        {
          title: "Erogazione buoni sociali e/o voucher",
          actions: ["Definizione di criteri di accesso ai benefici"],
          outcomeIndicators: ["N° buoni/voucher erogati"],
          tools: ["Azienda Speciale Consortile", "Tavoli di confronto", "Tavoli tecnici"],
          resources: {
            financial: "budget assegnato all’Azienda Speciale Consortile",
            professional:
              "operatori Azienda Speciale Consortile, referenti comunali, operatori privato sociale, operatori sindacati, operatori sanitari",
            text: "FINANZIARIE: budget assegnato all’Azienda Speciale Consortile PROFESSIONALI: operatori Azienda Speciale Consortile, referenti comunali, operatori privato sociale, operatori sindacati, operatori sanitari",
          },
          timing: "31.12.2017",
          lines: [504, 535],
        },
      ],
      mapsTo: {
        area: "A",
        reason:
          "Economic support (buoni sociali / voucher) to families in situations of fragility: today's A) Contrasto alla povertà e all'emarginazione sociale e promozione dell'inclusione attiva. The target is not stated further (families, not elderly or disabled persons as such), so I) and D) were not chosen.",
      },
    },
    {
      code: "5",
      title:
        "creare un sistema di conoscenza (che consenta di programmare a partire dall’analisi del bisogno)",
      lines: [536, 757],
      specificObjectives: [
        {
          title:
            "Condividere in modo permanente e periodico le risorse conoscitive a disposizione dei vari attori coinvolti nell’attuazione della programmazione sociale 2015-2017",
          actions: [
            "Periodico aggiornamento dei progetti/servizi/strutture territoriali ed elaborazione di una Mappatura d’ambito, che venga diffusa e aggiornata periodicamente",
          ],
          outcomeIndicators: ["Elaborazione di una Mappatura d’Ambito (aggiornata)"],
          tools: [
            "Database, questionari, pagine web",
            "Azienda Speciale Consortile",
            "Tavoli tecnici",
            "Tavoli di confronto",
          ],
          resources: {
            financial: null,
            professional:
              "operatori Azienda Speciale Consortile, referenti comunali, operatori del privato sociale, sindacati, operatori istituzioni territoriali",
            text: "PROFESSIONALI: operatori Azienda Speciale Consortile, referenti comunali, operatori del privato sociale, sindacati, operatori istituzioni territoriali",
          },
          timing:
            "Primo Sondaggio ed Elaborazione prima mappatura: 30.06.2016 Aggiornamento periodico: ogni 6 mesi",
          lines: [549, 613],
        },
        {
          title: "Rilevare ed analizzare i bisogni locali",
          actions: [
            "Stabilire quali sono i soggetti coi quali costruire e condividere degli indicatori sociali per rilevare i bisogni locali.",
            "Valorizzare e ottimizzare la lettura delle banche dati e i contenuti dei debiti informativi già disponibili (sistema di conoscenza della programmazione locale, anagrafica sociale, spesa sociale, fondi nazionali…Regione, ASL, Comuni, Ministero, Istat, segretariato sociale), integrandoli con gli indicatori sociali costruiti in modo condiviso.",
            "Estrazione dati dall’ultimo censimento: analisi statistica sulla popolazione e sui bisogni correlati.",
            "Raccolta e analisi dei dati in possesso delle referenti comunali e costante monitoraggio degli stessi.",
          ],
          outcomeIndicators: [
            "Individuazione degli indicatori sociali funzionali alla lettura del bisogno a livello locale.",
          ],
          tools: [
            "Analisi statistiche",
            "Indicatori sociali",
            "Azienda Speciale Consortile",
            "Tavoli tecnici",
            "Tavoli di confronto",
          ],
          resources: {
            financial: null,
            professional:
              "operatori Azienda Speciale Consortile, referenti comunali, operatori terzo settore, sindacati, operatori istituzioni territoriali, incarico professionale (sociologo)",
            text: "PROFESSIONALI: operatori Azienda Speciale Consortile, referenti comunali, operatori terzo settore, sindacati, operatori istituzioni territoriali, incarico professionale (sociologo)",
          },
          timing: "Entro il 31.12.2017",
          lines: [615, 702],
        },
        {
          title:
            "Rafforzare o creare legami sociali all’interno delle comunità locali attorno ai bisogni sociali locali (rilevati) e alle priorità definite (indirizzi politici: prevenzione primaria – lodopatie, disagio abitativo e lavorativo)",
          actions: [
            "Favorire la co-progettazione pubblico privato, costruendo tavoli tematici a composizione mista pubblico-privato, sulla base dei bisogni sociali rilevati",
          ],
          outcomeIndicators: [
            "Realizzazione tavoli tematici ed elaborazione di piani di lavoro condivisi.",
            "Accordi con il privato sociale e di categoria per l’introduzione di soluzioni rispetto ai bisogni emergenti",
          ],
          tools: [],
          resources: {
            financial: null,
            professional:
              "operatori Azienda Speciale Consortile, referenti comunali, operatori privato sociale e di categoria, operatori istituzioni territoriali",
            text: "PROFESSIONALI: operatori Azienda Speciale Consortile, referenti comunali, operatori privato sociale e di categoria, operatori istituzioni territoriali",
          },
          timing: "Entro il 31.12.2017",
          lines: [706, 757],
        },
      ],
      mapsTo: {
        area: "K",
        reason:
          "A knowledge system for programming (mapping of services, social indicators, needs analysis, shared work plans with the private social sector): a system intervention of the Ufficio di Piano, today's K).",
      },
    },
    {
      code: "6",
      title: "approvazione del Regolamento Distrettuale per l’accesso alle prestazioni sociali",
      lines: [758, 848],
      specificObjectives: [
        {
          title:
            "Proseguire il percorso avviato per l’individuazione di criteri per la regolamentazione omogenea per l’accesso ai servizi sociali e le modalità di partecipazione alla spesa da parte dell’utenza, con particolare riguardo alle nuove indicazioni del DPCM 159/2013",
          actions: [
            "Concertazione tecnico – politica e con i soggetti del terzo settore per la condivisione delle regole di accesso alle prestazioni",
          ],
          outcomeIndicators: [
            "Presa d’atto del testo definitivo del regolamento distrettuale nei consigli comunali.",
            "Formalizzazione da parte del terzo settore della condivisione delle regole di accesso alle prestazioni",
            "Adozione del regolamento d’Ambito da parte dei Comuni.",
          ],
          tools: [
            "Azienda Speciale Consortile",
            "Tavoli tecnici",
            "Tavoli tematici con il privato sociale e i sindacati",
          ],
          resources: {
            financial: null,
            professional:
              "Consulente professionale specifico; tavolo tecnico; Azienda Speciale Consortile; privato sociale; sindacati",
            text: "PROFESSIONALI: Consulente professionale specifico; tavolo tecnico; Azienda Speciale Consortile; privato sociale; sindacati",
          },
          timing: "30.09.2015",
          lines: [770, 848],
        },
      ],
      mapsTo: {
        area: "K",
        reason:
          "A district-wide regulation with homogeneous access criteria and co-payment rules (ISEE, DPCM 159/2013) adopted by all the comuni: a system intervention strengthening the associated management, today's K).",
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
    {
      code: "8",
      title: "favorire attività formative",
      lines: [963, 1067],
      specificObjectives: [
        {
          title: "Garantire attività formative rivolte agli operatori del territorio e/o alla cittadinanza",
          actions: [
            "Individuazione temi su cui è necessario fare formazione.",
            "Realizzazione corsi di formazione rivolti agli operatori (es. supervisione clinica, consulenza legale, corsi organizzati dal SerT…)",
            "Realizzazione corsi di formazione rivolti alla cittadinanza (es. corso rivolto ai caregiver, corso di sensibilizzazione al tema dell’amministratore di sostegno…)",
          ],
          outcomeIndicators: [
            "Individuazione di almeno 3 tematiche",
            "n° corsi organizzati",
            "n° adesione ai corsi",
            "Frequenza",
          ],
          tools: [
            "Sondaggio rivolto sia agli operatori comunali, sia agli operatori ASL-AO, sia agli operatori del privato sociale e delle associazioni di categoria",
            "Questionari di soddisfazione",
          ],
          resources: {
            financial: "budget assegnato all’Azienda Speciale Consortile o dall’organizzatore del corso",
            professional:
              "operatori Azienda Speciale Consortile, referenti comunali, terzo settore, associazioni di categoria, consulenti",
            text: "FINANZIARIE: budget assegnato all’Azienda Speciale Consortile o dall’organizzatore del corso PROFESSIONALI: operatori Azienda Speciale Consortile, referenti comunali, terzo settore, associazioni di categoria, consulenti",
          },
          timing: "30.06.2016 31.12.2017",
          lines: [974, 1067],
        },
      ],
    },
    {
      code: "9",
      title:
        "contribuire alla programmazione sociale attraverso la funzione di osservatorio del Segretariato Sociale",
      lines: [1068, 1135],
      specificObjectives: [
        {
          title:
            "Omogeneizzare le modalità e gli strumenti operativi utilizzati dai singoli servizi sociali comunali nello svolgimento del Segretariato Sociale.",
          actions: [
            "Individuazione di una modulistica condivisa per il primo accesso dell’utenza al servizio sociale e/o l’invio ad altri servizi",
          ],
          outcomeIndicators: ["Realizzazione e uso delle modulistica da parte di tutti i Comuni."],
          tools: ["Tavoli tecnici", "Azienda Speciale Consortile"],
          resources: {
            financial: null,
            professional: "operatori comunali, Azienda Speciale Consortile",
            text: "PROFESSIONALI: operatori comunali, Azienda Speciale Consortile",
          },
          timing: "31.12.2017",
          lines: [1079, 1135],
        },
      ],
      mapsTo: {
        area: "K",
        reason:
          "Homogeneous tools of the comuni's Segretariato Sociale so that it feeds the programming (\"funzione di osservatorio\"): a system intervention of the associated management and of the Ufficio di Piano, today's K).",
      },
    },
  ],
  source: { document: DOCUMENTS.medioOlona2015To2017, lines: [1, 1145] },
} satisfies LegacyPlanInput);
