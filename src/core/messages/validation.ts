// Messages of schema validation (zod issues in the library's terms). The codes shared with computations
// (invalid_type, required_field, invalid_option, too_many_items) live in ./core.ts.

/** A key that the form does not have (strict schemas refuse unknown keys, `__proto__` and `constructor` included). */
export const unknown_field = {
  code: "unknown_field",
  render: ({ key }: { key: string }) => ({
    en: `The field "${key}" is not part of the form`,
    it: `Il campo «${key}» non è previsto dal modulo`,
  }),
} as const;

/** A list that needs at least one item is empty. */
export const empty_list = {
  code: "empty_list",
  render: () => ({ en: "At least one item is required", it: "Serve almeno un elemento" }),
} as const;

/** A list has fewer items than required. */
export const too_few_items = {
  code: "too_few_items",
  render: ({ min }: { min: string }) => ({
    en: `At least ${min} items are required`,
    it: `Servono almeno ${min} elementi`,
  }),
} as const;

/** A text that must not be empty is. */
export const empty_text = {
  code: "empty_text",
  render: () => ({ en: "The text must not be empty", it: "Il testo non può essere vuoto" }),
} as const;

/** A number is below its minimum. */
export const value_too_small = {
  code: "value_too_small",
  render: ({ bound }: { bound: string }) => ({
    en: `The value must be ${bound}`,
    it: `Il valore deve essere ${bound}`,
  }),
} as const;

/** A number is above its maximum. */
export const value_too_large = {
  code: "value_too_large",
  render: ({ bound }: { bound: string }) => ({
    en: `The value must be ${bound}`,
    it: `Il valore deve essere ${bound}`,
  }),
} as const;

/** A text does not have the required format (an id, a code). */
export const invalid_format = {
  code: "invalid_format",
  render: () => ({ en: "The text has the wrong format", it: "Il testo non ha il formato richiesto" }),
} as const;

/** A value is not valid for a reason the schema does not name. */
export const invalid_value = {
  code: "invalid_value",
  render: () => ({ en: "The value is not valid", it: "Il valore non è valido" }),
} as const;
