import { expectTypeOf, test } from "vitest";
import type { Decimal } from "../../src/core/decimal.js";
import type { ParseResult } from "../../src/core/result.js";
import {
  parseFundTable,
  safeParseFundTable,
  type FundTable,
  type FundTableInput,
} from "../../src/model/fund-table.js";

test("fund tables read canonical text, numbers or Decimals and hold Decimals", () => {
  expectTypeOf<FundTableInput["rows"][number]["amounts"][number]>().toExtend<string | number | Decimal>();
  expectTypeOf<FundTable["rows"][number]["amounts"][number]>().toEqualTypeOf<Decimal>();
  expectTypeOf(parseFundTable).returns.toEqualTypeOf<FundTable>();
  expectTypeOf(safeParseFundTable).returns.toEqualTypeOf<ParseResult<FundTable>>();
  expectTypeOf(parseFundTable)
    .parameter(1)
    .toEqualTypeOf<{ readonly numbers?: "canonical" | "italian" } | undefined>();
});
