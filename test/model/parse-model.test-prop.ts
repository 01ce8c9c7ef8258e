import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { isPdzError } from "../../src/core/error.js";
import {
  parseAccordoDiProgramma,
  parseAccordoDiProgrammaDraft,
  safeParseAccordoDiProgramma,
  safeParseAccordoDiProgrammaDraft,
} from "../../src/model/accordo-di-programma.js";
import { parseProtocolOrProcedure, safeParseProtocolOrProcedure } from "../../src/model/protocol.js";
import { parseAmbito, safeParseAmbito } from "../../src/model/ambito.js";
import { parseIndicator, safeParseIndicator } from "../../src/model/indicator.js";
import { parseLepsScheda, safeParseLepsScheda } from "../../src/model/leps-scheda.js";
import { parsePlanEvaluation, safeParsePlanEvaluation } from "../../src/model/objective-evaluation.js";
import { parsePianoDiZona, safeParsePianoDiZona } from "../../src/model/piano-di-zona.js";
import { parseSchedaObiettivo, safeParseSchedaObiettivo } from "../../src/model/scheda-obiettivo.js";

const SAFE = [
  safeParsePianoDiZona,
  safeParseAccordoDiProgramma,
  safeParseSchedaObiettivo,
  safeParseAmbito,
  safeParsePlanEvaluation,
  safeParseLepsScheda,
  safeParseIndicator,
  safeParseAccordoDiProgrammaDraft,
  safeParseProtocolOrProcedure,
] as const;
const THROWING = [
  parsePianoDiZona,
  parseAccordoDiProgramma,
  parseSchedaObiettivo,
  parseAmbito,
  parsePlanEvaluation,
  parseLepsScheda,
  parseIndicator,
  parseAccordoDiProgrammaDraft,
  parseProtocolOrProcedure,
] as const;

const anything = fc.anything({
  withObjectString: true,
  withNullPrototype: true,
  withBigInt: true,
  withDate: true,
});
const options = fc.oneof(
  fc.constant(undefined),
  fc.record({ numbers: fc.constantFrom("canonical", "italian") }),
  anything,
);

test.prop([anything, options, fc.integer({ min: 0, max: SAFE.length - 1 })], { numRuns: 1000 })(
  "safeParseX never throws and parseX throws only PdzError, whatever the input and the options",
  (input, given, index) => {
    const result = SAFE[index]!(input, given as never);
    expect(typeof result.success).toBe("boolean");
    try {
      THROWING[index]!(input, given as never);
    } catch (error) {
      expect(isPdzError(error)).toBe(true);
    }
  },
);
