import * as z from "zod";
import { ENTITY_KINDS } from "../catalog/entities.js";
import { ORGAN_KINDS } from "../catalog/organs.js";
import { reportDuplicateIds, reportRule } from "./_internal.js";
import { DecisionRulesSchema } from "./decision-rules.js";
import { EntityIdSchema } from "./ente.js";
import { MEMBER_ROLES } from "./member-role.js";
import { CountSchema, PercentSchema, SourceReferenceSchema } from "./primitives.js";

/**
 * One seat of a governance organ: who holds it (role, and the body it stands for, or the kind of body for an open
 * class such as "the legal representative of every adherent ETS"), whether a delegate may take it ("o suo
 * delegato"), which component it belongs to, and whether it only attends ("partecipano inoltre").
 * @category Model
 */
export const OrganSeatSchema = /* @__PURE__ */ z.strictObject({
  id: EntityIdSchema,
  role: z.enum(MEMBER_ROLES),
  /** The body the seat stands for (a comune for a mayor), by id. */
  ente: EntityIdSchema.optional(),
  /** For an open class of bodies, their kind. */
  enteKind: z.enum(ENTITY_KINDS).optional(),
  /** The holder may be replaced by a delegate. */
  delegable: z.boolean(),
  /** "componente istituzionale" or "componente del Terzo Settore". */
  component: z.enum(["istituzionale", "terzo-settore"]).optional(),
  /** Takes part without being a member (e.g. the DG of the ATS in Gallarate's Assemblea). */
  attendee: z.boolean().optional(),
  /** Has a vote, where the organ's rules say who votes. */
  votes: z.boolean().optional(),
  /** The document's wording for the seat. */
  text: z.string().optional(),
});

/** A validated {@link OrganSeatSchema} record. @category Model */
export type OrganSeat = z.output<typeof OrganSeatSchema>;

/**
 * A position of the Ufficio di Piano's staff ("dotazione organica"): how many people, and the share of their time
 * given to the Ufficio ("1 Assistente Sociale 50%").
 * @category Model
 */
export const StaffPositionSchema = /* @__PURE__ */ z.strictObject({
  role: z.string().min(1),
  count: CountSchema,
  /** Share of each person's time, in percent (100 = full time). */
  timeShare: PercentSchema,
  note: z.string().optional(),
});

/** A validated {@link StaffPositionSchema} record. @category Model */
export type StaffPosition = z.output<typeof StaffPositionSchema>;

/**
 * A governance organ of an Accordo di Programma: the Assemblea dei Sindaci, the Ufficio di Piano, the Tavolo tecnico,
 * the Tavolo locale del Terzo Settore and its tavoli tematici, the Cabine di regia of ATS and ASST, a Collegio di
 * vigilanza where one exists. Composition, presidency and functions are data; so are presence rules ("almeno 4 ore
 * settimanali di cui almeno 3 in compresenza"), the Ufficio's staffing and, where a convenzione gives them, quorum and
 * voting rules.
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
 * ```
 * @category Model
 */
export const OrganSchema = /* @__PURE__ */ z
  .strictObject({
    id: EntityIdSchema,
    kind: z.enum(ORGAN_KINDS),
    name: z.string().min(1),
    /** What the organ is ("organo politico con funzione strategica e di garanzia"). */
    nature: z.string().optional(),
    /** The organ this one works within (a tavolo tematico within the Tavolo del Terzo Settore), by id. */
    parent: EntityIdSchema.optional(),
    seats: z.array(OrganSeatSchema),
    presidency: z
      .strictObject({
        /** The seat whose holder presides. */
        seat: EntityIdSchema,
        /** Who replaces the president ("il Vice-Presidente … designato ai sensi della convenzione"). */
        substitute: z.string().optional(),
      })
      .optional(),
    functions: z.array(z.string().min(1)),
    /** Minimum weekly presence of the members ("almeno 4 ore settimanali di cui almeno 3 in compresenza"). */
    presence: z.strictObject({ hoursPerWeek: CountSchema, hoursTogetherPerWeek: CountSchema }).optional(),
    staffing: z.array(StaffPositionSchema).optional(),
    decisionRules: DecisionRulesSchema.optional(),
    /** Where it meets ("Sala messa a disposizione dal Comune Capofila"). */
    meetingPlace: z.string().optional(),
    source: SourceReferenceSchema.optional(),
  })
  .superRefine((organ, ctx) => {
    reportDuplicateIds(ctx, organ.seats, "seats");
    if (organ.presidency !== undefined && !organ.seats.some((seat) => seat.id === organ.presidency?.seat)) {
      reportRule(ctx, {
        code: "unknown_seat",
        message: "The president's seat is not a seat of the organ",
        messageIt: "Il seggio della presidenza non è tra i componenti dell'organo",
        path: ["presidency", "seat"],
      });
    }
    if (organ.presence !== undefined && organ.presence.hoursTogetherPerWeek > organ.presence.hoursPerWeek) {
      reportRule(ctx, {
        code: "presence_together_exceeds_total",
        message: "The hours together cannot exceed the weekly hours",
        messageIt: "Le ore in compresenza non possono superare le ore settimanali",
        path: ["presence", "hoursTogetherPerWeek"],
      });
    }
  });

/** A validated {@link OrganSchema} record. @category Model */
export type Organ = z.output<typeof OrganSchema>;

/** The input form of {@link Organ}. @category Model */
export type OrganInput = z.input<typeof OrganSchema>;
