import * as z from "zod";
import { ENTITY_KINDS } from "../catalog/entities.js";
import * as M from "../core/messages/model.js";
import type { ParseResult } from "../core/result.js";
import { reportIssue, ownFieldsOnly } from "../core/zod-issues.js";
import { ACCORDO_DI_PROGRAMMA_LABELS } from "./accordo-di-programma-labels.js";
import { enteSchema, entityIdSchema } from "./ente.js";
import { MEMBER_ROLES } from "../catalog/member-roles.js";
import type { NumberMode, ParseOptions } from "./number-mode.js";
import { organSchema } from "./organ.js";
import { approvalActSchema } from "./piano-di-zona.js";
import { isoDateSchema, linesSchema, sourceReferenceSchema } from "./primitives.js";
import { reportDuplicateIds } from "./_duplicate-ids.js";
import { parseModel, safeParseModel, type ModelDefinition } from "./_parse-model.js";
import { once, perMode } from "./_per-mode.js";

/** Built on first use. @internal */
export const articleSchema = /* @__PURE__ */ once(() =>
  z.strictObject({
    number: z.number().int().positive(),
    title: z.string().min(1),
    text: z.string().min(1),
    source: sourceReferenceSchema().optional(),
  }),
);

/** Built on first use. @internal */
export const signatorySchema = /* @__PURE__ */ once(() =>
  z.strictObject({
    ente: entityIdSchema(),
    representedBy: z
      .strictObject({ role: z.enum(MEMBER_ROLES), name: z.string().min(1).optional() })
      .optional(),
    signedOn: isoDateSchema().optional(),
  }),
);

/** Built on first use. @internal */
export const adherentSchema = /* @__PURE__ */ once(() =>
  z.strictObject({
    ente: entityIdSchema(),
    admittedOn: isoDateSchema().optional(),
    /** How it was admitted ("manifestazione di interesse"). */
    via: z.string().optional(),
  }),
);

/** Built on first use. @internal */
export const extensionSchema = /* @__PURE__ */ once(() =>
  z.strictObject({
    until: isoDateSchema(),
    grantedBy: z.enum(ENTITY_KINDS),
    /** The act that granted it ("D.G.R. …"). */
    act: z.string().optional(),
  }),
);

/**
 * An article of the Accordo ("Art. 11 - Durata"): number, title and text.
 * @category Model
 */
export const ArticleSchema = /* @__PURE__ */ z.lazy(articleSchema);

/** A validated {@link ArticleSchema} record. @category Model */
export type Article = z.output<typeof ArticleSchema>;

/**
 * A signatory ("soggetto sottoscrittore"): a party that signs, and the person who signs for it ("Rappresentato dal
 * Sindaco Pro tempore Andrea Cassani").
 * @category Model
 */
export const SignatorySchema = /* @__PURE__ */ z.lazy(signatorySchema);

/** A validated {@link SignatorySchema} record. @category Model */
export type Signatory = z.output<typeof SignatorySchema>;

/**
 * An adherent ("soggetto aderente"): a party admitted to take part (Terzo Settore bodies, enti religiosi, …), without
 * signing and without a say on amendments.
 * @category Model
 */
export const AdherentSchema = /* @__PURE__ */ z.lazy(adherentSchema);

/** A validated {@link AdherentSchema} record. @category Model */
export type Adherent = z.output<typeof AdherentSchema>;

/**
 * An extension ("proroga") of the Accordo's validity: the new end date, and the kind of body that granted it.
 * @category Model
 */
export const ExtensionSchema = /* @__PURE__ */ z.lazy(extensionSchema);

/** A validated {@link ExtensionSchema} record. @category Model */
export type Extension = z.output<typeof ExtensionSchema>;

/**
 * Who must agree before the Accordo or the Piano is changed. `"tutti-i-sottoscrittori-istituzionali"`: the prior
 * agreement of every institutional signatory ("saranno preventivamente concordati fra tutti i soggetti istituzionali
 * sottoscrittori", Gallarate art. 11, seed 000 L480-481). Adherents never have a say.
 * @category Model
 */
