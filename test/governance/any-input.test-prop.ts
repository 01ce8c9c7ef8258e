import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { parseDeadlineDate } from "../../src/core/italian-deadline.js";
import { isPdzError } from "../../src/core/error.js";
import { GALLARATE_ACCORDO, GALLARATE_AMBITO } from "../../src/datasets/gallarate/accordo.js";
import { canAdhere } from "../../src/governance/can-adhere.js";
import { canAmend } from "../../src/governance/can-amend.js";
import { checkOrganComposition } from "../../src/governance/check-organ-composition.js";
import { decide } from "../../src/governance/decide.js";
import { effectivePeriod } from "../../src/governance/effective-period.js";
import { isInForce } from "../../src/governance/is-in-force.js";
import { missingSignatories } from "../../src/governance/missing-signatories.js";
import { staffingFte } from "../../src/governance/staffing-fte.js";

// Any JavaScript value, alone or in place of one field of a valid input: every call returns or throws a PdzError,
// never anything else, and never changes its input.
const anything = fc.anything({
  withObjectString: true,
  withNullPrototype: true,
  withBigInt: true,
  withDate: true,
});
const organ = GALLARATE_ACCORDO.organs[0]!;

const CALLS: readonly ((value: unknown) => unknown)[] = [
  (value) => effectivePeriod(value as never),
  (value) => effectivePeriod({ ...GALLARATE_ACCORDO, extensions: [value] } as never),
  (value) => isInForce(GALLARATE_ACCORDO, value as never),
  (value) => canAmend(GALLARATE_ACCORDO, value as never),
  (value) => canAmend({ ...GALLARATE_ACCORDO, signatories: [value] } as never, []),
  (value) => canAdhere(GALLARATE_ACCORDO, value as never),
  (value) => canAdhere({ ...GALLARATE_ACCORDO, adhesion: value } as never, { id: "x", kind: "ets" }),
  (value) => missingSignatories(GALLARATE_ACCORDO, value as never),
  (value) => missingSignatories(GALLARATE_ACCORDO, { ...GALLARATE_AMBITO, comuni: [value] } as never),
  (value) => decide(value as never, []),
  (value) => decide({ ...organ, decisionRules: value } as never, []),
  (value) => decide({ ...organ, seats: [value] } as never, []),
  (value) => decide(organ, [value] as never),
  (value) => staffingFte({ staffing: [{ count: 1, timeShare: value }] } as never),
  (value) => parseDeadlineDate(value as never),
  (value) => parseDeadlineDate("entro la fine del triennio", { periodEnd: value } as never),
];

test.prop([anything, fc.integer({ min: 0, max: CALLS.length - 1 })], { numRuns: 2000 })(
  "every governance function returns or throws a PdzError, whatever it is given",
  (value, index) => {
    const before = JSON.stringify(value, (_, item: unknown) =>
      typeof item === "bigint" ? `${item}n` : item,
    );
    try {
      const result = CALLS[index]?.(value);
      expect(() => JSON.stringify(result)).not.toThrow();
    } catch (error) {
      expect(isPdzError(error)).toBe(true);
    }
    expect(JSON.stringify(value, (_, item: unknown) => (typeof item === "bigint" ? `${item}n` : item))).toBe(
      before,
    );
  },
);

test.prop([anything, anything])("checkOrganComposition never throws", (accordo, ambito) => {
  const findings = checkOrganComposition(accordo as never, ambito as never);
  expect(Array.isArray(findings)).toBe(true);
  expect(
    checkOrganComposition({ ...GALLARATE_ACCORDO, organs: [accordo] } as never, GALLARATE_AMBITO),
  ).toBeInstanceOf(Array);
});
