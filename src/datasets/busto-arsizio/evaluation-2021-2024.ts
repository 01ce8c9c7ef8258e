// Piano di Zona 2025-2027, Ambito di Busto Arsizio: "2. Esiti della Programmazione Zonale 2021-2024" (L240-515). Eight
// objectives graded by bands only, without actions or amounts; objective 8 is graded in two parts (L507). The objectives
// carry no code in the document: `code` is their position, "8a"/"8b" the two parts.
// Plain literals in the model's input (JSON) form: nothing is parsed or computed at import; the tests validate
// them. Texts, figures and slips are as printed; the slips and the notes on the reading are
// kept as comments.
import { deepFreeze, type DeepReadonly } from "../../core/deep-freeze.js";
import type { PlanEvaluationInput } from "../../model/objective-evaluation.js";
import { DOCUMENTS } from "../_sources.js";

/**
 * The ex-post evaluation of the Ambito di Busto Arsizio's previous programming ("Esiti della Programmazione Zonale
 * 2021-2024", Piano di Zona 2025-2027 lines 240-515), as printed: eight objectives graded by bands only, without
 * actions or amounts, objective 8 graded in two parts ("autosufficienza", "non autosufficienza", line 507). In the
 * model's input (JSON) form: parse it, or pass it to the evaluation functions as it is.
 *
 * @example
 * ```ts
 * import { recomputePlanEvaluation } from "piano-di-zona";
 * import { BUSTO_ARSIZIO_EVALUATION_2021_2024 } from "piano-di-zona/datasets";
 * BUSTO_ARSIZIO_EVALUATION_2021_2024.objectives.length //=> 8
 * BUSTO_ARSIZIO_EVALUATION_2021_2024.objectives[7]?.parts?.map((part) => part.code) //=> ["8a", "8b"]
 * const { achievement } = recomputePlanEvaluation(BUSTO_ARSIZIO_EVALUATION_2021_2024);
 * [achievement.interval?.from.toString(), achievement.interval?.to.toString(), achievement.band] //=> ["76.25", "92.875", null]
 * ```
 * @category Datasets
 */
