import * as z from "zod";
import * as M from "../core/messages/model.js";
import type { ParseResult } from "../core/result.js";
import { reportIssue, ownFieldsOnly } from "../core/zod-issues.js";
import { AMBITO_LABELS } from "./ambito-labels.js";
import { ambitoSchema } from "./ambito.js";
import { LEPS_SCHEDA_LABELS } from "./leps-scheda-labels.js";
import { lepsSchedaSchema } from "./leps-scheda.js";
import type { NumberMode, ParseOptions } from "./number-mode.js";
import { planEvaluationSchema } from "./objective-evaluation.js";
import { PIANO_DI_ZONA_LABELS } from "./piano-di-zona-labels.js";
import { PLAN_EVALUATION_LABELS } from "./plan-evaluation-labels.js";
import { isoDateSchema, sourceReferenceSchema } from "./primitives.js";
import { SCHEDA_OBIETTIVO_LABELS } from "./scheda-obiettivo-labels.js";
import { schedaObiettivoSchema } from "./scheda-obiettivo.js";
import { parseModel, safeParseModel, type ModelDefinition } from "./_parse-model.js";
import { once, perMode } from "./_per-mode.js";

/** Built on first use. @internal */
export const approvalActSchema = /* @__PURE__ */ once(() =>
  z.strictObject({
    /** The body that acted, as the document names it. */
    by: z.string().min(1),
    /** The act ("deliberazione n. …"), when stated. */
    act: z.string().optional(),
    date: isoDateSchema(),
    /** The sentence that records the act, verbatim. */
    text: z.string().min(1).optional(),
    source: sourceReferenceSchema().optional(),
  }),
);

/**
 * An act that approved or adopted the Piano ("adottato dall'Assemblea dei Sindaci il 02.12.2024"; "approvato dal
 * Consiglio Comunale").
 * @category Model
 */
export const ApprovalActSchema = /* @__PURE__ */ z.lazy(approvalActSchema);

/** A validated {@link ApprovalActSchema} record. @category Model */
export type ApprovalAct = z.output<typeof ApprovalActSchema>;

function buildPianoDiZona(mode: NumberMode) {
  return z
    .strictObject({
      title: z.string().min(1),
      ambito: ambitoSchema(),
      period: z.strictObject({ from: z.number().int(), to: z.number().int() }),
      approvals: z.array(approvalActSchema()),
      previousEvaluation: planEvaluationSchema(mode).optional(),
      objectives: z.array(schedaObiettivoSchema(mode)),
      lepsSchede: z.array(lepsSchedaSchema(mode)),
      source: sourceReferenceSchema().optional(),
    })
    .superRefine(
      ownFieldsOnly((piano, ctx) => {
        if (piano.period.to < piano.period.from) {
          reportIssue(ctx, M.period_ends_before_start, { of: "programming" }, ["period", "to"]);
        }
        if (
          piano.previousEvaluation !== undefined &&
          piano.previousEvaluation.period.to >= piano.period.from
        ) {
          reportIssue(ctx, M.previous_period_overlaps, {}, ["previousEvaluation", "period", "to"]);
        }
        const codes = new Set<string>();
        piano.objectives.forEach((objective, index) => {
          if (codes.has(objective.code)) {
            reportIssue(ctx, M.duplicate_objective_code, { code: objective.code }, [
              "objectives",
              index,
              "code",
            ]);
          }
          codes.add(objective.code);
        });
      }),
    );
}

/** Built on first use, per number mode. @internal */
export const pianoDiZonaSchema = /* @__PURE__ */ perMode(buildPianoDiZona);

