/**
 * How the reader splits AZIONI PROGRAMMATE of a scheda obiettivo into actions, on phrases of the seeds: Busto
 * Arsizio's HTML cells, Alto Milanese's cells run together on one line.
 */
import { describe, expect, it } from "vitest";
import type { DraftScheda } from "../../src/ingest/index.js";
import { firstScheda } from "./support/first-scheda.js";

/** A scheda as the seeds print it: one tab-separated label and value a line. */
function scheda(actions: string, budget = "Risorse del Fondo Nazionale Politiche Sociali"): DraftScheda {
  const text = [
    "Scheda Piano di Zona prevista da DGR 2167/24",
    "AREA DI POLICY\tB) Politiche abitative",
    "TITOLO INTERVENTO\tAbitare sostenibile",
    "QUALI OBIETTIVI VUOLE RAGGIUNGERE\tFavorire l'accesso alla casa",
    `AZIONI PROGRAMMATE\t${actions}`,
    "TARGET\tCittadini",
    `RISORSE ECONOMICHE PREVENTIVATE\t${budget}`,
    "RISORSE DI PERSONALE DEDICATE\tAssistenti sociali",
  ].join("\n");
  return firstScheda(text).draft;
}

const actionsOf = (draft: DraftScheda) => draft.actions.map((a) => [a.code, a.title]);

