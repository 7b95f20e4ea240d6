/**
 * In the task pane (its store over the in-memory Excel), a new incident is planned on the workbook as
 * it is when written: a note the user typed in the register since the pane last read it is not written
 * over, the incident goes below it.
 */
import * as React from "react";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import BreachesSection from "../../../src/taskpane/components/security/breaches/BreachesSection";
import { PaneProvider, usePane } from "../../../src/taskpane/state/store";
import { createWorkbookPort } from "../../../src/taskpane/excel";
import { createMemoryExcel } from "../../../src/memoryExcel";
import { excelBookSnapshot } from "../../../src/workbook/exceljs";
import { applyPlanToXlsx, snapshotOf } from "../../../src/workbook/xlsx";
import { buildTemplateWorkbook } from "../../../src/workbook/template";
import { planAddBreach, readBreaches } from "../../../src/register";
import { excelBookOf } from "../../fixtures/excelBook";
import { clockAt } from "../../fixtures/clocks";
import "./harness";

const CLOCK = clockAt("2026-12-07T10:00:00+01:00");

function InPane(): React.JSX.Element {
  const pane = usePane();
  const { refresh } = pane;
  React.useEffect(() => void refresh(), [refresh]);
  if (!pane.register || !pane.report) return <p>Lecture…</p>;
  return (
    <BreachesSection
      register={pane.register}
      report={pane.report}
      snapshot={pane.state.snapshot}
      clock={pane.clock}
      onNavigate={() => undefined}
      onApplyPlan={(plan) => pane.apply(plan)}
    />
  );
}

test("a note typed in the sheet since the last read is kept: the new incident goes below it", async () => {
  const xlsx = await buildTemplateWorkbook({ clock: CLOCK });
  const discovered = Date.UTC(2026, 11, 5, 14, 30) / 86_400_000 + 25569;
  applyPlanToXlsx(xlsx, planAddBreach(snapshotOf(xlsx), { discovered, what: "Ordinateur volé", dataAndPersons: "", consequences: "", measures: "" }, CLOCK));
  const memory = createMemoryExcel(await excelBookOf(xlsx), { today: () => CLOCK.now() });
  render(
    <FluentProvider theme={webLightTheme}>
      <PaneProvider port={createWorkbookPort(memory.Excel)} clock={CLOCK}>
        <InPane />
      </PaneProvider>
    </FluentProvider>,
  );
  await screen.findByText("Ordinateur volé", {}, { timeout: 10000 });

  // The user types a note under the line, in Excel; the pane has not read the workbook since.
  await memory.Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Registre des violations").getRange("B6").values = [["Voir aussi le dossier papier"]];
    await context.sync();
  });

  fireEvent.change(screen.getByLabelText(/Ce qui s'est passé/), { target: { value: "Courriel au mauvais destinataire" } });
  fireEvent.click(screen.getByRole("button", { name: "Noter la violation" }));
  await waitFor(() => expect(readBreaches(excelBookSnapshot(memory.toXlsxWorkbook())).entries).toHaveLength(3), { timeout: 10000 });
  const rows = readBreaches(excelBookSnapshot(memory.toXlsxWorkbook())).entries.map((e) => [e.row, e.what]);
  expect(rows).toEqual([
    [5, "Ordinateur volé"],
    [6, "Voir aussi le dossier papier"],
    [7, "Courriel au mauvais destinataire"],
  ]);
});