export const AMENDMENT_RULES = /* @__PURE__ */ Object.freeze([
  "tutti-i-sottoscrittori-istituzionali",
] as const);

/** An amendment rule. @category Model */
export type AmendmentRule = (typeof AMENDMENT_RULES)[number];

/** Built on first use. @internal */
export const capofilaSchema = /* @__PURE__ */ once(() =>
  z.strictObject({
    ente: entityIdSchema(),
    duties: z.array(z.string().min(1)),
    article: z.number().int().positive().optional(),
  }),
);

/** Built on first use. @internal */
export const accordoPeriodSchema = /* @__PURE__ */ once(() =>
  z.strictObject({ from: isoDateSchema(), to: isoDateSchema() }),
);

/** Built on first use. @internal */
export const amendmentSchema = /* @__PURE__ */ once(() =>
  z.strictObject({
    rule: z.enum(AMENDMENT_RULES),
    article: z.number().int().positive().optional(),
  }),
);

/** Built on first use. @internal */
export const mandatoryContentSchema = /* @__PURE__ */ once(() =>
  z.strictObject({ text: z.string().min(1), lines: linesSchema().optional() }),
);

// The fields of the strict form: what a user types.
function accordoFields(mode: NumberMode) {
  return {
    title: z.string().min(1),
    /** Id of the Ambito (see {@link AmbitoSchema}). */
    ambito: entityIdSchema(),
    /** Every body the Accordo names. */
    parties: z.array(enteSchema()).min(1),
    articles: z.array(articleSchema()),
    signatories: z.array(signatorySchema()).min(1),
    adherents: z.array(adherentSchema()),
    /** Which kinds of body may adhere, and through which organ. */
    adhesion: z
      .strictObject({
        kinds: z.array(z.enum(ENTITY_KINDS)).min(1),
        /** The organ through which adherents take part, by id. */
        through: entityIdSchema().optional(),
        article: z.number().int().positive().optional(),
      })
      .optional(),
    capofila: capofilaSchema(),
    /** Validity, inclusive. */
    period: accordoPeriodSchema(),
    /** The kind of body that may extend the Accordo ("proroghe disposte da Regione Lombardia"). */
    extensionAuthority: z.enum(ENTITY_KINDS).optional(),
    extensions: z.array(extensionSchema()),
    amendment: amendmentSchema(),
    organs: z.array(organSchema(mode)),
    monitoring: z
      .strictObject({
        /** The organs that monitor, by id. */
        by: z.array(entityIdSchema()),
        /** The organs they report to, by id. */
        reportsTo: z.array(entityIdSchema()),
        /** How often, when stated ("annuale"; "periodicamente" states no frequency). */
        frequency: z.string().optional(),
        article: z.number().int().positive().optional(),
      })
      .optional(),
    /** The Piano di Zona attached to the Accordo ("All. - Piano di Zona 2025-2027"). */
    attachedPlan: z
      .strictObject({
        title: z.string().min(1),
        adoptedBy: entityIdSchema().optional(),
        adoptedOn: isoDateSchema().optional(),
      })
      .optional(),
    signedOn: isoDateSchema().optional(),
    /** Acts that approved the Accordo or its Piano ("Approvato dal Consiglio Comunale … 16 dicembre 2024"). */
    approvals: z.array(approvalActSchema()).optional(),
    /**
     * What an Accordo must contain according to the plan's regional framework ("L'Accordo di Programma include i
     * seguenti elementi fondamentali: …"), verbatim, one item each.
     */
    mandatoryContent: z.array(mandatoryContentSchema()).optional(),
    source: sourceReferenceSchema().optional(),
  };
}

