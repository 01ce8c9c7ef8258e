/**
 * Runs every `bench/*.bench.ts` file in turn. Usage: `npm run bench` (all) or `npm run bench -- matching` (files
 * whose name contains "matching").
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const filter = process.argv[2] ?? "";
const files = readdirSync(import.meta.dirname)
  .filter((name) => name.endsWith(".bench.ts") && name.includes(filter))
  .sort();
for (const file of files) {
  console.log(`\n# ${file}`);
  await import(pathToFileURL(join(import.meta.dirname, file)).href);
}
if (files.length === 0) console.log(`no benchmark matches "${filter}"`);
