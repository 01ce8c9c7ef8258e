import * as z from "zod";
import { ENTITY_KINDS } from "../catalog/entities.js";
import { ORGAN_KINDS } from "../catalog/organs.js";
import * as M from "../core/messages/model.js";
import { reportIssue, ownFieldsOnly } from "../core/zod-issues.js";
import { decisionRulesSchema } from "./decision-rules.js";
import { entityIdSchema } from "./ente.js";
import { MEMBER_ROLES } from "../catalog/member-roles.js";
import type { NumberMode } from "./number-mode.js";
import { countSchema, numberPrimitives, sourceReferenceSchema } from "./primitives.js";
import { reportDuplicateIds } from "./_duplicate-ids.js";
import { once, perMode } from "./_per-mode.js";

/** Built on first use. @internal */
export const organSeatSchema = /* @__PURE__ */ once(() =>
  z.strictObject({
    id: entityIdSchema(),
    role: z.enum(MEMBER_ROLES),
    /** The body the seat stands for (a comune for a mayor), by id. */
    ente: entityIdSchema().optional(),
    /** For an open class of bodies, their kind. */
    enteKind: z.enum(ENTITY_KINDS).optional(),
    /**
     * The holder may be replaced by a delegate (`true`: "o suo delegato"), or may not (`false`: the document excludes
     * it). Absent: the document does not say.
     */
    delegable: z.boolean().optional(),
    /** "componente istituzionale" or "componente del Terzo Settore". */
    component: z.enum(["istituzionale", "terzo-settore"]).optional(),
    /** Takes part without being a member (e.g. the DG of the ATS in Gallarate's Assemblea). */
    attendee: z.boolean().optional(),
    /** Has a vote, where the organ's rules say who votes. */
    votes: z.boolean().optional(),
    /** The document's wording for the seat. */
    text: z.string().optional(),
  }),
);

/** Built on first use, per number mode. @internal */
export const staffPositionSchema = /* @__PURE__ */ perMode((mode: NumberMode) =>
  z.strictObject({
    role: z.string().min(1),
    count: countSchema(),
    /** Share of each person's time, in percent (100 = full time). */
    timeShare: numberPrimitives(mode).percent,
    note: z.string().optional(),
  }),
);

function buildOrgan(mode: NumberMode) {
  return z
    .strictObject({
      id: entityIdSchema(),
      kind: z.enum(ORGAN_KINDS),
      name: z.string().min(1),
      /** What the organ is ("organo politico con funzione strategica e di garanzia"). */
      nature: z.string().optional(),
      /** The organ this one works within (a tavolo tematico within the Tavolo del Terzo Settore), by id. */
      parent: entityIdSchema().optional(),
      seats: z.array(organSeatSchema()),
      presidency: z
        .strictObject({
          /** The seat whose holder presides, when the document names it. */
          seat: entityIdSchema().optional(),
          /**
           * The presidency as the document words it, when it does not name the holder ("il Presidente
           * dell'Assemblea dei Sindaci"; "che esprimono il presidente e il vicepresidente").
           */
          text: z.string().min(1).optional(),
          /** Who replaces the president ("il Vice-Presidente … designato ai sensi della convenzione"). */
          substitute: z.string().optional(),
        })
        .optional(),
      functions: z.array(z.string().min(1)),
      /** Minimum weekly presence of the members ("almeno 4 ore settimanali di cui almeno 3 in compresenza"). */
      presence: z
        .strictObject({ hoursPerWeek: countSchema(), hoursTogetherPerWeek: countSchema() })
        .optional(),
      staffing: z.array(staffPositionSchema(mode)).optional(),
      decisionRules: decisionRulesSchema().optional(),
      /** Where it meets ("Sala messa a disposizione dal Comune Capofila"). */
      meetingPlace: z.string().optional(),
      source: sourceReferenceSchema().optional(),
    })
    .superRefine(
      ownFieldsOnly((organ, ctx) => {
        reportDuplicateIds(ctx, organ.seats, "seats");
        const presidency = organ.presidency?.seat;
        if (presidency !== undefined && !organ.seats.some((seat) => seat.id === presidency)) {
          reportIssue(ctx, M.unknown_seat, { seat: presidency }, ["presidency", "seat"]);
        }
        if (
          organ.presidency !== undefined &&
          presidency === undefined &&
          organ.presidency.text === undefined
        ) {
          reportIssue(ctx, M.presidency_not_described, {}, ["presidency"]);
        }
        if (
          organ.presence !== undefined &&
          organ.presence.hoursTogetherPerWeek > organ.presence.hoursPerWeek
        ) {
          reportIssue(ctx, M.presence_together_exceeds_total, {}, ["presence", "hoursTogetherPerWeek"]);
        }
      }),
    );
}