// The draft form: the same field map, where a plan may leave a field blank (`null`) or not print it at all
// (omitted or `null`: the period and the amendment rule), and the lists may be empty.
function accordoDraftFields(mode: NumberMode) {
  const fields = accordoFields(mode);
  return {
    ...fields,
    title: fields.title.nullable(),
    parties: z.array(enteSchema()),
    /** `null`: the document prints no list of signatories. */
    signatories: z.array(signatorySchema()).nullable(),
    adherents: fields.adherents.nullable(),
    capofila: fields.capofila.nullable(),
    period: fields.period.nullable().optional(),
    amendment: fields.amendment.nullable().optional(),
  };
}

/** The shape both forms share, as the rules below read it (`null` and absent are read alike). */
interface AccordoShape {
  readonly parties: readonly { readonly id: string; readonly kind: string }[];
  readonly signatories: readonly { readonly ente: string }[] | null;
  readonly adherents: readonly { readonly ente: string }[] | null;
  readonly adhesion?:
    { readonly kinds: readonly string[]; readonly through?: string | undefined } | undefined;
  readonly capofila: { readonly ente: string } | null;
  readonly period?: { readonly from: string; readonly to: string } | null | undefined;
  readonly extensionAuthority?: string | undefined;
  readonly extensions: readonly { readonly until: string; readonly grantedBy: string }[];
  readonly organs: readonly {
    readonly id: string;
    readonly parent?: string | undefined;
    readonly seats: readonly { readonly ente?: string | undefined }[];
  }[];
  readonly monitoring?: { readonly by: readonly string[]; readonly reportsTo: readonly string[] } | undefined;
  readonly attachedPlan?: { readonly adoptedBy?: string | undefined } | undefined;
  readonly articles: readonly { readonly number: number }[];
}

// What an id refers to must exist, in both forms: a dangling id is an error of the encoding, not of the document.
function checkReferences(accordo: AccordoShape, ctx: z.RefinementCtx): void {
  reportDuplicateIds(ctx, accordo.parties, "parties");
  reportDuplicateIds(ctx, accordo.organs, "organs");
  const parties = new Set(accordo.parties.map((ente) => ente.id));
  const organs = new Set(accordo.organs.map((organ) => organ.id));
  const requireParty = (id: string, path: (string | number)[]): void => {
    if (!parties.has(id)) reportIssue(ctx, M.unknown_entity, { id }, path);
  };
  const requireOrgan = (id: string, path: (string | number)[]): void => {
    if (!organs.has(id)) reportIssue(ctx, M.unknown_organ, { id }, path);
  };
  accordo.signatories?.forEach((signatory, index) => {
    requireParty(signatory.ente, ["signatories", index, "ente"]);
  });
  if (accordo.capofila !== null) requireParty(accordo.capofila.ente, ["capofila", "ente"]);
  accordo.adherents?.forEach((adherent, index) => {
    requireParty(adherent.ente, ["adherents", index, "ente"]);
  });
  if (accordo.adhesion?.through !== undefined)
    requireOrgan(accordo.adhesion.through, ["adhesion", "through"]);
  accordo.organs.forEach((organ, index) => {
    if (organ.parent !== undefined) requireOrgan(organ.parent, ["organs", index, "parent"]);
    organ.seats.forEach((seat, position) => {
      if (seat.ente !== undefined) requireParty(seat.ente, ["organs", index, "seats", position, "ente"]);
    });
  });
  accordo.monitoring?.by.forEach((id, index) => {
    requireOrgan(id, ["monitoring", "by", index]);
  });
  accordo.monitoring?.reportsTo.forEach((id, index) => {
    requireOrgan(id, ["monitoring", "reportsTo", index]);
  });
  if (accordo.attachedPlan?.adoptedBy !== undefined) {
    requireOrgan(accordo.attachedPlan.adoptedBy, ["attachedPlan", "adoptedBy"]);
  }
  const numbers = new Set<number>();
  accordo.articles.forEach((article, index) => {
    if (numbers.has(article.number)) {
      reportIssue(ctx, M.duplicate_article, { number: article.number }, ["articles", index, "number"]);
    }
    numbers.add(article.number);
  });
}

