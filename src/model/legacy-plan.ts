import * as z from "zod";
import { ENTITY_KINDS } from "../catalog/entities.js";
import { MACRO_AREA_CODES } from "../catalog/macro-areas.js";
import * as M from "../core/messages/model.js";
import type { ParseResult } from "../core/result.js";
import { reportIssue, type FieldLabels, ownFieldsOnly } from "../core/zod-issues.js";
import type { ParseOptions } from "./number-mode.js";
import { countSchema, isoDateSchema, sourceReferenceSchema } from "./primitives.js";
import { linesSchema } from "./primitives.js";
import { parseModel, safeParseModel, type ModelDefinition } from "./_parse-model.js";
import { once } from "./_per-mode.js";

// The layout of the plans of 2015-2017 (linee di indirizzo of D.G.R. X/2941 of 19.12.2014), as seed 003 prints it:
// one table per general objective, one row per specific objective, six columns. The plan has no amounts (its
// resources are words), so the model has one schema for both number modes.

function bodySchema() {
  return z.strictObject({
    /** The name as printed ("Azienda Speciale Consortile Medio Olona", "ASL di Varese"). */
    name: z.string().min(1),
    /** What the body is, in the library's catalogue of entity kinds. */
    kind: z.enum(ENTITY_KINDS).optional(),
  });
}

function buildLegacyPlan() {
  const text = z.string().min(1);
  const specificObjective = z.strictObject({
    /** OBIETTIVO SPECIFICO. */
    title: text,
    /** INTERVENTI/AZIONI DI SISTEMA, one item per action. */
    actions: z.array(text),
    /** INDICATORI DI ESITO. */
    outcomeIndicators: z.array(text),
    /** STRUMENTI UTILIZZATI. */
    tools: z.array(text),
    /** RISORSE IMPIEGATE: FINANZIARIE and PROFESSIONALI (`null` where the cell has no such part), and the cell. */
    resources: z.strictObject({
      financial: text.nullable(),
      professional: text.nullable(),
      text,
    }),
    /** TEMPISTICA, verbatim ("31.12.2017", "ogni 6 mesi"); `null` where blank. */
    timing: text.nullable(),
    lines: linesSchema().optional(),
  });
  const generalObjective = z.strictObject({
    /** The plan's number of the general objective ("1" … "9"). */
    code: text,
    /** OBIETTIVO GENERALE. */
    title: text,
    lines: linesSchema().optional(),
    specificObjectives: z.array(specificObjective).min(1),
    /**
     * The macro-area of today's catalogue (D.G.R. XII/2167) the objective maps to, with the reason: a reading of the
     * objective, not printed (the plan predates the macro-aree). Absent where no single area fits.
     */
    mapsTo: z.strictObject({ area: z.enum(MACRO_AREA_CODES), reason: text }).optional(),
  });
  return z
    .strictObject({
      title: text,
      /** The plan's period, day by day (1.5.2015 – 31.12.2017: a period need not be whole years), and its words. */
      period: z
        .strictObject({ from: isoDateSchema(), to: isoDateSchema(), text: text.optional() })
        .superRefine(
          ownFieldsOnly((period, ctx) => {
            if (typeof period.from === "string" && typeof period.to === "string" && period.to < period.from) {
              reportIssue(ctx, M.period_ends_before_start, { of: "programming" }, ["to"]);
            }
          }),
        ),
      ambito: z.strictObject({
        /** The Ambito's name; `null` where the plan does not name it (seed 003). */
        name: text.nullable(),
        /** The comuni as printed; empty where the plan does not list them. */
        comuni: z.array(text),
        /** How many comuni the plan says there are ("tutti e sette i Comuni"), where it gives the number only. */
        comuniCount: countSchema().optional(),
        /** The body that manages the associated services (an Azienda Speciale Consortile in seed 003). */
        managingBody: bodySchema().optional(),
        /** The health agency of the time (an ASL, before the 2015 reform: "ASL di Varese"). */
        healthAgency: bodySchema().optional(),
      }),
      generalObjectives: z.array(generalObjective).min(1),
      source: sourceReferenceSchema().optional(),
    })
    .superRefine(
      ownFieldsOnly((plan, ctx) => {
        const seen = new Set<string>();
        plan.generalObjectives.forEach((objective, index) => {
          if (seen.has(objective.code)) {
            reportIssue(ctx, M.duplicate_id, { id: objective.code }, ["generalObjectives", index, "code"]);
          }
          seen.add(objective.code);
        });
      }),
    );
}

/** Built on first use. @internal */
export const legacyPlanSchema = /* @__PURE__ */ once(buildLegacyPlan);

