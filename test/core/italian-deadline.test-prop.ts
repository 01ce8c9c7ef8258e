import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { isPdzError } from "../../src/core/error.js";
import { parseDeadline } from "../../src/core/italian-deadline.js";
import { resolveDeadline } from "../../src/core/resolve-deadline.js";

// Sentences built from the words the deadlines are made of, and anything at all: parseDeadline returns plain data or
// throws a PdzError, and whatever it returns resolves against a triennium, or throws a PdzError.
const WORDS = [
  "entro",
  "il",
  "la",
  "fine",
  "del",
  "triennio",
  "12",
  "mesi",
  "dalla",
  "sottoscrizione",
  "ogni",
  "6",
  "sei",
  "semestrale",
  "annuale",
  "fino",
  "al",
  "2027",
  "(2026)",
  "31.12.2026",
  "marzo",
  "2026",
  "In caso di",
  "se",
  "qualora",
  ",",
  "dal",
  "in poi",
  "al mese",
  "giorni",
  "anni",
  "settimane",
  "triennalità",
  "all'anno",
  "(",
];
const sentence = fc.oneof(
  fc.array(fc.constantFrom(...WORDS), { maxLength: 12 }).map((words) => words.join(" ")),
  fc.string({ maxLength: 200 }),
);

test.prop([sentence, fc.anything()])(
  "parseDeadline and resolveDeadline return data or throw a PdzError",
  (text, context) => {
    try {
      const deadline = parseDeadline(text);
      expect(JSON.parse(JSON.stringify(deadline))).toEqual(deadline);
      for (const given of [
        { period: { from: 2025, to: 2027 }, signedOn: "2025-03-01", approvedOn: "2024-12-02" },
        context,
      ]) {
        try {
          const resolved = resolveDeadline(deadline, given as never);
          expect(resolved.dates.every((date) => /^\d{4}-\d{2}-\d{2}$/.test(date))).toBe(true);
        } catch (error) {
          expect(isPdzError(error)).toBe(true);
        }
      }
    } catch (error) {
      expect(isPdzError(error)).toBe(true);
    }
  },
);
