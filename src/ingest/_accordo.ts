// The Accordo di Programma's signatories and period, where the plan prints them: a list after "TRA" under the
// title "ACCORDO DI PROGRAMMA …" (one signatory per line, "COMUNE DI GALLARATE (Ente Capofila)"), or a sentence
// ("L’Accordo di Programma viene sottoscritto tra i Comuni di Corte Franca, Iseo, … e Zone …, dall’ATS di Brescia e
// dall’ASST Franciacorta."); the period from "a decorrere dal 01.01.2025 al 31.12.2027". Signatories counted but
// not named ("dai Sindaci dei 22 Comuni dell’Ambito") are not invented.
import type { DraftAccordo, DraftSignatory } from "./draft-plan.js";
import { verbatim } from "./_passage.js";
import type { PlanText } from "./_plan-text.js";

const SIGNATORY_LINE =
  /^\s*(COMUNE\s+DI|Comune\s+di|ATS\b|Agenzia\s+di\s+Tutela|ASST\b|Azienda\s+Socio[-\s]?Sanitaria|Azienda\s+Speciale|Azienda\s+Sociale|PROVINCIA|Provincia\s+di|UNIONE|Unione\s+dei\s+Comuni|CONSORZIO|Consorzio)/u;

function kindOf(name: string): DraftSignatory["kind"] {
  if (/^(?:comune|comuni)\b/iu.test(name)) return "comune";
  if (/\bATS\b|tutela\s+della\s+salute/iu.test(name)) return "ats";
  if (/\bASST\b|socio[-\s]?sanitaria\s+territoriale/iu.test(name)) return "asst";
  if (/^provincia\b/iu.test(name)) return "provincia";
  if (/^azienda\b|consorzio|consortile/iu.test(name)) return "azienda";
  return "altro";
}

function signatory(name: string, line: number): DraftSignatory {
  const clean = verbatim(name).replace(/[;,.]+$/u, "");
  return {
    name: clean.replace(/\s*\((?:Ente\s+)?Capofila\)\s*/iu, "").trim(),
    kind: kindOf(clean),
    lead: /capofila/iu.test(clean),
    lines: [line + 1, line + 1],
  };
}

/** Whether a line opens a bracket it does not close. */
function unclosed(line: string): boolean {
  return line.split("(").length > line.split(")").length;
}

/** The signatories listed one per line after "TRA" under an Accordo's title. */
function listedSignatories(text: PlanText): DraftSignatory[] {
  const lines = text.lines;
  for (let n = 0; n < lines.length; n += 1) {
    if (!/^\s*TRA\s*$/u.test(lines[n] ?? "")) continue;
    let titled = false;
    for (let m = n - 1; m >= 0 && n - m <= 10; m -= 1)
      if (/ACCORDO\s+DI\s+PROGRAMMA/iu.test(lines[m] ?? "")) titled = true;
    if (!titled) continue;
    const found: DraftSignatory[] = [];
    let misses = 0;
    for (let m = n + 1; m < lines.length && misses <= 4; m += 1) {
      const line = lines[m] ?? "";
      if (text.noise[m] === 1 || line.trim() === "") continue;
      if (SIGNATORY_LINE.test(line)) {
        // A name whose bracket closes on the next line ("… della Valle Olona (ASST Valle" / "Olona)").
        const next = lines[m + 1] ?? "";
        if (unclosed(line) && /^[^()]{1,60}\)/u.test(next.trim()) && text.noise[m + 1] !== 1) {
          found.push({ ...signatory(`${line}\n${next}`, m), lines: [m + 1, m + 2] });
          m += 1;
        } else {
          found.push(signatory(line, m));
        }
        misses = 0;
      } else {
        misses += 1;
      }
    }
    if (found.length > 0) return found;
  }
  return [];
}

