// Generated from the hand-encoded records of the seed; edit with care, and keep the slips as printed.
import { deepFreeze, type DeepReadonly } from "../../core/deep-freeze.js";
import type { SchedaObiettivoDraftInput } from "../../model/scheda-obiettivo.js";
import { DOCUMENTS } from "../_sources.js";

// The 19 schede obiettivo 2025-2027 of the Accordo di Programma e Piano di Zona 2025-2027 of the Ambito di Gallarate (chapter 5, L3812-9987), in document order, as
// printed: every field of the D.G.R. XII/2167 form, texts verbatim (or abridged with " … "), amounts in canonical
// form, blanks as `null`. Objectives 1-4 (5.1 "Obiettivi trasversali") state no home area. The slips of the document
// are kept as printed and listed in a comment above each scheda, with the encoder's notes; neither has a field in
// the model.

/**
 * The 19 schede obiettivo of the Ambito di Gallarate's Piano di Zona 2025-2027 (seed lines 3812-9987), from the four
 * transversal objectives 1-4 to objective R, as {@link SchedaObiettivoDraftInput} records: as printed,
 * blanks `null`, amounts as canonical text, each with its typed result targets and its lines. Validate them with
 * `parseSchedaObiettivoDraft`; ten are also complete strict schede.
 *
 * @example
 * ```ts
 * import { safeParseSchedaObiettivoDraft } from "piano-di-zona";
 * import { GALLARATE_SCHEDE_OBIETTIVO_2025_2027 as schede } from "piano-di-zona/datasets";
 * schede.map((scheda) => scheda.code).join(" ") //=> "1 2 3 4 C A D E F G H I L M N O P Q R"
 * schede.find((scheda) => scheda.code === "D")?.budget?.total //=> "1480000"
 * schede.every((scheda) => safeParseSchedaObiettivoDraft(scheda).success) //=> true
 * ```
 * @category Datasets
 */
