// Compiles one of the project's small TypeScript programs (bench, quality corpus, rule table) with its
// own tsconfig, for the npm scripts that run them with Node. Shared so that each script says only what
// it runs, not how TypeScript is called.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

/** The repository's root. */
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/**
 * Runs `tsc -p tsconfig`. On type errors, prints them; then, when `orElseRun` names an emitted file that
 * exists, says so with `warning` and carries on (tsc emits despite errors), otherwise exits with tsc's code.
 */
export function compile(tsconfig, { orElseRun, warning } = {}) {
  const tsc = spawnSync("npx", ["--no-install", "tsc", "-p", tsconfig], {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
    encoding: "utf8",
    shell: process.platform === "win32",
  });
  if (tsc.status === 0) return;
  process.stderr.write(tsc.stdout + tsc.stderr);
  if (!orElseRun || !existsSync(orElseRun)) process.exit(tsc.status ?? 1);
  process.stderr.write(`${warning}\n`);
}

/** Runs a compiled entry with Node and this script's arguments, and exits with its code. */
export function runAndExit(entry) {
  const run = spawnSync(process.execPath, [entry, ...process.argv.slice(2)], { cwd: root, stdio: "inherit" });
  process.exit(run.status ?? 1);
}