/** The signatories a sentence names: "sottoscritto tra i Comuni di A, B … e Z …, dall’ATS di X e dall’ASST Y". */
function sentenceSignatories(text: PlanText): DraftSignatory[] {
  const lines = text.lines;
  for (let n = 0; n < lines.length; n += 1) {
    if (!/Accordo\s+di\s+Programma/iu.test(lines[n] ?? "")) continue;
    // The paragraph, up to the full stop ending a line after "sottoscritto" (at most 24 lines, however the
    // text is wrapped: "L’Accordo di Programma … definisce compiti, ruoli" / "… Viene sottoscritto dai Sindaci …").
    let sentence = "";
    let last = n;
    let signed = false;
    for (let m = n; m < lines.length && m - n < 24 && (lines[m] ?? "").trim() !== ""; m += 1) {
      sentence += `${lines[m] ?? ""}\n`;
      last = m;
      signed ||= /\bsottoscritt[oaie]\b/iu.test(lines[m] ?? "");
      if (signed && /\.\s*$/.test(lines[m] ?? "")) break;
    }
    if (!signed) continue;
    const flat = verbatim(sentence);
    const found: DraftSignatory[] = [];
    const comuni =
      /\b(?:tra|dai|da)\s+i\s+Comuni\s+di\s+(.{3,600}?)(?:\s+appartenenti|\s*,\s*dall|\s*,\s*dalla|\s*\.)/iu.exec(
        flat,
      ) ?? /\btra\s+i\s+Comuni\s+di\s+(.{3,600}?)(?:\s+appartenenti|\s*,\s*dall|\s*\.)/iu.exec(flat);
    if (comuni !== null) {
      for (const name of (comuni[1] ?? "").split(/\s*,\s*|\s+e\s+/u)) {
        if (/^\p{Lu}/u.test(name.trim()))
          found.push({
            name: `Comune di ${name.trim()}`,
            kind: "comune",
            lead: false,
            lines: [n + 1, last + 1],
          });
      }
    }
    const entities =
      /\b(?:dall[’']\s*|dalle\s+Aziende\s+Speciali\s+Consortili\s*,\s*|\be\s+)((?:Agenzia\s+di\s+Tutela\s+della\s+Salute|Azienda\s+Socio[-\s]?Sanitaria\s+Territoriale|Azienda\s+Social[ei]|ATS|ASST)[^,.;]{0,80}?)(?=\s+e\s+(?:dall|Azienda)|[,.;]|$)/gu;
    for (const match of flat.matchAll(entities)) {
      const name = (match[1] ?? "").trim();
      if (name !== "" && !found.some((other) => other.name === name)) {
        found.push({ name, kind: kindOf(name), lead: false, lines: [n + 1, last + 1] });
      }
    }
    if (found.length > 0) return found;
  }
  return [];
}

/** The period of the Accordo: "a decorrere dal 01.01.2025 al 31.12.2027". */
function periodOf(text: PlanText): DraftAccordo["period"] {
  const lines = text.lines;
  for (let n = 0; n < lines.length; n += 1) {
    const line = `${lines[n] ?? ""} ${lines[n + 1] ?? ""}`;
    const match =
      /\bdal\s+(\d{1,2})[./](\d{1,2})[./](20\d\d)\s+al\s+(\d{1,2})[./](\d{1,2})[./](20\d\d)/u.exec(line);
    if (match === null) continue;
    // Only where the text speaks of the Accordo's validity.
    const context = lines.slice(Math.max(0, n - 3), n + 2).join(" ");
    if (!/accordo|validit|durata|decorrere/iu.test(context)) continue;
    const iso = (d: string | undefined, m: string | undefined, y: string | undefined): string =>
      `${y ?? ""}-${(m ?? "").padStart(2, "0")}-${(d ?? "").padStart(2, "0")}`;
    return {
      from: iso(match[1], match[2], match[3]),
      to: iso(match[4], match[5], match[6]),
      text: verbatim(match[0]),
      lines: [n + 1, /\bal\s+\d/u.test(lines[n] ?? "") ? n + 1 : n + 2],
    };
  }
  return null;
}

/** The Accordo as far as the text prints it, or null when it prints neither its signatories nor its period. */
export function readAccordo(text: PlanText, document: string): DraftAccordo | null {
  const signatories = listedSignatories(text);
  const listed = signatories.length > 0 ? signatories : sentenceSignatories(text);
  const period = periodOf(text);
  if (listed.length === 0 && period === null) return null;
  const lines = [...listed.map((s) => s.lines[0]), ...(period === null ? [] : [period.lines[0]])];
  const ends = [...listed.map((s) => s.lines[1]), ...(period === null ? [] : [period.lines[1]])];
  let first = lines[0] ?? 1;
  let last = ends[0] ?? 1;
  for (const line of lines) first = Math.min(first, line);
  for (const line of ends) last = Math.max(last, line);
  return { signatories: listed, period, source: { document, lines: [first, last] } };
}