// The Accordo's own rules: issues of the strict form; on a draft, findings of checkAccordoDiProgramma (governance).
function checkRules(accordo: AccordoShape, ctx: z.RefinementCtx): void {
  const kinds = new Map(accordo.parties.map((ente) => [ente.id, ente.kind]));
  const signing = new Set((accordo.signatories ?? []).map((signatory) => signatory.ente));
  accordo.adherents?.forEach((adherent, index) => {
    if (signing.has(adherent.ente)) {
      reportIssue(ctx, M.adherent_is_signatory, {}, ["adherents", index, "ente"]);
    }
    const kind = kinds.get(adherent.ente);
    if (kind !== undefined && !(accordo.adhesion?.kinds ?? []).includes(kind)) {
      reportIssue(ctx, M.adherent_not_admitted, { kind }, ["adherents", index, "ente"]);
    }
  });
  const period = accordo.period;
  if (period === null || period === undefined) return;
  if (period.to < period.from) {
    reportIssue(ctx, M.period_ends_before_start, { of: "accordo" }, ["period", "to"]);
  }
  let end = period.to;
  accordo.extensions.forEach((extension, index) => {
    if (extension.until <= end) {
      reportIssue(ctx, M.extension_not_later, {}, ["extensions", index, "until"]);
    }
    if (extension.grantedBy !== accordo.extensionAuthority) {
      reportIssue(ctx, M.extension_not_authorised, {}, ["extensions", index, "grantedBy"]);
    }
    if (extension.until > end) end = extension.until;
  });
}

function buildAccordoDiProgramma(mode: NumberMode) {
  return z.strictObject(accordoFields(mode)).superRefine(
    ownFieldsOnly((accordo, ctx) => {
      checkReferences(accordo, ctx);
      checkRules(accordo, ctx);
    }),
  );
}

function buildAccordoDiProgrammaDraft(mode: NumberMode) {
  return z.strictObject(accordoDraftFields(mode)).superRefine(
    ownFieldsOnly((accordo, ctx) => {
      checkReferences(accordo, ctx);
    }),
  );
}

/** Built on first use, per number mode. @internal */
export const accordoDiProgrammaSchema = /* @__PURE__ */ perMode(buildAccordoDiProgramma);

/**
 * An Accordo di Programma (D.Lgs. 267/2000 art. 34; L.R. 3/2008): the agreement by which the comuni of an Ambito,
 * the ATS and the ASST adopt and carry out the Piano di Zona.
 *
 * Every party is written once in `parties` and referred to by id everywhere else (signatories, adherents, capofila,
 * organ seats). The schema checks the references, that no party both signs and adheres, that adherents are of a
 * kind the adhesion rule admits, that the period ends after it starts, and that extensions move the end forward and
 * come from the body allowed to grant them. Rules that need the Ambito (who must sign, who sits on the Assemblea)
 * are the governance functions `missingSignatories` and `checkOrganComposition`. An Accordo as a plan prints it,
 * with blanks, is an {@link AccordoDiProgrammaDraftSchema}.
 *
 * @example
 * ```ts
 * import { AccordoDiProgrammaSchema } from "piano-di-zona";
 * import { GALLARATE_ACCORDO } from "piano-di-zona/datasets";
 * AccordoDiProgrammaSchema.safeParse(GALLARATE_ACCORDO).success //=> true
 * AccordoDiProgrammaSchema.safeParse({ ...GALLARATE_ACCORDO, period: { from: "01.01.2025", to: "31.12.2024" } }).success //=> false
 * ```
 * @category Model
 */
export const AccordoDiProgrammaSchema = /* @__PURE__ */ z.lazy(() => accordoDiProgrammaSchema("canonical"));

/** A validated {@link AccordoDiProgrammaSchema} record. @category Model */
export type AccordoDiProgramma = z.output<typeof AccordoDiProgrammaSchema>;

