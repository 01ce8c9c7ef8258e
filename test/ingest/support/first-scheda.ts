// The first scheda the reader finds in a text, for the tests that read one form: a text without one fails the test.
import { ingestPlanText, type IngestedScheda } from "../../../src/ingest/index.js";

/** The first scheda `ingestPlanText` reads in `text`; throws when it reads none. */
export function firstScheda(text: string): IngestedScheda {
  const read = ingestPlanText(text).schede[0];
  if (read === undefined) throw new Error("no scheda read");
  return read;
}