export const GALLARATE_SCHEDE_OBIETTIVO_2025_2027: readonly DeepReadonly<SchedaObiettivoDraftInput>[] =
  deepFreeze([
    // Obiettivo 1: Mappatura, collaborazione e messa in rete (L3812-4092)
    // Slip L4064: "almeno 1 tavoli di lavoro specifico": singular count with plural noun (printed as is; minor
    // typo).
    // Note: Home area: the scheda sits in section 5.1 "Obiettivi trasversali" (L3810), which has no regional
    // macro-area, and the form has no AREA DI POLICY field; the transversality answer says the objective is
    // "trasversale a tutte le diverse aree di policy" without naming any area. policyArea null.
    // Note: Transversality: answer Sì, but no area letter is printed ("a tutte le diverse aree di policy"), so
    // areas is [].
    // Note: Key points (L3871-3877) are printed under "Punti chiave trasversali a tutte le aree di policy:" with
    // no area letter: they are held as printed, with no area (`area: null`), so the scheda is a draft only (the
    // strict form needs an area for each point).
    // Note: No "(prioritario)" mark in the heading (L3812): priority null.
    // Note: Continuity: the form does not name the previous objective; the 2021-2023 list has an objective 1 with
    // the same title (L805 ff.), so previousObjective is omitted.
    // Note: New service: the answer is "No, …" (a tool, not a service); none of the form's three options was
    // chosen, so kind is null.
    // Note: Result targets: A1-1 prints no period; the plan's triennium is assumed (per: triennium). A2-1
    // ("almeno 1 Protocollo") is typed as a deliverable (one document).
    // Note: Scheda 1 states no LEPS.
    {
      code: "1",
      form: "pdz-dgr-2167",
      heading: "1 - Mappatura, collaborazione e messa in rete",
      policyArea: null,
      policyAreaBasis: "not-stated",
      leps: [],
      priority: null,
      title: "Mappatura, collaborazione e messa in rete",
      goals:
        "L’obiettivo vuole rispondere alla necessità di creare una rete di servizi territoriali flessibili e, a questo scopo, prevede di realizzare e diffondere uno strumento condiviso per far conoscere competenze e risorse che i vari Enti del territorio hanno a disposizione, specificato nel dettaglio, in modo da agevolare la presa in carico e strutturare protocolli di collaborazione, funzionali a creare sinergie tra servizi e risorse, rendendoli più omogenei nel territorio.",
      actions: [
        {
          code: "Azione 1",
          title:
            "Strutturazione del lavoro di rete sulle utenze fragili tramite la creazione di opportuni tavoli di lavoro per creare protocolli di collaborazione tra enti, monitorandone l’attuazione, al fine di rendere più omogenee le risposte nel territorio, in un’ottica di sussidiarietà orizzontale.",
          lines: [3828, 3832],
        },
        {
          code: "Azione 2",
          title:
            "Strutturazione di protocolli di collaborazione, funzionali a una presa in carico che crei sinergie tra servizi e risorse.",
          lines: [3834, 3836],
        },
        {
          code: "Azione 3",
          title:
            "costruzione e implementazione di uno strumento condiviso per far conoscere competenze e risorse che i vari enti del territorio hanno a disposizione, in modo da agevolare la presa in carico",
          lines: [3838, 3841],
        },
      ],
      target:
        "I destinatari diretti dell’intervento sono tutti gli enti, le organizzazioni e le associazioni di volontariato presenti sul territorio e i servizi sociosanitari e sanitari. I destinatari indiretti, in generale sono tutta la comunità e i volontari, i quali godranno dell’effetto di una maggiore ricchezza sociale e relazionale all’interno del territorio.",
      budget: {
        total: "30000",
        printedTotal: "€. 30.000,00",
        lines: [
          { fund: "fnps", label: "FNPS", amount: null, lines: [3855, 3855] },
          { fund: "altro", label: "Fondi d’Ambito", amount: null, lines: [3855, 3855] },
          {
            fund: "altro",
            label: "altre fonti di finanziamento dedicate",
            amount: null,
            lines: [3855, 3856],
          },
        ],
        text: "L’Ambito per la realizzazione dell’Obiettivo stima una spesa nel triennio pari ad €. 30.000,00 (FNPS-Fondi d’Ambito-altre fonti di finanziamento dedicate).",
        source: { document: DOCUMENTS.gallarate, lines: [3853, 3856] },
      },
      staff: "EE.PP. – PRIVATI - ETS",
      transversal: {
        answer: "si",
        areas: [],
        allAreas: true,
        text: "Sì, l’obiettivo rappresenta un’azione di sistema trasversale a tutte le diverse aree di policy. Le progettualità che verranno sviluppate saranno riconducibili a una o più aree integrate.",
      },
      keyPoints: [
        // Under "Punti chiave trasversali a tutte le aree di policy:" (L3871), no area letter.
        { area: null, point: "Rafforzamento delle reti sociali" }, // L3873
        { area: null, point: "Nuovi strumenti di governance" }, // L3874
        { area: null, point: "Revisione/potenziamento degli strumenti di governance dell’Ambito" }, // L3875-3877
      ],
      asstInAnalysis: { answer: "no", lines: [3884, 3884] },
      asstInDelivery: {
        answer: "si",
        text: "Sì, ASST sarà coinvolta nella mappatura dei propri servizi.",
        lines: [3892, 3892],
      },
      cooperationWithOtherAmbiti: { answer: "no", lines: [3898, 3898], ambiti: [] },
      continuity: { answer: "si", text: "Sì, è in continuità.", lines: [3904, 3904] },
      newService: {
        kind: null,
        text: "No, prevede la creazione di uno strumento che permetta la condivisione delle informazioni.",
      },
      premialProject: { answer: "no", lines: [3920, 3920] },
      coProgrammed: {
        answer: "si",
        text: "Sì, il presente obiettivo è frutto di un percorso di co- programmazione con gli operatori e attori della rete territoriale che hanno aderito alla manifestazione d’interesse promossa dall’Ambito.",
        lines: [3926, 3929],
        acts: [
          { kind: "avviso", text: "manifestazione d’interesse promossa dall’Ambito", lines: [3928, 3929] },
        ],
      },
      coDesigned: { answer: "no", lines: [3936, 3936] },
      thirdSectorInvolvement:
        "Coinvolgimento degli enti del Terzo Settore che gestiscono servizi nel territorio dell’Ambito attraverso l’adesione ad un avviso pubblico.",
      otherActors: {
        answer: "si",
        text: "Sì, l’obiettivo prevede il coinvolgimento di svariati enti pubblici e privati attivi nel territorio dell’Ambito attraverso l’adesione ad un avviso pubblico.",
        lines: [3959, 3961],
        actors: ["svariati enti pubblici e privati attivi nel territorio dell’Ambito"],
      },
      needs: {
        text: "I bisogni ai quali questo obiettivo intende rispondere sono: la necessità di ricostruire relazioni efficaci con le istituzioni; il bisogno di co-progettare interventi per la risposta ai bisogni dei cittadini (minori, anziani, persone con disabilità, donne, persone in condizione di fragilità, famiglie, ecc) con obiettivi e metodo comuni tra i diversi servizi; la necessità di ricomporre le risorse, le competenze e il lavoro della comunità per riprogettare servizi.",
        indicators: [],
      },
      needKind: { kind: "bisogno-consolidato", text: "Bisogno consolidato" },
      preventionKind: ["promozionale", "preventivo", "riparativo"],
      preventionText: "L’obiettivo è sia di tipo promozionale/preventivo che riparativo.",
      innovation: { answer: "no", lines: [4006, 4006] },
      digitalisation: { answer: "si", text: "Sì, lo strumento è digitale.", lines: [4016, 4016] },
      processIndicators: {
        text: "Azione 1: Strutturazione del lavoro di rete sulle utenze fragili … Azione 2: Strutturazione di protocolli di collaborazione, … Azione 3: costruzione e implementazione di uno strumento condiviso …",
        indicators: [
          { action: "Azione 1", text: "numero tavoli di lavoro creati", lines: [4030, 4030] },
          { action: "Azione 1", text: "numero riunioni/trimestre dei tavoli di lavoro", lines: [4031, 4031] },
          { action: "Azione 1", text: "numero enti pubblici partecipanti ai tavoli", lines: [4032, 4032] },
          {
            action: "Azione 1",
            text: "numero enti privati e del privato sociale partecipanti ai tavoli",
            lines: [4033, 4034],
          },
          { action: "Azione 1", text: "numero di protocolli di collaborazione creati.", lines: [4035, 4035] },
          { action: "Azione 2", text: "numero enti pubblici coinvolti nella rete", lines: [4043, 4043] },
          {
            action: "Azione 2",
            text: "numero enti privati e del privato sociale coinvolti nella rete",
            lines: [4044, 4045],
          },
          {
            action: "Azione 2",
            text: "numero di “eventi” on site e on line di confronto fra gli enti coinvolti",
            lines: [4046, 4047],
          },
          {
            action: "Azione 2",
            text: "numero e tipologia di enti partecipanti agli eventi.",
            lines: [4048, 4048],
          },
          {
            action: "Azione 3",
            text: "numero enti coinvolti nella strutturazione dello strumento",
            lines: [4056, 4057],
          },
          { action: "Azione 3", text: "numero enti mappati nello strumento.", lines: [4058, 4058] },
        ],
      },
      outputIndicators: {
        text: "Azione 1) Creazione di almeno 1 tavoli di lavoro specifico; Almeno l’80% degli enti coinvolti partecipano agli incontri. Azione 2) Stesura e sottoscrizione di almeno 1 Protocollo per la presa in carico integrata tra servizi. Azione 3) Creazione di 1 strumento condiviso per il miglioramento della presa in carico (Si/No).",
        indicators: [
          {
            action: "Azione 1",
            text: "Creazione di almeno 1 tavoli di lavoro specifico",
            lines: [4064, 4064],
          },
          {
            action: "Azione 1",
            text: "Almeno l’80% degli enti coinvolti partecipano agli incontri.",
            lines: [4065, 4067],
          },
          {
            action: "Azione 2",
            text: "Stesura e sottoscrizione di almeno 1 Protocollo per la presa in carico integrata tra servizi.",
            lines: [4071, 4072],
          },
          {
            action: "Azione 3",
            text: "Creazione di 1 strumento condiviso per il miglioramento della presa in carico (Si/No).",
            lines: [4076, 4077],
          },
        ],
      },
      outcomeIndicators: {
        text: "L'impatto che tale intervento vorrebbe produrre, si può sintetizzare come segue: Miglioramento della presa in carico; Miglioramento della collaborazione tra gli Enti coinvolti; Aumento di protocolli operativi applicati efficacemente; Miglioramento della qualità di risposta ai bisogni da parte della comunità.",
        indicators: [
          { text: "Miglioramento della presa in carico", lines: [4083, 4083] },
          { text: "Miglioramento della collaborazione tra gli Enti coinvolti", lines: [4084, 4086] },
          { text: "Aumento di protocolli operativi applicati efficacemente", lines: [4087, 4089] },
          {
            text: "Miglioramento della qualità di risposta ai bisogni da parte della comunità.",
            lines: [4090, 4092],
          },
        ],
      },
      targets: [
        {
          id: "A1-1",
          action: "Azione 1",
          text: "Creazione di almeno 1 tavoli di lavoro specifico",
          lines: [4064, 4064],
          kind: "count-at-least",
          min: 1,
          unit: "tavoli di lavoro specifico",
          per: "triennium",
        },
        {
          id: "A1-2",
          action: "Azione 1",
          text: "Almeno l’80% degli enti coinvolti partecipano agli incontri.",
          lines: [4065, 4067],
          kind: "share-at-least",
          minPercent: "80",
          numerator: "enti coinvolti che partecipano agli incontri",
          denominator: "enti coinvolti",
        },
        {
          id: "A2-1",
          action: "Azione 2",
          text: "Stesura e sottoscrizione di almeno 1 Protocollo per la presa in carico integrata tra servizi.",
          lines: [4071, 4072],
          kind: "deliverable",
          deliverable: "Protocollo per la presa in carico integrata tra servizi (stesura e sottoscrizione)",
        },
        {
          id: "A3-1",
          action: "Azione 3",
          text: "Creazione di 1 strumento condiviso per il miglioramento della presa in carico (Si/No).",
          lines: [4076, 4077],
          kind: "deliverable",
          deliverable: "strumento condiviso per il miglioramento della presa in carico",
        },
      ],
      source: { document: DOCUMENTS.gallarate, lines: [3812, 4092] },
    },
    // Obiettivo 2: Co-progettazione e valorizzazione delle competenze progettuali (L4096-4374)
    // Note: Home area: section 5.1 "Obiettivi trasversali" (L3810), no regional macro-area; no AREA DI POLICY
    // field; the transversality answer names no area. policyArea null.
    // Note: Transversality: answer Sì, "trasversale a tutte le diverse aree di policy", no area letter printed:
    // areas [].
    // Note: Key points (L4157-4161) are printed under "Punti chiave trasversali a tutte le aree di policy:" with
    // no area letter: they are held as printed, with no area (`area: null`), so the scheda is a draft only.
    // Note: No "(prioritario)" mark in the heading (L4096): priority null.
    // Note: Continuity: "Sì" (L4188); the form does not name the previous objective (2021-2023 objective 2 has
    // the same title).
    // Note: Result targets A2-1, A3-1 and A3-2 print no period; the plan's triennium is assumed.
    // Note: The co-programming answer names no act ("che hanno aderito."), so no ActReference.
    // Note: Scheda 2 states no LEPS.
    {
      code: "2",
      form: "pdz-dgr-2167",
      heading: "2 - Co-progettazione e valorizzazione delle competenze progettuali",
      policyArea: null,
      policyAreaBasis: "not-stated",
      leps: [],
      priority: null,
      title: "Co-progettazione e valorizzazione delle competenze progettuali",
      goals:
        "Questo obiettivo prevede di creare una rete di soggetti pubblici e privati che possano sviluppare competenze e idee progettuali per capitalizzare le risorse economiche che arriveranno o da candidare a bandi di finanziamento, anche a livello europeo, strutturando modalità di attivazione congiunta e di sistemi di valutazione per raggiungere e soddisfare obiettivi comuni.",
      actions: [
        {
          code: "Azione 1",
          title:
            "sviluppo di idee progettuali e messa in rete di soggetti competenti per capitalizzare le risorse economiche che arriveranno, strutturando anche sistemi di valutazione;",
          lines: [4112, 4114],
        },
        {
          code: "Azione 2",
          title:
            "ideazione di progetti da candidare a bandi di finanziamento, anche a livello europeo, in collaborazione e partenariato pubblico-privato, dotandosi delle risorse umane e delle competenze professionali necessarie;",
          lines: [4116, 4119],
        },
        {
          code: "Azione 3",
          title:
            "formazione sulla co-progettazione e progettazione nazionale/europea, oltre che formazione sulle regole della rendicontazione.",
          lines: [4121, 4123],
        },
      ],
      target:
        "I destinatari diretti dell’intervento sono tutti gli enti pubblici e privati, le organizzazioni e le associazioni di volontariato presenti sul territorio e i servizi socio-sanitari e sanitari. I destinatari indiretti, in generale sono tutta la comunità e i volontari, i quali godranno dell’effetto di una maggiore ricchezza sociale e relazionale all’interno del territorio.",
      budget: {
        total: "105000",
        printedTotal: "€. 105.000,00",
        lines: [
          { fund: "fnps", label: "FNPS", amount: null, lines: [4136, 4136] },
          { fund: "altro", label: "Fondi d’Ambito", amount: null, lines: [4136, 4136] },
          {
            fund: "altro",
            label: "altre fonti di finanziamento dedicate",
            amount: null,
            lines: [4137, 4137],
          },
        ],
        text: "L’Ambito per la realizzazione dell’Obiettivo stima una spesa nel triennio pari ad €. 105.000,00 (FNPS-Fondi d’Ambito- altre fonti di finanziamento dedicate).",
        source: { document: DOCUMENTS.gallarate, lines: [4135, 4137] },
      },
      staff: "EE.PP. – PRIVATO SOCIALE - ETS",
      transversal: {
        answer: "si",
        areas: [],
        allAreas: true,
        text: "Sì, l’obiettivo rappresenta un’azione di sistema trasversale a tutte le diverse aree di policy. Le progettualità che verranno sviluppate saranno riconducibili a una o più aree integrate.",
      },
      keyPoints: [
        // Under "Punti chiave trasversali a tutte le aree di policy:" (L4157), no area letter.
        { area: null, point: "Allargamento della rete e co-programmazione" }, // L4159
        { area: null, point: "Rafforzamento delle reti sociali" }, // L4160
        { area: null, point: "Nuovi strumenti di governance" }, // L4161
      ],
      asstInAnalysis: { answer: "no", lines: [4168, 4168] },
      asstInDelivery: { answer: "no", lines: [4176, 4176] },
      cooperationWithOtherAmbiti: { answer: "no", lines: [4182, 4182], ambiti: [] },
      continuity: { answer: "si", text: "Sì", lines: [4188, 4188] },
      newService: {
        kind: "nuovo-servizio",
        text: "Nuovo servizio (implementazione di una nuova modalità di lavoro congiunto tra gli enti del territorio).",
      },
      premialProject: { answer: "no", lines: [4202, 4202] },
      coProgrammed: {
        answer: "si",
        text: "Sì, il presente obiettivo è frutto di un percorso di co- programmazione con gli operatori e attori della rete territoriale che hanno aderito.",
        lines: [4212, 4214],
      },
      coDesigned: { answer: "no", lines: [4221, 4221] },
      thirdSectorInvolvement:
        "Coinvolgimento degli enti del Terzo Settore del territorio dell’Ambito attraverso l’adesione ad un avviso pubblico.",
      otherActors: {
        answer: "si",
        text: "Sì, l’obiettivo prevede il coinvolgimento di svariati enti pubblici e privati.",
        lines: [4243, 4244],
        actors: ["svariati enti pubblici e privati"],
      },
      needs: {
        text: "I bisogni ai quali questo obiettivo intende rispondere sono: La necessità di capitalizzare le risorse economiche in arrivo da progettualità finanziate con fondi nazionali ed europei; Debole rete tra enti capace di trasmettere le conoscenze tra servizi.",
        indicators: [],
      },
      needKind: { kind: "bisogno-consolidato", text: "Bisogno consolidato" },
      preventionKind: ["promozionale", "preventivo", "riparativo"],
      preventionText: "L’obiettivo è di tipo promozionale/preventivo, sia di tipo riparativo.",
      innovation: {
        answer: "si",
        text: "Sì, nella creazione di un partenariato pubblico-privato per la stesura e candidatura di progetti.",
        lines: [4285, 4286],
      },
      digitalisation: {
        answer: "si",
        text: "Sì, aspetti relativi alla ricerca di bandi per accesso a finanziamenti e aspetti relativi alle modalità organizzative di incontro e di partecipazione a corsi di formazione sul tema della progettazione.",
        lines: [4294, 4297],
      },
      processIndicators: {
        text: "Azione 1: sviluppo di idee progettuali e messa in rete di soggetti competenti … Azione 2: ideazione di progetti da candidare a bandi di finanziamento, … Azione 3: formazione sulla co-progettazione e progettazione nazionale/europea, …",
        indicators: [
          { action: "Azione 1", text: "numero di soggetti inseriti nella rete", lines: [4309, 4309] },
          { action: "Azione 1", text: "attivazione di sistemi di valutazione", lines: [4310, 4310] },
          { action: "Azione 1", text: "numero di idee progettuali sviluppate.", lines: [4311, 4311] },
          { action: "Azione 2", text: "numero di progetti elaborati", lines: [4319, 4319] },
          { action: "Azione 2", text: "numero di linee di finanziamento esaminate", lines: [4320, 4320] },
          { action: "Azione 2", text: "numero di progetti candidati", lines: [4321, 4321] },
          {
            action: "Azione 2",
            text: "numero di soggetti pubblici inseriti nei partenariati",
            lines: [4322, 4322],
          },
          {
            action: "Azione 2",
            text: "numero di soggetti privati inseriti nei partenariati",
            lines: [4323, 4323],
          },
          {
            action: "Azione 2",
            text: "numero di enti europei inseriti nei partenariati",
            lines: [4324, 4324],
          },
          {
            action: "Azione 2",
            text: "numero risorse umane dedicate al lavoro di progettazione.",
            lines: [4325, 4326],
          },
          {
            action: "Azione 3",
            text: "numero ore di formazione specifica sulla progettazione",
            lines: [4333, 4334],
          },
          {
            action: "Azione 3",
            text: "numero unità di personale coinvolto nella formazione",
            lines: [4335, 4335],
          },
          { action: "Azione 3", text: "numero cicli di formazione avviati.", lines: [4336, 4336] },
        ],
      },
      outputIndicators: {
        text: "Azione 1) Creazione della Rete (sì/no); Sviluppo di almeno 2 idee progettuali ideate dalla Rete nel triennio. Azione 2) Almeno 3 progetti candidati su bandi privati o pubblici; Almeno 1 progetto realizzato nel triennio. Azione 3) Organizzazione di almeno 1 ciclo di formazione sui temi della co-progettazione, progettazione e rendicontazione. Almeno 25 operatori formati sulle tematiche definite (co-progettazione, progettazione, rendicontazione).",
        indicators: [
          { action: "Azione 1", text: "Creazione della Rete (sì/no)", lines: [4343, 4343] },
          {
            action: "Azione 1",
            text: "Sviluppo di almeno 2 idee progettuali ideate dalla Rete nel triennio.",
            lines: [4344, 4346],
          },
          {
            action: "Azione 2",
            text: "Almeno 3 progetti candidati su bandi privati o pubblici",
            lines: [4349, 4350],
          },
          { action: "Azione 2", text: "Almeno 1 progetto realizzato nel triennio.", lines: [4352, 4352] },
          {
            action: "Azione 3",
            text: "Organizzazione di almeno 1 ciclo di formazione sui temi della co-progettazione, progettazione e rendicontazione.",
            lines: [4356, 4358],
          },
          {
            action: "Azione 3",
            text: "Almeno 25 operatori formati sulle tematiche definite (co-progettazione, progettazione, rendicontazione).",
            lines: [4360, 4361],
          },
        ],
      },
      outcomeIndicators: {
        text: "L'impatto che tale intervento vorrebbe produrre, si può sintetizzare come segue: Miglioramento della collaborazione tra enti; Aumento delle iniziative progettuali; Miglioramento delle conoscenze degli operatori in materia di co-progettazione, progettazione e rendicontazione.",
        indicators: [
          { text: "Miglioramento della collaborazione tra enti", lines: [4369, 4369] },
          { text: "Aumento delle iniziative progettuali", lines: [4370, 4370] },
          {
            text: "Miglioramento delle conoscenze degli operatori in materia di co-progettazione, progettazione e rendicontazione.",
            lines: [4371, 4374],
          },
        ],
      },
      targets: [
        {
          id: "A1-1",
          action: "Azione 1",
          text: "Creazione della Rete (sì/no)",
          lines: [4343, 4343],
          kind: "deliverable",
          deliverable: "Rete",
        },
        {
          id: "A1-2",
          action: "Azione 1",
          text: "Sviluppo di almeno 2 idee progettuali ideate dalla Rete nel triennio.",
          lines: [4344, 4346],
          kind: "count-at-least",
          min: 2,
          unit: "idee progettuali ideate dalla Rete",
          per: "triennium",
        },
        {
          id: "A2-1",
          action: "Azione 2",
          text: "Almeno 3 progetti candidati su bandi privati o pubblici",
          lines: [4349, 4350],
          kind: "count-at-least",
          min: 3,
          unit: "progetti candidati su bandi privati o pubblici",
          per: "triennium",
        },
        {
          id: "A2-2",
          action: "Azione 2",
          text: "Almeno 1 progetto realizzato nel triennio.",
          lines: [4352, 4352],
          kind: "count-at-least",
          min: 1,
          unit: "progetti realizzati",
          per: "triennium",
        },
        {
          id: "A3-1",
          action: "Azione 3",
          text: "Organizzazione di almeno 1 ciclo di formazione sui temi della co-progettazione, progettazione e rendicontazione.",
          lines: [4356, 4358],
          kind: "count-at-least",
          min: 1,
          unit: "cicli di formazione sui temi della co-progettazione, progettazione e rendicontazione",
          per: "triennium",
        },
        {
          id: "A3-2",
          action: "Azione 3",
          text: "Almeno 25 operatori formati sulle tematiche definite (co-progettazione, progettazione, rendicontazione).",
          lines: [4360, 4361],
          kind: "count-at-least",
          min: 25,
          unit: "operatori formati",
          per: "triennium",
        },
      ],
      source: { document: DOCUMENTS.gallarate, lines: [4096, 4374] },
    },
    // Obiettivo 3: Ricomposizione delle informazioni e potenziamento della capacità orientativa dei servizi territoriali (L4378-4718)
    // Note: Home area: section 5.1 "Obiettivi trasversali" (L3810) has no regional macro-area and the form has no
    // AREA DI POLICY field; the form names only transversal areas (A, E, F, J). policyArea null.
    // Note: Priority: "(prioritario)" printed in the heading (L4379).
    // Note: Source ends at L4718, the last printed line of the form (the map's L4719 is a blank line).
    // Note: Co-design: the box gives no SI/NO, only "Nella realizzazione delle azioni citate sopra, verrà
    // valorizzata questa modalità …" (L4550-4552): answer null, text kept.
    // Note: Field 17 (modalità di coinvolgimento del Terzo Settore) is blank (L4564): null.
    // Note: Results are printed as "N. 1 mappatura" (two spaces, L4685-4687); encoded with one space (whitespace
    // is normalised).
    // Note: Scheda 3 states no LEPS.
    {
      code: "3",
      form: "pdz-dgr-2167",
      heading:
        "3 - Ricomposizione delle informazioni e potenziamento della capacità orientativa dei servizi territoriali (prioritario)",
      policyArea: null,
      policyAreaBasis: "not-stated",
      leps: [],
      priority: true,
      title:
        "Ricomposizione delle informazioni e potenziamento della capacità orientativa dei servizi territoriali",
      goals:
        "Tale obiettivo vuole rispondere al bisogno di orientamento nel panorama dei servizi territoriali che determinate fasce di popolazione caratterizzate da multidimensionalità della fragilità sperimentano. Per far questo, è necessario mettere in rete le informazioni a disposizione dei nodi che compongono la rete sociosanitaria composta da Comuni, ASST, ATS e Terzo Settore, per poi costituire, grazie alla messa in comune delle conoscenze del territorio, centri multiservizi o sportelli specifici per far fronte al bisogno orientativo ed informativo espresso da persone anziane, persone con disabilità e persone straniere.",
      actions: [
        {
          code: "Azione 1",
          title:
            "Valutare le opzioni per permettere la realizzazione di uno scambio tra enti ed una messa in rete delle informazioni sociali, sanitarie e sociosanitarie che riguardano i target elencati.",
          lines: [4400, 4403],
        },
        {
          code: "Azione 2",
          title:
            "Ricomposizione delle informazioni raccolte, in strumenti anche accessibili agli utenti sotto forma di mappature dei servizi sul territorio.",
          lines: [4405, 4407],
        },
        {
          code: "Azione 3",
          title:
            "Costituzione di uno Sportello (fisico e/o online) integrato da informazioni legislative, sociali, sanitarie e sociosanitarie dedicato all’orientamento degli utenti nel panorama dei servizi, dei percorsi e delle attività a loro rivolte, nonché al supporto pratico per richiedere l’accesso ai servizi, agli interventi e ai sussidi.",
          lines: [4409, 4414],
        },
      ],
      target: "Persone con disabilità, persone anziane, persone straniere, cittadinanza in generale.",
      budget: {
        total: "75000",
        printedTotal: "€. 75.000,00",
        lines: [
          { fund: "fnps", label: "FNPS", amount: null, lines: [4426, 4426] },
          { fund: "altro", label: "Fondi d’Ambito", amount: null, lines: [4426, 4426] },
          {
            fund: "altro",
            label: "altre fonti di finanziamento dedicate",
            amount: null,
            lines: [4426, 4427],
          },
        ],
        text: "L’Ambito per la realizzazione dell’Obiettivo stima una spesa nel triennio pari ad €. 75.000,00 (FNPS-Fondi d’Ambito-altre fonti di finanziamento dedicate).",
        source: { document: DOCUMENTS.gallarate, lines: [4425, 4427] },
      },
      staff: "EE.PP. - ETS",
      transversal: {
        answer: "si",
        areas: ["A", "E", "F", "J"],
        text: "Sì: A) Contrasto alla povertà, all’emarginazione sociale e promozione dell’inclusione attiva; E) Anziani; F) Digitalizzazione dei servizi; J) Interventi a favore delle persone con disabilità.",
      },
      keyPoints: [
        { area: "A", point: "Allargamento della rete e coprogrammazione" },
        { area: "A", point: "Contrasto all’isolamento" },
        { area: "A", point: "Vulnerabilità multidimensionale" },
        { area: "A", point: "Presenza di nuovi soggetti a rischio/nuova utenza rispetto al passato" },
        { area: "A", point: "Nuovi strumenti di governance" },
        { area: "A", point: "Facilitare l’accesso alle opportunità di benessere e partecipazione attiva" },
        { area: "E", point: "Accesso ai servizi" },
        { area: "E", point: "Contrasto all’isolamento" },
        { area: "E", point: "Allargamento della rete e coprogrammazione" },
        { area: "E", point: "Nuova utenza rispetto al passato" },
        { area: "E", point: "Nuovi strumenti di governance" },
        { area: "F", point: "Digitalizzazione del servizio" },
        { area: "F", point: "Integrazione e rafforzamento del collegamento tra i nodi della rete" },
        {
          area: "J",
          point: "Filiera integrata che accompagni la persona nel percorso di vita fino al Dopo di Noi",
        },
        { area: "J", point: "Allargamento della rete e coprogrammazione" },
        { area: "J", point: "Nuovi strumenti di governance" },
        { area: "J", point: "Contrasto all’isolamento" },
      ],
      asstInAnalysis: { answer: "no", text: "No.", lines: [4491, 4491] },
      asstInDelivery: {
        answer: "si",
        text: "Sì, ASST viene coinvolta in quanto parte della rete sociosanitaria del territorio con il compito di costituire, con il resto della rete, una mappatura integrata dei servizi e degli interventi rivolti ai target.",
        lines: [4499, 4502],
      },
      cooperationWithOtherAmbiti: { answer: "no", lines: [4511, 4511], ambiti: [] },
      continuity: { answer: "no", lines: [4517, 4517] },
      newService: { kind: "nuovo-servizio", text: "Nuovo servizio" },
      premialProject: { answer: "no", lines: [4533, 4533] },
      coProgrammed: {
        answer: "si",
        text: "Sì, il presente obiettivo è frutto di un percorso di co- programmazione con gli operatori e attori della rete territoriale che hanno aderito alla manifestazione d’interesse promossa dall’Ambito.",
        lines: [4540, 4543],
        acts: [
          { kind: "avviso", text: "manifestazione d’interesse promossa dall’Ambito", lines: [4542, 4543] },
        ],
      },
      coDesigned: {
        answer: null,
        text: "Nella realizzazione delle azioni citate sopra, verrà valorizzata questa modalità di coinvolgimento del Terzo Settore.",
        lines: [4550, 4552],
      },
      thirdSectorInvolvement: null,
      otherActors: {
        answer: "si",
        text: "Sì, prevede il coinvolgimento di associazioni di promozione sociale per la costituzione e aggiornamento della mappatura dei servizi.",
        lines: [4572, 4574],
        actors: ["associazioni di promozione sociale"],
      },
      needs: {
        text: "L’intervento risponde: al bisogno dell’utenza in condizione di multidimensionalità della fragilità di sapersi orientare nel campo dei servizi territoriali a loro rivolti. al bisogno di ricevere informazioni che integrino le informazioni sui servizi, interventi e sussidi erogati dall’Ambito Territoriale Sociale e dall’ASST.",
        indicators: [],
      },
      needKind: {
        kind: "nuovo-bisogno",
        text: "NUOVO BISOGNO, emerso dalla difficoltà esperita dalle persone appartenenti al target di avere una fonte informativa che possa dotarli di tutta la conoscenza necessaria e sufficiente per sapersi muovere all’interno del panorama dei servizi territoriali.",
      },
      preventionKind: ["promozionale", "preventivo"],
      preventionText: "PROMOZIONALE/PREVENTIVO",
      innovation: { answer: "no", lines: [4618, 4618] },
      digitalisation: {
        answer: "si",
        text: "Sì, presenta aspetti inerenti alla digitalizzazione da un punto di vista principalmente erogativo (mappature consultabili online, servizio di sportello orientativo/informativo/di supporto sia fisico che online)",
        lines: [4626, 4629],
      },
      processIndicators: {
        text: "Azione 1: Valutare le opzioni per permettere la realizzazione di uno scambio tra enti … Azione 2: Ricomposizione delle informazioni raccolte, … Azione 3: Costituzione di uno Sportello (fisico e/o online) …",
        indicators: [
          {
            action: "Azione 1",
            text: "N. di incontri e riunioni per la definizione della rete",
            lines: [4642, 4642],
          },
          {
            action: "Azione 1",
            text: "N. di protocolli/accordi e/o strumenti siglati tra gli attori territoriali",
            lines: [4643, 4644],
          },
          { action: "Azione 1", text: "N. di incontri tra ASST/Ambito avviati", lines: [4645, 4645] },
          {
            action: "Azione 1",
            text: "N. di persone presenti agli incontri ad ogni seduta.",
            lines: [4646, 4646],
          },
          {
            action: "Azione 2",
            text: "N. interventi e servizi inclusi nella mappatura (un indicatore per mappatura)",
            lines: [4653, 4654],
          },
          { action: "Azione 2", text: "N. enti inclusi nella rete.", lines: [4655, 4655] },
          {
            action: "Azione 3",
            text: "N. personale formato per il servizio di orientamento/informazione/supporto",
            lines: [4665, 4666],
          },
          {
            action: "Azione 3",
            text: "N. personale impiegato per il servizio di orientamento/informazione/supporto",
            lines: [4667, 4668],
          },
          {
            action: "Azione 3",
            text: "N. di richieste di informazione soddisfatte per sportello",
            lines: [4669, 4669],
          },
          {
            action: "Azione 3",
            text: "N. di richieste di orientamento soddisfatte per sportello",
            lines: [4670, 4670],
          },
          {
            action: "Azione 3",
            text: "N. di richieste di supporto nella compilazione di documenti soddisfatte per sportello.",
            lines: [4671, 4672],
          },
        ],
      },
      outputIndicators: {
        text: "Azione 1) Definire un piano per la messa in condivisione delle informazioni sui target (sì/no). Azione 2) Realizzare una mappatura per target dell’obiettivo: N. 1 mappatura sul target persone con disabilità; N. 1 mappatura sul target persone anziane; N. 1 mappatura sul target persone straniere. Azione 3) Realizzare e rendere operativo uno sportello informativo/orientativo e di supporto ai tre target. realizzato uno sportello informativo/orientativo e di supporto sui 3 target (sì/no).",
        indicators: [
          {
            action: "Azione 1",
            text: "Definire un piano per la messa in condivisione delle informazioni sui target (sì/no).",
            lines: [4678, 4679],
          },
          {
            action: "Azione 2",
            text: "N. 1 mappatura sul target persone con disabilità",
            lines: [4685, 4685],
          },
          { action: "Azione 2", text: "N. 1 mappatura sul target persone anziane", lines: [4686, 4686] },
          { action: "Azione 2", text: "N. 1 mappatura sul target persone straniere.", lines: [4687, 4687] },
          {
            action: "Azione 3",
            text: "realizzato uno sportello informativo/orientativo e di supporto sui 3 target (sì/no).",
            lines: [4693, 4695],
          },
        ],
      },
      outcomeIndicators: {
        text: "Le azioni svolte nel contesto di questo obiettivo andranno ad impattare sulla capacità di orientamento del sistema dei servizi e sulla sua capacità di integrare informazioni sociali con quelle sociosanitarie. L’impatto è sintetizzabile come segue: miglioramento della conoscenza del sistema dei servizi sociali e sociosanitari da parte dell’utenza; Incremento dell’integrazione sociosanitaria delle informazioni date all’utenza. In modo indiretto, migliorando la conoscenza della rete integrata dei servizi e delle modalità di accesso, dovrebbero al contempo diminuire gli errori commessi dagli utenti nell’interfacciarsi con i servizi del territorio: miglioramento dell’efficienza dei servizi di front office.",
        indicators: [
          {
            text: "miglioramento della conoscenza del sistema dei servizi sociali e sociosanitari da parte dell’utenza",
            lines: [4707, 4709],
          },
          {
            text: "Incremento dell’integrazione sociosanitaria delle informazioni date all’utenza.",
            lines: [4710, 4712],
          },
          { text: "miglioramento dell’efficienza dei servizi di front office.", lines: [4718, 4718] },
        ],
      },
      targets: [
        {
          id: "A1-1",
          action: "Azione 1",
          text: "Definire un piano per la messa in condivisione delle informazioni sui target (sì/no).",
          lines: [4678, 4679],
          kind: "deliverable",
          deliverable: "piano per la messa in condivisione delle informazioni sui target",
        },
        {
          id: "A2-1",
          action: "Azione 2",
          text: "N. 1 mappatura sul target persone con disabilità",
          lines: [4685, 4685],
          kind: "deliverable",
          deliverable: "mappatura sul target persone con disabilità",
        },
        {
          id: "A2-2",
          action: "Azione 2",
          text: "N. 1 mappatura sul target persone anziane",
          lines: [4686, 4686],
          kind: "deliverable",
          deliverable: "mappatura sul target persone anziane",
        },
        {
          id: "A2-3",
          action: "Azione 2",
          text: "N. 1 mappatura sul target persone straniere.",
          lines: [4687, 4687],
          kind: "deliverable",
          deliverable: "mappatura sul target persone straniere",
        },
        {
          id: "A3-1",
          action: "Azione 3",
          text: "realizzato uno sportello informativo/orientativo e di supporto sui 3 target (sì/no).",
          lines: [4693, 4695],
          kind: "deliverable",
          deliverable:
            "sportello informativo/orientativo e di supporto sui 3 target (realizzato e operativo)",
        },
      ],
      source: { document: DOCUMENTS.gallarate, lines: [4378, 4718] },
    },
    // Obiettivo 4: Studio di fattibilità per la realizzazione di un Servizio sovra-zonale di Pronto Intervento Sociale (L4723-5104)
    // Slip L4917: The continuity question prints "PRECEDENTE (2012-2023)?" instead of the form's "(2021-2023)".
    // Slip L4824-4841: Key points are listed for A) (L4836-4841) although A is not among the transversal areas
    // declared (B, D, E, I, J, K, L4826-4831) and the scheda, in section 5.1 "Obiettivi trasversali", has no home
    // area.
    // Slip L4854-4856: Under E) the key point "Allargamento della rete e coprogrammazione" is printed twice
    // (L4854 and L4856); both encoded.
    // Slip L4860: Key point "Contrasto e prevenziine della violenza domestica" (typo for "prevenzione"), encoded
    // as printed.
    // Slip L4938: Form label typo "PROGRAMMAZONE 2021-2023" (for "PROGRAMMAZIONE").
    // Slip L5038: Form label typo "L'OBIETIVO E' DI TIPO" (for "OBIETTIVO").
    // Slip L5004: The "altri attori della rete" box keeps the template's placeholder "SI/NO (se sì, quali e le
    // modalità di cooperazione)" instead of an answer; the text after it describes possible protocols. Encoded
    // answer null with the text.
    // Slip L5015: The needs box keeps the form's guidance "Indicatori di input derivati dall’analisi del bisogno"
    // as if it were part of the answer; not encoded in needs.text.
    // Slip L4948-4959: Co-programming and co-design are answered "SI’" (formally co-programmed/co-designed) but
    // the explanations say they are only planned ("Si prevede di co-programmare …", "Si prevede di co-progettare
    // …"). Encoded as printed (si).
    // Slip L5094: "del P.I.S.in raccordo": missing space, encoded as printed.
    // Note: Home area: section 5.1 "Obiettivi trasversali" (L3810) has no regional macro-area and the form has no
    // AREA DI POLICY field; the transversal list (B, D, E, I, J, K) does not name a home. policyArea null. (The
    // funds are Fondo Povertà, i.e. area A's funding, but the document does not say the scheda belongs to A.)
    // Note: LEPS: the form has no LEPS field; the title names the "Pronto Intervento Sociale" service (P.I.S.),
    // which is the catalogue LEPS pronto-intervento-sociale. The scheda itself never uses the word LEPS.
    // Note: Actions are unnumbered bullets (L4746-4766): codes null. The first bullet ends "e in caso positivo:",
    // making the other five conditional on the feasibility study.
    // Note: Budget: two fund lines with amounts; no total is printed (their sum, 258000, is not stated), so total
    // is null. nature pubblica: both are State funds.
    // Note: Page number "79" (L4816) dropped.
    // Note: Cooperation: the printed list of Ambiti (L4903-4905) names five Ambiti including Gallarate itself;
    // ambiti holds the four other Ambiti (Somma Lombardo, Busto Arsizio, Castellanza, Saronno).
    // Note: ASST in delivery: the form's label fragment "CONGIUNTE AMBITO-ASST?" leaked into the answer at L4890;
    // it is skipped with " … " in the text.
    // Note: Co-design: the answer names a future "avviso pubblico per l'invito agli enti del Terzo settore a
    // partecipare al procedimento di co-progettazione" (L4973-4976); not encoded as an ActReference because it
    // has not been issued.
    // Note: Field 17 (modalità di coinvolgimento del Terzo Settore) is blank (L4996): null.
    // Note: Field 24 ("QUALI MODALITA' ORGANIZZATIVE …") holds only the two indicators (L5072-5079), no text:
    // processIndicators.text null.
    // Note: Targets: R-2 is printed as conditional ("In caso di positività dello studio"). R-3 (Centrale
    // Operativa) carries the same condition because the scheda makes the Centrale operativa conditional on a
    // positive study in its actions ("e in caso positivo: • Attivazione di una “Centrale operativa”", L4746-4749)
    // and in the cooperation answer ("in caso positivo, attivazione di una Centrale operativa unica per i 5
    // Ambiti", L4911-4912); the result line itself (L5093) does not repeat it.
    // Note: No "(prioritario)" mark in the heading (L4723): priority null.
    {
      code: "4",
      form: "pdz-dgr-2167",
      heading:
        "4 – Studio di fattibilità per la realizzazione di un Servizio sovra-zonale di Pronto Intervento Sociale.",
      policyArea: null,
      policyAreaBasis: "not-stated",
      leps: ["pronto-intervento-sociale"],
      lepsPrinted: [{ text: "Pronto Intervento Sociale" }],
      priority: null,
      title:
        "Studio di fattibilità per la realizzazione di un Servizio sovra-zonale di Pronto Intervento Sociale",
      goals:
        "• Verificare la realizzabilità di un servizio P.I.S. a favore della popolazione presente negli Ambiti Territoriali Sociali della Valle Olona (con possibilità di ampliamento anche agli altri Ambiti della Provincia di Varese). • In caso positivo, sperimentazione di un servizio sovrazonale che garantisca risposte tempestive alle persone che versano in situazioni di particolare gravità ed emergenza con grado di bisogno indifferibile, per problematiche a rilevanza sociale, durante gli orari di chiusura dei servizi sociali comunali.",
      actions: [
        {
          code: null,
          title: "Studio di fattibilità del P.I.S. sovrazonale, e in caso positivo:",
          lines: [4746, 4747],
        },
        {
          code: null,
          title:
            "Attivazione di una “Centrale operativa” quale punto unico di raccolta delle segnalazioni su situazioni di emergenza sociale e di gestione unitaria degli interventi ricompresi nell'ambito di competenza del servizio P.I.S.",
          lines: [4749, 4752],
        },
        {
          code: null,
          title:
            "Attività di valutazione professionale e di assistenza tempestiva in base ai bisogni rilevati, con predisposizione di un progetto d'aiuto urgente.",
          lines: [4754, 4756],
        },
        { code: null, title: "Documentazione delle azioni svolte negli interventi.", lines: [4758, 4758] },
        {
          code: null,
          title:
            "Costruzione di una rete integrata e coordinata con i servizi pubblici territoriali, le Forze dell'Ordine e il Terzo Settore per i necessari raccordi, anche attraverso elaborazione di protocolli istituzionali.",
          lines: [4760, 4763],
        },
        {
          code: null,
          title:
            "Trasmissione di informazioni e atti al Servizio sociale territorialmente competente per consentire la presa in carico della situazione.",
          lines: [4764, 4766],
        },
      ],
      target:
        "Pluralità di utenza (adulti o anziani in difficoltà, persone non autosufficienti, vittime di violenza, vittime di tratta, minori stranieri non accompagnati) presente sul territorio dell'ASST Valle Olona che si trovi in situazioni di emergenza, di limitata autonomia ed in condizioni di improvvisa ed imprevista necessità assistenziale. Tali destinatari sono portatori di bisogni derivanti da: - situazioni di povertà estrema/grave marginalità sociale che costituiscano grave rischio per la tutela e l'incolumità psicofisica della persona; - situazioni di abbandono o grave emarginazione con rischio per l'incolumità della persona e/o grave rischio per la salute socio relazionale, in assenza di reti familiari e sociali.",
      budget: {
        total: null,
        lines: [
          {
            fund: "fondo-poverta-quota-servizi",
            label: "Fondo Povertà (quota servizi)",
            amount: "240000",
            printed: "€. 240.000,00",
            nature: "pubblica",
            lines: [4788, 4788],
          },
          {
            fund: "fondo-poverta-estrema",
            label: "Fondo povertà estrema",
            amount: "18000",
            printed: "€. 18.000,00",
            nature: "pubblica",
            lines: [4789, 4789],
          },
        ],
        text: "• Fondo Povertà (quota servizi) €. 240.000,00 • Fondo povertà estrema €. 18.000,00",
        source: { document: DOCUMENTS.gallarate, lines: [4788, 4789] },
      },
      staff:
        "In fase di studio di fattibilità • assistenti sociali dei Comuni degli Ambiti con funzioni di “osservatorio” sul bisogno; • Eventuale incarico a Società esterna per la realizzazione dello studio. In fase di realizzazione del P.I.S., professionisti componenti la “Centrale Operativa” con funzioni di: • ricezione telefonica delle richieste; • valutazione tecnica sugli interventi urgenti da attivare; • primo contatto con la rete familiare, ove presente, e sociale; • report per il servizio sociale territoriale, utile a garantire la continuità della presa in carico.",
      transversal: {
        answer: "si",
        areas: ["B", "D", "E", "I", "J", "K"],
        text: "SI, ed è integrato con le seguenti Aree di policy: B) Politiche abitative D) Domiciliarità E) Anziani I) Interventi per la famiglia J) Interventi a favore di persone con disabilità K) Interventi di sistema",
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
        { area: "I", point: "Contrasto e prevenziine della violenza domestica" },
        { area: "I", point: "Tutela minori" },
        { area: "I", point: "Allargamento della rete e coprogrammazione" },
        { area: "I", point: "Nuovi strumenti di governance" },
        { area: "J", point: "Ruolo delle famiglie e del caregiver" },
        { area: "J", point: "Allargamento della rete e coprogrammazione" },
        { area: "J", point: "Nuovi strumenti di governance" },
        { area: "J", point: "Contrasto all'isolamento" },
        { area: "K", point: "Revisione/potenziamento degli strumenti di governance degli Ambiti" },
        { area: "K", point: "Rafforzamento della gestione associata" },
      ],
      asstInAnalysis: { answer: "si", text: "SI’", lines: [4880, 4880] },
      asstInDelivery: {
        answer: "si",
        text: "SI’ Si ipotizza il coinvolgimento di ASST Valle Olona per: … • Collegamento del servizio P.I.S. con il Protocollo operativo “Dimissioni protette” • Collaborazione nel progetto di presa in carico della persona nelle situazioni dove l'intervento sociosanitario risulti necessario",
        lines: [4887, 4895],
      },
      cooperationWithOtherAmbiti: {
        answer: "si",
        text: "SI’ L'intervento è realizzato in cooperazione fra gli Ambiti di Somma Lombardo, Gallarate, Busto Arsizio, Castellanza e Saronno (con possibilità di ampliamento anche agli altri Ambiti della Provincia di Varese), con i seguenti compiti: • attivazione concordata di uno studio di fattibilità del progetto in forma sovrazonale • in caso positivo, attivazione di una Centrale operativa unica per i 5 Ambiti • monitoraggio condiviso delle azioni progettuali",
        lines: [4902, 4914],
        ambiti: ["Somma Lombardo", "Busto Arsizio", "Castellanza", "Saronno"],
      },
      continuity: { answer: "no", lines: [4919, 4919] },
      newService: {
        kind: "nuovo-servizio",
        text: "SI’ L'obiettivo prevede la definizione di un servizio nuovo nel territorio dell'ASST Valle Olona (con possibilità di ampliamento anche agli Ambiti afferenti all’ASST Sette Laghi); gli Ambiti che hanno già sperimentato/hanno in corso un servizio P.I.S. ne rivedranno organizzazione e gestione in funzione del modello sovrazonale ipotizzato",
      },
      premialProject: { answer: "no", lines: [4941, 4941] },
      coProgrammed: {
        answer: "si",
        text: "SI’ Si prevede di co-programmare l'intervento con il Terzo Settore",
        lines: [4948, 4950],
      },
      coDesigned: {
        answer: "si",
        text: "SI’ Si prevede di co-progettare l'intervento con il Terzo Settore. Compiti • Partecipazione ai tavoli di lavoro utili all'analisi di contesto necessaria allo studio di fattibilità del P.I.S. • Formalizzazione accordi di partenariato • Redazione progetto integrato • Attivazione fasi progettuali • Monitoraggio e valutazione del progetto Ruolo Pubblica Amministrazione • Gestione dello studio di fattibilità • Successiva emissione avviso pubblico per l'invito agli enti del Terzo settore a partecipare al procedimento di co-progettazione Ruolo Terzo Settore • Avanzare proposte progettuali • Mettere a disposizione risorse proprie ai fini del progetto • Collaborare alla realizzazione delle azioni concordate",
        lines: [4958, 4983],
      },
      thirdSectorInvolvement: null,
      otherActors: {
        answer: null,
        text: "SI/NO (se sì, quali e le modalità di cooperazione) In caso di studio di fattibilità positivo, si prevede la possibile sottoscrizione di protocolli collaborativi con FF.OO., Prefettura, presidi ospedalieri privati accreditati, UDOS e strutture alberghiere",
        lines: [5004, 5009],
        actors: [
          "FF.OO.",
          "Prefettura",
          "presidi ospedalieri privati accreditati",
          "UDOS",
          "strutture alberghiere",
        ],
      },
      needs: {
        text: "• Intervenire prontamente in caso di uffici chiusi su situazioni di povertà estrema/grave marginalità sociale che costituiscano grave rischio per la tutela e l'incolumità psicofisica della persona e di abbandono o grave emarginazione con rischio per l'incolumità della persona e/o grave rischio per la salute sociorelazionale, in assenza di reti familiari e sociali",
        indicators: [],
      },
      needKind: { kind: "bisogno-consolidato", text: "BISOGNO CONSOLIDATO" },
      preventionKind: ["riparativo"],
      preventionText: "L'obiettivo è di tipo riparativo",
      innovation: {
        answer: "si",
        text: "SI’ L'obiettivo presenta modelli innovativi sia di presa in carico, sia di risposta al bisogno e cooperazione con altri attori della rete, in quanto nel territorio di ASST Valle Olona non è mai stato attivato uno studio di fattibilità per la realizzazione di un servizio P.I.S. sovrambito con la collaborazione di tutti i 5 Ambiti Territoriali Sociali presenti",
        lines: [5051, 5057],
      },
      digitalisation: {
        answer: "si",
        text: "SI’ Si prevede che l'obiettivo includerà aspetti inerenti la digitalizzazione, come l'utilizzo di un gestionale per la raccolta delle richieste di intervento",
        lines: [5066, 5069],
      },
      processIndicators: {
        text: null,
        indicators: [
          { text: "n° incontri dei tavoli di progettazione condivisa", lines: [5072, 5072] },
          {
            text: "n° degli ETS presenti ai tavoli / n° complessivo degli ETS attivi nel territorio sulla problematica inerente all'obiettivo",
            lines: [5077, 5079],
          },
        ],
      },
      outputIndicators: {
        text: "n° 1 studio di fattibilità sul progetto di attivazione servizio P.I.S. nel territorio di ASST Valle Olona In caso di positività dello studio, sottoscrizione di n. 1 Convenzione tra l'Ambito e i Partner individuati Attivazione in via sperimentale di n. 1 “Centrale Operativa” del P.I.S.in raccordo con gli Ambiti della Valle Olona",
        indicators: [
          {
            text: "n° 1 studio di fattibilità sul progetto di attivazione servizio P.I.S. nel territorio di ASST Valle Olona",
            lines: [5084, 5085],
          },
          {
            text: "In caso di positività dello studio, sottoscrizione di n. 1 Convenzione tra l'Ambito e i Partner individuati",
            lines: [5088, 5090],
          },
          {
            text: "Attivazione in via sperimentale di n. 1 “Centrale Operativa” del P.I.S.in raccordo con gli Ambiti della Valle Olona",
            lines: [5093, 5094],
          },
        ],
      },
      outcomeIndicators: {
        text: "Prontezza ed efficacia dell’intervento di rete a favore di emergenze e urgenze sociali che insorgono repentinamente e improvvisamente producendo bisogni non differibili in forma acuta e grave che la persona deve affrontare.",
        indicators: [],
      },
      targets: [
        {
          id: "R-1",
          text: "n° 1 studio di fattibilità sul progetto di attivazione servizio P.I.S. nel territorio di ASST Valle Olona",
          lines: [5084, 5085],
          kind: "deliverable",
          deliverable:
            "studio di fattibilità sul progetto di attivazione servizio P.I.S. nel territorio di ASST Valle Olona",
        },
        {
          id: "R-2",
          text: "In caso di positività dello studio, sottoscrizione di n. 1 Convenzione tra l'Ambito e i Partner individuati",
          lines: [5088, 5090],
          condition: { target: "R-1", when: "met" },
          kind: "deliverable",
          deliverable: "Convenzione tra l'Ambito e i Partner individuati (sottoscrizione)",
        },
        {
          id: "R-3",
          text: "Attivazione in via sperimentale di n. 1 “Centrale Operativa” del P.I.S.in raccordo con gli Ambiti della Valle Olona",
          lines: [5093, 5094],
          condition: { target: "R-1", when: "met" },
          kind: "deliverable",
          deliverable: "“Centrale Operativa” del P.I.S. attivata in via sperimentale",
        },
      ],
      source: { document: DOCUMENTS.gallarate, lines: [4723, 5104] },
    },
    // Obiettivo C: Iniziative per potenziare i servizi a elevata integrazione sociosanitaria (L5111-5406)
    // Slip L5370-5372: The Azione 2 result names "l'organismo di direzione di salute mentale" while the action
    // and its indicator name the "Organismo di Coordinamento della Salute Mentale di ATS Insubria" (L5140-5141,
    // L5328-5329): inconsistent name of the same body (minor).
    // Note: Home area: section 5.2 "Obiettivi macro-area: contrasto alla povertà e all’emarginazione sociale e
    // promozione dell’inclusione attiva" (L5108-5109) = regional A. The local code C is not the retired
    // macro-area C.
    // Note: Transversality "No" (L5176) with key points only for A (L5181-5185): A is the scheda's home area, so
    // this is consistent with the form ("indicare tutti i punti … compresi quelli delle aree … trasversali") and
    // NOT treated as a slip (the domain extraction §10 item 14 lists it as one).
    // Note: The key-point heading prints A's title with the old wording "promozione inclusione attiva"
    // (L5181-5182).
    // Note: No "(prioritario)" mark in the heading (L5111): priority null.
    // Note: Continuity: the form does not name the previous objective (2021-2023 objective C has the same title).
    // Note: Co-programming answer "No" (L5232); field 17: "È coinvolto tramite accordo di partenariato." (L5249)
    // — no act is identified, so no ActReference.
    // Note: Results A1-1, A3-1, A4-2, A5-1 print no period; the plan's triennium is assumed. A4-1 ("almeno una
    // mappatura") is a deliverable (one document).
    // Note: Scheda C states no LEPS.
    {
      code: "C",
      form: "pdz-dgr-2167",
      heading: "C – Iniziative per potenziare i servizi a elevata integrazione sociosanitaria",
      policyArea: "A",
      policyAreaBasis: "section-heading",
      leps: [],
      priority: null,
      title: "Iniziative per potenziare i servizi a elevata integrazione sociosanitaria",
      goals:
        "Alla luce del processo attuativo della Legge R 23/2015 e successive modifiche ed integrazioni e in particolare della graduale presa in carico dei pazienti cronici da parte dei soggetti erogatori accreditati, nonché in considerazione della sempre maggiore evidenza della necessità di una presa in carico integrata (sanitaria, sociosanitaria e sociale) delle persone fragili e delle loro famiglie, si rende necessario consolidare ed implementare gli strumenti per la rilevazione del grado di copertura da parte dei servizi territoriali rispetto ai bisogni della popolazione fragile, della completezza e tempestività delle risposte che vengono date e della misura in cui i servizi dedicati al settore siano appropriati, non si sovrappongano fra loro e riescano a coprire bisogni altrimenti non soddisfatti attraverso altri attori della rete.",
      actions: [
        {
          code: "Azione 1",
          title:
            "residenzialità leggera ovvero realizzazione interventi di supporto a soggetti afferenti all’area della salute mentale con supporto nel pagamento della quota alberghiera con eventuali risorse di Ambito e degli enti locali.",
          lines: [5135, 5139],
        },
        {
          code: "Azione 2",
          title:
            "Partecipazione all’Organismo di Coordinamento della Salute Mentale di ATS Insubria, oppure al coordinamento tra operatori professionali degli enti locali e dell’ASST.",
          lines: [5140, 5143],
        },
        {
          code: "Azione 3",
          title:
            "organizzazione di momenti di incontro e confronto continuativo con i servizi specialistici, con particolare riferimento al dipartimento di salute mentale e dipendenze.",
          lines: [5145, 5147],
        },
        {
          code: "Azione 4",
          title:
            "Iniziative di prevenzione contro il gioco d'azzardo patologico: mappatura territoriale delle iniziative e implementazione dei servizi dedicati, anche tramite la partecipazione a bandi dedicati.",
          lines: [5149, 5152],
        },
        {
          code: "Azione 5",
          title: "iniziative di rete per il contrasto alle dipendenze.",
          lines: [5154, 5154],
        },
      ],
      target:
        "Persone fragili e le loro famiglie, con un focus specifico sulle persone che hanno bisogni legati alla salute mentale e alle dipendenze.",
      budget: {
        total: "150000",
        printedTotal: "€. 150.000,00",
        lines: [
          { fund: "fnps", label: "FNPS", amount: null, lines: [5164, 5164] },
          { fund: "altro", label: "Fondi d’Ambito", amount: null, lines: [5164, 5164] },
          {
            fund: "altro",
            label: "altre fonti di finanziamento dedicate",
            amount: null,
            lines: [5165, 5165],
          },
        ],
        text: "L’Ambito per la realizzazione dell’Obiettivo stima una spesa nel triennio pari ad €. 150.000,00 (FNPS-Fondi d’Ambito- altre fonti di finanziamento dedicate).",
        source: { document: DOCUMENTS.gallarate, lines: [5163, 5165] },
      },
      staff: "EE.LL – ATS - ASST - ETS",
      transversal: { answer: "no", areas: [], text: "No" },
      keyPoints: [
        { area: "A", point: "Rafforzamento delle reti sociali" },
        { area: "A", point: "Vulnerabilità multidimensionale" },
      ],
      asstInAnalysis: { answer: "no", lines: [5192, 5192] },
      asstInDelivery: {
        answer: "si",
        text: "Sì, prevede il coinvolgimento dell’ASST nella sottoscrizione del Protocollo (ad esempio per la residenzialità leggera) e nello sviluppo delle rispettive competenze.",
        lines: [5199, 5201],
      },
      cooperationWithOtherAmbiti: { answer: "no", lines: [5206, 5206], ambiti: [] },
      continuity: { answer: "si", text: "Sì, il presente obiettivo è in continuità", lines: [5212, 5212] },
      newService: { kind: "servizio-gia-presente", text: "Servizio già presente" },
      premialProject: { answer: "no", lines: [5226, 5226] },
      coProgrammed: { answer: "no", text: "No", lines: [5232, 5232] },
      coDesigned: { answer: "no", lines: [5238, 5238] },
      thirdSectorInvolvement: "È coinvolto tramite accordo di partenariato.",
      otherActors: {
        answer: "si",
        text: "Sì, di ATS Insubria (governance/coordinamento).",
        lines: [5257, 5257],
        actors: ["ATS Insubria"],
      },
      needs: {
        text: "I bisogni ai quali questo obiettivo intende rispondere sono: La frammentazione di risposta dei servizi sulla tematica; La poca economicità, efficienza ed efficacia degli interventi ad alta integrazione sociosanitaria; Difficoltà di lavorare in rete.",
        indicators: [],
      },
      needKind: { kind: "bisogno-consolidato", text: "Bisogno consolidato" },
      preventionKind: ["promozionale", "preventivo", "riparativo"],
      preventionText: "L’obiettivo è sia di tipo promozionale/preventivo che riparativo.",
      innovation: { answer: "no", lines: [5296, 5296] },
      digitalisation: {
        answer: "si",
        text: "Sì, da un punto di vista organizzativo si prevede l’utilizzo di piattaforme digitali per la realizzazione di incontri di rete.",
        lines: [5304, 5305],
      },
      processIndicators: {
        text: "Azione 1: residenzialità leggera ovvero realizzazione interventi di supporto … Azione 2: partecipazione all’Organismo di Coordinamento della Salute Mentale di ATS Insubria, … Azione 3: organizzazione di momenti di incontro e confronto continuativo … Azione 4: Iniziative di prevenzione contro il gioco d'azzardo patologico: … Azione 5: iniziative di rete per il contrasto alle dipendenze.",
        indicators: [
          {
            action: "Azione 1",
            text: "n. utenti dell’Ambito inseriti negli appartamenti",
            lines: [5319, 5319],
          },
          { action: "Azione 1", text: 'n. utenti dell’Ambito in "lista d\'attesa".', lines: [5320, 5320] },
          {
            action: "Azione 2",
            text: "n. incontri presso l’Organismo di Coordinamento della Salute Mentale di ATS Insubria, oppure relativi al coordinamento tra operatori professionali degli enti locali e dell’ASST.",
            lines: [5328, 5331],
          },
          { action: "Azione 3", text: "n. di incontri con i servizi specialistici", lines: [5337, 5337] },
          { action: "Azione 4", text: "n. iniziative inserite nella mappatura", lines: [5345, 5345] },
          {
            action: "Azione 4",
            text: "n. fonti di finanziamento individuate per l’implementazione dei servizi",
            lines: [5346, 5347],
          },
          { action: "Azione 4", text: "n. candidature effettuate", lines: [5348, 5348] },
          {
            action: "Azione 4",
            text: "n. eventi/campagne di sensibilizzazione realizzati sul territorio (compresi eventi di sensibilizzazione precoce nelle scuole).",
            lines: [5349, 5351],
          },
          { action: "Azione 5", text: "n. incontri di confronto con il SERD", lines: [5356, 5356] },
          {
            action: "Azione 5",
            text: "n. eventi/campagne di sensibilizzazione sul territorio.",
            lines: [5357, 5357],
          },
        ],
      },
      outputIndicators: {
        text: "Azione 1) almeno 10 interventi di supporto nel pagamento della quota alberghiera a favore di persone afferenti all’area salute mentale; Azione 2) partecipazione ad almeno 6 incontri di coordinamento con l'organismo di direzione di salute mentale nel triennio. almeno l’80% degli operatori degli enti locali, dell’ATS dell’Insubria e delle ASST partecipa agli incontri di coordinamento. Azione 3) Realizzazione di almeno 6 incontri con i servizi appartenenti al dipartimento della salute mentale e dipendenze. Azione 4) Realizzazione di almeno una mappatura territoriale delle iniziative di prevenzione dedicato al GAP; Almeno 1 candidatura a un bando dedicato al GAP. Azione 5) Realizzazione di almeno 2 iniziative di rete per il contrasto alle dipendenze.",
        indicators: [
          {
            action: "Azione 1",
            text: "almeno 10 interventi di supporto nel pagamento della quota alberghiera a favore di persone afferenti all’area salute mentale",
            lines: [5364, 5366],
          },
          {
            action: "Azione 2",
            text: "partecipazione ad almeno 6 incontri di coordinamento con l'organismo di direzione di salute mentale nel triennio.",
            lines: [5370, 5372],
          },
          {
            action: "Azione 2",
            text: "almeno l’80% degli operatori degli enti locali, dell’ATS dell’Insubria e delle ASST partecipa agli incontri di coordinamento.",
            lines: [5374, 5376],
          },
          {
            action: "Azione 3",
            text: "Realizzazione di almeno 6 incontri con i servizi appartenenti al dipartimento della salute mentale e dipendenze.",
            lines: [5380, 5382],
          },
          {
            action: "Azione 4",
            text: "Realizzazione di almeno una mappatura territoriale delle iniziative di prevenzione dedicato al GAP",
            lines: [5386, 5387],
          },
          {
            action: "Azione 4",
            text: "Almeno 1 candidatura a un bando dedicato al GAP.",
            lines: [5389, 5389],
          },
          {
            action: "Azione 5",
            text: "Realizzazione di almeno 2 iniziative di rete per il contrasto alle dipendenze.",
            lines: [5392, 5393],
          },
        ],
      },
      outcomeIndicators: {
        text: "L'impatto che tale intervento vorrebbe produrre, si può sintetizzare come segue: Miglioramento delle relazioni tra servizi; Miglioramento nel supporto delle situazioni di vulnerabilità legata alla salute mentale; Aumento della conoscenza da parte della cittadinanza sulla tematica delle dipendenze.",
        indicators: [
          { text: "Miglioramento delle relazioni tra servizi", lines: [5400, 5400] },
          {
            text: "Miglioramento nel supporto delle situazioni di vulnerabilità legata alla salute mentale",
            lines: [5401, 5403],
          },
          {
            text: "Aumento della conoscenza da parte della cittadinanza sulla tematica delle dipendenze.",
            lines: [5404, 5406],
          },
        ],
      },
      targets: [
        {
          id: "A1-1",
          action: "Azione 1",
          text: "almeno 10 interventi di supporto nel pagamento della quota alberghiera a favore di persone afferenti all’area salute mentale",
          lines: [5364, 5366],
          kind: "count-at-least",
          min: 10,
          unit: "interventi di supporto nel pagamento della quota alberghiera",
          per: "triennium",
        },
        {
          id: "A2-1",
          action: "Azione 2",
          text: "partecipazione ad almeno 6 incontri di coordinamento con l'organismo di direzione di salute mentale nel triennio.",
          lines: [5370, 5372],
          kind: "count-at-least",
          min: 6,
          unit: "incontri di coordinamento con l'organismo di direzione di salute mentale",
          per: "triennium",
        },
        {
          id: "A2-2",
          action: "Azione 2",
          text: "almeno l’80% degli operatori degli enti locali, dell’ATS dell’Insubria e delle ASST partecipa agli incontri di coordinamento.",
          lines: [5374, 5376],
          kind: "share-at-least",
          minPercent: "80",
          numerator:
            "operatori degli enti locali, dell’ATS dell’Insubria e delle ASST che partecipano agli incontri di coordinamento",
          denominator: "operatori degli enti locali, dell’ATS dell’Insubria e delle ASST",
        },
        {
          id: "A3-1",
          action: "Azione 3",
          text: "Realizzazione di almeno 6 incontri con i servizi appartenenti al dipartimento della salute mentale e dipendenze.",
          lines: [5380, 5382],
          kind: "count-at-least",
          min: 6,
          unit: "incontri con i servizi appartenenti al dipartimento della salute mentale e dipendenze",
          per: "triennium",
        },
        {
          id: "A4-1",
          action: "Azione 4",
          text: "Realizzazione di almeno una mappatura territoriale delle iniziative di prevenzione dedicato al GAP",
          lines: [5386, 5387],
          kind: "deliverable",
          deliverable: "mappatura territoriale delle iniziative di prevenzione dedicato al GAP",
        },
        {
          id: "A4-2",
          action: "Azione 4",
          text: "Almeno 1 candidatura a un bando dedicato al GAP.",
          lines: [5389, 5389],
          kind: "count-at-least",
          min: 1,
          unit: "candidature a bandi dedicati al GAP",
          per: "triennium",
        },
        {
          id: "A5-1",
          action: "Azione 5",
          text: "Realizzazione di almeno 2 iniziative di rete per il contrasto alle dipendenze.",
          lines: [5392, 5393],
          kind: "count-at-least",
          min: 2,
          unit: "iniziative di rete per il contrasto alle dipendenze",
          per: "triennium",
        },
      ],
      source: { document: DOCUMENTS.gallarate, lines: [5111, 5406] },
    },
    // Obiettivo A: Strategie per l’abitare (L5411-5797)
    // Slip L5650-5651: The innovation answer attributes "la costituzione dell’Agenzia dell’Abitare" to "(Azione
    // 1)", but the Agenzia dell’Abitare is Azione 2 (L5441-5443); Azione 1 is the Tavolo casa-lavoro
    // (L5438-5439). Encoded as printed.
    // Note: Home area: section 5.3 "Obiettivi macro-area: Politiche Abitative" (L5409) = regional B. The local
    // code A is not the macro-area letter A.
    // Note: Priority: "(prioritario)" printed in the heading (L5411).
    // Note: Key points are given for A and H (the declared transversal areas) and for B (the home area):
    // consistent with the form, no slip. The A heading prints the old wording "promozione inclusione attiva"
    // (L5496-5497).
    // Note: Co-design: the box gives no SI/NO, only "Nella realizzazione delle azioni citate sopra, verrà
    // valorizzata …" (L5575-5577): answer null, text kept. Field 17 is blank (L5589): null.
    // Note: Page number "90" (L5593) dropped.
    // Note: Results A3-1 and A4-1 print no period; the plan's triennium is assumed. A2-2 "entro la fine del
    // triennio" → due 2027-12-31. A2-2 is not printed as conditional on the feasibility study (A2-1), although
    // the goals speak of the "eventuale costituzione" of the Agenzia (L5420); no condition encoded.
    // Note: Indicator 4.4 says "canone calmierato" (L5709) where the action says "canone concordato, agevolato"
    // (L5456); kept as printed, not treated as a slip.
    // Note: Continuity: the form does not name the previous objective (2021-2023 objective A has the same title).
    // Note: Scheda A states no LEPS.
    {
      code: "A",
      form: "pdz-dgr-2167",
      heading: "A – Strategie per l’abitare (prioritario)",
      policyArea: "B",
      policyAreaBasis: "section-heading",
      leps: [],
      priority: true,
      title: "Strategie per l’abitare",
      goals:
        "Si intende perseguire: La valutazione dell’eventuale costituzione di un’Agenzia dell’Abitare con finalità così come indicate nella DGR numero 2167 del 2024 ad oggetto “Approvazione delle linee di indirizzo per la programmazione sociale territoriale per il triennio 2025-2027”; la creazione di strategie di facilitazione dell'accesso all'abitare; l’attivazione di percorsi di prevenzione e supporto per evitare il peggioramento della condizione abitativa dei cittadini; l’allargamento dell’offerta abitativa territoriale per persone in condizione di fragilità socioeconomica, anche attraverso modalità innovative.",
      actions: [
        {
          code: "Azione 1",
          title:
            "Costituzione di un Tavolo dedicato al tema congiunto casa-lavoro, per un approccio integrato.",
          lines: [5438, 5439],
        },
        {
          code: "Azione 2",
          title:
            "Studio di fattibilità per la costituzione dell’Agenzia dell’Abitare e costituzione di prospettive innovative nell'area dell'abitare.",
          lines: [5441, 5443],
        },
        {
          code: "Azione 3",
          title:
            "Realizzazione di progettualità che consentano un supporto educativo continuativo rivolto a persone adulte in situazione di fragilità socioeconomica la cui condizione abitativa è a rischio peggioramento.",
          lines: [5445, 5448],
        },
        {
          code: "Azione 4",
          title:
            "Consolidamento dei servizi e degli interventi a supporto dell'abitare, anche attraverso l'attivazione di percorsi di educazione finanziaria e di ristrutturazione del debito e di coaching abitativo per le persone fragili anche attraverso il rinnovo in tutti i Comuni dell'Ambito degli accordi territoriali ai sensi della L. 431/98 e D.M. 30/12/2002 per la stipula di contratti a canone concordato, agevolato per favorire l'incontro di domanda/offerta di alloggi.",
          lines: [5450, 5457],
        },
        {
          code: "Azione 5",
          title:
            "Intensificare il rapporto con ALER sul “tasso di rioccupazione” del patrimonio immobiliare pubblico disponibile.",
          lines: [5459, 5461],
        },
        {
          code: "Azione 6",
          title:
            "Creazione di una lista di proprietari di casa che si rendono disponibili ad affittare le proprie abitazioni a condizioni agevolate, così da facilitare l’ingresso nel mercato immobiliare a persone in situazione di fragilità socioeconomica.",
          lines: [5463, 5467],
        },
      ],
      target:
        "Comunità locale; persone fragili e vulnerabili; proprietari di alloggi del mercato privato; Terzo Settore.",
      budget: {
        total: "510000",
        printedTotal: "€. 510.000,00",
        lines: [
          { fund: "fnps", label: "FNPS", amount: null, lines: [5476, 5476] },
          { fund: "altro", label: "Fondi d’Ambito", amount: null, lines: [5476, 5476] },
          {
            fund: "altro",
            label: "altre fonti di finanziamento dedicate",
            amount: null,
            lines: [5477, 5477],
          },
        ],
        text: "L’Ambito per la realizzazione dell’Obiettivo stima una spesa nel triennio pari ad €. 510.000,00 (FNPS-Fondi d’Ambito- altre fonti di finanziamento dedicate).",
        source: { document: DOCUMENTS.gallarate, lines: [5475, 5477] },
      },
      staff: "EE.LL – PRIVATO SOCIALE – ETS – PRIVATO.",
      transversal: {
        answer: "si",
        areas: ["A", "H"],
        text: "Sì, l’obiettivo è trasversale all’area di policy A) Contrasto alla povertà e all’emarginazione sociale e promozione dell’inclusione attiva e H) interventi connessi alle politiche per il lavoro.",
      },
      keyPoints: [
        { area: "A", point: "Vulnerabilità multidimensionale" },
        { area: "A", point: "Facilitare l’accesso alle opportunità di benessere e partecipazione attiva" },
        { area: "B", point: "Allargamento della platea dei soggetti a rischio" },
        { area: "B", point: "Vulnerabilità multidimensionale" },
        { area: "B", point: "Qualità dell’abitare" },
        { area: "B", point: "Allargamento della rete e co-programmazione" },
        { area: "B", point: "Nuovi strumenti di governance (es. Agenzie per l’abitare)" },
        { area: "H", point: "Allargamento della rete e co-programmazione" },
      ],
      asstInAnalysis: { answer: "no", lines: [5521, 5521] },
      asstInDelivery: { answer: "no", lines: [5531, 5531] },
      cooperationWithOtherAmbiti: { answer: "no", lines: [5537, 5537], ambiti: [] },
      continuity: { answer: "si", text: "Sì, è in continuità.", lines: [5543, 5543] },
      newService: { kind: "servizio-rivisto", text: "Servizio sostanzialmente rivisto/aggiornato." },
      premialProject: { answer: "no", lines: [5558, 5558] },
      coProgrammed: {
        answer: "si",
        text: "Sì, il presente obiettivo è frutto di un percorso di co- programmazione con gli operatori e attori della rete territoriale che hanno aderito alla manifestazione d’interesse promossa dall’Ambito.",
        lines: [5565, 5568],
        acts: [
          { kind: "avviso", text: "manifestazione d’interesse promossa dall’Ambito", lines: [5567, 5568] },
        ],
      },
      coDesigned: {
        answer: null,
        text: "Nella realizzazione delle azioni citate sopra, verrà valorizzata questa modalità di coinvolgimento del Terzo Settore.",
        lines: [5575, 5577],
      },
      thirdSectorInvolvement: null,
      otherActors: {
        answer: "si",
        text: "Sì, per questo specifico obiettivo, gli altri attori coinvolti nella rete sono i proprietari di alloggi privati, ALER, UPPI (Unione dei Piccoli Proprietari Immobiliari) e il Sindacato Inquilini.",
        lines: [5602, 5604],
        actors: [
          "proprietari di alloggi privati",
          "ALER",
          "UPPI (Unione dei Piccoli Proprietari Immobiliari)",
          "Sindacato Inquilini",
        ],
      },
      needs: {
        text: "I bisogni ai quali questo obiettivo intende rispondere sono: Mancanza di una rete di proprietari capace di rispondere al bisogno abitativo; Difficoltà di accesso all’abitazione per persone in situazioni di fragilità e vulnerabilità; Difficoltà nella prevenzione e riduzione del rischio di perdita dell'abitazione per persone e nuclei familiari fragili; Mancanza di un’offerta abitativa sul territorio per persone in condizioni di fragilità socioeconomica.",
        indicators: [],
      },
      needKind: { kind: "bisogno-consolidato", text: "Bisogno consolidato." },
      preventionKind: ["promozionale", "preventivo", "riparativo"],
      preventionText: "L’obiettivo è sia di tipo promozionale/preventivo che riparativo.",
      innovation: {
        answer: "si",
        text: "Sì, gli aspetti innovativi riguardano la costituzione dell’Agenzia dell’Abitare (Azione 1) e il supporto educativo continuativo rivolto alle persone adulte (Azione 3).",
        lines: [5650, 5652],
      },
      digitalisation: {
        answer: "si",
        text: "Sì, da un punto di vista organizzativo si prevede l’utilizzo di piattaforme digitali per la realizzazione di incontri di rete.",
        lines: [5660, 5661],
      },
      processIndicators: {
        text: "Azione 1: Costituzione di un Tavolo dedicato al tema congiunto casa-lavoro, per un approccio integrato. … Azione 2: Studio di fattibilità per la costituzione dell’Agenzia dell’Abitare … Azione 3: Realizzazione di progettualità che consentano un supporto educativo continuativo … Azione 4: Consolidamento dei servizi e degli interventi a supporto dell'abitare, … Azione 5: Intensificare il rapporto con ALER … Azione 6: Creazione di una lista di proprietari di casa …",
        indicators: [
          { action: "Azione 1", text: "numero di partecipanti al tavolo", lines: [5672, 5672] },
          { action: "Azione 1", text: "numero di incontri svolti.", lines: [5673, 5673] },
          {
            action: "Azione 2",
            text: "N. di prospettive innovative analizzate in merito all’area dell’abitare.",
            lines: [5679, 5680],
          },
          {
            action: "Azione 2",
            text: "N. incontri tavolo casa-lavoro sullo studio di fattibilità dell’Agenzia dell’Abitare.",
            lines: [5681, 5682],
          },
          {
            action: "Azione 3",
            text: "n. di nuclei familiari presi in carico dal servizio relativamente alla tematica in oggetto",
            lines: [5690, 5691],
          },
          {
            action: "Azione 3",
            text: "n. di persone prese in carico dal servizio relativamente alla tematica in oggetto.",
            lines: [5692, 5693],
          },
          {
            action: "Azione 4",
            text: "n. di persone/nuclei familiari prese in carico dal servizio dedicato",
            lines: [5705, 5706],
          },
          { action: "Azione 4", text: "n. di interventi di coaching attivati", lines: [5707, 5707] },
          {
            action: "Azione 4",
            text: "n. di interventi di educazione finanziaria attivati",
            lines: [5708, 5708],
          },
          {
            action: "Azione 4",
            text: "n. di contratti sottoscritti a canone calmierato",
            lines: [5709, 5709],
          },
          {
            action: "Azione 4",
            text: "n. Comuni che hanno attivato gli accordi ai sensi della L. 431/98 e D.M. 30/12/2002.",
            lines: [5710, 5711],
          },
          {
            action: "Azione 5",
            text: "n. di incontri con ALER per valutare gli alloggi disponibili",
            lines: [5718, 5719],
          },
          { action: "Azione 5", text: "n. di alloggi ALER non disponibili", lines: [5720, 5720] },
          { action: "Azione 5", text: "n. di alloggi ALER rimessi in disponibilità.", lines: [5721, 5721] },
          {
            action: "Azione 6",
            text: "n. di abitazioni disponibili a condizioni agevolate",
            lines: [5730, 5730],
          },
          {
            action: "Azione 6",
            text: "n. di persone in situazioni di fragilità che accedono alle abitazioni.",
            lines: [5731, 5732],
          },
        ],
      },
      outputIndicators: {
        text: "Azione 1) Costituzione del Tavolo dedicato al tema casa-lavoro (si/no); Organizzazione di almeno 9 incontri nella triennalità del tavolo dedicato. Azione 2) Scrittura da parte del tavolo dedicato di un documento contenente lo studio di fattibilità e le nuove prospettive per l’abitare (sì/no). Avvio delle attività dell’Agenzia dell’Abitare entro la fine del triennio (sì/no) Azione 3) Almeno 20 nuclei familiari presi in carico dal servizio che necessitano di un supporto educativo continuativo. Azione 4) Almeno 20 persone inserite in percorsi di educazione finanziaria e di ristrutturazione del debito. Azione 5) Nel 2027 si mira a raggiungere un incremento rispetto al 2025 del numero di abitazioni rimesse in disponibilità da parte di ALER. (N° abitazioni rimesse in disponibilità da ALER nel 2027 > N° abitazioni rimesse in disponibilità da ALER nel 2025). Azione 6) Creazione di una lista di proprietari di casa che si rendono disponibili ad affittare le proprie abitazioni a condizioni agevolate (sì/no).",
        indicators: [
          {
            action: "Azione 1",
            text: "Costituzione del Tavolo dedicato al tema casa-lavoro (si/no)",
            lines: [5739, 5740],
          },
          {
            action: "Azione 1",
            text: "Organizzazione di almeno 9 incontri nella triennalità del tavolo dedicato.",
            lines: [5742, 5743],
          },
          {
            action: "Azione 2",
            text: "Scrittura da parte del tavolo dedicato di un documento contenente lo studio di fattibilità e le nuove prospettive per l’abitare (sì/no).",
            lines: [5747, 5749],
          },
          {
            action: "Azione 2",
            text: "Avvio delle attività dell’Agenzia dell’Abitare entro la fine del triennio (sì/no)",
            lines: [5751, 5752],
          },
          {
            action: "Azione 3",
            text: "Almeno 20 nuclei familiari presi in carico dal servizio che necessitano di un supporto educativo continuativo.",
            lines: [5756, 5757],
          },
          {
            action: "Azione 4",
            text: "Almeno 20 persone inserite in percorsi di educazione finanziaria e di ristrutturazione del debito.",
            lines: [5761, 5762],
          },
          {
            action: "Azione 5",
            text: "Nel 2027 si mira a raggiungere un incremento rispetto al 2025 del numero di abitazioni rimesse in disponibilità da parte di ALER. (N° abitazioni rimesse in disponibilità da ALER nel 2027 > N° abitazioni rimesse in disponibilità da ALER nel 2025).",
            lines: [5766, 5770],
          },
          {
            action: "Azione 6",
            text: "Creazione di una lista di proprietari di casa che si rendono disponibili ad affittare le proprie abitazioni a condizioni agevolate (sì/no).",
            lines: [5774, 5776],
          },
        ],
      },
      outcomeIndicators: {
        text: "L'impatto che tale intervento vorrebbe produrre, si può sintetizzare come segue: Miglioramento della rete sociale dedicata all’abitare; Miglioramento nel supporto alle condizioni di disagio abitativo del target di riferimento; Aumento degli interventi nel merito delle politiche abitative; Miglioramento della conoscenza dell’andamento del fenomeno abitativo e sulle possibilità da poter mettere in campo; Aumento degli alloggi disponibili per persone in condizione di fragilità/vulnerabilità abitativa.",
        indicators: [
          { text: "Miglioramento della rete sociale dedicata all’abitare", lines: [5784, 5784] },
          {
            text: "Miglioramento nel supporto alle condizioni di disagio abitativo del target di riferimento",
            lines: [5785, 5787],
          },
          { text: "Aumento degli interventi nel merito delle politiche abitative", lines: [5788, 5790] },
          {
            text: "Miglioramento della conoscenza dell’andamento del fenomeno abitativo e sulle possibilità da poter mettere in campo",
            lines: [5791, 5794],
          },
          {
            text: "Aumento degli alloggi disponibili per persone in condizione di fragilità/vulnerabilità abitativa.",
            lines: [5796, 5797],
          },
        ],
      },
      targets: [
        {
          id: "A1-1",
          action: "Azione 1",
          text: "Costituzione del Tavolo dedicato al tema casa-lavoro (si/no)",
          lines: [5739, 5740],
          kind: "deliverable",
          deliverable: "Tavolo dedicato al tema casa-lavoro (costituzione)",
        },
        {
          id: "A1-2",
          action: "Azione 1",
          text: "Organizzazione di almeno 9 incontri nella triennalità del tavolo dedicato.",
          lines: [5742, 5743],
          kind: "count-at-least",
          min: 9,
          unit: "incontri del tavolo dedicato",
          per: "triennium",
        },
        {
          id: "A2-1",
          action: "Azione 2",
          text: "Scrittura da parte del tavolo dedicato di un documento contenente lo studio di fattibilità e le nuove prospettive per l’abitare (sì/no).",
          lines: [5747, 5749],
          kind: "deliverable",
          deliverable: "documento contenente lo studio di fattibilità e le nuove prospettive per l’abitare",
        },
        {
          id: "A2-2",
          action: "Azione 2",
          text: "Avvio delle attività dell’Agenzia dell’Abitare entro la fine del triennio (sì/no)",
          lines: [5751, 5752],
          due: "2027-12-31",
          kind: "deliverable",
          deliverable: "avvio delle attività dell’Agenzia dell’Abitare",
        },
        {
          id: "A3-1",
          action: "Azione 3",
          text: "Almeno 20 nuclei familiari presi in carico dal servizio che necessitano di un supporto educativo continuativo.",
          lines: [5756, 5757],
          kind: "count-at-least",
          min: 20,
          unit: "nuclei familiari presi in carico dal servizio che necessitano di un supporto educativo continuativo",
          per: "triennium",
        },
        {
          id: "A4-1",
          action: "Azione 4",
          text: "Almeno 20 persone inserite in percorsi di educazione finanziaria e di ristrutturazione del debito.",
          lines: [5761, 5762],
          kind: "count-at-least",
          min: 20,
          unit: "persone inserite in percorsi di educazione finanziaria e di ristrutturazione del debito",
          per: "triennium",
        },
        {
          id: "A5-1",
          action: "Azione 5",
          text: "Nel 2027 si mira a raggiungere un incremento rispetto al 2025 del numero di abitazioni rimesse in disponibilità da parte di ALER. (N° abitazioni rimesse in disponibilità da ALER nel 2027 > N° abitazioni rimesse in disponibilità da ALER nel 2025).",
          lines: [5766, 5770],
          kind: "change",
          direction: "increase",
          measure: "N° abitazioni rimesse in disponibilità da ALER",
          fromYear: 2025,
          toYear: 2027,
        },
        {
          id: "A6-1",
          action: "Azione 6",
          text: "Creazione di una lista di proprietari di casa che si rendono disponibili ad affittare le proprie abitazioni a condizioni agevolate (sì/no).",
          lines: [5774, 5776],
          kind: "deliverable",
          deliverable:
            "lista di proprietari di casa che si rendono disponibili ad affittare le proprie abitazioni a condizioni agevolate",
        },
      ],
      source: { document: DOCUMENTS.gallarate, lines: [5411, 5797] },
    },
    // Obiettivo D: Potenziare il supporto alla domiciliarità (L5800-6114)
    // Note: Home area: section 5.4 "Obiettivi macro-area: Domiciliarità" (L5798) = regional D.
    // Note: Budget: four funds named without amounts ("FNPS-FNA -Fondi d’Ambito-altre fonti di finanziamento
    // dedicate", L5836-5837).
    // Note: Key points are given for the transversal areas A, E, J and for the home area D: consistent with the
    // form, no slip.
    // Note: No "(prioritario)" mark in the heading (L5800): priority null.
    // Note: Result A2-1 prints no period; the plan's triennium is assumed. Result A3-1 is an unquantified yes/no
    // achievement (no hours or number of Comuni), typed as a deliverable.
    // Note: Continuity: the form does not name the previous objective (2021-2023 objective D has the same title).
    // Note: Scheda D states no LEPS (its indicator 2.7 mentions protocols for "ammissioni/dimissioni protette",
    // L6071-6073, but the scheda does not adopt that LEPS).
    {
      code: "D",
      form: "pdz-dgr-2167",
      heading: "D – Potenziare il supporto alla domiciliarità",
      policyArea: "D",
      policyAreaBasis: "section-heading",
      leps: [],
      priority: null,
      title: "Potenziare il supporto alla domiciliarità",
      goals:
        "Costruire una governance capace di coordinare l’azione di una pluralità di attori estremamente eterogenei che possono operare a sostegno della domiciliarità. L’integrazione deve essere attuata a più livelli: tra soggetti del privato e del pubblico, tra sociale e sanitario. S’intende valorizzare un modello in cui alle persone non autosufficienti si procurino i servizi di cui necessitano e non esclusivamente un supporto al reddito finalizzato al pagamento dell’assistente familiare.",
      actions: [
        {
          code: "Azione 1",
          title: "Studio di fattibilità per la realizzazione di un servizio di SAD-SADH di Ambito.",
          lines: [5818, 5819],
        },
        {
          code: "Azione 2",
          title:
            "Misura B2 e interventi complementari alla misura B2: Interventi per il mantenimento delle persone non autosufficienti al domicilio e interventi a favore delle persone con disabilità grave e anziani non autosufficienti.",
          lines: [5821, 5824],
        },
        {
          code: "Azione 3",
          title: "mantenimento e ampliamento del servizio SAD/SADH in fasce orarie non coperte.",
          lines: [5826, 5827],
        },
      ],
      target:
        "Persone anziane e persone con disabilità e le rispettive famiglie, reti informali di supporto, reti del terzo settore.",
      budget: {
        total: "1480000",
        printedTotal: "€. 1.480.000,00",
        lines: [
          { fund: "fnps", label: "FNPS", amount: null, lines: [5836, 5836] },
          { fund: "fna", label: "FNA", amount: null, lines: [5836, 5836] },
          { fund: "altro", label: "Fondi d’Ambito", amount: null, lines: [5836, 5837] },
          {
            fund: "altro",
            label: "altre fonti di finanziamento dedicate",
            amount: null,
            lines: [5837, 5837],
          },
        ],
        text: "L’Ambito per la realizzazione dell’Obiettivo stima una spesa nel triennio pari ad €. 1.480.000,00 (FNPS-FNA -Fondi d’Ambito-altre fonti di finanziamento dedicate).",
        source: { document: DOCUMENTS.gallarate, lines: [5835, 5837] },
      },
      staff: "EE.LL – ENTI FORMATORI ACCREDITATI - ASST",
      transversal: {
        answer: "si",
        areas: ["A", "E", "J"],
        text: "Si, l’obiettivo è trasversale alle macroaree: A) Contrasto alla povertà e all’emarginazione sociale e promozione dell’inclusione attiva E) Anziani J) Interventi per le persone con disabilità",
      },
      keyPoints: [
        { area: "A", point: "Allargamento della rete e co-programmazione" },
        { area: "A", point: "Vulnerabilità multidimensionale" },
        { area: "D", point: "Flessibilità" },
        { area: "D", point: "Tempestività della risposta" },
        { area: "D", point: "Allargamento del servizio a nuovi soggetti" },
        { area: "D", point: "Ampliamento dei supporti forniti all’utenza" },
        { area: "D", point: "Aumento delle ore di copertura del servizio" },
        { area: "D", point: "Allargamento della rete e co-programmazione" },
        { area: "D", point: "Nuova utenza rispetto al passato" },
        { area: "D", point: "Nuovi strumenti di governance" },
        { area: "D", point: "Integrazione con gli interventi domiciliari a carattere sociosanitario" },
        { area: "E", point: "Autonomia e domiciliarità" },
        { area: "E", point: "Accesso ai servizi" },
        { area: "J", point: "Ruolo delle famiglie e del caregiver" },
        { area: "J", point: "Allargamento della rete e co-programmazione" },
        { area: "J", point: "Nuovi strumenti di governance" },
        { area: "J", point: "Contrasto all’isolamento" },
        { area: "J", point: "Rafforzamento delle reti sociali" },
      ],
      asstInAnalysis: { answer: "no", lines: [5904, 5904] },
      asstInDelivery: {
        answer: "si",
        text: "Sì, qualora ricorra l’eventualità di realizzare una valutazione multidimensionale.",
        lines: [5912, 5913],
      },
      cooperationWithOtherAmbiti: { answer: "no", lines: [5920, 5920], ambiti: [] },
      continuity: { answer: "si", text: "Sì, è in continuità.", lines: [5926, 5926] },
      newService: { kind: "servizio-rivisto", text: "Servizio sostanzialmente rivisto/aggiornato" },
      premialProject: { answer: "no", lines: [5942, 5942] },
      coProgrammed: {
        answer: "si",
        text: "Sì, il presente obiettivo è frutto del percorso di co- programmazione con gli operatori della rete territoriale che hanno aderito.",
        lines: [5949, 5951],
      },
      coDesigned: {
        answer: "no",
        text: "No, nella realizzazione delle azioni citate sopra, verrà valorizzata questa modalità di coinvolgimento del Terzo Settore.",
        lines: [5958, 5960],
      },
      thirdSectorInvolvement: "Sarà coinvolto tramite avvisi pubblici.",
      otherActors: { answer: "no", lines: [5981, 5981], actors: [] },
      needs: {
        text: "I bisogni ai quali questo obiettivo intende rispondere sono: Incremento delle necessità di cura dovuto all’ampliamento delle condizioni di dipendenza a seguito dell’invecchiamento demografico correlato al decremento progressivo della platea dei potenziali caregiver, nonché alla presenza di modifica della morfologia dei nuclei familiari che riducono ulteriormente la disponibilità delle risorse di cura informali; Insufficienza della risposta dei servizi formali ai bisogni di cura a lungo termine, sia in termini quantitativi (insufficiente grado di copertura del servizio) che qualitativi.",
        indicators: [],
      },
      needKind: { kind: "bisogno-consolidato", text: "Bisogno consolidato" },
      preventionKind: ["riparativo"],
      preventionText: "L’obiettivo è di tipo riparativo",
      innovation: { answer: "no", lines: [6027, 6027] },
      digitalisation: {
        answer: "si",
        text: "Sì, da un punto di vista organizzativo si prevede l’utilizzo di piattaforme digitali per la realizzazione di incontri di rete.",
        lines: [6035, 6036],
      },
      processIndicators: {
        text: "Azione 1: Studio di fattibilità per la realizzazione di un servizio di SAD-SADH di Ambito. … Azione 2: Misura B2 e interventi complementari alla misura B2: … Azione 3: mantenimento e ampliamento del servizio SAD/SADH in fasce orarie non coperte.",
        indicators: [
          {
            action: "Azione 1",
            text: "n. di Comuni in cui è attivo il SAD/SADH in forma diretta",
            lines: [6047, 6048],
          },
          { action: "Azione 1", text: "n. di Comuni in cui SAD/SADH sono in appalto", lines: [6049, 6049] },
          {
            action: "Azione 1",
            text: "n. di persone/nuclei familiari presi in carico dai servizi SAD-SADH.",
            lines: [6050, 6051],
          },
          { action: "Azione 2", text: "n. degli interventi attivati", lines: [6059, 6059] },
          {
            action: "Azione 2",
            text: "n. di famiglie che devono conciliare vita e cura dell’anziano/disabile grave e che hanno usufruito di supporto",
            lines: [6060, 6062],
          },
          {
            action: "Azione 2",
            text: "n. di persone che hanno usufruito di formazione specifica per assistenti familiari",
            lines: [6063, 6064],
          },
          {
            action: "Azione 2",
            text: "n. di caregiver supportati per il fronteggiamento dello stress",
            lines: [6065, 6066],
          },
          {
            action: "Azione 2",
            text: "n. di famiglie che hanno al proprio interno la figura dell’Amministratore di Sostegno",
            lines: [6067, 6068],
          },
          {
            action: "Azione 2",
            text: "n. di persone con grave disabilità o anziane non autosufficienti sostenute tramite i titoli sociali",
            lines: [6069, 6070],
          },
          {
            action: "Azione 2",
            text: "n. protocolli di intesa per le ammissioni/dimissioni protette dagli ospedali pubblici e privati a favore di persone fragili.",
            lines: [6071, 6073],
          },
          {
            action: "Azione 3",
            text: "n. dei Comuni in cui è attivo il servizio in giorni/fasce orarie non abituali",
            lines: [6079, 6080],
          },
          {
            action: "Azione 3",
            text: "n. di Comuni interessati al potenziamento del servizio.",
            lines: [6081, 6081],
          },
        ],
      },
      outputIndicators: {
        text: "I risultati che si intendono raggiungere attraverso l'obiettivo individuato sono: Azione 1) Report contenente lo studio di fattibilità (sì/no); Azione 2) Realizzazione di almeno 3 tipologie diverse di interventi complementari alla misura B2; Azione 3) Ampliamento dell’orario di copertura del servizio SAD/SADH nei giorni festivi e prefestivi.",
        indicators: [
          {
            action: "Azione 1",
            text: "Report contenente lo studio di fattibilità (sì/no)",
            lines: [6090, 6090],
          },
          {
            action: "Azione 2",
            text: "Realizzazione di almeno 3 tipologie diverse di interventi complementari alla misura B2",
            lines: [6093, 6095],
          },
          {
            action: "Azione 3",
            text: "Ampliamento dell’orario di copertura del servizio SAD/SADH nei giorni festivi e prefestivi.",
            lines: [6098, 6099],
          },
        ],
      },
      outcomeIndicators: {
        text: "Possibili indicatori di out-come: Ampliamento e migliore accessibilità dell’offerta dei servizi domiciliari; Attivazione di processi di coinvolgimento di soggetti associativi e della comunità; Miglioramento della qualità della presa in carico integrata con la rete sanitaria e socio-sanitaria percepita dagli utenti.",
        indicators: [
          {
            text: "Ampliamento e migliore accessibilità dell’offerta dei servizi domiciliari",
            lines: [6106, 6107],
          },
          {
            text: "Attivazione di processi di coinvolgimento di soggetti associativi e della comunità",
            lines: [6109, 6110],
          },
          {
            text: "Miglioramento della qualità della presa in carico integrata con la rete sanitaria e socio-sanitaria percepita dagli utenti.",
            lines: [6112, 6114],
          },
        ],
      },
      targets: [
        {
          id: "A1-1",
          action: "Azione 1",
          text: "Report contenente lo studio di fattibilità (sì/no)",
          lines: [6090, 6090],
          kind: "deliverable",
          deliverable: "Report contenente lo studio di fattibilità (servizio di SAD-SADH di Ambito)",
        },
        {
          id: "A2-1",
          action: "Azione 2",
          text: "Realizzazione di almeno 3 tipologie diverse di interventi complementari alla misura B2",
          lines: [6093, 6095],
          kind: "count-at-least",
          min: 3,
          unit: "tipologie diverse di interventi complementari alla misura B2",
          per: "triennium",
        },
        {
          id: "A3-1",
          action: "Azione 3",
          text: "Ampliamento dell’orario di copertura del servizio SAD/SADH nei giorni festivi e prefestivi.",
          lines: [6098, 6099],
          kind: "deliverable",
          deliverable:
            "ampliamento dell’orario di copertura del servizio SAD/SADH nei giorni festivi e prefestivi",
        },
      ],
      source: { document: DOCUMENTS.gallarate, lines: [5800, 6114] },
    },
    // Obiettivo E: Adozione di corretti stili di vita per gli anziani (L6119-6521)
    // Slip L6277-6280: The continuity answer lists "Azione 5: Sensibilizzazione alla protezione presso i centri
    // anziani …", but in this scheda that action is Azione 6 (L6158-6160); Azione 5 is the
    // school/intergenerational action (L6151-6156). Encoded as printed.
    // Note: Home area: section 5.5 "Obiettivi macro-area: Anziani" (L6117) = regional E. The heading prints "E -
    // Obiettivo Adozione di corretti stili di vita per gli anziani" (with the word "Obiettivo"); the title field
    // omits it.
    // Note: Key points are given for the transversal areas A, D, F, I, J and for the home area E: consistent with
    // the form, no slip.
    // Note: No "(prioritario)" mark in the heading (L6119): priority null.
    // Note: Co-design: the box gives no SI/NO, only "Nella realizzazione delle azioni citate sopra verrà
    // valorizzata …" (L6311-6313): answer null, text kept. Field 17 is blank (L6326): null.
    // Note: Continuity: the answer lists the continued actions (1, 2, 4, 5 as printed) but not the previous
    // objective's code (2021-2023 objective E has the same title).
    // Note: Results A2-1, A5-1, A6-1 print no period; the plan's triennium is assumed. A1-1, A3-1, A4-1 are
    // coverage targets over the Comuni of the Ambito.
    // Note: The impact field's first three bullets are impact statements; only the two items under "Possibili
    // indicatori di out-come:" (L6515-6521) are listed as outcome indicators.
    // Note: Source ends at L6521, the last printed line of the form (the map's L6522 is blank).
    // Note: Scheda E states no LEPS.
    {
      code: "E",
      form: "pdz-dgr-2167",
      heading: "E - Obiettivo Adozione di corretti stili di vita per gli anziani",
      policyArea: "E",
      policyAreaBasis: "section-heading",
      leps: [],
      priority: null,
      title: "Adozione di corretti stili di vita per gli anziani",
      goals:
        "La promozione di stili di vita sani è l’arma più valida per combattere le patologie degenerative e il senso di solitudine ed isolamento che sempre più anziani esperiscono durante la loro vita. L’obiettivo intende promuovere attività che mirino al mantenimento delle capacità di socializzazione anche attraverso la partecipazione a momenti di scambio con il resto della comunità territoriale.",
      actions: [
        {
          code: "Azione 1",
          title:
            "Attivazione di un servizio di telefonia in entrata e in uscita rivolto alle persone anziane. Il servizio offrirebbe alle persone anziane occasioni di socializzazione, nonché di ascolto e riconoscimento del bisogno.",
          lines: [6134, 6137],
        },
        {
          code: "Azione 2",
          title:
            "Realizzazione di iniziative di promozione del benessere psicosociale e dell’invecchiamento sano, valorizzando il protagonismo delle persone anziane (esempio “Anziani in Movimento”).",
          lines: [6139, 6142],
        },
        {
          code: "Azione 3",
          title:
            "Ampliamento dei luoghi aggregativi sociali per anziani (ad esempio Centri diurni anziani e iniziative quali gli Alzheimer Cafè) nei Comuni dell’Ambito.",
          lines: [6144, 6146],
        },
        {
          code: "Azione 4",
          title:
            "Promuovere nascita di gruppi di cammino nei Comuni dell’Ambito in cui l’iniziativa non è presente.",
          lines: [6148, 6149],
        },
        {
          code: "Azione 5",
          title:
            "Creare occasioni con le scuole del territorio per favorire lo scambio intergenerazionale tra ragazz* frequentanti e persone anziane, che abbiano come fine l’insegnamento agli ultimi dell’utilizzo di strumenti informatici capaci di ampliare le loro possibilità di socializzazione.",
          lines: [6151, 6156],
        },
        {
          code: "Azione 6",
          title:
            "Sensibilizzazione alla protezione da realizzare presso i centri anziani (es. prevenzione truffe o simili) con il coinvolgimento delle forze dell’ordine.",
          lines: [6158, 6160],
        },
      ],
      target: "Persone anziane e le loro famiglie, reti informali di supporto, reti del terzo settore.",
      budget: {
        total: "70000",
        printedTotal: "€. 70.000,00",
        lines: [
          { fund: "fnps", label: "FNPS", amount: null, lines: [6169, 6169] },
          { fund: "altro", label: "Fondi d’Ambito", amount: null, lines: [6169, 6170] },
          {
            fund: "altro",
            label: "altre fonti di finanziamento dedicate",
            amount: null,
            lines: [6170, 6170],
          },
        ],
        text: "L’Ambito per la realizzazione dell’Obiettivo stima una spesa nel triennio pari ad €. 70.000,00 (FNPS-Fondi d’Ambito-altre fonti di finanziamento dedicate).",
        source: { document: DOCUMENTS.gallarate, lines: [6168, 6170] },
      },
      staff: "EE.LL – PRIVATO SOCIALE – ASST – ASSOCIAZIONI DEL TERRITORIO.",
      transversal: {
        answer: "si",
        areas: ["A", "D", "F", "I", "J"],
        text: "Sì, l’obiettivo è trasversale a: A) Contrasto alla povertà e all’emarginazione sociale e promozione dell’inclusione attiva D) Domiciliarità F) Digitalizzazione dei servizi I) Interventi per la famiglia J) Interventi a favore di persone con disabilità",
      },
      keyPoints: [
        { area: "A", point: "Allargamento della rete e co-programmazione" },
        { area: "A", point: "Contrasto all’isolamento" },
        { area: "A", point: "Rafforzamento delle reti sociali" },
        { area: "A", point: "Vulnerabilità multidimensionale" },
        { area: "A", point: "Facilitare l’accesso alle opportunità di benessere e partecipazione attiva" },
        { area: "D", point: "Tempestività della risposta" },
        { area: "D", point: "Ampliamento dei supporti forniti all’utenza" },
        { area: "D", point: "Allargamento del servizio a nuovi soggetti" },
        { area: "D", point: "Allargamento della rete e co-programmazione" },
        { area: "D", point: "Nuova utenza rispetto al passato" },
        { area: "E", point: "Rafforzamento degli strumenti di long term-care" },
        { area: "E", point: "Autonomia e domiciliarità" },
        { area: "E", point: "Personalizzazione dei servizi" },
        { area: "E", point: "Accesso ai servizi" },
        { area: "E", point: "Ruolo delle famiglie e del caregiver" },
        { area: "E", point: "Sviluppo azioni LR 15/2015" },
        { area: "E", point: "Rafforzamento delle reti sociali" },
        { area: "E", point: "Contrasto all’isolamento" },
        { area: "E", point: "Allargamento della rete e co-programmazione" },
        { area: "E", point: "Nuova utenza rispetto al passato" },
        { area: "F", point: "Integrazione e rafforzamento del collegamento tra i nodi della rete" },
        { area: "F", point: "Interventi per l’inclusione e l’alfabetizzazione digitale" },
        { area: "I", point: "Sostegno secondo le specificità del contesto familiare" },
        { area: "J", point: "Ruolo delle famiglie e del caregiver" },
        { area: "J", point: "Allargamento della rete e co-programmazione" },
        { area: "J", point: "Contrasto all’isolamento" },
        { area: "J", point: "Rafforzamento delle reti sociali" },
      ],
      asstInAnalysis: { answer: "no", lines: [6252, 6252] },
      asstInDelivery: { answer: "no", lines: [6260, 6260] },
      cooperationWithOtherAmbiti: { answer: "no", lines: [6265, 6265], ambiti: [] },
      continuity: {
        answer: "si",
        text: "Sì, è in continuità con: Azione 1: Progetto “Telefonia sociale” Azione 2: Progetto “Anziani in movimento”. Azione 4: Gruppi di cammino. Azione 5: Sensibilizzazione alla protezione presso i centri anziani (es. prevenzione truffe o simili) con il coinvolgimento delle forze dell’ordine.",
        lines: [6272, 6280],
      },
      newService: { kind: "servizio-rivisto", text: "Servizio sostanzialmente rivisto/aggiornato" },
      premialProject: { answer: "no", lines: [6295, 6295] },
      coProgrammed: {
        answer: "si",
        text: "Sì, il presente obiettivo è frutto del percorso di co- programmazione con gli operatori della rete territoriale che hanno aderito.",
        lines: [6302, 6304],
      },
      coDesigned: {
        answer: null,
        text: "Nella realizzazione delle azioni citate sopra verrà valorizzata questa modalità di coinvolgimento del Terzo Settore.",
        lines: [6311, 6313],
      },
      thirdSectorInvolvement: null,
      otherActors: {
        answer: "si",
        text: "Sì, il servizio prevede il coinvolgimento delle forze dell’ordine e delle scuole.",
        lines: [6334, 6335],
        actors: ["forze dell’ordine", "scuole"],
      },
      needs: {
        text: "Bisogni ai quali questo obiettivo intende rispondere sono: Necessità di percorsi che promuovano un invecchiamento attivo e in salute supportando l’adozione di politiche sociali atte a fronteggiare le inevitabili criticità correlate all’età avanzata; Necessità di sostegno per le persone anziane, migliorandone la qualità della vita e delle relazioni, difendendo e sviluppando le capacità conoscitive e attive, anche residue, di questa categoria di persone.",
        indicators: [],
      },
      needKind: { kind: "bisogno-consolidato", text: "Bisogno consolidato" },
      preventionKind: ["promozionale", "preventivo"],
      preventionText: "L’obiettivo è di tipo promozionale/preventivo",
      innovation: {
        answer: "si",
        text: "Sì, presenta aspetti innovativi in relazione alla presa in carico.",
        lines: [6379, 6380],
      },
      digitalisation: {
        answer: "si",
        text: "Sì, l’obiettivo ha lo scopo di insegnare al target l’utilizzo di strumenti informatici utili all’ampliamento delle loro possibilità di socializzazione. Da un punto di vista organizzativo si prevede l’utilizzo di piattaforme digitali per la realizzazione di incontri.",
        lines: [6388, 6392],
      },
      processIndicators: {
        text: "Azione 1: Attivazione di un servizio di telefonia in entrata e in uscita rivolto alle persone anziane. … Azione 2: Realizzazione di iniziative di promozione del benessere psicosociale … Azione 3: Ampliamento dei luoghi aggregativi sociali per anziani … Azione 4: Promuovere nascita di gruppi di cammino … Azione 5: Creare occasioni con le scuole del territorio … Azione 6: Sensibilizzazione alla protezione …",
        indicators: [
          { action: "Azione 1", text: "N. di Comuni in cui è attivo il servizio", lines: [6403, 6403] },
          {
            action: "Azione 1",
            text: "N. di persone che contattano il servizio di telefonia in entrata",
            lines: [6404, 6405],
          },
          {
            action: "Azione 1",
            text: "N. di persone contattate dal servizio di telefonia in uscita",
            lines: [6406, 6407],
          },
          { action: "Azione 1", text: "N. di persone segnalate ai servizi sociali.", lines: [6408, 6408] },
          { action: "Azione 2", text: "N. di iniziative realizzate dai progetti", lines: [6416, 6416] },
          {
            action: "Azione 2",
            text: "N. di partecipanti alle iniziative previste dai progetti.",
            lines: [6417, 6417],
          },
          {
            action: "Azione 3",
            text: "N. di Comuni sprovvisti di luoghi aggregativi sociali per anziani che hanno implementato questo tipo di servizio.",
            lines: [6424, 6425],
          },
          {
            action: "Azione 3",
            text: "N. di persone anziane che frequentano i luoghi aggregativi sociali per anziani.",
            lines: [6426, 6427],
          },
          {
            action: "Azione 4",
            text: "N. di Comuni sprovvisti di gruppi di cammino che hanno implementato questo tipo di servizio",
            lines: [6433, 6434],
          },
          {
            action: "Azione 4",
            text: "N. di persone anziane che frequentano gruppi di cammino",
            lines: [6435, 6436],
          },
          { action: "Azione 4", text: "N. di iniziative promozionali (incontri).", lines: [6437, 6437] },
          { action: "Azione 5", text: "N. di studenti partecipanti", lines: [6447, 6447] },
          { action: "Azione 5", text: "N. di persone anziane partecipanti", lines: [6448, 6448] },
          { action: "Azione 5", text: "N. di scuole coinvolte.", lines: [6449, 6449] },
          {
            action: "Azione 6",
            text: "N. di incontri realizzati con le forze dell’ordine",
            lines: [6456, 6456],
          },
          {
            action: "Azione 6",
            text: "N. di persone anziane partecipanti agli incontri.",
            lines: [6457, 6457],
          },
        ],
      },
      outputIndicators: {
        text: "I risultati che si intendono raggiungere attraverso l'obiettivo individuato sono: Azione 1) Realizzazione del servizio di telefonia in almeno 3 Comuni dell’Ambito; Azione 2) Realizzazione di almeno 1 progetto sull’invecchiamento attivo; Azione 3) Realizzazione di luoghi aggregativi per anziani in almeno due Comuni dell’Ambito in cui attualmente non sono presenti. Azione 4: Attivazione di gruppi di cammino in almeno 1 Comune dell’Ambito in cui attualmente non è presente. Azione 5: Realizzazione di almeno 3 iniziative con le scuole. Azione 6: Realizzazione di almeno 9 incontri di sensibilizzazione alla protezione.",
        indicators: [
          {
            action: "Azione 1",
            text: "Realizzazione del servizio di telefonia in almeno 3 Comuni dell’Ambito",
            lines: [6467, 6468],
          },
          {
            action: "Azione 2",
            text: "Realizzazione di almeno 1 progetto sull’invecchiamento attivo",
            lines: [6471, 6472],
          },
          {
            action: "Azione 3",
            text: "Realizzazione di luoghi aggregativi per anziani in almeno due Comuni dell’Ambito in cui attualmente non sono presenti.",
            lines: [6476, 6478],
          },
          {
            action: "Azione 4",
            text: "Attivazione di gruppi di cammino in almeno 1 Comune dell’Ambito in cui attualmente non è presente.",
            lines: [6482, 6484],
          },
          {
            action: "Azione 5",
            text: "Realizzazione di almeno 3 iniziative con le scuole.",
            lines: [6488, 6488],
          },
          {
            action: "Azione 6",
            text: "Realizzazione di almeno 9 incontri di sensibilizzazione alla protezione.",
            lines: [6492, 6493],
          },
        ],
      },
      outcomeIndicators: {
        text: "L'impatto che tale intervento vorrebbe produrre, si può sintetizzare come segue: Rispetto alle persone già bisognose di cura e di supporto, l’impatto consta nell’adeguamento e il potenziamento dei servizi alla persona fragile e ai caregiver; L’impatto consta nel sensibilizzare e attivare la comunità nel suo insieme a farsi carico del bisogno, a divenire supporto e avviare un percorso di consapevolezza e di educazione all’invecchiamento in salute. Consolidamento dei progetti già in essere in alcune realtà locali; Possibili indicatori di out-come: Aumento del numero dei soggetti anziani che aderiscono alle attività progettuali Miglioramento della qualità della vita dei soggetti aderenti ai progetti",
        indicators: [
          {
            text: "Aumento del numero dei soggetti anziani che aderiscono alle attività progettuali",
            lines: [6517, 6518],
          },
          {
            text: "Miglioramento della qualità della vita dei soggetti aderenti ai progetti",
            lines: [6520, 6521],
          },
        ],
      },
      targets: [
        {
          id: "A1-1",
          action: "Azione 1",
          text: "Realizzazione del servizio di telefonia in almeno 3 Comuni dell’Ambito",
          lines: [6467, 6468],
          kind: "coverage-at-least",
          min: 3,
          unit: "comuni",
        },
        {
          id: "A2-1",
          action: "Azione 2",
          text: "Realizzazione di almeno 1 progetto sull’invecchiamento attivo",
          lines: [6471, 6472],
          kind: "count-at-least",
          min: 1,
          unit: "progetti sull’invecchiamento attivo",
          per: "triennium",
        },
        {
          id: "A3-1",
          action: "Azione 3",
          text: "Realizzazione di luoghi aggregativi per anziani in almeno due Comuni dell’Ambito in cui attualmente non sono presenti.",
          lines: [6476, 6478],
          kind: "coverage-at-least",
          min: 2,
          unit: "comuni",
        },
        {
          id: "A4-1",
          action: "Azione 4",
          text: "Attivazione di gruppi di cammino in almeno 1 Comune dell’Ambito in cui attualmente non è presente.",
          lines: [6482, 6484],
          kind: "coverage-at-least",
          min: 1,
          unit: "comuni",
        },
        {
          id: "A5-1",
          action: "Azione 5",
          text: "Realizzazione di almeno 3 iniziative con le scuole.",
          lines: [6488, 6488],
          kind: "count-at-least",
          min: 3,
          unit: "iniziative con le scuole",
          per: "triennium",
        },
        {
          id: "A6-1",
          action: "Azione 6",
          text: "Realizzazione di almeno 9 incontri di sensibilizzazione alla protezione.",
          lines: [6492, 6493],
          kind: "count-at-least",
          min: 9,
          unit: "incontri di sensibilizzazione alla protezione",
          per: "triennium",
        },
      ],
      source: { document: DOCUMENTS.gallarate, lines: [6119, 6521] },
    },
    // Obiettivo F: Costruzione di progettualità condivise di promozione-prevenzione per minori e famiglie all’interno dell’Ambito (L6534-6866)
    // Slip L6706-6708: "tutta la rete territoriali di attori": agreement typo ("territoriali" for
    // "territoriale"), encoded as printed.
    // Slip L6809: Indicator 3.2 "N. nuovi strumenti e metodi innovati individuati": "innovati" for "innovativi"
    // (the action says "metodi innovativi", L6563), encoded as printed.
    // Note: Home area: section 5.6 "Obiettivi macro-area: Politiche giovanili e per minori" (L6532) = regional G.
    // The local code F is not the macro-area letter F.
    // Note: Priority: "(prioritario)" printed in the heading (L6535).
    // Note: Title: the TITOLO box wraps "promozione-/prevenzione" over two lines (L6537-6538); the heading prints
    // it unbroken (L6534), so the title keeps "promozione-prevenzione". In goals the same line-break hyphen is
    // joined with a space, as the BRIEF prescribes.
    // Note: Transversality: the area is printed "I. Interventi per la famiglia" (with a dot, L6597); key points
    // are given for I and for the home area G: consistent, no slip.
    // Note: New service: "No, …" (L6654-6655); none of the form's three options chosen: kind null.
    // Note: Field 17 is blank (L6698): null.
    // Note: Continuity "SI" (L6648); the form does not name the previous objective (2021-2023 objective F has the
    // same title).
    // Note: Results: A1-1 "almeno 2 incontri annuali" → per year; A1-2, A2-1, A4-1 print no period, the plan's
    // triennium is assumed; A3-1 ("1 nuovo strumento o metodo") is a deliverable.
    // Note: Scheda F states no LEPS.
    {
      code: "F",
      form: "pdz-dgr-2167",
      heading:
        "F - Costruzione di progettualità condivise di promozione-prevenzione per minori e famiglie all’interno dell’Ambito (prioritario)",
      policyArea: "G",
      policyAreaBasis: "section-heading",
      leps: [],
      priority: true,
      title:
        "Costruzione di progettualità condivise di promozione-prevenzione per minori e famiglie all’interno dell’Ambito",
      goals:
        "Tale obiettivo prevede la creazione di progettualità condivise tra i Comuni dell’Ambito che vadano ad interessare l’importante filone della promozione- prevenzione. Nella costruzione di questi progetti è necessario tenere in considerazione e valorizzare le varie voci presenti sul territorio, in un’ottica di condivisione delle competenze e di lavoro di rete.",
      actions: [
        {
          code: "Azione 1",
          title:
            "Rafforzamento della governance territoriale sul tema dei minori e delle famiglie attraverso la partecipazione su invito al Tavolo Tematico da parte delle istituzioni scolastiche, ATS, ASST, operatori dei luoghi o centri di aggregazione giovanile, Informagiovani, presidi educativi e giovani del territorio.",
          lines: [6553, 6558],
        },
        {
          code: "Azione 2",
          title:
            "Realizzazione di progetti rivolti a minori e famiglie in stretta collaborazione con le scuole del territorio.",
          lines: [6560, 6561],
        },
        {
          code: "Azione 3",
          title:
            "determinare nuovi strumenti e metodi innovativi per intercettare e rispondere ai bisogni del target di riferimento.",
          lines: [6563, 6565],
        },
        {
          code: "Azione 4",
          title:
            "realizzare in co-progettazione con i giovani del territorio delle attività culturali a loro destinate, che abbiano il duplice fine di attrarre il target con attività misurate sui loro interessi e rendere disponibili al contempo servizi a bassa soglia che si occupino di rilevare il bisogno e intercettare giovani utenti con fragilità per collegarli alle modalità di risposta del bisogno.",
          lines: [6567, 6573],
        },
      ],
      target:
        "I beneficiari diretti dell’intervento sono i minori, i giovani e le loro famiglie. A seconda del tipo di progettualità sviluppata saranno definiti i target specifici.",
      budget: {
        total: "210000",
        printedTotal: "€. 210.000,00",
        lines: [
          { fund: "fnps", label: "FNPS", amount: null, lines: [6583, 6583] },
          { fund: "altro", label: "Fondi d’Ambito", amount: null, lines: [6583, 6583] },
          {
            fund: "altro",
            label: "altre fonti di finanziamento dedicate",
            amount: null,
            lines: [6584, 6584],
          },
        ],
        text: "L’Ambito per la realizzazione dell’Obiettivo stima una spesa nel triennio pari ad €. 210.000,00 (FNPS-Fondi d’Ambito- altre fonti di finanziamento dedicate).",
        source: { document: DOCUMENTS.gallarate, lines: [6582, 6584] },
      },
      staff: "Enti Locali, ETS, ASST, Scuole e privati",
      transversal: {
        answer: "si",
        areas: ["I"],
        text: "Sì, l’obiettivo è trasversale all’area di policy: I. Interventi per la famiglia",
      },
      keyPoints: [
        { area: "G", point: "Contrasto e prevenzione della povertà educativa" },
        { area: "G", point: "Contrasto e prevenzione della dispersione scolastica" },
        { area: "G", point: "Rafforzamento delle reti sociali" },
        { area: "G", point: "Prevenzione e contenimento del disagio sociale e del suo impatto sulla salute" },
        { area: "G", point: "Allargamento della rete e co-programmazione" },
        { area: "G", point: "Presenza di nuovi soggetti a rischio/nuova utenza rispetto al passato" },
        { area: "G", point: "Nuovi strumenti di governance" },
        { area: "I", point: "Sostegno secondo le specificità del contesto familiare" },
      ],
      asstInAnalysis: { answer: "si", text: "SI", lines: [6626, 6626] },
      asstInDelivery: {
        answer: "si",
        text: "SI, nel confronto sui bisogni emergenti e nell’eventuale realizzazione di progetti integrati.",
        lines: [6634, 6635],
      },
      cooperationWithOtherAmbiti: { answer: "no", lines: [6642, 6642], ambiti: [] },
      continuity: { answer: "si", text: "SI", lines: [6648, 6648] },
      newService: {
        kind: null,
        text: "No, prevede il rafforzamento di modalità di intercettazione del target giovanile.",
      },
      premialProject: { answer: "no", lines: [6664, 6664] },
      coProgrammed: {
        answer: "si",
        text: "Sì, il presente obiettivo è frutto del percorso di co- programmazione con gli operatori della rete territoriale che hanno aderito alla manifestazione d’interesse promossa dall’Ambito.",
        lines: [6673, 6676],
        acts: [
          { kind: "avviso", text: "manifestazione d’interesse promossa dall’Ambito.", lines: [6675, 6676] },
        ],
      },
      coDesigned: {
        answer: "no",
        text: "No, nella realizzazione delle azioni citate sopra, verrà valorizzata questa modalità di coinvolgimento del Terzo Settore.",
        lines: [6683, 6685],
      },
      thirdSectorInvolvement: null,
      otherActors: {
        answer: "si",
        text: "Sì, l’intervento prevede il coinvolgimento di tutta la rete territoriali di attori a vario titolo coinvolta nella promozione e attuazione delle politiche per i giovani.",
        lines: [6706, 6708],
        actors: [
          "tutta la rete territoriali di attori a vario titolo coinvolta nella promozione e attuazione delle politiche per i giovani",
        ],
      },
      needs: {
        text: "Il seguente obiettivo intende rispondere al: Bisogno di sviluppare il lavoro di rete tra enti e istituzioni, con particolare attenzione ai Servizi Specialistici sul territorio distrettuale, per rispondere in maniera coordinata alle nuove criticità emerse dalla situazione sanitaria straordinaria (es. problematiche adolescenziali come isolamento sociale, uso e abuso dei social). Bisogno di migliorare la collaborazione tra gli enti, tramite la condivisione di informazioni, risorse e competenze, per ottimizzare l’efficacia degli interventi. Bisogno di promuovere la co-progettazione come modalità operativa centrale, favorendo la costruzione di interventi condivisi e partecipati. Bisogno di attivare interventi a livello distrettuale per la promozione e prevenzione rivolte a giovani e minori, con iniziative mirate a favorire il loro benessere e a contrastare situazioni di rischio.",
        indicators: [],
      },
      needKind: { kind: "bisogno-consolidato", text: "BISOGNO CONSOLIDATO" },
      preventionKind: ["promozionale", "preventivo"],
      preventionText: "L’obiettivo è principalmente di tipo promozionale e preventivo.",
      innovation: {
        answer: "si",
        text: "SI, si prevede di strutturare modalità innovative di aggancio del target giovanile.",
        lines: [6764, 6765],
      },
      digitalisation: {
        answer: "si",
        text: "Sì, si prevede l’utilizzo di piattaforme digitali per raggiungere con più facilità i giovani e diffondere informazioni su progetti, interventi ed eventi nel territorio.",
        lines: [6773, 6775],
      },
      processIndicators: {
        text: "Azione 1: Rafforzamento della governance territoriale sul tema dei minori e delle famiglie … Azione 2: Realizzazione di progetti rivolti a minori e famiglie in stretta collaborazione con le scuole del territorio. … Azione 3: determinare nuovi strumenti e metodi innovativi … Azione 4: realizzare in co-progettazione con i giovani del territorio delle attività culturali …",
        indicators: [
          { action: "Azione 1", text: "N. incontri su invito realizzati", lines: [6790, 6790] },
          {
            action: "Azione 1",
            text: "N. giovani partecipanti agli incontri su invito",
            lines: [6791, 6791],
          },
          {
            action: "Azione 1",
            text: "N. enti/organizzazioni coinvolte dagli incontri su invito.",
            lines: [6792, 6792],
          },
          { action: "Azione 2", text: "N. scuole del territorio coinvolte", lines: [6798, 6798] },
          { action: "Azione 2", text: "N. progetti realizzati", lines: [6799, 6799] },
          { action: "Azione 2", text: "N. minori/giovani coinvolti", lines: [6800, 6800] },
          { action: "Azione 2", text: "N. nuclei familiari coinvolti.", lines: [6801, 6801] },
          {
            action: "Azione 3",
            text: "N. Incontri del tavolo tematico dedicati al tema",
            lines: [6808, 6808],
          },
          {
            action: "Azione 3",
            text: "N. nuovi strumenti e metodi innovati individuati.",
            lines: [6809, 6809],
          },
          { action: "Azione 4", text: "N. iniziative organizzate con i ragazzi", lines: [6820, 6820] },
          { action: "Azione 4", text: "N. ragazzi coinvolti in ogni iniziativa", lines: [6821, 6821] },
          { action: "Azione 4", text: "N. enti del Terzo Settore coinvolti", lines: [6822, 6822] },
          { action: "Azione 4", text: "N. servizi a bassa soglia progettati", lines: [6823, 6823] },
          { action: "Azione 4", text: "N. giovani utenti con fragilità intercettati.", lines: [6824, 6824] },
        ],
      },
      outputIndicators: {
        text: "Azione 1) Realizzazione di almeno 2 incontri annuali del Tavolo Tematico su invito. Almeno 3 incontri del Tavolo Tematico su invito con la partecipazione dei giovani del territorio. Azione 2) Avvio di almeno 3 progetti in collaborazione con le scuole. Azione 3) Individuazione di 1 nuovo strumento o metodo innovativo per intercettare e rispondere ai bisogni del target di riferimento; Azione 4) Realizzazione di almeno 3 attività culturali che abbiano i fini descritti nell’azione, realizzate in co- progettazione con i giovani.",
        indicators: [
          {
            action: "Azione 1",
            text: "Realizzazione di almeno 2 incontri annuali del Tavolo Tematico su invito.",
            lines: [6831, 6832],
          },
          {
            action: "Azione 1",
            text: "Almeno 3 incontri del Tavolo Tematico su invito con la partecipazione dei giovani del territorio.",
            lines: [6834, 6835],
          },
          {
            action: "Azione 2",
            text: "Avvio di almeno 3 progetti in collaborazione con le scuole.",
            lines: [6839, 6840],
          },
          {
            action: "Azione 3",
            text: "Individuazione di 1 nuovo strumento o metodo innovativo per intercettare e rispondere ai bisogni del target di riferimento",
            lines: [6844, 6846],
          },
          {
            action: "Azione 4",
            text: "Realizzazione di almeno 3 attività culturali che abbiano i fini descritti nell’azione, realizzate in co- progettazione con i giovani.",
            lines: [6850, 6852],
          },
        ],
      },
      outcomeIndicators: {
        text: "L’impatto che tale intervento vorrebbe produrre, si può sintetizzare nei seguenti indicatori: Rafforzamento della governance territoriale (enti pubblici, servizi specialistici, privato sociale) Riduzione delle situazioni a rischio tra i giovani ; Aumento della consapevolezza della comunità educante.",
        indicators: [
          {
            text: "Rafforzamento della governance territoriale (enti pubblici, servizi specialistici, privato sociale)",
            lines: [6860, 6861],
          },
          { text: "Riduzione delle situazioni a rischio tra i giovani", lines: [6863, 6863] },
          { text: "Aumento della consapevolezza della comunità educante.", lines: [6864, 6866] },
        ],
      },
      targets: [
        {
          id: "A1-1",
          action: "Azione 1",
          text: "Realizzazione di almeno 2 incontri annuali del Tavolo Tematico su invito.",
          lines: [6831, 6832],
          kind: "count-at-least",
          min: 2,
          unit: "incontri del Tavolo Tematico su invito",
          per: "year",
        },
        {
          id: "A1-2",
          action: "Azione 1",
          text: "Almeno 3 incontri del Tavolo Tematico su invito con la partecipazione dei giovani del territorio.",
          lines: [6834, 6835],
          kind: "count-at-least",
          min: 3,
          unit: "incontri del Tavolo Tematico su invito con la partecipazione dei giovani del territorio",
          per: "triennium",
        },
        {
          id: "A2-1",
          action: "Azione 2",
          text: "Avvio di almeno 3 progetti in collaborazione con le scuole.",
          lines: [6839, 6840],
          kind: "count-at-least",
          min: 3,
          unit: "progetti in collaborazione con le scuole",
          per: "triennium",
        },
        {
          id: "A3-1",
          action: "Azione 3",
          text: "Individuazione di 1 nuovo strumento o metodo innovativo per intercettare e rispondere ai bisogni del target di riferimento",
          lines: [6844, 6846],
          kind: "deliverable",
          deliverable:
            "nuovo strumento o metodo innovativo per intercettare e rispondere ai bisogni del target di riferimento",
        },
        {
          id: "A4-1",
          action: "Azione 4",
          text: "Realizzazione di almeno 3 attività culturali che abbiano i fini descritti nell’azione, realizzate in co- progettazione con i giovani.",
          lines: [6850, 6852],
          kind: "count-at-least",
          min: 3,
          unit: "attività culturali realizzate in co-progettazione con i giovani",
          per: "triennium",
        },
      ],
      source: { document: DOCUMENTS.gallarate, lines: [6534, 6866] },
    },
    // Obiettivo G: Rafforzare gli strumenti della tutela minorile (L6867-7228)
    // Slip L7128: Field 24 restates Action 3 with its label printed twice: "Azione 3: Azione 3: stipulazione di
    // accordi di programma …". Encoded as one action "Azione 3"; the duplicated label is kept verbatim in
    // processIndicators.text.
    // Note: Home macro-area G from the section heading "5.6 Obiettivi macro-area: Politiche giovanili e per
    // minori" (L6532); the heading letter "G" is the plan's local objective code (same code and title as
    // 2021-2023 objective G, L2143).
    // Note: No "(prioritario)" in the heading (L6867): priority null.
    // Note: Transversal area I mapped from the title printed in the answer ("area di policy degli interventi per
    // la famiglia", L6934-6935): no letter is printed there.
    // Note: Continuity: the answer does not name the 2021-2023 objective, so previousObjective is omitted.
    // Note: Co-design (L7017-7019): no SI/NO is printed, only "verrà valorizzata questa modalità": answer null.
    // Note: Targets without a stated period (A4-1, A4-2, A5-1, A6-1) are read per triennium (the scheda's
    // horizon); A6-2 "all’anno" per year.
    // Note: Field 24 restates the actions with small differences (Azione 6 "protocollo di buone prassi" vs "Buone
    // prassi" in field 3).
    {
      code: "G",
      form: "pdz-dgr-2167",
      heading: "G - Rafforzare gli strumenti della tutela minorile",
      policyArea: "G",
      policyAreaBasis: "section-heading",
      leps: [],
      priority: null,
      title: "Rafforzare gli strumenti della tutela minorile",
      goals:
        "Si intende perseguire una presa in carico territoriale completa della famiglia e dei minori. L’attenzione è rivolta in modo particolare alle situazioni di disagio, negligenza e difficoltà e agli interventi di sostegno e riparazione per le situazioni segnalate dall’ autorità giudiziaria.",
      actions: [
        {
          code: "Azione 1",
          title:
            "condivisione di buone prassi tra i due Servizi tutela minori presenti sul territorio distrettuale: adozione di una lettura comune dei bisogni e una metodologia condivisa di progettazione e valutazione.",
          lines: [6880, 6883],
        },
        {
          code: "Azione 2",
          title:
            "strutturazione di uno studio di fattibilità per la realizzazione di un servizio Affido distrettuale: analisi dei costi delle risorse impiegate.",
          lines: [6885, 6887],
        },
        {
          code: "Azione 3",
          title:
            "stipulazione di accordi di programma o protocolli operativi che consentano il lavoro interprofessionale e interistituzionale: rivalutazione dei protocolli in essere con ASST per una presa in carico condivisa da parte dei Servizi specialistici (Consultorio, UONPIA, CPS, Ser.D), dei pediatri di libera scelta e medici di base e delle scuole del territorio.",
          lines: [6889, 6895],
        },
        {
          code: "Azione 4",
          title:
            "promozione di occasioni di confronto e di formazione congiunta tra professionisti di discipline e di enti diversi: percorsi di formazione tra le cooperative del Terzo Settore che svolgono interventi educativi nel nostro distretto per una condivisione del percorso di accompagnamento del bambino e della sua famiglia.",
          lines: [6897, 6902],
        },
        {
          code: "Azione 5",
          title:
            "promozione di azioni di sensibilizzazione e informazione per tutti i sistemi coinvolti: potenziamento di reti sociali, promozione e sensibilizzazione del territorio verso l’accoglienza.",
          lines: [6904, 6907],
        },
        {
          code: "Azione 6",
          title:
            "monitoraggio della rete creata con la scuola a seguito dell’approvazione del protocollo di Buone prassi per la realizzazione e il coordinamento di interventi di prevenzione del disagio, tutela e protezione dei bambini e dei ragazzi.",
          lines: [6909, 6913],
        },
      ],
      target: "Minori, ragazzi e famiglie dell’Ambito Territoriale.",
      budget: {
        total: "30000",
        printedTotal: "€. 30.000,00",
        lines: [
          { fund: "fnps", label: "FNPS", amount: null, lines: [6921, 6921] },
          { fund: "altro", label: "Fondi d’Ambito", amount: null, lines: [6921, 6921] },
          {
            fund: "altro",
            label: "altre fonti di finanziamento dedicate",
            amount: null,
            lines: [6922, 6922],
          },
        ],
        text: "L’Ambito per la realizzazione dell’Obiettivo stima una spesa nel triennio pari ad €. 30.000,00 (FNPS-Fondi d’Ambito- altre fonti di finanziamento dedicate).",
        source: { document: DOCUMENTS.gallarate, lines: [6917, 6922] },
      },
      staff: "EE.LL. – ASST – MMG – PLS",
      transversal: {
        answer: "si",
        areas: ["I"],
        text: "Sì, l’obiettivo è trasversale all’area di policy degli interventi per la famiglia.",
      },
      keyPoints: [
        { area: "G", point: "Rafforzamento delle reti sociali" },
        { area: "G", point: "Prevenzione e contenimento del disagio sociale e del suo impatto sulla salute" },
        { area: "G", point: "Nuovi strumenti di governance" },
        { area: "G", point: "Contrasto e prevenzione della povertà educativa" },
        { area: "I", point: "Tutela minori" },
        { area: "I", point: "Nuovi strumenti di governance" },
      ],
      asstInAnalysis: { answer: "no", lines: [6959, 6959] },
      asstInDelivery: {
        answer: "si",
        text: "Sì, nella realizzazione di protocolli condivisi relativi alla presa in carico condivisa tra servizi specialistici e MMG e PLS.",
        lines: [6967, 6969],
      },
      cooperationWithOtherAmbiti: { answer: "no", lines: [6976, 6976], ambiti: [] },
      continuity: { answer: "si", text: "Sì, è in continuità.", lines: [6982, 6982] },
      newService: { kind: "servizio-rivisto", text: "Servizio sostanzialmente rivisto/aggiornato" },
      premialProject: { answer: "no", lines: [6999, 6999] },
      coProgrammed: {
        answer: "si",
        text: "Sì, il presente obiettivo è frutto di un percorso di co- programmazione con gli operatori e attori della rete territoriale che hanno aderito.",
        lines: [7008, 7010],
      },
      coDesigned: {
        answer: null,
        text: "Nella realizzazione delle azioni citate sopra verrà valorizzata questa modalità di coinvolgimento del Terzo Settore.",
        lines: [7017, 7019],
      },
      thirdSectorInvolvement: null,
      otherActors: {
        answer: "si",
        text: "Sì, l’obiettivo prevede una collaborazione con le istituzioni scolastiche e con i servizi specialistici privati accreditati.",
        lines: [7039, 7040],
        actors: ["istituzioni scolastiche", "servizi specialistici privati accreditati"],
      },
      needs: {
        text: "I bisogni ai quali questo obiettivo intende rispondere sono: necessità di aumentare la sicurezza dei bambini e migliorare la qualità del loro sviluppo; esigenza di innovare le pratiche di intervento nei confronti delle famiglie negligenti al fine di ridurre il rischio di allontanamento dei bambini dal nucleo familiare di origine; necessità di sensibilizzare e promuovere le famiglie all’accoglienza; necessità di supportare i genitori nei loro compiti e nelle loro responsabilità nei confronti dei figli; rafforzamento degli strumenti di tutela dei bambini e ragazzi coinvolti in situazione di maltrattamento/abuso.",
        indicators: [],
      },
      needKind: { kind: "bisogno-consolidato", text: "Bisogno consolidato" },
      preventionKind: ["promozionale", "preventivo", "riparativo"],
      preventionText: "L’obiettivo è sia di tipo promozionale/preventivo che riparativo.",
      innovation: {
        answer: "si",
        text: "Sì, la modalità di presa in carico condivisa tra i servizi specialistici dell’Ambito e i MMG e PLS presenta aspetti di integrazione sociosanitaria.",
        lines: [7091, 7093],
      },
      digitalisation: {
        answer: "si",
        text: "Sì, si prevede l’utilizzo di piattaforme digitali per realizzare le riunioni, nonché per lo scambio di informazioni.",
        lines: [7101, 7102],
      },
      processIndicators: {
        text: "Azione 1: condivisione di buone prassi tra i due Servizi tutela minori presenti sul territorio distrettuale … Azione 2: strutturazione di uno studio di fattibilità per la realizzazione di un servizio Affido distrettuale … Azione 3: Azione 3: stipulazione di accordi di programma o protocolli operativi … Azione 4: promozione di occasioni di confronto e di formazione congiunta … Azione 5: promozione di azioni di sensibilizzazione e informazione per tutti i sistemi coinvolti … Azione 6: monitoraggio della rete creata con la scuola …",
        indicators: [
          { action: "Azione 1", text: "N. degli operatori coinvolti", lines: [7115, 7115] },
          {
            action: "Azione 1",
            text: "N. degli incontri realizzati tra i due Servizi.",
            lines: [7116, 7116],
          },
          {
            action: "Azione 2",
            text: "N. ore di lavoro per effettuare l’analisi dei costi e delle risorse impiegate",
            lines: [7123, 7124],
          },
          {
            action: "Azione 2",
            text: "N. del personale coinvolto nell’analisi dei costi e delle risorse impiegate.",
            lines: [7125, 7126],
          },
          { action: "Azione 3", text: "N. accordi di programma o protocolli stipulati", lines: [7137, 7137] },
          { action: "Azione 3", text: "N. incontri del tavolo di lavoro", lines: [7138, 7138] },
          { action: "Azione 3", text: "N. servizi specialistici coinvolti", lines: [7139, 7139] },
          {
            action: "Azione 3",
            text: "N. partecipanti dei servizi specialistici ai tavoli",
            lines: [7140, 7140],
          },
          {
            action: "Azione 3",
            text: "N. partecipanti dei Comuni dell’Ambito ai tavoli",
            lines: [7141, 7141],
          },
          { action: "Azione 3", text: "N. pediatri e medici di base coinvolti.", lines: [7142, 7142] },
          { action: "Azione 4", text: "N. incontri di confronto e formazione", lines: [7152, 7152] },
          { action: "Azione 4", text: "N. partecipanti agli incontri", lines: [7153, 7153] },
          { action: "Azione 4", text: "N. enti del Terzo Settore coinvolti.", lines: [7154, 7154] },
          {
            action: "Azione 5",
            text: "N. azioni di sensibilizzazione e informazione realizzate.",
            lines: [7162, 7163],
          },
          { action: "Azione 5", text: "N. enti coinvolti del Terzo Settore.", lines: [7164, 7164] },
          { action: "Azione 5", text: "N. enti coinvolti diversi dal Terzo Settore.", lines: [7165, 7165] },
          {
            action: "Azione 5",
            text: "tipologia degli enti coinvolti diversi dal Terzo Settore.",
            lines: [7166, 7166],
          },
          { action: "Azione 6", text: "N. incontri del tavolo di monitoraggio", lines: [7176, 7176] },
          { action: "Azione 6", text: "N. partecipanti al tavolo di monitoraggio.", lines: [7177, 7177] },
        ],
      },
      outputIndicators: {
        text: "Azione 1) Stesura di 1 Report riportante le buone prassi contenenti la lettura dei bisogni e la metodologia condivisa di progettazione e valutazione. Azione 2) Stesura di 1 Report contenente lo studio di fattibilità con l’analisi dei costi e delle risorse impiegate. Azione 3) Stesura e sottoscrizione di 1 Protocollo operativo per una presa in carico integrata (Consultorio, UONPIA, CPS, SerD, Ambito, medici, pediatri, scuola). Azione 4) Organizzazione di almeno 6 incontri di formazione per operatori di diverse istituzioni; Almeno 60 operatori partecipano agli incontri di formazione. Azione 5) Organizzazione di almeno 6 incontri di sensibilizzazione rivolte agli enti territoriali. Azione 6) Almeno 3 incontri di monitoraggio della rete creata; Scrittura di un report di monitoraggio all’anno.",
        indicators: [],
      },
      outcomeIndicators: {
        text: "L'impatto che tale intervento vorrebbe produrre, si può sintetizzare come segue:",
        indicators: [
          { text: "Miglioramento della collaborazione tra servizi", lines: [7219, 7219] },
          {
            text: "Miglioramento della qualità della presa in carico integrata tra servizi",
            lines: [7220, 7222],
          },
          { text: "Aumento dei protocolli operativi applicati efficacemente", lines: [7223, 7225] },
          {
            text: "Miglioramento della conoscenza degli operatori/enti rispetto alla tematica.",
            lines: [7226, 7228],
          },
        ],
      },
      targets: [
        {
          id: "A1-1",
          action: "Azione 1",
          text: "Stesura di 1 Report riportante le buone prassi contenenti la lettura dei bisogni e la metodologia condivisa di progettazione e valutazione.",
          lines: [7183, 7186],
          kind: "deliverable",
          deliverable:
            "Report sulle buone prassi (lettura dei bisogni e metodologia condivisa di progettazione e valutazione)",
        },
        {
          id: "A2-1",
          action: "Azione 2",
          text: "Stesura di 1 Report contenente lo studio di fattibilità con l’analisi dei costi e delle risorse impiegate.",
          lines: [7189, 7191],
          kind: "deliverable",
          deliverable: "Report con lo studio di fattibilità del servizio Affido distrettuale",
        },
        {
          id: "A3-1",
          action: "Azione 3",
          text: "Stesura e sottoscrizione di 1 Protocollo operativo per una presa in carico integrata (Consultorio, UONPIA, CPS, SerD, Ambito, medici, pediatri, scuola).",
          lines: [7193, 7196],
          kind: "deliverable",
          deliverable: "Protocollo operativo per una presa in carico integrata, steso e sottoscritto",
        },
        {
          id: "A4-1",
          action: "Azione 4",
          text: "Organizzazione di almeno 6 incontri di formazione per operatori di diverse istituzioni",
          lines: [7199, 7201],
          kind: "count-at-least",
          min: 6,
          unit: "incontri di formazione",
          per: "triennium",
        },
        {
          id: "A4-2",
          action: "Azione 4",
          text: "Almeno 60 operatori partecipano agli incontri di formazione.",
          lines: [7202, 7204],
          kind: "count-at-least",
          min: 60,
          unit: "operatori partecipanti",
          per: "triennium",
        },
        {
          id: "A5-1",
          action: "Azione 5",
          text: "Organizzazione di almeno 6 incontri di sensibilizzazione rivolte agli enti territoriali.",
          lines: [7206, 7207],
          kind: "count-at-least",
          min: 6,
          unit: "incontri di sensibilizzazione",
          per: "triennium",
        },
        {
          id: "A6-1",
          action: "Azione 6",
          text: "Almeno 3 incontri di monitoraggio della rete creata",
          lines: [7210, 7210],
          kind: "count-at-least",
          min: 3,
          unit: "incontri di monitoraggio",
          per: "triennium",
        },
        {
          id: "A6-2",
          action: "Azione 6",
          text: "Scrittura di un report di monitoraggio all’anno.",
          lines: [7211, 7211],
          kind: "count-at-least",
          min: 1,
          unit: "report di monitoraggio",
          per: "year",
        },
      ],
      source: { document: DOCUMENTS.gallarate, lines: [6867, 7228] },
    },
    // Obiettivo H: Obiettivo Rete Lavoro (L7232-7529)
    // Note: Home macro-area H from the section heading "5.7 Obiettivi macro-area: Interventi connessi alle
    // politiche per il lavoro" (L7230); "H" is the local objective code (same code and title as 2021-2023
    // objective H, L2264).
    // Note: No "(prioritario)" in the heading (L7232): priority null.
    // Note: "ADI" in this scheda (L7443, L7449, L7488) is the Assegno di Inclusione (acronym collision with
    // Assistenza Domiciliare Integrata elsewhere in the document).
    // Note: Targets without a stated period are read per triennium (indicators 3.2 and 4.2 speak of "nel corso
    // del triennio").
    // Note: Continuity: the answer does not name the 2021-2023 objective, so previousObjective is omitted.
    {
      code: "H",
      form: "pdz-dgr-2167",
      heading: "H – Obiettivo Rete Lavoro",
      policyArea: "H",
      policyAreaBasis: "section-heading",
      leps: [],
      priority: null,
      title: "Obiettivo Rete Lavoro",
      goals:
        "Creazione di una rete che possa garantire maggiore coordinamento e minore dispersione delle risorse dei servizi e dei progetti che si occupano di lavoro sul territorio al fine di ridurre il gap tra fasce fragili della popolazione e aumentare le opportunità di inserimento lavorativo e formativo.",
      actions: [
        {
          code: "Azione 1",
          title:
            "mantenimento e consolidamento della gestione associata del servizio di inserimento lavorativo (SIL) rivolto anche a beneficiari di misure di inclusione.",
          lines: [7246, 7248],
        },
        {
          code: "Azione 2",
          title: "diffusione delle misure conciliazione tempo lavoro.",
          lines: [7250, 7251],
        },
        {
          code: "Azione 3",
          title: "sperimentazione di percorsi di coaching lavorativo per la persona fragile e vulnerabile.",
          lines: [7253, 7254],
        },
        {
          code: "Azione 4",
          title:
            "fruizione di percorsi di formazione e riqualificazione da parte della persona fragile e vulnerabile.",
          lines: [7256, 7258],
        },
        {
          code: "Azione 5",
          title:
            "completare lo studio di fattibilità con lo sviluppo di uno strumento unitario di valutazione delle vulnerabilità.",
          lines: [7260, 7261],
        },
      ],
      target:
        "Servizi e progetti che si occupano di inserimenti lavorativi sul territorio; persone/nuclei familiari fragili; aziende locali.",
      budget: {
        total: "840000",
        printedTotal: "€. 840.000,00",
        lines: [
          { fund: "fnps", label: "FNPS", amount: null, lines: [7269, 7269] },
          { fund: "altro", label: "Fondi d’Ambito", amount: null, lines: [7269, 7269] },
          {
            fund: "altro",
            label: "altre fonti di finanziamento dedicate",
            amount: null,
            lines: [7270, 7270],
          },
        ],
        text: "L’Ambito per la realizzazione dell’Obiettivo stima una spesa nel triennio pari ad €. 840.000,00 (FNPS-Fondi d’Ambito- altre fonti di finanziamento dedicate).",
        source: { document: DOCUMENTS.gallarate, lines: [7265, 7270] },
      },
      staff: "EE.LL – PRIVATO SOCIALE – PRIVATO",
      transversal: {
        answer: "si",
        areas: ["A"],
        text: "Sì, l’obiettivo è trasversale alla macro-area: A) Contrasto alla povertà e all’emarginazione sociale e promozione inclusione attiva",
      },
      keyPoints: [
        { area: "H", point: "Allargamento della rete e coprogrammazione" },
        { area: "H", point: "Presenza di nuovi soggetti a rischio/nuova utenza rispetto al passato" },
        { area: "H", point: "Nuovi strumenti di governance" },
        { area: "A", point: "Vulnerabilità multidimensionale" },
        { area: "A", point: "Working poors e lavoratori precari" },
        { area: "A", point: "Facilitare l’accesso alle opportunità di benessere e partecipazione attiva" },
      ],
      asstInAnalysis: { answer: "no", lines: [7310, 7310] },
      asstInDelivery: { answer: "no", lines: [7318, 7318] },
      cooperationWithOtherAmbiti: { answer: "no", lines: [7324, 7324], ambiti: [] },
      continuity: { answer: "si", text: "Sì, è in continuità.", lines: [7330, 7330] },
      newService: { kind: "servizio-gia-presente", text: "Servizio già esistente." },
      premialProject: { answer: "no", lines: [7344, 7344] },
      coProgrammed: {
        answer: "si",
        text: "Sì, il presente obiettivo è frutto di un percorso di co- programmazione con gli operatori e attori della rete territoriale che hanno aderito.",
        lines: [7351, 7353],
      },
      coDesigned: { answer: "no", lines: [7360, 7360] },
      thirdSectorInvolvement: null,
      otherActors: {
        answer: "si",
        text: "Sì, l’intervento potrebbe prevedere il coinvolgimento di enti erogatori di corsi formativi per le persone vulnerabili.",
        lines: [7380, 7381],
        actors: ["enti erogatori di corsi formativi per le persone vulnerabili"],
      },
      needs: {
        text: "I bisogni ai quali questo obiettivo intende rispondere sono: Difficoltà nel coordinamento delle risorse e dei servizi dei progetti presenti sul territorio; Difficoltà per le persone di accedere al mondo lavorativo; Difficoltà nel mantenimento del lavoro.",
        indicators: [],
      },
      needKind: { kind: "bisogno-consolidato", text: "Bisogno consolidato" },
      preventionKind: ["promozionale", "preventivo", "riparativo"],
      preventionText: "L’obiettivo è sia di tipo promozionale/preventivo che riparativo.",
      innovation: { answer: "no", lines: [7421, 7421] },
      digitalisation: {
        answer: "si",
        text: "Sì, presenta aspetti inerenti alla digitalizzazione per quanto riguarda l’erogazione dei corsi che potrebbe avvenire attraverso piattaforme digitali. Anche dal punto di vista organizzativo e gestionale, l’intervento potrebbe prevedere la possibilità di svolgere riunioni di coordinamento su piattaforme digitali.",
        lines: [7429, 7434],
      },
      processIndicators: {
        text: "Azione 1: mantenimento e consolidamento della gestione associata del servizio di inserimento lavorativo rivolto anche a beneficiari di misure di inclusione (ADI) … Azione 2: diffusione delle misure conciliazione tempo lavoro. … Azione 3: Sperimentazione di percorsi di coaching lavorativo per la persona fragile e vulnerabile. … Azione 4: fruizione di percorsi di formazione e riqualificazione da parte della persona fragile e vulnerabile. … Azione 5: Completare lo studio di fattibilità con lo sviluppo di uno strumento unitario di valutazione delle vulnerabilità.",
        indicators: [
          { action: "Azione 1", text: "N. di prese in carico", lines: [7446, 7446] },
          { action: "Azione 1", text: "N. di progetti di tirocinio attivati", lines: [7447, 7447] },
          { action: "Azione 1", text: "N. di contratti di lavoro realizzati", lines: [7448, 7448] },
          { action: "Azione 1", text: "N. di percettori di ADI presi in carico.", lines: [7449, 7449] },
          { action: "Azione 2", text: "N. misure attivate", lines: [7455, 7455] },
          { action: "Azione 2", text: "N. interventi di diffusione delle misure.", lines: [7456, 7456] },
          {
            action: "Azione 3",
            text: "N. di persone/nuclei familiari prese in carico dai servizi relativamente alla tematica in oggetto",
            lines: [7462, 7463],
          },
          {
            action: "Azione 3",
            text: "N. di interventi di coaching attivati nel corso del triennio.",
            lines: [7464, 7464],
          },
          {
            action: "Azione 4",
            text: "N. di persone/nuclei familiari prese in carico dai servizi relativamente alla tematica in oggetto",
            lines: [7470, 7471],
          },
          {
            action: "Azione 4",
            text: "N. di percorsi di formazione e riqualificazione fruiti nel corso del triennio.",
            lines: [7472, 7473],
          },
          {
            action: "Azione 5",
            text: "costruzione e sperimentazione della scheda dell'indice di fragilità.",
            lines: [7478, 7479],
          },
          { action: "Azione 5", text: "N. incontri sul tema.", lines: [7480, 7480] },
        ],
      },
      outputIndicators: {
        text: "Azione 1) Realizzazione di almeno 30 interventi a favore anche dei percettori ADI. Azione 2) Messa in essere di almeno 1 misura di conciliazione tempo lavoro. Azione 3) Almeno 5 persone coinvolte nei percorsi sperimentali di coaching lavorativo. Azione 4) Almeno 15 persone che hanno partecipato ai corsi di formazione e riqualificazione e che hanno ottenuto l’attestato di partecipazione. Azione 5) Creazione della Scheda dell’indice di fragilità (sì/no).",
        indicators: [],
      },
      outcomeIndicators: {
        text: "L'impatto che tale intervento vorrebbe produrre, si può sintetizzare come segue:",
        indicators: [
          {
            text: "Miglioramento del coordinamento tra enti e servizi nel merito della tematica",
            lines: [7515, 7516],
          },
          {
            text: "Miglioramento delle conoscenze rispetto al mondo del lavoro (persone che hanno svolto i percorsi di coaching lavorativo)",
            lines: [7518, 7520],
          },
          {
            text: "Miglioramento delle competenze lavorative delle persone che hanno seguito i corsi di formazione",
            lines: [7522, 7523],
          },
          {
            text: "Aumento di persone che hanno trovato lavoro a seguito della partecipazione ai corsi",
            lines: [7525, 7526],
          },
          { text: "Aumento di persone che hanno avuto accesso al mondo del lavoro.", lines: [7528, 7529] },
        ],
      },
      targets: [
        {
          id: "A1-1",
          action: "Azione 1",
          text: "Realizzazione di almeno 30 interventi a favore anche dei percettori ADI.",
          lines: [7486, 7488],
          kind: "count-at-least",
          min: 30,
          unit: "interventi",
          per: "triennium",
        },
        {
          id: "A2-1",
          action: "Azione 2",
          text: "Messa in essere di almeno 1 misura di conciliazione tempo lavoro.",
          lines: [7491, 7492],
          kind: "count-at-least",
          min: 1,
          unit: "misure di conciliazione tempo lavoro",
          per: "triennium",
        },
        {
          id: "A3-1",
          action: "Azione 3",
          text: "Almeno 5 persone coinvolte nei percorsi sperimentali di coaching lavorativo.",
          lines: [7495, 7497],
          kind: "count-at-least",
          min: 5,
          unit: "persone coinvolte nei percorsi di coaching lavorativo",
          per: "triennium",
        },
        {
          id: "A4-1",
          action: "Azione 4",
          text: "Almeno 15 persone che hanno partecipato ai corsi di formazione e riqualificazione e che hanno ottenuto l’attestato di partecipazione.",
          lines: [7500, 7502],
          kind: "count-at-least",
          min: 15,
          unit: "persone con attestato di partecipazione",
          per: "triennium",
        },
        {
          id: "A5-1",
          action: "Azione 5",
          text: "Creazione della Scheda dell’indice di fragilità (sì/no).",
          lines: [7505, 7507],
          kind: "deliverable",
          deliverable: "Scheda dell’indice di fragilità",
        },
      ],
      source: { document: DOCUMENTS.gallarate, lines: [7232, 7529] },
    },
    // Obiettivo I: Sostegno alla genitorialità (L7535-7807)
    // Slip L7576-7613: Area J ("J) Interventi a favore di persone con disabilità", L7582) is declared
    // transversal, but the key points (L7589-7613) list points only for G, I and A — none for J, although the
    // form asks for the points of the transversal areas too. Encoded as printed (transversal A, J, G; no J key
    // point).
    // Note: Home macro-area I from the section heading "5.8 Obiettivi macro-area: Interventi per la Famiglia"
    // (L7533); "I" is the local objective code (same code and title as 2021-2023 objective I, L2362).
    // Note: No "(prioritario)" in the heading (L7535): priority null.
    // Note: leps: the two priority LEPS are named only in the answer on ASST involvement in the analysis
    // (L7619-7623), as LEPS the objective is coordinated with; the scheda is not itself a LEPS scheda.
    // Note: A2-2 "almeno 15 nuclei familiari ad ogni intervento educativo" is a per-event minimum:
    // ResultTarget.per cannot say "per intervention", so it is encoded per triennium with the unit "nuclei
    // familiari per intervento educativo" (model gap, see REPORT).
    // Note: A2-4 and A2-5 print a bare number ("Realizzazione di 6 …", "Erogazione di 3 …") without "almeno":
    // encoded as count-at-least (the contract has no exact-count kind).
    // Note: Field 24 restates Azione 1 as "erogazione di contributi alla funzione di cura" (L7752) vs "erogazione
    // dei contributi di sostegno alla funzione di cura" in field 3 (L7550).
    // Note: Continuity "SI" (L7645): no 2021-2023 objective named, previousObjective omitted.
    {
      code: "I",
      form: "pdz-dgr-2167",
      heading: "I – Sostegno alla genitorialità",
      policyArea: "I",
      policyAreaBasis: "section-heading",
      leps: ["valutazione-multidimensionale-progetto-personalizzato", "prevenzione-allontanamento-familiare"],
      lepsPrinted: [
        { text: "Valutazione multidimensionale e progetto personalizzato" },
        { text: "Prevenzione dell’allontanamento familiare" },
      ],
      priority: null,
      title: "Sostegno alla genitorialità",
      goals:
        "Il sostegno alla genitorialità è un percorso che ha l’obiettivo di aiutare le coppie o i singoli genitori nel migliorare la relazione con i figli e le dinamiche familiari, agevolando la crescita di ogni membro della famiglia. Generalmente è un percorso che serve ad ampliare le risorse dei genitori e migliorare la qualità del clima familiare attraverso una maggiore consapevolezza.",
      actions: [
        {
          code: "Azione 1",
          title: "erogazione dei contributi di sostegno alla funzione di cura.",
          lines: [7550, 7551],
        },
        {
          code: "Azione 2",
          title: "implementazione di servizi di sostegno alla genitorialità.",
          lines: [7553, 7554],
        },
      ],
      target: "Nuclei familiari che vivono difficoltà specifiche riguardo al proprio ruolo genitoriale.",
      budget: {
        total: "265000",
        printedTotal: "€. 265.000,00",
        lines: [
          { fund: "fnps", label: "FNPS", amount: null, lines: [7563, 7563] },
          { fund: "altro", label: "Fondi d’Ambito", amount: null, lines: [7563, 7563] },
          {
            fund: "altro",
            label: "altre fonti di finanziamento dedicate",
            amount: null,
            lines: [7564, 7564],
          },
        ],
        text: "L’Ambito per la realizzazione dell’Obiettivo stima una spesa nel triennio pari ad €. 265.000,00 (FNPS-Fondi d’Ambito- altre fonti di finanziamento dedicate).",
        source: { document: DOCUMENTS.gallarate, lines: [7559, 7564] },
      },
      staff: "EE.LL – PRIVATO SOCIALE – ETS – SCUOLE – FORZE DELL’ORDINE - ASST",
      transversal: {
        answer: "si",
        areas: ["A", "J", "G"],
        text: "Sì, nello specifico è trasversale e integrativo delle seguenti aree di policy: A) Contrasto alla povertà e all’emarginazione sociale e promozione dell’inclusione attiva J) Interventi a favore di persone con disabilità G) Politiche giovanili e per i minori",
      },
      keyPoints: [
        { area: "G", point: "Rafforzamento delle reti sociali" },
        { area: "G", point: "Prevenzione e contenimento del disagio sociale e del suo impatto sulla salute" },
        { area: "G", point: "Allargamento della rete e coprogrammazione" },
        { area: "G", point: "Presenza di nuovi soggetti a rischio/nuova utenza rispetto al passato" },
        { area: "I", point: "Caregiver femminile familiare" },
        { area: "I", point: "Sostegno secondo le specificità del contesto familiare" },
        { area: "I", point: "Conciliazione vita-tempi" },
        { area: "I", point: "Tutela minori" },
        { area: "I", point: "Ruolo delle famiglie e del caregiver" },
        { area: "A", point: "Contrasto all’isolamento" },
        { area: "A", point: "Famiglie numerose" },
        { area: "A", point: "Famiglie monoreddito" },
      ],
      asstInAnalysis: {
        answer: "si",
        text: "Sì. Avviene il raccordo con ASST e servizi rispetto alle azioni e agli obiettivi e al raggiungimento dei LEPS Prioritari: Valutazione multidimensionale e progetto personalizzato e Prevenzione dell’allontanamento familiare.",
        lines: [7619, 7623],
      },
      asstInDelivery: {
        answer: "si",
        text: "Sì, il servizio di sostegno alla genitorialità potrebbe prevedere il coinvolgimento dei Consultori dell’ASST.",
        lines: [7631, 7632],
      },
      cooperationWithOtherAmbiti: { answer: "no", lines: [7639, 7639], ambiti: [] },
      continuity: { answer: "si", lines: [7645, 7645] },
      newService: { kind: "servizio-gia-presente", text: "Servizio già presente" },
      premialProject: { answer: "no", lines: [7660, 7660] },
      coProgrammed: {
        answer: "si",
        text: "Sì, il presente obiettivo è frutto di un percorso di co- programmazione con gli operatori e attori della rete territoriale che hanno aderito",
        lines: [7667, 7669],
      },
      coDesigned: { answer: "no", lines: [7676, 7676] },
      thirdSectorInvolvement: null,
      otherActors: {
        answer: "si",
        text: "Sì, il presente obiettivo prevede il coinvolgimento dei Consultori privati accreditati.",
        lines: [7694, 7695],
        actors: ["Consultori privati accreditati"],
      },
      needs: {
        text: "Il bisogno al quale questo obiettivo intende rispondere è quello di: accompagnare e sostenere gli adulti che incontrano delle difficoltà nel proprio ruolo genitoriale, in modo da comprendere meglio le esigenze e le relazioni con i propri figli, essendo questi il punto di riferimento principale del minore.",
        indicators: [],
      },
      needKind: { kind: "bisogno-consolidato", text: "BISOGNO CONSOLIDATO" },
      preventionKind: ["promozionale", "preventivo", "riparativo"],
      preventionText:
        "L’obiettivo è principalmente di tipo preventivo, ma prevede delle specifiche azioni promozionali e riparative.",
      innovation: { answer: "no", lines: [7735, 7735] },
      digitalisation: {
        answer: "si",
        text: "Sì, in particolare attraverso la gestione congiunta dell’erogazione di contributi alla funzione di cura tramite le piattaforme digitali predisposte.",
        lines: [7743, 7745],
      },
      processIndicators: {
        text: "Azione 1: erogazione di contributi alla funzione di cura. … Azione 2: implementazione di servizi di sostegno alla genitorialità.",
        indicators: [
          {
            action: "Azione 1",
            text: "N. titoli sociali per famiglie numerose o in situazioni di fragilità con figli di età 0-18 anni.",
            lines: [7755, 7756],
          },
          {
            action: "Azione 2",
            text: "N. di interventi educativi per la prima infanzia",
            lines: [7761, 7761],
          },
          {
            action: "Azione 2",
            text: "N. interventi di sostegno attività extrascolastiche",
            lines: [7762, 7762],
          },
          {
            action: "Azione 2",
            text: "N. interventi di contrasto ai nuovi rischi in età evolutiva",
            lines: [7763, 7763],
          },
          {
            action: "Azione 2",
            text: "N. percorsi di accompagnamento e sostegno dei genitori.",
            lines: [7764, 7765],
          },
        ],
      },
      outputIndicators: {
        text: "I risultati che si intendono raggiungere attraverso l'obiettivo individuato sono: Azione 1) Erogazione di almeno 100 contributi a famiglie numerose o in situazioni di fragilità con figli di età 0-18 anni. Azione 2) Realizzazione di almeno 10 interventi educativi effettuati per la prima infanzia ogni anno. Partecipazione di almeno 15 nuclei familiari ad ogni intervento educativo. Realizzazione di almeno 10 interventi di sostegno in attività extrascolastiche. Realizzazione di 6 interventi di contrasto ai nuovi rischi in età evolutiva. Erogazione di 3 percorsi di accompagnamento e sostegno per i genitori.",
        indicators: [],
      },
      outcomeIndicators: {
        text: "L'impatto che tale intervento vorrebbe produrre, si può sintetizzare come segue:",
        indicators: [
          { text: "Miglioramento del clima familiare", lines: [7802, 7802] },
          { text: "Aumento delle competenze genitoriali", lines: [7803, 7803] },
          { text: "Riduzione del disagio emotivo di bambini e adolescenti", lines: [7804, 7804] },
          {
            text: "Aumento della partecipazione sociale e dell’inclusione di bambini e adolescenti",
            lines: [7805, 7807],
          },
        ],
      },
      targets: [
        {
          id: "A1-1",
          action: "Azione 1",
          text: "Erogazione di almeno 100 contributi a famiglie numerose o in situazioni di fragilità con figli di età 0-18 anni.",
          lines: [7775, 7777],
          kind: "count-at-least",
          min: 100,
          unit: "contributi",
          per: "triennium",
        },
        {
          id: "A2-1",
          action: "Azione 2",
          text: "Realizzazione di almeno 10 interventi educativi effettuati per la prima infanzia ogni anno.",
          lines: [7781, 7782],
          kind: "count-at-least",
          min: 10,
          unit: "interventi educativi per la prima infanzia",
          per: "year",
        },
        {
          id: "A2-2",
          action: "Azione 2",
          text: "Partecipazione di almeno 15 nuclei familiari ad ogni intervento educativo.",
          lines: [7784, 7785],
          kind: "count-at-least",
          min: 15,
          unit: "nuclei familiari per intervento educativo",
          per: "triennium",
        },
        {
          id: "A2-3",
          action: "Azione 2",
          text: "Realizzazione di almeno 10 interventi di sostegno in attività extrascolastiche.",
          lines: [7787, 7788],
          kind: "count-at-least",
          min: 10,
          unit: "interventi di sostegno in attività extrascolastiche",
          per: "triennium",
        },
        {
          id: "A2-4",
          action: "Azione 2",
          text: "Realizzazione di 6 interventi di contrasto ai nuovi rischi in età evolutiva.",
          lines: [7790, 7791],
          kind: "count-at-least",
          min: 6,
          unit: "interventi di contrasto ai nuovi rischi in età evolutiva",
          per: "triennium",
        },
        {
          id: "A2-5",
          action: "Azione 2",
          text: "Erogazione di 3 percorsi di accompagnamento e sostegno per i genitori.",
          lines: [7793, 7794],
          kind: "count-at-least",
          min: 3,
          unit: "percorsi di accompagnamento e sostegno per i genitori",
          per: "triennium",
        },
      ],
      source: { document: DOCUMENTS.gallarate, lines: [7535, 7807] },
    },
    // Obiettivo L: Mantenere la partecipazione alla rete territoriale interistituzionale antiviolenza (L7811-8104)
    // Slip L7966: "L'INTERVENTO PREVEDE IL COINVOLGIMENTO DI ALTRI ATTORI DELLA RETE TERRITORIALE? (oltre ad ASST
    // e ETS)" is answered "NO", yet the Forze dell’Ordine — neither ASST nor ETS — are listed among the dedicated
    // personnel resources (L7842-7843) and in the target (L7829). Encoded as printed (answer "no", no actors).
    // Note: Home macro-area I from the section heading "5.8 Obiettivi macro-area: Interventi per la Famiglia"
    // (L7533); "L" is the local objective code, not macro-area L "Altro" (same code and title as 2021-2023
    // objective L, L2433, there spelt "anti violenza" in the list).
    // Note: Home area I is not repeated among the transversal areas (A, B, G); all key-point areas (I, A, B, G)
    // are the home area or declared transversal.
    // Note: No "(prioritario)" in the heading (L7811): priority null.
    // Note: Premial project: "Sì" (L7933-7934) — the objective itself was a supra-Ambito premial objective of
    // 2021-2023; no project name is printed, so `project` is omitted.
    // Note: Co-design is answered "NO" (L7948) although Azione 1 is participation in the co-progettazione of the
    // network's actions and A1-1 asks for an initiative "realizzata in co-progettazione": the co-design is the
    // network's (capofila Busto Arsizio), not a formal co-design of this scheda with the Terzo Settore; encoded
    // as printed.
    // Note: Outcome indicators: the parenthesised means of measurement are encoded as dataSource.
    {
      code: "L",
      form: "pdz-dgr-2167",
      heading: "L – Mantenere la partecipazione alla rete territoriale interistituzionale antiviolenza",
      policyArea: "I",
      policyAreaBasis: "section-heading",
      leps: [],
      priority: null,
      title: "Mantenere la partecipazione alla rete territoriale interistituzionale antiviolenza",
      goals:
        "Consolidamento della partecipazione dei Comuni dell’Ambito alla rete interistituzionale antiviolenza con Ente capofila Comune di Busto Arsizio.",
      actions: [
        {
          code: "Azione 1",
          title:
            "Partecipare alla co-progettazione di azioni di sensibilizzazione e prevenzione rivolte al territorio.",
          lines: [7822, 7823],
        },
        {
          code: "Azione 2",
          title: "Calendarizzazione di incontri con gli operatori dei centri anti-violenza della rete.",
          lines: [7825, 7826],
        },
      ],
      target:
        "Donne vittime di violenza e le loro famiglie, ASST e ATS territorialmente competenti, Forze dell’Ordine, reti di Terzo Settore, Assistenti Sociali dell’Ambito di Gallarate.",
      budget: {
        total: "30000",
        printedTotal: "€. 30.000,00",
        lines: [
          { fund: "fnps", label: "FNPS", amount: null, lines: [7836, 7836] },
          { fund: "altro", label: "Fondi d’Ambito", amount: null, lines: [7836, 7836] },
          {
            fund: "altro",
            label: "altre fonti di finanziamento dedicate",
            amount: null,
            lines: [7837, 7837],
          },
        ],
        text: "L’Ambito per la realizzazione dell’Obiettivo stima una spesa nel triennio pari ad €. 30.000,00 (FNPS-Fondi d’Ambito- altre fonti di finanziamento dedicate).",
        source: { document: DOCUMENTS.gallarate, lines: [7832, 7837] },
      },
      staff: "ENTI LOCALI – PRIVATO SOCIALE – ASST – FORZE DELL’ORDINE",
      transversal: {
        answer: "si",
        areas: ["A", "B", "G"],
        text: "Sì, l’obiettivo è trasversale alle seguenti aree di policy: A) Contrasto alla povertà e all’emarginazione sociale e promozione dell’inclusione attiva B) Politiche abitative G) Politiche giovanili e per i minori",
      },
      keyPoints: [
        { area: "I", point: "Caregiver femminile familiare" },
        { area: "I", point: "Sostegno secondo le specificità del contesto familiare" },
        { area: "I", point: "Invertire alcuni trend che minacciano la coesione sociale del territorio" },
        { area: "I", point: "Contrasto e prevenzione della violenza domestica" },
        { area: "I", point: "Tutela minori" },
        { area: "I", point: "Allargamento della rete e coprogrammazione" },
        { area: "A", point: "Contrasto all’isolamento" },
        { area: "A", point: "Rafforzamento delle reti sociali" },
        { area: "A", point: "Vulnerabilità multidimensionale" },
        { area: "B", point: "Qualità dell’abitare" },
        { area: "G", point: "Prevenzione e contenimento del disagio sociale e del suo impatto sulla salute" },
      ],
      asstInAnalysis: { answer: "no", lines: [7894, 7894] },
      asstInDelivery: {
        answer: "si",
        text: "Sì. Essendo un obiettivo a forte integrazione sociosanitaria, ASST sarà coinvolta nei tavoli periodici.",
        lines: [7902, 7903],
      },
      cooperationWithOtherAmbiti: {
        answer: "si",
        text: "Sì, il presente obiettivo è realizzato con gli Ambiti Territoriali di Busto Arsizio, Somma Lombardo e Saronno.",
        lines: [7909, 7910],
        ambiti: ["Busto Arsizio", "Somma Lombardo", "Saronno"],
      },
      continuity: { answer: "si", lines: [7916, 7916] },
      newService: { kind: "servizio-gia-presente", text: "Servizio già presente" },
      premialProject: {
        answer: "si",
        text: "Sì, l’obiettivo era già presente nel documento di Piano 2021-2023 come obiettivo premiale sovrambito.",
        lines: [7933, 7934],
      },
      coProgrammed: { answer: "no", lines: [7941, 7941] },
      coDesigned: { answer: "no", lines: [7948, 7948] },
      thirdSectorInvolvement: null,
      otherActors: { answer: "no", lines: [7966, 7966], actors: [] },
      needs: {
        text: "I bisogni ai quali questo obiettivo intende rispondere sono: Bisogno di accoglienza, ascolto e protezione per le donne vittime di violenza. Bisogno di supporto psicologico per affrontare i traumi e il disagio emotivo derivanti dalla violenza. Bisogno di assistenza sociale per sostenere le donne nel superamento di condizioni di fragilità e vulnerabilità. Bisogno di assistenza legale per la tutela dei diritti e per il supporto nei procedimenti giuridici. Bisogno di supporto per i minori vittime di violenza assistita. Bisogno di mediazione linguistica e culturale per facilitare la comunicazione e l’integrazione delle donne di origine straniera. Bisogno di orientamento all’autonomia abitativa e lavorativa per sostenere l’indipendenza economica e sociale delle donne vittime di violenza. Bisogno di sensibilizzare maggiormente le scuole sui temi della parità di genere e del contrasto alla violenza.",
        indicators: [],
      },
      needKind: { kind: "bisogno-consolidato", text: "BISOGNO CONSOLIDATO" },
      preventionKind: ["promozionale", "preventivo", "riparativo"],
      preventionText: "Promozionale, preventivo e riparativo.",
      innovation: { answer: "no", lines: [8026, 8026] },
      digitalisation: {
        answer: "si",
        text: "Sì, gli incontri di coordinamento potrebbero svolgersi in modalità online attraverso l’utilizzo di piattaforme digitali.",
        lines: [8033, 8034],
      },
      processIndicators: {
        text: "Azione 1: Partecipare alla co-progettazione di azioni di sensibilizzazione e prevenzione rivolte al territorio. … Azione 2: Calendarizzazione di incontri con gli operatori dei centri anti-violenza della rete.",
        indicators: [
          { action: "Azione 1", text: "N. incontri realizzati", lines: [8045, 8045] },
          { action: "Azione 1", text: "N. unità di personale coinvolto", lines: [8046, 8046] },
          {
            action: "Azione 1",
            text: "N.iniziative di sensibilizzazione e/o prevenzione co- progettate rivolte al territorio",
            lines: [8047, 8048],
          },
          { action: "Azione 2", text: "N. incontri calendarizzati", lines: [8054, 8054] },
          { action: "Azione 2", text: "N. incontri realizzati.", lines: [8055, 8055] },
        ],
      },
      outputIndicators: {
        text: "I risultati che si intendono raggiungere attraverso l'obiettivo individuato sono: Azione 1) Partecipazione dell’Ambito ad almeno 1 iniziativa di sensibilizzazione e prevenzione annuale, realizzata in co-progettazione; Attuazione del protocollo d’intesa per l’adozione di interventi coordinati nell’attività di contrasto al fenomeno della violenza nei confronti delle donne. Azione 2) Realizzazione di 1 incontro semestrale con gli operatori del centro antiviolenza Realizzazione di 1 percorso di formazione annuale rivolto agli attori della rete Condivisione con tutti gli attori del territorio del vademecum già strutturato.",
        indicators: [],
      },
      outcomeIndicators: {
        text: "L'impatto che tale intervento vorrebbe produrre, si può sintetizzare come segue:",
        indicators: [
          {
            text: "Aumento della sicurezza e del supporto per le vittime",
            dataSource:
              "database o sistemi di gestione dei casi che registrano tutte le segnalazioni di violenza, le azioni protettive adottate e i casi di recidiva; valutazione da parte degli operatori dei centri antiviolenza; indagini con le donne",
            lines: [8090, 8094],
          },
          {
            text: "Incremento della sensibilizzazione nella comunità riguardo la tematica",
            dataSource:
              "questionari o sondaggi alla popolazione; incremento della partecipazione analizzando il registro dei partecipanti agli eventi",
            lines: [8096, 8099],
          },
          {
            text: "Miglioramento della qualità e dell’efficienza dei servizi di supporto",
            dataSource:
              "registri di intervento che monitorano la frequenza e la durata del supporto ricevuto dalle vittime; valutazione di efficacia degli operatori",
            lines: [8101, 8104],
          },
        ],
      },
      targets: [
        {
          id: "A1-1",
          action: "Azione 1",
          text: "Partecipazione dell’Ambito ad almeno 1 iniziativa di sensibilizzazione e prevenzione annuale, realizzata in co-progettazione",
          lines: [8065, 8067],
          kind: "count-at-least",
          min: 1,
          unit: "iniziative di sensibilizzazione e prevenzione in co-progettazione",
          per: "year",
        },
        {
          id: "A1-2",
          action: "Azione 1",
          text: "Attuazione del protocollo d’intesa per l’adozione di interventi coordinati nell’attività di contrasto al fenomeno della violenza nei confronti delle donne.",
          lines: [8069, 8071],
          kind: "deliverable",
          deliverable: "Attuazione del protocollo d’intesa antiviolenza",
        },
        {
          id: "A2-1",
          action: "Azione 2",
          text: "Realizzazione di 1 incontro semestrale con gli operatori del centro antiviolenza",
          lines: [8075, 8076],
          kind: "count-at-least",
          min: 1,
          unit: "incontri con gli operatori del centro antiviolenza",
          per: "semester",
        },
        {
          id: "A2-2",
          action: "Azione 2",
          text: "Realizzazione di 1 percorso di formazione annuale rivolto agli attori della rete",
          lines: [8078, 8079],
          kind: "count-at-least",
          min: 1,
          unit: "percorsi di formazione rivolti agli attori della rete",
          per: "year",
        },
        {
          id: "A2-3",
          action: "Azione 2",
          text: "Condivisione con tutti gli attori del territorio del vademecum già strutturato.",
          lines: [8081, 8082],
          kind: "deliverable",
          deliverable: "Vademecum condiviso con tutti gli attori del territorio",
        },
      ],
      source: { document: DOCUMENTS.gallarate, lines: [7811, 8104] },
    },
    // Obiettivo M: Sostegno ai caregiver (prioritario) (L8110-8465)
    // Slip L8112: The priority marker is printed inside the TITOLO INTERVENTO field ("Sostegno ai caregiver
    // (prioritario)"), while the other priority schede (N L8472, R L9720) keep it only in the heading. Title
    // encoded verbatim with the marker; priority true.
    // Note: Home macro-area J from the section heading "5.9 Obiettivi macro-area: Interventi a favore delle
    // persone con disabilità" (L8108); "M" is the local objective code (2021-2023 objective M "Sostegno ai
    // caregiver", L2511).
    // Note: Home area J is not repeated among the transversal areas (A, D, E, I); the J key points (L8213-8222)
    // are the home area's.
    // Note: Transversality (L8159): no SI/NO is printed; the answer is the affirmative sentence "L'obiettivo è
    // trasversale a:" followed by the areas, encoded "si".
    // Note: Co-design (L8296-8298): no SI/NO printed, only "verrà valorizzata questa modalità": answer null.
    // Note: Prevention type printed as "promozionale/riparativo che di tipo preventivo" (L8350-8351): all three
    // kinds.
    // Note: Continuity names the 2021-2023 actions 1-3 (L8250-8266) but no objective code: previousObjective
    // omitted.
    // Note: Field 26 separates the impacts (kept in outcomeIndicators.text) from the "Possibili indicatori di
    // outcome" (L8457-8465, encoded as indicators).
    // Note: Targets without a stated period are read per triennium; A4-1 is monthly from 2026.
    {
      code: "M",
      form: "pdz-dgr-2167",
      heading: "M – Sostegno ai caregiver (prioritario)",
      policyArea: "J",
      policyAreaBasis: "section-heading",
      leps: [],
      priority: true,
      title: "Sostegno ai caregiver (prioritario)",
      goals:
        "Sviluppare un sistema integrato di interventi per i caregiver (sia familiari che assistenti personali) e le loro famiglie.",
      actions: [
        {
          code: "Azione 1",
          title:
            "realizzazione di momenti di incontro con la rete dei servizi che ha in carico la persona assistita, finalizzati alla condivisione di informazioni utili per il caregiver, per un sostegno efficace della persona assistita.",
          lines: [8120, 8123],
        },
        {
          code: "Azione 2",
          title:
            "favorire la creazione e la strutturazione di gruppi informali di auto mutuo aiuto tra famiglie e caregiver.",
          lines: [8125, 8126],
        },
        {
          code: "Azione 3",
          title:
            "favorire la realizzazione di eventi mirati per caregiver, con l’eventuale presenza di medici, psicologi o altre figure professionali con competenze specifiche sulla gestione della persona assistita, sia a scopo formativo/informativo che ludico.",
          lines: [8128, 8132],
        },
        {
          code: "Azione 4",
          title:
            "Attività rivolte agli assistiti dei caregiver familiari per alleggerire il loro carico di cura e generare tempo libero per loro.",
          lines: [8134, 8136],
        },
      ],
      target:
        "Caregiver sia familiari che assistenti personali di persone con disabilità e/o di anziani non autosufficienti.",
      budget: {
        total: "48000",
        printedTotal: "€. 48.000,00",
        lines: [
          { fund: "fnps", label: "FNPS", amount: null, lines: [8145, 8145] },
          { fund: "altro", label: "Fondi d’Ambito", amount: null, lines: [8145, 8146] },
          {
            fund: "altro",
            label: "altre fonti di finanziamento dedicate",
            amount: null,
            lines: [8146, 8146],
          },
        ],
        text: "L’Ambito per la realizzazione dell’Obiettivo stima una spesa nel triennio pari ad €. 48.000,00 (FNPS-Fondi d’Ambito-altre fonti di finanziamento dedicate).",
        source: { document: DOCUMENTS.gallarate, lines: [8141, 8146] },
      },
      staff: "ENTI LOCALI - ASST – PRIVATO SOCIALE – ORGANIZZAZIONI DI VOLONTARIATO",
      transversal: {
        answer: "si",
        areas: ["A", "D", "E", "I"],
        text: "L'obiettivo è trasversale a: A) Contrasto alla povertà e all’emarginazione sociale e promozione dell’inclusione attiva D) Domiciliarità E) Anziani I) Interventi per la famiglia",
      },
      keyPoints: [
        { area: "A", point: "Allargamento della rete e co-programmazione" },
        { area: "A", point: "Contrasto all’isolamento" },
        { area: "A", point: "Rafforzamento delle reti sociali" },
        { area: "A", point: "Facilitare l’accesso alle opportunità di benessere e partecipazione attiva" },
        { area: "D", point: "Allargamento del servizio a nuovi soggetti" },
        { area: "D", point: "Ampliamento dei supporti forniti all’utenza" },
        { area: "D", point: "Allargamento della rete e co-programmazione" },
        { area: "D", point: "Nuovi strumenti di governance" },
        { area: "D", point: "Integrazione con gli interventi domiciliari a carattere sociosanitario" },
        { area: "E", point: "Rafforzamento degli strumenti di long term-care" },
        { area: "E", point: "Autonomia e domiciliarità" },
        { area: "E", point: "Personalizzazione dei servizi" },
        { area: "E", point: "Accesso ai servizi" },
        { area: "E", point: "Ruolo delle famiglie e del caregiver" },
        { area: "E", point: "Sviluppo azioni LR 15/2015" },
        { area: "E", point: "Rafforzamento delle reti sociali" },
        { area: "E", point: "Contrasto all’isolamento" },
        { area: "E", point: "Allargamento della rete e co-programmazione" },
        { area: "E", point: "Nuovi strumenti di governance" },
        { area: "I", point: "Caregiver femminile familiare" },
        { area: "I", point: "Sostegno secondo le specificità del contesto familiare" },
        { area: "I", point: "Conciliazione vita-tempi" },
        { area: "I", point: "Allargamento della rete e co-programmazione" },
        { area: "I", point: "Nuovi strumenti di governance" },
        { area: "J", point: "Ruolo delle famiglie e del caregiver" },
        {
          area: "J",
          point: "Filiera integrata che accompagni la persona nel percorso di vita fino al Dopo di Noi",
        },
        { area: "J", point: "Allargamento della rete e co-programmazione" },
        { area: "J", point: "Nuovi strumenti di governance" },
        { area: "J", point: "Contrasto all’isolamento" },
        { area: "J", point: "Rafforzamento delle reti sociali" },
      ],
      asstInAnalysis: { answer: "si", lines: [8229, 8229] },
      asstInDelivery: {
        answer: "si",
        text: "Sì, avviene il coinvolgimento di ASST nella presa in carico dei cronici fragili (valutazione multidimensionale).",
        lines: [8237, 8238],
      },
      cooperationWithOtherAmbiti: { answer: "no", lines: [8244, 8244], ambiti: [] },
      continuity: {
        answer: "si",
        text: "Sì, l’obiettivo è in continuità con le seguenti azioni: Azione 1: realizzazione di momenti di incontro con la rete dei servizi che hanno in carico la persona con disabilità finalizzati alla condivisione di informazioni utili per il caregiver, per un sostegno efficace della persona con disabilità. Azione 2: favorire la creazione e la strutturazione di gruppi informali di auto mutuo aiuto tra famiglie e caregiver di persone con disabilità. Azione 3: favorire la realizzazione di eventi mirati per caregiver, con l’eventuale presenza di medici, psicologi o altre figure professionali con competenze specifiche sulla gestione della persona con disabilità, sia a scopo formativo/informativo che ludico.",
        lines: [8250, 8266],
      },
      newService: { kind: "servizio-rivisto", text: "Servizio sostanzialmente rivisto/aggiornato" },
      premialProject: { answer: "no", lines: [8281, 8281] },
      coProgrammed: {
        answer: "si",
        text: "Sì, il presente obiettivo è frutto del percorso di co- programmazione con gli operatori della rete territoriale che hanno aderito.",
        lines: [8288, 8290],
      },
      coDesigned: {
        answer: null,
        text: "Nella realizzazione delle azioni citate sopra verrà valorizzata questa modalità di coinvolgimento del Terzo Settore.",
        lines: [8296, 8298],
      },
      thirdSectorInvolvement: null,
      otherActors: {
        answer: "si",
        text: "Sì, si prevede il coinvolgimento di medici, psicologi o altre figure professionali con competenze specifiche sulla gestione della persona con disabilità, sia a scopo formativo/informativo che ludico.",
        lines: [8319, 8322],
        actors: [
          "medici",
          "psicologi",
          "altre figure professionali con competenze specifiche sulla gestione della persona con disabilità",
        ],
      },
      needs: {
        text: "Il bisogno al quale questo obiettivo intende rispondere è quello di evitare il ricorso all'istituzionalizzazione della persona che presenta fragilità e ad alleviare il carico di cura dei caregivers, generando tempo libero per loro.",
        indicators: [],
      },
      needKind: { kind: "bisogno-consolidato", text: "Bisogno consolidato" },
      preventionKind: ["promozionale", "preventivo", "riparativo"],
      preventionText: "L’obiettivo è sia di tipo promozionale/riparativo che di tipo preventivo.",
      innovation: { answer: "no", lines: [8360, 8360] },
      digitalisation: {
        answer: "si",
        text: "Sì, da un punto di vista organizzativo, gestionale ed erogativo, si prevede l’utilizzo di piattaforme digitali per la realizzazione degli incontri.",
        lines: [8367, 8369],
      },
      processIndicators: {
        text: "Azione 1: realizzazione di momenti di incontro con la rete dei servizi che ha in carico la persona assistita, finalizzati alla condivisione di informazioni utili per il caregiver per un sostegno efficace della persona assistita: … Azione 2: favorire la creazione e la strutturazione di gruppi informali di auto mutuo aiuto tra famiglie e caregiver: … Azione 3: favorire la realizzazione di eventi mirati per caregiver … Azione 4: Attività rivolte agli assistiti dai caregiver familiari per alleggerire il loro carico di cura e generare tempo libero per loro:",
        indicators: [
          {
            action: "Azione 1",
            text: "N. incontri realizzati con la rete dei servizi che ha in carico la persona assistita",
            lines: [8382, 8383],
          },
          { action: "Azione 1", text: "N. di caregiver che partecipano agli incontri.", lines: [8384, 8384] },
          { action: "Azione 2", text: "N. gruppi di auto mutuo aiuto creati", lines: [8390, 8390] },
          { action: "Azione 2", text: "N. membri di ciascun gruppo creato", lines: [8391, 8391] },
          {
            action: "Azione 2",
            text: "N. incontri di ciascun gruppo di auto mutuo aiuto creato.",
            lines: [8392, 8393],
          },
          { action: "Azione 3", text: "N. eventi realizzati", lines: [8402, 8402] },
          { action: "Azione 3", text: "tipologia di figure professionali coinvolte", lines: [8403, 8403] },
          { action: "Azione 3", text: "N. caregiver presenti agli eventi.", lines: [8404, 8404] },
          { action: "Azione 4", text: "N. di attività realizzate", lines: [8411, 8411] },
          {
            action: "Azione 4",
            text: "N. di caregiver che hanno beneficiato dalle attività",
            lines: [8412, 8412],
          },
          { action: "Azione 4", text: "numero di ore di attività realizzate.", lines: [8413, 8413] },
        ],
      },
      outputIndicators: {
        text: "I risultati che si intendono raggiungere attraverso l'obiettivo individuato sono: Azione 1) Realizzazione di almeno 12 incontri tra caregiver e personale esperto nella gestione del soggetto assistito. Azione 2) Realizzazione di almeno 1 gruppo di auto-mutuo aiuto tra famiglie e caregiver. Azione 3) Realizzazione di almeno 9 incontri/cicli tra caregiver e personale competente sulla gestione della persona con disabilità o anziana non autosufficiente. Azione 4) Realizzazione di almeno 1 attività extrafamiliare al mese dal 2026 in poi, per le persone assistite dai caregiver; Garanzia di almeno 200 ore di servizio utili alla liberazione dai doveri di cura dei caregiver.",
        indicators: [],
      },
      outcomeIndicators: {
        text: "L'impatto che tale intervento vorrebbe produrre, si può sintetizzare come segue: Ridurre il numero di inserimenti delle persone con disabilità/anziane all'interno di strutture residenziali. Prevenire vissuti/disagi dovuti al fenomeno del burn-out del caregiver.",
        indicators: [
          {
            text: "Numero di inserimenti delle persone con disabilità/anziane in strutture residenziali.",
            lines: [8459, 8460],
          },
          { text: "Miglioramento del benessere psico-fisico dei caregiver.", lines: [8462, 8462] },
          { text: "Migliorare la conoscenza e gli strumenti gestionali dei caregiver.", lines: [8463, 8465] },
        ],
      },
      targets: [
        {
          id: "A1-1",
          action: "Azione 1",
          text: "Realizzazione di almeno 12 incontri tra caregiver e personale esperto nella gestione del soggetto assistito.",
          lines: [8423, 8424],
          kind: "count-at-least",
          min: 12,
          unit: "incontri tra caregiver e personale esperto",
          per: "triennium",
        },
        {
          id: "A2-1",
          action: "Azione 2",
          text: "Realizzazione di almeno 1 gruppo di auto-mutuo aiuto tra famiglie e caregiver.",
          lines: [8427, 8428],
          kind: "count-at-least",
          min: 1,
          unit: "gruppi di auto-mutuo aiuto",
          per: "triennium",
        },
        {
          id: "A3-1",
          action: "Azione 3",
          text: "Realizzazione di almeno 9 incontri/cicli tra caregiver e personale competente sulla gestione della persona con disabilità o anziana non autosufficiente.",
          lines: [8432, 8434],
          kind: "count-at-least",
          min: 9,
          unit: "incontri/cicli",
          per: "triennium",
        },
        {
          id: "A4-1",
          action: "Azione 4",
          text: "Realizzazione di almeno 1 attività extrafamiliare al mese dal 2026 in poi, per le persone assistite dai caregiver",
          lines: [8438, 8440],
          kind: "count-at-least",
          min: 1,
          unit: "attività extrafamiliari",
          per: "month",
          fromYear: 2026,
        },
        {
          id: "A4-2",
          action: "Azione 4",
          text: "Garanzia di almeno 200 ore di servizio utili alla liberazione dai doveri di cura dei caregiver.",
          lines: [8442, 8443],
          kind: "count-at-least",
          min: 200,
          unit: "ore di servizio",
          per: "triennium",
        },
      ],
      source: { document: DOCUMENTS.gallarate, lines: [8110, 8465] },
    },
    // Obiettivo N: Abitare per il Durante Dopo di Noi (L8469-8717)
    // Note: Home macro-area J from the section heading "5.9 Obiettivi macro-area: Interventi a favore delle
    // persone con disabilità" (L8108); "N" is the local objective code (2021-2023 objective N, L2642).
    // Note: Home area J is not repeated among the transversal areas (B); key points are given for B (transversal)
    // and J (home).
    // Note: "almeno 3 (una all’anno)" gives two targets each (A1-1/A1-2, A2-1/A2-2): min 3 per triennium and min
    // 1 per year, same verbatim text.
    // Note: Other actors (L8613-8615): no SI/NO printed; the answer is the affirmative sentence "Potranno essere
    // coinvolti enti erogatori …", encoded "si".
    // Note: A leaked page number "135" (L8645) sits inside the scheda between fields 20 and 21; it is not part of
    // any field.
    // Note: Continuity "SI" (L8560): no 2021-2023 objective named, previousObjective omitted.
    {
      code: "N",
      form: "pdz-dgr-2167",
      heading: "N – Abitare per il Durante Dopo di Noi (prioritario)",
      policyArea: "J",
      policyAreaBasis: "section-heading",
      leps: [],
      priority: true,
      title: "Abitare per il Durante Dopo di Noi",
      goals:
        "Tale obiettivo prevede la progettazione e la realizzazione di interventi di abbattimento delle barriere architettoniche e di sensibilizzazione ai percorsi del Durante Dopo di Noi.",
      actions: [
        {
          code: "Azione 1",
          title: "Informare su iniziative rivolte all’abbattimento delle barriere architettoniche.",
          lines: [8483, 8484],
        },
        {
          code: "Azione 2",
          title: "Sensibilizzazione ai percorsi del Durante Dopo di Noi.",
          lines: [8486, 8487],
        },
      ],
      target:
        "Persone in condizione di grave disabilità prive di entrambi i genitori o che non possono ricevere sostegno dalla propria famiglia; in particolare persone frequentanti strutture semiresidenziali a ciclo diurno: CSE, SFA e CDD.",
      budget: {
        total: "6000",
        printedTotal: "€. 6.000,00",
        lines: [
          { fund: "fnps", label: "FNPS", amount: null, lines: [8498, 8498] },
          { fund: "altro", label: "Fondi d’Ambito", amount: null, lines: [8498, 8499] },
          {
            fund: "altro",
            label: "altre fonti di finanziamento dedicate",
            amount: null,
            lines: [8499, 8499],
          },
        ],
        text: "L’Ambito per la realizzazione dell’Obiettivo stima una spesa nel triennio pari ad €. 6.000,00 (FNPS-Fondi d’Ambito-altre fonti di finanziamento dedicate).",
        source: { document: DOCUMENTS.gallarate, lines: [8494, 8499] },
      },
      staff: "EE.LL – ATS – ASST –PRIVATO SOCIALE –PRIVATO",
      transversal: { answer: "si", areas: ["B"], text: "Sì, area: B) Politiche abitative" },
      keyPoints: [
        { area: "B", point: "Allargamento della platea dei soggetti a rischio" },
        { area: "B", point: "Vulnerabilità multidimensionale" },
        { area: "B", point: "Qualità dell’abitare" },
        { area: "J", point: "Ruolo delle famiglie e del caregiver" },
        {
          area: "J",
          point: "Filiera integrata che accompagni la persona nel percorso di vita fino al Dopo di Noi",
        },
      ],
      asstInAnalysis: { answer: "no", lines: [8536, 8536] },
      asstInDelivery: { answer: "no", lines: [8544, 8544] },
      cooperationWithOtherAmbiti: { answer: "no", lines: [8552, 8552], ambiti: [] },
      continuity: { answer: "si", lines: [8560, 8560] },
      newService: { kind: "servizio-gia-presente", text: "Servizio già presente" },
      premialProject: { answer: "no", lines: [8574, 8574] },
      coProgrammed: {
        answer: "si",
        text: "Sì, il presente obiettivo è frutto del percorso di co- programmazione con gli operatori della rete territoriale che hanno aderito.",
        lines: [8581, 8583],
      },
      coDesigned: { answer: "no", lines: [8590, 8590] },
      thirdSectorInvolvement:
        "Il Terzo Settore potrebbe essere coinvolto nell’erogazione di percorsi di sensibilizzazione rispetto al tema del Durante Dopo di Noi.",
      otherActors: {
        answer: "si",
        text: "Potranno essere coinvolti enti erogatori per realizzare i percorsi di sensibilizzazione sul tema del Durante Dopo di Noi.",
        lines: [8613, 8615],
        actors: ["enti erogatori"],
      },
      needs: {
        text: "Il bisogno al quale questo obiettivo intende rispondere può essere sintetizzato come di seguito: Necessità di abitazioni accessibili alle persone con una disabilità grave; Necessità di percorsi dedicati all’approfondimento della tematica del Dopo di Noi.",
        indicators: [],
      },
      needKind: { kind: "bisogno-consolidato", text: "BISOGNO CONSOLIDATO" },
      preventionKind: ["promozionale", "preventivo"],
      preventionText: "Promozionale/preventivo",
      innovation: { answer: "no", lines: [8661, 8661] },
      digitalisation: {
        answer: "si",
        text: "Sì, da un punto di vista organizzativo si prevede l’utilizzo di piattaforme digitali per la realizzazione degli incontri.",
        lines: [8669, 8670],
      },
      processIndicators: {
        text: "Azione 1: Informare su iniziative rivolte all’abbattimento delle barriere architettoniche: … Azione 2: Sensibilizzazione ai percorsi del Durante Dopo di Noi:",
        indicators: [
          {
            action: "Azione 1",
            text: "N. delle iniziative finalizzate alla conoscenza delle opportunità connesse all’abbattimento delle barriere architettoniche.",
            lines: [8681, 8683],
          },
          {
            action: "Azione 2",
            text: "N. di iniziative di sensibilizzazione ai percorsi del Durante Dopo di Noi",
            lines: [8689, 8690],
          },
          {
            action: "Azione 2",
            text: "N. di soggetti che accedono ai percorsi di sensibilizzazione del Durante Dopo di Noi.",
            lines: [8691, 8692],
          },
        ],
      },
      outputIndicators: {
        text: "Azione 1) Realizzazione di almeno 3 (una all’anno) iniziative finalizzate alla conoscenza delle opportunità connesse all’abbattimento delle barriere architettoniche; Azione 2) Realizzazione di almeno 3 (una all’anno) attività di sensibilizzazione del Durante Dopo di Noi.",
        indicators: [],
      },
      outcomeIndicators: {
        text: "L'impatto che tale intervento vorrebbe produrre, si può sintetizzare come segue:",
        indicators: [
          {
            text: "Incremento di abitazioni accessibili alle persone con una disabilità grave.",
            lines: [8713, 8714],
          },
          { text: "Incremento della conoscenza della tematica del Dopo di Noi.", lines: [8716, 8717] },
        ],
      },
      targets: [
        {
          id: "A1-1",
          action: "Azione 1",
          text: "Realizzazione di almeno 3 (una all’anno) iniziative finalizzate alla conoscenza delle opportunità connesse all’abbattimento delle barriere architettoniche",
          lines: [8699, 8701],
          kind: "count-at-least",
          min: 3,
          unit: "iniziative sulle opportunità connesse all’abbattimento delle barriere architettoniche",
          per: "triennium",
        },
        {
          id: "A1-2",
          action: "Azione 1",
          text: "Realizzazione di almeno 3 (una all’anno) iniziative finalizzate alla conoscenza delle opportunità connesse all’abbattimento delle barriere architettoniche",
          lines: [8699, 8701],
          kind: "count-at-least",
          min: 1,
          unit: "iniziative sulle opportunità connesse all’abbattimento delle barriere architettoniche",
          per: "year",
        },
        {
          id: "A2-1",
          action: "Azione 2",
          text: "Realizzazione di almeno 3 (una all’anno) attività di sensibilizzazione del Durante Dopo di Noi.",
          lines: [8705, 8706],
          kind: "count-at-least",
          min: 3,
          unit: "attività di sensibilizzazione del Durante Dopo di Noi",
          per: "triennium",
        },
        {
          id: "A2-2",
          action: "Azione 2",
          text: "Realizzazione di almeno 3 (una all’anno) attività di sensibilizzazione del Durante Dopo di Noi.",
          lines: [8705, 8706],
          kind: "count-at-least",
          min: 1,
          unit: "attività di sensibilizzazione del Durante Dopo di Noi",
          per: "year",
        },
      ],
      source: { document: DOCUMENTS.gallarate, lines: [8469, 8717] },
    },
    // Obiettivo O: Educativa domiciliare (L8721-9061)
    // Note: Home macro-area J from the section heading "5.9 Obiettivi macro-area: Interventi a favore delle
    // persone con disabilità" (L8108); "O" is the local objective code (2021-2023 objective O, L2756).
    // Note: Home area J is not repeated among the transversal areas (A, D, E, F, G, I); the J key points
    // (L8830-8838) are the home area's.
    // Note: No "(prioritario)" in the heading (L8721): priority null.
    // Note: Transversality (L8787): no SI/NO printed; the answer is the affirmative sentence "L’obiettivo è
    // trasversale a:" followed by the areas, encoded "si".
    // Note: ASST in the analysis: "NO" is printed at L8843, inside the question label (L8840-8845).
    // Note: "almeno 6 (due all’anno)" gives two targets each (A1-1/A1-2, A3-1/A3-2): min 6 per triennium and min
    // 2 per year, same verbatim text.
    // Note: A leaked page number "137" (L8779) sits between fields 6 and 7; it is not part of any field.
    // Note: Continuity (L8866): no 2021-2023 objective named, previousObjective omitted.
    {
      code: "O",
      form: "pdz-dgr-2167",
      heading: "O – Educativa domiciliare",
      policyArea: "J",
      policyAreaBasis: "section-heading",
      leps: [],
      priority: null,
      title: "Educativa domiciliare",
      goals:
        "L’obiettivo persegue questi fini: Potenziare gli interventi di assistenza educativa in campo domiciliare ed extra-domiciliare con particolare attenzione al target dell’età evolutiva. Promuovere percorsi socio-educativi a favore delle persone con disabilità e dei loro familiari. Costruire sinergie territoriali tra i vari servizi/istituzioni/Enti/collettività e la famiglia della persona con disabilità. Sostenere e supportare le famiglie rispetto all'elevato carico assistenziale ed educativo.",
      actions: [
        {
          code: "Azione 1",
          title:
            "Collaborazione tra i vari servizi che hanno in carico la persona, per garantire una presa in carico precoce in una logica ecologica del problema della disabilità al fine di ridurre il rischio di isolamento della persona e della famiglia.",
          lines: [8744, 8748],
        },
        {
          code: "Azione 2",
          title:
            "Analisi delle risorse educative esistenti al fine di garantire una diversificazione degli interventi e una maggiore coerenza con il bisogno specifico della persona con disabilità e della sua famiglia.",
          lines: [8750, 8753],
        },
        {
          code: "Azione 3",
          title:
            "Valorizzazione di iniziative di sensibilizzazione nei confronti della collettività finalizzate a stimolare sul proprio territorio un modello di welfare di comunità e di comunità educante, nel quale la famiglia possa diventare protagonista sia come beneficiaria degli interventi sia come soggetto attivo d’intervento.",
          lines: [8755, 8760],
        },
      ],
      target:
        "Persone con disabilità e le loro reti familiari, con particolare riferimento all’età evolutiva.",
      budget: {
        total: "15000",
        printedTotal: "€. 15.000,00",
        lines: [
          { fund: "fnps", label: "FNPS", amount: null, lines: [8769, 8769] },
          { fund: "altro", label: "Fondi d’Ambito", amount: null, lines: [8769, 8770] },
          {
            fund: "altro",
            label: "altre fonti di finanziamento dedicate",
            amount: null,
            lines: [8770, 8770],
          },
        ],
        text: "L’Ambito per la realizzazione dell’Obiettivo stima una spesa nel triennio pari ad €. 15.000,00 (FNPS-Fondi d’Ambito-altre fonti di finanziamento dedicate).",
        source: { document: DOCUMENTS.gallarate, lines: [8765, 8770] },
      },
      staff: "EE.LL – PRIVATO SOCIALE – ETS - ODV",
      transversal: {
        answer: "si",
        areas: ["A", "D", "E", "F", "G", "I"],
        text: "L’obiettivo è trasversale a: A) Contrasto alla povertà e all’emarginazione sociale e promozione dell’inclusione attiva D) Domiciliarità E) Anziani F) Digitalizzazione dei servizi G) Politiche giovanili e per i minori I) Interventi per la famiglia",
      },
      keyPoints: [
        { area: "A", point: "Allargamento della rete e coprogrammazione" },
        { area: "A", point: "Contrasto all’isolamento" },
        { area: "A", point: "Rafforzamento delle reti sociali" },
        { area: "A", point: "Vulnerabilità multidimensionale" },
        { area: "D", point: "Ampliamento dei supporti forniti all’utenza" },
        { area: "D", point: "Allargamento della rete e co-programmazione" },
        { area: "D", point: "Nuovi strumenti di governance" },
        { area: "E", point: "Personalizzazione dei servizi" },
        { area: "E", point: "Ruolo delle famiglie e del caregiver" },
        { area: "E", point: "Sviluppo azioni LR 15/2015" },
        { area: "E", point: "Rafforzamento delle reti sociali" },
        { area: "E", point: "Contrasto all’isolamento" },
        { area: "E", point: "Allargamento della rete e co-programmazione" },
        { area: "F", point: "Integrazione e rafforzamento del collegamento tra i nodi della rete" },
        { area: "F", point: "Interventi per l’inclusione e l’alfabetizzazione digitale" },
        { area: "G", point: "Rafforzamento delle reti sociali" },
        { area: "G", point: "Allargamento della rete e co-programmazione" },
        { area: "I", point: "Caregiver femminile familiare" },
        { area: "I", point: "Sostegno secondo le specificità del contesto familiare" },
        { area: "I", point: "Conciliazione vita-tempi" },
        { area: "I", point: "Allargamento della rete e co-programmazione" },
        { area: "J", point: "Ruolo delle famiglie e del caregiver" },
        {
          area: "J",
          point: "Filiera integrata che accompagni la persona nel percorso di vita fino al Dopo di Noi",
        },
        { area: "J", point: "Allargamento della rete e co-programmazione" },
        { area: "J", point: "Nuovi strumenti di governance" },
        { area: "J", point: "Contrasto all’isolamento" },
        { area: "J", point: "Rafforzamento delle reti sociali" },
      ],
      asstInAnalysis: { answer: "no", lines: [8843, 8843] },
      asstInDelivery: {
        answer: "si",
        text: "Sì, l’azione prevede il coinvolgimento di ASST per una presa in carico precoce delle situazioni.",
        lines: [8853, 8854],
      },
      cooperationWithOtherAmbiti: { answer: "no", lines: [8860, 8860], ambiti: [] },
      continuity: { answer: "si", text: "Si, è in continuità.", lines: [8866, 8866] },
      newService: { kind: "servizio-rivisto", text: "Servizio sostanzialmente rivisto/aggiornato" },
      premialProject: { answer: "no", lines: [8881, 8881] },
      coProgrammed: {
        answer: "si",
        text: "Sì, il presente obiettivo è frutto del percorso di co- programmazione con gli operatori della rete territoriale che hanno aderito.",
        lines: [8888, 8890],
      },
      coDesigned: {
        answer: "no",
        text: "No, nella realizzazione delle azioni citate sopra, verrà valorizzata questa modalità di coinvolgimento del Terzo Settore.",
        lines: [8897, 8899],
      },
      thirdSectorInvolvement: null,
      otherActors: {
        answer: "si",
        text: "Sì, nella realizzazione delle azioni specificate sopra potrebbero essere coinvolti anche organismi di volontariato.",
        lines: [8917, 8919],
        actors: ["organismi di volontariato"],
      },
      needs: {
        text: "I bisogni a cui questo obiettivo risponde possono essere così sintetizzati: Necessità di acquisire/rafforzare competenze e strategie nella gestione da parte della famiglia della persona con disabilità. Necessità di continuità assistenziale, di metodi, approcci educativo-relazionali e di contenuto didattico tra servizi e il contesto familiare. Necessità di integrare le attività scolastiche con attività educative di supporto domiciliare ed extra-domiciliare.",
        indicators: [],
      },
      needKind: { kind: "bisogno-consolidato", text: "Bisogno consolidato" },
      preventionKind: ["promozionale", "preventivo", "riparativo"],
      preventionText: "L’obiettivo è sia di tipo promozionale/preventivo che di tipo riparativo.",
      innovation: {
        answer: "si",
        text: "Sì, attraverso la realizzazione di una presa in carico precoce in una logica ecologica e in stretta collaborazione tra i vari servizi che hanno in carico la persona. Anche l’azione di stimolazione della comunità educante presenta aspetti innovativi.",
        lines: [8966, 8970],
      },
      digitalisation: {
        answer: "si",
        text: "Sì, si prevede l’utilizzo di piattaforme digitali per lo svolgimento di riunioni di coordinamento e/o confronto, nonché per lo scambio di informazioni.",
        lines: [8978, 8980],
      },
      processIndicators: {
        text: "Azione 1: Collaborazione tra i vari servizi che hanno in carico la persona, per garantire una presa in carico precoce in una logica ecologica del problema della disabilità al fine di ridurre il rischio di isolamento del soggetto e della famiglia: … Azione 2: Analisi delle risorse educative esistenti … Azione 3: Valorizzazione di iniziative di sensibilizzazione verso la collettività …",
        indicators: [
          { action: "Azione 1", text: "N. incontri tra servizi realizzati", lines: [8994, 8994] },
          { action: "Azione 1", text: "N. enti pubblici appartenenti alla rete", lines: [8995, 8995] },
          {
            action: "Azione 1",
            text: "N. enti del privato sociale appartenenti alla rete",
            lines: [8996, 8996],
          },
          { action: "Azione 1", text: "N. protocolli/ accordi di lavoro creati.", lines: [8997, 8997] },
          { action: "Azione 2", text: "N. delle risorse educative mappate", lines: [9005, 9005] },
          {
            action: "Azione 2",
            text: "tipologia dei servizi inseriti nella mappatura.",
            lines: [9006, 9006],
          },
          { action: "Azione 3", text: "N. iniziative realizzate", lines: [9016, 9016] },
          { action: "Azione 3", text: "N. di partecipanti della società civile.", lines: [9017, 9017] },
        ],
      },
      outputIndicators: {
        text: "I risultati che si intendono raggiungere attraverso l'obiettivo individuato sono: Azione 1) Realizzazione di almeno 6 (due all’anno) incontri tra servizi. Azione 2) Produzione di un report che contenga la mappatura dei servizi educativi esistenti. Azione 3) Realizzazione di almeno 6 (due all’anno) iniziative di sensibilizzazione della collettività.",
        indicators: [],
      },
      outcomeIndicators: {
        text: "L'impatto che tale intervento vorrebbe produrre, si può sintetizzare come segue: Costruire un percorso di crescita che permetta alla persona con disabilità di potenziare e sviluppare il più possibile delle abilità e competenze. Il fine è quello di consentire alla persona di raggiungere, in età adulta, il livello di autonomia maggiore possibile.",
        indicators: [
          { text: "Soddisfazione delle famiglie rispetto al sistema dei servizi.", lines: [9056, 9057] },
          {
            text: "Aumento della sensibilizzazione rispetto a queste tematiche nella comunità e negli attori chiave del territorio.",
            lines: [9059, 9061],
          },
        ],
      },
      targets: [
        {
          id: "A1-1",
          action: "Azione 1",
          text: "Realizzazione di almeno 6 (due all’anno) incontri tra servizi.",
          lines: [9028, 9029],
          kind: "count-at-least",
          min: 6,
          unit: "incontri tra servizi",
          per: "triennium",
        },
        {
          id: "A1-2",
          action: "Azione 1",
          text: "Realizzazione di almeno 6 (due all’anno) incontri tra servizi.",
          lines: [9028, 9029],
          kind: "count-at-least",
          min: 2,
          unit: "incontri tra servizi",
          per: "year",
        },
        {
          id: "A2-1",
          action: "Azione 2",
          text: "Produzione di un report che contenga la mappatura dei servizi educativi esistenti.",
          lines: [9033, 9035],
          kind: "deliverable",
          deliverable: "Report con la mappatura dei servizi educativi esistenti",
        },
        {
          id: "A3-1",
          action: "Azione 3",
          text: "Realizzazione di almeno 6 (due all’anno) iniziative di sensibilizzazione della collettività.",
          lines: [9039, 9040],
          kind: "count-at-least",
          min: 6,
          unit: "iniziative di sensibilizzazione della collettività",
          per: "triennium",
        },
        {
          id: "A3-2",
          action: "Azione 3",
          text: "Realizzazione di almeno 6 (due all’anno) iniziative di sensibilizzazione della collettività.",
          lines: [9039, 9040],
          kind: "count-at-least",
          min: 2,
          unit: "iniziative di sensibilizzazione della collettività",
          per: "year",
        },
      ],
      source: { document: DOCUMENTS.gallarate, lines: [8721, 9061] },
    },
    // Obiettivo P: Migliorare la programmazione del trasporto sociale (L9062-9360)
    // Slip L9347: Typo "trasporto sciale" for "trasporto sociale" in the A2 result. Kept verbatim in the target
    // text.
    // Note: Home macro-area J from the section heading "5.9 Obiettivi macro-area: Interventi a favore delle
    // persone con disabilità" (L8108); "P" is the local objective code (2021-2023 objective P "Migliorare la
    // programmazione del trasporto sociale").
    // Note: Home area J is not repeated among the transversal areas (A, D, E, F, I); the J key points
    // (L9155-9164) are the home area's.
    // Note: No "(prioritario)" in the heading (L9062): priority null.
    // Note: Other actors: "Sì" (L9244-9245) without naming any actor: actors [].
    // Note: Targets without a stated period are read per triennium.
    // Note: Continuity (L9190): no 2021-2023 objective named, previousObjective omitted.
    {
      code: "P",
      form: "pdz-dgr-2167",
      heading: "P – Migliorare la programmazione del trasporto sociale",
      policyArea: "J",
      policyAreaBasis: "section-heading",
      leps: [],
      priority: null,
      title: "Migliorare la programmazione del trasporto sociale",
      goals:
        "Garantire una maggior accessibilità ai servizi di trasporto sociale alle persone con disabilità e alle persone anziane, per garantire loro una maggiore autonomia e l’apertura di possibilità di socializzazione.",
      actions: [
        {
          code: "Azione 1",
          title:
            "Costituzione di una rete composta da enti e associazioni del territorio che erogano servizi di trasporto, che miri alla costruzione di una mappatura delle risorse presenti nell'Ambito di Gallarate dettagliata da informazioni sulla capacità quantitativa (numero di trasporti che un servizio può realizzare, numero dei veicoli) e qualitativa (dotazione di ausili specifici dei veicoli) dei servizi di trasporto.",
          lines: [9074, 9081],
        },
        {
          code: "Azione 2",
          title:
            "Potenziamento dei servizi di trasporto sociale già presenti nell'Ambito di Gallarate, ampliando l’offerta dei trasporti, trasporti protetti e speciali anche verso luoghi aggregativi e di socialità.",
          lines: [9083, 9086],
        },
      ],
      target: "Persone con disabilità (minori, adulti e anziani), ETS, ODV.",
      budget: {
        total: "60000",
        printedTotal: "€. 60.000,00",
        lines: [
          { fund: "fnps", label: "FNPS", amount: null, lines: [9094, 9094] },
          { fund: "altro", label: "Fondi d’Ambito", amount: null, lines: [9094, 9095] },
          {
            fund: "altro",
            label: "altre fonti di finanziamento dedicate",
            amount: null,
            lines: [9095, 9095],
          },
        ],
        text: "L’Ambito per la realizzazione dell’Obiettivo stima una spesa nel triennio pari ad €. 60.000,00 (FNPS-Fondi d’Ambito-altre fonti di finanziamento dedicate).",
        source: { document: DOCUMENTS.gallarate, lines: [9090, 9095] },
      },
      staff: "EE.LL – PRIVATO SOCIALE – ENTI PRIVATI – ETS - ODV",
      transversal: {
        answer: "si",
        areas: ["A", "D", "E", "F", "I"],
        text: "Sì, è trasversale a: A) Contrasto alla povertà e all’emarginazione sociale e promozione dell’inclusione attiva D) Domiciliarità E) Anziani F) Digitalizzazione dei servizi I) Interventi per la famiglia",
      },
      keyPoints: [
        { area: "A", point: "Allargamento della rete e co-programmazione" },
        { area: "A", point: "Contrasto all’isolamento" },
        { area: "A", point: "Rafforzamento delle reti sociali" },
        { area: "D", point: "Flessibilità" },
        { area: "D", point: "Ampliamento dei supporti forniti all’utenza" },
        { area: "D", point: "Allargamento della rete e co-programmazione" },
        { area: "D", point: "Nuovi strumenti di governance" },
        { area: "D", point: "Integrazione con gli interventi domiciliari a carattere sociosanitario" },
        { area: "E", point: "Personalizzazione dei servizi" },
        { area: "E", point: "Accesso ai servizi" },
        { area: "E", point: "Ruolo delle famiglie e del caregiver" },
        { area: "E", point: "Sviluppo azioni LR 15/2015" },
        { area: "E", point: "Rafforzamento delle reti sociali" },
        { area: "E", point: "Contrasto all’isolamento" },
        { area: "F", point: "Integrazione e rafforzamento del collegamento tra i nodi della rete" },
        { area: "I", point: "Caregiver femminile familiare" },
        { area: "I", point: "Conciliazione vita-tempi" },
        { area: "J", point: "Ruolo delle famiglie e del caregiver" },
        {
          area: "J",
          point: "Filiera integrata che accompagni la persona nel percorso di vita fino al Dopo di Noi",
        },
        { area: "J", point: "Allargamento della rete e co-programmazione" },
        { area: "J", point: "Nuovi strumenti di governance" },
        { area: "J", point: "Contrasto all’isolamento" },
        { area: "J", point: "Rafforzamento delle reti sociali" },
      ],
      asstInAnalysis: { answer: "no", lines: [9171, 9171] },
      asstInDelivery: { answer: "no", lines: [9179, 9179] },
      cooperationWithOtherAmbiti: { answer: "no", lines: [9185, 9185], ambiti: [] },
      continuity: { answer: "si", text: "SI, in continuità.", lines: [9190, 9190] },
      newService: { kind: "servizio-rivisto", text: "Servizio sostanzialmente rivisto/aggiornato" },
      premialProject: { answer: "no", lines: [9205, 9205] },
      coProgrammed: {
        answer: "si",
        text: "Sì, il presente obiettivo è frutto del percorso di co- programmazione con gli operatori della rete territoriale che hanno aderito.",
        lines: [9212, 9214],
      },
      coDesigned: {
        answer: "no",
        text: "No, nella realizzazione delle azioni citate sopra, verrà valorizzata questa modalità di coinvolgimento del Terzo Settore.",
        lines: [9221, 9223],
      },
      thirdSectorInvolvement: null,
      otherActors: {
        answer: "si",
        text: "Sì, si valuterà anche il coinvolgimento di altri attori della rete territoriale.",
        lines: [9244, 9245],
        actors: [],
      },
      needs: {
        text: "L’obiettivo vuole rispondere alla necessità di aumento delle possibilità di mobilità in autonomia da parte delle persone con disabilità sia nel raggiungimento delle strutture riabilitative e/o sanitarie-ospedaliere, sia nella fruizione del tempo libero. Vuole inoltre rispondere al bisogno di una ricomposizione e integrazione delle informazioni a disposizione dei nodi della rete territoriale sul trasporto sociale.",
        indicators: [],
      },
      needKind: { kind: "bisogno-consolidato", text: "Bisogno consolidato" },
      preventionKind: ["riparativo"],
      preventionText: "L’obiettivo è di tipo riparativo",
      innovation: { answer: "no", lines: [9284, 9284] },
      digitalisation: {
        answer: "si",
        text: "Sì, lo scambio di informazione tra i nodi territoriali per la realizzazione della mappatura avverrà anche tramite piattaforme digitali.",
        lines: [9292, 9294],
      },
      processIndicators: {
        text: "Azione 1: Costituzione di una rete composta da enti e associazioni del territorio che erogano servizi di trasporto, … Azione 2: Potenziamento dei servizi di trasporto sociale già presenti nell'Ambito di Gallarate, ampliando l’offerta dei trasporti, trasporti protetti e speciali anche verso luoghi aggregativi e di socialità.",
        indicators: [
          {
            action: "Azione 1",
            text: "N. di enti del terzo settore e associazioni che svolgono tali servizi",
            lines: [9311, 9312],
          },
          {
            action: "Azione 1",
            text: "Sviluppo di un sistema per facilitare il coordinamento dei viaggi e lo scambio di informazioni tra i nodi della rete.",
            lines: [9313, 9314],
          },
          {
            action: "Azione 2",
            text: "N. di volontari che prestano il loro servizio per il trasporto sociale",
            lines: [9322, 9323],
          },
          { action: "Azione 2", text: "N. di persone che hanno usufruito di trasporti", lines: [9324, 9324] },
          { action: "Azione 2", text: "N. di trasporti semplici realizzati", lines: [9325, 9325] },
          { action: "Azione 2", text: "N. di trasporti protetti/speciali realizzati.", lines: [9326, 9326] },
        ],
      },
      outputIndicators: {
        text: "I risultati che si intendono raggiungere attraverso l'obiettivo individuato sono: Azione 1) Realizzazione della mappatura con il livello di dettaglio specificato (sì/no). Adozione di un sistema per facilitare il coordinamento dei viaggi e lo scambio di informazioni tra i nodi della rete (sì/no). Azione 2) Avvio di almeno 2 servizi di trasporto sociale; Avvio di almeno un servizio di trasporto sciale e protetto.",
        indicators: [],
      },
      outcomeIndicators: {
        text: "L'impatto che tale intervento vorrebbe produrre, si può sintetizzare come segue:",
        indicators: [
          {
            text: "Fluidità nell'erogazione e nell'accesso ai servizi di trasporto sociale",
            lines: [9357, 9358],
          },
          { text: "Incremento dei servizi di trasporto sociale.", lines: [9360, 9360] },
        ],
      },
      targets: [
        {
          id: "A1-1",
          action: "Azione 1",
          text: "Realizzazione della mappatura con il livello di dettaglio specificato (sì/no).",
          lines: [9337, 9338],
          kind: "deliverable",
          deliverable: "Mappatura delle risorse di trasporto con il livello di dettaglio specificato",
        },
        {
          id: "A1-2",
          action: "Azione 1",
          text: "Adozione di un sistema per facilitare il coordinamento dei viaggi e lo scambio di informazioni tra i nodi della rete (sì/no).",
          lines: [9340, 9342],
          kind: "deliverable",
          deliverable: "Sistema di coordinamento dei viaggi e di scambio di informazioni adottato",
        },
        {
          id: "A2-1",
          action: "Azione 2",
          text: "Avvio di almeno 2 servizi di trasporto sociale",
          lines: [9346, 9346],
          kind: "count-at-least",
          min: 2,
          unit: "servizi di trasporto sociale avviati",
          per: "triennium",
        },
        {
          id: "A2-2",
          action: "Azione 2",
          text: "Avvio di almeno un servizio di trasporto sciale e protetto.",
          lines: [9347, 9349],
          kind: "count-at-least",
          min: 1,
          unit: "servizi di trasporto sociale e protetto avviati",
          per: "triennium",
        },
      ],
      source: { document: DOCUMENTS.gallarate, lines: [9062, 9360] },
    },
    // Obiettivo Q: Sviluppare, rafforzare e connettere iniziative per integrazione – inclusione – valorizzazione del tempo (L9364-9714)
    // Note: Home macro-area J from the section heading "5.9 Obiettivi macro-area: Interventi a favore delle
    // persone con disabilità" (L8108); "Q" is the local objective code.
    // Note: Home area J is not repeated among the transversal areas (A, D, G, H); the J key points (L9461-9465)
    // are the home area's.
    // Note: No "(prioritario)" in the heading (L9364): priority null.
    // Note: The heading (L9364) prints "inclusione - valorizzazione" with a hyphen, the TITOLO field (L9368)
    // "inclusione – valorizzazione" with an en dash; both kept verbatim.
    // Note: Continuity names the 2021-2023 objective B (L9494-9496): previousObjective "B" (cf. the 2021-2023
    // evaluation L1592-1608, where B is said to go to "macroarea K)" — a slip outside this scheda, listed in the
    // extraction).
    // Note: Field 25 prints, per action, a headline result ("Realizzazione di almeno un …") and sub-bullets "N°
    // di … realizzati nel triennio ≥ 1": both are quantified, so both are typed targets (A1-1 headline with its
    // two sub-targets A1-2 and A1-3; A2-A4 headline + sub-target). The sub-bullets are also kept as output
    // indicators with target "≥ 1". The contract has no field linking a sub-target to its headline (see REPORT).
    // Note: Third-sector involvement (L9530-9532) is printed inside the question label (L9526-9537).
    // Note: A leaked page number "146" (L9391) sits between Azione 2 and Azione 3 of field 3; it is not part of
    // any field.
    {
      code: "Q",
      form: "pdz-dgr-2167",
      heading:
        "Q - Sviluppare, rafforzare e connettere iniziative per integrazione – inclusione - valorizzazione del tempo",
      policyArea: "J",
      policyAreaBasis: "section-heading",
      leps: [],
      priority: null,
      title:
        "Sviluppare, rafforzare e connettere iniziative per integrazione – inclusione – valorizzazione del tempo",
      goals:
        "Tale obiettivo mira al coinvolgimento attivo della persona con disabilità all’interno della comunità di appartenenza. L’obiettivo si concretizza con lo sviluppo, il potenziamento e la connessione di iniziative finalizzate all’integrazione, all’inclusione e alla qualificazione del tempo",
      actions: [
        {
          code: "Azione 1",
          title:
            "Promozione e potenziamento di progetti di inserimento lavorativo personalizzati e di qualificazione del tempo delle persone con disabilità.",
          lines: [9379, 9381],
        },
        {
          code: "Azione 2",
          title:
            "Attività di promozione del benessere e delle arti. Coinvolgimento delle associazioni attive sul territorio per la realizzazione di attività sportive, culturali e naturalistiche aperte a tutta la cittadinanza, con l’obiettivo di facilitare l’incontro e la socializzazione.",
          lines: [9383, 9387],
        },
        {
          code: "Azione 3",
          title:
            "Attività di socializzazione per le persone con disabilità con alta necessità di sostegno che vivono sole a domicilio.",
          lines: [9394, 9396],
        },
        {
          code: "Azione 4",
          title: "Realizzazione di attività di sensibilizzazione sulla disabilità nelle scuole dell’Ambito.",
          lines: [9398, 9399],
        },
      ],
      target: "Persone con disabilità e i loro nuclei familiari, Imprenditori, Società civile.",
      budget: {
        total: "30000",
        printedTotal: "€. 30.000,00",
        lines: [
          { fund: "fnps", label: "FNPS", amount: null, lines: [9408, 9408] },
          { fund: "altro", label: "Fondi d’Ambito", amount: null, lines: [9408, 9409] },
          {
            fund: "altro",
            label: "altre fonti di finanziamento dedicate",
            amount: null,
            lines: [9409, 9409],
          },
        ],
        text: "L’Ambito per la realizzazione dell’Obiettivo stima una spesa nel triennio pari ad €. 30.000,00 (FNPS-Fondi d’Ambito-altre fonti di finanziamento dedicate).",
        source: { document: DOCUMENTS.gallarate, lines: [9404, 9409] },
      },
      staff: "EE.LL – PRIVATI - ETS",
      transversal: {
        answer: "si",
        areas: ["A", "D", "G", "H"],
        text: "Sì, è trasversale alle aree di policy: A) Contrasto alla povertà e all’emarginazione sociale e promozione dell’inclusione attiva; D) Domiciliarità; G) Politiche giovanili e per i minori; H) Interventi connessi alle politiche per il lavoro.",
      },
      keyPoints: [
        { area: "A", point: "Allargamento della rete e coprogrammazione" },
        { area: "A", point: "Contrasto all’isolamento" },
        { area: "A", point: "Rafforzamento delle reti sociali" },
        { area: "A", point: "Facilitare l’accesso alle opportunità di benessere e partecipazione attiva" },
        { area: "D", point: "Ampliamento dei supporti forniti all’utenza" },
        { area: "D", point: "Aumento delle ore di copertura del servizio" },
        { area: "G", point: "Rafforzamento delle reti sociali" },
        { area: "G", point: "Prevenzione e contenimento del disagio sociale e del suo impatto sulla salute" },
        { area: "G", point: "Allargamento della rete e coprogrammazione" },
        { area: "H", point: "Interventi a favore dei NEET" },
        { area: "H", point: "Allargamento della rete e co-programmazione" },
        { area: "H", point: "Presenza di nuovi soggetti a rischio/nuova utenza rispetto al passato" },
        { area: "J", point: "Allargamento della rete e co-programmazione" },
        { area: "J", point: "Contrasto all’isolamento" },
        { area: "J", point: "Rafforzamento delle reti sociali" },
      ],
      asstInAnalysis: { answer: "no", lines: [9471, 9471] },
      asstInDelivery: { answer: "no", lines: [9478, 9478] },
      cooperationWithOtherAmbiti: { answer: "no", lines: [9486, 9486], ambiti: [] },
      continuity: {
        answer: "si",
        text: "Sì, è in continuità con l’obiettivo B - Sviluppare, rafforzare e connettere iniziative per integrazione – inclusione – accesso.",
        lines: [9494, 9496],
        previousObjective: "B",
      },
      newService: { kind: "servizio-rivisto", text: "Servizio sostanzialmente rivisto/aggiornato" },
      premialProject: { answer: "no", lines: [9512, 9512] },
      coProgrammed: { answer: "si", lines: [9518, 9518] },
      coDesigned: { answer: "no", lines: [9524, 9524] },
      thirdSectorInvolvement:
        "Gli Enti del Terzo Settore saranno coinvolti nell’ideazione delle attività da proporre, nonché per l’erogazione stessa delle attività.",
      otherActors: { answer: "no", lines: [9545, 9545], actors: [] },
      needs: {
        text: "Risponde al bisogno di inclusione nel contesto territoriale delle persone con disabilità. Gli interventi mirano a contrastare l’esclusione sociale delle persone con disabilità in tre aree della vita: Area della socialità: le persone con disabilità partecipano meno alle attività sociali del contesto territoriale, ancora meno se vivono sole a domicilio; Area del tempo utile: il termine “utile” viene utilizzato per porsi in contrapposizione con il tempo detto “libero” … Le persone con disabilità sono maggiormente marginalizzate sia dal mercato del lavoro, sia da quelle attività di utilità sociale che possono avere un riscontro positivo e che possano impegnare le persone non impiegabili lavorativamente. Area della partecipazione: la partecipazione alle attività culturali e di promozione del benessere del territorio è carente da parte delle persone con disabilità a causa dell’inaccessibilità degli spazi e/o delle attività.",
        indicators: [],
      },
      needKind: { kind: "bisogno-consolidato", text: "BISOGNO CONSOLIDATO" },
      preventionKind: ["promozionale", "preventivo", "riparativo"],
      preventionText: "L’obiettivo è sia di tipo promozionale/preventivo, sia di tipo riparativo.",
      innovation: { answer: "no", lines: [9601, 9601] },
      digitalisation: {
        answer: "si",
        text: "Sì, si prevede l’utilizzo di piattaforme digitali per lo svolgimento di riunioni di coordinamento e/o confronto, nonché per lo scambio di informazioni.",
        lines: [9608, 9610],
      },
      processIndicators: {
        text: "Azione 1: Promozione e potenziamento di progetti di inserimento lavorativo personalizzati e di qualificazione del tempo delle persone con disabilità. … Azione 2: Attività di promozione del benessere e delle arti. … Azione 3: Attività di socializzazione per le persone con disabilità con alta necessità di sostegno che vivono sole a domicilio. … Azione 4: Realizzazione di attività di sensibilizzazione sulla disabilità nelle scuole dell’Ambito.",
        indicators: [
          { action: "Azione 1", text: "N. di prese in carico", lines: [9621, 9621] },
          {
            action: "Azione 1",
            text: "N. di progetti di tirocinio di inclusione attivati",
            lines: [9622, 9622],
          },
          { action: "Azione 1", text: "N. di contratti di lavoro formalizzati", lines: [9623, 9623] },
          {
            action: "Azione 1",
            text: "N. di progetti di qualificazione del tempo attivati",
            lines: [9624, 9624],
          },
          {
            action: "Azione 1",
            text: "N. di persone con disabilità coinvolte dai progetti di qualificazione del tempo.",
            lines: [9625, 9626],
          },
          { action: "Azione 2", text: "N. delle iniziative organizzate", lines: [9635, 9635] },
          { action: "Azione 2", text: "N. partecipanti alle attività", lines: [9636, 9636] },
          {
            action: "Azione 2",
            text: "tipologia di attività realizzata dall’ente (sportiva/culturale/naturalistica).",
            lines: [9637, 9638],
          },
          { action: "Azione 3", text: "N. delle iniziative organizzate", lines: [9645, 9645] },
          { action: "Azione 3", text: "N. partecipanti alle attività.", lines: [9646, 9646] },
          {
            action: "Azione 4",
            text: "N. delle attività di sensibilizzazione realizzate",
            lines: [9652, 9652],
          },
          { action: "Azione 4", text: "N. di scuole dell’Ambito coinvolte", lines: [9653, 9653] },
          {
            action: "Azione 4",
            text: "N. di studenti presenti alle attività di sensibilizzazione.",
            lines: [9654, 9654],
          },
        ],
      },
      outputIndicators: {
        text: "Azione 1) Realizzazione di almeno un progetto per il potenziamento dell’inserimento lavorativo e di qualificazione del tempo … Azione 2) Realizzazione di almeno un’attività di promozione del benessere e delle arti … Azione 3) Realizzazione di almeno un’attività di socializzazione per le persone con disabilità con alta necessità di sostegno che vivono sole a domicilio … Azione 4) Realizzazione di almeno un’attività di sensibilizzazione sulla disabilità nelle scuole dell’Ambito …",
        indicators: [
          {
            action: "Azione 1",
            text: "N° di progetti per il potenziamento dell’inserimento lavorativo realizzati nel triennio",
            target: "≥ 1",
            lines: [9665, 9667],
          },
          {
            action: "Azione 1",
            text: "N° di progetti per la qualificazione del tempo “utile” realizzati nel triennio",
            target: "≥ 1",
            lines: [9669, 9670],
          },
          {
            action: "Azione 2",
            text: "N° di attività di promozione del benessere e delle arti realizzati nel triennio",
            target: "≥ 1",
            lines: [9677, 9678],
          },
          {
            action: "Azione 3",
            text: "N° di attività di socializzazione per le persone con disabilità con alta necessità di sostegno che vivono sole a domicilio realizzate nel triennio",
            target: "≥ 1",
            lines: [9686, 9689],
          },
          {
            action: "Azione 4",
            text: "N° di attività di sensibilizzazione sulla disabilità nelle scuole dell’Ambito realizzate nel triennio",
            target: "≥ 1",
            lines: [9697, 9699],
          },
        ],
      },
      outcomeIndicators: {
        text: "L'impatto che tale intervento vorrebbe produrre, si può sintetizzare come segue:",
        indicators: [
          { text: "Incremento dell’inclusione lavorativa", lines: [9707, 9707] },
          {
            text: "Incremento delle persone con disabilità che svolgono attività regolari di tipo diverso da quello lavorativo",
            lines: [9708, 9710],
          },
          {
            text: "Incremento della partecipazione alle attività di socialità, di promozione del benessere e delle arti da parte delle persone con disabilità.",
            lines: [9711, 9714],
          },
        ],
      },
      targets: [
        {
          id: "A1-1",
          action: "Azione 1",
          text: "Realizzazione di almeno un progetto per il potenziamento dell’inserimento lavorativo e di qualificazione del tempo",
          lines: [9661, 9663],
          kind: "count-at-least",
          min: 1,
          unit: "progetti per il potenziamento dell’inserimento lavorativo e di qualificazione del tempo",
          per: "triennium",
        },
        {
          id: "A1-2",
          action: "Azione 1",
          text: "N° di progetti per il potenziamento dell’inserimento lavorativo realizzati nel triennio ≥ 1",
          lines: [9665, 9667],
          kind: "count-at-least",
          min: 1,
          unit: "progetti per il potenziamento dell’inserimento lavorativo",
          per: "triennium",
        },
        {
          id: "A1-3",
          action: "Azione 1",
          text: "N° di progetti per la qualificazione del tempo “utile” realizzati nel triennio ≥ 1",
          lines: [9669, 9670],
          kind: "count-at-least",
          min: 1,
          unit: "progetti per la qualificazione del tempo “utile”",
          per: "triennium",
        },
        {
          id: "A2-1",
          action: "Azione 2",
          text: "Realizzazione di almeno un’attività di promozione del benessere e delle arti",
          lines: [9674, 9675],
          kind: "count-at-least",
          min: 1,
          unit: "attività di promozione del benessere e delle arti",
          per: "triennium",
        },
        {
          id: "A2-2",
          action: "Azione 2",
          text: "N° di attività di promozione del benessere e delle arti realizzati nel triennio ≥ 1",
          lines: [9677, 9678],
          kind: "count-at-least",
          min: 1,
          unit: "attività di promozione del benessere e delle arti",
          per: "triennium",
        },
        {
          id: "A3-1",
          action: "Azione 3",
          text: "Realizzazione di almeno un’attività di socializzazione per le persone con disabilità con alta necessità di sostegno che vivono sole a domicilio",
          lines: [9682, 9684],
          kind: "count-at-least",
          min: 1,
          unit: "attività di socializzazione",
          per: "triennium",
        },
        {
          id: "A3-2",
          action: "Azione 3",
          text: "N° di attività di socializzazione per le persone con disabilità con alta necessità di sostegno che vivono sole a domicilio realizzate nel triennio ≥ 1",
          lines: [9686, 9689],
          kind: "count-at-least",
          min: 1,
          unit: "attività di socializzazione",
          per: "triennium",
        },
        {
          id: "A4-1",
          action: "Azione 4",
          text: "Realizzazione di almeno un’attività di sensibilizzazione sulla disabilità nelle scuole dell’Ambito",
          lines: [9693, 9695],
          kind: "count-at-least",
          min: 1,
          unit: "attività di sensibilizzazione nelle scuole",
          per: "triennium",
        },
        {
          id: "A4-2",
          action: "Azione 4",
          text: "N° di attività di sensibilizzazione sulla disabilità nelle scuole dell’Ambito realizzate nel triennio ≥ 1",
          lines: [9697, 9699],
          kind: "count-at-least",
          min: 1,
          unit: "attività di sensibilizzazione nelle scuole",
          per: "triennium",
        },
      ],
      source: { document: DOCUMENTS.gallarate, lines: [9364, 9714] },
    },
    // Obiettivo R: Continuità degli interventi (L9718-9987)
    // Note: Home macro-area K from the section heading "5.10 Obiettivi macro-area: Interventi di sistema per il
    // potenziamento dell’ufficio di piano e il rafforzamento della gestione associata" (L9715-9716); "R" is the
    // local objective code.
    // Note: Transversality "a tutte le aree di policy" (L9763): no letter is printed, so areas is [] and the
    // answer text keeps the statement (model gap: no way to say "all areas").
    // Note: Key points (L9765-9780): besides the two K points, the scheda prints "Per tutte le altre aree di
    // policy, i punti chiave che l’intervento va a realizzare riguardano: Allargamento della rete e
    // co-programmazione; Nuovi strumenti di governance". These two points belong to no single area: they are held
    // as printed, with no area (`area: null`), so the scheda is a draft only.
    // Note: A3-2 "anche tramite assunzione di almeno 1 operatore" is read as a count target (min 1 operator hired
    // in the triennium) even though the hiring is presented as one possible means ("anche tramite").
    // Note: Third-sector involvement field (L9842-9851) is blank: null.
    // Note: Field 24 restates Azione 1 with "anche attraverso consulente mirato" and Azione 2 as "Definizione di
    // un tavolo permanente" (field 3: "Definizione e realizzazione di un tavolo permanente").
    {
      code: "R",
      form: "pdz-dgr-2167",
      heading: "R - Continuità degli interventi (prioritario)",
      policyArea: "K",
      policyAreaBasis: "section-heading",
      leps: [],
      priority: true,
      title: "Continuità degli interventi",
      goals:
        "Riconosciuta la discontinuità che caratterizza gli interventi sul bisogno dell’utenza fragile realizzati nel contesto di bandi e/o progetti, l’obiettivo mira a valutare modalità lavorative d’Ambito sulla fragilità, che seguano una logica continuativa e di costante ri-progettazione informata dal monitoraggio e dalla valutazione degli interventi.",
      actions: [
        {
          code: "Azione 1",
          title:
            "Definizione di buone prassi, per il rafforzamento della capacità progettuale dell’Ufficio di Piano.",
          lines: [9732, 9733],
        },
        {
          code: "Azione 2",
          title: "Definizione e realizzazione di un tavolo permanente d’Ambito dedicato alla progettazione.",
          lines: [9735, 9736],
        },
        {
          code: "Azione 3",
          title:
            "Rafforzamento e potenziamento dell’Ufficio di Piano (ad esempio: adesione misure Ministeriali).",
          lines: [9738, 9739],
        },
      ],
      target:
        "Società civile, Ufficio di Piano, Enti del terzo Settore, altri attori della rete territoriale.",
      budget: {
        total: "5000",
        printedTotal: "€. 5.000,00",
        lines: [
          { fund: "fnps", label: "FNPS", amount: null, lines: [9750, 9750] },
          { fund: "altro", label: "Fondi d’Ambito", amount: null, lines: [9750, 9751] },
          {
            fund: "altro",
            label: "altre fonti di finanziamento dedicate",
            amount: null,
            lines: [9751, 9751],
          },
        ],
        text: "L’Ambito per la realizzazione dell’Obiettivo stima una spesa nel triennio pari ad €. 5.000,00 (FNPS-Fondi d’Ambito-altre fonti di finanziamento dedicate).",
        source: { document: DOCUMENTS.gallarate, lines: [9746, 9751] },
      },
      staff: "Ufficio di Piano – Comuni dell’Ambito",
      transversal: {
        answer: "si",
        areas: [],
        allAreas: true,
        text: "Sì, l’obiettivo è trasversale a tutte le aree di policy",
      },
      keyPoints: [
        { area: "K", point: "Rafforzamento della gestione associata" },
        { area: "K", point: "Revisione/potenziamento degli strumenti di governance dell’Ambito" },
        // "Per tutte le altre aree di policy, i punti chiave che l’intervento va a realizzare riguardano:" (L9776-9777),
        // no area letter.
        { area: null, point: "Allargamento della rete e co-programmazione" }, // L9779
        { area: null, point: "Nuovi strumenti di governance" }, // L9780
      ],
      asstInAnalysis: { answer: "no", lines: [9787, 9787] },
      asstInDelivery: { answer: "no", lines: [9795, 9795] },
      cooperationWithOtherAmbiti: { answer: "no", lines: [9803, 9803], ambiti: [] },
      continuity: { answer: "no", lines: [9811, 9811] },
      newService: { kind: "nuovo-servizio", text: "Nuovo servizio" },
      premialProject: { answer: "no", lines: [9826, 9826] },
      coProgrammed: { answer: "si", lines: [9833, 9833] },
      coDesigned: { answer: "no", lines: [9840, 9840] },
      thirdSectorInvolvement: null,
      otherActors: {
        answer: "si",
        text: "Sì, prevede il potenziale coinvolgimento di tutti i nodi della rete territoriale indipendentemente dal target e dal tema individuato come oggetto di progettazione.",
        lines: [9859, 9861],
        actors: ["tutti i nodi della rete territoriale"],
      },
      needs: {
        text: "Questo intervento risponde alla discontinuità e frammentarietà della risposta al bisogno degli utenti fragili, messa in essere dalla realizzazione di progetti ad hoc finanziati per periodi limitati.",
        indicators: [],
      },
      needKind: {
        kind: "nuovo-bisogno",
        text: "NUOVO BISOGNO. L’intervento è emerso dalla consultazione degli stakeholders e da un’esigenza interna all’Ufficio di Piano, che hanno rilevato come la modalità progettuale “a spot”, ovvero la realizzazione di progetti specifici finanziati da bandi per un periodo limitato di tempo, causi una risposta discontinua ai bisogni delle persone fragili offrendo soluzioni limitate nel tempo, a cui andrebbe invece garantita continuità.",
      },
      preventionKind: ["riparativo"],
      preventionText: "Riparativo",
      innovation: { answer: "no", lines: [9903, 9903] },
      digitalisation: {
        answer: "si",
        text: "Sì, le riunioni del tavolo potrebbero occasionalmente essere realizzate online. Anche lo scambio di informazioni avverrebbe attraverso strumenti digitali.",
        lines: [9911, 9913],
      },
      processIndicators: {
        text: "Azione 1: Definizione di buone prassi per il rafforzamento della capacità progettuale dell’UdP, anche attraverso consulente mirato. … Azione 2: Definizione di un tavolo permanente d’Ambito dedicato alla progettazione: … Azione 3: Rafforzamento e potenziamento dell’UdP:",
        indicators: [
          {
            action: "Azione 1",
            text: "Convocazione di enti del territorio e del privato sociale attivi nella progettazione per il confronto sulle buone prassi per il rafforzamento della capacità progettuale.",
            lines: [9925, 9928],
          },
          { action: "Azione 1", text: "N. enti convocati", lines: [9929, 9929] },
          { action: "Azione 1", text: "N. incontri realizzati", lines: [9930, 9930] },
          { action: "Azione 1", text: "N. dei partecipanti", lines: [9931, 9931] },
          { action: "Azione 1", text: "N. di ore di consulenza ricevute.", lines: [9932, 9932] },
          {
            action: "Azione 2",
            text: "Avvio di un percorso interno all’UdP di valutazione delle modalità di costituzione del tavolo permanente",
            lines: [9939, 9941],
          },
          {
            action: "Azione 2",
            text: "N. riunione interne all’UdP realizzate per questo fine.",
            lines: [9942, 9943],
          },
          {
            action: "Azione 3",
            text: "Percorso di valutazione degli aspetti deficitari da rafforzare",
            lines: [9948, 9950],
          },
          {
            action: "Azione 3",
            text: "N. di riunioni dedicate alla valutazione degli aspetti da rafforzare",
            lines: [9951, 9952],
          },
          {
            action: "Azione 3",
            text: "Aspetti da rafforzare (quali aspetti sono emersi dal confronto nelle riunioni)",
            lines: [9953, 9954],
          },
          { action: "Azione 3", text: "N. personale impiegato.", lines: [9955, 9955] },
        ],
      },
      outputIndicators: {
        text: "Azione 1) Redazione di un documento sulle buone prassi per il rafforzamento della capacità progettuale dell’UdP (sì/no); Azione 2) Definizione di una modalità di implementazione del tavolo permanente d’Ambito dedicato alla progettazione (sì/no); Azione 3) Definizione di un documento con il piano di rafforzamento e potenziamento dell’UdP (sì/no); Rafforzamento e potenziamento dell’UdP, anche tramite assunzione di almeno 1 operatore.",
        indicators: [],
      },
      outcomeIndicators: {
        text: "L'impatto che tale intervento vorrebbe produrre, si può sintetizzare come segue:",
        indicators: [
          {
            text: "Maggiore continuità nella risposta ai bisogni della popolazione fragile.",
            lines: [9986, 9987],
          },
        ],
      },
      targets: [
        {
          id: "A1-1",
          action: "Azione 1",
          text: "Redazione di un documento sulle buone prassi per il rafforzamento della capacità progettuale dell’UdP (sì/no)",
          lines: [9962, 9964],
          kind: "deliverable",
          deliverable:
            "Documento sulle buone prassi per il rafforzamento della capacità progettuale dell’UdP",
        },
        {
          id: "A2-1",
          action: "Azione 2",
          text: "Definizione di una modalità di implementazione del tavolo permanente d’Ambito dedicato alla progettazione (sì/no)",
          lines: [9968, 9970],
          kind: "deliverable",
          deliverable:
            "Modalità di implementazione del tavolo permanente d’Ambito dedicato alla progettazione",
        },
        {
          id: "A3-1",
          action: "Azione 3",
          text: "Definizione di un documento con il piano di rafforzamento e potenziamento dell’UdP (sì/no)",
          lines: [9974, 9975],
          kind: "deliverable",
          deliverable: "Documento con il piano di rafforzamento e potenziamento dell’UdP",
        },
        {
          id: "A3-2",
          action: "Azione 3",
          text: "Rafforzamento e potenziamento dell’UdP, anche tramite assunzione di almeno 1 operatore.",
          lines: [9977, 9978],
          kind: "count-at-least",
          min: 1,
          unit: "operatori assunti",
          per: "triennium",
        },
      ],
      source: { document: DOCUMENTS.gallarate, lines: [9718, 9987] },
    },
  ] satisfies SchedaObiettivoDraftInput[]);
