/**
 * The console guard itself, run as jest runs it: a probe test file that writes to console.warn, and one
 * that writes to console.error after its test's body has returned, both fail a test; a quiet one passes.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(__dirname, "../..");
jest.setTimeout(120_000);

test("a test that writes to console.warn or console.error fails, with what it wrote", () => {
  const dir = mkdtempSync(join(tmpdir(), "console-guard-"));
  writeFileSync(join(dir, "quiet.probe.js"), `test("quiet", () => { console.log("a log is fine"); });\n`);
  writeFileSync(join(dir, "warns.probe.js"), `test("warns", () => { console.warn("attention"); });\n`);
  writeFileSync(
    join(dir, "late.probe.js"),
    `test("ends, then writes", () => { setTimeout(() => console.error("trop tard"), 0); });\ntest("next", () => new Promise((r) => setTimeout(r, 20)));\n`,
  );
  const config = {
    rootDir: dir,
    testMatch: ["**/*.probe.js"],
    setupFilesAfterEnv: [join(ROOT, "test/setup/failOnConsole.ts")],
    transform: { "\\.ts$": [require.resolve("ts-jest"), { tsconfig: { module: "commonjs", isolatedModules: true } }] },
  };
  const run = spawnSync(process.execPath, [join(ROOT, "node_modules/jest/bin/jest.js"), "--config", JSON.stringify(config), "--json", "--ci"], {
    cwd: ROOT,
    encoding: "utf8",
  });
  const results = JSON.parse(run.stdout) as {
    testResults: { name: string; assertionResults: { title: string; status: string; failureMessages: string[] }[] }[];
  };
  const outcome = Object.fromEntries(
    results.testResults.flatMap((file) => file.assertionResults.map((t) => [t.title, { status: t.status, message: t.failureMessages.join("\n") }])),
  );
  expect(outcome.quiet.status).toBe("passed");
  expect(outcome.warns.status).toBe("failed");
  expect(outcome.warns.message).toContain("console.warn: attention");
  // Written after its test's body: it fails that test's check or, when later still, the next test's.
  const failedLate = [outcome["ends, then writes"], outcome.next].filter((t) => t.status === "failed");
  expect(failedLate).toHaveLength(1);
  expect(failedLate[0].message).toContain("console.error: trop tard");
});