/** The input form of {@link AccordoDiProgramma}: dates may be Italian text, shares of time text or numbers. @category Model */
export type AccordoDiProgrammaInput = z.input<typeof AccordoDiProgrammaSchema>;

/** The Accordo di Programma as a top-level model (with its organs and, for its parties, the territory's labels). @internal */
export const ACCORDO_DI_PROGRAMMA_MODEL: ModelDefinition<ReturnType<typeof buildAccordoDiProgramma>> = {
  schema: accordoDiProgrammaSchema,
  labels: () => ACCORDO_DI_PROGRAMMA_LABELS,
};

/**
 * Validates an Accordo di Programma without throwing: the Accordo, or every issue with its path, a stable code and
 * messages in Italian and English that name the Accordo's field, including the Accordo's own rules (references
 * between parties and organs, adherents admitted, articles, period, extensions). Never throws, whatever the input;
 * unknown keys (`__proto__` and `constructor` included) are refused.
 *
 * @param input - any value
 * @param options - `numbers`: how numbers written as text are read (see {@link NUMBER_MODES})
 * @example
 * ```ts
 * import { safeParseAccordoDiProgramma } from "piano-di-zona";
 * import { GALLARATE_ACCORDO } from "piano-di-zona/datasets";
 * safeParseAccordoDiProgramma(GALLARATE_ACCORDO).success //=> true
 * const late = safeParseAccordoDiProgramma({ ...GALLARATE_ACCORDO, extensions: [{ until: "31.12.2028", grantedBy: "comune" }] });
 * late.success ? [] : late.issues.map((issue) => issue.code) //=> ["extension_not_authorised"]
 * ```
 * @category Model
 */
export function safeParseAccordoDiProgramma(
  input: unknown,
  options?: ParseOptions,
): ParseResult<AccordoDiProgramma> {
  return safeParseModel(ACCORDO_DI_PROGRAMMA_MODEL, input, options);
}

/**
 * Validates an Accordo di Programma: the Accordo, or one {@link PdzError} that carries every issue.
 *
 * @param input - any value
 * @param options - `numbers`: how numbers written as text are read (see {@link NUMBER_MODES})
 * @throws {@link PdzError} `validation_failed` (every issue in `issues`), `invalid_option` for an unknown number mode
 * @example
 * ```ts
 * import { parseAccordoDiProgramma } from "piano-di-zona";
 * import { GALLARATE_ACCORDO } from "piano-di-zona/datasets";
 * parseAccordoDiProgramma(GALLARATE_ACCORDO).period //=> { from: "2025-01-01", to: "2027-12-31" }
 * parseAccordoDiProgramma({ ...GALLARATE_ACCORDO, period: { from: "01.01.2025", to: "31.12.2024" } }) //=> throws validation_failed
 * ```
 * @category Model
 */
export function parseAccordoDiProgramma(input: unknown, options?: ParseOptions): AccordoDiProgramma {
  return parseModel(ACCORDO_DI_PROGRAMMA_MODEL, input, options);
}

/** Built on first use, per number mode. @internal */
export const accordoDiProgrammaDraftSchema = /* @__PURE__ */ perMode(buildAccordoDiProgrammaDraft);

/**
 * An Accordo di Programma as a Piano di Zona prints it (the draft form): the keys of {@link AccordoDiProgrammaSchema},
 * but what the document leaves out may be `null` — the title, the signatories (no list printed), the adherents, the
 * capofila — and the period and the amendment rule may also be omitted (Sebino and Alto Milanese print neither; Busto
 * Arsizio prints no Accordo at all, only its capofila's commitments and its organs). A party list may be empty.
 *
 * References between parts stay issues (a dangling id is an error of the encoding, not of the document); the Accordo's
 * own rules (an adherent that signs, an adherent of a kind not admitted, a period that ends before it starts,
 * extensions) are not issues of the draft but findings of the governance check `checkAccordoDiProgramma`, which reads
 * both forms. A complete draft is also a valid strict Accordo.
 *
 * @example
 * ```ts
 * import { AccordoDiProgrammaDraftSchema, AccordoDiProgrammaSchema } from "piano-di-zona";
 * import { GALLARATE_ACCORDO } from "piano-di-zona/datasets";
 * const printed = { ...GALLARATE_ACCORDO, signatories: null, period: null, amendment: undefined };
 * AccordoDiProgrammaDraftSchema.safeParse(printed).success //=> true
 * AccordoDiProgrammaSchema.safeParse(printed).success //=> false
 * AccordoDiProgrammaDraftSchema.safeParse(GALLARATE_ACCORDO).success //=> true
 * ```
 * @category Model
 */
