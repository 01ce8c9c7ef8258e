/** How the reader files the key points of a scheda under the areas the box names, on phrases of the seeds. */
import { describe, expect, it } from "vitest";
import { keyPointsIn } from "../../src/ingest/_areas.js";
import { Passage } from "../../src/ingest/_passage.js";
import type { DraftScheda } from "../../src/ingest/index.js";
import { firstScheda } from "./support/first-scheda.js";

/** A scheda as Busto Arsizio and Alto Milanese print it, with its transversal and key points boxes. */
function scheda(keyPointsBox: string, transversalBox = "No"): DraftScheda {
  const text = [
    "Scheda Piano di Zona prevista da DGR 2167/24",
    "TITOLO INTERVENTO\tDefinizione di un percorso di sostegno ai caregiver",
    "QUALI OBIETTIVI VUOLE RAGGIUNGERE?\tIncontri di presentazione ai caregivers",
    "AZIONI PROGRAMMATE\tTavoli tra operatori",
    "TARGET\tCittadini anziani fragili",
    "RISORSE ECONOMICHE PREVENTIVATE\tFNPS",
    "RISORSE DI PERSONALE DEDICATE\tOperatori ASST",
    `L'OBIETTIVO È TRASVERSALE ED INTEGRATO CON ALTRE AREE DI POLICY?\t${transversalBox}`,
    `INDICARE I PUNTI CHIAVE DELL'INTERVENTO\t${keyPointsBox}`,
  ].join("\n");
  return firstScheda(text).draft;
}

const points = (draft: DraftScheda): string[] => draft.keyPoints.map((k) => `${String(k.area)}: ${k.point}`);

describe("key points under “Area X” headers", () => {
  it("reads “Area A: …; …” paragraphs, one area each", () => {
    // Alto Milanese L1369.
    const draft = scheda(
      "<p>Area A: contrasto all'isolamento; rafforzamento delle reti sociali</p> <p>Area B: qualità dell'abitare.</p>",
    );
    expect(points(draft)).toEqual([
      "A: contrasto all'isolamento",
      "A: rafforzamento delle reti sociali",
      "B: qualità dell'abitare",
    ]);
  });

  it("reads the areas of one line, each after a finished sentence", () => {
    // Alto Milanese L1515.
    const draft = scheda(
      "Area A: contrasto all'isolamento; rafforzamento delle reti sociali. Area B: qualità dell'abitare; allargamento della rete e co- programmazione.",
    );
    expect(points(draft)).toEqual([
      "A: contrasto all'isolamento",
      "A: rafforzamento delle reti sociali",
      "B: qualità dell'abitare",
      "B: allargamento della rete e co- programmazione",
    ]);
  });

  it("reads a header “Area B)” alone over its points", () => {
    // Busto Arsizio L1849.
    const draft = scheda(
      "<p><i>Area B)</i></p> <p>Vulnerabilità multidimensionale</p> <p>Qualità dell'abitare</p> <p><i>Area A)</i></p> <p>Contrasto all'isolamento</p>",
    );
    expect(points(draft)).toEqual([
      "B: Vulnerabilità multidimensionale",
      "B: Qualità dell'abitare",
      "A: Contrasto all'isolamento",
    ]);
  });
});

describe("transversal areas lettered “A:”, “Area I:”, “d-”", () => {
  it("reads the letters followed by a colon or a glued dash", () => {
    // Alto Milanese L1367.
    const colon = scheda(
      "Area A: contrasto all'isolamento",
      "<p>Sì</p> <p>Area</p> <p>A: Contrasto alla povertà e all'emarginazione sociale e promozione dell'inclusione attiva;</p> <p>B: Politiche abitative;</p> <p>D: Domiciliarità;</p>",
    );
    expect(colon.transversal.areas).toEqual(["A", "B", "D"]);
    // Alto Milanese L1514 and L1663.
    const dash = scheda(
      "Area A: contrasto all'isolamento",
      "Sì: Area a - Contrasto alla povertà e all'emarginazione sociale e - promozione dell'inclusione attiva; b - Politiche abitative; d- Domiciliarità; i- Interventi per la famiglia",
    );
    expect(dash.transversal.areas).toEqual(["A", "B", "D", "I"]);
    const word = scheda(
      "Area A: contrasto all'isolamento",
      "Sì Area I: interventi per la famiglia; Area J: interventi a favore di persone con disabilità",
    );
    expect(word.transversal.areas).toEqual(["I", "J"]);
  });
});

