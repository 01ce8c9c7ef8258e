import { expectTypeOf, test } from "vitest";
import type { Decimal } from "../../src/core/decimal.js";
import type { ParseResult } from "../../src/core/result.js";
import type { AccordoDiProgramma, AccordoDiProgrammaInput } from "../../src/model/accordo-di-programma.js";
import type { DecisionResult } from "../../src/model/decide.js";
import { parseAccordoDiProgramma, parsePianoDiZona, parseSchedaObiettivo } from "../../src/model/parse.js";
import type { PianoDiZona } from "../../src/model/piano-di-zona.js";
import type { SchedaObiettivo, SchedaObiettivoInput } from "../../src/model/scheda-obiettivo.js";

test("parse functions return the output types", () => {
  expectTypeOf(parseAccordoDiProgramma).returns.toEqualTypeOf<ParseResult<AccordoDiProgramma>>();
  expectTypeOf(parsePianoDiZona).returns.toEqualTypeOf<ParseResult<PianoDiZona>>();
  expectTypeOf(parseSchedaObiettivo).returns.toEqualTypeOf<ParseResult<SchedaObiettivo>>();
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
