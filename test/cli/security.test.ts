/**
 * `valider` on a real .xlsx says what step 4's sheets hold: the last cyber self-audit (« aucun » before
 * the first) and the incidents of the breach register without a CNIL decision, those past their 72
 * hours counted apart; the JSON line gives the same as `audit` and `incidents`. The incidents are dated
 * years back, so that the command line's real clock finds them overdue on any day the test runs.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { planAddBreach, planRecordCnil, readBreaches, validateWorkbook } from "../../src/register";
import { formatReport } from "../../src/cli/report";
import { ValidateLineJson } from "../../src/register/report/schema";
import { applyPlanToXlsx, loadXlsx, saveXlsx, snapshotOf } from "../../src/workbook/xlsx";
import { buildCnilWorkbook, cleanRegister } from "../fixtures/xlsxFiles";
import { clockAt } from "../fixtures/clocks";
import { ensureBuilt, runCli, tempDir } from "./helpers";

jest.setTimeout(120_000);

const CLOCK = clockAt("2021-06-01T10:00:00+02:00");
const serialAt = (year: number, month: number, day: number, hour: number): number => Date.UTC(year, month - 1, day, hour) / 86_400_000 + 25569;

let dir: string;
let plain: string;
let withBreaches: string;

beforeAll(async () => {
  ensureBuilt();
  dir = tempDir();
  const bytes = await buildCnilWorkbook(cleanRegister(1));
  plain = join(dir, "registre.xlsx");
  writeFileSync(plain, bytes);

  // Three incidents noted through the pane's plans: two never decided, one notified to the CNIL.
  const book = await loadXlsx(bytes);
  const add = (discovered: number, what: string) =>
    applyPlanToXlsx(book, planAddBreach(snapshotOf(book), { discovered, what, dataAndPersons: "", consequences: "", measures: "" }, CLOCK));
  add(serialAt(2021, 3, 2, 9), "Courriel envoyé au mauvais destinataire");
  add(serialAt(2021, 4, 12, 16), "Ordinateur volé");
  add(serialAt(2021, 5, 20, 11), "Rançongiciel");
  const decided = readBreaches(snapshotOf(book)).entries[2];
  applyPlanToXlsx(book, planRecordCnil(snapshotOf(book), decided, { kind: "notified", at: serialAt(2021, 5, 21, 10) }, CLOCK));
  withBreaches = join(dir, "registre-violations.xlsx");
  writeFileSync(withBreaches, await saveXlsx(book));
});

test("valider says there is no self-audit and no incident waiting", () => {
  const r = runCli(["valider", plain], dir);
  expect(r.out).toContain("\nAuto-diagnostic cyber : aucun\n");
  expect(r.out).toContain("\nViolations : aucune sans décision\n");
});

test("valider counts the incidents without a CNIL decision, and those past their 72 hours, with a warning at each CNIL cell", () => {
  const r = runCli(["valider", withBreaches], dir);
  expect(r.out).toContain("\nViolations : 2 sans décision, dont 2 hors délai (72 heures dépassées)\n");
  expect(r.out).toContain("Onglet « Registre des violations »");
  expect(r.out).toMatch(
    /Avertissement en G5 : Incident découvert le 02\/03\/2021 à 09:00 : aucune décision sur la notification à la CNIL, et le délai de 72 heures est dépassé depuis le 05\/03\/2021 à 09:00/,
  );
  expect(r.out).toMatch(/Avertissement en G6 : Incident découvert le 12\/04\/2021 à 16:00/);
  expect(r.out).not.toMatch(/en G7 :/);
});

test("valider --json gives the same as audit and incidents", () => {
  const r = runCli(["valider", "--json", withBreaches], dir);
  const line = ValidateLineJson.parse(JSON.parse(r.out.trim()));
  expect(line).toMatchObject({ audit: null, incidents: { open: 2, overdue: 2 } });
});

test("the text report names the last self-audit's score, level and day, and incidents still within their 72 hours", async () => {
  const snapshot = snapshotOf(await loadXlsx(await buildCnilWorkbook(cleanRegister(1))));
  const report = validateWorkbook(snapshot, { clock: CLOCK });
  const text = formatReport(
    "registre.xlsx",
    { ...report, audit: { date: "2026-12-07", score: 64, level: "intermediate" }, incidents: { open: 2, overdue: 0 } },
    [],
  );
  expect(text).toContain("\nAuto-diagnostic cyber : 64/100, Intermédiaire, le 07/12/2026\n");
  expect(text).toContain("\nViolations : 2 sans décision, dans le délai de 72 heures\n");
});
