import * as z from "zod";
import { YES_NO_ANSWERS } from "../catalog/evaluation-scales.js";
import { FUND_IDS } from "../catalog/funds.js";
import { LEPS_IDS } from "../catalog/leps.js";
import { MACRO_AREA_CODES } from "../catalog/macro-areas.js";
import { NEED_KINDS, NEW_SERVICE_KINDS, PREVENTION_KINDS } from "../catalog/scheda-obiettivo.js";
import { reportRule } from "./_internal.js";
import { IndicatorSchema } from "./indicator.js";
import { EuroAmountSchema, SourceReferenceSchema } from "./primitives.js";

/**
 * A SI/NO answer of the form with the text that explains it ("SI' (Somma Lombardo, Gallarate, Busto Arsizio …)").
 * @category Model
 */
export const FormAnswerSchema = /* @__PURE__ */ z.strictObject({
  answer: z.enum(YES_NO_ANSWERS),
  text: z.string().optional(),
});

/** A validated {@link FormAnswerSchema} record. @category Model */
export type FormAnswer = z.output<typeof FormAnswerSchema>;

/**
 * An indicator as a scheda writes it ("N. incontri dei tavoli di progettazione condivisa", target "almeno 9 incontri
 * nella triennalità"), optionally with its structured form ({@link IndicatorSchema}) when it has yearly targets.
 * @category Model
 */
export const ObjectiveIndicatorSchema = /* @__PURE__ */ z.strictObject({
  text: z.string().min(1),
  target: z.string().optional(),
  structured: IndicatorSchema.optional(),
});

/** A validated {@link ObjectiveIndicatorSchema} record. @category Model */
export type ObjectiveIndicator = z.output<typeof ObjectiveIndicatorSchema>;

/**
 * One line of RISORSE ECONOMICHE PREVENTIVATE: the fund, the amount when stated, and whether the money is public or
 * private ("se possibile distinguere tra pubbliche e private").
 * @category Model
 */
export const BudgetLineSchema = /* @__PURE__ */ z.strictObject({
  fund: z.enum(FUND_IDS),
  /** The fund as the document names it ("Fondo Povertà (quota servizi)"). */
  label: z.string().optional(),
  amount: EuroAmountSchema.optional(),
  nature: z.enum(["pubblica", "privata"]).optional(),
});

/** A validated {@link BudgetLineSchema} record. @category Model */
export type BudgetLine = z.output<typeof BudgetLineSchema>;

/**
 * RISORSE ECONOMICHE PREVENTIVATE ("importo, anche approssimativo"): the total stated for the triennium, its split by
 * fund and by public/private where the document gives it, and the verbatim text. Figures are kept as stated; whether
 * the lines add up to the total is an audit finding, not a parse error.
 * @category Model
 */
export const BudgetSchema = /* @__PURE__ */ z.strictObject({
  total: EuroAmountSchema.optional(),
  lines: z.array(BudgetLineSchema),
  text: z.string().optional(),
});

/** A validated {@link BudgetSchema} record. @category Model */
export type Budget = z.output<typeof BudgetSchema>;

/**
 * An action of AZIONI PROGRAMMATE ("Azione 1) Tavolo casa-lavoro").
 * @category Model
 */
export const PlannedActionSchema = /* @__PURE__ */ z.strictObject({
  code: z.string().optional(),
  title: z.string().min(1),
});

