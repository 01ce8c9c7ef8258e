import { expectTypeOf, test } from "vitest";
import type { Decimal } from "../../src/core/decimal.js";
import type { ParseResult } from "../../src/core/result.js";
import type { DecisionResult } from "../../src/governance/decide.js";
import {
  parseAccordoDiProgramma,
  safeParseAccordoDiProgramma,
  type AccordoDiProgramma,
  type AccordoDiProgrammaInput,
} from "../../src/model/accordo-di-programma.js";
import type { ParseOptions } from "../../src/model/number-mode.js";
import { parsePianoDiZona, safeParsePianoDiZona, type PianoDiZona } from "../../src/model/piano-di-zona.js";
import {
  parseSchedaObiettivo,
  safeParseSchedaObiettivo,
  type SchedaObiettivo,
  type SchedaObiettivoInput,
} from "../../src/model/scheda-obiettivo.js";

test("safeParse functions return a result, parse functions the data", () => {
  expectTypeOf(safeParseAccordoDiProgramma).returns.toEqualTypeOf<ParseResult<AccordoDiProgramma>>();
  expectTypeOf(safeParsePianoDiZona).returns.toEqualTypeOf<ParseResult<PianoDiZona>>();
  expectTypeOf(safeParseSchedaObiettivo).returns.toEqualTypeOf<ParseResult<SchedaObiettivo>>();
  expectTypeOf(parseAccordoDiProgramma).returns.toEqualTypeOf<AccordoDiProgramma>();
  expectTypeOf(parsePianoDiZona).returns.toEqualTypeOf<PianoDiZona>();
  expectTypeOf(parseSchedaObiettivo).returns.toEqualTypeOf<SchedaObiettivo>();
  expectTypeOf(parseSchedaObiettivo).parameter(1).toEqualTypeOf<ParseOptions | undefined>();
  expectTypeOf<ParseOptions["numbers"]>().toEqualTypeOf<"canonical" | "italian" | undefined>();
});

test("amounts are Decimal on output and text or numbers on input; dates are strings", () => {
  expectTypeOf<NonNullable<SchedaObiettivo["budget"]["total"]>>().toEqualTypeOf<Decimal>();
  expectTypeOf<string>().toExtend<NonNullable<SchedaObiettivoInput["budget"]["total"]>>();
  expectTypeOf<number>().toExtend<NonNullable<SchedaObiettivoInput["budget"]["total"]>>();
  expectTypeOf<AccordoDiProgramma["period"]["from"]>().toEqualTypeOf<string>();
  expectTypeOf<AccordoDiProgrammaInput["organs"][number]["kind"]>().toEqualTypeOf<
    AccordoDiProgramma["organs"][number]["kind"]
  >();
  expectTypeOf<DecisionResult["quorum"]["present"]>().toEqualTypeOf<Decimal>();
});
