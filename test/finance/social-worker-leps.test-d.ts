import { expectTypeOf, test } from "vitest";
import type { Decimal } from "../../src/core/decimal.js";
import { socialWorkerLeps } from "../../src/finance/social-worker-leps.js";

test("money results are Decimals and an absent ratio is null", () => {
  expectTypeOf(socialWorkerLeps).returns.toHaveProperty("inhabitantsPerFte").toEqualTypeOf<Decimal | null>();
  expectTypeOf(socialWorkerLeps)
    .returns.toHaveProperty("contribution")
    .toHaveProperty("total")
    .toEqualTypeOf<Decimal>();
});
