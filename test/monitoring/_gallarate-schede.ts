// Result targets of the Ambito di Gallarate's schede obiettivo 2025-2027, as printed in seed 000 (line numbers of its
// plain-text edition) and typed field by field: scheda A "Strategie per l'abitare" (L5411-5797: six actions, eight
// targets, "almeno 9 incontri nella triennalità", a change "abitazioni 2027 > 2025") and scheda 4, the feasibility
// study of a Pronto Intervento Sociale (L5000-5100: two targets conditional on the study's outcome).
import type { ResultTargetInput } from "../../src/index.js";

export const SCHEDA_A = {
  code: "A",
  title: "Strategie per l’abitare",
  priority: true,
  actions: [
    {
      code: "Azione 1",
      title: "Costituzione di un Tavolo dedicato al tema congiunto casa-lavoro, per un approccio integrato.",
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
} as const satisfies { readonly [key: string]: unknown; readonly targets: readonly ResultTargetInput[] };

export const SCHEDA_4 = {
  code: "4",
  title:
    "Studio di fattibilità per la realizzazione di un Servizio sovra-zonale di Pronto Intervento Sociale",
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
} as const satisfies { readonly [key: string]: unknown; readonly targets: readonly ResultTargetInput[] };
