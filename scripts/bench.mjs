// `npm run bench [-- --json]`: builds the benchmark (tsconfig.bench.json → dist/bench) then runs it.
// The benchmark itself is src/bench/bench.ts; with --json its last line is one JSON object.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const entry = path.join(root, "dist", "bench", "bench", "bench.js");
const tsc = spawnSync("npx", ["--no-install", "tsc", "-p", "tsconfig.bench.json"], {
  cwd: root,
  stdio: ["ignore", "pipe", "pipe"],
  encoding: "utf8",
  shell: process.platform === "win32",
});
if (tsc.status !== 0) {
  process.stderr.write(tsc.stdout + tsc.stderr);
  if (!existsSync(entry)) process.exit(tsc.status ?? 1);
  process.stderr.write("Des erreurs de types ont été signalées ; le banc d'essai tourne quand même sur le code émis.\n");
}
const run = spawnSync(process.execPath, [entry, ...process.argv.slice(2)], { cwd: root, stdio: "inherit" });
process.exit(run.status ?? 1);
