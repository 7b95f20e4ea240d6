/**
 * What is typed in the playground's grid reaches the pane the way a user's typing in Excel does: the
 * in-memory Excel raises worksheets.onChanged for the cell, which is what live checking hears.
 */
import { openBuilt, playgroundExcel, typeInCell } from "../../src/playground/session";
import { buildExampleRegister } from "../../src/workbook/template";
import { readRegister } from "../../src/register";
import { snapshotOf } from "../../src/workbook/xlsx";
import { TEST_CLOCK } from "../fixtures/clocks";

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 5));

test("a typed edit and a cleared cell each raise onChanged for their cell, events on", async () => {
  const example = await buildExampleRegister({ clock: TEST_CLOCK });
  const fiche = readRegister(snapshotOf(example)).fiches.find((f) => f.kind === "fiche")!;
  const book = await openBuilt(example.save());
  const excel = playgroundExcel(book);
  const heard: string[] = [];
  await excel.run(async (ctx) => {
    ctx.workbook.worksheets.onChanged.add(async (e) => {
      heard.push(`${e.changeType} ${e.address}`);
    });
    await ctx.sync();
  });
  await typeInCell(book, excel, fiche.sheet, fiche.name.cell, "Accueil des patients", TEST_CLOCK.now());
  await settle();
  expect(heard).toEqual([expect.stringMatching(new RegExp(` ${fiche.name.cell.split(":")[0]}(:|$)`))]);
  await typeInCell(book, excel, fiche.sheet, fiche.name.cell, "", TEST_CLOCK.now());
  await settle();
  expect(heard).toHaveLength(2);
  expect(book.journal.plans()).toHaveLength(2);
});
