// Generated from the hand-encoded records of the seed; edit with care, and keep the slips as printed.
import { deepFreeze, type DeepReadonly } from "../../core/deep-freeze.js";
import type { LepsSchedaDraftInput } from "../../model/leps-scheda.js";
import { DOCUMENTS } from "../_sources.js";

// The ten LEPS schede of the Accordo di Programma e Piano di Zona 2025-2027 of the Ambito di Gallarate (section 7.1, L10128-13428), in document order: the five written by
// the Ambiti of the ASST Valle Olona together, then the ASST's five mirror forms (which have no RISORSE field:
// `budget: null`). Indicators keep their yearly targets as the tables word them; the quantified results are typed
// targets. Slips and the encoder's notes are in a comment above each scheda.

/**
 * The ten LEPS schede of the Ambito di Gallarate's Piano di Zona 2025-2027 (seed lines 10128-13428): five by the
 * Ambiti (dimissioni protette, incremento SAD, valutazione multidimensionale e progetto personalizzato, prevenzione
 * dell'allontanamento familiare, PUA integrati e UVM) and the ASST's five mirror schede of the same LEPS, in the input
 * form of the draft scheda ({@link LepsSchedaDraftInput}), as printed.
 *
 * @example
 * ```ts
 * import { safeParseLepsSchedaDraft } from "piano-di-zona";
 * import { GALLARATE_LEPS_SCHEDE_2025_2027 as schede } from "piano-di-zona/datasets";
 * schede.map((scheda) => scheda.author).join(" ") //=> "ambiti ambiti ambiti ambiti ambiti asst asst asst asst asst"
 * schede[1]?.leps //=> "incremento-sad"
 * schede.every((scheda) => safeParseLepsSchedaDraft(scheda).success) //=> true
 * ```
 * @category Datasets
 */
