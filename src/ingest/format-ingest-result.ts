import { pdzError } from "../core/error.js";
import * as CoreM from "../core/messages/core.js";
import { ownField, readOption, readOptions, readRecord } from "../core/read-input.js";
import type { IngestResult } from "./ingest-result.js";
import { ownData } from "../core/own-snapshot.js";

/** Options of {@link formatIngestResult}. @category Ingest */
export interface FormatIngestOptions {
  /** The language of the findings' messages (default "it"). */
  readonly language?: "it" | "en";
  /** How many findings to list at most (default 40; the others are counted). */
  readonly maxFindings?: number;
}

/** The widest line written. */
const WIDTH = 120;

type Reader = (value: unknown, key: string) => unknown;

/** An own field of anything, or undefined (a throwing getter becomes a PdzError, as everywhere in the library). */
const field: Reader = (value, key) =>
  typeof value === "object" && value !== null && !Array.isArray(value) ? ownField(value, key) : undefined;

function items(value: unknown): unknown[] {
  if (!Array.isArray(value)) return [];
  const length = Math.min(value.length, 100_000);
  const out: unknown[] = [];
  for (let i = 0; i < length; i += 1) out.push(value[i]);
  return out;
}

function text(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return "";
}

function lines(value: unknown): string {
  const range = items(value);
  const a = text(range[0]);
  const b = text(range[1]);
  if (a === "") return "";
  return a === b || b === "" ? `L${a}` : `L${a}-${b}`;
}

/** Cuts a text to a width, with "…" when cut. */
function fit(line: string, width: number = WIDTH): string {
  const flat = line.replace(/\s+/g, " ");
  return flat.length <= width ? flat : `${flat.slice(0, width - 1)}…`;
}

function answerOf(value: unknown): string {
  const answer = field(value, "answer");
  return answer === "si" ? "SI" : answer === "no" ? "NO" : answer === "non-pertinente" ? "n.p." : "—";
}

const ANSWERS: readonly (readonly [string, string])[] = [
  ["asstInAnalysis", "ASST analisi"],
  ["asstInDelivery", "ASST realizz."],
  ["cooperationWithOtherAmbiti", "altri Ambiti"],
  ["continuity", "continuità"],
  ["premialProject", "premiale"],
  ["coProgrammed", "co-progr."],
  ["coDesigned", "co-prog."],
  ["otherActors", "altri attori"],
  ["innovation", "innovazione"],
  ["digitalisation", "digitale"],
];

function schedaLines(scheda: unknown, findings: readonly unknown[], index: number): string[] {
  const draft = field(scheda, "draft");
  const out: string[] = [];
  const code = text(field(draft, "code"));
  const title = text(field(draft, "title")) || "(titolo non letto)";
  out.push(fit(`■ ${code} – ${title}  [${lines(field(field(draft, "source"), "lines"))}]`));
  const area = text(field(draft, "policyArea")) || "—";
  const leps = items(field(draft, "leps")).map(text).join(", ") || "—";
  out.push(
    fit(
      `  area ${area} (${text(field(draft, "policyAreaBasis"))})   LEPS ${leps}   prioritario ${field(draft, "priority") === true ? "sì" : "—"}`,
    ),
  );
  const budget = field(draft, "budget");
  const budgetLines = items(field(budget, "lines"))
    .map(
      (line) =>
        `${text(field(line, "fund"))}${field(line, "amount") === null ? "" : ` ${text(field(line, "amount"))}`}`,
    )
    .join("; ");
  const total = field(budget, "total");
  out.push(
    fit(
      `  risorse: totale ${typeof total === "string" ? `€ ${total}` : "—"}${budgetLines === "" ? "" : ` · ${budgetLines}`}`,
    ),
  );
  out.push(
    fit(
      `  azioni ${String(items(field(draft, "actions")).length)}   target ${String(items(field(draft, "targets")).length)}   punti chiave ${String(items(field(draft, "keyPoints")).length)}   aree trasversali ${
        items(field(field(draft, "transversal"), "areas"))
          .map(text)
          .join("") || "—"
      }`,
    ),
  );
  out.push(fit(`  ${ANSWERS.map(([key, label]) => `${label} ${answerOf(field(draft, key))}`).join(" · ")}`));
  const unread = findings
    .filter((finding) => {
      const path = items(field(finding, "path"));
      return path[0] === "schede" && path[1] === index && field(finding, "code") === "field_not_found";
    })
    .map((finding) => text(items(field(finding, "path"))[2]));
  if (unread.length > 0) out.push(fit(`  non letti: ${unread.join(", ")}`));
  return out;
}

