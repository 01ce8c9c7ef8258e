import * as z from "zod";
import { YES_NO_ANSWERS } from "../catalog/evaluation-scales.js";
import { FUND_IDS } from "../catalog/funds.js";
import { LEPS_IDS } from "../catalog/leps.js";
import { MACRO_AREA_CODES } from "../catalog/macro-areas.js";
import { NEED_KINDS, NEW_SERVICE_KINDS, PREVENTION_KINDS } from "../catalog/scheda-obiettivo.js";
import * as M from "../core/messages/model.js";
import type { ParseResult } from "../core/result.js";
import { reportIssue } from "../core/zod-issues.js";
import { indicatorSchema } from "./indicator.js";
import type { NumberMode, ParseOptions } from "./number-mode.js";
import { numberPrimitives, sourceReferenceSchema } from "./primitives.js";
import { SCHEDA_OBIETTIVO_LABELS } from "./scheda-obiettivo-labels.js";
import { parseModel, safeParseModel, type ModelDefinition } from "./_parse-model.js";
import { once, perMode } from "./_per-mode.js";

/** Built on first use. @internal */
export const formAnswerSchema = /* @__PURE__ */ once(() =>
  z.strictObject({ answer: z.enum(YES_NO_ANSWERS), text: z.string().optional() }),
);

/** Built on first use, per number mode. @internal */
export const objectiveIndicatorSchema = /* @__PURE__ */ perMode((mode: NumberMode) =>
  z.strictObject({
    text: z.string().min(1),
    target: z.string().optional(),
    structured: indicatorSchema(mode).optional(),
  }),
);

/** Built on first use, per number mode. @internal */
export const budgetLineSchema = /* @__PURE__ */ perMode((mode: NumberMode) =>
  z.strictObject({
    fund: z.enum(FUND_IDS),
    /** The fund as the document names it ("Fondo Povertà (quota servizi)"). */
    label: z.string().optional(),
    amount: numberPrimitives(mode).euroAmount.optional(),
    nature: z.enum(["pubblica", "privata"]).optional(),
  }),
);

/** Built on first use, per number mode. @internal */
export const budgetSchema = /* @__PURE__ */ perMode((mode: NumberMode) =>
  z.strictObject({
    total: numberPrimitives(mode).euroAmount.optional(),
    lines: z.array(budgetLineSchema(mode)),
    text: z.string().optional(),
  }),
);

/** Built on first use. @internal */
export const plannedActionSchema = /* @__PURE__ */ once(() =>
  z.strictObject({ code: z.string().optional(), title: z.string().min(1) }),
);

/**
 * A SI/NO answer of the form with the text that explains it ("SI' (Somma Lombardo, Gallarate, Busto Arsizio …)").
 * @category Model
 */
export const FormAnswerSchema = /* @__PURE__ */ z.lazy(formAnswerSchema);

/** A validated {@link FormAnswerSchema} record. @category Model */
export type FormAnswer = z.output<typeof FormAnswerSchema>;

/**
 * An indicator as a scheda writes it ("N. incontri dei tavoli di progettazione condivisa", target "almeno 9 incontri
 * nella triennalità"), optionally with its structured form ({@link IndicatorSchema}) when it has yearly targets.
 * @category Model
 */
export const ObjectiveIndicatorSchema = /* @__PURE__ */ z.lazy(() => objectiveIndicatorSchema("canonical"));

/** A validated {@link ObjectiveIndicatorSchema} record. @category Model */
export type ObjectiveIndicator = z.output<typeof ObjectiveIndicatorSchema>;

/**
 * One line of RISORSE ECONOMICHE PREVENTIVATE: the fund, the amount when stated, and whether the money is public or
 * private ("se possibile distinguere tra pubbliche e private").
 * @category Model
 */
export const BudgetLineSchema = /* @__PURE__ */ z.lazy(() => budgetLineSchema("canonical"));

/** A validated {@link BudgetLineSchema} record. @category Model */
export type BudgetLine = z.output<typeof BudgetLineSchema>;