const LEGACY_PLAN_LABELS: FieldLabels = {
  generalObjectives: { it: "OBIETTIVO GENERALE", en: "general objective" },
  specificObjectives: { it: "OBIETTIVO SPECIFICO", en: "specific objective" },
  actions: { it: "INTERVENTI/AZIONI DI SISTEMA", en: "actions" },
  outcomeIndicators: { it: "INDICATORI DI ESITO", en: "outcome indicators" },
  tools: { it: "STRUMENTI UTILIZZATI", en: "tools" },
  resources: { it: "RISORSE IMPIEGATE", en: "resources" },
  timing: { it: "TEMPISTICA", en: "timing" },
};

/**
 * A Piano di Zona of the 2015-2017 programming, in the layout of its time (seed 003): nine general objectives, each a
 * table whose rows are specific objectives with their actions, outcome indicators, tools, resources (financial and
 * professional, in words) and timing; a period in days (1 May 2015 – 31 December 2017), the managing body (an
 * Azienda Speciale Consortile) and the health agency (an ASL). `mapsTo` links a general objective to today's
 * macro-area, with the reason; {@link LEGACY_PLAN_COLUMN_CATALOG} says which field of today's scheda obiettivo each
 * column becomes.
 *
 * Rules: the period does not end before it starts; general objectives have distinct codes; each has at least one
 * specific objective.
 *
 * @example
 * ```ts
 * import { LegacyPlanSchema } from "piano-di-zona";
 * const row = { title: "Garantire la continuità del servizio NIL", actions: ["Stesura del protocollo operativo"], outcomeIndicators: ["Attuazione del protocollo"], tools: ["Tavoli tecnici"], resources: { financial: null, professional: "operatori dei servizi", text: "PROFESSIONALI: operatori dei servizi" }, timing: "31.12.2017" };
 * const plan = {
 *   title: "PIANO DI ZONA",
 *   period: { from: "01.05.2015", to: "31.12.2017", text: "1 MAGGIO 2015 – 31 DICEMBRE 2017" },
 *   ambito: { name: null, comuni: [], comuniCount: 7, managingBody: { name: "Azienda Speciale Consortile Medio Olona", kind: "azienda-speciale-consortile" } },
 *   generalObjectives: [{ code: "2", title: "Mantenimento della gestione associata", specificObjectives: [row], mapsTo: { area: "K", reason: "gestione associata" } }],
 * };
 * LegacyPlanSchema.parse(plan).period.from //=> "2015-05-01"
 * LegacyPlanSchema.safeParse({ ...plan, period: { from: "2017-12-31", to: "2015-05-01" } }).success //=> false
 * ```
 * @category Model
 */
export const LegacyPlanSchema = /* @__PURE__ */ z.lazy(legacyPlanSchema);

/** A validated {@link LegacyPlanSchema} record. @category Model */
export type LegacyPlan = z.output<typeof LegacyPlanSchema>;

/** The input form of {@link LegacyPlan}: dates may be Italian ("31.12.2017"). @category Model */
export type LegacyPlanInput = z.input<typeof LegacyPlanSchema>;

/** The 2015-2017 plan as a top-level model. @internal */
export const LEGACY_PLAN_MODEL: ModelDefinition<ReturnType<typeof buildLegacyPlan>> = {
  schema: () => legacyPlanSchema(),
  labels: () => LEGACY_PLAN_LABELS,
};

/**
 * Validates a Piano di Zona of the 2015-2017 layout without throwing: the plan, or every issue with its path, a
 * stable code and messages in Italian and English that name the table's column. Never throws, whatever the input.
 *
 * @param input - any value
 * @param options - `numbers` (accepted for uniformity; the plan prints no amounts)
 * @example
 * ```ts
 * import { safeParseLegacyPlan } from "piano-di-zona";
 * const result = safeParseLegacyPlan({ title: "PIANO DI ZONA", period: { from: "2015-05-01", to: "2017-12-31" }, ambito: { name: null, comuni: [] }, generalObjectives: [] });
 * result.success ? "" : result.issues[0]?.code //=> "empty_list"
 * safeParseLegacyPlan(undefined).success //=> false
 * ```
 * @category Model
 */
export function safeParseLegacyPlan(input: unknown, options?: ParseOptions): ParseResult<LegacyPlan> {
  return safeParseModel(LEGACY_PLAN_MODEL, input, options);
}

/**
 * Validates a Piano di Zona of the 2015-2017 layout: the plan, or one {@link PdzError} that carries every issue.
 *
 * @param input - any value
 * @param options - `numbers` (accepted for uniformity; the plan prints no amounts)
 * @throws {@link PdzError} `validation_failed` (every issue in `issues`), `invalid_option` for an unknown number mode
 * @example
 * ```ts
 * import { parseLegacyPlan } from "piano-di-zona";
 * parseLegacyPlan({ title: "PIANO DI ZONA", period: { from: "2015-05-01", to: "2015-04-30" }, ambito: { name: null, comuni: [] }, generalObjectives: [] }) //=> throws validation_failed
 * ```
 * @category Model
 */
export function parseLegacyPlan(input: unknown, options?: ParseOptions): LegacyPlan {
  return parseModel(LEGACY_PLAN_MODEL, input, options);
}
