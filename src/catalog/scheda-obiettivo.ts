/** Answers to "L'obiettivo prevede la definizione di un nuovo servizio?". @category Catalog */
export const NEW_SERVICE_KINDS = ["servizio-gia-presente", "servizio-rivisto", "nuovo-servizio"] as const;

/** One of {@link NEW_SERVICE_KINDS}. @category Catalog */
export type NewServiceKind = (typeof NEW_SERVICE_KINDS)[number];

/** Whether the need was already addressed (consolidato) or is new (nuovo bisogno). @category Catalog */
export const NEED_KINDS = ["bisogno-consolidato", "nuovo-bisogno"] as const;

/** One of {@link NEED_KINDS}. @category Catalog */
export type NeedKind = (typeof NEED_KINDS)[number];

/** Answers to "L'obiettivo è di tipo promozionale/preventivo o riparativo?" (several may apply). @category Catalog */
export const PREVENTION_KINDS = ["promozionale", "preventivo", "riparativo"] as const;

/** One of {@link PREVENTION_KINDS}. @category Catalog */
export type PreventionKind = (typeof PREVENTION_KINDS)[number];
