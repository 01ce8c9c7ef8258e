// Result targets of QUALI RISULTATI VUOLE RAGGIUNGERE, typed the way the model types them:
// "almeno 9 incontri nella triennalità" (a count), "Almeno l’80% degli enti coinvolti partecipano" (a share),
// "Creazione di 1 strumento condiviso (Si/No)" (a deliverable), "in almeno 3 Comuni" (a coverage),
// "Anno 2026: N. EEMM attivate anno 2026 > … anno 2025" (a change), "Anno 2023: t0" (a baseline). A result that
// states no figure and no deliverable is not a target; a figure the rules cannot type is reported.
import type { DraftResultTarget } from "./draft.js";
import { splitItems } from "./_items.js";
import { verbatim, type Passage } from "./_passage.js";

/** Omit over each member of a union. */
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** A target typed, before its id and lines are given. */
export type Typed = DistributiveOmit<DraftResultTarget, "id" | "lines">;

/** A target read, with its offsets in the box. */
export type TargetRead = Typed & { readonly from: number; readonly to: number };

/** Words that make "1 X" a document to deliver rather than a count. */
const DOCUMENTS =
  /\b(?:protocoll[oi]|report|documento|mappatura|convenzione|accordo|regolamento|strumento|linee\s+guida|catalogo|studio|piano|carta|vademecum|guida|opuscolo|procedura|patto|rete|tavolo|sportello|banca\s+dati|questionario|ricerca)\b/iu;

const YEAR_PREFIX = /^\s*(?:anno\s+)?(20[2-3]\d)\s*[:\-–]?\s*/iu;

function cleanUnit(text: string): string {
  return text
    .replace(/\(\s*s[iì]\s*\/\s*no\s*\)/giu, "")
    .replace(/[;.:,]+\s*$/u, "")
    .replace(/\s+/gu, " ")
    .trim();
}

/** The period a count is stated for. */
function periodOf(text: string): "triennium" | "year" | "semester" | "month" {
  if (/semestr/iu.test(text)) return "semester";
  if (/\b(?:mensil\w*|al\s+mese|ogni\s+mese)\b|\/mese/iu.test(text)) return "month";
  if (/\b(?:annual\w*|annu[io]|all['’]\s*anno|per\s+anno|ogni\s+anno|l['’]\s*anno)\b|\/anno/iu.test(text))
    return "year";
  return "triennium";
}

const NUMBER_WORDS: Readonly<Record<string, string>> = {
  un: "1",
  uno: "1",
  una: "1",
  due: "2",
  tre: "3",
  quattro: "4",
  cinque: "5",
  sei: "6",
  sette: "7",
  otto: "8",
  nove: "9",
  dieci: "10",
  dodici: "12",
  venti: "20",
};

