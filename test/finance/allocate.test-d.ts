import { expectTypeOf, test } from "vitest";
import type { Decimal } from "../../src/core/decimal.js";
import { allocate, allocateEqually } from "../../src/finance/allocate.js";

test("allocations are Decimals", () => {
  expectTypeOf(allocate).returns.toEqualTypeOf<Decimal[]>();
  expectTypeOf(allocateEqually).returns.toEqualTypeOf<Decimal[]>();
});