const IndicatorGroupSchema = /* @__PURE__ */ z.strictObject({
  /** The form's answer, verbatim or abridged. */
  text: z.string().optional(),
  indicators: z.array(ObjectiveIndicatorSchema),
});

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
 * import { parseSchedaObiettivo } from "piano-di-zona";
 * import { GALLARATE_SCHEDA_OBIETTIVO_L } from "piano-di-zona/datasets";
 * parseSchedaObiettivo(GALLARATE_SCHEDA_OBIETTIVO_L).success //=> true
 * ```
 * @category Model
 */
export const SchedaObiettivoSchema = /* @__PURE__ */ z
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
    actions: z.array(PlannedActionSchema).min(1),
    /** 4 TARGET. */
    target: z.string().min(1),
    /** 5 RISORSE ECONOMICHE PREVENTIVATE. */
    budget: BudgetSchema,
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
    asstInAnalysis: FormAnswerSchema,
    /** 10 PREVEDE IL COINVOLGIMENTO DI ASST NELLA REALIZZAZIONE DELL'INTERVENTO …? */
    asstInDelivery: FormAnswerSchema,
    /** 11 L'INTERVENTO È REALIZZATO IN COOPERAZIONE CON ALTRI AMBITI? */
    cooperationWithOtherAmbiti: FormAnswerSchema.extend({ ambiti: z.array(z.string().min(1)) }),
    /** 12 È IN CONTINUITÀ CON LA PROGRAMMAZIONE PRECEDENTE (2021-2023)? */
    continuity: FormAnswerSchema,
    /** 13 L'OBIETTIVO PREVEDE LA DEFINIZIONE DI UN NUOVO SERVIZIO? */
    newService: z.strictObject({ kind: z.enum(NEW_SERVICE_KINDS).optional(), text: z.string().optional() }),
    /** 14 … IL POTENZIAMENTO DI UN PROGETTO PREMIALE DELLA PROGRAMMAZIONE 2021-2023? */
    premialProject: FormAnswerSchema,
    /** 15 L'INTERVENTO È FORMALMENTE CO-PROGRAMMATO CON IL TERZO SETTORE? */
    coProgrammed: FormAnswerSchema,
    /** 16 L'INTERVENTO È FORMALMENTE CO-PROGETTATO CON IL TERZO SETTORE? */
    coDesigned: FormAnswerSchema,
    /** 17 … SPECIFICARE LE MODALITÀ DI COINVOLGIMENTO DEL TERZO SETTORE (se pertinente). */
    thirdSectorInvolvement: z.string().optional(),
    /** 18 L'INTERVENTO PREVEDE IL COINVOLGIMENTO DI ALTRI ATTORI DELLA RETE TERRITORIALE? */
    otherActors: FormAnswerSchema.extend({ actors: z.array(z.string().min(1)) }),
    /** 19 QUESTO INTERVENTO A QUALE/I BISOGNO/I RISPONDE? (input indicators from the needs analysis) */
    needs: IndicatorGroupSchema,
    /** 20 IL BISOGNO RILEVATO ERA GIÀ STATO AFFRONTATO … O … UN NUOVO BISOGNO? */
    needKind: z.strictObject({ kind: z.enum(NEED_KINDS).optional(), text: z.string().optional() }),
    /** 21 L'OBIETTIVO È DI TIPO PROMOZIONALE/PREVENTIVO O RIPARATIVO? (several may apply) */
    preventionKind: z.array(z.enum(PREVENTION_KINDS)).min(1),
    /** 22 L'OBIETTIVO PRESENTA MODELLI INNOVATIVI …? */
    innovation: FormAnswerSchema,
    /** 23 L'OBIETTIVO PRESENTA DEGLI ASPETTI INERENTI ALLA DIGITALIZZAZIONE? */
    digitalisation: FormAnswerSchema,
    /** 24 QUALI MODALITÀ ORGANIZZATIVE, OPERATIVE E DI EROGAZIONE SONO ADOTTATE? (process indicators) */
    processIndicators: IndicatorGroupSchema,
    /** 25 QUALI RISULTATI VUOLE RAGGIUNGERE? (output indicators) */
    outputIndicators: IndicatorGroupSchema,
    /** 26 QUALE IMPATTO DOVREBBE AVERE L'INTERVENTO? (outcome indicators) */
    outcomeIndicators: IndicatorGroupSchema,
    source: SourceReferenceSchema.optional(),
  })
  .superRefine((scheda, ctx) => {
    // Plans sometimes answer outside the form's options ("No (strumento)", "NO"): the text then stands alone.
    for (const key of ["newService", "needKind"] as const) {
      if (scheda[key].kind === undefined && (scheda[key].text ?? "").trim() === "") {
        reportRule(ctx, {
          code: "answer_required",
          message: "Choose one of the form's options or write the answer given",
          messageIt: "Scegliere una delle opzioni del modulo o riportare la risposta data",
          path: [key],
        });
      }
    }
    const { answer, areas } = scheda.transversalAreas;
    if (answer === "si" && areas.length === 0) {
      reportRule(ctx, {
        code: "transversal_areas_missing",
        message: "A transversal objective names the other areas of policy",
        messageIt: "Un obiettivo trasversale indica le altre aree di policy",
        path: ["transversalAreas", "areas"],
      });
    }
    if (answer !== "si" && areas.length > 0) {
      reportRule(ctx, {
        code: "transversal_areas_unexpected",
        message: "Areas are listed only when the objective is transversal (SI)",
        messageIt: "Le aree si indicano solo se l'obiettivo è trasversale (SI)",
        path: ["transversalAreas", "answer"],
      });
    }
    if (scheda.coDesigned.answer === "si" && (scheda.coDesigned.text ?? "").trim() === "") {
      reportRule(ctx, {
        code: "co_design_roles_missing",
        message: "A formally co-designed objective states the tasks and roles",
        messageIt: "Se l'intervento è co-progettato, esplicitare compiti e ruoli",
        path: ["coDesigned", "text"],
      });
    }
  });

/** A validated {@link SchedaObiettivoSchema} record. @category Model */
export type SchedaObiettivo = z.output<typeof SchedaObiettivoSchema>;

/** The input form of {@link SchedaObiettivo}: amounts may be Italian text. @category Model */
export type SchedaObiettivoInput = z.input<typeof SchedaObiettivoSchema>;
