import { expectTypeOf, test } from "vitest";
import type { FindingCodesOf } from "../../src/core/message.js";
import type * as M from "../../src/core/messages/catalog.js";
import type { MatchWarningCode } from "../../src/catalog/match-result.js";

test("the warning codes are exactly the catalogue table's codes with a severity", () => {
  expectTypeOf<MatchWarningCode>().toEqualTypeOf<FindingCodesOf<typeof M>>();
});
