/**
 * `valider` on a real .xlsx says what the rights-requests register holds: the requests without an
 * answer, and of those the ones past their deadline (« Demandes d'exercice des droits : N en cours, dont
 * M hors délai »), and the JSON line gives the same as `requests`. The requests are dated years back, so
 * that the command line's real clock finds them overdue on any day the test runs.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { planAddRequest, planRecordAnswer, readRequests, serialOfDay, validateWorkbook } from "../../src/register";
import { formatReport } from "../../src/cli/report";
import { ValidateLineJson } from "../../src/register/report/schema";
import { applyPlanToXlsx, loadXlsx, saveXlsx, snapshotOf } from "../../src/workbook/xlsx";
import { buildCnilWorkbook, cleanRegister } from "../fixtures/xlsxFiles";
import { dayClock } from "../fixtures/clocks";
import { ensureBuilt, runCli, tempDir } from "./helpers";

jest.setTimeout(120_000);

const CLOCK = dayClock(2021, 6, 1);
const day = (d: number, m: number, y: number): number => serialOfDay(y, m, d) as number;

let dir: string;
let plain: string;
let withRequests: string;

beforeAll(async () => {
  ensureBuilt();
  dir = tempDir();
  const bytes = await buildCnilWorkbook(cleanRegister(1));
  plain = join(dir, "registre.xlsx");
  writeFileSync(plain, bytes);

  // Three requests noted through the pane's plans: two never answered, one answered.
  const book = await loadXlsx(bytes);
  const add = (received: number, person: string) =>
    applyPlanToXlsx(book, planAddRequest(snapshotOf(book), { received, person, rights: ["access"], ficheRef: "", identityChecked: "Oui" }, CLOCK));
  add(day(2, 3, 2021), "M. D.");
  add(day(12, 4, 2021), "Mme L.");
  add(day(20, 5, 2021), "X. Y.");
  const answered = readRequests(snapshotOf(book))!.entries[2];
  applyPlanToXlsx(book, planRecordAnswer(snapshotOf(book), answered, { on: day(21, 5, 2021), outcome: "granted" }, CLOCK));
  withRequests = join(dir, "registre-demandes.xlsx");
  writeFileSync(withRequests, await saveXlsx(book));
});

test("valider without a requests register: none in progress", () => {
  const r = runCli(["valider", plain], dir);
  expect(r.out).toContain("\nDemandes d'exercice des droits : aucune en cours\n");
});

test("valider counts the requests without an answer and those past their deadline, with a warning at each « Répondu le » cell", () => {
  const r = runCli(["valider", withRequests], dir);
  expect(r.out).toContain("\nDemandes d'exercice des droits : 2 en cours, dont 2 hors délai\n");
  expect(r.out).toContain("(cellule G5)");
  expect(r.out).toContain("(cellule G6)");
  expect(r.out).not.toContain("(cellule G7)");
});

test("valider --json gives the same as `requests`", () => {
  const r = runCli(["valider", "--json", withRequests], dir);
  const line = ValidateLineJson.parse(JSON.parse(r.out.trim()));
  expect(line).toMatchObject({ requests: { open: 2, overdue: 2 } });
});

test("the text report on a fixed day: a request still within its month is in progress, not late", async () => {
  const book = await loadXlsx(await buildCnilWorkbook(cleanRegister(1)));
  applyPlanToXlsx(
    book,
    planAddRequest(snapshotOf(book), { received: day(20, 5, 2021), person: "M. D.", rights: ["erasure"], ficheRef: "", identityChecked: "" }, CLOCK),
  );
  const report = validateWorkbook(snapshotOf(book), { clock: CLOCK });
  expect(report.requests).toEqual({ open: 1, overdue: 0 });
  expect(formatReport("registre.xlsx", report, [])).toContain("\nDemandes d'exercice des droits : 1 en cours, dans le délai\n");
});