/**
 * RISORSE ECONOMICHE PREVENTIVATE ("importo, anche approssimativo"): the total stated for the triennium, its split by
 * fund and by public/private where the document gives it, and the verbatim text. Figures are kept as stated; whether
 * the lines add up to the total is an audit finding, not a parse error.
 * @category Model
 */
export const BudgetSchema = /* @__PURE__ */ z.lazy(() => budgetSchema("canonical"));

/** A validated {@link BudgetSchema} record. @category Model */
export type Budget = z.output<typeof BudgetSchema>;

/**
 * An action of AZIONI PROGRAMMATE ("Azione 1) Tavolo casa-lavoro").
 * @category Model
 */
export const PlannedActionSchema = /* @__PURE__ */ z.lazy(plannedActionSchema);

function buildSchedaObiettivo(mode: NumberMode) {
  const formAnswer = formAnswerSchema();
  const indicatorGroup = z.strictObject({
    /** The form's answer, verbatim or abridged. */
    text: z.string().optional(),
    indicators: z.array(objectiveIndicatorSchema(mode)),
  });
  return z
    .strictObject({
      /** The plan's own code ("1", "A", "R"): not a macro-area letter. */
      code: z.string().min(1),
      /** AREA DI POLICY. */
      policyArea: z.enum(MACRO_AREA_CODES),
      /** The LEPS the objective serves, where the form has the field. */
      leps: z.enum(LEPS_IDS).optional(),
      /** "(prioritario)". */
      priority: z.boolean().optional(),
      /** 1 TITOLO INTERVENTO. */
      title: z.string().min(1),
      /** 2 QUALI OBIETTIVI VUOLE RAGGIUNGERE. */
      goals: z.string().min(1),
      /** 3 AZIONI PROGRAMMATE. */
      actions: z.array(plannedActionSchema()).min(1),
      /** 4 TARGET. */
      target: z.string().min(1),
      /** 5 RISORSE ECONOMICHE PREVENTIVATE. */
      budget: budgetSchema(mode),
      /** 6 RISORSE DI PERSONALE DEDICATE. */
      staff: z.string().min(1),
      /** 7 L'OBIETTIVO È TRASVERSALE ED INTEGRATO CON ALTRE AREE DI POLICY? */
      transversalAreas: z.strictObject({
        answer: z.enum(YES_NO_ANSWERS),
        areas: z.array(z.enum(MACRO_AREA_CODES)),
        text: z.string().optional(),
      }),
      /** 8 INDICARE I PUNTI CHIAVE DELL'INTERVENTO, grouped by area. */
      keyPoints: z.array(z.strictObject({ area: z.enum(MACRO_AREA_CODES), point: z.string().min(1) })),
      /** 9 PREVEDE IL COINVOLGIMENTO DI ASST NELL'ANALISI DEL BISOGNO E NELLA PROGRAMMAZIONE? */
      asstInAnalysis: formAnswer,
      /** 10 PREVEDE IL COINVOLGIMENTO DI ASST NELLA REALIZZAZIONE DELL'INTERVENTO …? */
      asstInDelivery: formAnswer,
      /** 11 L'INTERVENTO È REALIZZATO IN COOPERAZIONE CON ALTRI AMBITI? */
      cooperationWithOtherAmbiti: formAnswerSchema().extend({ ambiti: z.array(z.string().min(1)) }),
      /** 12 È IN CONTINUITÀ CON LA PROGRAMMAZIONE PRECEDENTE (2021-2023)? */
      continuity: formAnswer,
      /** 13 L'OBIETTIVO PREVEDE LA DEFINIZIONE DI UN NUOVO SERVIZIO? */
      newService: z.strictObject({ kind: z.enum(NEW_SERVICE_KINDS).optional(), text: z.string().optional() }),
      /** 14 … IL POTENZIAMENTO DI UN PROGETTO PREMIALE DELLA PROGRAMMAZIONE 2021-2023? */
      premialProject: formAnswer,
      /** 15 L'INTERVENTO È FORMALMENTE CO-PROGRAMMATO CON IL TERZO SETTORE? */
      coProgrammed: formAnswer,
      /** 16 L'INTERVENTO È FORMALMENTE CO-PROGETTATO CON IL TERZO SETTORE? */
      coDesigned: formAnswer,
      /** 17 … SPECIFICARE LE MODALITÀ DI COINVOLGIMENTO DEL TERZO SETTORE (se pertinente). */
      thirdSectorInvolvement: z.string().optional(),
      /** 18 L'INTERVENTO PREVEDE IL COINVOLGIMENTO DI ALTRI ATTORI DELLA RETE TERRITORIALE? */
      otherActors: formAnswerSchema().extend({ actors: z.array(z.string().min(1)) }),
      /** 19 QUESTO INTERVENTO A QUALE/I BISOGNO/I RISPONDE? (input indicators from the needs analysis) */
      needs: indicatorGroup,
      /** 20 IL BISOGNO RILEVATO ERA GIÀ STATO AFFRONTATO … O … UN NUOVO BISOGNO? */
      needKind: z.strictObject({ kind: z.enum(NEED_KINDS).optional(), text: z.string().optional() }),
      /** 21 L'OBIETTIVO È DI TIPO PROMOZIONALE/PREVENTIVO O RIPARATIVO? (several may apply) */
      preventionKind: z.array(z.enum(PREVENTION_KINDS)).min(1),
      /** 22 L'OBIETTIVO PRESENTA MODELLI INNOVATIVI …? */
      innovation: formAnswer,
      /** 23 L'OBIETTIVO PRESENTA DEGLI ASPETTI INERENTI ALLA DIGITALIZZAZIONE? */
      digitalisation: formAnswer,
      /** 24 QUALI MODALITÀ ORGANIZZATIVE, OPERATIVE E DI EROGAZIONE SONO ADOTTATE? (process indicators) */
      processIndicators: indicatorGroup,
      /** 25 QUALI RISULTATI VUOLE RAGGIUNGERE? (output indicators) */
      outputIndicators: indicatorGroup,
      /** 26 QUALE IMPATTO DOVREBBE AVERE L'INTERVENTO? (outcome indicators) */
      outcomeIndicators: indicatorGroup,
      source: sourceReferenceSchema().optional(),
    })
    .superRefine((scheda, ctx) => {
      // Plans sometimes answer outside the form's options ("No (strumento)", "NO"): the text then stands alone.
      for (const key of ["newService", "needKind"] as const) {
        if (scheda[key].kind === undefined && (scheda[key].text ?? "").trim() === "") {
          reportIssue(ctx, M.answer_required, {}, [key]);
        }
      }
      const { answer, areas } = scheda.transversalAreas;
      if (answer === "si" && areas.length === 0) {
        reportIssue(ctx, M.transversal_areas_missing, {}, ["transversalAreas", "areas"]);
      }
      if (answer !== "si" && areas.length > 0) {
        reportIssue(ctx, M.transversal_areas_unexpected, {}, ["transversalAreas", "answer"]);
      }
      if (scheda.coDesigned.answer === "si" && (scheda.coDesigned.text ?? "").trim() === "") {
        reportIssue(ctx, M.co_design_roles_missing, {}, ["coDesigned", "text"]);
      }
    });
}

