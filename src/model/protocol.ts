import * as z from "zod";
import { ENTITY_KINDS } from "../catalog/entities.js";
import { PROTOCOL_KINDS, PROTOCOL_STATUSES } from "../catalog/protocols.js";
import type { ParseResult } from "../core/result.js";
import { actReferenceSchema } from "./act-reference.js";
import type { ParseOptions } from "./number-mode.js";
import { countSchema, isoDateSchema, sourceReferenceSchema } from "./primitives.js";
import { PROTOCOL_LABELS } from "./protocol-labels.js";
import { parseModel, safeParseModel, type ModelDefinition } from "./_parse-model.js";
import { once } from "./_per-mode.js";

/** Built on first use. @internal */
export const protocolAdherentsSchema = /* @__PURE__ */ once(() =>
  z.strictObject({
    /** How many bodies adhered, as printed. */
    total: countSchema(),
    /** The count of each kind of body, when printed ("Enti del Terzo Settore (70) e Sindacati (4)"). */
    breakdown: z.array(z.strictObject({ kind: z.enum(ENTITY_KINDS), count: countSchema() })).optional(),
    /** The sentence that gives the count, verbatim. */
    text: z.string().min(1),
  }),
);

function buildProtocol() {
  return z.strictObject({
    kind: z.enum(PROTOCOL_KINDS),
    /** What the protocol or procedure is about, as printed. */
    title: z.string().min(1),
    /** The bodies that take part, as the document names them (not ids: most are not parties of the Accordo). */
    parties: z.array(z.string().min(1)),
    /** The act that opened or approved it (a public notice, a deliberation), when printed. */
    act: actReferenceSchema().optional(),
    /** Its date, when a day is printed. */
    date: isoDateSchema().optional(),
    /** In force, planned or rescinded, when the document says; absent when it does not. */
    status: z.enum(PROTOCOL_STATUSES).optional(),
    /** The bodies that answered a notice, when counted. */
    adherents: protocolAdherentsSchema().optional(),
    /** The passage that reports it, verbatim or abridged with " … ". */
    text: z.string().min(1),
    source: sourceReferenceSchema().optional(),
  });
}

/** Built on first use. @internal */
export const protocolSchema = /* @__PURE__ */ once(buildProtocol);

/**
 * A protocol, convention or agreement with the ATS, the ASST or other bodies, or a co-programming / co-design
 * procedure with the Terzo Settore (art. 55 D.Lgs. 117/2017), as a Piano di Zona reports it: its kind
 * ({@link PROTOCOL_KINDS}), title, parties as printed, the act that opened it (a public notice, with its date), its
 * status when stated ({@link PROTOCOL_STATUSES}), and the bodies that adhered ("74 soggetti tra Enti del Terzo
 * Settore (70) e Sindacati (4)", Busto Arsizio, seed 001 L1124). Figures are kept as printed: whether a breakdown
 * adds up to its total is for the audit to say.
 *
 * @example
 * ```ts
 * import { ProtocolOrProcedureSchema } from "piano-di-zona";
 * const call = ProtocolOrProcedureSchema.parse({
 *   kind: "co-programmazione",
 *   title: "tavoli di lavoro per la definizione del Piano Sociale di Zona per il triennio 2025-2027",
 *   parties: ["Comune di Busto Arsizio", "Enti del Terzo Settore", "Sindacati"],
 *   act: { kind: "avviso", text: "avviso di manifestazione di interesse del 29 luglio 2024", date: "2024-07-29" },
 *   adherents: {
 *     total: 74,
 *     breakdown: [{ kind: "ets", count: 70 }, { kind: "organizzazione-sindacale", count: 4 }],
 *     text: "74 soggetti tra Enti del Terzo Settore (70) e Sindacati (4)",
 *   },
 *   text: "Il Comune di Busto Arsizio con avviso di manifestazione di interesse del 29 luglio 2024 …",
 * });
 * call.adherents?.total //=> 74
 * ProtocolOrProcedureSchema.safeParse({ ...call, status: "signed" }).success //=> false
 * ```
 * @category Model
 */
export const ProtocolOrProcedureSchema = /* @__PURE__ */ z.lazy(protocolSchema);

/** A validated {@link ProtocolOrProcedureSchema} record. @category Model */
export type ProtocolOrProcedure = z.output<typeof ProtocolOrProcedureSchema>;

/** The input form of {@link ProtocolOrProcedure}: dates may be Italian text. @category Model */
export type ProtocolOrProcedureInput = z.input<typeof ProtocolOrProcedureSchema>;

/** The protocol or procedure as a top-level model (it holds no decimals: both number modes read it alike). @internal */
export const PROTOCOL_MODEL: ModelDefinition<ReturnType<typeof buildProtocol>> = {
  schema: () => protocolSchema(),
  labels: () => PROTOCOL_LABELS,
};

/**
 * Validates a protocol or procedure without throwing: the record, or every issue with its path, a stable code and
 * messages in Italian and English that name the field. Never throws, whatever the input.
 *
 * @param input - any value
 * @param options - `numbers`: how numbers written as text are read (see {@link NUMBER_MODES})
 * @example
 * ```ts
 * import { safeParseProtocolOrProcedure } from "piano-di-zona";
 * const protocol = { kind: "protocollo", title: "Protocollo con la Provincia di Varese", parties: ["Provincia di Varese"], text: "la stipula di un Protocollo con la Provincia di Varese" };
 * safeParseProtocolOrProcedure(protocol).success //=> true
 * const result = safeParseProtocolOrProcedure({ ...protocol, date: "31.02.2024" });
 * result.success ? [] : result.issues.map((issue) => issue.code) //=> ["invalid_date"]
 * ```
 * @category Model
 */
export function safeParseProtocolOrProcedure(
  input: unknown,
  options?: ParseOptions,
): ParseResult<ProtocolOrProcedure> {
  return safeParseModel(PROTOCOL_MODEL, input, options);
}

/**
 * Validates a protocol or procedure: the record, or one {@link PdzError} that carries every issue.
 *
 * @param input - any value
 * @param options - `numbers`: how numbers written as text are read (see {@link NUMBER_MODES})
 * @throws {@link PdzError} `validation_failed` (every issue in `issues`), `invalid_option` for an unknown number mode
 * @example
 * ```ts
 * import { parseProtocolOrProcedure } from "piano-di-zona";
 * const convention = { kind: "convenzione", title: "prima convenzione stipulata con 3 ETS", parties: ["3 ETS"], status: "rescinded", text: "risoluzione di una prima convenzione stipulata con 3 ETS" };
 * parseProtocolOrProcedure(convention).status //=> "rescinded"
 * parseProtocolOrProcedure({ ...convention, parties: [""] }) //=> throws validation_failed
 * ```
 * @category Model
 */
export function parseProtocolOrProcedure(input: unknown, options?: ParseOptions): ProtocolOrProcedure {
  return parseModel(PROTOCOL_MODEL, input, options);
}
