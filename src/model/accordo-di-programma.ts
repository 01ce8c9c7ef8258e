import * as z from "zod";
import { ENTITY_KINDS } from "../catalog/entities.js";
import { reportDuplicateIds, reportRule } from "./_internal.js";
import { EnteSchema, EntityIdSchema } from "./ente.js";
import { MEMBER_ROLES } from "./member-role.js";
import { OrganSchema } from "./organ.js";
import { IsoDateSchema, SourceReferenceSchema } from "./primitives.js";

/**
 * An article of the Accordo ("Art. 11 - Durata"): number, title and text.
 * @category Model
 */
export const ArticleSchema = /* @__PURE__ */ z.strictObject({
  number: z.number().int().positive(),
  title: z.string().min(1),
  text: z.string().min(1),
  source: SourceReferenceSchema.optional(),
});

/** A validated {@link ArticleSchema} record. @category Model */
export type Article = z.output<typeof ArticleSchema>;

/**
 * A signatory ("soggetto sottoscrittore"): a party that signs, and the person who signs for it ("Rappresentato dal
 * Sindaco Pro tempore Andrea Cassani").
 * @category Model
 */
export const SignatorySchema = /* @__PURE__ */ z.strictObject({
  ente: EntityIdSchema,
  representedBy: z
    .strictObject({ role: z.enum(MEMBER_ROLES), name: z.string().min(1).optional() })
    .optional(),
  signedOn: IsoDateSchema.optional(),
});

/** A validated {@link SignatorySchema} record. @category Model */
export type Signatory = z.output<typeof SignatorySchema>;

/**
 * An adherent ("soggetto aderente"): a party admitted to take part (Terzo Settore bodies, enti religiosi, …), without
 * signing and without a say on amendments.
 * @category Model
 */
export const AdherentSchema = /* @__PURE__ */ z.strictObject({
  ente: EntityIdSchema,
  admittedOn: IsoDateSchema.optional(),
  /** How it was admitted ("manifestazione di interesse"). */
  via: z.string().optional(),
});

/** A validated {@link AdherentSchema} record. @category Model */
export type Adherent = z.output<typeof AdherentSchema>;

/**
 * An extension ("proroga") of the Accordo's validity: the new end date, and the kind of body that granted it.
 * @category Model
 */
export const ExtensionSchema = /* @__PURE__ */ z.strictObject({
  until: IsoDateSchema,
  grantedBy: z.enum(ENTITY_KINDS),
  /** The act that granted it ("D.G.R. …"). */
  act: z.string().optional(),
});

/** A validated {@link ExtensionSchema} record. @category Model */
export type Extension = z.output<typeof ExtensionSchema>;

/**
 * Who must agree before the Accordo or the Piano is changed. `"tutti-i-sottoscrittori-istituzionali"`: the prior
 * agreement of every institutional signatory ("saranno preventivamente concordati fra tutti i soggetti istituzionali
 * sottoscrittori", Gallarate art. 11, seed 000 L480-481). Adherents never have a say.
 * @category Model
 */
export const AMENDMENT_RULES = ["tutti-i-sottoscrittori-istituzionali"] as const;

/** An amendment rule. @category Model */
export type AmendmentRule = (typeof AMENDMENT_RULES)[number];