describe("an area's title bulleted like a key point", () => {
  it("heads the points after it, as an unbulleted title does", () => {
    // Sebino L5206-5218: area A's title, its points, then "- Politiche abitative" and area B's points.
    const box = [
      "Contrasto  alla  povertà  e  all’emarginazione  sociale  e  ",
      "promozione dell’inclusione attiva. ",
      "",
      "- Allargamento della rete e coprogrammazione; ",
      "- Vulnerabilità multidimensionale; ",
      "- Politiche abitative ",
      "- Vulnerabilità multidimensionale; ",
      "- Qualità dell’abitare; ",
    ];
    const passage = new Passage(
      box,
      box.map((line, n) => ({ line: n, from: 0, to: line.length })),
    );
    const read = keyPointsIn(passage, 0, passage.text.length);
    expect(read.points.map((k) => `${String(k.area)}: ${k.point}`)).toEqual([
      "A: Allargamento della rete e coprogrammazione",
      "A: Vulnerabilità multidimensionale",
      "B: Vulnerabilità multidimensionale",
      "B: Qualità dell’abitare",
    ]);
    expect(read.headers.map((header) => header.code)).toEqual(["A", "B"]);
  });

  it("heads the list when it comes first", () => {
    // Busto Arsizio L2368.
    const draft = scheda(
      '<ul style="list-style-type: none"> <li>• Interventi per la famiglia</li> <li>• Tutela minori</li> </ul>',
    );
    expect(points(draft)).toEqual(["I: Tutela minori"]);
  });

  it("is a point when it is a point's words, not the title alone, or nothing follows it", () => {
    expect(points(scheda("• Interventi per la famiglia numerosa • Tutela minori"))).toEqual([
      "null: Interventi per la famiglia numerosa",
      "null: Tutela minori",
    ]);
    expect(points(scheda("• Tutela minori • Interventi per la famiglia"))).toEqual([
      "null: Tutela minori",
      "null: Interventi per la famiglia",
    ]);
  });
});

describe("a transversality box naming every area", () => {
  it("reads “trasversale a tutte le diverse aree di policy” as all areas", () => {
    // Gallarate L3865-3866.
    const draft = scheda(
      "Punti chiave trasversali a tutte le aree di policy:",
      "Sì, l’obiettivo rappresenta un’azione di sistema trasversale \na tutte le diverse aree di policy.",
    );
    expect(draft.transversal).toMatchObject({ answer: "si", areas: [], allAreas: true });
  });

  it("reads “trasversale a tutte le aree di policy” as all areas, and nothing of a box naming areas", () => {
    // Gallarate L9763.
    expect(scheda("", "Sì, l’obiettivo è trasversale a tutte le aree di policy").transversal.allAreas).toBe(
      true,
    );
    expect(
      scheda("", "Sì, l’obiettivo è trasversale alla macro-area: A) Contrasto").transversal,
    ).not.toHaveProperty("allAreas");
  });
});

describe("an area's title opening the key points box, the points after it on the same line", () => {
  it("heads the points separated by dashes", () => {
    // Alto Milanese L1202.
    const draft = scheda(
      "Contrasto alla povertà e all'emarginazione sociale e promozione dell'inclusione attiva - Allargamento della rete e co-programmazione - Rafforzamento delle reti sociali - Vulnerabilità multidimensionale",
    );
    expect(points(draft)).toEqual([
      "A: Allargamento della rete e co-programmazione",
      "A: Rafforzamento delle reti sociali",
      "A: Vulnerabilità multidimensionale",
    ]);
  });

  it("splits points that run together at the catalogue's key points, and keeps an unknown run whole", () => {
    // Alto Milanese L1228.
    const title = "Contrasto alla povertà e all'emarginazione sociale e promozione dell'inclusione attiva";
    expect(
      points(
        scheda(
          `${title} Allargamento della rete e co-programmazione Contrasto all'isolamento Facilitare l'accesso alle opportunità di benessere e partecipazione attiva`,
        ),
      ),
    ).toEqual([
      "A: Allargamento della rete e co-programmazione",
      "A: Contrasto all'isolamento",
      "A: Facilitare l'accesso alle opportunità di benessere e partecipazione attiva",
    ]);
    expect(points(scheda(`${title} Sportello di ascolto nei quartieri`))).toEqual([
      "A: Sportello di ascolto nei quartieri",
    ]);
  });

  it("is not a header when the title's last word runs on, or nothing follows it", () => {
    expect(points(scheda("Politiche abitativesociali per tutti"))).toEqual([
      "null: Politiche abitativesociali per tutti",
    ]);
    expect(points(scheda("Politiche abitative"))).toEqual([]);
  });
});
