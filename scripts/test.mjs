// `npm test`: type check, lint and format check, build (the CLI and browser tests run the built code),
// then every jest project, and one closing line of jest's own totals for CI.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";

const run = (cmd, args) => spawnSync(cmd, args, { stdio: "inherit", shell: process.platform === "win32" }).status ?? 1;
const npx = (args) => run("npx", ["--no-install", ...args]);

let failedSteps = 0;
console.log("\n▶ Vérification des types (tsc --noEmit)");
if (npx(["tsc", "--noEmit", "-p", "tsconfig.json"]) !== 0) failedSteps++;

console.log("\n▶ Lint et mise en page (npm run lint : ESLint sans avertissement, puis Prettier)");
if (run("npm", ["run", "--silent", "lint"]) !== 0) failedSteps++;

console.log("\n▶ Construction (npm run build)");
if (run("npm", ["run", "--silent", "build"]) !== 0) failedSteps++;

const resultsFile = ".jest-results.json";
rmSync(resultsFile, { force: true });
console.log("\n▶ Tests (jest)");
// Jest keeps one core for itself by default: on a 2-core CI machine that is one worker, and the suite
// takes twice as long. Most tests wait on files, workers or Chromium, so every core gets a worker
// (unless the command line says otherwise).
const extra = process.argv.slice(2);
const workers = extra.some((a) => a.startsWith("--maxWorkers") || a === "-w" || a === "--runInBand" || a === "-i")
  ? []
  : [`--maxWorkers=${Math.max(1, os.availableParallelism?.() ?? os.cpus().length)}`];
const jestStatus = npx(["jest", "--json", `--outputFile=${resultsFile}`, ...workers, ...extra]);

let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync(resultsFile)) {
  const results = JSON.parse(readFileSync(resultsFile, "utf8"));
  passed = results.numPassedTests;
  failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
  skipped = results.numPendingTests + results.numTodoTests;
} else {
  failed = 1;
}
if (failedSteps > 0) console.log(`\n${failedSteps} étape(s) hors jest en échec (types, lint ou construction) : voir plus haut.`);
console.log(`\n${passed} passed, ${failed + failedSteps} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed + failedSteps > 0 || jestStatus !== 0 ? 1 : 0);