/**
 * A Piano di Zona (L. 328/2000 art. 19; L.R. 3/2008 art. 18; D.G.R. XII/2167 for 2025-2027): the Ambito, the
 * programming period in years, the approval acts, the ex-post evaluation of the previous period, the new objectives
 * as schede obiettivo and the LEPS schede.
 *
 * Rules: the period does not end before it starts; the evaluated period ends before this one begins; objective codes
 * are unique.
 *
 * @example
 * ```ts
 * import { PianoDiZonaSchema } from "piano-di-zona";
 * import { GALLARATE_AMBITO, GALLARATE_LEPS_SCHEDA_SAD, GALLARATE_SCHEDA_OBIETTIVO_L, GALLARATE_EVALUATION_2021_2023 } from "piano-di-zona/datasets";
 * const piano = {
 *   title: "Piano di Zona 2025-2027", ambito: GALLARATE_AMBITO, period: { from: 2025, to: 2027 },
 *   approvals: [{ by: "Assemblea dei Sindaci", date: "02.12.2024" }],
 *   previousEvaluation: GALLARATE_EVALUATION_2021_2023,
 *   objectives: [GALLARATE_SCHEDA_OBIETTIVO_L], lepsSchede: [GALLARATE_LEPS_SCHEDA_SAD],
 * };
 * PianoDiZonaSchema.safeParse(piano).success //=> true
 * PianoDiZonaSchema.safeParse({ ...piano, period: { from: 2023, to: 2025 } }).success //=> false
 * ```
 * @category Model
 */
export const PianoDiZonaSchema = /* @__PURE__ */ z.lazy(() => pianoDiZonaSchema("canonical"));

/** A validated {@link PianoDiZonaSchema} record. @category Model */
export type PianoDiZona = z.output<typeof PianoDiZonaSchema>;

/** The input form of {@link PianoDiZona}: dates may be Italian text; amounts are text, numbers or Decimals. @category Model */
export type PianoDiZonaInput = z.input<typeof PianoDiZonaSchema>;

/**
 * The Piano di Zona as a top-level model: its own labels over those of its parts (the schede obiettivo and LEPS, the
 * Ambito, the evaluation grid), merged once on first use.
 * @internal
 */
export const PIANO_DI_ZONA_MODEL: ModelDefinition<ReturnType<typeof buildPianoDiZona>> = {
  schema: pianoDiZonaSchema,
  labels: /* @__PURE__ */ once(() => ({
    ...PLAN_EVALUATION_LABELS,
    ...AMBITO_LABELS,
    ...SCHEDA_OBIETTIVO_LABELS,
    ...LEPS_SCHEDA_LABELS,
    ...PIANO_DI_ZONA_LABELS,
  })),
};

/**
 * Validates a Piano di Zona without throwing: the Piano, or every issue with its path, a stable code and messages
 * in Italian and English that begin with the field's name on the official form ("RISORSE ECONOMICHE PREVENTIVATE:
 * l'importo deve essere ≥ 0"). Never throws, whatever the input. Amounts are canonical text or numbers (with
 * `{ numbers: "italian" }`, as the plans print them) and come out as Decimal; dates may be Italian and come out as
 * ISO strings; unknown keys (`__proto__` and `constructor` included) are refused.
 *
 * @param input - any value
 * @param options - `numbers`: how numbers written as text are read (see {@link NUMBER_MODES})
 * @example
 * ```ts
 * import { safeParsePianoDiZona } from "piano-di-zona";
 * const result = safeParsePianoDiZona({ title: "Piano di Zona 2025-2027" });
 * result.success //=> false
 * result.success ? [] : result.issues[0]?.messageIt //=> "AMBITO TERRITORIALE: il campo è obbligatorio"
 * ```
 * @category Model
 */
export function safeParsePianoDiZona(input: unknown, options?: ParseOptions): ParseResult<PianoDiZona> {
  return safeParseModel(PIANO_DI_ZONA_MODEL, input, options);
}

/**
 * Validates a Piano di Zona: the Piano, or one {@link PdzError} that carries every issue.
 *
 * @param input - any value
 * @param options - `numbers`: how numbers written as text are read (see {@link NUMBER_MODES})
 * @throws {@link PdzError} `validation_failed` (every issue in `issues`), `invalid_option` for an unknown number mode
 * @example
 * ```ts
 * import { parsePianoDiZona } from "piano-di-zona";
 * let caught: unknown;
 * try { parsePianoDiZona({ title: "Piano di Zona 2025-2027" }); } catch (error) { caught = error; }
 * const error = caught as { code: string; issues: readonly { code: string }[] };
 * error.code //=> "validation_failed"
 * error.issues.length //=> 5
 * ```
 * @category Model
 */
export function parsePianoDiZona(input: unknown, options?: ParseOptions): PianoDiZona {
  return parseModel(PIANO_DI_ZONA_MODEL, input, options);
}