export const BUSTO_ARSIZIO_EVALUATION_2021_2024: DeepReadonly<PlanEvaluationInput> = deepFreeze({
  // Slip (L479): Heading "D) ANZIANI - E) DOMICILIARITA'" swaps the letters of the regional list (D) Domiciliarità,
  // E) Anziani, L1396-1397); same at L487 "D) Anziani" and L494 "E) Domiciliarità", and in the TOC (L39). Encoded
  // as printed in `area`.
  // Slip (L377): Inside the I) INTERVENTI PER LA FAMIGLIA section, the note says "in riferimento all'obiettivo
  // relativo alla macro-area di policy A) Contrasto alla povertà" (copy of L347).
  // Note: Grid: the DGR XII/2167 evaluation grid, filled with bands only; no objective lists its actions with
  // completion, no action counts and no euro amounts, so no grade or coincidence can be recomputed.
  // Note: The previous programming is called "2021-2024" here (L240, also L21) and "2021-24" (L249, L347);
  // elsewhere "Piano di Zona 2020-23" (L1066).
  // Note: Eight objectives in seven sections: J) holds three (L431-477); D)/E) holds one, split in two parts.
  period: {
    from: 2021,
    to: 2024,
    text: "Esiti della Programmazione Zonale 2021-2024",
  },
  grid: "dgr-2167-bands",
  objectives: [
    {
      // Slip (L334): Grid label "CIO' CHE ÈRA STATO DEFINITO" (for "ERA"): typo of the form label.
      // Slip (L336): Adequacy printed "Adeguito" (typo for "Adeguato"); encoded as printed, level read as
      // "adeguato".
      // Slip (L339): Grid label "NELL'AREA INDIVIDUATA COME PROBLEMATIC?" (truncated "PROBLEMATICA").
      // Note: Answers printed as "Sì, …": the motivation is the text after "Sì,".
      // Note: Answer to the continuity question (2018-2020) is a bare "Sì" (L340).
      // Note: Keywords of the programming (L321-327) and the premise on ordinary housing interventions (L316-319)
      // have no field.
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
      usersEvaluation: "Non applicabile",
      adequacy: {
        level: "adeguato",
        text: "Adeguito",
      },
      coincidence: {
        statedBand: "sottostimato",
        text: ">100% (sottostimato) Oltre alle risorse ipotizzate in fase di programmazione sono state messe a disposizione ulteriori risorse proprie per la ristrutturazione di 7 appartamenti provenienti dal Piano delle Alienazioni e la valorizzazione del patrimonio abitativo pubblico (art. 28-31 LR 16/2016 e DGR 6072/16)",
      },
      criticalIssues:
        "In merito alla realizzazione delle opere: … - complessità rispetto cronoprogrammi elaborati in ragione della molteplicità di interventi pubblici concomitanti connessi al PNRR e altre linee di finanziamento … In merito all'attivazione di partner privati / Enti del Terzo Settore: … - tempistiche connesse all'espletamento delle procedure di co-progettazione ai sensi dell'art. 55 del D.Lgs. 117/17 e DM 72/2021 … Si segnalano anche … - difficoltà a reperire alloggi nel mercato libero per le fasce meno abbienti … - difficoltà al rilascio degli immobili per le situazioni che non rispettano le condizioni progettuali per l'accoglienza … Piano di miglioramento … - confronto con Sindacati per promuovere la diffusione dell'istituto del canone concordato … - completamento del processo di ridefinizione sistema gestione servizi abitativi pubblici … - introduzione di un servizio stabile di educazione finanziaria in collaborazione con gli ETS del territorio",
      positiveChange: {
        answer: "si",
        motivation:
          "avviando un processo di definizione di una politica abitativa multilivello che risponde a differenti fasi del bisogno del cittadino vulnerabile (prevenzione, contrasto dell'emergenza, consolidamento capacità individuali, orientamento al mercato pubblico e privato) grazie all'incremento delle possibilità alloggiative (potenziamento rifugio senza fissa dimora, introduzione camere/appartamenti per emergenze abitative e accoglienze temporanee, introduzione dell'housing sociale, razionalizzazione del SAT e SAP), l'attivazione di una collaborazione e confronto costante con gli Enti del Terzo Settore del territorio che si occupano di senza fissa dimora e di povertà estrema con specifici tavoli di lavoro e l'introduzione di strumenti di supporto sia socio-educativi ( … Housing first … , Centro Servizi, educazione finanziaria) che tecnici (Agenzia dell'Abitare)",
      },
      continuityWithPrevious: {
        answer: "si",
      },
      reproposed: {
        answer: "si",
        motivation:
          "in quanto il bisogno abitativo è primario, in continua crescita e necessita di una politica territoriale articolata e di sistema. … Inoltre … - le opere previste dai bandi PNRR sono in corso di realizzazione … - è in fase di avvio l'azione connessa all'Agenzia dell'Abitare … - sono da strutturare e rafforzare le collaborazioni con gli Enti del Terzo Settore, i Sindacati e gli Enti Ecclesiastici attivi sul territorio",
      },
      source: { document: DOCUMENTS.bustoArsizio, lines: [329, 342] },
    },
    {
      // Slip (L361): Grid label "CIO' CHE ÈRA STATO DEFINITO" (for "ERA").
      // Slip (L368): "progetto sovrarazionale" — typo for "sovrazonale" (the sovra-zonal VMD/RdC project of L347).
      // Slip (L369): Grid label "COME PROBLEMATICAZIONE?" (for "PROBLEMATICA").
      // Note: The answer to "ha risposto al bisogno" is "Parzialmente": neither SI nor NO, so `answer` is null and
      // the word is kept at the start of the motivation.
      // Note: The <100% coincidence band of the DGR grid is labelled "non realizzato come programmato o
      // sovrastimato"; the model's nearest band is "sovrastimato".
      // Note: Grade "80-99% (buono)" sits beside a coincidence <100% and a "parziale realizzazione" of the
      // sovra-zonal project (L368-369): a tension, not a slip.
      // Note: Sovra-zonal premial project "Lo strumento della Valutazione Multidimensionale nel Reddito di
      // Cittadinanza" (L347) is among the Ambito's protocols.
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
      usersEvaluation: "Non applicabile",
      adequacy: {
        level: "sufficientemente-adeguato",
        text: "Sufficientemente adeguato",
      },
      coincidence: {
        statedBand: "sovrastimato",
        text: "<100% (non realizzato come programmato o sovrastimato)",
      },
      criticalIssues:
        "Per quanto riguarda le azioni di contrasto alle difficoltà socioeconomiche dei giovani e loro inserimento nel mondo del lavoro è stato avviato il progetto Fili Urbani che prevede tra le altre azioni una specifica progettazione inerente la tematica del lavoro. … L'area lavoro per quanto riguarda la misura Assegno Di Inclusione (ADI) necessita di uno sviluppo a livello sistemico. … Si sono rilevate importanti criticità rispetto all'attuazione del progetto sovrarazionale con un forte ritardo nell'approvazione del protocollo tra Ambito di Gallarate (capofila), Ambito di Busto Arsizio, Ambito di Castellanza e ASST Valle Olona, per difficoltà dell'ASST nell'identificare le figure di riferimento utili alla valutazione multidimensionale. … Ne è conseguita una parziale realizzazione del progetto di presa in carico multidisciplinare e conseguentemente di sviluppo delle attività conseguenti. … Risulterebbe opportuno una maggiore integrazione operativa tra l'area adulti e il servizio dell'ETS e una maggiore apertura agli altri attori del territorio che si occupano di lavoro.",
      positiveChange: {
        answer: null,
        motivation:
          "Parzialmente, in quanto il ritardo nell'approvazione del Protocollo con ASST Valle Olona non ha consentito la concreta attivazione di molte delle attività successive. … Parimenti però, la stipula di un Protocollo con la Provincia di Varese inerente la collaborazione con i Centri per l'Impiego nello svolgimento delle attività coordinate dal Comune di Busto Arsizio della Rete Interistituzionale Antiviolenza degli Ambiti di Busto Arsizio, Gallarate, Saronno e Somma Lombardo in merito ai percorsi di inclusione attiva di donne vittime di violenza in uscita dai percorsi di protezione o sostegno da parte dei Centri Antiviolenza (CAV) e soggetti gestori di Case Rifugio, ha potuto produrre i primi risultati concreti, evidenziando un cambiamento di approccio con un intervento multidisciplinare alla tematica lavorativa.",
      },
      continuityWithPrevious: {
        answer: "si",
        motivation: "Reddito di Cittadinanza, SIL, progettazioni inclusione attiva",
      },
      reproposed: {
        answer: "si",
        motivation:
          "in quanto si è accresciuto a causa della pandemia Covid19 il bisogno di sostegno nelle attività di inclusione attiva di soggetti vulnerabili",
      },
      source: { document: DOCUMENTS.bustoArsizio, lines: [357, 371] },
    },
    {
      // Slip (L388): Grid label "CIO' CHE ÈRATO STATO DEFINITO" (for "ERA").
      // Slip (L396): "agenzie accreditare per i servizi al lavoro" — typo for "accreditate".
      // Slip (L397): Grid label "COME PROBLEMATICATA?" (for "PROBLEMATICA").
      // Note: criticalIssues is abridged (" … " also marks omitted sentences of the long L394-396 cell).
      // Note: Sovra-zonal premial project "Codice Rosa" (L377) is among the Ambito's protocols.
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
      usersEvaluation:
        "Positiva valutazione degli attori della rete (Regione Lombardia, ATS Insubria – rete di indirizzo, Ambiti, CAV, soggetti gestori di case rifugio, ASST Valle Olona) in occasione di tavoli periodici di rete, incontri formativi, redazione … reportistiche periodiche. … Non è prevista una valutazione diretta con le beneficiarie in ragione della particolarità della tematica trattata.",
      adequacy: {
        level: "adeguato",
        text: "Adeguato. Si evidenzia che con l'incremento delle attività (multidisciplinarietà) e del lavoro di integrazione tra i diversi soggetti essenziali della rete, cresce costantemente la richiesta di potenziamento delle attività di coordinamento.",
      },
      coincidence: {
        statedPercent: "100",
        statedBand: "ottimo",
        text: "100% (ottimo)",
      },
      criticalIssues:
        "Le criticità sono identificabili in 4 diverse aree: … - nuova Intesa Stato-Regioni … - integrazione con servizi sanitari … - sviluppo area supporto inclusione attiva … - potenziamento attività di comunicazione di rete. … La riforma introdotta con la nuova Intesa Stato-Regioni del 18 ottobre 2022, con conseguente adeguamento normativo e procedurale da parte di Regione Lombardia e la creazione di un nuovo Albo per CAV e CR con nuovi standard organizzativi, ha comportato un ingente lavoro di confronto con gli uffici regionali e di supporto agli Enti del Terzo Settore operanti sul territorio. … L'integrazione con i servizi sanitari dell'ASST Valle Olona prevista dal progetto sovra-zonale \"Codice Rosa presso i Pronto Soccorso degli ospedali dell'ASST Valle Olona\" in collaborazione con gli Ambiti di Gallarate e Castellanza, ha dovuto superare non poche difficoltà operative … Le criticità sono ad oggi state superate solo in parte e necessitano un continuo lavoro di confronto con i livelli dirigenziali dell'ASST Valle Olona per una completa risoluzione. … L'attribuzione di nuove competenze ai CAV in merito al supporto alle donne vittime di violenza nella fase di reintroduzione nel contesto sociale con lo sviluppo di progetti in ambito lavorativo, ha richiesto un forte sviluppo di competenze da parte delle operatrici dei CAV e delle CR del territorio … Si evidenzia però la necessità di maggiori risorse economiche per sostenere tali progetti e il superamento di alcuni vincoli nell'allocazione delle risorse da parte di Regione Lombardia. … Rispetto alla capacità della Rete di potenziare la propria capacità di comunicazione unitaria degli interventi attivati, si evidenzia che tale azione non è stata sostanzialmente realizzata a livello sistemico, in ragione della mancanza di tempo dovuto all'implementazione delle altre azioni innovative precedentemente illustrate e dell'incarico a tempo parziale del coordinatore della rete.",
      positiveChange: {
        answer: "si",
        motivation:
          "favorendo sia una maggiore efficienza e efficacia degli interventi dei CAV e delle CR nei confronti delle donne vittime di violenza di genere con l'introduzione di procedure condivise tra ETS e servizi sociali professionali comunali, sia promuovendo lo sviluppo di una integrazione tra diversi attori della rete (FFOO, Tribunale ordinario di Busto Arsizio e per i minorenni di Milano, Servizi Sanitari) e lo sviluppo di una nuova area di azione connessa ai percorsi di autonomia lavorativa e abitativa.",
      },
      continuityWithPrevious: {
        answer: "si",
      },
      reproposed: {
        answer: "si",
        motivation:
          "in quanto il Comune di Busto Arsizio è capofila della Rete Territoriale Interistituzionale Antiviolenza degli Ambiti di Busto Arsizio, Gallarate, Saronno e Somma Lombardo e le aree di integrazione necessitano ulteriori potenziamenti. … Si segnala anche che è in fase di realizzazione la ristrutturazione di 6 appartamenti da dedicare ai percorsi di seconda accoglienza temporanea di donne vittime di violenza.",
      },
      source: { document: DOCUMENTS.bustoArsizio, lines: [384, 399] },
    },
    {
      // Slip (L414): Grid label "CIO' CHE ÈRATO STATO DEFINITO" (for "ERA").
      // Slip (L416): Adequacy printed "Adeguito" (typo for "Adeguato"); encoded as printed, level read as
      // "adeguato".
      // Slip (L418): "che hanno non hanno permesso" — duplicated verb ("hanno non hanno").
      // Slip (L420): Grid label "COME PROBLEMATICAZIONE?" (for "PROBLEMATICA").
      // Note: The grade cell continues after the band: "I progetti Boost – Fili Urbani (Fondo Europeo FSE+ e FESR)
      // e Rifrazioni (FNPS) sono in corso di realizzazione." (L414).
      // Note: The labels print the formulas "(n. azioni realizzate*100)/n. azioni programmate" (L414) and
      // "(pagato*100)/preventivato" (L417); no counts or amounts are given, so nothing can be recomputed.
      // Note: "Ha risposto al bisogno" is answered per project (Boost: not measurable yet; Rifrazioni: sì):
      // `answer` null.
      // Note: Coincidence "100% (ottimo)" while Boost runs to June 2027 (L420): a tension, not a slip.
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
      usersEvaluation: "Non applicabile nell'attuale fase di realizzazione dei progetti",
      adequacy: {
        level: "adeguato",
        text: "Adeguito",
      },
      coincidence: {
        statedPercent: "100",
        statedBand: "ottimo",
        text: "100% (ottimo)",
      },
      criticalIssues:
        "Rispetto al progetto Boost, gli interventi strutturali hanno riscontrato dei ritardi realizzativi che hanno non hanno permesso di realizzare negli spazi identificati inizialmente le attività (trovata collocazione temporanea) … Rispetto al progetto Rifrazioni non si sono rilevati particolari elementi di criticità",
      positiveChange: {
        answer: null,
        motivation:
          "Progetto Boost: non è possibile rilevare un cambiamento in ragione della fase realizzativa in corso (avviamento – termine previsto giugno 2027) … Progetto Rifrazioni: sì, rispetto l'attivazione dei giovani quali protagonisti dell'animazione dello spazio dedicato",
      },
      continuityWithPrevious: {
        answer: "si",
        motivation: "il progetto Rifrazioni",
      },
      reproposed: {
        answer: "si",
        motivation: "in quanto in corso di realizzazione",
      },
      source: { document: DOCUMENTS.bustoArsizio, lines: [410, 422] },
    },
    {
      // Slip (L435): Grid label "CIO' CHE ÈRATO STATO DEFINITO" (for "ERA").
      // Slip (L437): Adequacy printed "Adeguito" (typo for "Adeguato"); encoded as printed, level read as
      // "adeguato".
      // Slip (L440): Grid label "COME PROBLEMATICATA?" (for "PROBLEMATICA").
      // Note: The answer is printed "SI." (L440); the motivation is abridged (the approval of the two sets of Linee
      // guida is left out).
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
      usersEvaluation: "Non applicabile",
      adequacy: {
        level: "adeguato",
        text: "Adeguito",
      },
      coincidence: {
        statedPercent: "100",
        statedBand: "ottimo",
        text: "100% (ottimo)",
      },
      criticalIssues:
        "Considerando l'ampiezza del programma di intervento e la complessità e innovatività del contenuto delle Linee Guida di seguito indicate, si sono riscontrati lunghi tempi per l'elaborazione dei documenti programmatici approvati nel mese di novembre 2024.",
      positiveChange: {
        answer: "si",
        motivation:
          "L'introduzione del … Disability Manager … ha consentito di operare … - a livello di sistema con azioni programmatiche (Delibera di Consiglio Comunale n.41 dell'8 novembre 2024) … o adozione Convenzione ONU sui diritti delle persone con disabilità del 13 dicembre 2006, ratificata in Italia con la Legge n. 18 del 3 marzo 2009 facendo propri i principi in essa contenuti; … ○ incaricando la Giunta a provvedere entro 12 mesi all'adeguamento dei Regolamenti Comunali che necessitano di essere revisionati al fine di rimuovere ogni barriera alla mobilità e all'inclusione delle persone con disabilità in collaborazione con il … - a livello di interventi diretti … ○ verifica e valutazione opere progetti PNRR in corso - realizzato … ○ progettazione di primi due percorsi accessibili - da realizzarsi. … Il cambiamento fondamentale risulta essere di visione nella realizzazione di opere pubbliche da parte del Comune di Busto Arsizio, che tenga in considerazione i bisogni delle persone con disabilità sotto diversi profili (motorio, sensoriale, intellettuale) favorendo l'accessibilità al territorio e la vita indipendente del cittadino.",
      },
      continuityWithPrevious: {
        answer: "no",
      },
      reproposed: {
        answer: "si",
        motivation: "in quanto la delibera quadro ha una prospettiva temporale futura di realizzazione.",
      },
      source: { document: DOCUMENTS.bustoArsizio, lines: [431, 444] },
    },
    {
      // Slip (L450): Grid label "CIO' CHE ÈRATO STATO DEFINITO" (for "ERA").
      // Slip (L452): Adequacy printed "Adeguito" (typo for "Adeguato"); encoded as printed, level read as
      // "adeguato".
      // Slip (L458): Grid label "COME PROBLEMATICATA?" (for "PROBLEMATICA").
      // Note: The grade is a point value ("50%") with its band, not a band range: 50 is the lower bound of
      // "sufficiente".
      // Note: "Non ancora" (not yet) is encoded as answer "no", the words kept in the motivation.
      // Note: The labels print the formulas "(n. azioni realizzate*100)/n. azioni programmate" (L450) and
      // "(pagato*100)/preventivato" (L456); no counts or amounts are given.
      code: "6",
      title: "LA CASA AL CENTRO",
      area: "J) INTERVENTI A FAVORE DI PERSONE CON DISABILITÀ",
      grade: {
        text: "50% (sufficiente)",
        percent: "50",
        band: "sufficiente",
        lines: [450, 450],
      },
      usersEvaluation: "Non applicabile",
      adequacy: {
        level: "adeguato",
        text: "Adeguito",
      },
      coincidence: {
        statedBand: "sovrastimato",
        text: "<100% (non realizzato come programmato o sovrastimato)",
      },
      criticalIssues:
        "Il progetto finanziato sulla linea 1.2 Disabilità del PNRR e attualmente in corso, ha subito diversi ritardi a livello operativo in ragione delle difficoltà riscontrate nella fase di co-progettazione con gli Enti del Terzo Settore ai sensi dell'art. 55 del D.Lgs. 117/17 e DM. 72 del 2021 in ragione: … - mancanza disponibilità di alloggi adeguati da parte degli ETS nella fase temporanea di ristrutturazione degli alloggi pubblici prevista dal progetto … - scarsa chiarezza iniziale delle indicazioni ministeriali rispetto categorie beneficiari e risposte parziali ai quesiti posti direttamente all'autorità delegata che hanno portato alla risoluzione di una prima convenzione stipulata con 3 ETS e la necessità di avviare una nuova procedura di co-progettazione … - rimodulazione di altro progetto europeo complementare con necessità di identificare nuovi alloggi pubblici da ristrutturare … - necessità di reperire ulteriori alloggi per accoglienza nella fase transitoria il completamento delle ristrutturazioni … - complessità nell'attivazione dei percorsi con i beneficiari considerando l'innovazione dell'azione e le incertezze alloggiative attualmente in essere.",
      positiveChange: {
        answer: "no",
        motivation: "Non ancora, in quanto è in fase di avvio concreto l'intervento con i beneficiari",
      },
      continuityWithPrevious: {
        answer: "no",
      },
      reproposed: {
        answer: "si",
        motivation:
          "essendo il progetto PNRR in corso di realizzazione (termine previsto marzo 2026) e la tematica dell'inclusione attiva (dimensioni abitativa e lavorativa) del disabile considerata prioritaria per garantire percorsi di autonomia.",
      },
      source: { document: DOCUMENTS.bustoArsizio, lines: [446, 460] },
    },
    {
      // Slip (L477): Re-proposal answered "Sì" here, but the 2025-2027 section says "si è optato di non
      // ripresentare suddetto intervento nella presente programmazione zonale 2025-27" (L2702), naming it "LA
      // PERSONA CON DISABILITÀ' E LA SUA FAMIGLIA NEL PERCORSO DI VITA" (title differs).
      // Note: The grade cell continues: "Il progetto La Casa al Centro è stato l'occasione per avviare tavoli di
      // co-progettazione con il terzo settore e tavoli tematici con i servizi specialistici. E' stata inoltre
      // esaurita la lista di attesa per l'inserimento di giovani con disabilità presso strutture diurne." (L468).
      // Note: Adequacy printed "Sufficiente": not a value of the 5-level adequacy scale ("Sufficientemente
      // adeguato" is), so `level` is null.
      // Note: The label of the "ha risposto al bisogno" question is split by the PDF conversion ("COME" L473 /
      // "PROBLEMATICA?" L475); the answer is on L473.
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
      usersEvaluation: "Non applicabile",
      adequacy: {
        level: null,
        text: "Sufficiente",
      },
      coincidence: {
        statedBand: "sovrastimato",
        text: "<100% (non realizzato come programmato o sovrastimato)",
      },
      criticalIssues:
        "Il progetto, scaturito dall'attività di co-programmazione dei Piani di Zona con gli Enti del Terzo Settore, ha riscontrato dei ritardi rispetto al cronoprogramma in ragione … - delle difficoltà emerse nella realizzazione del progetto PNRR 1.2 Persone con disabilità – La casa al centro, che è risultato essere prioritario e all'attivazione delle fasi di co-progettazione di cui al DLgs 117/17 e DM 72/2021 con gli ETS, … - carenza di risorse umane da dedicare in maniera stabile ad una co-progettazione articolata sul territorio considerando anche la concomitanza con le attività di integrazione socio-sanitaria per la definizione dei LEPS e l'alto carico di lavoro correlato al confronto con ASST Valle Olona",
      positiveChange: {
        answer: "si",
        motivation:
          "per quanto concerne l'azzeramento della lista di attesa e l'avvio del progetto La Casa al Centro finanziato con il PNRR.",
      },
      continuityWithPrevious: {
        answer: "no",
      },
      reproposed: {
        answer: "si",
        motivation:
          "la presente programmazione sarà integrata con le progettazioni PNRR in essere e con lo sviluppo delle attività di integrazione socio-sanitaria afferenti la macro-area di policy (LEPS PUA, UVM, Dimissioni protette)",
      },
      source: { document: DOCUMENTS.bustoArsizio, lines: [462, 477] },
    },
    {
      // Slip (L507): Grid label "CIO' CHE ÈRATO STATO DEFINITO" (for "ERA").
      // Slip (L513): Grid label "COME PROBLEMATICAZIONE?" (for "PROBLEMATICA").
      // Slip (L503): "approvato al Comune di Busto" (for "dal Comune") and "l'attivazione un tavolo di
      // coprogettazione" (missing "di").
      // Note: No single grade is printed for the objective: the grade cell opens with "Le azioni possono essere
      // distinte e valutate considerando 2 macro-aree connesse alla autosufficienza o meno del beneficiario." and
      // grades two areas, encoded as `parts` (both on L507).
      // Note: The same cell states an unrealised action: "L'azione volta a favorire interventi infrastrutturali
      // alloggiativi e dotazione strumentali domotiche presso alloggi di proprietà comunale e di privati non è
      // stata realizzata" (PNRR line 1.1.2 approved but not financed, L507). No action counts are printed.
      // Note: Adequacy "Adeguate per tutti i progetti realizzati" is read as level "adeguato"; adequacy,
      // coincidence and the later answers are given for the objective as a whole, not per part.
      // Note: The answer is printed "Si:" (L513). Sovra-zonal premial project "Accoglienza e dimissioni protette:
      // continuità assistenziale" (L483) is among the Ambito's protocols.
      code: "8",
      title: "CONTRASTO ALL'ISOLAMENTO",
      area: "D) ANZIANI - E) DOMICILIARITA'",
      usersEvaluation:
        "E' stato somministrato un questionario alla popolazione anziana over 65enne del Comune di Busto Arsizio (circa 1100 questionari restituiti) per l'analisi del bisogno – in corso di valutazione",
      adequacy: {
        level: "adeguato",
        text: "Adeguate per tutti i progetti realizzati",
      },
      coincidence: {
        statedPercent: "100",
        statedBand: "ottimo",
        text: "100% (ottimo) per tutti i progetti realizzati",
      },
      criticalIssues:
        "L'integrazione con i servizi sanitari dell'ASST Valle Olona in merito alla progettazione sovrazonale \"Accoglienza e dimissioni protette: continuità assistenziale\" ha dovuto superare non poche difficoltà operative sia nella fase di definizione delle procedure sia nella loro applicazione concreta in seguito alla approvazione del Protocollo di Intesa, anche alla luce dell'applicazione progressiva della Riforma Sanitaria Regionale (operatività Nuclei Dimissioni Protette – NDP, introduzione e definizione funzioni Case di Comunità, Centrali Operative Territoriali – COT). … Il mancato allineamento rispetto agli obiettivi tra Ambiti Territoriali Sociali e ASST Valle Olona è in fase di superamento grazie anche all'ulteriore attività di co-progettazione svolta per la definizione dei Piani di Sviluppo dei Poli Territoriali - PPT aziendali previsti dalla DGR 2167/24.",
      positiveChange: {
        answer: "si",
        motivation:
          "- rispetto al lavoro di integrazione socio-sanitaria: avviata una proficua collaborazione con ASST Valle Olona che necessita di un miglioramento rispetto ai processi operativi a tutti i livelli … - l'operatività dell'Ufficio di Prossimità garantisce un servizio continuativo e una proficua collaborazione con il Tribunale Ordinario di Busto Arsizio",
      },
      continuityWithPrevious: {
        answer: "no",
      },
      reproposed: {
        answer: "si",
        motivation: "in quanto le progettazioni sono tutte in corso di realizzazione.",
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
      source: { document: DOCUMENTS.bustoArsizio, lines: [501, 515] },
    },
  ],
  source: { document: DOCUMENTS.bustoArsizio, lines: [240, 515] },
} satisfies PlanEvaluationInput);
