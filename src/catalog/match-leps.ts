import { LEPS_CATALOG, LEPS_IDS, type LepsId } from "./leps.js";
import type { MatchResult } from "./match-result.js";
import { splitLocalNumber } from "./_leps-prefix.js";
import { hasInvisible, readMatchText, withoutInvisible } from "./_match-input.js";
import { withWarnings } from "./_match-result.js";
import { Matcher, SAW_INVISIBLE } from "./_matcher.js";
import { hasWords } from "./_words.js";

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

/** The word "LEPS" itself, which plans write before the name ("LEPS – PRONTO INTERVENTO SOCIALE (PIS)"). */
const LEPS_WORD = "leps";

/**
 * Reads the LEPS that a text names ("Servizi Sociali per le dimissioni protette", "PUA integrati e UVM",
 * "INCREMENTO SAD"), with the same normalisation and scoring as {@link matchMacroArea}.
 *
 * A local number before the name ("L3.", "L2.") is set aside as `prefix` and ignored, with a
 * `local_number_ignored` warning: the plans number the LEPS inconsistently (seed 004 writes dimissioni protette
 * as L3 at L1359 and as L2 at L1474), so only the name decides. As {@link matchMacroArea}, it ignores invisible
 * characters and reads only the first `LIMITS.maxTextLength` (10,000) characters, in linear time. Never throws.
 *
 * @param text - a LEPS name as written in a plan
 * @example
 * ```ts
 * import { matchLeps } from "piano-di-zona";
 * matchLeps("Servizi Sociali per le dimissioni protette").code //=> "dimissioni-protette"
 * const m = matchLeps("L2. Servizi sociali per le dimissioni protette");
 * [m.code, m.prefix, m.warnings[0]?.code] //=> ["dimissioni-protette", "L2", "local_number_ignored"]
 * matchLeps("INCREMENTO SAD").confidence //=> "exact"
 * ```
 * @category Catalog
 */
export function matchLeps(text: string): MatchResult<LepsId> {
  return matchLepsText(readMatchText(text), false);
}

/** {@link matchLeps} of a text already read by `readMatchText`; `clean` once its invisible characters are gone. */
function matchLepsText(text: string, clean: boolean): MatchResult<LepsId> {
  const parsed = splitLocalNumber(text);
  const reader = matcher.reader();
  const saw = reader.scan(text, parsed.start, text.length, LEPS_WORD, 0);
  if (!clean && ((saw & SAW_INVISIBLE) !== 0 || hasInvisible(text, 0, parsed.start))) {
    return matchLepsText(withoutInvisible(text), true);
  }
  const found = reader.result(text, parsed.prefix);
  return parsed.prefix === null ? found : withWarnings(found, ["local_number_ignored"]);
}

/** "LEPS:" before a list of LEPS. */
const LIST_LABEL = /^\s*leps\s*:\s*/i;
/** Where an item of a list of LEPS starts: before its local number ("L3. ", "L4) "). */
const ITEM_START = /(?=\bL\d+\s*[.)]\s)/;

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
  return withoutInvisible(readMatchText(text))
    .replace(LIST_LABEL, "")
    .split(ITEM_START)
    .filter((item) => hasWords(item))
    .map((item) => matchLepsText(item, true));
}
