// The seeds (the plans' plain-text editions) are reference documents kept outside the repository: `PDZ_SEEDS`, or
// `../shared/seeds` beside the checkout. Tests that read them skip, saying so, when they are not there.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** The folder of the seeds. */
export function seedsFolder(): string {
  return process.env["PDZ_SEEDS"] ?? join(import.meta.dirname, "..", "..", "..", "shared", "seeds");
}

/**
 * The lines of the seed whose file name starts with `number` ("001"), split at "\n" as the plans' line numbers count
 * them (line n is `lines[n - 1]`), or `null` when the seeds are not there.
 */
export function readSeedLines(number: string): readonly string[] | null {
  const folder = seedsFolder();
  if (!existsSync(folder)) return null;
  const name = readdirSync(folder).find((file) => file.startsWith(`${number}_`) && file.endsWith(".txt"));
  return name === undefined ? null : readFileSync(join(folder, name), "utf8").split("\n");
}

/** The text of lines `[first, last]` (1-based, inclusive) widened by `slack` lines, with white space collapsed. */
export function seedText(
  lines: readonly string[],
  [first, last]: readonly [number, number],
  slack = 2,
): string {
  return lines
    .slice(Math.max(0, first - 1 - slack), last + slack)
    .join(" ")
    .replace(/\s+/g, " ");
}