/** Built on first use, per number mode. @internal */
export const schedaObiettivoSchema = /* @__PURE__ */ perMode(buildSchedaObiettivo);

/**
 * The "scheda obiettivo" of D.G.R. XII/2167 (SCHEDA DESCRIZIONE NUOVI OBIETTIVI): one new objective of the 2025-2027
 * programming with the form's 26 fields, in the form's order, plus its area of policy, the plan's own code, its
 * priority and, for ALM's LEPS forms, the LEPS it serves.
 *
 * Rules: a transversal objective ("SI") names at least one other area, and only a transversal one names areas; a
 * formally co-designed objective explains the roles ("esplicitare compiti e ruoli") in the answer's text; the new
 * service and the kind of need are one of the form's options or, where a plan answered otherwise ("No
 * (strumento)"), the answer's text.
 *
 * @example
 * ```ts
 * import { SchedaObiettivoSchema } from "piano-di-zona";
 * import { GALLARATE_SCHEDA_OBIETTIVO_L } from "piano-di-zona/datasets";
 * SchedaObiettivoSchema.safeParse(GALLARATE_SCHEDA_OBIETTIVO_L).success //=> true
 * ```
 * @category Model
 */
export const SchedaObiettivoSchema = /* @__PURE__ */ z.lazy(() => schedaObiettivoSchema("canonical"));

