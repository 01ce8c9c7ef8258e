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

/** "… nell’anno 2025", "… nel 2026" closing a result: the year it is due in. */
const IN_YEAR = /\bnel(?:l['’]\s*anno)?\s+(20[2-3]\d)\s*[.;]?\s*$/iu;

/** Documents whose making is a result even without a figure ("Definizione di linee operative …"). */
const MADE =
  "(?:protocoll[oi]|documento|mappatura|convenzione|accordo|regolamento|linee\\s+(?:guida|operative)|modelli\\s+operativi|catalogo|vademecum|guida|opuscolo|procedur[ae]|elenco|piattaforma|cronoprogramma|materiale\\s+informativo)\\b";

/**
 * A result that names a document made, without a figure: "un elenco di procedure operative …", "Ci si attende un
 * documento complessivo di ricerca …", "Definizione di linee operative …", "Presente una piattaforma …",
 * "Definite Linee guida/protocollo …". What is matched is left out of the deliverable's name, up to the document.
 */
const DELIVERED = new RegExp(
  `^(?:ci\\s+si\\s+attende\\s*:?\\s*)?(?:(?:definizione|elaborazione|stesura|redazione|produzione|predisposizione|adozione)\\s+(?:(?:di|del|della|dello|dei|delle|degli)\\s+|dell['’]\\s*)?|(?:presente|presenti|definit[aeio]|elaborat[aeio]|redatt[aeio]|adottat[aeio])\\s+)?(?:un[ao]?\\s+|un['’]\\s*)?(?=[“"«]?${MADE})`,
  "iu",
);

/**
 * A result that names a body or a service set up, without a figure, in the results box: "Costituzione tavolo
 * politiche giovanili …", "attivazione Agenzia dell'Abitare", "avvio del servizio Informagiovani".
 */
const SET_UP =
  /^(?:costituzione|creazione|attivazione|avvio|apertura)\s+(?:(?:di|del|della|dello|dei|delle|degli)\s+|dell['’]\s*)?(?:un[ao]?\s+|un['’]\s*)?(?=(?:tavol[oi]|agenzia|servizio|sportello|centrale|cabina\s+di\s+regia)\b)/iu;

/**
 * A result that extends the hours of a service, without a figure, in the results box: "Ampliamento dell’orario di
 * copertura del servizio SAD/SADH nei giorni festivi e prefestivi" (seed 000 L6098), "Estensione degli orari di
 * apertura dello sportello": the extension is delivered or not.
 */
const EXTENDED =
  /^(?:ampliamento|estensione|prolungamento)\s+(?:dell['’]\s*orario|degli\s+orari)\b[^.;]{0,80}\b(?:servizi[oi]|sportell[oi]|centr[oi]|spazi[oi])\b/iu;

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
  if (/entro\s+(?:la\s+)?fine\s+del\s+triennio|entro\s+il\s+2027\b|\bnel\s+triennio\s*[.;]?\s*$/iu.test(text))
    return "2027-12-31";
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
  // LaTeX's escaped percent sign ("≥ 50\%") is a percent sign.
  const plain = flat.replace(/\\%/gu, "%");
  const year = YEAR_PREFIX.exec(plain);
  if (year !== null) {
    const typed = typeYearTarget(plain, year);
    return typed === null ? [] : [{ ...typed, text: flat }];
  }
  const change = changeBetweenYears(plain);
  if (change !== null) return [{ ...change, text: flat }];
  const inYear = IN_YEAR.exec(plain);
  const due = dueOf(plain) ?? (inYear === null ? undefined : `${inYear[1] ?? ""}-12-31`);
  const withDue = due === undefined ? {} : { due };
  const norm = withDigits(plain);
  const share =
    /(?:almeno\s+(?:il\s+|l['’]\s*|al\s+)?)?(\d{1,3}(?:,\d+)?)\s*%\s*(?:(?:degli|delle|dei|di|del|della)\s+)?(.*)$/iu.exec(
      norm,
    );
  // "1/3 delle sperimentazioni che continuano": a share written as a fraction, in percent to two decimals.
  const fraction =
    /^(?:almeno\s+)?(\d{1,2})\/(\d{1,2})\s+(?:delle|della|dello|degli|dei|del|dell['’])\s*(.*)$/iu.exec(norm);
  const [numerator, denominator] = [Number(fraction?.[1]), Number(fraction?.[2])];
  if (fraction !== null && numerator > 0 && numerator < denominator) {
    return [
      {
        kind: "share-at-least",
        minPercent: String(Math.floor((numerator * 10000) / denominator) / 100),
        numerator: "",
        denominator: cleanUnit(fraction[3] ?? ""),
        ...withDue,
        text: flat,
      },
    ];
  }
  if (share !== null) {
    return [
      {
        kind: "share-at-least",
        minPercent: (share[1] ?? "0").replace(",", "."),
        numerator: "",
        denominator: cleanUnit((share[2] ?? "").replace(IN_YEAR, "")),
        ...(inYear === null ? {} : { per: "year" as const }),
        ...withDue,
        text: flat,
      },
    ];
  }
  // "raccolta fondi … per 200 mila euro nel triennio": a sum of money, counted in euro.
  const money = /(?:^|\s)(?:almeno\s+|per\s+|di\s+)?(\d{1,3})\s+mila\s+euro\b/iu.exec(norm);
  if (money !== null && inResults) {
    return [
      {
        kind: "count-at-least",
        min: Number(money[1]) * 1000,
        unit: cleanUnit(`euro ${norm.slice(0, money.index).replace(/\s+per\s*$/iu, "")}`),
        per: periodOf(flat),
        ...withDue,
        text: flat,
      },
    ];
  }
  // "in 5 comuni", "n. 10 nuove scuole in cui …": places reached.
  const coverage =
    /(?:\bin\s+(?:almeno\s+)?|(?:^|\s)n[.°]\s*)(\d{1,4})\s+(?:nuov[ie]\s+)?(comun[ei]|ambiti|scuole|distretti)\b/iu.exec(
      norm,
    );
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
    // "N. di beneficiari che permangono … per almeno sei mesi": a span that defines what is counted, not a target.
    const before = norm.slice(0, count.index + count[0].length - (count[2] ?? "").length);
    if (
      /^(?:mesi|anni|giorni|settimane|ore)\b/iu.test(unitText) &&
      /\bper\s+(?:almeno\s+)?\d+\s*$/iu.test(before)
    )
      return [];
    // Outside the results box, "un"/"una" is an article, not a figure: only a printed 1 makes a deliverable (not
    // the digits of a law cited beside it, "Come da D.L. 29/2024: Introduzione di una logica di rete …").
    if (min === 1 && !inResults && !yesNo && !/(?:^|[^\d.,/])1(?![\d]|[.,/]\d)/u.test(plain)) return [];
    if (min === 1 && per === "triennium" && (yesNo || DOCUMENTS.test(unitText) || !atLeast)) {
      // "n. 1 accordo quadro e di n. 1 protocollo": two deliverables.
      const pair = /^(.*?)\s+e\s+(?:di\s+)?n\.\s*1\s+(.+)$/iu.exec(unitText);
      const units = pair === null ? [unitText] : [pair[1] ?? "", pair[2] ?? ""];
      return units.map((unit) => ({
        kind: "deliverable" as const,
        deliverable: cleanUnit(unit),
        ...withDue,
        text: flat,
      }));
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
  if (inResults && EXTENDED.test(plain))
    return [{ kind: "deliverable", deliverable: cleanUnit(flat), ...withDue, text: flat }];
  const made = DELIVERED.exec(plain) ?? (inResults ? SET_UP.exec(plain) : null);
  if (made !== null) {
    return [
      { kind: "deliverable", deliverable: cleanUnit(plain.slice(made[0].length)), ...withDue, text: flat },
    ];
  }
  // "Incremento delle …", also under the "n." of a row of counts ("n. Incremento delle prese in carico …").
  const trend = /^(?:n[.°]\s*)?(?=(?:incremento|aumento|crescita|minor|riduzione|diminuzione)\b)/iu.exec(
    flat,
  );
  // Only the increase of a count over the triennium ("Incremento del numero di …", "dei soggetti intercettati",
  // "delle prese in carico …"); the increase of a quality ("incremento delle competenze degli attori di rete",
  // "incremento opportunità di inserimento …") has nothing to measure it by and is left untyped.
  const counted =
    trend !== null &&
    /^(?:n[.°]\s*)?\S+\s+(?:(?:del|dei|delle|degli|della|dello|di)\s+)?(?:numero|n[.°]|soggetti|persone|prese|utenti|famiglie|nuclei|accessi|beneficiari|casi|partecipanti|interventi|progetti|servizi|ore|posti|iscritti|segnalazioni|contatti)\b/iu.test(
      flat,
    );
  if (inResults && trend !== null && counted) {
    const decrease = /^(?:minor|riduzione|diminuzione)/iu.test(flat.slice(trend[0].length));
    return [
      {
        kind: "change",
        direction: decrease ? "decrease" : "increase",
        measure: cleanUnit(flat.slice(trend[0].length)),
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
    /^(.*?)(?:anno\s+|nel\s+)?(20[2-3]\d)\s*(>(?!=)|<(?!=)|&gt;|&lt;|(?:maggiore|superiore|minore|inferiore)\s+(?:di|a)\b)\s*(?:di\s+)?(.*?)(?:anno\s+|nel\s+)?(20[2-3]\d)\b/iu.exec(
      text,
    );
  if (match === null) return null;
  const a = Number(match[2]);
  const b = Number(match[5]);
  if (a === b) return null;
  const sign = (match[3] ?? ">").toLowerCase();
  const greater = sign === ">" || sign === "&gt;" || /^(?:maggiore|superiore)/u.test(sign);
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

/** A part of an item: `[from, to)`, and whether it only names the indicator the parts after it measure. */
export interface Segment {
  readonly from: number;
  readonly to: number;
  readonly head: boolean;
  /** The year of the row it continues ("Anno 2026 – Approvazione … – applicazione … almeno sul 40% dei casi"). */
  readonly year?: number;
}

/**
 * A yearly result that adds a figure after a dash ("Anno 2026 – Approvazione e Attivazione Accordo – applicazione
 * del protocollo almeno sul 40% dei casi"): two results of that year, the step and the figure. Null when the part
 * before the dash states a figure too, or the part after it none.
 */
function splitAtDash(text: string, segment: Segment): Segment[] | null {
  const part = text.slice(segment.from, segment.to);
  const year = /^\s*(?:Anno\s+)?(20[2-3]\d)\s*[:\-–]?/u.exec(part);
  if (year === null) return null;
  const dash = /\s[–-]\s/u.exec(part.slice(year[0].length));
  if (dash === null) return null;
  const cut = year[0].length + dash.index;
  const step = part.slice(year[0].length, cut);
  const figure = part.slice(cut + dash[0].length);
  if (/\d/u.test(step) || !/\d/u.test(figure) || !/\p{L}{3,}/u.test(step)) return null;
  return [
    { from: segment.from, to: segment.from + cut, head: false },
    {
      from: segment.from + cut + dash[0].length,
      to: segment.to,
      head: false,
      year: Number(year[1]),
    },
  ];
}

/** The last character before `at` that is not a space, or "" at the start. */
function charBefore(text: string, from: number, at: number): { ch: string; at: number } {
  let k = at - 1;
  while (k >= from && /\s/u.test(text.charAt(k))) k -= 1;
  return k < from ? { ch: "", at: from } : { ch: text.charAt(k), at: k };
}

/**
 * Where a year opens a result of its own in a row the text-extraction tool linearised ("… Anno 2025 Incremento
 * numero EEMM ≥ 1 Anno 2026 N. EEMM attivate anno 2026 > …", "2025 >= 50% 2026 >= 75% 2027 100%"): a year after
 * "Anno", or a bare year after the start, a figure, "%", ";", ")" or ":", and before neither a span ("2025-2027")
 * nor a bracket. A year inside a phrase ("anno 2026 >", "svolti nel 2026", "(2025)", "31.12.2026") opens nothing.
 */
function yearMarkers(text: string, from: number, to: number): number[] {
  const markers: number[] = [];
  const pattern = /20[2-3]\d(?!\d)/gu;
  // Up to the item's end only: a search past it would read the rest of the box for every item.
  const scope = text.slice(0, to);
  pattern.lastIndex = from;
  for (let match = pattern.exec(scope); match !== null; match = pattern.exec(scope)) {
    const at = match.index;
    if (/\d/u.test(text.charAt(at - 1))) continue;
    const after = text.slice(at + 4, at + 10);
    if (/^\s*[-–]\s*20\d|^\s*[)/]/u.test(after)) continue;
    const before = charBefore(text, from, at);
    const anno = /(?:^|[^\p{L}])(Anno|ANNO)\s+$/u.exec(text.slice(Math.max(from, at - 12), at));
    if (anno !== null) {
      markers.push(at - anno[0].length + anno[0].indexOf(anno[1] ?? ""));
      continue;
    }
    const word = /(\p{L}+)\s*$/u.exec(text.slice(Math.max(from, at - 20), at));
    const ok =
      before.ch === "" ||
      /[\d%;):]/u.test(before.ch) ||
      (before.ch === "." && !/\d/u.test(text.charAt(before.at - 1))) ||
      // "… incontri formativi previsti 2025 >= 50%", "… Gruppi territoriali 2025: T0"
      (word !== null &&
        !LINKING.test(word[1] ?? "") &&
        !/^(?:anno|entro|fine|marzo|giugno|settembre|dicembre)$/iu.test(word[1] ?? "") &&
        /^\s*(?:>=|≥|:)/u.test(after));
    if (ok) markers.push(at);
  }
  return markers;
}

/** Words after which a repeated list head continues a phrase rather than opening an item. */
const LINKING =
  /^(?:di|de[il]?|dell[aeo]|degli|e|ed|o|a|al|all[aeo]|ai|agli|per|con|su[il]?|sull[aeo]|in|nel|nell[aeo]|nei|il|lo|la|le|i|gli|l|un|una|uno|tra|fra|da|dal|dall[aeo]|dai)$/iu;

/**
 * Where the word that opens an item opens another one further on, in a row printed without bullets
 * ("n. 4 incontri di rete n. 1 catalogo …", "Realizzazione di almeno 2 percorsi formativi realizzazione di almeno
 * 2 progetti …"); a repetition after a linking word ("e di n. 1 protocollo") continues the phrase, except "e n."
 * between two counts.
 */
function repeatedHeads(text: string, from: number, to: number): { at: number; end: number }[] {
  const lead = /^\s*(n\.|n°|\p{L}{4,})/u.exec(text.slice(from, Math.min(to, from + 40)));
  if (lead === null) return [];
  const word = (lead[1] ?? "").toLowerCase();
  const cuts: { at: number; end: number }[] = [];
  const escaped = word.replace(/[.]/gu, "\\.");
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}])`, "giu");
  // Up to the item's end only: a search past it would read the rest of the box for every item.
  const scope = text.slice(0, to);
  pattern.lastIndex = from + lead.index + lead[0].length;
  for (let match = pattern.exec(scope); match !== null; match = pattern.exec(scope)) {
    const at = match.index;
    const previous = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(from, at - 30), at));
    if (previous === null) continue;
    const linking = previous[1] ?? "";
    if (!LINKING.test(linking)) {
      cuts.push({ at, end: at });
    } else if (word === "n." && /^e$/iu.test(linking) && !/^\s*di\b/iu.test(text.slice(at + 2, at + 8))) {
      cuts.push({ at, end: at - previous[0].length });
    }
  }
  return cuts;
}

/**
 * Whether the line ending at `end` was broken only because the word at `at` did not fit: that line and the word,
 * one space between, are longer than the longest line of `[from, to)` ("… che rappresentano una buona prassi ⏎ una
 * guida per azioni …" wrapped at the page's width). The next line then goes on with the phrase, it opens no result.
 */
function wrappedBefore(text: string, from: number, to: number, end: number, at: number): boolean {
  const start = text.lastIndexOf("\n", from - 1) + 1;
  let width = 0;
  for (const line of text.slice(start, to).split("\n")) width = Math.max(width, line.trimEnd().length);
  const before = text.slice(text.lastIndexOf("\n", end - 1) + 1, end).trimEnd().length;
  const word = /^\S+/u.exec(text.slice(at, to))?.[0].length ?? 0;
  return before + 1 + word > width;
}

/**
 * Where a line starts with a document made, after a line that ends a phrase ("… prevenzione disagio ⏎ un
 * documento complessivo di ricerca …", "… in tema di UDOS ⏎ un elenco di procedure operative …"): the bullet-less
 * next result of a list. A line that continues a phrase ("la stesura di ⏎ un documento") is not cut.
 */
export function documentsAtLineStart(text: string, from: number, to: number): { at: number; end: number }[] {
  const cuts: { at: number; end: number }[] = [];
  const lineStart = /\n[ \t]*(?=(?:un[ao]?\s+|un['’]\s*)\S)/gu;
  // Up to the item's end only: a search past it would read the rest of the box for every item.
  const scope = text.slice(0, to);
  lineStart.lastIndex = from;
  for (let match = lineStart.exec(scope); match !== null; match = lineStart.exec(scope)) {
    const at = match.index + match[0].length;
    // After a phrase's last word, or after the colon of the list's introduction ("Ci si attende:").
    const previous = /(\p{L}+|:)\s*$/u.exec(text.slice(Math.max(from, match.index - 30), match.index));
    if (previous === null || LINKING.test(previous[1] ?? "")) continue;
    if (previous[1] !== ":" && wrappedBefore(text, from, to, match.index, at)) continue;
    if (at < to && DELIVERED.test(text.slice(at, Math.min(to, at + 120))))
      cuts.push({ at, end: match.index });
  }
  // "… di supporto alla transizione Produzione di materiale informativo …", "… dispersione scolastica Costituzione
  // tavolo …": the making of a document or a body, capitalised after a word in small letters, opens the next
  // result of a list that lost its bullets.
  const capital =
    /\p{Ll}[ \t]+(?=(?:Definizione|Elaborazione|Stesura|Redazione|Produzione|Predisposizione|Costituzione|Creazione)\b)/gu;
  capital.lastIndex = from;
  for (let match = capital.exec(scope); match !== null; match = capital.exec(scope)) {
    const at = match.index + match[0].length;
    const next = text.slice(at, Math.min(to, at + 120));
    if (at < to && (DELIVERED.test(next) || SET_UP.test(next))) cuts.push({ at, end: at });
  }
  // "… in cui viene attuata la formazione customer da parte dei bambini …": a satisfaction survey named after a
  // result in small letters is a measure of its own.
  const survey =
    /\p{Ll}[ \t]+(?=(?:customer(?:[ \t]+satisfaction)?|questionari[oi][ \t]+di[ \t]+(?:gradimento|soddisfazione))(?![\p{L}]))/giu;
  survey.lastIndex = from;
  for (let match = survey.exec(scope); match !== null; match = survey.exec(scope)) {
    const at = match.index + match[0].length;
    if (at < to) cuts.push({ at, end: at });
  }
  return cuts;
}

/** "Indicatore 2:", "Indicatore:" inside an item: the label of the indicator whose results follow. */
const INDICATOR_LABEL = /(?<![\p{L}])Indicatore(?:\s+\d{1,2})?\s*:/gu;

/**
 * The parts of an item that are results of their own: a row of yearly results is cut at each year, after the
 * indicator it measures (a head, typed only when it states a figure); a row printed without bullets is cut where its
 * opening word comes again. An item with neither is one part.
 */
export function segmentsOf(text: string, from: number, to: number): Segment[] {
  const years = yearMarkers(text, from, to);
  if (years.length >= 2) {
    const cuts: { at: number; start: number; head: boolean }[] = years.map((at) => ({
      at,
      start: at,
      head: false,
    }));
    // Up to the item's end only: a search past it would read the rest of the box for every item.
    const scope = text.slice(0, to);
    INDICATOR_LABEL.lastIndex = from;
    for (let m = INDICATOR_LABEL.exec(scope); m !== null; m = INDICATOR_LABEL.exec(scope)) {
      cuts.push({ at: m.index, start: m.index + m[0].length, head: true });
    }
    cuts.sort((a, b) => a.at - b.at);
    const segments: Segment[] = [];
    let start = from;
    let head = true;
    for (const cut of cuts) {
      if (cut.at > start) segments.push({ from: start, to: cut.at, head });
      start = Math.max(start, cut.start);
      head = cut.head;
    }
    segments.push({ from: start, to, head });
    return segments
      .filter((s) => /[\p{L}\d]/u.test(text.slice(s.from, s.to)))
      .flatMap((s) => (s.head ? [s] : (splitAtDash(text, s) ?? [s])));
  }
  const heads =
    years.length === 0 ? [...repeatedHeads(text, from, to), ...documentsAtLineStart(text, from, to)] : [];
  heads.sort((a, b) => a.at - b.at);
  if (heads.length === 0) {
    const whole = { from, to, head: false };
    return splitAtDash(text, whole) ?? [whole];
  }
  const segments: Segment[] = [];
  let start = from;
  for (const cut of heads) {
    segments.push({ from: start, to: cut.end, head: false });
    start = cut.at;
  }
  segments.push({ from: start, to, head: false });
  return segments;
}

/** A target of a yearly row: due at the end of that year, counted per year. */
function withYear(typed: Typed, year: number | undefined): Typed {
  if (year === undefined || typed.due !== undefined) return typed;
  const due = `${String(year)}-12-31`;
  return typed.kind === "share-at-least" || typed.kind === "count-at-least"
    ? { ...typed, per: "year", due }
    : { ...typed, due };
}

/** A result that states a figure no rule types: `[from, to)` in the box, and its text. */
export interface UntypedFigure {
  readonly from: number;
  readonly to: number;
  readonly text: string;
}

/**
 * Numbers that are not figures of a result: years ("2025", "2021-2023"), dates ("31/12/2026"), a law and its
 * article ("L. 328/00", "art. 14"), a D.G.R.'s number, a level or phase ("T0", "fase 2"), the number of an action or
 * an indicator, a list number at the start.
 */
const NOT_FIGURES =
  /\b\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d{2}\b|\b(?:19|20)\d{2}\b|\b(?:l|legge|art|artt|d\.?\s*lgs|dgr|d\.g\.r|n\.\s*xi+|xi+|decreto|dpcm|comma|fase|step|livello|lotto|azione|indicatore|obiettivo|punto|paragrafo|cap|capitolo|allegato|misura|target)\.?\s*(?:n\.?\s*)?\d[\d/.-]*|\bt\s*0\b|\b\d{1,3}\/\d{2,4}\b(?=\s*(?:$|[,;)]))|^\s*\d{1,2}(?:(?:\.\d{1,2})+\.?|[.)])(?=\s|$)/giu;

/** Whether a result's text states a figure: a number that is not a year, a date, a reference or a list number. */
export function statesFigure(text: string): boolean {
  return /\d/u.test(text.replace(NOT_FIGURES, " "));
}

/**
 * The targets of a results box, with the action each belongs to. A part of the box that states a figure and that no
 * rule types is added to `untyped` when it is given: it is reported, not guessed.
 */
export function readTargets(
  passage: Passage,
  from: number,
  to: number,
  inResults: boolean,
  untyped?: UntypedFigure[],
): (TargetRead & { action?: string })[] {
  const text = passage.text;
  const targets: (TargetRead & { action?: string })[] = [];
  let action: string | undefined;
  // "Indicatore 3:" printed alone: the item after it is the indicator's name.
  let named = false;
  for (const item of splitItems(text, from, to)) {
    if (item.markerKind === "action") action = item.marker ?? undefined;
    const afterLabel = named;
    named = /^\s*Indicatore(?:\s+\d{1,2})?\s*:\s*$/u.test(text.slice(item.from, item.to));
    if (named) continue;
    for (const segment of segmentsOf(text, item.from, item.to)) {
      const raw = text.slice(segment.from, segment.to);
      // "Azione: Definizione di …" names an action, not a result.
      if (/^\s*Azione\s*:/u.test(raw)) continue;
      // The label of an indicator ("Indicatore 2:") is not part of its result.
      const label = /^\s*Indicatore(?:\s+\d{1,2})?\s*:\s*/u.exec(raw);
      const from = segment.from + (label === null ? 0 : label[0].length);
      const part = text.slice(from, segment.to);
      // An indicator's name is a target only when it states a figure ("realizzazione di n. 1 accordo quadro").
      const head = segment.head || label !== null || (afterLabel && segment.from === item.from);
      if (head && !/\d/u.test(part)) continue;
      const typedParts = typeTargets(part, inResults && !head);
      if (typedParts.length === 0 && !head && untyped !== undefined && statesFigure(part)) {
        untyped.push({ from, to: segment.to, text: verbatim(part) });
      }
      for (const typed of typedParts) {
        targets.push({
          ...withYear(typed, segment.year),
          from,
          to: segment.to,
          ...(action === undefined ? {} : { action }),
        });
      }
    }
  }
  return targets;
}

/**
 * "Indicatore: N. persone anziane prese in carico al T0 (2025)": the level a measure starts from, printed as the
 * last words of an item ("Indicatore input: - N. di soggetti … coinvolti al T0 (2025)"), in the needs box.
 */
const BASELINE =
  /(?:^|[\s:])((?:N\.|N°|n\.|n°|Numero|numero)\s*[^:]{3,300}?)\s+al\s+T\s*0\s*\(\s*(20[2-3]\d)\s*\)\s*[.;]?\s*$/u;

/**
 * The baselines a box states at the end of an item ("… al T0 (2025)"): the measure, typed as a baseline, its
 * text from the measure to the year.
 */
export function readBaselines(passage: Passage, from: number, to: number): TargetRead[] {
  const text = passage.text;
  const baselines: TargetRead[] = [];
  for (const item of splitItems(text, from, to)) {
    // The end of the item only: a baseline is its last words.
    const start = Math.max(item.from, item.to - 400);
    const match = BASELINE.exec(text.slice(start, item.to));
    if (match === null) continue;
    const at = start + match.index + match[0].indexOf(match[1] ?? "");
    const end = start + match.index + match[0].trimEnd().replace(/[.;]$/u, "").length;
    baselines.push({
      kind: "baseline",
      measure: verbatim(match[1] ?? ""),
      text: verbatim(text.slice(at, end)),
      from: at,
      to: end,
    });
  }
  return baselines;
}