/**
 * An Accordo di Programma (D.Lgs. 267/2000 art. 34; L.R. 3/2008): the agreement by which the comuni of an Ambito,
 * the ATS and the ASST adopt and carry out the Piano di Zona.
 *
 * Every party is written once in `parties` and referred to by id everywhere else (signatories, adherents, capofila,
 * organ seats). The schema checks the references, that no party both signs and adheres, that adherents are of a
 * kind the adhesion rule admits, that the period ends after it starts, and that extensions move the end forward and
 * come from the body allowed to grant them. Rules that need the Ambito (who must sign, who sits on the Assemblea)
 * are separate functions: {@link missingSignatories}, {@link checkOrganComposition}.
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
export const AccordoDiProgrammaSchema = /* @__PURE__ */ z
  .strictObject({
    title: z.string().min(1),
    /** Id of the Ambito (see {@link AmbitoSchema}). */
    ambito: EntityIdSchema,
    /** Every body the Accordo names. */
    parties: z.array(EnteSchema).min(1),
    articles: z.array(ArticleSchema),
    signatories: z.array(SignatorySchema).min(1),
    adherents: z.array(AdherentSchema),
    /** Which kinds of body may adhere, and through which organ. */
    adhesion: z
      .strictObject({
        kinds: z.array(z.enum(ENTITY_KINDS)).min(1),
        /** The organ through which adherents take part, by id. */
        through: EntityIdSchema.optional(),
        article: z.number().int().positive().optional(),
      })
      .optional(),
    capofila: z.strictObject({
      ente: EntityIdSchema,
      duties: z.array(z.string().min(1)),
      article: z.number().int().positive().optional(),
    }),
    /** Validity, inclusive. */
    period: z.strictObject({ from: IsoDateSchema, to: IsoDateSchema }),
    /** The kind of body that may extend the Accordo ("proroghe disposte da Regione Lombardia"). */
    extensionAuthority: z.enum(ENTITY_KINDS).optional(),
    extensions: z.array(ExtensionSchema),
    amendment: z.strictObject({
      rule: z.enum(AMENDMENT_RULES),
      article: z.number().int().positive().optional(),
    }),
    organs: z.array(OrganSchema),
    monitoring: z
      .strictObject({
        /** The organs that monitor, by id. */
        by: z.array(EntityIdSchema),
        /** The organs they report to, by id. */
        reportsTo: z.array(EntityIdSchema),
        /** How often, when stated ("periodicamente" states no frequency). */
        frequency: z.string().optional(),
        article: z.number().int().positive().optional(),
      })
      .optional(),
    /** The Piano di Zona attached to the Accordo ("All. - Piano di Zona 2025-2027"). */
    attachedPlan: z
      .strictObject({
        title: z.string().min(1),
        adoptedBy: EntityIdSchema.optional(),
        adoptedOn: IsoDateSchema.optional(),
      })
      .optional(),
    signedOn: IsoDateSchema.optional(),
    source: SourceReferenceSchema.optional(),
  })
  .superRefine((accordo, ctx) => {
    reportDuplicateIds(ctx, accordo.parties, "parties");
    reportDuplicateIds(ctx, accordo.organs, "organs");
    const parties = new Map(accordo.parties.map((ente) => [ente.id, ente]));
    const organs = new Set(accordo.organs.map((organ) => organ.id));
    const requireParty = (id: string, path: (string | number)[]): void => {
      if (!parties.has(id)) {
        reportRule(ctx, {
          code: "unknown_entity",
          message: `"${id}" is not among the parties of the Accordo`,
          messageIt: `«${id}» non è tra gli enti dell'Accordo`,
          path,
        });
      }
    };
    const requireOrgan = (id: string, path: (string | number)[]): void => {
      if (!organs.has(id)) {
        reportRule(ctx, {
          code: "unknown_organ",
          message: `"${id}" is not an organ of the Accordo`,
          messageIt: `«${id}» non è un organo dell'Accordo`,
          path,
        });
      }
    };
    accordo.signatories.forEach((signatory, index) => {
      requireParty(signatory.ente, ["signatories", index, "ente"]);
    });
    requireParty(accordo.capofila.ente, ["capofila", "ente"]);
    const signing = new Set(accordo.signatories.map((signatory) => signatory.ente));
    accordo.adherents.forEach((adherent, index) => {
      requireParty(adherent.ente, ["adherents", index, "ente"]);
      if (signing.has(adherent.ente)) {
        reportRule(ctx, {
          code: "adherent_is_signatory",
          message: "A party cannot both sign and adhere",
          messageIt: "Un ente non può essere insieme sottoscrittore e aderente",
          path: ["adherents", index, "ente"],
        });
      }
      const kind = parties.get(adherent.ente)?.kind;
      if (kind !== undefined && !(accordo.adhesion?.kinds ?? []).includes(kind)) {
        reportRule(ctx, {
          code: "adherent_not_admitted",
          message: `The Accordo does not admit adherents of kind "${kind}"`,
          messageIt: `L'Accordo non ammette aderenti del tipo «${kind}»`,
          path: ["adherents", index, "ente"],
        });
      }
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
        reportRule(ctx, {
          code: "duplicate_article",
          message: `Article ${article.number} appears twice`,
          messageIt: `L'articolo ${article.number} compare due volte`,
          path: ["articles", index, "number"],
        });
      }
      numbers.add(article.number);
    });
    if (accordo.period.to < accordo.period.from) {
      reportRule(ctx, {
        code: "period_ends_before_start",
        message: "The Accordo cannot end before it starts",
        messageIt: "L'Accordo non può terminare prima di iniziare",
        path: ["period", "to"],
      });
    }
    let end = accordo.period.to;
    accordo.extensions.forEach((extension, index) => {
      if (extension.until <= end) {
        reportRule(ctx, {
          code: "extension_not_later",
          message: "An extension must move the end date forward",
          messageIt: "Una proroga deve spostare in avanti la scadenza",
          path: ["extensions", index, "until"],
        });
      }
      if (extension.grantedBy !== accordo.extensionAuthority) {
        reportRule(ctx, {
          code: "extension_not_authorised",
          message: "The extension comes from a body the Accordo does not empower to extend it",
          messageIt: "La proroga proviene da un ente non autorizzato dall'Accordo a disporla",
          path: ["extensions", index, "grantedBy"],
        });
      }
      if (extension.until > end) end = extension.until;
    });
  });

/** A validated {@link AccordoDiProgrammaSchema} record. @category Model */
export type AccordoDiProgramma = z.output<typeof AccordoDiProgrammaSchema>;

/** The input form of {@link AccordoDiProgramma}: dates may be Italian text. @category Model */
export type AccordoDiProgrammaInput = z.input<typeof AccordoDiProgrammaSchema>;