/**
 * Formats what {@link ingestPlanText} read as terminal text, at most 120 columns wide: every scheda with its lines,
 * area, LEPS, budget and SI/NO answers, the fields not found, the LEPS schede, the evaluated objectives with their
 * grades, the Accordo, the tables, and the findings (in Italian or English). Values are shown as read, never
 * recomputed. Used by `npm run demo -- --ingest FILE`.
 *
 * @param result - a result of {@link ingestPlanText}
 * @param options - `language` of the findings ("it" by default), `maxFindings` listed (40 by default)
 * @throws `PdzError` `invalid_type` (result not an object), `invalid_option` (unknown language),
 *   `invalid_count` (maxFindings not a count), `unreadable_field`, `too_deeply_nested`
 * @example
 * ```ts
 * import { formatIngestResult, ingestPlanText } from "piano-di-zona/ingest";
 * const plan = "TITOLO INTERVENTO Prova\nQUALI OBIETTIVI VUOLE RAGGIUNGERE Aiutare.\nAZIONI PROGRAMMATE\n1. Una.\nTARGET Famiglie";
 * const text = formatIngestResult(ingestPlanText(plan));
 * text.split("\n")[0] //=> "Testo: plan text · 5 righe · 0 righe di rumore (numeri di pagina, intestazioni)"
 * text.split("\n")[3] //=> "■ 1 – Prova [L1-5]"
 * text.split("\n").every((line) => line.length <= 120) //=> true
 * ```
 * @category Ingest
 */
export function formatIngestResult(result: IngestResult, options?: FormatIngestOptions): string {
  // A copy of the result's own data: no getter, proxy or inherited field is read past this line.
  const record = readRecord(ownData(result), ["result"]);
  const opts = readOptions(options, ["options"]);
  const languageValue = ownField(opts, "language", ["options"]);
  const language =
    languageValue === undefined
      ? "it"
      : readOption(languageValue, ["it", "en"] as const, ["options", "language"]);
  const maxValue = ownField(opts, "maxFindings", ["options"]);
  if (
    maxValue !== undefined &&
    (typeof maxValue !== "number" || !Number.isSafeInteger(maxValue) || maxValue < 0)
  ) {
    throw pdzError(CoreM.invalid_count, {}, ["options", "maxFindings"]);
  }
  const maxFindings = typeof maxValue === "number" ? maxValue : 40;
  const out: string[] = [];
  const findings = items(field(record, "findings"));
  out.push(
    fit(
      `Testo: ${text(field(record, "document"))} · ${text(field(record, "lineCount"))} righe · ${String(items(field(record, "noiseLines")).length)} righe di rumore (numeri di pagina, intestazioni)`,
    ),
  );
  const schede = items(field(record, "schede"));
  out.push("", fit(`SCHEDE OBIETTIVO (${String(schede.length)})`));
  schede.forEach((scheda, k) => out.push(...schedaLines(scheda, findings, k)));
  const leps = items(field(record, "lepsSchede"));
  if (leps.length > 0) {
    out.push("", fit(`SCHEDE LEPS (${String(leps.length)})`));
    for (const entry of leps) {
      const draft = field(entry, "draft");
      out.push(
        fit(
          `■ ${text(field(draft, "author"))} · ${text(field(draft, "leps")) || "LEPS non riconosciuto"} – ${text(field(draft, "title"))}  [${lines(field(field(draft, "source"), "lines"))}]`,
        ),
      );
    }
  }
  const evaluation = field(record, "evaluation");
  const objectives = items(field(evaluation, "objectives"));
  if (objectives.length > 0) {
    out.push(
      "",
      fit(
        `VALUTAZIONE DELLA PROGRAMMAZIONE PRECEDENTE (${text(field(evaluation, "grid"))}, ${String(objectives.length)} obiettivi)`,
      ),
    );
    for (const objective of objectives) {
      const grade = field(objective, "grade");
      const range = field(grade, "range");
      const figure =
        field(grade, "percent") !== undefined
          ? `${text(field(grade, "percent"))}%`
          : range !== undefined
            ? `${text(field(range, "from"))}-${text(field(range, "to"))}%`
            : "—";
      out.push(
        fit(
          `■ ${text(field(objective, "code"))} – ${text(field(objective, "title"))}: grado ${figure} ${text(field(grade, "band"))} · adeguatezza ${text(field(field(objective, "adequacy"), "level")) || "—"} · coincidenza ${text(field(field(objective, "coincidence"), "statedPercent")) || text(field(field(objective, "coincidence"), "statedBand")) || "—"}  [${lines(field(field(objective, "source"), "lines"))}]`,
        ),
      );
    }
  }
  const accordo = field(record, "accordo");
  if (typeof accordo === "object" && accordo !== null) {
    const period = field(accordo, "period");
    out.push(
      "",
      fit(
        `ACCORDO DI PROGRAMMA: ${String(items(field(accordo, "signatories")).length)} sottoscrittori · periodo ${period === null || period === undefined ? "non indicato" : `${text(field(period, "from"))} – ${text(field(period, "to"))}`}`,
      ),
    );
  }
  const tables = items(field(record, "tables"));
  if (tables.length > 0) {
    out.push("", fit(`TABELLE (${String(tables.length)})`));
    for (const table of tables) {
      out.push(
        fit(
          `■ ${text(field(table, "kind"))} · ${String(items(field(table, "rows")).length)} righe · ${text(field(table, "title"))}  [${lines(field(field(table, "source"), "lines"))}]`,
        ),
      );
    }
  }
  out.push("", fit(`RILIEVI (${String(findings.length)})`));
  for (const finding of findings.slice(0, maxFindings)) {
    const message = text(field(finding, language === "it" ? "messageIt" : "message"));
    out.push(
      fit(`${text(field(finding, "severity")).padEnd(7)} ${text(field(finding, "code"))}: ${message}`),
    );
  }
  if (findings.length > maxFindings)
    out.push(fit(`… e altri ${String(findings.length - maxFindings)} rilievi`));
  return out.join("\n");
}
