// Messages of the demography module: age structures, ISTAT indices, vital rates and their checks.
// One exported constant per code (snake_case, as the code); the TSDoc line above each is its meaning in docs/errors.md.
import type { Labels } from "../labels.js";

/** A quotient's denominator is 0, so the index or rate is not defined (never a silent 0, NaN or Infinity). */
export const zero_denominator = {
  code: "zero_denominator",
  render: ({ what }: { what: Labels }) => ({
    en: `The denominator (${what.en}) is 0: the value is not defined`,
    it: `Il denominatore (${what.it}) è 0: il valore non è definito`,
  }),
} as const;

/** A sum of counts leaves the range where whole numbers are exact (2^53 − 1). */
export const unsafe_sum = {
  code: "unsafe_sum",
  render: () => ({
    en: "A sum of counts exceeds 2^53 - 1 and could no longer be exact",
    it: "Una somma di conteggi supera 2^53 - 1 e non sarebbe più esatta",
  }),
} as const;

// What is wrong with the input of an age structure.
type AgeStructureProblem =
  | { readonly problem: "not_a_structure" }
  | { readonly problem: "single_year_length"; readonly got: number }
  | { readonly problem: "sexes_or_total" }
  | { readonly problem: "no_bands" }
  | { readonly problem: "bands_not_contiguous" }
  | { readonly problem: "band_counts" }
  | { readonly problem: "foreign_bands" }
  | { readonly problem: "batch_length"; readonly got: number }
  | { readonly problem: "batch_lengths_differ" };

function ageStructureProblem(p: AgeStructureProblem): Labels {
  switch (p.problem) {
    case "not_a_structure":
      return {
        en: "Expected an age structure built with ageStructureFromSingleYears or ageStructureFromBands",
        it: "Attesa una struttura per età creata con ageStructureFromSingleYears o ageStructureFromBands",
      };
    case "single_year_length":
      return {
        en: `Single-year counts need 101 values (ages 0…99 and 100+), got ${p.got}`,
        it: `I conteggi per singolo anno di età richiedono 101 valori (età 0…99 e 100+), ricevuti ${p.got}`,
      };
    case "sexes_or_total":
      return {
        en: "Give either males and females, or total (not both)",
        it: "Indicare maschi e femmine, oppure il totale (non entrambi)",
      };
    case "no_bands":
      return { en: "At least one age band is needed", it: "Serve almeno una fascia d'età" };
    case "bands_not_contiguous":
      return {
        en: "Bands must be contiguous from age 0, each ending where the next begins, and only the last one open",
        it: "Le fasce devono essere contigue dall'età 0, ciascuna finire dove inizia la successiva, e solo l'ultima aperta",
      };
    case "band_counts":
      return {
        en: "Each band needs males and females, a total, or all three",
        it: "Ogni fascia richiede maschi e femmine, un totale, o tutti e tre",
      };
    case "foreign_bands":
      return {
        en: "The foreign residents must use the same bands as the whole population",
        it: "Gli stranieri residenti devono usare le stesse fasce della popolazione totale",
      };
    case "batch_length":
      return {
        en: `A batch holds 101 single-year counts per area, area after area: ${p.got} values is not a whole number of areas`,
        it: `Un insieme di aree contiene 101 conteggi per singolo anno per area, un'area dopo l'altra: ${p.got} valori non formano un numero intero di aree`,
      };
    case "batch_lengths_differ":
      return {
        en: "The count arrays of a batch must have the same length",
        it: "Gli elenchi di conteggi di un insieme di aree devono avere la stessa lunghezza",
      };
  }
}

/** The input of an age structure is malformed (wrong length, sexes and totals mixed, bands not contiguous, …). */
export const invalid_age_structure = {
  code: "invalid_age_structure",
  render: ageStructureProblem,
} as const;

/** The bands of a structure cannot give the ages (or the foreign residents) an index needs. */
export const band_not_available = {
  code: "band_not_available",
  render: ({ what }: { what: Labels }) => ({
    en: `This structure cannot give ${what.en}`,
    it: `Questa struttura non consente di ricavare ${what.it}`,
  }),
} as const;

/** A count by sex was asked of a structure that is not split by sex. */
export const sex_not_available = {
  code: "sex_not_available",
  render: () => ({
    en: "This structure is not split by sex",
    it: "Questa struttura non è suddivisa per sesso",
  }),
} as const;

/** An age is not a whole number of completed years ≥ 0, or a range ends before it starts. */
export const invalid_age = {
  code: "invalid_age",
  render: ({ reversed }: { reversed: boolean }) =>
    reversed
      ? {
          en: "The last age of a range must not precede the first",
          it: "L'ultima età di un intervallo non può precedere la prima",
        }
      : {
          en: "An age must be a whole number of completed years ≥ 0",
          it: "Un'età deve essere un numero intero di anni compiuti ≥ 0",
        },
} as const;

/** A part (people aged 65+, foreign residents, a band) is larger than the whole it is a share of. */
export const part_exceeds_total = {
  code: "part_exceeds_total",
  render: ({
    part,
    total,
  }: {
    part: { name: string; count: Labels };
    total: { name: string; count: Labels };
  }) => ({
    en: `${part.name} (${part.count.en}) exceeds ${total.name} (${total.count.en})`,
    it: `${part.name} (${part.count.it}) supera ${total.name} (${total.count.it})`,
  }),
} as const;

/** `aggregate` was given no structure, or a group of a batch has no area. */
export const empty_aggregate = {
  code: "empty_aggregate",
  render: () => ({
    en: "At least one structure is needed to aggregate",
    it: "Serve almeno una struttura da aggregare",
  }),
} as const;

