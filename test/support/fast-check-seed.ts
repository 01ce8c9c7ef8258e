// One fast-check seed per test run, shared by every property test: chosen once by the global setup (or given as
// FC_SEED to reproduce a run), printed at the start of the run, and named by fast-check in any failure.
import { fc } from "@fast-check/vitest";

const seed = Number(process.env["FC_SEED"]);
if (Number.isSafeInteger(seed)) fc.configureGlobal({ seed });
