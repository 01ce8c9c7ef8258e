// Runs once before the test files: fixes the run's fast-check seed (FC_SEED, or a fresh one) and prints it, so that
// any property failure can be replayed with `FC_SEED=<seed> npx vitest run <file>`.
export default function setup(): void {
  const given = Number(process.env["FC_SEED"]);
  const seed = Number.isSafeInteger(given) ? given : Math.floor(Math.random() * 2 ** 31) - 2 ** 30;
  process.env["FC_SEED"] = String(seed);
  console.log(`fast-check seed of this run: ${String(seed)} (replay with FC_SEED=${String(seed)})`);
}
