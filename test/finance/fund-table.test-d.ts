import { expectTypeOf, test } from "vitest";
import type { Decimal } from "../../src/core/decimal.js";
import type { FundTable, FundTableInput } from "../../src/finance/fund-table.js";
import { allocate } from "../../src/finance/allocate.js";
import { socialWorkerLeps } from "../../src/finance/social-worker-leps.js";

test("fund tables read Italian text and hold Decimals", () => {
  expectTypeOf<FundTableInput["rows"][number]["amounts"][number]>().toExtend<string | number | Decimal>();
  expectTypeOf<FundTable["rows"][number]["amounts"][number]>().toEqualTypeOf<Decimal>();
});

test("money results are Decimals", () => {
  expectTypeOf(allocate).returns.toEqualTypeOf<Decimal[]>();
  expectTypeOf(socialWorkerLeps).returns.toHaveProperty("inhabitantsPerFte").toEqualTypeOf<Decimal | null>();
});
