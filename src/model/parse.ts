import type { ParseResult } from "../core/result.js";
import { safeParseToResult } from "./_issues.js";
import { AccordoDiProgrammaSchema, type AccordoDiProgramma } from "./accordo-di-programma.js";
import { PianoDiZonaSchema, type PianoDiZona } from "./piano-di-zona.js";
import { SchedaObiettivoSchema, type SchedaObiettivo } from "./scheda-obiettivo.js";

/**
 * Validates a Piano di Zona without throwing. On failure every issue has a path, a stable code and messages in Italian
 * and English that begin with the field's name on the official form ("RISORSE ECONOMICHE PREVENTIVATE: l'importo
 * deve essere ≥ 0"). Euro amounts may be Italian text or numbers and come out as Decimal; dates may be Italian and
 * come out as ISO strings; unknown keys (`__proto__` and `constructor` included) are rejected.
 *
 * @example
 * ```ts
 * import { parsePianoDiZona } from "piano-di-zona";
 * const result = parsePianoDiZona({ title: "Piano di Zona 2025-2027" });
 * result.success //=> false
 * result.success ? [] : result.issues[0]?.messageIt //=> "AMBITO TERRITORIALE: il campo è obbligatorio"
 * ```
 * @category Model
 */
export function parsePianoDiZona(input: unknown): ParseResult<PianoDiZona> {
  return safeParseToResult(PianoDiZonaSchema, input, {
    ">title": { it: "TITOLO DEL PIANO DI ZONA", en: "title of the Piano di Zona" },
    ">period": { it: "PERIODO DI PROGRAMMAZIONE", en: "programming period" },
  });
}

/**
 * Validates an Accordo di Programma without throwing, with the same issues as {@link parsePianoDiZona}, including
 * the Accordo's own rules (references between parties and organs, adherents admitted, extensions).
 *
 * @example
 * ```ts
 * import { parseAccordoDiProgramma } from "piano-di-zona";
 * import { GALLARATE_ACCORDO } from "piano-di-zona/datasets";
 * parseAccordoDiProgramma(GALLARATE_ACCORDO).success //=> true
 * const late = parseAccordoDiProgramma({ ...GALLARATE_ACCORDO, extensions: [{ until: "31.12.2028", grantedBy: "comune" }] });
 * late.success ? [] : late.issues.map((issue) => issue.code) //=> ["extension_not_authorised"]
 * ```
 * @category Model
 */
export function parseAccordoDiProgramma(input: unknown): ParseResult<AccordoDiProgramma> {
  return safeParseToResult(AccordoDiProgrammaSchema, input, {
    ">title": { it: "TITOLO DELL'ACCORDO", en: "title of the Accordo" },
  });
}

/**
 * Validates one scheda obiettivo (the D.G.R. XII/2167 form) without throwing.
 *
 * @example
 * ```ts
 * import { parseSchedaObiettivo } from "piano-di-zona";
 * import { GALLARATE_SCHEDA_OBIETTIVO_L } from "piano-di-zona/datasets";
 * const scheda = GALLARATE_SCHEDA_OBIETTIVO_L;
 * const result = parseSchedaObiettivo({ ...scheda, budget: { ...scheda.budget, total: "-5" } });
 * result.success ? [] : result.issues.map((issue) => issue.messageIt) //=> ["RISORSE ECONOMICHE PREVENTIVATE: l'importo deve essere ≥ 0"]
 * ```
 * @category Model
 */
export function parseSchedaObiettivo(input: unknown): ParseResult<SchedaObiettivo> {
  return safeParseToResult(SchedaObiettivoSchema, input);
}