/** Structures to aggregate refer to different dates. */
export const reference_date_mismatch = {
  code: "reference_date_mismatch",
  render: ({ first, other }: { first: string; other: string }) => ({
    en: `Structures refer to different dates (${first}, ${other})`,
    it: `Le strutture si riferiscono a date diverse (${first}, ${other})`,
  }),
} as const;

/** Structures to aggregate have different age bands. */
export const band_layout_mismatch = {
  code: "band_layout_mismatch",
  render: () => ({
    en: "Structures with different age bands cannot be summed",
    it: "Strutture con fasce d'età diverse non possono essere sommate",
  }),
} as const;

/** The median age falls in the open last class, whose width is unknown, and none was given. */
export const median_in_open_class = {
  code: "median_in_open_class",
  render: ({ label }: { label: string }) => ({
    en: `The median falls in the open class ${label} and cannot be interpolated without an assumed width (openClassWidth)`,
    it: `La mediana cade nella classe aperta ${label} e non può essere interpolata senza un'ampiezza ipotizzata (openClassWidth)`,
  }),
} as const;

/** The open last class is the only class, so no preceding class can lend it a width, and none was given. */
export const open_class_width_needed = {
  code: "open_class_width_needed",
  render: ({ label }: { label: string }) => ({
    en: `The open class ${label} has no preceding class to take its width from: give openClassWidth`,
    it: `La classe aperta ${label} non ha una classe precedente da cui prendere l'ampiezza: indicare openClassWidth`,
  }),
} as const;

/** The assumed width of the open last class (an option) is not a whole number of years from 1 to 200. */
export const invalid_class_width = {
  code: "invalid_class_width",
  render: () => ({
    en: "The width of the open class must be a whole number of years from 1 to 200",
    it: "L'ampiezza della classe aperta deve essere un numero intero di anni da 1 a 200",
  }),
} as const;

/** An area or group of a batch of profiles was asked by a position it does not have. */
export const no_such_area = {
  code: "no_such_area",
  render: ({ count }: { count: number }) => ({
    en: `Expected a position from 0 to ${count - 1}`,
    it: `Attesa una posizione da 0 a ${count - 1}`,
  }),
} as const;

/** The group of an area in a batch is not a whole number below the number of areas. */
export const invalid_group = {
  code: "invalid_group",
  render: ({ max }: { max: number }) => ({
    en: `A group is a whole number from 0 to ${max}`,
    it: `Un gruppo è un numero intero da 0 a ${max}`,
  }),
} as const;

/** A total a document states differs from the sum of its bands (finding). */
export const band_sum_mismatch = {
  code: "band_sum_mismatch",
  severity: "error",
  render: ({ what, stated, computed, difference }: MismatchParams) => ({
    en: `${what.en}: stated ${stated.en}, but the counts add up to ${computed.en} (difference ${difference.en})`,
    it: `${what.it}: indicato ${stated.it}, ma i conteggi sommano a ${computed.it} (differenza ${difference.it})`,
  }),
} as const;

/** In a band, or in the stated totals, males + females differ from the total (finding). */
export const sex_sum_mismatch = {
  code: "sex_sum_mismatch",
  severity: "error",
  render: ({ what, stated, computed, difference }: MismatchParams) => ({
    en: `${what.en}: stated ${stated.en}, but the counts add up to ${computed.en} (difference ${difference.en})`,
    it: `${what.it}: indicato ${stated.it}, ma i conteggi sommano a ${computed.it} (differenza ${difference.it})`,
  }),
} as const;

// The parameters of a count mismatch: what was compared, the stated and the summed count, their difference.
interface MismatchParams {
  readonly what: Labels;
  readonly stated: Labels;
  readonly computed: Labels;
  readonly difference: Labels;
}

/** A printed index or rate is not the recomputed value rounded to its printed decimals (finding). */
export const stated_value_mismatch = {
  code: "stated_value_mismatch",
  severity: "error",
  render: ({ label, printed, recomputed }: { label: Labels; printed: Labels; recomputed: Labels }) => ({
    en: `${label.en}: printed ${printed.en}, recomputed ${recomputed.en}`,
    it: `${label.it}: stampato ${printed.it}, ricalcolato ${recomputed.it}`,
  }),
} as const;

/** A printed figure has nothing recomputed to be compared with (finding). */
export const not_recomputable = {
  code: "not_recomputable",
  severity: "warning",
  render: ({ label, printed }: { label: Labels; printed: string }) => ({
    en: `${label.en}: the printed value ${printed} cannot be recomputed from the data given`,
    it: `${label.it}: il valore stampato ${printed} non è ricalcolabile dai dati forniti`,
  }),
} as const;

/** Printed indices contradict an identity that links them, beyond what rounding explains (finding). */
export const index_identity_violated = {
  code: "index_identity_violated",
  severity: "error",
  render: ({
    label,
    shown,
    identity,
    range,
  }: {
    label: Labels;
    shown: Labels;
    identity: Labels;
    range: Labels;
  }) => ({
    en: `${label.en} is printed as ${shown.en}, but ${identity.en} gives ${range.en} from the other printed figures`,
    it: `${label.it}: stampato ${shown.it}, ma ${identity.it} dà ${range.it} dagli altri valori stampati`,
  }),
} as const;

/** A demographic check could not read (part of) what it was given; it reports this instead of throwing (finding). */
export const unreadable_demographic_input = {
  code: "unreadable_demographic_input",
  severity: "error",
  render: ({ reason }: { reason: Labels }) => ({
    en: `This could not be checked: ${reason.en}`,
    it: `Non è stato possibile verificarlo: ${reason.it}`,
  }),
} as const;
