import { pdzError } from "../core/error.js";
import type { Language } from "../core/labels.js";
import * as M from "../core/messages/report.js";
import { ownField, readOptions, readRecord } from "../core/read-input.js";
import { isProfile } from "../demography/profile.js";
import { readChartAlone, readLanguage } from "./_read-document.js";
import { demographyDocument, isAgeStructure } from "./demography-document.js";
import type { ReportDocument } from "./document.js";
import { evaluationDocument } from "./evaluation-document.js";
import { fundTableDocument } from "./fund-document.js";
import { lepsProgressDocument } from "./leps-progress-document.js";
import { renderHtml } from "./render-html.js";
import { renderMarkdown } from "./render-markdown.js";
import { hasSvg, svgOf } from "./render-svg.js";
import { vegaLiteOf } from "./render-vega-lite.js";

/**
 * A MIME bundle: what a notebook shows, by MIME type (`text/plain`, `text/markdown`, `text/html`,
 * `image/svg+xml`, `application/vnd.vegalite.v5+json`).
 * @category Report
 */
export type MimeBundle = Readonly<Record<string, unknown>>;

/**
 * Options of {@link show}.
 * @category Report
 */
export interface ShowOptions {
  /** The language of what the library writes, for the values it builds a report of (default `"it"`). */
  readonly language?: Language;
}

/**
 * What {@link show} returns: a value a notebook displays richly. Deno's Jupyter kernel calls its
 * `[Symbol.for("Jupyter.display")]()` method; `bundle` holds the same MIME bundle as plain data; Node's console
 * and `String()` give its plain text.
 * @example
 * ```ts
 * import { Display, show } from "piano-di-zona/report";
 * import { SEBINO_AMBITO_AGE_STRUCTURE_2024 } from "piano-di-zona/datasets";
 * const display = show(SEBINO_AMBITO_AGE_STRUCTURE_2024);
 * display instanceof Display //=> true
 * String(display).startsWith("# Profilo demografico al 1° gennaio 2024") //=> true
 * JSON.parse(JSON.stringify(display))["text/markdown"] === display.bundle["text/markdown"] //=> true
 * ```
 * @category Report
 */
export class Display {
  /** The MIME bundle, computed when the display was made. */
  readonly bundle: MimeBundle;

  /** @internal */
  constructor(bundle: MimeBundle) {
    this.bundle = Object.freeze(bundle);
    Object.freeze(this);
  }

  /** The MIME bundle, for Deno's Jupyter kernel. */
  [Symbol.for("Jupyter.display")](): MimeBundle {
    return this.bundle;
  }

  /** The plain text of the bundle, for Node's console. */
  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return this.toString();
  }

  /** The plain text of the bundle. */
  toString(): string {
    const text = this.bundle["text/plain"];
    return typeof text === "string" ? text : "";
  }

  /** The bundle, for `JSON.stringify`. */
  toJSON(): MimeBundle {
    return this.bundle;
  }
}

function documentBundle(document: ReportDocument): MimeBundle {
  const markdown = renderMarkdown(document);
  return {
    "text/plain": markdown,
    "text/markdown": markdown,
    "text/html": renderHtml(document, { fragment: true }),
  };
}

function chartBundle(value: unknown): MimeBundle {
  const chart = readChartAlone(value);
  const bundle: Record<string, unknown> = {
    "text/plain": `${chart.title}\n${chart.description}`,
    "application/vnd.vegalite.v5+json": vegaLiteOf(chart),
  };
  if (hasSvg(chart)) bundle["image/svg+xml"] = svgOf(chart);
  return bundle;
}

const has = (record: object, key: string): boolean => ownField(record, key) !== undefined;

/**
 * Displays a value of the library richly in a notebook (Deno's Jupyter kernel): returns a {@link Display} whose
 * `[Symbol.for("Jupyter.display")]()` method gives the MIME bundle that fits it —
 * - a report document: `text/markdown` and `text/html` (see {@link renderMarkdown}, {@link renderHtml});
 * - a chart: `application/vnd.vegalite.v5+json` and, for pyramids and bars, `image/svg+xml`;
 * - a table block: a report of that table;
 * - an ex-post evaluation (the input of `recomputePlanEvaluation`), an age structure or a demographic
 *   profile, a fund table, a LEPS progress (`evaluateLepsProgress`): the report its builder makes
 *   ({@link evaluationDocument}, {@link demographyDocument}, {@link fundTableDocument},
 *   {@link lepsProgressDocument}).
 * Every bundle has `text/plain` too. The bundle is computed at once, so an error shows where `show` is called.
 * Computation results stay plain data: only this function knows how to draw them.
 *
 * @param value - what to display
 * @param options - the language of the reports built here (default `"it"`)
 * @throws `PdzError` `not_displayable` for a value of none of these kinds; the errors of the renderer or
 *   builder it uses; `invalid_language`
 * @example
 * ```ts
 * import { show } from "piano-di-zona/report";
 * import { GALLARATE_EVALUATION_2021_2023, SEBINO_AMBITO_AGE_STRUCTURE_2024 } from "piano-di-zona/datasets";
 * const display = show(GALLARATE_EVALUATION_2021_2023, { language: "en" });
 * Object.keys(display.bundle) //=> ["text/plain", "text/markdown", "text/html"]
 * const pyramid = show(SEBINO_AMBITO_AGE_STRUCTURE_2024);
 * typeof pyramid[Symbol.for("Jupyter.display")] //=> "function"
 * show(42) //=> throws not_displayable
 * ```
 * @category Report
 */
export function show(value: unknown, options: ShowOptions = {}): Display {
  const language = readLanguage(ownField(readOptions(options, ["options"]), "language", ["options"]), [
    "options",
    "language",
  ]);
  if (isAgeStructure(value) || isProfile(value)) {
    return new Display(documentBundle(demographyDocument(value as never, { language })));
  }
  if (typeof value !== "object" || value === null) throw pdzError(M.not_displayable, {});
  const record = readRecord(value);
  const kind = ownField(record, "kind");
  if (kind === "report") return new Display(documentBundle(value as ReportDocument));
  if (kind === "chart") return new Display(chartBundle(value));
  if (kind === "table") {
    const title = ownField(record, "title");
    return new Display(
      documentBundle({
        kind: "report",
        language,
        title: typeof title === "string" ? title : "",
        blocks: [value as never],
      }),
    );
  }
  if (has(record, "objectives") && has(record, "period")) {
    return new Display(documentBundle(evaluationDocument(value as never, { language })));
  }
  if (has(record, "byLeps") && has(record, "years")) {
    return new Display(documentBundle(lepsProgressDocument(value as never, { language })));
  }
  if (has(record, "columns") && has(record, "rows")) {
    return new Display(documentBundle(fundTableDocument(value as never, { language })));
  }
  throw pdzError(M.not_displayable, {});
}
