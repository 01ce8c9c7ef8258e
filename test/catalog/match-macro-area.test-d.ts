import { expectTypeOf, test } from "vitest";
import type { AnyMacroAreaCode, MacroAreaCode } from "../../src/catalog/macro-areas.js";
import { matchMacroArea } from "../../src/catalog/match-macro-area.js";
import { matchLeps } from "../../src/catalog/match-leps.js";
import type { LepsId, PriorityLepsId } from "../../src/catalog/leps.js";

test("matchers return typed codes", () => {
  expectTypeOf(matchMacroArea("x").code).toEqualTypeOf<MacroAreaCode | null>();
  expectTypeOf(matchLeps("x").code).toEqualTypeOf<LepsId | null>();
  expectTypeOf<"C">().toExtend<AnyMacroAreaCode>();
  expectTypeOf<"C">().not.toExtend<MacroAreaCode>();
  expectTypeOf<PriorityLepsId>().toExtend<LepsId>();
});