/** A validated {@link SchedaObiettivoSchema} record. @category Model */
export type SchedaObiettivo = z.output<typeof SchedaObiettivoSchema>;

/** The input form of {@link SchedaObiettivo}: amounts are text, numbers or Decimals. @category Model */
export type SchedaObiettivoInput = z.input<typeof SchedaObiettivoSchema>;

/** The scheda obiettivo as a top-level model. @internal */
export const SCHEDA_OBIETTIVO_MODEL: ModelDefinition<ReturnType<typeof buildSchedaObiettivo>> = {
  schema: schedaObiettivoSchema,
  labels: () => SCHEDA_OBIETTIVO_LABELS,
};

/**
 * Validates one scheda obiettivo (the D.G.R. XII/2167 form) without throwing: the scheda, or every issue with its
 * path, a stable code and messages in Italian and English that begin with the form's name of the field
 * ("RISORSE ECONOMICHE PREVENTIVATE: l'importo deve essere ≥ 0"). Never throws, whatever the input. Amounts are
 * canonical text or numbers; with `{ numbers: "italian" }` they are read as the plans print them (`"€. 30.000,00"`).
 *
 * @param input - any value
 * @param options - `numbers`: how numbers written as text are read (see {@link NUMBER_MODES})
 * @example
 * ```ts
 * import { safeParseSchedaObiettivo } from "piano-di-zona";
 * import { GALLARATE_SCHEDA_OBIETTIVO_L } from "piano-di-zona/datasets";
 * const scheda = GALLARATE_SCHEDA_OBIETTIVO_L;
 * safeParseSchedaObiettivo(scheda).success //=> true
 * const result = safeParseSchedaObiettivo({ ...scheda, budget: { ...scheda.budget, total: "-5" } });
 * result.success ? [] : result.issues.map((issue) => issue.messageIt) //=> ["RISORSE ECONOMICHE PREVENTIVATE: l'importo deve essere ≥ 0"]
 * const printed = { ...scheda, budget: { ...scheda.budget, total: "€. 30.000,00" } };
 * safeParseSchedaObiettivo(printed, { numbers: "italian" }).success //=> true
 * ```
 * @category Model
 */
export function safeParseSchedaObiettivo(
  input: unknown,
  options?: ParseOptions,
): ParseResult<SchedaObiettivo> {
  return safeParseModel(SCHEDA_OBIETTIVO_MODEL, input, options);
}

/**
 * Validates one scheda obiettivo: the scheda, or one {@link PdzError} that carries every issue.
 *
 * @param input - any value
 * @param options - `numbers`: how numbers written as text are read (see {@link NUMBER_MODES})
 * @throws {@link PdzError} `validation_failed` (every issue in `issues`), `invalid_option` for an unknown number mode
 * @example
 * ```ts
 * import { parseSchedaObiettivo } from "piano-di-zona";
 * import { GALLARATE_SCHEDA_OBIETTIVO_L } from "piano-di-zona/datasets";
 * const scheda = GALLARATE_SCHEDA_OBIETTIVO_L;
 * parseSchedaObiettivo(scheda).budget.total?.toString() //=> "30000"
 * parseSchedaObiettivo({ ...scheda, budget: { ...scheda.budget, total: "30.000,00" } }) //=> throws validation_failed
 * parseSchedaObiettivo(scheda, { numbers: "roman" }) //=> throws invalid_option
 * ```
 * @category Model
 */
export function parseSchedaObiettivo(input: unknown, options?: ParseOptions): SchedaObiettivo {
  return parseModel(SCHEDA_OBIETTIVO_MODEL, input, options);
}