export const GALLARATE_LEPS_SCHEDE_2025_2027: readonly DeepReadonly<LepsSchedaDraftInput>[] = deepFreeze([
  // Ambiti, dimissioni-protette: Obiettivo LEPS: Accoglienza e dimissioni protette: continuità assistenziale (L10128-10703)
  // Note: TITOLO INTERVENTO (L10130-10131): "Accoglienza e dimissioni protette: continuità assistenziale".
  // Note: Unlike the other four Ambito schede, this form prints no "Area di policy X)" line: policyAreas is [].
  // Field 7 (L10379-10385) answers "SI" with A) contrasto alla povertà all’emarginazione sociale e promozione
  // dell’inclusione attiva, D) domiciliarità, E) anziani, F) digitalizzazione, J) interventi a favore di
  // persone con disabilità; key points for A, D, E, F, J at L10392-10435 (no field in LepsSchedaData).
  // Note: Budget: no triennial total is printed (total null). The two PNRR lines (1.1.3, "valida sino al
  // 31/03/2026") are for the Ambiti Busto, Gallarate, Castellanza jointly; the FNPS line ("quota vincolata
  // (stimata)") is for the Ambito Gallarate alone, so the three amounts (239.905 + 60.000 + 72.838 = 372.743)
  // are not one scope's total.
  // Note: Form fields with no place in LepsSchedaData: continuità con 2021-23 SI (Obiettivi sovrazonali + PNRR
  // "termine operatività 31.03.2026", L10477-10481); nuovo servizio "No, il servizio è già presente" (L10487);
  // progetto premiale SI (L10498-10500); co-programmato SI (L10507-10508); co-progettato No (L10515); altri
  // attori SI: MMG/PLS/specialists in the UVM (L10538-10543); bisogno già emerso (L10569-10570); preventivo e
  // riparativo (L10576); innovazione Sì (L10585-10590); digitalizzazione Sì (L10599-10602).
  // Note: Indicators without yearly targets, not in `indicators`: input "N. di famiglie su cui si interviene
  // con intervento congiunto / totale di dimissioni protette" (L10556-10557); process "N. Ambiti Territoriali
  // Sociali che utilizzano il protocollo / Totale degli ATS dell’ASST Valle Olona" (L10612-10613; here ATS =
  // Ambiti Territoriali Sociali) and "Tempo medio di attesa annuale" (L10616-10620); impact "Migliorare la
  // collaborazione e comunicazione tra servizi sociali e sociosanitari" (L10690-10691).
  // Note: Indicator 6 is printed under "QUALE IMPATTO DOVREBBE AVERE L’INTERVENTO?" (L10687-10703), not under
  // the results field; it is the DGR's sixth dimissioni-protette indicator and is encoded with the others.
  // Note: Compared with the DGR table (regulation-and-peers.md §1.5, LEPS 3): same six indicators and yearly
  // thresholds (2026 ≥ 50%, 2027 ≥ 75%; decreases and increases 2026/2027); indicator 1 says "Aggiornamento"
  // where the DGR says "Definizione o aggiornamento", and its 2026 stage differs (see slips).
  // Note: cooperatingAmbiti lists the five Ambiti named at L10469-10471, Gallarate included as printed.
  // Note: Difference from the DGR, not marked as a slip (this form does not claim to adopt the DGR's indicators
  // verbatim): indicator 1 (L10643-10644) sets 2026 at "Monitoraggio applicazione del protocollo procedura",
  // skipping the DGR's 2026 stage "Attivazione del protocollo/ procedura" (SEB L2465), and prints no 2027
  // target. Encoded as printed (2025 definizione, 2026 monitoraggio).
  // Note: Actions 1.2 and 4.2 have the same title (L10199-10201, L10234-10236), as do 2.1 and 3.1
  // (L10206-10207, L10215-10216): the form maps one action to several specific objectives. Encoded as printed.
  {
    author: "ambiti",
    leps: "dimissioni-protette",
    title: "Obiettivo LEPS: Accoglienza e dimissioni protette: continuità assistenziale",
    policyAreas: [],
    goals:
      'Obiettivo generale: garantire la continuità assistenziale, in particolare alle persone "fragili” non autosufficienti, per le quali è necessario un accompagnamento all’ammissione e dimissione ospedaliera, secondo un percorso protetto che ne garantisca la continuità di cura e favorisca ove possibile la domiciliarità. La strategia di intervento prevede l’attivazione precoce di un processo di integrazione socio-sanitaria tra ASST Valle Olona, gli Ambiti Sociali del territorio di competenza, i medici di medicina generale, gli enti gestori dei servizi di accoglienza e gli enti del Terzo Settore, che consenta di porre il cittadino “fragile”, anziano o disabile, al centro dell’intervento favorendo ove possibile la domiciliarità, la flessibilità dell’offerta, l’ampliamento dei servizi offerti all’utenza, il potenziamento del servizio informativo, rafforzando il ruolo delle famiglie e dei caregiver e delle reti sociali di supporto. Obiettivi specifici: 1. promuovere l’assistenza delle persone fragili e con perdita progressiva di autonomia, attraverso l’intercettazione precoce del bisogno e della iniziale fragilità garantendone la presa in carico sociosanitaria; 2. contribuire a ridurre il numero dei ricoveri reiterati presso i presidi ospedalieri; 3. aumentare il grado di appropriatezza e personalizzazione delle prestazioni, assicurando la continuità dell’assistenza; 4. promuovere un modello organizzativo gestionale omogeneo e continuativo nei diversi ambiti territoriali del distretto per la gestione integrata e coordinata degli interventi; 5. sostenere l’autonomia residua e il miglioramento dei livelli di qualità di vita, incrementando la consapevolezza e la responsabilità delle figure di riferimento della persona fragile, superando la logica assistenziale; 6. uniformare i criteri di valutazione e accesso agli interventi/opportunità anche attraverso collaborazioni innovative tra il pubblico e il Terzo Settore al fine di potenziare la rete dei servizi; 7. garantire l’inclusione sociale dei soggetti fragili presi in carico.',
    actions: [
      {
        code: "1.1",
        title:
          "aggiornamento di procedure operative integrate di valutazione condivisa del bisogno sanitario e sociale del cittadino “fragile” e presa in carico condivisa e integrata nelle fasi di ammissione e dimissione protetta",
        lines: [10194, 10197],
      },
      {
        code: "1.2",
        title:
          "monitoraggio e aggiornamento sistema di condivisione delle informazioni tra operatori pubblici (ASST e Ambiti) relative al cittadino fragile",
        lines: [10199, 10201],
      },
      {
        code: "2.1",
        title: "definizione congiunta dei setting di intervento tra ASST e Ambiti",
        lines: [10206, 10207],
      },
      { code: "2.2", title: "rilevazione dato e monitoraggio andamento", lines: [10209, 10209] },
      {
        code: "3.1",
        title: "definizione congiunta dei setting di intervento tra ASST e Ambiti",
        lines: [10215, 10216],
      },
      {
        code: "3.2",
        title:
          "monitoraggio tempistiche dimissione protetta e concreta integrazione socio-sanitaria degli interventi",
        lines: [10218, 10219],
      },
      {
        code: "4.1",
        title:
          "mantenimento costante dell’operatività del tavolo di conoscenza e confronto tra ASST Valle Olona, Ambiti di Busto Arsizio, Gallarate e Castellanza e Ambiti di Saronno e Somma Lombardo rispetto alle procedure in essere con confronto tra Nucleo dimissioni protette e COT dell’ASST e responsabili e assistenti sociali degli Ambiti comunali",
        lines: [10226, 10232],
      },
      {
        code: "4.2",
        title:
          "monitoraggio e aggiornamento sistema di condivisione delle informazioni tra operatori pubblici (ASST e Ambiti) relative al cittadino fragile",
        lines: [10234, 10236],
      },
      {
        code: "4.3",
        title:
          "integrazione dei due protocolli operativi in essere con eventuale ridefinizione e integrazione degli strumenti di cui al punto precedente",
        lines: [10238, 10240],
      },
      {
        code: "5.1",
        title:
          "programmazione congiunta e integrata attività di formazione/sostegno a favore della famiglia e dei caregiver in ambito di protezione giuridica (es.: amministrazione di sostegno, invalidità.)",
        lines: [10247, 10250],
      },
      { code: "5.2", title: "realizzazione attività formative/sostegno integrate", lines: [10252, 10252] },
      {
        code: "5.3",
        title:
          "elaborazione di servizi di informazione condivisi, con distribuzione di materiale informativo anche presso i presidi sanitari dell’ASST Valle Olona e dei medici di medicina generale, a favore delle famiglie e dei soggetti fragili relativi ai servizi sociali e sanitari territoriali degli enti locali, degli Enti del Terzo Settore e del privato sociale",
        lines: [10253, 10260],
      },
      {
        code: "6.1",
        title:
          "attivazione di tavoli di co-progettazione con gli Enti del Terzo Settore del territorio per identificare e mettere in rete anche servizi innovativi",
        lines: [10267, 10269],
      },
      {
        code: "6.2",
        title:
          "condivisione delle mappature territoriali esistenti di unità di offerta pubblica e privata, inclusi ETS",
        lines: [10271, 10272],
      },
      {
        code: "6.3",
        title: "definizione di una filiera di servizi integrata, in linea con la riforma della L.R 23/2015",
        lines: [10274, 10275],
      },
      {
        code: "6.4",
        title: "sviluppo di strumenti di monitoraggio e valutazione condivisi",
        lines: [10277, 10278],
      },
      {
        code: "6.5",
        title: "analisi dei risultati raggiunti e introduzione eventuali elementi correttivi",
        lines: [10280, 10281],
      },
      {
        code: "7.1",
        title:
          "valorizzazione della collaborazione volontaria delle risorse informali di prossimità e quella degli Enti del Terzo Settore",
        lines: [10286, 10288],
      },
    ],
    target:
      "In merito ai beneficiari vengono distinte due tipologie di condizioni, la prima rivolta all’utenza che può fare riferimento ad un domicilio e quindi “tornare a casa”, la seconda rivolta all’utenza che non ha questa possibilità. Dimissioni protette per utenza che può fare riferimento ad un domicilio. Destinatari primari dell’intervento: il target di riferimento è rappresentato da persone anziane non autosufficienti e/o in condizioni di fragilità (disabili, adulti fragili) o persone infra sessantacinquenni ad essi assimilabili, residenti sul territorio nazionale, non supportate da una rete formale o informale adeguata, costante e continuata, per i quali gli interventi sono volti a sostenere il rientro e la permanenza a domicilio a seguito di ricovero ospedaliero o dimissione da una struttura riabilitativa o servizio accreditato. Destinatari secondari dell’intervento sono i caregiver familiari. Dimissioni protette per persone che non dispongono di un’abitazione. Target di utenza / destinatari: persone senza dimora, o in condizione di precarietà abitativa, residenti o temporaneamente presenti sul territorio nazionale, che, a seguito di episodi acuti, accessi al pronto soccorso o ricoveri ospedalieri, necessitano di un periodo di convalescenza e di stabilizzazione delle proprie condizioni di salute.",
    budget: {
      total: null,
      lines: [
        {
          fund: "pnrr",
          label:
            "PNRR/linea di finanziamento 1.1.3. valida sino al 31/03/2026 per Ambiti Busto, Gallarate, Castellanza: - Risorse integrative per servizi SAD, assistenti domiciliari e pasti",
          amount: "239905",
          printed: "€. 239.905,00",
          nature: "pubblica",
          lines: [10323, 10327],
        },
        {
          fund: "pnrr",
          label:
            "PNRR/linea di finanziamento 1.1.3. valida sino al 31/03/2026 per Ambiti Busto, Gallarate, Castellanza: … - Assistente sociale",
          amount: "60000",
          printed: "€. 60.000,00",
          nature: "pubblica",
          lines: [10323, 10328],
        },
        {
          fund: "fnps",
          label: "FNPS quota vincolata (stimata): - Ambito Gallarate",
          amount: "72838",
          printed: "€. 72.838,00",
          nature: "pubblica",
          lines: [10330, 10331],
        },
      ],
      text: "Si stima una spesa nel triennio pari a: PNRR/linea di finanziamento 1.1.3. valida sino al 31/03/2026 per Ambiti Busto, Gallarate, Castellanza: - Risorse integrative per servizi SAD, assistenti domiciliari e pasti €. 239.905,00 - Assistente sociale €. 60.000,00 FNPS quota vincolata (stimata): - Ambito Gallarate €. 72.838,00",
      source: { document: DOCUMENTS.gallarate, lines: [10319, 10331] },
    },
    staff:
      "Il progetto prevede la collaborazione di tutti e cinque gli Ambiti Territoriali Sociali (Ambiti Busto Arsizio/capofila, Gallarate, Castellanza, Saronno e Somma Lombardo) coincidenti con il territorio di competenza dell’ASST Valle Olona strutturata in 4 distretti socio-sanitari (il Distretto socio sanitario di Busto Arsizio comprende gli Ambiti di Busto Arsizio e Castellanza). La struttura organizzativa gestionale deputata alla gestione del progetto è così costituita: rispetto agli Ambiti Territoriali Sociali - dirigenti di settore e/o responsabili di servizi dell’Ufficio di Piano per ogni ATS, con funzione di coordinamento e governance in tutte le fasi del progetto e di referente territoriale dell'Ambito; - funzionari e istruttori amministrativi, con ruolo di supporto amministrativo nelle fasi di gestione e rendicontazione; - assistenti sociali delle Area Anziani e Aree Disabili per ogni ATS, con funzione di supporto alla progettazione e di presa incarico individualizzata all'interno dell'equipe multidisciplinare (case manager). - oltre al personale interno degli ambiti è previsto un incarico di collaborazione esterna a supporto delle attività specifiche del progetto (Ambito di Busto Arsizio, Gallarate e Castellanza tramite risorse PNRR e risorse proprie FNPS) già in essere e un appalto di servizi per l'assunzione di una assistente sociale, già in essere tramite risorse PNRR con contrattualizzazione da parte dell’Ambito di Castellanza, volta a rafforzare l'intervento strutturato su più Ambiti territoriali.",
    cooperatingAmbiti: ["Busto Arsizio", "Gallarate", "Castellanza", "Saronno", "Somma Lombardo"],
    asstInAnalysis: { answer: "si", lines: [10437, 10443] },
    asstInDelivery: {
      answer: "si",
      text: "ASST è coinvolta nella realizzazione di tutte le azioni sopraindicate. I compiti dettagliati sono indicati nei Protocolli già approvati per la realizzazione degli Obiettivi Sovrazonali 2021-23 tra ATS Insubria, ASST Valle Olona e Ambiti Territoriali Sociali (un protocollo con Ambiti Busto Arsizio, Gallarate e Castellanza e un protocollo con Ambiti di Saronno e Somma Lombardo)",
      lines: [10451, 10457],
    },
    indicators: [
      {
        text: "Aggiornamento protocollo/procedura per le dimissioni protette definito per assicurare la Transitional Care con la ASST di riferimento, ATS e gli ETS",
        kind: "milestone",
        targets: [
          {
            year: 2025,
            rule: "stage-reached",
            stage: "definizione",
            text: "Anno 2025: Definizione protocollo unitario con aggiornamento e condivisione protocollo esistenti in sede di Cabina di Regia della ASST, costituita nei modi previsti dalla normativa vigente con la partecipazione, oltre che della ATS, dell'Ambito territoriale/Comuni, degli ETS e tutti i soggetti interessati",
          },
          {
            year: 2026,
            rule: "stage-reached",
            stage: "monitoraggio",
            text: "Anno 2026: Monitoraggio applicazione del protocollo procedura",
          },
        ],
        lines: [10632, 10644],
      },
      {
        text: "Numero utenti con bisogno di attivare servizi sociali territoriali che hanno beneficiato del servizio di dimissioni protette/Numero utenti con bisogno di attivare servizi sociali territoriali che hanno espresso il bisogno del servizio",
        kind: "ratio-at-least",
        targets: [
          { year: 2026, rule: "ratio-at-least", thresholdPercent: "50", text: "Anno 2026: ≥ 50%" },
          { year: 2027, rule: "ratio-at-least", thresholdPercent: "75", text: "Anno 2027: ≥ 75%" },
        ],
        lines: [10646, 10654],
      },
      {
        text: "Riduzione tempo medio di attesa della dimissione per il ritorno a domicilio",
        kind: "decrease",
        targets: [
          {
            year: 2026,
            rule: "less-than-previous",
            text: "Anno 2026: Tempo medio di attesa anno 2026 < Tempo medio di attesa anno 2025",
          },
          {
            year: 2027,
            rule: "less-than-previous",
            text: "Anno 2027: Tempo medio di attesa anno 2027 < Tempo medio di attesa anno 2026",
          },
        ],
        lines: [10657, 10663],
      },
      {
        text: "Riduzione tempo medio di attesa della dimissione per il ritorno in struttura residenziale",
        kind: "decrease",
        targets: [
          {
            year: 2026,
            rule: "less-than-previous",
            text: "Anno 2026: Tempo medio di attesa anno 2026 < Tempo medio di attesa anno 2025",
          },
          {
            year: 2027,
            rule: "less-than-previous",
            text: "Anno 2027: Tempo medio di attesa anno 2027 < Tempo medio di attesa anno 2026",
          },
        ],
        lines: [10665, 10671],
      },
      {
        text: "Incremento numero incontri formativi per caregiver familiari e/o assistenti familiari per sostenere l’autonomia residua e il miglioramento dei livelli di qualità di vita delle persone fragili a domicilio",
        kind: "increase",
        targets: [
          {
            year: 2026,
            rule: "greater-than-previous",
            text: "Anno 2026: N incontri formativi per caregiver familiari e/o assistenti familiari svolti nel 2026 > N incontri formativi per caregiver familiari e/o assistenti familiari svolti nel 2025",
          },
          {
            year: 2027,
            rule: "greater-than-previous",
            text: "Anno 2027: N incontri formativi per caregiver familiari e/o assistenti familiari svolti nel 2027 > N incontri formativi per caregiver familiari e/o assistenti familiari svolti nel 2026",
          },
        ],
        lines: [10673, 10685],
      },
      {
        text: "Incremento numero dimissioni protette gestite attraverso l'integrazione informativa e informatizzata tra ambito sanitario e cartella sociale informatizzata",
        kind: "increase",
        targets: [
          {
            year: 2026,
            rule: "greater-than-previous",
            text: "Anno 2026: N. dimissioni protette gestite attraverso l'integrazione informativa anno 2026 > N. dimissioni protette gestite attraverso l'integrazione informativa anno 2025",
          },
          {
            year: 2027,
            rule: "greater-than-previous",
            text: "Anno 2027: N. dimissioni protette gestite attraverso l'integrazione informativa anno 2027 > N. dimissioni protette gestite attraverso l'integrazione informativa anno 2026",
          },
        ],
        lines: [10692, 10703],
      },
    ],
    targets: [
      {
        id: "I1-2025",
        kind: "deliverable",
        deliverable:
          "protocollo unitario per le dimissioni protette (aggiornamento e condivisione dei protocolli esistenti) definito in Cabina di Regia della ASST",
        text: "Anno 2025: Definizione protocollo unitario con aggiornamento e condivisione protocollo esistenti in sede di Cabina di Regia della ASST, costituita nei modi previsti dalla normativa vigente con la partecipazione, oltre che della ATS, dell'Ambito territoriale/Comuni, degli ETS e tutti i soggetti interessati",
        due: "2025-12-31",
        lines: [10637, 10642],
      },
      {
        id: "I1-2026",
        kind: "deliverable",
        deliverable: "monitoraggio dell'applicazione del protocollo/procedura",
        text: "Anno 2026: Monitoraggio applicazione del protocollo procedura",
        due: "2026-12-31",
        lines: [10643, 10644],
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
        text: "Anno 2026: ≥ 50%",
        due: "2026-12-31",
        lines: [10653, 10653],
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
        text: "Anno 2027: ≥ 75%",
        due: "2027-12-31",
        lines: [10654, 10654],
      },
      {
        id: "I3-2026",
        kind: "change",
        direction: "decrease",
        measure: "tempo medio di attesa della dimissione per il ritorno a domicilio",
        fromYear: 2025,
        toYear: 2026,
        text: "Anno 2026: Tempo medio di attesa anno 2026 < Tempo medio di attesa anno 2025",
        lines: [10660, 10661],
      },
      {
        id: "I3-2027",
        kind: "change",
        direction: "decrease",
        measure: "tempo medio di attesa della dimissione per il ritorno a domicilio",
        fromYear: 2026,
        toYear: 2027,
        text: "Anno 2027: Tempo medio di attesa anno 2027 < Tempo medio di attesa anno 2026",
        lines: [10662, 10663],
      },
      {
        id: "I4-2026",
        kind: "change",
        direction: "decrease",
        measure: "tempo medio di attesa della dimissione per il ritorno in struttura residenziale",
        fromYear: 2025,
        toYear: 2026,
        text: "Anno 2026: Tempo medio di attesa anno 2026 < Tempo medio di attesa anno 2025",
        lines: [10668, 10669],
      },
      {
        id: "I4-2027",
        kind: "change",
        direction: "decrease",
        measure: "tempo medio di attesa della dimissione per il ritorno in struttura residenziale",
        fromYear: 2026,
        toYear: 2027,
        text: "Anno 2027: Tempo medio di attesa anno 2027 < Tempo medio di attesa anno 2026",
        lines: [10670, 10671],
      },
      {
        id: "I5-2026",
        kind: "change",
        direction: "increase",
        measure: "N incontri formativi per caregiver familiari e/o assistenti familiari svolti",
        fromYear: 2025,
        toYear: 2026,
        text: "Anno 2026: N incontri formativi per caregiver familiari e/o assistenti familiari svolti nel 2026 > N incontri formativi per caregiver familiari e/o assistenti familiari svolti nel 2025",
        lines: [10678, 10681],
      },
      {
        id: "I5-2027",
        kind: "change",
        direction: "increase",
        measure: "N incontri formativi per caregiver familiari e/o assistenti familiari svolti",
        fromYear: 2026,
        toYear: 2027,
        text: "Anno 2027: N incontri formativi per caregiver familiari e/o assistenti familiari svolti nel 2027 > N incontri formativi per caregiver familiari e/o assistenti familiari svolti nel 2026",
        lines: [10682, 10685],
      },
      {
        id: "I6-2026",
        kind: "change",
        direction: "increase",
        measure: "N. dimissioni protette gestite attraverso l'integrazione informativa",
        fromYear: 2025,
        toYear: 2026,
        text: "Anno 2026: N. dimissioni protette gestite attraverso l'integrazione informativa anno 2026 > N. dimissioni protette gestite attraverso l'integrazione informativa anno 2025",
        lines: [10696, 10699],
      },
      {
        id: "I6-2027",
        kind: "change",
        direction: "increase",
        measure: "N. dimissioni protette gestite attraverso l'integrazione informativa",
        fromYear: 2026,
        toYear: 2027,
        text: "Anno 2027: N. dimissioni protette gestite attraverso l'integrazione informativa anno 2027 > N. dimissioni protette gestite attraverso l'integrazione informativa anno 2026",
        lines: [10700, 10703],
      },
    ],
    source: { document: DOCUMENTS.gallarate, lines: [10128, 10703] },
  },
  // Ambiti, incremento-sad: Obiettivo LEPS: Incremento SAD (L10708-11064)
  // Slip L10785-10791: Field 7 (transversal areas) lists "E) anziani" (L10789) although E is the scheda's own
  // home area ("Area di policy E)", L10711): a scheda cannot be transversal to its own area. The list printed
  // is A, D, E, F, J.
  // Slip L10754-11015: Action numbers are swapped between fields: in AZIONI PROGRAMMATE "Azione 1" is the UVM
  // protocols and "Azione 2" the ETS/caregiver initiatives (L10754-10762); in QUALI MODALITÀ … ADOTTATE "Azione
  // 1" is the ETS/caregiver initiatives (L10991-10995, "Indicatore 1") and "Azione 2" the UVM protocols
  // (L11008-11015, "Indicatore 2"). Actions encoded with the numbering of AZIONI PROGRAMMATE.
  // Slip L11043: Indicator 2 prints a baseline "Anno 2023: t0": 2023 is before the plan period and the other
  // baselines of these schede are 2025 (the DGR table has no 2025 target for this indicator; the ASST copy,
  // L12651-12655, has no baseline row). Encoded as a baseline target with its text as printed.
  // Slip L10941-10950: Field 20 ("già stato affrontato … o … nuovo bisogno?") is answered only "NO", which
  // answers neither alternative. No field for it in LepsSchedaData.
  // Note: TITOLO INTERVENTO (L10713): "INCREMENTO SAD"; "Area di policy E)" at L10711.
  // Note: Field 7 (L10785-10791): SI, A) Contrasto alla povertà all’emarginazione sociale e promozione
  // dell’inclusione attiva, D) domiciliarità, E) anziani, F) Digitalizzazione dei Servizi, J) Interventi a
  // favore di persone con disabilità; key points for A, D, E, F, J at L10797-10829 (no field in
  // LepsSchedaData).
  // Note: Indicator 1 and 2 are printed under "Obiettivo 1: Potenziare il Servizio di Assistenza Domiciliare in
  // termini quantitativi e qualitativi" (L11020-11021) and "Obiettivo 2: Assistenza sociale integrata con i
  // servizi sociosanitari" (L11035-11036). The 2027 target of indicator 1 is printed "100%" without "≥" (as in
  // the DGR): encoded as ratio-at-least 100.
  // Note: The third indicator is printed under "QUALE IMPATTO DOVREBBE AVERE L’INTERVENTO?" (L11050-11064) with
  // the impact "un aumento della quantità di prese in carico integrate nel servizio SAD".
  // Note: Process indicators without targets (QUALI MODALITÀ … ADOTTATE, L10987-11015), not in `indicators`:
  // Azione 1 / Indicatore 1 "Individuazione degli Stakeholder …", "Costituzione del Gruppo di lavoro", "N. di
  // incontri svolti con operatori individuate, finalizzati a co-progettare le iniziative di promozione
  // dell’inclusione sociale"; Azione 2 / Indicatore 2 "N. di incontri svolti con operatori coinvolti
  // finalizzati a costruire il processo di implementazione … dell’Unità di valutazione multidimensionale …".
  // Input needs (L10929-10938): valorizzazione delle autonomie residue; interventi multidisciplinari integrati;
  // standard qualitativi e quantitativi omogenei nel servizio SAD.
  // Note: Form fields with no place in LepsSchedaData: continuità NO (L10869); "Servizio già presente"
  // (L10875); premiale NO (L10886); co-programmato NO (L10893); co-progettato NO (L10900); ETS: "Si prevede di
  // poter sviluppare prassi di collaborazione con ETS coinvolti nella presa in carico dell’utenza."
  // (L10909-10910); altri attori SI: MMG/specialists in the UVM (L10921-10923); preventivo e riparativo
  // (L10956); innovazione Sì (L10965-10970); digitalizzazione Sì, piattaforme interoperabili (L10979-10980).
  // Note: Budget: "FNA B1-B2" and "FNPS- Finanziamento finalizzato all’attivazione del SAD" are named without
  // amounts (amount null, total null).
  // Note: Compared with the DGR table (LEPS 5): same three indicators and thresholds; the extra "Anno 2023: t0"
  // row is the only difference.
  // Note: The study of feasibility ("Studio di fattibilità per l’utilizzo di app/piattaforme", L10745) has no
  // quantified result.
  {
    author: "ambiti",
    leps: "incremento-sad",
    title: "Obiettivo LEPS: Incremento SAD",
    policyAreas: ["E"],
    goals:
      "1. Potenziare il Servizio di Assistenza Domiciliare in termini quantitativi e qualitativi; 2. Assistenza sociale integrata con i servizi sociosanitari; L’obiettivo che si vuole perseguire mediante l’incremento del SAD è di rispondere ai bisogni specifici di soggetti fragili, con particolare attenzione a garantire la continuità assistenziale, migliorare la qualità della vita e promuovere l'autonomia ove possibile.",
    actions: [
      {
        code: null,
        title:
          "Miglioramento dell'accessibilità del servizio potenziando la rete di distribuzione territoriale/estensione oraria dei servizi domiciliari per rispondere meglio alle esigenze delle famiglie in occasione delle assenze temporanee degli assistenti familiari/caregiver familiari.",
        lines: [10733, 10738],
      },
      {
        code: null,
        title:
          "Sostenere l’autonomia residua e il miglioramento dei livelli di qualità di vita, sostenendo la persona fragile e valorizzando le famiglie e la rete del volontariato, nella cornice del percorso assistenziale integrato.",
        lines: [10740, 10743],
      },
      {
        code: null,
        title:
          "Studio di fattibilità per l’utilizzo di app/piattaforme per coordinare e gestire le attività assistenziali, migliorare la comunicazione tra caregiver, operatori e famiglie.",
        lines: [10745, 10747],
      },
      {
        code: null,
        title:
          "Utilizzo di tecnologie innovative che potrebbero contemplare sistemi di monitoraggio remoto, riducendo la necessità di interventi fisici continuativi, ma assicurando un monitoraggio continuo.",
        lines: [10749, 10752],
      },
      {
        code: "Azione 1",
        title:
          "Elaborazione di protocolli operativi di funzionamento dell’Unità di valutazione multidimensionale comune all’ambito territoriale sociale e al distretto sanitario, vedi obiettivo PUA.",
        lines: [10754, 10757],
      },
      {
        code: "Azione 2",
        title:
          "Iniziative di promozione ed inclusione sociale e culturale anche attraverso l'attivazione degli ETS. Attività di sostegno e sollievo ai caregiver attraverso azioni di valorizzazione della collaborazione volontaria delle risorse informali di prossimità e quella degli enti del Terzo Settore.",
        lines: [10758, 10762],
      },
    ],
    target:
      "Persone che necessitano di supporto nelle attività quotidiane a causa di condizioni di salute dovute ad anzianità.",
    budget: {
      total: null,
      lines: [
        { fund: "fna", label: "FNA B1-B2", amount: null, nature: "pubblica", lines: [10771, 10771] },
        {
          fund: "fnps",
          label: "FNPS- Finanziamento finalizzato all’attivazione del SAD",
          amount: null,
          nature: "pubblica",
          lines: [10772, 10772],
        },
      ],
      text: "FNA B1-B2 FNPS- Finanziamento finalizzato all’attivazione del SAD",
      source: { document: DOCUMENTS.gallarate, lines: [10768, 10772] },
    },
    staff: "Assistente Sociale d’Ambito all’interno dell’Unita di Valutazione Multidimensionale (UVM)",
    cooperatingAmbiti: ["Busto Arsizio", "Gallarate", "Castellanza", "Saronno", "Somma Lombardo"],
    asstInAnalysis: { answer: "si", lines: [10830, 10836] },
    asstInDelivery: {
      answer: "si",
      text: "ASST è coinvolta nelle seguenti azioni: - Nella valutazione multidimensionale congiunta (B1, B2); - Nel processo delle dimissioni protette come previsto da Protocollo specifico; - Nell’erogazione delle prestazioni previste nei casi di continuità assistenziale.",
      lines: [10844, 10851],
    },
    indicators: [
      {
        text: "N. Progetti individualizzati SAD per anziani non autosufficienti ad alto bisogno assistenziale con piano individualizzato unico integrato con ambito sanitario/N Progetti individualizzati SAD per anziani non autosufficienti ad alto bisogno assistenziale",
        kind: "ratio-at-least",
        targets: [
          { year: 2025, rule: "ratio-at-least", thresholdPercent: "50", text: "Anno 2025: ≥ 50%" },
          { year: 2026, rule: "ratio-at-least", thresholdPercent: "75", text: "Anno 2026: ≥ 75%" },
          { year: 2027, rule: "ratio-at-least", thresholdPercent: "100", text: "Anno 2027: 100%" },
        ],
        lines: [11023, 11032],
      },
      {
        text: "N. Progetti Individualizzati SAD che comprendono percorsi di dimissioni protette/N casi di dimissioni protette che necessitano di SAD",
        kind: "ratio-at-least",
        targets: [
          { year: 2026, rule: "ratio-at-least", thresholdPercent: "50", text: "Anno 2026: ≥ 50%" },
          { year: 2027, rule: "ratio-at-least", thresholdPercent: "75", text: "Anno 2027: ≥ 75%" },
        ],
        lines: [11038, 11045],
      },
      {
        text: "Incremento numero prese in carico SAD con intero processo caratteristico gestito attraverso la cartella sociale informatizzata (accesso/orientamento -> valutazione del bisogno -> progetto individualizzato -> erogazione del servizio SAD -> valutazione finale/conclusione)",
        kind: "increase",
        targets: [
          { year: 2026, rule: "greater-than-previous", text: "N. prese in carico SAD 2026>2025" },
          { year: 2027, rule: "greater-than-previous", text: "N. prese in carico SAD 2027>2026" },
        ],
        lines: [11055, 11064],
      },
    ],
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
        text: "Anno 2025: ≥ 50%",
        due: "2025-12-31",
        lines: [11030, 11030],
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
        text: "Anno 2026: ≥ 75%",
        due: "2026-12-31",
        lines: [11031, 11031],
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
        text: "Anno 2027: 100%",
        due: "2027-12-31",
        lines: [11032, 11032],
      },
      {
        id: "I2-T0",
        kind: "baseline",
        measure:
          "N. Progetti Individualizzati SAD che comprendono percorsi di dimissioni protette/N casi di dimissioni protette che necessitano di SAD (anno 2023 as printed)",
        text: "Anno 2023: t0",
        lines: [11043, 11043],
      },
      {
        id: "I2-2026",
        kind: "share-at-least",
        minPercent: "50",
        numerator: "Progetti Individualizzati SAD che comprendono percorsi di dimissioni protette",
        denominator: "casi di dimissioni protette che necessitano di SAD",
        per: "year",
        text: "Anno 2026: ≥ 50%",
        due: "2026-12-31",
        lines: [11044, 11044],
      },
      {
        id: "I2-2027",
        kind: "share-at-least",
        minPercent: "75",
        numerator: "Progetti Individualizzati SAD che comprendono percorsi di dimissioni protette",
        denominator: "casi di dimissioni protette che necessitano di SAD",
        per: "year",
        text: "Anno 2027: ≥ 75%",
        due: "2027-12-31",
        lines: [11045, 11045],
      },
      {
        id: "I3-2026",
        kind: "change",
        direction: "increase",
        measure:
          "prese in carico SAD con intero processo caratteristico gestito attraverso la cartella sociale informatizzata",
        fromYear: 2025,
        toYear: 2026,
        text: "N. prese in carico SAD 2026>2025",
        lines: [11063, 11063],
      },
      {
        id: "I3-2027",
        kind: "change",
        direction: "increase",
        measure:
          "prese in carico SAD con intero processo caratteristico gestito attraverso la cartella sociale informatizzata",
        fromYear: 2026,
        toYear: 2027,
        text: "N. prese in carico SAD 2027>2026",
        lines: [11064, 11064],
      },
    ],
    source: { document: DOCUMENTS.gallarate, lines: [10708, 11064] },
  },
  // Ambiti, valutazione-multidimensionale-progetto-personalizzato: Obiettivo LEPS: Valutazione Multidimensionale e Progetto Personalizzato (L11065-11376)
  // Slip L11362-11365: The third indicator (professional types in the EEMM / professional types in the
  // services) is printed with no yearly target; the DGR (LEPS 1) and the ASST copy (L12926-12936) give ≥ 50% /
  // ≥ 75% / 100%. Encoded with targets [].
  // Slip L11360: Training ratio 2027 printed "ANNO 2027>= 100%": a ratio of meetings held to meetings planned
  // cannot exceed 100% in the intended sense; the DGR and the ASST copy (L12924) print "100%". Encoded as
  // ratio-at-least 100 with the text as printed.
  // Slip L11357: Typo "INOCNTRI" (incontri) in the training indicator; kept verbatim.
  // Slip L11345-11346: 2025 target printed "INCREMENTO NUMERO EEMM >=1" (an increase of at least one), where
  // the DGR's 2025 target is "N. EEMM attivate ≥ 1" (at least one activated). Encoded as count-at-least 1
  // (unit: EEMM activated in addition) with the text as printed.
  // Note: TITOLO INTERVENTO (L11071-11072): "VALUTAZIONE MULTIDIMENSIONALE E PROGETTO PERSONALIZZATO"; "Area di
  // policy A)" at L11069.
  // Note: Actions: AZIONI PROGRAMMATE (L11087-11092) prints them unnumbered; the codes "Azione 1)"…"Azione 4)"
  // come from QUALI MODALITÀ … ADOTTATE (L11316-11336), where the same four actions are repeated with process
  // indicators without targets: 1.1 "Numero di incontri annuali", 2.1 "Numero EEMM attivate", 3.1 "Numero
  // incontri formativi", 4.1 "Numero di incontri con il CPI".
  // Note: Field 7 (L11122-11128): "Sì, con" G) politiche giovanili e per i minori, H) interventi connessi alle
  // politiche per il lavoro, I) interventi per la famiglia; key points for G, H, I at L11134-11161 (no field in
  // LepsSchedaData).
  // Note: cooperatingAmbiti as printed at L11194-11196 (Gallarate, Busto Arsizio, Castellanza, Saronno e Somma
  // Lombardo, "Ambito di Sesto Calende e Tradate in quanto afferiscono per i Servizi del Dipartimento di salute
  // mentale dell’ASST Valle Olona"). The answer opens "SI, l’intervento è in continuità, in quanto regolato dal
  // medesimo protocollo" (L11191-11192).
  // Note: Budget: one line, "Fondo Povertà (quota servizi) € 1.300.000,00", not labelled as a triennial total
  // (total null).
  // Note: Form fields with no place in LepsSchedaData: continuità SI (L11206); "Servizio già presente"
  // (L11212); premiale SI (L11225); co-programmato NO, co-progettato NO (L11232, L11238); ETS: "Affidamento di
  // incarico" (L11251); altri attori SI: "Centro per l’Impiego (raccordo operativo, informale che discende da
  // accordo formale su RDC/REI)" (L11259-11261); bisogno "BISOGNO CONSOLIDATO" (L11281); preventivo e
  // riparativo (L11288); innovazione SI (L11297-11298); digitalizzazione SI (L11306-11307).
  // Note: Need indicator without targets (L11268-11269): "Numero di casi complessi presi in carico dalle EEMM/
  // totale casi ADI sottoposti all’analisi preliminare". Impact (L11373-11376): "Migliorare la collaborazione e
  // comunicazione tra servizi sociali e sociosanitari- indicatore: focus group agli operatori" (no target).
  // Note: Compared with the DGR table (LEPS 1): same three indicators; the Ambito adds "(PARI AL NUMERO DI
  // INCONTRI VERBALIZZATE)" to the EEMM indicator, words its 2025 target as an increase, prints ">= 100%" for
  // 2027 and gives no thresholds for the third indicator (see slips).
  {
    author: "ambiti",
    leps: "valutazione-multidimensionale-progetto-personalizzato",
    title: "Obiettivo LEPS: Valutazione Multidimensionale e Progetto Personalizzato",
    policyAreas: ["A"],
    goals:
      "Attivare e rafforzare le EEMM; rafforzare le competenze per un impiego efficace degli strumenti di lavoro; potenziamento dei rapporti di cooperazione con tutti gli attori territoriali di interesse in grado di dare continuità e struttura alle collaborazioni attraverso accordi anche formali.",
    actions: [
      {
        code: "Azione 1",
        title: "applicare e monitorare quanto previsto nel Protocollo tra Ambiti e ASST",
        lines: [11087, 11088],
      },
      { code: "Azione 2", title: "attivazione delle EEMM", lines: [11090, 11090] },
      { code: "Azione 3", title: "realizzazione di incontri formativi e informativi", lines: [11091, 11091] },
      { code: "Azione 4", title: "sviluppare e/o implementare accordi con il CPI", lines: [11092, 11092] },
    ],
    target:
      "Nuclei con bisogni complessi beneficiari di misura ADI (assegno inclusione) con particolare attenzione a persone con problematiche connesse a disturbi mentali, a dipendenze patologiche in carico ai servizi specialistici.",
    budget: {
      total: null,
      lines: [
        {
          fund: "fondo-poverta-quota-servizi",
          label: "Fondo Povertà (quota servizi)",
          amount: "1300000",
          printed: "€ 1.300.000,00",
          nature: "pubblica",
          lines: [11107, 11107],
        },
      ],
      text: "Fondo Povertà (quota servizi) € 1.300.000,00",
      source: { document: DOCUMENTS.gallarate, lines: [11103, 11107] },
    },
    staff: "Assistenti sociali Educatori Psicologi",
    cooperatingAmbiti: [
      "Gallarate",
      "Busto Arsizio",
      "Castellanza",
      "Saronno",
      "Somma Lombardo",
      "Sesto Calende",
      "Tradate",
    ],
    asstInAnalysis: { answer: "si", lines: [11164, 11169] },
    asstInDelivery: {
      answer: "si",
      text: "consolidamento e attuazione dei protocolli sottoscritti e vigenti tra ASST e ambiti territoriali e nello specifico attivazione delle equipe multidisciplinari integrati tra ASST e ambiti territoriali su casi specifici che necessitano di una valutazione multidimensionale al fine della definizione di un patto per l’inclusione sociale e della presa in carico dei beneficiari, condividendo modalità operative (ex art. 2 accordo vigente).",
      lines: [11177, 11184],
    },
    indicators: [
      {
        text: "INCREMENTO NUMERO EEMM ATTIVATE (PARI AL NUMERO DI INCONTRI VERBALIZZATE)",
        kind: "increase",
        targets: [
          { year: 2025, rule: "count-at-least", minimum: 1, text: "ANNO 2025 INCREMENTO NUMERO EEMM >=1" },
          {
            year: 2026,
            rule: "greater-than-previous",
            text: "ANNO 2026 N. EEMM ATTIVATE ANNO 2026>DI EEMM ATTIVATE ANNO 2025",
          },
          {
            year: 2027,
            rule: "greater-than-previous",
            text: "ANNO 2027 N. EEMM ATTIVATE ANNO 2027>DI EEMM ATTIVATE ANNO 2026",
          },
        ],
        lines: [11342, 11354],
      },
      {
        text: "NUMERO INCONTRI FORMATIVI SVOLTI/NUMERO INOCNTRI FORMATIVI PREVISTI",
        kind: "ratio-at-least",
        targets: [
          { year: 2025, rule: "ratio-at-least", thresholdPercent: "50", text: "ANNO 2025>=50%" },
          { year: 2026, rule: "ratio-at-least", thresholdPercent: "75", text: "ANNO 2026>=75%" },
          { year: 2027, rule: "ratio-at-least", thresholdPercent: "100", text: "ANNO 2027>= 100%" },
        ],
        lines: [11356, 11360],
      },
      {
        text: "NUMERO TIPOLOGIE PROFESSIONALI CHE COMPONGONO LE EEMM/NUMERO TIPOLOGIE PROFESSIONALI PRESENTI NELL’ORGANIZZAZIONE, GESTIONE ED EROGAZIONE DEI SERVIZI.",
        kind: "ratio-at-least",
        targets: [],
        lines: [11362, 11365],
      },
    ],
    targets: [
      {
        id: "I1-2025",
        kind: "count-at-least",
        min: 1,
        unit: "EEMM attivate in più (incremento)",
        per: "year",
        text: "ANNO 2025 INCREMENTO NUMERO EEMM >=1",
        due: "2025-12-31",
        lines: [11345, 11346],
      },
      {
        id: "I1-2026",
        kind: "change",
        direction: "increase",
        measure: "N. EEMM attivate (pari al numero di incontri verbalizzati)",
        fromYear: 2025,
        toYear: 2026,
        text: "ANNO 2026 N. EEMM ATTIVATE ANNO 2026>DI EEMM ATTIVATE ANNO 2025",
        lines: [11348, 11350],
      },
      {
        id: "I1-2027",
        kind: "change",
        direction: "increase",
        measure: "N. EEMM attivate (pari al numero di incontri verbalizzati)",
        fromYear: 2026,
        toYear: 2027,
        text: "ANNO 2027 N. EEMM ATTIVATE ANNO 2027>DI EEMM ATTIVATE ANNO 2026",
        lines: [11352, 11354],
      },
      {
        id: "I2-2025",
        kind: "share-at-least",
        minPercent: "50",
        numerator: "incontri formativi svolti",
        denominator: "incontri formativi previsti",
        per: "year",
        text: "ANNO 2025>=50%",
        due: "2025-12-31",
        lines: [11358, 11358],
      },
      {
        id: "I2-2026",
        kind: "share-at-least",
        minPercent: "75",
        numerator: "incontri formativi svolti",
        denominator: "incontri formativi previsti",
        per: "year",
        text: "ANNO 2026>=75%",
        due: "2026-12-31",
        lines: [11359, 11359],
      },
      {
        id: "I2-2027",
        kind: "share-at-least",
        minPercent: "100",
        numerator: "incontri formativi svolti",
        denominator: "incontri formativi previsti",
        per: "year",
        text: "ANNO 2027>= 100%",
        due: "2027-12-31",
        lines: [11360, 11360],
      },
    ],
    source: { document: DOCUMENTS.gallarate, lines: [11065, 11376] },
  },
  // Ambiti, prevenzione-allontanamento-familiare: Obiettivo LEPS: prevenzione dell’allontanamento familiare (PIPPI) (L11380-11791)
  // Slip L11483-11486: Field 7 (transversal areas) answers "Sì, con G) I)": exactly the scheda's own home areas
  // ("Area di policy G) e I)", L11384), so no other area is named as transversal.
  // Slip L11726-11734: The indicator measures an increase of the "tipologia dei soggetti" (types of actors) but
  // its yearly targets count "n. enti coinvolti" (number of bodies); the mismatch comes from the DGR's own
  // table (SEB L2368-2380). Encoded as an increase of n. enti coinvolti.
  // Note: TITOLO INTERVENTO (L11386-11387): "PREVENZIONE DELL’ALLONTANAMENTO FAMILIARE (PIPPI)"; "Area di
  // policy G) e I)" at L11384.
  // Note: Key points for G and I at L11491-11513 (no field in LepsSchedaData).
  // Note: cooperatingAmbiti: the form says "con tutti gli Ambiti della ASST Valle Olona, Tradate e Sesto
  // Calende" (L11538-11539); the five Ambiti of the ASST Valle Olona are named at L10123 (Busto Arsizio,
  // Castellanza, Gallarate, Saronno, Somma Lombardo).
  // Note: The target's "mediamente il 20% delle famiglie incluse in ogni ATS" (L11452-11458) describes the
  // expected composition of the target, not a result: no ResultTarget.
  // Note: The 30 individual projects "al marzo 2026" of the PNRR project (L11758-11761, printed inside the
  // ratio indicator's block) are encoded as count-at-least 30 with due 2026-03-31 (per: "triennium" is the
  // nearest period the contract offers; the count runs to the PNRR deadline). The note goes on: "Nell’anno
  // successivo sarà necessario aderire nuovamente al programma PIPPI con altro canale di finanziamento".
  // Note: Budget: PNRR € 105.000,00 (no period printed); FNPS named without amount, from the end of the PNRR
  // project (March 2026). No total printed.
  // Note: Process indicators without targets (L11673-11706): 1.1 numero incontri organizzati annualmente per la
  // costruzione dell’accordo; 1.2 numero di servizi coinvolti nel protocollo; 2.1 N. di enti pubblici e privati
  // coinvolti annualmente; 2.2 N. di riunioni/incontri organizzati annualmente; 3.1 N. di famiglie in
  // pre-assessment annualmente; 3.2 N. di nuclei familiari presi in carico annualmente; 4.1 N. realtà formali e
  // informali intercettate; 4.2 N. di progetti di vicinanza solidale attivati annualmente; 4.3 N. di soggetti
  // della rete coinvolti annualmente. Input indicator (L11625-11627): "Numero di famiglie fragili su cui si
  // applica il metodo PIPPI / numero di famiglie prese in carico dai servizi sociali". Outcome indicators
  // (L11775-11791): operators' satisfaction (focus group); "Percentuale di post-assessment che esitano nel
  // raggiungimento dell’obiettivo di miglioramento prefigurato." (no threshold).
  // Note: Form fields with no place in LepsSchedaData: continuità SI (L11549); no new service, "la diffusione
  // di un metodo di lavoro condiviso" (L11555-11556); premiale NO (L11564); co-programmato SI "mediante la
  // condivisione con i tavoli tematici" (L11574-11575); co-progettato SI (educativa domiciliare, gruppi di
  // genitori/bambini, vicinanza solidale, L11582-11586); altri attori SI: Scuole, Tribunale per i minorenni e
  // Tribunale per la Famiglia (L11609-11610); BISOGNO CONSOLIDATO (L11639); preventivo e riparativo (L11646).
  // Note: Compared with the DGR table (LEPS 2): the DGR's indicator is a protocol of prevention (2025
  // definizione/aggiornamento e condivisione, 2026 attivazione, no 2027); the Ambito's is an "Accordo di rete e
  // protocolli" with a 2027 stage (monitoraggio). The ratio thresholds (≥ 40/60/80%) match the DGR; the two
  // increases add a "T0" for 2025 where the DGR prints none.
  {
    author: "ambiti",
    leps: "prevenzione-allontanamento-familiare",
    title: "Obiettivo LEPS: prevenzione dell’allontanamento familiare (PIPPI)",
    policyAreas: ["G", "I"],
    goals:
      "Migliorare la governance complessiva superando la frammentazione e promuovendo una maggiore integrazione tra i vari attori coinvolti, così da garantire percorsi di presa in carico coordinati e azioni trasversali e unificate Prevenire la trascuratezza, il maltrattamento e l'abuso attraverso progetti che promuovano la genitorialità positiva e interventi tempestivi per garantire la protezione e la tutela dei bambini. Favorire il welfare di comunità e il mutuo aiuto, facilitando percorsi di prossimità e reciprocità tra le famiglie, come avviene nei Centri per la Famiglia e nelle reti di famiglie affidatarie.",
    actions: [
      {
        code: "1)",
        title:
          "Definizione di un accordo di rete/protocollo tra ASST e Ambiti e relative procedure operative tra servizi",
        lines: [11410, 11412],
      },
      {
        code: "2)",
        title:
          "Ampliare la partecipazione nei gruppi Territoriali, coinvolgendo un numero sempre maggiore di persone e risorse locali per rafforzare l’efficacia delle azioni sul territorio;",
        lines: [11413, 11417],
      },
      {
        code: "3)",
        title:
          "Adottare il metodo di PIPPI non solo ai casi previsti dal programma, ma estenderlo anche progressivamente ad altre potenziali famiglie target, favorendo una diffusione più ampia sul territorio di questo approccio;",
        lines: [11419, 11422],
      },
      {
        code: "4)",
        title:
          "Sviluppare e potenziare il dispositivo della vicinanza solidale, tracciando e collaborando con altre realtà, formali e informali, dedicate alle famiglie, così da creare una rete di supporto comunitario integrata e coordinata.",
        lines: [11424, 11427],
      },
    ],
    target:
      "Il programma P.I.P.P.I. è rivolto principalmente a situazioni di negligenza familiare e povertà psico-socioeducativa ed economica, escludendo generalmente i casi di abuso o gravi forme di maltrattamento. Il target comprende quindi: bambini/e da 0 a 11 anni e dalle figure parentali di riferimento, con particolare attenzione alle famiglie con bambini in età 0-3 anni; bambini per il cui sviluppo si sono create condizioni considerate come pregiudizievoli e “preoccupanti” bambini che si trovano nelle condizioni precedenti, le cui famiglie sono anche beneficiarie del Reddito di Cittadinanza o di altri contributi economici, in particolare se nella fascia di età 0-3 anni; famiglie per le quali è in corso un progetto di collocamento dei figli all’esterno della famiglia, con le quali i servizi individuano le condizioni per avviare un programma di riunificazione familiare stabile al fine di favorire il rientro del bambino in famiglia (queste famiglie possono costituire mediamente il 20% delle famiglie incluse in ogni ATS); famiglie con figli da 11 a 14 anni (queste famiglie possono costituire mediamente il 20% delle famiglie incluse in ogni ATS).",
    budget: {
      total: null,
      lines: [
        {
          fund: "pnrr",
          label: "PNRR",
          amount: "105000",
          printed: "€ 105.000,00",
          nature: "pubblica",
          lines: [11465, 11465],
        },
        {
          fund: "fnps",
          label: "FNPS (dal termine del Progetto PNRR - marzo 2026, l’Ambito parteciperà agli avvisi FNPS)",
          amount: null,
          nature: "pubblica",
          lines: [11466, 11467],
        },
      ],
      text: "PNRR € 105.000,00 FNPS (dal termine del Progetto PNRR - marzo 2026, l’Ambito parteciperà agli avvisi FNPS).",
      source: { document: DOCUMENTS.gallarate, lines: [11461, 11467] },
    },
    staff:
      "Assistenti sociali dei Comuni e dell’Ambito Educatori ETS Insegnanti Psicologi Équipe del Servizio Tutela Minori",
    cooperatingAmbiti: [
      "Busto Arsizio",
      "Castellanza",
      "Gallarate",
      "Saronno",
      "Somma Lombardo",
      "Tradate",
      "Sesto Calende",
    ],
    asstInAnalysis: { answer: "si", lines: [11516, 11521] },
    asstInDelivery: {
      answer: "si",
      text: "Si prevede la definizione di un Accordo di rete e di protocolli ASST/Ambiti e relative procedure tra servizi",
      lines: [11529, 11530],
    },
    indicators: [
      {
        text: "Definizione Accordo di rete e protocolli ASST/Ambiti e relative procedure tra servizi",
        kind: "milestone",
        targets: [
          {
            year: 2025,
            rule: "stage-reached",
            stage: "definizione",
            text: "Anno 2025 – stesura dell’Accordo e protocolli ASST/Ambiti e relative procedure tra servizi",
          },
          {
            year: 2026,
            rule: "stage-reached",
            stage: "attivazione",
            text: "Anno 2026 – Approvazione e Attivazione Accordo protocolli/procedure",
          },
          {
            year: 2027,
            rule: "stage-reached",
            stage: "monitoraggio",
            text: "Anno 2027- monitoraggio applicazione Accordo protocolli/procedure",
          },
        ],
        lines: [11712, 11722],
      },
      {
        text: "Incremento della tipologia dei soggetti coinvolti nell’ambito dei Gruppi territoriali",
        kind: "increase",
        targets: [
          {
            year: 2026,
            rule: "greater-than-previous",
            text: "2026: n. enti coinvolti anno 2026 > n. enti coinvolti anno 2025",
          },
          {
            year: 2027,
            rule: "greater-than-previous",
            text: "2027: n. enti coinvolti anno 2027 > n. enti coinvolti anno 2026",
          },
        ],
        lines: [11726, 11734],
      },
      {
        text: "Incremento Numero nuclei familiari presi in carico in ottica di prevenzione, anche ulteriori rispetto ai nuclei previsti dal Programma PIPPI",
        kind: "increase",
        targets: [
          {
            year: 2026,
            rule: "greater-than-previous",
            text: "2026: n. nuclei familiari anno 2026 > n. nuclei familiari anno 2025",
          },
          {
            year: 2027,
            rule: "greater-than-previous",
            text: "2027: n. nuclei familiari anno 2027 > n. nuclei familiari anno 2026",
          },
        ],
        lines: [11737, 11749],
      },
      {
        text: "numero progetti individualizzati/numero di valutazioni",
        kind: "ratio-at-least",
        targets: [
          {
            year: 2025,
            rule: "ratio-at-least",
            thresholdPercent: "40",
            text: "Anno 2025 –maggiori o uguali al 40%",
          },
          {
            year: 2026,
            rule: "ratio-at-least",
            thresholdPercent: "60",
            text: "Anno 2026 – maggiori o uguali al 60%",
          },
          {
            year: 2027,
            rule: "ratio-at-least",
            thresholdPercent: "80",
            text: "Anno 2027- maggiori o uguali all’80%",
          },
        ],
        lines: [11754, 11768],
      },
    ],
    targets: [
      {
        id: "I1-2025",
        kind: "deliverable",
        deliverable:
          "stesura dell'Accordo di rete e dei protocolli ASST/Ambiti e relative procedure tra servizi",
        text: "Anno 2025 – stesura dell’Accordo e protocolli ASST/Ambiti e relative procedure tra servizi",
        due: "2025-12-31",
        lines: [11715, 11716],
      },
      {
        id: "I1-2026",
        kind: "deliverable",
        deliverable: "approvazione e attivazione dell'Accordo e dei protocolli/procedure",
        text: "Anno 2026 – Approvazione e Attivazione Accordo protocolli/procedure",
        due: "2026-12-31",
        lines: [11718, 11719],
      },
      {
        id: "I1-2027",
        kind: "deliverable",
        deliverable: "monitoraggio dell'applicazione dell'Accordo e dei protocolli/procedure",
        text: "Anno 2027- monitoraggio applicazione Accordo protocolli/procedure",
        due: "2027-12-31",
        lines: [11721, 11722],
      },
      {
        id: "I2-T0",
        kind: "baseline",
        measure: "n. enti coinvolti nei Gruppi territoriali, anno 2025",
        text: "2025: T0",
        lines: [11728, 11728],
      },
      {
        id: "I2-2026",
        kind: "change",
        direction: "increase",
        measure: "n. enti coinvolti nei Gruppi territoriali",
        fromYear: 2025,
        toYear: 2026,
        text: "2026: n. enti coinvolti anno 2026 > n. enti coinvolti anno 2025",
        lines: [11730, 11731],
      },
      {
        id: "I2-2027",
        kind: "change",
        direction: "increase",
        measure: "n. enti coinvolti nei Gruppi territoriali",
        fromYear: 2026,
        toYear: 2027,
        text: "2027: n. enti coinvolti anno 2027 > n. enti coinvolti anno 2026",
        lines: [11733, 11734],
      },
      {
        id: "I3-T0",
        kind: "baseline",
        measure: "n. nuclei familiari presi in carico in ottica di prevenzione, anno 2025",
        text: "2025: T0",
        lines: [11743, 11743],
      },
      {
        id: "I3-2026",
        kind: "change",
        direction: "increase",
        measure: "n. nuclei familiari presi in carico in ottica di prevenzione",
        fromYear: 2025,
        toYear: 2026,
        text: "2026: n. nuclei familiari anno 2026 > n. nuclei familiari anno 2025",
        lines: [11745, 11746],
      },
      {
        id: "I3-2027",
        kind: "change",
        direction: "increase",
        measure: "n. nuclei familiari presi in carico in ottica di prevenzione",
        fromYear: 2026,
        toYear: 2027,
        text: "2027: n. nuclei familiari anno 2027 > n. nuclei familiari anno 2026",
        lines: [11748, 11749],
      },
      {
        id: "I4-PNRR",
        kind: "count-at-least",
        min: 30,
        unit: "progetti individualizzati (progetto PNRR)",
        per: "triennium",
        text: "per il progetto PNRR sono previsti 30 progetti individualizzati al marzo 2026",
        due: "2026-03-31",
        lines: [11758, 11759],
      },
      {
        id: "I4-2025",
        kind: "share-at-least",
        minPercent: "40",
        numerator: "progetti individualizzati",
        denominator: "valutazioni",
        per: "year",
        text: "Anno 2025 –maggiori o uguali al 40%",
        due: "2025-12-31",
        lines: [11764, 11764],
      },
      {
        id: "I4-2026",
        kind: "share-at-least",
        minPercent: "60",
        numerator: "progetti individualizzati",
        denominator: "valutazioni",
        per: "year",
        text: "Anno 2026 – maggiori o uguali al 60%",
        due: "2026-12-31",
        lines: [11766, 11766],
      },
      {
        id: "I4-2027",
        kind: "share-at-least",
        minPercent: "80",
        numerator: "progetti individualizzati",
        denominator: "valutazioni",
        per: "year",
        text: "Anno 2027- maggiori o uguali all’80%",
        due: "2027-12-31",
        lines: [11768, 11768],
      },
    ],
    source: { document: DOCUMENTS.gallarate, lines: [11380, 11791] },
  },
  // Ambiti, pua-integrati-uvm: Obiettivo LEPS: Punti Unici di Accesso (PUA) integrati e UVM: incremento operatori sociali (L11792-12096)
  // Slip L12089-12096: The impact targets compare "N persone" of one year with "N. persone e/o nuclei
  // familiari" of the previous one: two different measures on the two sides of ">". Inherited from the DGR
  // table (SEB L2677-2693); encoded as an increase of one measure.
  // Slip L12067-12079: The indicator printed under "Azione 3)" (shared unitary VM tools) does not measure
  // Azione 3 as titled ("favorire uno scambio e condivisione di informazioni su prestazioni, interventi e
  // risorse …", L11830-11833). Targets tied to Azione 3 as printed.
  // Note: TITOLO INTERVENTO (L11797-11798): "PUNTI UNICI DI ACCESSO (PUA) INTEGRATI E UVM: INCREMENTO OPERATORI
  // SOCIALI"; "Area di policy J)" at L11795.
  // Note: Field 7 (L11861-11865): SI, D) domiciliarità, E) anziani, K) interventi di sistema per il
  // potenziamento dell’ufficio di piano e rafforzamento della gestione associata; key points for D, E, K at
  // L11869-11895 (no field in LepsSchedaData). J, the home area, is not repeated among the transversal areas.
  // Note: Budget: "FNA € 40.000,00 annui per ogni assistente sociale …" is a yearly unit cost per social
  // worker; the scheda does not say how many social workers, so no annual or triennial total is encoded (total
  // null, no year). The label keeps the qualifier with " … " in place of the amount.
  // Note: cooperatingAmbiti: the form says "gli Ambiti dell’ASST Valle Olona" (L11920); the five are named at
  // L10123.
  // Note: The results field ties each indicator to an action ("Azione 1)"…"Azione 3)", L12049-12067): targets
  // carry the action code. The milestone "realizzazione di N. 1 accordo quadro e di N. 1 protocollo" gives two
  // one-document deliverables (A1-1, A1-2) besides the yearly stages.
  // Note: Process indicators without targets (L12041-12044): N. incontri del tavolo operativo; N.
  // azioni/attività di condivisione delle informazioni; N. sedute del tavolo operativo. Need indicator
  // (L11995-11996): "N. persone in condizioni complesse prese in carico al T0 (2025)" (the same baseline as
  // I4-T0).
  // Note: Form fields with no place in LepsSchedaData: continuità NO (L11930); "Nuovo servizio (équipe di
  // valutazione Multidimensionale con presenza dell’Assistente sociale dell’Ambito)" (L11936-11937); premiale
  // NO (L11944); co-programmato NO, co-progettato NO (L11953, L11960); altri attori SI: MMG, PLS, specialists
  // (L11982-11985); BISOGNO CONSOLIDATO (L12007); "Preventivo (intesa come prevenzione secondaria) e
  // riparativo" (L12013-12014); innovazione Sì (L12023-12026); digitalizzazione Sì (L12034).
  // Note: Compared with the DGR table (LEPS 4): the DGR's first indicator is a district protocol for integrated
  // evaluation (2025 definizione/aggiornamento e condivisione, 2026 attivazione); the Ambito's is "N. 1 accordo
  // quadro e … N. 1 protocollo" with a 2027 monitoraggio stage. The ratio (≥ 50/75/100%), the tools increase (≥
  // 1, then > previous) and the UVM increase match; the Ambito adds "Anno 2025: T0." and writes UVM where the
  // DGR writes UVMD.
  {
    author: "ambiti",
    leps: "pua-integrati-uvm",
    title: "Obiettivo LEPS: Punti Unici di Accesso (PUA) integrati e UVM: incremento operatori sociali",
    policyAreas: ["J"],
    goals:
      "Realizzazione insieme ad ASST e ATS di obiettivi, in collaborazione con gli ETS, al fine di rafforzare la Valutazione multidimensionale e l’efficacia delle equipe integrate. Coinvolgimento degli enti del Terzo Settore nella realizzazione del piano assistenziale individualizzato. Definire un accordo quadro a livello di ATS e un protocollo/procedura operativa di Distretto per il funzionamento dell’équipe integrata tra Ambito territoriale sociale e ambito sanitario per la valutazione multidimensionale. Assicurare la partecipazione della figura dell’assistente sociale comunale o di Ambito all’interno del Punto Unico di Accesso (PUA) delle Case di Comunità.",
    actions: [
      {
        code: "Azione 1",
        title:
          "Definizione di un Accordo Quadro a livello di ATS Insubria, ASST Valle Olona e Ambiti afferenti all’ASST Valle Olona e di un Protocollo operativo per ogni Distretto sociosanitario, per garantire l’effettiva operatività delle équipe, compiti e ruoli dei diversi attori.",
        lines: [11822, 11826],
      },
      {
        code: "Azione 2",
        title:
          "partecipazione dell’assistente sociale dell’Ambito alle valutazioni dell’équipe multidisciplinare dell’ASST.",
        lines: [11827, 11829],
      },
      {
        code: "Azione 3",
        title:
          "favorire uno scambio e condivisione di informazioni su prestazioni, interventi e risorse da mettere a disposizione dei cittadini dell’Ambito di Gallarate",
        lines: [11830, 11833],
      },
      {
        code: "Azione 4",
        title:
          "mantenimento del Tavolo operativo con ASST, Ambiti Territoriali e ATS per il monitoraggio della realizzazione del LEPS.",
        lines: [11834, 11836],
      },
    ],
    target:
      "Cittadini dell’Ambito Territoriale/Distretto – nuclei/singoli con bisogni sociali e/o sociosanitari complessi.",
    budget: {
      total: null,
      lines: [
        {
          fund: "fna",
          label:
            "FNA … annui per ogni assistente sociale assunta dal Capofila dell’Ambito e dedicata alle valutazioni multidimensionali (PUA).",
          amount: "40000",
          printed: "€ 40.000,00",
          nature: "pubblica",
          lines: [11846, 11848],
        },
      ],
      text: "FNA € 40.000,00 annui per ogni assistente sociale assunta dal Capofila dell’Ambito e dedicata alle valutazioni multidimensionali (PUA).",
      source: { document: DOCUMENTS.gallarate, lines: [11843, 11848] },
    },
    staff:
      "Figura dell’assistente sociale comunale o di Ambito all’interno del Punto Unico di Accesso (PUA) delle Case di Comunità.",
    cooperatingAmbiti: ["Busto Arsizio", "Castellanza", "Gallarate", "Saronno", "Somma Lombardo"],
    asstInAnalysis: { answer: "si", lines: [11898, 11903] },
    asstInDelivery: {
      answer: "si",
      text: "ASST è coinvolta nella realizzazione di tutte le azioni sopraindicate. I compiti verranno dettagliati nel Protocollo",
      lines: [11911, 11913],
    },
    indicators: [
      {
        text: "realizzazione di N. 1 accordo quadro e di N. 1 protocollo.",
        kind: "milestone",
        targets: [
          {
            year: 2025,
            rule: "stage-reached",
            stage: "definizione",
            text: "Anno 2025: definizione e sottoscrizione dell’Accordo Quadro e del Protocollo",
          },
          {
            year: 2026,
            rule: "stage-reached",
            stage: "attivazione",
            text: "Anno 2026: attivazione dell’Accordo Quadro e del Protocollo",
          },
          {
            year: 2027,
            rule: "stage-reached",
            stage: "monitoraggio",
            text: "Anno 2027: monitoraggio Accordo Quadro e del Protocollo",
          },
        ],
        lines: [12049, 12057],
      },
      {
        text: "N. valutazioni che vedono la partecipazione dell’Assistente sociale di Ambito/N. complessivo di valutazioni effettuate (inserire nel protocollo)",
        kind: "ratio-at-least",
        targets: [
          { year: 2025, rule: "ratio-at-least", thresholdPercent: "50", text: "Anno 2025: ≥ 50%" },
          { year: 2026, rule: "ratio-at-least", thresholdPercent: "75", text: "Anno 2026: ≥ 75%" },
          { year: 2027, rule: "ratio-at-least", thresholdPercent: "100", text: "Anno 2027: 100%" },
        ],
        lines: [12059, 12065],
      },
      {
        text: "Incremento numero strumenti unitari di Distretto per la valutazione multidimensionale condivisi tra ambito territoriale sociale e ambito sanitario",
        kind: "increase",
        targets: [
          {
            year: 2025,
            rule: "count-at-least",
            minimum: 1,
            text: "Anno 2025: N. strumenti di valutazione unitari condivisi ≥ 1",
          },
          {
            year: 2026,
            rule: "greater-than-previous",
            text: "Anno 2026: N. strumenti di valutazione unitari condivisi anno 2026 > N. strumenti di valutazione unitari condivisi anno 2025",
          },
          {
            year: 2027,
            rule: "greater-than-previous",
            text: "Anno 2027: N. strumenti di valutazione unitari condivisi anno 2027 > N. strumenti di valutazione unitari condivisi anno 2026.",
          },
        ],
        lines: [12067, 12079],
      },
      {
        text: "Incremento numero persone in condizioni complesse prese in carico dalle Unità di Valutazione Multidimensionale (UVM)",
        kind: "increase",
        targets: [
          {
            year: 2026,
            rule: "greater-than-previous",
            text: "Anno 2026: N persone in condizioni complesse prese in carico dalle UVM anno 2026 > N. persone e/o nuclei familiari in condizioni complesse prese in carico dalle UVM anno 2025.",
          },
          {
            year: 2027,
            rule: "greater-than-previous",
            text: "Anno 2027: N persone in condizioni complesse prese in carico dalle UVM anno 2027 > N. persone e/o nuclei familiari in condizioni complesse prese in carico dalle UVM anno 2026.",
          },
        ],
        lines: [12085, 12096],
      },
    ],
    targets: [
      {
        id: "A1-1",
        action: "Azione 1",
        kind: "deliverable",
        deliverable: "Accordo quadro (N. 1)",
        text: "realizzazione di N. 1 accordo quadro e di N. 1 protocollo.",
        lines: [12050, 12051],
      },
      {
        id: "A1-2",
        action: "Azione 1",
        kind: "deliverable",
        deliverable: "Protocollo (N. 1)",
        text: "realizzazione di N. 1 accordo quadro e di N. 1 protocollo.",
        lines: [12050, 12051],
      },
      {
        id: "I1-2025",
        action: "Azione 1",
        kind: "deliverable",
        deliverable: "definizione e sottoscrizione dell'Accordo Quadro e del Protocollo",
        text: "Anno 2025: definizione e sottoscrizione dell’Accordo Quadro e del Protocollo",
        due: "2025-12-31",
        lines: [12052, 12053],
      },
      {
        id: "I1-2026",
        action: "Azione 1",
        kind: "deliverable",
        deliverable: "attivazione dell'Accordo Quadro e del Protocollo",
        text: "Anno 2026: attivazione dell’Accordo Quadro e del Protocollo",
        due: "2026-12-31",
        lines: [12054, 12055],
      },
      {
        id: "I1-2027",
        action: "Azione 1",
        kind: "deliverable",
        deliverable: "monitoraggio dell'Accordo Quadro e del Protocollo",
        text: "Anno 2027: monitoraggio Accordo Quadro e del Protocollo",
        due: "2027-12-31",
        lines: [12056, 12057],
      },
      {
        id: "I2-2025",
        action: "Azione 2",
        kind: "share-at-least",
        minPercent: "50",
        numerator: "valutazioni che vedono la partecipazione dell’Assistente sociale di Ambito",
        denominator: "valutazioni effettuate",
        per: "year",
        text: "Anno 2025: ≥ 50%",
        due: "2025-12-31",
        lines: [12063, 12063],
      },
      {
        id: "I2-2026",
        action: "Azione 2",
        kind: "share-at-least",
        minPercent: "75",
        numerator: "valutazioni che vedono la partecipazione dell’Assistente sociale di Ambito",
        denominator: "valutazioni effettuate",
        per: "year",
        text: "Anno 2026: ≥ 75%",
        due: "2026-12-31",
        lines: [12064, 12064],
      },
      {
        id: "I2-2027",
        action: "Azione 2",
        kind: "share-at-least",
        minPercent: "100",
        numerator: "valutazioni che vedono la partecipazione dell’Assistente sociale di Ambito",
        denominator: "valutazioni effettuate",
        per: "year",
        text: "Anno 2027: 100%",
        due: "2027-12-31",
        lines: [12065, 12065],
      },
      {
        id: "I3-2025",
        action: "Azione 3",
        kind: "count-at-least",
        min: 1,
        unit: "strumenti di valutazione unitari condivisi",
        per: "year",
        text: "Anno 2025: N. strumenti di valutazione unitari condivisi ≥ 1",
        due: "2025-12-31",
        lines: [12072, 12073],
      },
      {
        id: "I3-2026",
        action: "Azione 3",
        kind: "change",
        direction: "increase",
        measure: "N. strumenti di valutazione unitari condivisi",
        fromYear: 2025,
        toYear: 2026,
        text: "Anno 2026: N. strumenti di valutazione unitari condivisi anno 2026 > N. strumenti di valutazione unitari condivisi anno 2025",
        lines: [12074, 12076],
      },
      {
        id: "I3-2027",
        action: "Azione 3",
        kind: "change",
        direction: "increase",
        measure: "N. strumenti di valutazione unitari condivisi",
        fromYear: 2026,
        toYear: 2027,
        text: "Anno 2027: N. strumenti di valutazione unitari condivisi anno 2027 > N. strumenti di valutazione unitari condivisi anno 2026.",
        lines: [12077, 12079],
      },
      {
        id: "I4-T0",
        kind: "baseline",
        measure: "N. persone in condizioni complesse prese in carico dalle UVM, anno 2025",
        text: "Anno 2025: T0.",
        lines: [12088, 12088],
      },
      {
        id: "I4-2026",
        kind: "change",
        direction: "increase",
        measure: "N. persone (e/o nuclei familiari) in condizioni complesse prese in carico dalle UVM",
        fromYear: 2025,
        toYear: 2026,
        text: "Anno 2026: N persone in condizioni complesse prese in carico dalle UVM anno 2026 > N. persone e/o nuclei familiari in condizioni complesse prese in carico dalle UVM anno 2025.",
        lines: [12089, 12092],
      },
      {
        id: "I4-2027",
        kind: "change",
        direction: "increase",
        measure: "N. persone (e/o nuclei familiari) in condizioni complesse prese in carico dalle UVM",
        fromYear: 2026,
        toYear: 2027,
        text: "Anno 2027: N persone in condizioni complesse prese in carico dalle UVM anno 2027 > N. persone e/o nuclei familiari in condizioni complesse prese in carico dalle UVM anno 2026.",
        lines: [12093, 12096],
      },
    ],
    source: { document: DOCUMENTS.gallarate, lines: [11792, 12096] },
  },
  // ASST, dimissioni-protette: Obiettivo LEPS: Transitional Care – Dimissioni/Ammissioni Protette (L12107-12406)
  // Slip L12344-12356: The form says "Si recepiscono integralmente gli indicatori individuati con la DGR
  // 2167/2024" but indicator 1 differs from the DGR ("Aggiornamento" for "Definizione o aggiornamento"; 2026
  // "Monitoraggio applicazione del protocollo procedura" for the DGR's "Attivazione del protocollo/ procedura",
  // SEB L2465). Encoded as printed.
  // Note: ASST form (7.1.2): fields "Criticità o razionale del progetto", "Matrice linee di intervento / aree
  // tematiche (DGR XII/2089)", "Destinatari specifici dell’intervento (target)", "Descrizione del servizio /
  // progetto", "Ambito territoriale di realizzazione", "Attori/Enti coinvolti", "Risorse ASST necessarie per
  // attuazione del progetto", "Progettualità presente nel Piano di Zona e nel PPT", "Anno Avvio / Anno Fine",
  // "Indicatore e risultato atteso". It has no area of policy (policyAreas []), no actions field (actions []),
  // no economic resources (budget null) and no ASST-involvement questions (asstInAnalysis/asstInDelivery
  // omitted).
  // Note: goals = "Descrizione del servizio / progetto" (L12254-12290); staff = "Risorse ASST necessarie per
  // attuazione del progetto" (L12320).
  // Note: Criticità o razionale (L12114-12121): "Uno degli aspetti più critici, connessi con l’erogazione di
  // un’assistenza sicura e di alta qualità, è rappresentato dal coordinamento e integrazione tra differenti
  // strutture … si ritiene necessario definire un processo in grado di agevolare l’integrazione tra servizi e
  // professionisti coinvolti, facilitando il percorso di continuità assistenziale della persona e della sua
  // famiglia."
  // Note: Matrice LI/AT (L12123-12231): X marks under AT 1 Valutazione (3), AT 2 Continuità dell’assistenza tra
  // setting di cura (2), AT 3 Cure domiciliari (2), AT 4 Percorsi di integrazione con le cure primarie (1); the
  // column positions (LI 1-7) are lost in the text edition. No field in LepsSchedaData.
  // Note: Ambito territoriale di realizzazione: "Tutti i Distretti dell’ASST Valle Olona." (L12302), so
  // cooperatingAmbiti []. Attori/Enti coinvolti: "ASST, Cure Primarie, Ambiti Territoriali Sociali, Enti del
  // Terzo Settore." (L12307). Progettualità: Si PdZ, Si PPT (L12329-12331). Anno Avvio / Anno Fine 2025-2027
  // (L12335-12336).
  // Note: The ASST target merges the Ambito form's two target groups ("… residenti sul territorio nazionale
  // senza fissa dimora afferenti al territorio …").
  // Note: The six indicators and yearly targets are identical to the Ambito form's (L10632-10703).
  {
    author: "asst",
    leps: "dimissioni-protette",
    title: "Obiettivo LEPS: Transitional Care – Dimissioni/Ammissioni Protette",
    policyAreas: [],
    goals:
      "Le condizioni di non autosufficienza e/o di fragilità necessitano di interventi domiciliari e/o di dimissioni protette potenziati e ampliati. La risposta a tali bisogni deve essere flessibile, tempestiva e coordinata con altri servizi correlati. Il potenziamento passa attraverso un aumento della copertura, un maggiore raccordo con i servizi sociosanitari e ospedalieri e la istituzionalizzazione dei percorsi di presa in carico e di modelli innovativi. Occorre aggiornare i protocolli/procedure per le dimissioni protette, alla luce del ruolo assunto dalle COT, con tutti gli attori coinvolti: ASST, ATS e gli ETS, definendo Scopo, Destinatari, Azioni, Attori, Tempi Responsabilità. Gli obiettivi del progetto “Transitional Care” possono essere così sintetizzati: - Promuovere l’assistenza delle persone fragili e con perdita progressiva di autonomia, attraverso l’intercettazione precoce del bisogno e della iniziale fragilità garantendone la presa in carico sociosanitaria; - Contribuire a ridurre il numero dei ricoveri reiterati presso i presidi ospedalieri; - Aumentare il grado di appropriatezza e personalizzazione delle prestazioni; - Favorire il decongestionamento dei Pronto Soccorso; - Promuovere un modello organizzativo gestionale omogeneo e continuativo nei diversi ambiti territoriali del distretto per la gestione integrata e coordinata degli interventi; - Sostenere l’autonomia residua e il miglioramento dei livelli di qualità di vita, incrementando la consapevolezza e la responsabilità delle figure di riferimento della persona fragile, superando la logica assistenziale; - Uniformare i criteri di valutazione e accesso agli interventi/opportunità. Il LEPS delle Dimissioni protette richiede la necessaria integrazione con il Livello essenziale dell’assistenza sanitaria (LEA) delle Cure domiciliari.",
    actions: [],
    target:
      "Il target di riferimento è rappresentato da persone anziane non autosufficienti e/o in condizioni di fragilità o persone infra sessantacinquenni ad essi assimilabili, residenti sul territorio nazionale senza fissa dimora afferenti al territorio, non supportate da una rete formale o informale adeguata, costante e continuata, per i quali gli interventi sono volti a sostenere il rientro e la permanenza a domicilio a seguito di ricovero ospedaliero o dimissione da una struttura riabilitativa o servizio accreditato.",
    budget: null,
    staff: "Medici Specialisti, Medici del Distretto, IFeC, Assistenti Sociali.",
    cooperatingAmbiti: [],
    indicators: [
      {
        text: "Aggiornamento protocollo/procedura per le dimissioni protette definito per assicurare la Transitional Care con la ASST di riferimento, ATS e gli ETS",
        kind: "milestone",
        targets: [
          {
            year: 2025,
            rule: "stage-reached",
            stage: "definizione",
            text: "Anno 2025: Definizione protocollo unitario con aggiornamento e condivisione protocollo esistenti in sede di Cabina di Regia della ASST, costituita nei modi previsti dalla normativa vigente con la partecipazione, oltre che della ATS, dell'Ambito territoriale/Comuni, degli ETS e tutti i soggetti interessati",
          },
          {
            year: 2026,
            rule: "stage-reached",
            stage: "monitoraggio",
            text: "Anno 2026: Monitoraggio applicazione del protocollo procedura",
          },
        ],
        lines: [12347, 12356],
      },
      {
        text: "Numero utenti con bisogno di attivare servizi sociali territoriali che hanno beneficiato del servizio di dimissioni protette/Numero utenti con bisogno di attivare servizi sociali territoriali che hanno espresso il bisogno del servizio",
        kind: "ratio-at-least",
        targets: [
          { year: 2026, rule: "ratio-at-least", thresholdPercent: "50", text: "Anno 2026: ≥ 50%" },
          { year: 2027, rule: "ratio-at-least", thresholdPercent: "75", text: "Anno 2027: ≥ 75%" },
        ],
        lines: [12358, 12364],
      },
      {
        text: "Riduzione tempo medio di attesa della dimissione per il ritorno a domicilio",
        kind: "decrease",
        targets: [
          {
            year: 2026,
            rule: "less-than-previous",
            text: "Anno 2026: Tempo medio di attesa anno 2026 < Tempo medio di attesa anno 2025",
          },
          {
            year: 2027,
            rule: "less-than-previous",
            text: "Anno 2027: Tempo medio di attesa anno 2027 < Tempo medio di attesa anno 2026",
          },
        ],
        lines: [12366, 12372],
      },
      {
        text: "Riduzione tempo medio di attesa della dimissione per il ritorno in struttura residenziale",
        kind: "decrease",
        targets: [
          {
            year: 2026,
            rule: "less-than-previous",
            text: "Anno 2026: Tempo medio di attesa anno 2026 < Tempo medio di attesa anno 2025",
          },
          {
            year: 2027,
            rule: "less-than-previous",
            text: "Anno 2027: Tempo medio di attesa anno 2027 < Tempo medio di attesa anno 2026",
          },
        ],
        lines: [12374, 12380],
      },
      {
        text: "Incremento numero incontri formativi per caregiver familiari e/o assistenti familiari per sostenere l’autonomia residua e il miglioramento dei livelli di qualità di vita delle persone fragili a domicilio",
        kind: "increase",
        targets: [
          {
            year: 2026,
            rule: "greater-than-previous",
            text: "Anno 2026: N incontri formativi per caregiver familiari e/o assistenti familiari svolti nel 2026 > N incontri formativi per caregiver familiari e/o assistenti familiari svolti nel 2025",
          },
          {
            year: 2027,
            rule: "greater-than-previous",
            text: "Anno 2027: N incontri formativi per caregiver familiari e/o assistenti familiari svolti nel 2027 > N incontri formativi per caregiver familiari e/o assistenti familiari svolti nel 2026",
          },
        ],
        lines: [12383, 12392],
      },
      {
        text: "Incremento numero dimissioni protette gestite attraverso l'integrazione informativa e informatizzata tra ambito sanitario e cartella sociale informatizzata",
        kind: "increase",
        targets: [
          {
            year: 2026,
            rule: "greater-than-previous",
            text: "Anno 2026: N. dimissioni protette gestite attraverso l'integrazione informativa anno 2026 > N. dimissioni protette gestite attraverso l'integrazione informativa anno 2025",
          },
          {
            year: 2027,
            rule: "greater-than-previous",
            text: "Anno 2027: N. dimissioni protette gestite attraverso l'integrazione informativa anno 2027 > N. dimissioni protette gestite attraverso l'integrazione informativa anno 2026",
          },
        ],
        lines: [12395, 12406],
      },
    ],
    targets: [
      {
        id: "I1-2025",
        kind: "deliverable",
        deliverable:
          "protocollo unitario per le dimissioni protette (aggiornamento e condivisione dei protocolli esistenti) definito in Cabina di Regia della ASST",
        text: "Anno 2025: Definizione protocollo unitario con aggiornamento e condivisione protocollo esistenti in sede di Cabina di Regia della ASST, costituita nei modi previsti dalla normativa vigente con la partecipazione, oltre che della ATS, dell'Ambito territoriale/Comuni, degli ETS e tutti i soggetti interessati",
        due: "2025-12-31",
        lines: [12351, 12355],
      },
      {
        id: "I1-2026",
        kind: "deliverable",
        deliverable: "monitoraggio dell'applicazione del protocollo/procedura",
        text: "Anno 2026: Monitoraggio applicazione del protocollo procedura",
        due: "2026-12-31",
        lines: [12356, 12356],
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
        text: "Anno 2026: ≥ 50%",
        due: "2026-12-31",
        lines: [12363, 12363],
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
        text: "Anno 2027: ≥ 75%",
        due: "2027-12-31",
        lines: [12364, 12364],
      },
      {
        id: "I3-2026",
        kind: "change",
        direction: "decrease",
        measure: "tempo medio di attesa della dimissione per il ritorno a domicilio",
        fromYear: 2025,
        toYear: 2026,
        text: "Anno 2026: Tempo medio di attesa anno 2026 < Tempo medio di attesa anno 2025",
        lines: [12369, 12370],
      },
      {
        id: "I3-2027",
        kind: "change",
        direction: "decrease",
        measure: "tempo medio di attesa della dimissione per il ritorno a domicilio",
        fromYear: 2026,
        toYear: 2027,
        text: "Anno 2027: Tempo medio di attesa anno 2027 < Tempo medio di attesa anno 2026",
        lines: [12371, 12372],
      },
      {
        id: "I4-2026",
        kind: "change",
        direction: "decrease",
        measure: "tempo medio di attesa della dimissione per il ritorno in struttura residenziale",
        fromYear: 2025,
        toYear: 2026,
        text: "Anno 2026: Tempo medio di attesa anno 2026 < Tempo medio di attesa anno 2025",
        lines: [12377, 12378],
      },
      {
        id: "I4-2027",
        kind: "change",
        direction: "decrease",
        measure: "tempo medio di attesa della dimissione per il ritorno in struttura residenziale",
        fromYear: 2026,
        toYear: 2027,
        text: "Anno 2027: Tempo medio di attesa anno 2027 < Tempo medio di attesa anno 2026",
        lines: [12379, 12380],
      },
      {
        id: "I5-2026",
        kind: "change",
        direction: "increase",
        measure: "N incontri formativi per caregiver familiari e/o assistenti familiari svolti",
        fromYear: 2025,
        toYear: 2026,
        text: "Anno 2026: N incontri formativi per caregiver familiari e/o assistenti familiari svolti nel 2026 > N incontri formativi per caregiver familiari e/o assistenti familiari svolti nel 2025",
        lines: [12387, 12389],
      },
      {
        id: "I5-2027",
        kind: "change",
        direction: "increase",
        measure: "N incontri formativi per caregiver familiari e/o assistenti familiari svolti",
        fromYear: 2026,
        toYear: 2027,
        text: "Anno 2027: N incontri formativi per caregiver familiari e/o assistenti familiari svolti nel 2027 > N incontri formativi per caregiver familiari e/o assistenti familiari svolti nel 2026",
        lines: [12390, 12392],
      },
      {
        id: "I6-2026",
        kind: "change",
        direction: "increase",
        measure: "N. dimissioni protette gestite attraverso l'integrazione informativa",
        fromYear: 2025,
        toYear: 2026,
        text: "Anno 2026: N. dimissioni protette gestite attraverso l'integrazione informativa anno 2026 > N. dimissioni protette gestite attraverso l'integrazione informativa anno 2025",
        lines: [12399, 12402],
      },
      {
        id: "I6-2027",
        kind: "change",
        direction: "increase",
        measure: "N. dimissioni protette gestite attraverso l'integrazione informativa",
        fromYear: 2026,
        toYear: 2027,
        text: "Anno 2027: N. dimissioni protette gestite attraverso l'integrazione informativa anno 2027 > N. dimissioni protette gestite attraverso l'integrazione informativa anno 2026",
        lines: [12403, 12406],
      },
    ],
    source: { document: DOCUMENTS.gallarate, lines: [12107, 12406] },
  },
  // ASST, incremento-sad: Obiettivo LEPS: Incremento SAD (L12410-12669)
  // Slip L12553-12589: The "Descrizione del servizio / progetto" of the SAD form is a copy of the Transitional
  // Care form's (L12254-12290): it lists "Gli obiettivi del progetto “Transitional Care”", calls for updating
  // the protocols "per le dimissioni protette" and ends with the LEPS Dimissioni protette / LEA note; nothing
  // in it describes the SAD. Encoded as printed.
  // Note: ASST form: no area of policy, actions, economic resources or ASST-involvement fields (see the
  // Transitional Care entry). goals = "Descrizione del servizio / progetto" (L12553-12589); staff = "Risorse
  // ASST necessarie" (L12614).
  // Note: Criticità o razionale (L12417-12424): the Transitional Care text with "l’attivazione del servizio
  // SAD" in place of "la dimissione di un paziente fragile".
  // Note: Matrice LI/AT (L12426-12533): X marks under AT 1 (3), AT 2 (2), AT 3 (2), AT 4 (1), as in the
  // Transitional Care form; columns lost.
  // Note: Ambito territoriale di realizzazione "Tutti i Distretti dell’ASST Valle Olona." (L12597); Attori/Enti
  // "ASST, Cure Primarie, Ambiti Territoriali Sociali, Enti del Terzo Settore." (L12601); Si PdZ, Si PPT;
  // 2025-2027.
  // Note: "Si recepiscono integralmente gli indicatori individuati con la DGR 2167/2024 per ciò che concerne il
  // LEPS Incremento SAD" (L12638-12639): the three indicators and thresholds match the DGR table (LEPS 5).
  // Unlike the Ambito form (L11043) there is no "Anno 2023: t0" row; indicator 1 opens "Numero" where the
  // Ambito form has "N.".
  {
    author: "asst",
    leps: "incremento-sad",
    title: "Obiettivo LEPS: Incremento SAD",
    policyAreas: [],
    goals:
      "Le condizioni di non autosufficienza e/o di fragilità necessitano di interventi domiciliari e/o di dimissioni protette potenziati e ampliati. La risposta a tali bisogni deve essere flessibile, tempestiva e coordinata con altri servizi correlati. Il potenziamento passa attraverso un aumento della copertura, un maggiore raccordo con i servizi sociosanitari e ospedalieri e la istituzionalizzazione dei percorsi di presa in carico e di modelli innovativi. Occorre aggiornare i protocolli/procedure per le dimissioni protette, alla luce del ruolo assunto dalle COT, con tutti gli attori coinvolti: ASST, ATS e gli ETS, definendo Scopo, Destinatari, Azioni, Attori, Tempi Responsabilità. Gli obiettivi del progetto “Transitional Care” possono essere così sintetizzati: - Promuovere l’assistenza delle persone fragili e con perdita progressiva di autonomia, attraverso l’intercettazione precoce del bisogno e della iniziale fragilità garantendone la presa in carico sociosanitaria; - Contribuire a ridurre il numero dei ricoveri reiterati presso i presidi ospedalieri; - Aumentare il grado di appropriatezza e personalizzazione delle prestazioni; - Favorire il decongestionamento dei Pronto Soccorso; - Promuovere un modello organizzativo gestionale omogeneo e continuativo nei diversi ambiti territoriali del distretto per la gestione integrata e coordinata degli interventi; - Sostenere l’autonomia residua e il miglioramento dei livelli di qualità di vita, incrementando la consapevolezza e la responsabilità delle figure di riferimento della persona fragile, superando la logica assistenziale; - Uniformare i criteri di valutazione e accesso agli interventi/opportunità. Il LEPS delle Dimissioni protette richiede la necessaria integrazione con il Livello essenziale dell’assistenza sanitaria (LEA) delle Cure domiciliari.",
    actions: [],
    target:
      "Il target di riferimento è rappresentato da persone anziane non autosufficienti e/o in condizioni di fragilità o persone infra sessantacinquenni ad essi assimilabili, residenti sul territorio nazionale senza fissa dimora afferenti al territorio, non supportate da una rete formale o informale adeguata, costante e continuata, per i quali gli interventi sono volti a sostenere il rientro e la permanenza a domicilio.",
    budget: null,
    staff: "Medici Specialisti, Medici del Distretto, IFeC, Assistenti Sociali.",
    cooperatingAmbiti: [],
    indicators: [
      {
        text: "Numero Progetti individualizzati SAD per anziani non autosufficienti ad alto bisogno assistenziale con piano individualizzato unico integrato con ambito sanitario/N Progetti individualizzati SAD per anziani non autosufficienti ad alto bisogno assistenziale",
        kind: "ratio-at-least",
        targets: [
          { year: 2025, rule: "ratio-at-least", thresholdPercent: "50", text: "Anno 2025: ≥ 50%" },
          { year: 2026, rule: "ratio-at-least", thresholdPercent: "75", text: "Anno 2026: ≥ 75%" },
          { year: 2027, rule: "ratio-at-least", thresholdPercent: "100", text: "Anno 2027: 100%" },
        ],
        lines: [12642, 12649],
      },
      {
        text: "N. Progetti Individualizzati SAD che comprendono percorsi di dimissioni protette/N casi di dimissioni protette che necessitano di SAD",
        kind: "ratio-at-least",
        targets: [
          { year: 2026, rule: "ratio-at-least", thresholdPercent: "50", text: "Anno 2026: ≥ 50%" },
          { year: 2027, rule: "ratio-at-least", thresholdPercent: "75", text: "Anno 2027: ≥ 75%" },
        ],
        lines: [12651, 12655],
      },
      {
        text: "Incremento numero prese in carico SAD con intero processo caratteristico gestito attraverso la cartella sociale informatizzata (accesso/orientamento -> valutazione del bisogno -> progetto individualizzato -> erogazione del servizio SAD -> valutazione finale/conclusione)",
        kind: "increase",
        targets: [
          {
            year: 2026,
            rule: "greater-than-previous",
            text: "N. prese in carico SAD con intero processo caratteristico gestito attraverso la CSI anno 2026 > N. prese in carico SAD con intero processo caratteristico gestito attraverso la CSI anno 2025",
          },
          {
            year: 2027,
            rule: "greater-than-previous",
            text: "N. prese in carico SAD con intero processo caratteristico gestito attraverso la CSI anno 2027 > N. prese in carico SAD con intero processo caratteristico gestito attraverso la CSI anno 2026",
          },
        ],
        lines: [12657, 12669],
      },
    ],
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
        text: "Anno 2025: ≥ 50%",
        due: "2025-12-31",
        lines: [12647, 12647],
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
        text: "Anno 2026: ≥ 75%",
        due: "2026-12-31",
        lines: [12648, 12648],
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
        text: "Anno 2027: 100%",
        due: "2027-12-31",
        lines: [12649, 12649],
      },
      {
        id: "I2-2026",
        kind: "share-at-least",
        minPercent: "50",
        numerator: "Progetti Individualizzati SAD che comprendono percorsi di dimissioni protette",
        denominator: "casi di dimissioni protette che necessitano di SAD",
        per: "year",
        text: "Anno 2026: ≥ 50%",
        due: "2026-12-31",
        lines: [12654, 12654],
      },
      {
        id: "I2-2027",
        kind: "share-at-least",
        minPercent: "75",
        numerator: "Progetti Individualizzati SAD che comprendono percorsi di dimissioni protette",
        denominator: "casi di dimissioni protette che necessitano di SAD",
        per: "year",
        text: "Anno 2027: ≥ 75%",
        due: "2027-12-31",
        lines: [12655, 12655],
      },
      {
        id: "I3-2026",
        kind: "change",
        direction: "increase",
        measure: "N. prese in carico SAD con intero processo caratteristico gestito attraverso la CSI",
        fromYear: 2025,
        toYear: 2026,
        text: "N. prese in carico SAD con intero processo caratteristico gestito attraverso la CSI anno 2026 > N. prese in carico SAD con intero processo caratteristico gestito attraverso la CSI anno 2025",
        lines: [12663, 12665],
      },
      {
        id: "I3-2027",
        kind: "change",
        direction: "increase",
        measure: "N. prese in carico SAD con intero processo caratteristico gestito attraverso la CSI",
        fromYear: 2026,
        toYear: 2027,
        text: "N. prese in carico SAD con intero processo caratteristico gestito attraverso la CSI anno 2027 > N. prese in carico SAD con intero processo caratteristico gestito attraverso la CSI anno 2026",
        lines: [12667, 12669],
      },
    ],
    source: { document: DOCUMENTS.gallarate, lines: [12410, 12669] },
  },
  // ASST, valutazione-multidimensionale-progetto-personalizzato: Obiettivo LEPS: Valutazione Multidimensionale e Progetto Personalizzato (L12673-12936)
  // Slip L12675-12679: The "Criticità o razionale del progetto" box is blank (the only ASST form that leaves it
  // empty).
  // Slip L12926-12936: The ASST form gives thresholds (≥ 50% / ≥ 75% / 100%) for the professional-types
  // indicator that the Ambito form (L11362-11365) prints without any, and writes the 2027 training target
  // "100%" where the Ambito form writes ">= 100%" (L11360): the two "harmonised" schede disagree.
  // Note: ASST form: no area of policy, actions, economic resources or ASST-involvement fields. goals =
  // "Descrizione del servizio / progetto" (L12821-12827); staff = "Risorse ASST necessarie per attuazione del
  // progetto (specificando se già presenti in organico)" (L12874-12881).
  // Note: Matrice LI/AT (L12681-12802): four X marks under AT 1 Valutazione (L12732), columns lost.
  // Note: Ambito territoriale di realizzazione: "Tutti i Distretti dell’ASST Valle Olona., Ambito di Sesto
  // Calende e Ambito di Tradate." (L12847-12848): cooperatingAmbiti lists the two Ambiti named outside the
  // ASST's districts. Attori/Enti: "ASST, Ambiti Territoriali Sociali, CPI, ETS, Volontariato e
  // Associazionismo." (L12855-12856). Si PdZ, Si PPT; 2025-2027.
  // Note: The form prints no "Si recepiscono integralmente …" sentence here; its three indicators and
  // thresholds match the DGR table (LEPS 1) except the added "(pari al numero di incontri verbalizzati)" and
  // the 2025 wording "Incremento numero EEMM attivate >= 1" (DGR: "N. EEMM attivate ≥ 1"), encoded as
  // count-at-least 1.
  {
    author: "asst",
    leps: "valutazione-multidimensionale-progetto-personalizzato",
    title: "Obiettivo LEPS: Valutazione Multidimensionale e Progetto Personalizzato",
    policyAreas: [],
    goals:
      "Consolidamento e attuazione dei protocolli sottoscritti e vigenti tra ASST e Ambiti territoriali e nello specifico attivazione delle equipe multidisciplinari integrate tra Ambiti ed ASST su casi specifici che necessitano di una valutazione multidimensionale al fine della definizione di un patto per l’inclusione sociale e della presa in carico dei beneficiari, condividendo modalità operative (ex art. 2 accordo vigente)",
    actions: [],
    target:
      "Nuclei con bisogni complessi beneficiari di misura ADI, con particolare attenzione a persone con problematiche connesse ai disturbi mentali, a dipendenze patologiche in carico ai servizi specialistici.",
    budget: null,
    staff:
      "Medici Psichiatri Psicologi, Infermieri Educatori Professionali Terapisti della riabilitazione Psichiatrica (TERP) Assistenti Sociali PLS MMG",
    cooperatingAmbiti: ["Sesto Calende", "Tradate"],
    indicators: [
      {
        text: "incremento numero EEMM attivate (pari al numero di incontri verbalizzati)",
        kind: "increase",
        targets: [
          {
            year: 2025,
            rule: "count-at-least",
            minimum: 1,
            text: "2025 Incremento numero EEMM attivate >= 1",
          },
          {
            year: 2026,
            rule: "greater-than-previous",
            text: "2026 n. EEMM attivate anno 2026 > di EEMM attivate anno 2025",
          },
          {
            year: 2027,
            rule: "greater-than-previous",
            text: "2027 n. EEMM attivate anno 2027 > di EEMM attivate anno 2026",
          },
        ],
        lines: [12904, 12913],
      },
      {
        text: "numero incontri formativi svolti/numero incontri formativi previsti",
        kind: "ratio-at-least",
        targets: [
          { year: 2025, rule: "ratio-at-least", thresholdPercent: "50", text: "2025 >= 50%" },
          { year: 2026, rule: "ratio-at-least", thresholdPercent: "75", text: "2026 >= 75%" },
          { year: 2027, rule: "ratio-at-least", thresholdPercent: "100", text: "2027 100%" },
        ],
        lines: [12915, 12924],
      },
      {
        text: "numero tipologie professionali che compongono le EEMM/numero tipologie professionali presenti nell’organizzazione, gestione ed erogazione dei servizi",
        kind: "ratio-at-least",
        targets: [
          { year: 2025, rule: "ratio-at-least", thresholdPercent: "50", text: "2025 >= 50%" },
          { year: 2026, rule: "ratio-at-least", thresholdPercent: "75", text: "2026 >= 75%" },
          { year: 2027, rule: "ratio-at-least", thresholdPercent: "100", text: "2027 100%" },
        ],
        lines: [12926, 12936],
      },
    ],
    targets: [
      {
        id: "I1-2025",
        kind: "count-at-least",
        min: 1,
        unit: "EEMM attivate in più (incremento)",
        per: "year",
        text: "Incremento numero EEMM attivate >= 1",
        due: "2025-12-31",
        lines: [12906, 12907],
      },
      {
        id: "I1-2026",
        kind: "change",
        direction: "increase",
        measure: "n. EEMM attivate (pari al numero di incontri verbalizzati)",
        fromYear: 2025,
        toYear: 2026,
        text: "n. EEMM attivate anno 2026 > di EEMM attivate anno 2025",
        lines: [12909, 12910],
      },
      {
        id: "I1-2027",
        kind: "change",
        direction: "increase",
        measure: "n. EEMM attivate (pari al numero di incontri verbalizzati)",
        fromYear: 2026,
        toYear: 2027,
        text: "n. EEMM attivate anno 2027 > di EEMM attivate anno 2026",
        lines: [12912, 12913],
      },
      {
        id: "I2-2025",
        kind: "share-at-least",
        minPercent: "50",
        numerator: "incontri formativi svolti",
        denominator: "incontri formativi previsti",
        per: "year",
        text: "2025 >= 50%",
        due: "2025-12-31",
        lines: [12917, 12918],
      },
      {
        id: "I2-2026",
        kind: "share-at-least",
        minPercent: "75",
        numerator: "incontri formativi svolti",
        denominator: "incontri formativi previsti",
        per: "year",
        text: "2026 >= 75%",
        due: "2026-12-31",
        lines: [12920, 12921],
      },
      {
        id: "I2-2027",
        kind: "share-at-least",
        minPercent: "100",
        numerator: "incontri formativi svolti",
        denominator: "incontri formativi previsti",
        per: "year",
        text: "2027 100%",
        due: "2027-12-31",
        lines: [12923, 12924],
      },
      {
        id: "I3-2025",
        kind: "share-at-least",
        minPercent: "50",
        numerator: "tipologie professionali che compongono le EEMM",
        denominator:
          "tipologie professionali presenti nell’organizzazione, gestione ed erogazione dei servizi",
        per: "year",
        text: "2025 >= 50%",
        due: "2025-12-31",
        lines: [12929, 12930],
      },
      {
        id: "I3-2026",
        kind: "share-at-least",
        minPercent: "75",
        numerator: "tipologie professionali che compongono le EEMM",
        denominator:
          "tipologie professionali presenti nell’organizzazione, gestione ed erogazione dei servizi",
        per: "year",
        text: "2026 >= 75%",
        due: "2026-12-31",
        lines: [12932, 12933],
      },
      {
        id: "I3-2027",
        kind: "share-at-least",
        minPercent: "100",
        numerator: "tipologie professionali che compongono le EEMM",
        denominator:
          "tipologie professionali presenti nell’organizzazione, gestione ed erogazione dei servizi",
        per: "year",
        text: "2027 100%",
        due: "2027-12-31",
        lines: [12935, 12936],
      },
    ],
    source: { document: DOCUMENTS.gallarate, lines: [12673, 12936] },
  },
  // ASST, prevenzione-allontanamento-familiare: Obiettivo LEPS: prevenzione dell’allontanamento familiare (PIPPI) (L12953-13202)
  // Slip L13187-13202: The ASST form's indicators differ from the Ambito form's it claims to harmonise with
  // (L12104-12105): it lacks the ratio "numero progetti individualizzati/numero di valutazioni" (Ambito
  // L11754-11768, ≥ 40/60/80%, also in the DGR), adds to the protocol milestone "applicazione del protocollo
  // almeno sul 40% dei casi" (2026) and "implementazione con almeno il 50% dei casi" (2027), and has no 2025
  // "T0" rows.
  // Slip L13080: The target opens "l target di P.I.P.P.I." (the capital "I" of "Il" is missing). Kept verbatim.
  // Note: ASST form: no area of policy, actions, economic resources or ASST-involvement fields. goals =
  // "Descrizione del servizio / progetto" (L13108-13127); staff = "Risorse ASST necessarie" (L13161-13163).
  // Note: Criticità o razionale (L12960-12966): "Per la realizzazione di questo LEPS occorrerà prestare
  // attenzione ai processi di presa in carico integrata ed alle connessioni tra i diversi enti … Condividere
  // linguaggi e metodo di lavoro tra servizi sociali, sociosanitari e scuola."
  // Note: Matrice LI/AT (L12968-13072): four X marks each under AT 1 Valutazione, AT 4 Percorsi di integrazione
  // con le cure primarie and AT 5 Prevenzione e promozione della salute; columns lost.
  // Note: Ambito territoriale di realizzazione: "Tutti i Distretti dell’ASST Valle Olona e gli ambiti di Sesto
  // Calende e Tradate" (L13139). Attori/Enti: "ASST, Cure Primarie, Ambiti Territoriali Sociali, Enti del Terzo
  // Settore, ATS Insubria, Tribunale per i Minorenni e Tribunale per la Famiglia, Ufficio scolastico
  // territoriale, CTI (Centro Territoriale Inclusione) e Scuole" (L13146-13148). Si PdZ, Si PPT; 2025-2027.
  // Note: The milestone's 2026 and 2027 rows carry a share of cases besides the stage: the stage is in
  // `indicators` (stage-reached), the shares are typed ResultTargets I1-2026-share and I1-2027-share (the
  // contract's indicator target holds one rule per year).
  // Note: The order of the two increases is the reverse of the Ambito form's (households first, then actors).
  {
    author: "asst",
    leps: "prevenzione-allontanamento-familiare",
    title: "Obiettivo LEPS: prevenzione dell’allontanamento familiare (PIPPI)",
    policyAreas: [],
    goals:
      "Il programma PIPPI, mira a innovare e uniformare le pratiche di intervento per le famiglie in situazioni di vulnerabilità, al fine di prevenire il rischio di maltrattamento e l’allontanamento dei bambini. Si propone di coordinare in modo coerente i vari ambiti di intervento, considerando attentamente i bisogni dei bambini e integrando le prospettive di genitori e bambini stessi per sviluppare un'analisi e risposte adeguate e sensibili. PIPPI utilizza un metodo validato dall'Università di Padova, adottando un approccio olistico ed ecosistemico che considera la famiglia nella loro vita quotidiana. Questo modello opera in un contesto di servizi integrati, valorizzando ogni persona come fine a sé stessa e mirato al benessere complessivo delle famiglie, tenendo conto delle relazioni e delle dinamiche che influenzano le loro esistenze. La finalità è dunque garantire a ogni bambino un ambiente stabile e protettivo per prevenire disuguaglianze sociali, dispersione scolastica e separazioni inadeguate dalla famiglia. Questo richiede l'implementazione di azioni preventive che supportino non solo il bambino, ma anche l'intero nucleo familiare in difficoltà. Tali azioni promuovono una genitorialità positiva e responsabile, contribuendo a soddisfare i bisogni evolutivi dei bambini in modo integrato. I 5 Ambiti dell’ASST Valle Olona si pongono come obiettivo condiviso e sovrazonale la realizzazione di un accordo di rete con ASST per la realizzazione del LEPS cui seguirà la definizione di protocolli operativi.",
    actions: [],
    target:
      "l target di P.I.P.P.I. è costituito dalla negligenza familiare e quindi dalla povertà psico-socioeducativa ed economica, perciò il target, orientativamente, non comprende situazioni di abuso o gravi forme di maltrattamento, quindi comprende: bambini/e da 0 a 11 anni e dalle figure parentali di riferimento, con particolare attenzione alle famiglie con bambini in età 0-3 anni; bambini per il cui sviluppo si sono create condizioni considerate come pregiudizievoli e “preoccupanti” bambini che si trovano nelle condizioni precedenti, le cui famiglie sono anche beneficiarie del Reddito di Cittadinanza o di altri contributi economici, in particolare se nella fascia di età 0-3 anni; famiglie per le quali è in corso un progetto di collocamento dei figli all’esterno della famiglia, con le quali i servizi individuano le condizioni per avviare un programma di riunificazione familiare stabile al fine di favorire il rientro del bambino in famiglia (queste famiglie possono costituire mediamente il 20% delle famiglie incluse in ogni ATS); famiglie con figli da 11 a 14 anni (queste famiglie possono costituire mediamente il 20% delle famiglie incluse in ogni ATS).",
    budget: null,
    staff:
      "La composizione dell’équipe si determina in funzione dei bisogni. I professionisti dell’area sanitaria che a seconda dei casi possono essere coinvolti sono il PLS ed i medici specialisti (pediatra, neuropsichiatra infantile) e psicologi.",
    cooperatingAmbiti: ["Sesto Calende", "Tradate"],
    indicators: [
      {
        text: "Definizione Accordo di rete e protocolli ASST/Ambiti e relative procedure tra servizi",
        kind: "milestone",
        targets: [
          {
            year: 2025,
            rule: "stage-reached",
            stage: "definizione",
            text: "Anno 2025 – Stesura dell’Accordo e protocolli ASST/Ambiti e relative procedure tra servizi",
          },
          {
            year: 2026,
            rule: "stage-reached",
            stage: "attivazione",
            text: "Anno 2026 – Approvazione e Attivazione Accordo protocolli/procedure – applicazione del protocollo almeno sul 40% dei casi",
          },
          {
            year: 2027,
            rule: "stage-reached",
            stage: "monitoraggio",
            text: "Anno 2027 – monitoraggio – implementazione con almeno il 50% dei casi",
          },
        ],
        lines: [13187, 13193],
      },
      {
        text: "Incremento numero nuclei famigliari presi in carico in ottica preventiva, anche ulteriori rispetto a PIPPI",
        kind: "increase",
        targets: [
          {
            year: 2026,
            rule: "greater-than-previous",
            text: "Anno 2026 – n. famiglie prese in carico 2026 maggiore di n. famiglie 2025",
          },
          {
            year: 2027,
            rule: "greater-than-previous",
            text: "Anno 2027 – n. famiglie prese in carico 2027 maggiore di n. famiglie 2026",
          },
        ],
        lines: [13194, 13197],
      },
      {
        text: "Incremento tipologia di soggetti coinvolti nell’Ambito dei Gruppi Territoriali",
        kind: "increase",
        targets: [
          {
            year: 2026,
            rule: "greater-than-previous",
            text: "Anno 2026 – n. enti coinvolti 2026 maggiore di n. enti coinvolti 2025",
          },
          {
            year: 2027,
            rule: "greater-than-previous",
            text: "Anno 2027 – n. enti coinvolti 2027 maggiore di n. enti coinvolti 2026",
          },
        ],
        lines: [13199, 13202],
      },
    ],
    targets: [
      {
        id: "I1-2025",
        kind: "deliverable",
        deliverable:
          "stesura dell'Accordo di rete e dei protocolli ASST/Ambiti e relative procedure tra servizi",
        text: "Anno 2025 – Stesura dell’Accordo e protocolli ASST/Ambiti e relative procedure tra servizi",
        due: "2025-12-31",
        lines: [13189, 13190],
      },
      {
        id: "I1-2026",
        kind: "deliverable",
        deliverable: "approvazione e attivazione dell'Accordo e dei protocolli/procedure",
        text: "Anno 2026 – Approvazione e Attivazione Accordo protocolli/procedure",
        due: "2026-12-31",
        lines: [13191, 13191],
      },
      {
        id: "I1-2026-share",
        kind: "share-at-least",
        minPercent: "40",
        numerator: "casi in cui si applica il protocollo",
        denominator: "casi",
        per: "year",
        text: "applicazione del protocollo almeno sul 40% dei casi",
        due: "2026-12-31",
        lines: [13191, 13192],
      },
      {
        id: "I1-2027",
        kind: "deliverable",
        deliverable: "monitoraggio dell'Accordo e dei protocolli/procedure",
        text: "Anno 2027 – monitoraggio",
        due: "2027-12-31",
        lines: [13193, 13193],
      },
      {
        id: "I1-2027-share",
        kind: "share-at-least",
        minPercent: "50",
        numerator: "casi in cui il protocollo è implementato",
        denominator: "casi",
        per: "year",
        text: "implementazione con almeno il 50% dei casi",
        due: "2027-12-31",
        lines: [13193, 13193],
      },
      {
        id: "I2-2026",
        kind: "change",
        direction: "increase",
        measure: "n. famiglie prese in carico in ottica preventiva",
        fromYear: 2025,
        toYear: 2026,
        text: "Anno 2026 – n. famiglie prese in carico 2026 maggiore di n. famiglie 2025",
        lines: [13196, 13196],
      },
      {
        id: "I2-2027",
        kind: "change",
        direction: "increase",
        measure: "n. famiglie prese in carico in ottica preventiva",
        fromYear: 2026,
        toYear: 2027,
        text: "Anno 2027 – n. famiglie prese in carico 2027 maggiore di n. famiglie 2026",
        lines: [13197, 13197],
      },
      {
        id: "I3-2026",
        kind: "change",
        direction: "increase",
        measure: "n. enti coinvolti nei Gruppi Territoriali",
        fromYear: 2025,
        toYear: 2026,
        text: "Anno 2026 – n. enti coinvolti 2026 maggiore di n. enti coinvolti 2025",
        lines: [13201, 13201],
      },
      {
        id: "I3-2027",
        kind: "change",
        direction: "increase",
        measure: "n. enti coinvolti nei Gruppi Territoriali",
        fromYear: 2026,
        toYear: 2027,
        text: "Anno 2027 – n. enti coinvolti 2027 maggiore di n. enti coinvolti 2026",
        lines: [13202, 13202],
      },
    ],
    source: { document: DOCUMENTS.gallarate, lines: [12953, 13202] },
  },
  // ASST, pua-integrati-uvm: Obiettivo LEPS: Punti Unici di Accesso (PUA) integrati e UVM: incremento operatori sociali (L13207-13428)
  // Slip L13392-13394: "Si recepiscono integralmente gli indicatori individuati con la DGR 2167/2024 per ciò
  // che concerne i LEPS: Valutazione Multidimensionale progetto personalizzato, Punti Unici di Accesso (PUA)
  // integrati e UVM …": the PUA form names the VM LEPS too, but only PUA indicators follow (the VM ones are in
  // the VM form, L12904-12936); and its first indicator (N. 1 accordo quadro / N. 1 protocollo, with a 2027
  // stage) is not the DGR's (a district protocol for integrated evaluation, SEB L2601-2619).
  // Slip L13423-13428: As in the Ambito form, the impact targets compare "n. persone" with "n. persone e/o
  // nuclei familiari" across ">" (inherited from the DGR table).
  // Note: ASST form: no area of policy, economic resources or ASST-involvement fields; unlike the other ASST
  // forms its "Indicatore e risultato atteso" box names two actions ("Azione:" L13395-13398, "Azione -"
  // L13404-13405), unnumbered (code null), so the targets carry no action code. goals = "Descrizione del
  // servizio / progetto" (L13329-13340); staff = "Risorse ASST necessarie" (L13366-13368).
  // Note: Criticità o razionale (L13213-13215): "Garantire la costituzione di sistemi di servizi integrati
  // negli ambiti territoriali secondo il quadro complesso dei bisogni espressi dagli individui e dalle comunità
  // sviluppando il modello organizzativo del Punto Unico di Accesso (PUA)."
  // Note: Matrice LI/AT (L13217-13313): seven X marks under AT 1 Valutazione (L13264, all LI columns).
  // Note: Ambito territoriale di realizzazione "Tutti i Distretti dell’ASST Valle Olona." (L13350), so
  // cooperatingAmbiti []. Attori/Enti "ASST, Cure Primarie, Ambiti Territoriali Sociali" (L13355). Si PdZ, Si
  // PPT; 2025-2027.
  // Note: The description (L13331-13332) uses "ATS (Ambito territoriale Sociale)" for the Ambito, not for ATS
  // Insubria.
  // Note: Indicators and yearly targets identical to the Ambito form's (L12049-12096), with "n." for "N.".
  {
    author: "asst",
    leps: "pua-integrati-uvm",
    title: "Obiettivo LEPS: Punti Unici di Accesso (PUA) integrati e UVM: incremento operatori sociali",
    policyAreas: [],
    goals:
      "Costituzione presso i PUA delle Case della Comunità dell’equipe integrata di ambito composta da personale adeguatamente formato e numericamente sufficiente appartenente al Servizio Sanitario Nazionale e agli ATS (Ambito territoriale Sociale). L’equipe integrata assicura la funzionalità delle unità di valutazione multidimensionale (UVM) della capacità bio-psico-sociale dell'individuo, anche al fine di delineare il carico assistenziale per consentire la permanenza della persona in condizioni di non autosufficienza nel proprio contesto di vita in condizioni di dignità, sicurezza e comfort, riducendo il rischio di isolamento sociale e il ricorso ad ospedalizzazioni non strettamente necessarie. A questo scopo l’ambito territoriale sociale e il distretto sociosanitario definiscono i contenuti del processo assistenziale integrato, e coordinano gli strumenti di valutazione dei bisogni complessi.",
    actions: [
      {
        code: null,
        title:
          "Definizione di un Accordo Quadro a livello di ATS Insubria, ASST Valle Olona e Ambiti afferenti all’ASST Valle Olona e di un Protocollo operativo per ogni Distretto sociosanitario, per garantire l’effettiva operatività delle équipe, compiti e ruoli dei diversi attori.",
        lines: [13395, 13398],
      },
      {
        code: null,
        title:
          "Partecipazione dell’assistente sociale dell’Ambito alle valutazioni dell’équipe multidisciplinare dell’ASST.",
        lines: [13404, 13405],
      },
    ],
    target:
      "I destinatari del servizio sono tutti i cittadini con bisogni sanitari, sociosanitari e sociali, prioritariamente le persone in condizioni di non autosufficienza o in condizione di grave disabilità e fragilità.",
    budget: null,
    staff:
      "IFeC, Medico di Distretto, Psicologo, Medici Specialisti, Fisioterapista, Educatore, altre figure afferenti ai servizi/unità operative territoriali in collaborazione con MMG/PLS.",
    cooperatingAmbiti: [],
    indicators: [
      {
        text: "realizzazione di n. 1 accordo quadro e di n. 1 protocollo",
        kind: "milestone",
        targets: [
          {
            year: 2025,
            rule: "stage-reached",
            stage: "definizione",
            text: "Anno 2025: definizione e sottoscrizione dell’Accordo Quadro e del Protocollo",
          },
          {
            year: 2026,
            rule: "stage-reached",
            stage: "attivazione",
            text: "Anno 2026: attivazione dell’Accordo Quadro e del Protocollo",
          },
          {
            year: 2027,
            rule: "stage-reached",
            stage: "monitoraggio",
            text: "Anno 2027: monitoraggio Accordo Quadro e del Protocollo",
          },
        ],
        lines: [13399, 13402],
      },
      {
        text: "Numero valutazioni che vedono la partecipazione dell’Assistente sociale di Ambito/n. complessivo di valutazioni effettuate (inserire nel protocollo)",
        kind: "ratio-at-least",
        targets: [
          { year: 2025, rule: "ratio-at-least", thresholdPercent: "50", text: "Anno 2025: ≥ 50%" },
          { year: 2026, rule: "ratio-at-least", thresholdPercent: "75", text: "Anno 2026: ≥ 75%" },
          { year: 2027, rule: "ratio-at-least", thresholdPercent: "100", text: "Anno 2027: 100%" },
        ],
        lines: [13406, 13410],
      },
      {
        text: "Incremento numero strumenti unitari di Distretto per la valutazione Multidimensionale condivisi tra ambito territoriale sociale e ambito sanitario",
        kind: "increase",
        targets: [
          {
            year: 2025,
            rule: "count-at-least",
            minimum: 1,
            text: "Anno 2025: n. strumenti di valutazione unitari condivisi ≥ 1",
          },
          {
            year: 2026,
            rule: "greater-than-previous",
            text: "Anno 2026: n. strumenti di valutazione unitari condivisi anno 2026 > n. strumenti di valutazione unitari condivisi anno 2025",
          },
          {
            year: 2027,
            rule: "greater-than-previous",
            text: "Anno 2027: n. strumenti di valutazione unitari condivisi anno 2027 > n. strumenti di valutazione unitari condivisi anno 2026.",
          },
        ],
        lines: [13411, 13418],
      },
      {
        text: "Incremento numero persone in condizioni complesse prese in carico dalle Unità di Valutazione Multidimensionale (UVM)",
        kind: "increase",
        targets: [
          {
            year: 2026,
            rule: "greater-than-previous",
            text: "Anno 2026: n. persone in condizioni complesse prese in carico dalle UVM anno 2026 > n. persone e/o nuclei familiari in condizioni complesse prese in carico dalle UVM anno 2025.",
          },
          {
            year: 2027,
            rule: "greater-than-previous",
            text: "Anno 2027: n. persone in condizioni complesse prese in carico dalle UVM anno 2027 > n. persone e/o nuclei familiari in condizioni complesse prese in carico dalle UVM anno 2026",
          },
        ],
        lines: [13420, 13428],
      },
    ],
    targets: [
      {
        id: "I1-1",
        kind: "deliverable",
        deliverable: "Accordo quadro (n. 1)",
        text: "realizzazione di n. 1 accordo quadro e di n. 1 protocollo",
        lines: [13399, 13399],
      },
      {
        id: "I1-2",
        kind: "deliverable",
        deliverable: "Protocollo (n. 1)",
        text: "realizzazione di n. 1 accordo quadro e di n. 1 protocollo",
        lines: [13399, 13399],
      },
      {
        id: "I1-2025",
        kind: "deliverable",
        deliverable: "definizione e sottoscrizione dell'Accordo Quadro e del Protocollo",
        text: "Anno 2025: definizione e sottoscrizione dell’Accordo Quadro e del Protocollo",
        due: "2025-12-31",
        lines: [13400, 13400],
      },
      {
        id: "I1-2026",
        kind: "deliverable",
        deliverable: "attivazione dell'Accordo Quadro e del Protocollo",
        text: "Anno 2026: attivazione dell’Accordo Quadro e del Protocollo",
        due: "2026-12-31",
        lines: [13401, 13401],
      },
      {
        id: "I1-2027",
        kind: "deliverable",
        deliverable: "monitoraggio dell'Accordo Quadro e del Protocollo",
        text: "Anno 2027: monitoraggio Accordo Quadro e del Protocollo",
        due: "2027-12-31",
        lines: [13402, 13402],
      },
      {
        id: "I2-2025",
        kind: "share-at-least",
        minPercent: "50",
        numerator: "valutazioni che vedono la partecipazione dell’Assistente sociale di Ambito",
        denominator: "valutazioni effettuate",
        per: "year",
        text: "Anno 2025: ≥ 50%",
        due: "2025-12-31",
        lines: [13408, 13408],
      },
      {
        id: "I2-2026",
        kind: "share-at-least",
        minPercent: "75",
        numerator: "valutazioni che vedono la partecipazione dell’Assistente sociale di Ambito",
        denominator: "valutazioni effettuate",
        per: "year",
        text: "Anno 2026: ≥ 75%",
        due: "2026-12-31",
        lines: [13409, 13409],
      },
      {
        id: "I2-2027",
        kind: "share-at-least",
        minPercent: "100",
        numerator: "valutazioni che vedono la partecipazione dell’Assistente sociale di Ambito",
        denominator: "valutazioni effettuate",
        per: "year",
        text: "Anno 2027: 100%",
        due: "2027-12-31",
        lines: [13410, 13410],
      },
      {
        id: "I3-2025",
        kind: "count-at-least",
        min: 1,
        unit: "strumenti di valutazione unitari condivisi",
        per: "year",
        text: "Anno 2025: n. strumenti di valutazione unitari condivisi ≥ 1",
        due: "2025-12-31",
        lines: [13413, 13413],
      },
      {
        id: "I3-2026",
        kind: "change",
        direction: "increase",
        measure: "n. strumenti di valutazione unitari condivisi",
        fromYear: 2025,
        toYear: 2026,
        text: "Anno 2026: n. strumenti di valutazione unitari condivisi anno 2026 > n. strumenti di valutazione unitari condivisi anno 2025",
        lines: [13415, 13416],
      },
      {
        id: "I3-2027",
        kind: "change",
        direction: "increase",
        measure: "n. strumenti di valutazione unitari condivisi",
        fromYear: 2026,
        toYear: 2027,
        text: "Anno 2027: n. strumenti di valutazione unitari condivisi anno 2027 > n. strumenti di valutazione unitari condivisi anno 2026.",
        lines: [13417, 13418],
      },
      {
        id: "I4-T0",
        kind: "baseline",
        measure: "n. persone in condizioni complesse prese in carico dalle UVM, anno 2025",
        text: "Anno 2025: T0.",
        lines: [13422, 13422],
      },
      {
        id: "I4-2026",
        kind: "change",
        direction: "increase",
        measure: "n. persone (e/o nuclei familiari) in condizioni complesse prese in carico dalle UVM",
        fromYear: 2025,
        toYear: 2026,
        text: "Anno 2026: n. persone in condizioni complesse prese in carico dalle UVM anno 2026 > n. persone e/o nuclei familiari in condizioni complesse prese in carico dalle UVM anno 2025.",
        lines: [13423, 13425],
      },
      {
        id: "I4-2027",
        kind: "change",
        direction: "increase",
        measure: "n. persone (e/o nuclei familiari) in condizioni complesse prese in carico dalle UVM",
        fromYear: 2026,
        toYear: 2027,
        text: "Anno 2027: n. persone in condizioni complesse prese in carico dalle UVM anno 2027 > n. persone e/o nuclei familiari in condizioni complesse prese in carico dalle UVM anno 2026",
        lines: [13426, 13428],
      },
    ],
    source: { document: DOCUMENTS.gallarate, lines: [13207, 13428] },
  },
] satisfies LepsSchedaDraftInput[]);
