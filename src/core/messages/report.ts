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

// Issue 13, renderings: the document model, its charts and notebook display.

/** An id of a table or chart of a report is not lower-case letters, digits and dashes (1 to 64, a letter first). */
export const invalid_report_id = {
  code: "invalid_report_id",
  render: () => ({
    en: "An id is lower-case letters, digits and dashes (at most 64), starting with a letter or a digit",
    it: "Un identificativo è fatto di lettere minuscole, cifre e trattini (al massimo 64), e inizia con una lettera o una cifra",
  }),
} as const;

/** Two tables or charts of one report have the same id. */
export const duplicate_report_id = {
  code: "duplicate_report_id",
  render: ({ id }: { id: string }) => ({
    en: `Two tables or charts of the report have the id "${id}"`,
    it: `Due tabelle o grafici del documento hanno l'identificativo "${id}"`,
  }),
} as const;

/** Sections of a report nest deeper than 5 levels under its title. */
export const report_too_deep = {
  code: "report_too_deep",
  render: ({ max }: { max: number }) => ({
    en: `Sections nest at most ${String(max)} levels deep`,
    it: `Le sezioni si annidano al massimo per ${String(max)} livelli`,
  }),
} as const;

/** The data of a chart do not fit its kind (a pyramid without two series, a point of a category not listed). */
export const invalid_chart = {
  code: "invalid_chart",
  render: ({ problem }: { problem: "pyramid_series" | "unknown_category" | "unknown_series" }) =>
    ({
      pyramid_series: {
        en: "A pyramid has exactly two series (males and females)",
        it: "Una piramide ha esattamente due serie (maschi e femmine)",
      },
      unknown_category: {
        en: "A point of the chart has a category that the chart does not list",
        it: "Un punto del grafico ha una categoria che il grafico non elenca",
      },
      unknown_series: {
        en: "A point of the chart has a series that the chart does not list",
        it: "Un punto del grafico ha una serie che il grafico non elenca",
      },
    })[problem],
} as const;

/** SVG is drawn for pyramids and bar charts only; other charts are rendered as Vega-Lite. */
export const svg_not_available = {
  code: "svg_not_available",
  render: ({ chart }: { chart: string }) => ({
    en: `No SVG is drawn for a "${chart}" chart (only for "pyramid" and "bars"): render it as Vega-Lite`,
    it: `Per un grafico "${chart}" non si disegna SVG (solo per "pyramid" e "bars"): usare Vega-Lite`,
  }),
} as const;

/** `show` was given a value it cannot display. */
export const not_displayable = {
  code: "not_displayable",
  render: () => ({
    en: "Nothing to display: expected a report, a table, a chart, an evaluation, an age structure, a demographic profile, a fund table or a LEPS progress",
    it: "Niente da mostrare: atteso un documento, una tabella, un grafico, una valutazione, una struttura per età, un profilo demografico, una tabella di fondi o un monitoraggio dei LEPS",
  }),
} as const;

/** Two columns of one table have the same key (the field of the table's JSON rows). */
export const duplicate_column_key = {
  code: "duplicate_column_key",
  render: ({ key }: { key: string }) => ({
    en: `Two columns of the table have the key "${key}"`,
    it: `Due colonne della tabella hanno la chiave "${key}"`,
  }),
} as const;