export const AccordoDiProgrammaDraftSchema = /* @__PURE__ */ z.lazy(() =>
  accordoDiProgrammaDraftSchema("canonical"),
);

/** A validated {@link AccordoDiProgrammaDraftSchema} record. @category Model */
export type AccordoDiProgrammaDraft = z.output<typeof AccordoDiProgrammaDraftSchema>;

/** The input form of {@link AccordoDiProgrammaDraft}. @category Model */
export type AccordoDiProgrammaDraftInput = z.input<typeof AccordoDiProgrammaDraftSchema>;

/** The draft Accordo as a top-level model (the strict form's labels). @internal */
export const ACCORDO_DI_PROGRAMMA_DRAFT_MODEL: ModelDefinition<
  ReturnType<typeof buildAccordoDiProgrammaDraft>
> = {
  schema: accordoDiProgrammaDraftSchema,
  labels: () => ACCORDO_DI_PROGRAMMA_LABELS,
};

/**
 * Validates an Accordo as printed (the draft form, {@link AccordoDiProgrammaDraftSchema}) without throwing: the
 * draft, or every issue with its path, a stable code and messages in Italian and English. Never throws, whatever the
 * input.
 *
 * @param input - any value
 * @param options - `numbers`: how numbers written as text are read (see {@link NUMBER_MODES})
 * @example
 * ```ts
 * import { safeParseAccordoDiProgrammaDraft } from "piano-di-zona";
 * import { GALLARATE_ACCORDO } from "piano-di-zona/datasets";
 * safeParseAccordoDiProgrammaDraft({ ...GALLARATE_ACCORDO, title: null, period: undefined }).success //=> true
 * const dangling = safeParseAccordoDiProgrammaDraft({ ...GALLARATE_ACCORDO, capofila: { ente: "comune-di-varese", duties: [] } });
 * dangling.success ? [] : dangling.issues.map((issue) => issue.code) //=> ["unknown_entity"]
 * ```
 * @category Model
 */
export function safeParseAccordoDiProgrammaDraft(
  input: unknown,
  options?: ParseOptions,
): ParseResult<AccordoDiProgrammaDraft> {
  return safeParseModel(ACCORDO_DI_PROGRAMMA_DRAFT_MODEL, input, options);
}

/**
 * Validates an Accordo as printed (the draft form): the draft, or one {@link PdzError} that carries every issue.
 *
 * @param input - any value
 * @param options - `numbers`: how numbers written as text are read (see {@link NUMBER_MODES})
 * @throws {@link PdzError} `validation_failed` (every issue in `issues`), `invalid_option` for an unknown number mode
 * @example
 * ```ts
 * import { parseAccordoDiProgrammaDraft } from "piano-di-zona";
 * import { GALLARATE_ACCORDO } from "piano-di-zona/datasets";
 * parseAccordoDiProgrammaDraft({ ...GALLARATE_ACCORDO, signatories: null }).signatories //=> null
 * parseAccordoDiProgrammaDraft({ ...GALLARATE_ACCORDO, ambito: "" }) //=> throws validation_failed
 * ```
 * @category Model
 */
export function parseAccordoDiProgrammaDraft(
  input: unknown,
  options?: ParseOptions,
): AccordoDiProgrammaDraft {
  return parseModel(ACCORDO_DI_PROGRAMMA_DRAFT_MODEL, input, options);
}