/** Number words after "almeno", "in", "di" written as digits ("almeno due Comuni" → "almeno 2 Comuni"). */
function withDigits(text: string): string {
  return text
    .replace(/\b(almeno|minimo|di)\s+un['’]\s*/giu, (_all, lead: string) => `${lead} 1 `)
    .replace(
      /\b(almeno|in|di|minimo)\s+(un|uno|una|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|dodici|venti)\b(?!['’])/giu,
      (_all, lead: string, word: string) => `${lead} ${NUMBER_WORDS[word.toLowerCase()] ?? word}`,
    );
}

/** The due date a result states: "entro la fine del triennio", "entro il 31.12.2026", "(2026)". */
function dueOf(text: string): string | undefined {
  if (/entro\s+(?:la\s+)?fine\s+del\s+triennio|entro\s+il\s+2027\b/iu.test(text)) return "2027-12-31";
  const date = /entro\s+il\s+(\d{1,2})[./](\d{1,2})[./](20\d\d)/iu.exec(text);
  if (date !== null)
    return `${date[3] ?? ""}-${(date[2] ?? "").padStart(2, "0")}-${(date[1] ?? "").padStart(2, "0")}`;
  const year = /\((20[2-3]\d)\)\s*[.;]?\s*$/u.exec(text);
  if (year !== null) return `${year[1] ?? ""}-12-31`;
  return undefined;
}

/** "dal 2026 in poi": the first year of a recurring target. */
function fromYearOf(text: string): number | undefined {
  const match = /\bdal(?:l['’])?\s+(?:anno\s+)?(20[2-3]\d)\b/iu.exec(text);
  return match === null ? undefined : Number(match[1]);
}

/** Types one result item: one target, two ("almeno 3 (una all’anno) …": 3 in the triennium, 1 a year), or none. */
export function typeTargets(text: string, inResults: boolean): Typed[] {
  const flat = verbatim(text.length > 2000 ? text.slice(0, 2000) : text);
  if (flat === "") return [];
  const year = YEAR_PREFIX.exec(flat);
  if (year !== null) {
    const typed = typeYearTarget(flat, year);
    return typed === null ? [] : [typed];
  }
  const change = changeBetweenYears(flat);
  if (change !== null) return [{ ...change, text: flat }];
  const due = dueOf(flat);
  const withDue = due === undefined ? {} : { due };
  const norm = withDigits(flat);
  const share =
    /(?:almeno\s+(?:il\s+|l['’]\s*|al\s+)?)?(\d{1,3}(?:,\d+)?)\s*%\s*(?:(?:degli|delle|dei|di|del|della)\s+)?(.*)$/iu.exec(
      norm,
    );
  if (share !== null) {
    return [
      {
        kind: "share-at-least",
        minPercent: (share[1] ?? "0").replace(",", "."),
        numerator: "",
        denominator: cleanUnit(share[2] ?? ""),
        ...withDue,
        text: flat,
      },
    ];
  }
  const coverage = /\bin\s+(?:almeno\s+)?(\d{1,4})\s+(comun[ei]|ambiti|scuole|distretti)\b/iu.exec(norm);
  if (coverage !== null) {
    return [
      {
        kind: "coverage-at-least",
        min: Number(coverage[1]),
        unit: (coverage[2] ?? "").toLowerCase().replace(/^comune$/, "comuni"),
        ...withDue,
        text: flat,
      },
    ];
  }
  const yesNo = /\(\s*s[iì]\s*\/\s*no\s*\)/iu.test(flat);
  // "N° di progetti … realizzati nel triennio ≥ 1": an indicator with its minimum.
  const bound =
    /^(?:N°|N\.|n\.|n°|Numero|numero)\s*(?:di\s+)?(.{3,300}?)\s*(?:≥|>=)\s*(\d{1,6})\s*[.;]?\s*$/u.exec(norm);
  if (bound !== null) {
    return [
      {
        kind: "count-at-least",
        min: Number(bound[2]),
        unit: cleanUnit(bound[1] ?? ""),
        per: periodOf(flat),
        ...withDue,
        text: flat,
      },
    ];
  }
  const count =
    /(?:^|\s|\()(?:almeno|minimo|n\.|n°|nr\.|numero|di|n)\s*(?:n\.\s*|n°\s*)?(\d{1,6})\s+([^\d].*)$/iu.exec(
      norm,
    ) ?? /^(?:\p{Lu}\p{Ll}+\s+(?:di\s+)?)?(\d{1,6})\s+([^\d%].*)$/u.exec(norm);
  if (count !== null) {
    const min = Number(count[1]);
    let unitText = count[2] ?? "";
    // "(una all’anno)", "(due all’anno)": the triennial count and its yearly share.
    const yearly = /^\(\s*(\d{1,3}|una?|uno|due|tre|quattro)\s+all['’]\s*anno\s*\)\s*/iu.exec(
      withDigits(`di ${unitText}`).slice(3),
    );
    if (yearly !== null) {
      unitText = unitText.slice(yearly[0].length);
      const perYear = Number(NUMBER_WORDS[(yearly[1] ?? "").toLowerCase()] ?? yearly[1]);
      const unit = cleanUnit(unitText);
      return [
        { kind: "count-at-least", min, unit, per: "triennium", ...withDue, text: flat },
        { kind: "count-at-least", min: perYear, unit, per: "year", text: flat },
      ];
    }
    const per = periodOf(flat);
    const fromYear = fromYearOf(flat);
    // Exactly one of something is a deliverable, unless "almeno" makes it a minimum of things that are not
    // documents ("almeno un progetto" counts, "almeno 1 Protocollo" is delivered).
    const atLeast = /\b(?:almeno|minimo)\b/iu.test(flat.slice(0, count.index + 12));
    if (min === 1 && per === "triennium" && (yesNo || DOCUMENTS.test(unitText) || !atLeast)) {
      return [{ kind: "deliverable", deliverable: cleanUnit(unitText), ...withDue, text: flat }];
    }
    if (min > 0 && /\p{L}{3,}/u.test(unitText)) {
      return [
        {
          kind: "count-at-least",
          min,
          unit: cleanUnit(unitText),
          per,
          ...(fromYear === undefined ? {} : { fromYear }),
          ...withDue,
          text: flat,
        },
      ];
    }
  }
  if (yesNo) return [{ kind: "deliverable", deliverable: cleanUnit(flat), ...withDue, text: flat }];
  if (inResults && /^(?:incremento|aumento|crescita|minor|riduzione|diminuzione)\b/iu.test(flat)) {
    const decrease = /^(?:minor|riduzione|diminuzione)/iu.test(flat);
    return [
      {
        kind: "change",
        direction: decrease ? "decrease" : "increase",
        measure: cleanUnit(flat),
        fromYear: 2025,
        toYear: 2027,
        text: flat,
      },
    ];
  }
  return [];
}

/** A result printed under its year ("Anno 2026: ≥ 75%", "2025 Incremento numero EEMM >= 1", "Anno 2023: t0"). */
function typeYearTarget(flat: string, year: RegExpExecArray): Typed | null {
  const y = Number(year[1]);
  const due = `${String(y)}-12-31`;
  const rest = flat.slice(year[0].length);
  if (/^\s*t\s*0\b/iu.test(rest)) return { kind: "baseline", measure: rest, text: flat };
  const change = changeBetweenYears(rest);
  if (change !== null) return { ...change, text: flat };
  const percent = /(?:≥|>=|>|almeno)?\s*(\d{1,3}(?:,\d+)?)\s*%/u.exec(rest);
  if (percent !== null) {
    return {
      kind: "share-at-least",
      minPercent: (percent[1] ?? "0").replace(",", "."),
      numerator: "",
      denominator: "",
      per: "year",
      due,
      text: flat,
    };
  }
  const count = /(?:≥|>=)\s*(\d{1,6})\b/u.exec(rest);
  if (count !== null) {
    return {
      kind: "count-at-least",
      min: Number(count[1]),
      unit: cleanUnit(rest.slice(0, count.index)),
      per: "year",
      due,
      text: flat,
    };
  }
  if (/\p{L}{3,}/u.test(rest)) return { kind: "deliverable", deliverable: cleanUnit(rest), due, text: flat };
  return null;
}

/** "… anno 2026 > … anno 2025", "2026>2025": a change between two years. */
function changeBetweenYears(
  text: string,
): Omit<Extract<DraftResultTarget, { kind: "change" }>, "id" | "lines" | "text"> | null {
  const match =
    /^(.*?)(?:anno\s+|nel\s+)?(20[2-3]\d)\s*(>|<|&gt;|&lt;)\s*(?:di\s+)?(.*?)(?:anno\s+|nel\s+)?(20[2-3]\d)\b/iu.exec(
      text,
    );
  if (match === null) return null;
  const a = Number(match[2]);
  const b = Number(match[5]);
  if (a === b) return null;
  const sign = match[3] ?? ">";
  const greater = sign === ">" || sign === "&gt;";
  // "2026 > 2025": the later year is greater (an increase); "2026 < 2025": a decrease.
  const later = Math.max(a, b);
  const increase = (a === later) === greater;
  const measure = cleanUnit((match[1] ?? "").replace(/^\s*(?:anno\s+20\d\d\s*:?)?/iu, ""));
  return {
    kind: "change",
    direction: increase ? "increase" : "decrease",
    measure,
    fromYear: Math.min(a, b),
    toYear: later,
  };
}

/** The targets of a results box, with the action each belongs to. */
export function readTargets(
  passage: Passage,
  from: number,
  to: number,
  inResults: boolean,
): (TargetRead & { action?: string })[] {
  const text = passage.text;
  const targets: (TargetRead & { action?: string })[] = [];
  let action: string | undefined;
  for (const item of splitItems(text, from, to)) {
    if (item.markerKind === "action") action = item.marker ?? undefined;
    for (const typed of typeTargets(text.slice(item.from, item.to), inResults)) {
      targets.push({
        ...typed,
        from: item.from,
        to: item.to,
        ...(action === undefined ? {} : { action }),
      });
    }
  }
  return targets;
}
