// Messages of the report module: pure renderers of the library's results.
// One exported constant per code (snake_case, as the code); the TSDoc line above each is its meaning in docs/errors.md.

/** A rendering would be longer than the library writes in one string (100,000,000 characters). */
export const report_too_long = {
  code: "report_too_long",
  render: ({ max }: { max: string }) => ({
    en: `The rendering would be longer than ${max} characters`,
    it: `Il testo prodotto supererebbe i ${max} caratteri`,
  }),
} as const;
