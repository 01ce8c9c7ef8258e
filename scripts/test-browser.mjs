// Loads the built ESM package in headless Chromium (Debian's chromium, driven by playwright-core) and, in the page,
// grades an objective, computes an old-age index and draws the SVG pyramid of the Ambito Sebino; fails on any page
// error, failed request or wrong result. The page imports dist/ as it is, file per file, with an import map for the
// dependencies (zod, decimal.js, date-fns) resolved the way Node resolves them; a server on 127.0.0.1 serves them.
// Needs `npm run build` first and /usr/bin/chromium (Debian: apt-get install chromium; .ci/run installs it).
//
// Writes reports/browser.json ({ passed, failed, checks }) for the CI's summary line.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const root = fileURLToPath(new URL("..", import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// The flags this machine's notes give for headless Chromium as root on a closed network.
const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

function write(result) {
  mkdirSync(join(root, "reports"), { recursive: true });
  writeFileSync(join(root, "reports", "browser.json"), `${JSON.stringify(result, null, 2)}\n`);
}

function fail(reason) {
  console.error(`test:browser: ${reason}`);
  write({ suite: "browser", passed: 0, failed: 1, error: reason, checks: [] });
  process.exit(1);
}

if (!existsSync(join(root, "dist", "report", "index.js")))
  fail("the package is not built: run `npm run build` first");
if (!existsSync(CHROMIUM)) fail(`no Chromium at ${CHROMIUM} (Debian: apt-get install chromium)`);

// Every bare specifier the built files import, resolved by Node from the package root, becomes an import map entry.
function importMap() {
  const specifiers = new Set();
  const files = readdirSync(join(root, "dist"), { recursive: true, encoding: "utf8" }).filter((name) =>
    name.endsWith(".js"),
  );
  for (const file of files) {
    const text = readFileSync(join(root, "dist", file), "utf8");
    for (const [, specifier] of text.matchAll(/^\s*(?:import|export)\s[^"\n]*?from\s*"([^"./][^"]*)"/gm))
      specifiers.add(specifier);
  }
  const imports = {};
  const resolveFrom = new URL(`file://${join(root, "package.json")}`);
  for (const specifier of specifiers) {
    const path = fileURLToPath(import.meta.resolve(specifier, resolveFrom));
    imports[specifier] = `/${relative(root, path).split(sep).join("/")}`;
  }
  return { imports };
}

const PAGE = `<!DOCTYPE html>
<html lang="it"><head><meta charset="utf-8"><title>piano-di-zona in the browser</title>
<script type="importmap">${JSON.stringify(importMap())}</script></head>
<body><main id="out"></main>
<script type="module">
  import { achievementGrade, oldAgeIndex } from "/dist/index.js";
  import { SEBINO_AMBITO_AGE_STRUCTURE_2024 } from "/dist/datasets/index.js";
  import { pyramidChart, renderSvg } from "/dist/report/index.js";
  const grade = achievementGrade({ planned: 4, realized: 3 });
  const index = oldAgeIndex({ aged0to14: SEBINO_AMBITO_AGE_STRUCTURE_2024.count(0, 14), aged65plus: SEBINO_AMBITO_AGE_STRUCTURE_2024.count(65) });
  const svg = renderSvg(pyramidChart(SEBINO_AMBITO_AGE_STRUCTURE_2024, { area: "Ambito Sebino" }));
  const parsed = new DOMParser().parseFromString(svg, "image/svg+xml");
  document.getElementById("out").innerHTML = svg;
  const drawn = document.querySelector("#out svg");
  const box = drawn.getBBox();
  window.results = {
    grade: grade.percent.toString() + " " + grade.band,
    index: index.toFixed(2),
    svgParses: parsed.getElementsByTagName("parsererror").length === 0 && parsed.documentElement.nodeName === "svg",
    svgTitle: drawn.querySelector("title").textContent,
    svgBox: [Math.round(box.width), Math.round(box.height)],
    bars: drawn.querySelectorAll("rect[fill='#4477aa']").length + drawn.querySelectorAll("rect[fill='#cc6677']").length,
  };
</script></body></html>`;

const TYPES = {
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".cjs": "text/javascript",
  ".html": "text/html",
  ".map": "application/json",
  ".json": "application/json",
};

const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url ?? "/", "http://127.0.0.1").pathname);
  if (path === "/") {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end(PAGE);
    return;
  }
  if (path === "/favicon.ico") {
    response.writeHead(204);
    response.end();
    return;
  }
  const file = normalize(join(root, path));
  const allowed = [join(root, "dist"), join(root, "node_modules")].some((folder) =>
    file.startsWith(folder + sep),
  );
  if (!allowed || !existsSync(file)) {
    response.writeHead(404);
    response.end();
    return;
  }
  response.writeHead(200, {
    "content-type": `${TYPES[extname(file)] ?? "application/octet-stream"}; charset=utf-8`,
  });
  response.end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const { port } = server.address();

const started = Date.now();
const problems = [];
let results;
let version;
const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
try {
  version = browser.version();
  const page = await browser.newPage();
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("requestfailed", (request) => problems.push(`request failed: ${request.url()}`));
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${String(response.status())}: ${response.url()}`);
  });
  await page.goto(`http://127.0.0.1:${String(port)}/`);
  // The page's module sets `results` when it is done; a page error leaves it unset (and is reported above).
  await page
    .waitForFunction(() => globalThis.results !== undefined, null, { timeout: 30_000 })
    .catch(() => {});
  results = await page.evaluate(() => globalThis.results ?? null);
} finally {
  await browser.close();
  server.close();
}

const checks = [
  ["grades an objective: 3 of 4 actions is 75%, sufficiente", results?.grade === "75 sufficiente"],
  ["computes Sebino's old-age index: 182,62", results?.index === "182.62"],
  ["the SVG pyramid parses as SVG in the browser", results?.svgParses === true],
  [
    "the SVG pyramid is drawn with its title and six bars",
    results?.bars === 6 && results?.svgTitle?.startsWith("Ambito Sebino") && (results?.svgBox?.[0] ?? 0) > 0,
  ],
  ["no page error, console error or failed request", problems.length === 0],
].map(([name, ok]) => ({ name, passed: ok === true }));

for (const check of checks) console.log(`${check.passed ? "✓" : "✗"} ${check.name}`);
for (const problem of problems) console.log(`  ${problem}`);
if (results === null) console.log("  the page computed nothing");
const passed = checks.filter((check) => check.passed).length;
const failed = checks.length - passed;
const seconds = ((Date.now() - started) / 1000).toFixed(1);
write({
  suite: "browser",
  passed,
  failed,
  chromium: version,
  seconds: Number(seconds),
  results,
  problems,
  checks,
});
console.log(
  `test:browser: ${String(passed)} passed, ${String(failed)} failed (Chromium ${version}, ${seconds} s)`,
);
process.exit(failed === 0 ? 0 : 1);
