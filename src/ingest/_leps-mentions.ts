// The LEPS a text names in so many words ("Pronto Intervento Sociale", "dimissioni protette", "PUA integrati e
// UVM"): phrases specific to one LEPS, never its generic words ("sostegno", "sollievo", "servizi"), so that a
// title that shares a word with a LEPS is not read as naming it.
import type { LepsId } from "../catalog/leps.js";

const PHRASES: readonly (readonly [LepsId, RegExp])[] = [
  ["pronto-intervento-sociale", /pronto\s+intervento\s+sociale|\bP\.?\s?I\.?\s?S\.?(?=[\s,;)]|$)/giu],
  ["dimissioni-protette", /dimissioni\s+protette|transitional\s+care/giu],
  ["incremento-sad", /incremento\s+(?:del\s+)?SAD\b/giu],
  [
    "valutazione-multidimensionale-progetto-personalizzato",
    /valutazione\s+multidimensionale\s+e\s+(?:il\s+)?progetto\s+personalizzato/giu,
  ],
  ["prevenzione-allontanamento-familiare", /allontanamento\s+familiare|\bP\.?I\.?P\.?P\.?I\b/giu],
  ["pua-integrati-uvm", /\bPUA\s+integrati|punti\s+unici\s+di\s+accesso/giu],
  ["supervisione-personale", /supervisione\s+del\s+personale/giu],
  ["residenza-fittizia", /residenza\s+fittizia/giu],
];

/** The LEPS named in a text, in order of first mention. */
export function lepsMentions(text: string): LepsId[] {
  const found: { id: LepsId; at: number }[] = [];
  const slice = text.length > 10_000 ? text.slice(0, 10_000) : text;
  for (const [id, pattern] of PHRASES) {
    pattern.lastIndex = 0;
    const match = pattern.exec(slice);
    if (match !== null) found.push({ id, at: match.index });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.id);
}

/** The LEPS named in the sentences of a text that speak of LEPS ("… dei LEPS Prioritari: Valutazione …"). */
export function lepsNamedAfterWord(text: string): LepsId[] {
  const ids: LepsId[] = [];
  const slice = text.length > 10_000 ? text.slice(0, 10_000) : text;
  for (const match of slice.matchAll(/\bLEPS\b[^.;]{0,300}/gu)) {
    for (const id of lepsMentions(match[0])) if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}
