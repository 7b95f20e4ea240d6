/**
 * « Annuler » after a second « Écrire le rapport », in the pane over the in-memory Excel: the second
 * report goes and the first one comes back as it was, where a user would look for it.
 */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { isOwnedSheet } from "../../src/register";
import { cleanFiche, cleanRegister } from "../fixtures/xlsxFiles";
import { openPane } from "./harness";

jest.setTimeout(30000);

const REPORT = "Rapport de vérification";

describe("undoing a report", () => {
  it("undoing the second report brings the first one back", async () => {
    const pane = await openPane(cleanRegister(1, { fiches: [cleanFiche(1, { purpose: "" })] }));
    const reportOf = () => pane.content().sheets.find((s) => s.name === REPORT);
    fireEvent.click(screen.getByRole("button", { name: "Écrire le rapport" }));
    await waitFor(() => expect(reportOf()).toBeDefined());
    const first = reportOf()!;
    expect(
      first.values
        .flat()
        .map(String)
        .some((t) => /La finalité principale n'est pas indiquée/.test(t)),
    ).toBe(true);

    // The coordinator fills in the purpose in Excel, then writes the report again: the first is replaced.
    await pane.memory.Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Fiche 1").getRange("B17");
      r.numberFormat = [["@"]];
      r.values = [["Gestion des adhésions"]];
      await ctx.sync();
    });
    fireEvent.click(screen.getByRole("button", { name: "Écrire le rapport" }));
    await waitFor(() =>
      expect(
        reportOf()!
          .values.flat()
          .map(String)
          .some((t) => /La finalité principale/.test(t)),
      ).toBe(false),
    );
    expect(pane.content().sheets.filter((s) => s.name.startsWith("Rapport")).length).toBe(1);

    fireEvent.click(screen.getByRole("button", { name: /^Annuler : Écrire le rapport de vérification/ }));
    await waitFor(() => expect(screen.getByText("Modification annulée : Écrire le rapport de vérification.")).toBeTruthy());
    const back = reportOf()!;
    expect(back.values).toEqual(first.values);
    expect(isOwnedSheet(back, "report")).toBe(true);
    expect(pane.content().sheets.filter((s) => s.name.startsWith("Rapport")).length).toBe(1);
    // The user is shown the report that came back.
    expect(pane.memory.selection()?.sheet).toBe(REPORT);
  });
});
