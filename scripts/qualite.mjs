// `npm run qualite [-- --json]`: builds the quality corpus (tsconfig.qualite.json → dist/qualite), then
// runs it: the registers of test/corpus/ made from the CNIL's workbook, checked like the command line
// does, scored against the mistakes planted in them. Exit code 1 when a mistake is missed or a false
// alarm is raised (see test/corpus/qualite.ts).
import { spawnSync } from "node:child_process";
import { cpSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const out = path.join(root, "dist", "qualite");
const entry = path.join(out, "test", "corpus", "qualite.js");
const tsc = spawnSync("npx", ["--no-install", "tsc", "-p", "tsconfig.qualite.json"], {
  cwd: root,
  stdio: ["ignore", "pipe", "pipe"],
  encoding: "utf8",
  shell: process.platform === "win32",
});
if (tsc.status !== 0) {
  process.stderr.write(tsc.stdout + tsc.stderr);
  if (!existsSync(entry)) process.exit(tsc.status ?? 1);
  process.stderr.write("Des erreurs de types ont été signalées ; le corpus tourne quand même sur le code émis.\n");
}
// The compiled fixtures look for the CNIL's workbook beside themselves (test/fixtures/cnilWorkbook.ts).
cpSync(path.join(root, "test", "fixtures", "cnil"), path.join(out, "test", "fixtures", "cnil"), { recursive: true });
const run = spawnSync(process.execPath, [entry, ...process.argv.slice(2)], { cwd: root, stdio: "inherit" });
process.exit(run.status ?? 1);
