import { asText, Matcher, warning, words, type Prefixed } from "./_internal.js";
import { LEPS_CATALOG, LEPS_IDS, type LepsId } from "./leps.js";
import type { MatchResult } from "./match-result.js";

/** Shorter or different names of the LEPS found in the plans and in the national plans they quote. */
const VARIANTS: Readonly<Partial<Record<LepsId, readonly string[]>>> = {
  "servizio-sociale-professionale": ["Potenziamento del servizio sociale professionale"],
  "supervisione-personale": ["Supervisione del personale"],
  "dimissioni-protette": ["Dimissioni protette"],
  "residenza-fittizia": ["Residenza fittizia", "Accesso alla residenza anagrafica e fermo posta"],
  // seed 001 L1650 "LEPS – PRONTO INTERVENTO SOCIALE (PIS)".
  "pronto-intervento-sociale": ["Pronto intervento sociale PIS"],
  // seed 004 L1359 "PUA integrati e UVM: incremento operatori sociali".
  "pua-integrati-uvm": ["PUA integrati e UVM"],
  "servizi-sollievo": ["Servizi sociali di sollievo", "Servizi di sollievo"],
  "servizi-sostegno": ["Servizi sociali di supporto"],
  "percorso-assistenziale-integrato": ["Percorso assistenziale integrato"],
  "valutazione-multidimensionale-progetto-personalizzato": ["VM e progetto personalizzato"],
  "presa-in-carico-sociale-lavorativa": ["Presa in carico sociale/lavorativa", "Patto per l'inclusione"],
  // seed 004 L983 "… REGIONI E PROVINCE AUTONOME".
  "offerta-integrata": ["Offerta integrata di interventi e servizi"],
  "assegno-di-inclusione": ["Assegno di Inclusione", "Reddito di cittadinanza"],
};

const matcher = /* @__PURE__ */ new Matcher<LepsId>(() =>
  LEPS_IDS.map((id) => ({
    code: id,
    forms: [
      { text: LEPS_CATALOG[id].name, official: true },
      ...(VARIANTS[id] ?? []).map((text) => ({ text, official: false })),
    ],
  })),
);

/** A leading "LEPS:" / "LEPS –" label and a local number such as "L3." or "L2)". */
const LOCAL_NUMBER = /^[\s#*•\-–—>|]*(?:leps\s*[:\-–]?\s*)?(L\d+)\s*[.):\-–]?\s+/i;
/** The word "LEPS" itself, which plans write before the name ("LEPS – PRONTO INTERVENTO SOCIALE (PIS)"). */
const LEPS_WORD = /\bleps\b/gi;

function splitNumber(text: string): Prefixed {
  const number = LOCAL_NUMBER.exec(text);
  if (number === null) return { prefix: null, rest: text.replace(LEPS_WORD, " ") };
  return {
    prefix: (number[1] ?? "").toUpperCase(),
    rest: text.slice(number[0].length).replace(LEPS_WORD, " "),
  };
}

/**
 * Reads the LEPS that a text names ("Servizi Sociali per le dimissioni protette", "PUA integrati e UVM",
 * "INCREMENTO SAD"), with the same normalisation and scoring as {@link matchMacroArea}.
 *
 * A local number before the name ("L3.", "L2.") is set aside as `prefix` and ignored, with a
 * `local-number-ignored` warning: the plans number the LEPS inconsistently (seed 004 writes dimissioni protette
 * as L3 at L1359 and as L2 at L1474), so only the name decides. Never throws.
 *
 * @param text - a LEPS name as written in a plan
 * @example
 * ```ts
 * import { matchLeps } from "piano-di-zona";
 * matchLeps("Servizi Sociali per le dimissioni protette").code //=> "dimissioni-protette"
 * const m = matchLeps("L2. Servizi sociali per le dimissioni protette");
 * [m.code, m.prefix, m.warnings[0]?.code] //=> ["dimissioni-protette", "L2", "local-number-ignored"]
 * matchLeps("INCREMENTO SAD").confidence //=> "exact"
 * ```
 * @category Catalog
 */
export function matchLeps(text: string): MatchResult<LepsId> {
  const parsed = splitNumber(asText(text));
  const found = matcher.match(parsed);
  if (parsed.prefix === null) return found;
  return Object.freeze({
    ...found,
    warnings: Object.freeze([...found.warnings, warning("local-number-ignored")]),
  });
}

/**
 * Reads a cell that lists several LEPS, each after its local number ("L3. Servizi sociali per le dimissioni
 * protette L4. PUA integrati e UVM: incremento operatori sociali"): one {@link matchLeps} result per item, in
 * order; pieces without words (HTML tags) are skipped. A cell without local numbers gives a single result.
 * Never throws.
 *
 * @param text - a LEPS cell of a plan
 * @example
 * ```ts
 * import { matchLepsList } from "piano-di-zona";
 * const cell = "LEPS: L3. SERVIZI SOCIALI PER LE DIMISSIONI PROTETTE L4. PUA INTEGRATI E UVM: INCREMENTO OPERATORI SOCIALI L5. INCREMENTO SAD";
 * matchLepsList(cell).map((m) => m.code) //=> ["dimissioni-protette", "pua-integrati-uvm", "incremento-sad"]
 * ```
 * @category Catalog
 */
export function matchLepsList(text: string): MatchResult<LepsId>[] {
  return asText(text)
    .replace(/^\s*leps\s*:\s*/i, "")
    .split(/(?=\bL\d+\s*[.)]\s)/)
    .filter((item) => words(item).length > 0)
    .map(matchLeps);
}
