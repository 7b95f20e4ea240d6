/**
 * A test fails when it writes to console.error or console.warn (every jest project loads this file).
 * A warning is a defect to fix where it comes from (a React state update outside act(…), an attribute
 * React does not know), not noise to scroll past. A deliberate notice to whoever runs the tests (e.g.
 * « no Chromium: browser tests skipped ») is written to process.stderr instead.
 */
import { format } from "node:util";

const original = { error: console.error, warn: console.warn };
const written: string[] = [];
/** After the last check (a file's own afterAll runs later): shown as before, never swallowed. */
let checksOver = false;

for (const level of ["error", "warn"] as const) {
  console[level] = (...args: unknown[]): void => {
    if (checksOver) original[level](...args);
    else written.push(`console.${level}: ${format(...args)}`);
  };
}

function fail(when: string): void {
  const messages = written.splice(0);
  if (messages.length > 0) throw new Error(`Écrit dans la console ${when} :\n\n${messages.join("\n\n")}`);
}

// Before each test: what was written while the file loaded, in a beforeAll, or late by the test before.
beforeEach(() => fail("avant ce test (chargement du fichier, beforeAll, ou après la fin du test précédent)"));
afterEach(() => fail("pendant ce test"));
afterAll(() => {
  checksOver = true;
  fail("après le dernier test");
});