/** Built on first use, per number mode. @internal */
export const organSchema = /* @__PURE__ */ perMode(buildOrgan);

/**
 * One seat of a governance organ: who holds it (role, and the body it stands for, or the kind of body for an open
 * class such as "the legal representative of every adherent ETS"), whether a delegate may take it ("o suo
 * delegato"; absent when the document does not say), which component it belongs to, and whether it only attends
 * ("partecipano inoltre").
 * @category Model
 */
export const OrganSeatSchema = /* @__PURE__ */ z.lazy(organSeatSchema);

/** A validated {@link OrganSeatSchema} record. @category Model */
export type OrganSeat = z.output<typeof OrganSeatSchema>;

/**
 * A position of the Ufficio di Piano's staff ("dotazione organica"): how many people, and the share of their time
 * given to the Ufficio ("1 Assistente Sociale 50%").
 * @category Model
 */
export const StaffPositionSchema = /* @__PURE__ */ z.lazy(() => staffPositionSchema("canonical"));

/** A validated {@link StaffPositionSchema} record. @category Model */
export type StaffPosition = z.output<typeof StaffPositionSchema>;

/**
 * A governance organ of an Accordo di Programma: the Assemblea dei Sindaci, the Ufficio di Piano, the Tavolo tecnico,
 * the Tavolo locale del Terzo Settore and its tavoli tematici, the Cabine di regia of ATS and ASST, a Collegio di
 * vigilanza where one exists, the Consiglio comunale of a one-comune Ambito. Composition, presidency and functions
 * are data; so are presence rules ("almeno 4 ore settimanali di cui almeno 3 in compresenza"), the Ufficio's staffing
 * and, where a convenzione gives them, quorum and voting rules. A presidency names the seat that presides, or words
 * it without naming its holder (`{ text }`); a presidency with neither is `presidency_not_described`.
 *
 * @example
 * ```ts
 * import { OrganSchema } from "piano-di-zona";
 * const tavolo = OrganSchema.parse({
 *   id: "tavolo-dei-tecnici", kind: "tavolo-tecnico", name: "Tavolo dei Tecnici",
 *   seats: [{ id: "coordinatore", role: "responsabile-ufficio-di-piano", delegable: false }],
 *   functions: ["Studio e predisposizione del Piano di Zona"],
 *   presence: { hoursPerWeek: 4, hoursTogetherPerWeek: 3 },
 * });
 * tavolo.presence?.hoursTogetherPerWeek //=> 3
 * OrganSchema.safeParse({ ...tavolo, presence: { hoursPerWeek: 2, hoursTogetherPerWeek: 3 } }).success //=> false
 * OrganSchema.safeParse({ ...tavolo, presidency: { text: "il Presidente dell'Assemblea dei Sindaci" } }).success //=> true
 * OrganSchema.safeParse({ ...tavolo, presidency: {} }).success //=> false
 * ```
 * @category Model
 */
export const OrganSchema = /* @__PURE__ */ z.lazy(() => organSchema("canonical"));

/** A validated {@link OrganSchema} record. @category Model */
export type Organ = z.output<typeof OrganSchema>;

/** The input form of {@link Organ}. @category Model */
export type OrganInput = z.input<typeof OrganSchema>;