describe("AZIONI PROGRAMMATE", () => {
  it("reads the action an introduction names (“L'azione comprende la realizzazione di … con:”)", () => {
    // Busto Arsizio L1881.
    expect(
      actionsOf(
        scheda(
          "<p>L'azione comprende la realizzazione di un'analisi di pre-fattibilità volta alla costituzione di una Agenzia dell'Abitare con:</p> <ul> <li>- attivazione di uno 'sportello integrato';</li> <li>- punto di regia per il coordinamento dell'offerta di alloggi ERP di proprietà comunale;</li> </ul>",
        ),
      ),
    ).toEqual([
      [
        null,
        "realizzazione di un'analisi di pre-fattibilità volta alla costituzione di una Agenzia dell'Abitare",
      ],
      [null, "attivazione di uno 'sportello integrato'"],
      [null, "punto di regia per il coordinamento dell'offerta di alloggi ERP di proprietà comunale"],
    ]);
    // An introduction alone is no action (Busto Arsizio L2747).
    expect(
      actionsOf(
        scheda("<p>L'obiettivo si realizza tramite:</p> <ul> <li>- valutazione del bisogno</li> </ul>"),
      ),
    ).toEqual([[null, "valutazione del bisogno"]]);
  });

  it("reads each paragraph before the first “Azione 1:” as an action without a code", () => {
    // Busto Arsizio L2063.
    expect(
      actionsOf(
        scheda(
          "<p>Miglioramento dell'accessibilità del servizio potenziando la rete di distribuzione territoriale.</p> <p>Studio di fattibilità per l'utilizzo di app/piattaforme per coordinare e gestire le attività assistenziali.</p> <p>- Azione 1: Elaborazione di protocolli operativi di funzionamento dell'Unità di valutazione multidimensionale.</p>",
        ),
      ),
    ).toEqual([
      [
        null,
        "Miglioramento dell'accessibilità del servizio potenziando la rete di distribuzione territoriale.",
      ],
      [
        null,
        "Studio di fattibilità per l'utilizzo di app/piattaforme per coordinare e gestire le attività assistenziali.",
      ],
      [
        "Azione 1",
        "Elaborazione di protocolli operativi di funzionamento dell'Unità di valutazione multidimensionale.",
      ],
    ]);
  });

  it("reads a list of two levels: the lettered heads as actions, or else the items under the heads", () => {
    // Busto Arsizio L2747.
    expect(
      actionsOf(
        scheda(
          "<p>L'obiettivo si realizza tramite:</p> <ul> <li>- A – Definizione e attivazione del progetto individualizzato <ul> <li>o valutazione multidimensionale del bisogno</li> </ul> </li> <li>- B - Abitazione: adattamento degli spazi, domotica e assistenza a distanza <ul> <li>o attivazione di un progetto di cohousing</li> </ul> </li> </ul>",
        ),
      ),
    ).toEqual([
      ["A", "Definizione e attivazione del progetto individualizzato"],
      ["B", "Abitazione: adattamento degli spazi, domotica e assistenza a distanza"],
    ]);
    // Busto Arsizio L2711-L2713.
    expect(
      actionsOf(
        scheda(
          "<ul><li>- a livello di interventi di sistema<ul><li>o concreta adozione Convenzione ONU sui diritti delle persone con disabilità;</li><li>o applicazione a tutti i settori comunali delle Linee guida</li></ul></li></ul>\n\n\t<ul> <li>- a livello di interventi diretti in collaborazione con il <i>Disability Manager</i>; <ul> <li>o costante verifica e valutazione opere progetti PNRR in corso</li> </ul> </li> </ul>",
        ),
      ),
    ).toEqual([
      [null, "concreta adozione Convenzione ONU sui diritti delle persone con disabilità"],
      [null, "applicazione a tutti i settori comunali delle Linee guida"],
      [null, "costante verifica e valutazione opere progetti PNRR in corso"],
    ]);
  });

  it('reads "Attività: A.2 -" as an action coded A.2, and the bullets under an action as its description', () => {
    // Busto Arsizio L1768.
    const draft = scheda(
      "<p>Attività A.1 - Apertura della stazione di posta-centro servizi per il contrasto alla povertà</p> " +
        '<ul style="list-style-type: none"> <li>- counseling educativo con reperibilità in caso di emergenza;</li> ' +
        "<li>- accompagnamento alla consulenza legale.</li> </ul> " +
        "<p>Attività: A.2 - Attivo coinvolgimento delle organizzazioni di volontariato a rafforzamento dei servizi offerti</p> " +
        "<p>Attività: A.3 - Collegamento con ASST Valle Olona e servizi per l'impiego</p>",
    );
    expect(actionsOf(draft)).toEqual([
      ["A.1", "Apertura della stazione di posta-centro servizi per il contrasto alla povertà"],
      [
        "A.2",
        "Attivo coinvolgimento delle organizzazioni di volontariato a rafforzamento dei servizi offerti",
      ],
      ["A.3", "Collegamento con ASST Valle Olona e servizi per l'impiego"],
    ]);
  });

  it("keeps numbered actions under lettered ones (A.1, A.2, 1., 2., A.3) as actions of their own", () => {
    // Busto Arsizio L1914, abridged.
    const draft = scheda(
      "<p>Attività A.1 - Realizzazione di alloggi/strutture di accoglienza</p> " +
        "<p>Attività A.2 - Sviluppo di un sistema di presa in carico</p> " +
        "<p>1. Attivazione dell'équipe multi-professionale</p> " +
        "<p>2. Reperimento strutture alloggiative in semi-autonomia</p> " +
        "<p>Attività: A.3 - Realizzazione di strutture di accoglienza post-acuzie h24</p>",
    );
    expect(actionsOf(draft).map(([code]) => code)).toEqual(["A.1", "A.2", "1", "2", "A.3"]);
  });

  it("keeps in the title the bullets of an action whose title runs on into them (“… su:”)", () => {
    // Alto Milanese L1724, abridged.
    const draft = scheda(
      '<ol style="list-style-type: none"> 1. Istituzione di un tavolo permanente in grado di definire linee e prassi su: ' +
        '<ul style="list-style-type: none"> - Coinvolgimento aziende - Self empowerment ' +
        "2. Creazione di un padlet o di un portale di raccolta",
    );
    expect(actionsOf(draft)).toEqual([
      [
        "1",
        "Istituzione di un tavolo permanente in grado di definire linee e prassi su: - Coinvolgimento aziende - Self empowerment",
      ],
      ["2", "Creazione di un padlet o di un portale di raccolta"],
    ]);
  });

  it("reads the next number of a list run together on one line (“… del danno. 2. Avviare …”)", () => {
    // Alto Milanese L1196.
    const draft = scheda(
      "1. Individuare target specifici di destinatari a cui indirizzare incontri di formazione rispetto alla cura, prevenzione e riduzione del danno. 2. Avviare percorsi di co-progettazione per servizi innovativi",
    );
    expect(actionsOf(draft)).toEqual([
      [
        "1",
        "Individuare target specifici di destinatari a cui indirizzare incontri di formazione rispetto alla cura, prevenzione e riduzione del danno.",
      ],
      ["2", "Avviare percorsi di co-progettazione per servizi innovativi"],
    ]);
  });

  it("splits the actions of one cell run together on one line at each capitalised word after a small one", () => {
    // Alto Milanese L1660 and L1510.
    expect(
      actionsOf(
        scheda(
          "Valutare forme di residenzialità per persone sole, autonome ma con redditi contenuti e che magari necessitano di accompagnamento Sostenere la garanzia affitti",
        ),
      ),
    ).toEqual([
      [
        null,
        "Valutare forme di residenzialità per persone sole, autonome ma con redditi contenuti e che magari necessitano di accompagnamento",
      ],
      [null, "Sostenere la garanzia affitti"],
    ]);
    // Not after a preposition ("di Supporto"), a comma ("Legale") or a colon ("Informativo").
    expect(
      actionsOf(
        scheda(
          "Spazio/Sportello Multidisciplinare che abbia carattere: Informativo, di Supporto psico pedagogico, Legale (centro per la vita indipendente) In base al singolo progetto di vita: previsione di alloggi organizzati e protetti – palestre di vita",
        ),
      ),
    ).toEqual([
      [
        null,
        "Spazio/Sportello Multidisciplinare che abbia carattere: Informativo, di Supporto psico pedagogico, Legale (centro per la vita indipendente)",
      ],
      [
        null,
        "In base al singolo progetto di vita: previsione di alloggi organizzati e protetti – palestre di vita",
      ],
    ]);
  });

  it("splits them the same when the line is wrapped, and not after a determiner (“ciascun Ambito”)", () => {
    // Alto Milanese L1660 wrapped at "accompagnamento"; Sebino L5158.
    expect(
      actionsOf(
        scheda(
          "Valutare forme di residenzialità per persone sole, autonome ma con redditi contenuti e che magari necessitano di accompagnamento\nSostenere la garanzia affitti",
        ),
      ).map(([, title]) => title),
    ).toEqual([
      "Valutare forme di residenzialità per persone sole, autonome ma con redditi contenuti e che magari necessitano di accompagnamento",
      "Sostenere la garanzia affitti",
    ]);
    expect(
      actionsOf(
        scheda("Istituzione di un tavolo partecipato dai rappresentanti di ciascun Ambito territoriale"),
      ),
    ).toEqual([
      [null, "Istituzione di un tavolo partecipato dai rappresentanti di ciascun Ambito territoriale"],
    ]);
  });
});
