/**
 * "Vérifier" over the in-memory Excel: the verdict, the finding at its sheet and cell, a click that
 * selects that cell in Excel, a quick fix previewed then applied to its cell only, the pane's own undo,
 * and the report sheet.
 */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { Workbook } from "exceljs";
import { cleanFiche, cleanRegister } from "../fixtures/xlsxFiles";
import { cellOf, changedCells, openDialog, openPane } from "./harness";

jest.setTimeout(30000);

const LIST = "2_-_Liste_des_traitements";

/** A register with mistakes planted at known cells: no main purpose (B17), "salariés" for "Salariés" (B44), health data declared "Non" in tab 2. */
const planted = () =>
  cleanRegister(1, {
    fiches: [
      cleanFiche(1, {
        purpose: "",
        persons: [["salariés", "Salariés de la CPTS"]],
        sensitive: { health: ["Arrêts de travail", "5 ans"] },
        listLine: { sensitive: "Non" },
      }),
    ],
  });

function findingItem(text: RegExp): HTMLElement {
  const item = screen.getByText(text).closest("li");
  if (!item) throw new Error(`no finding ${text}`);
  return item;
}

describe("Vérifier", () => {
  it("shows the verdict, the counts and each finding at its sheet and cell", async () => {
    await openPane(planted());
    expect(screen.getByText("Pas prêt — 2 erreurs")).toBeTruthy();
    expect(screen.getByText(/2 erreurs bloquent l'envoi/)).toBeTruthy();
    // The missing purpose is an error, in the group of its sheet, one click away from B17.
    const group = screen.getByRole("region", { name: /Feuille « Fiche 1 »/ });
    const purpose = within(group)
      .getByText(/La finalité principale n'est pas indiquée/)
      .closest("li")!;
    expect(purpose.getAttribute("data-severity")).toBe("error");
    expect(within(purpose).getByRole("button", { name: "Aller à B17, feuille « Fiche 1 »" })).toBeTruthy();
    // The catalogue's explanation of the rule, one click away, with its CNIL page.
    fireEvent.click(within(purpose).getByText("Pourquoi ? Comment corriger ?"));
    expect(purpose.querySelector("details")!.open).toBe(true);
    expect(await within(purpose).findByText(/Le RGPD demande de dire à quoi sert chaque traitement/)).toBeTruthy();
    expect(
      within(purpose)
        .getByRole("link", { name: /CNIL : la finalité d'un traitement/ })
        .getAttribute("href"),
    ).toBe("https://www.cnil.fr/fr/definition/finalite-dun-traitement");
    // Tab 2's line is in its own group.
    expect(screen.getByRole("region", { name: new RegExp(`Feuille « ${LIST} »`) })).toBeTruthy();
    // Completeness and AIPD screening per fiche.
    expect(screen.getByRole("progressbar", { name: /Complétude de la fiche Gestion des adhérents \(CPTS-001\)/ })).toBeTruthy();
    // Staff health data (sick leave): HR of a small organisation is on the CNIL's exemption list.
    expect(screen.getByText("AIPD : Non requise")).toBeTruthy();
  });

  it("filters by severity", async () => {
    await openPane(planted());
    expect(screen.queryByText(/ressemble à l'élément de liste « Salariés »/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: /Afficher ou masquer : 1 avertissement|Afficher ou masquer : \d+ avertissements/ }));
    expect(screen.queryByText(/ressemble à l'élément de liste « Salariés »/)).toBeNull();
    expect(screen.getByText(/La finalité principale n'est pas indiquée/)).toBeTruthy();
  });

  it("a click on a finding activates its sheet and selects its cell in Excel", async () => {
    const { memory } = await openPane(planted());
    fireEvent.click(screen.getByRole("button", { name: "Aller à B17, feuille « Fiche 1 »" }));
    await waitFor(() => expect(memory.selection()?.sheet).toBe("Fiche 1"));
    // B17 is the top-left cell of the merged value area B17:H17: Excel selects the whole area.
    expect(memory.selection()?.address).toMatch(/^B17(:H17)?$/);
  });

  it("previews a quick fix, applies it to its cell only, verifies again, and undoes it", async () => {
    const pane = await openPane(planted());
    const before = pane.content();
    const item = findingItem(/ressemble à l'élément de liste « Salariés »/);
    fireEvent.click(within(item).getByRole("button", { name: "Remplacer par « Salariés »…" }));

    // The preview says exactly what changes: Fiche 1, B44, « salariés » → « Salariés ». Nothing is written yet.
    const dialog = await openDialog();
    const row = within(dialog).getByRole("row", { name: /Fiche 1 B44 salariés Salariés/ });
    expect(row).toBeTruthy();
    expect(changedCells(before, pane.content())).toEqual([]);

    fireEvent.click(within(dialog).getByRole("button", { name: "Appliquer" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    await waitFor(() => expect(screen.queryByText(/ressemble à l'élément de liste « Salariés »/)).toBeNull());
    expect(changedCells(before, pane.content())).toEqual(["Fiche 1!B44: salariés → Salariés"]);

    // Undo: the pane's own button restores the cell.
    const undo = screen.getByRole("button", { name: /^Annuler : Remplacer par « Salariés »/ });
    expect(screen.getByText(/Annule seulement la dernière modification faite par le complément/)).toBeTruthy();
    fireEvent.click(undo);
    await waitFor(() => expect(screen.getByText(/ressemble à l'élément de liste « Salariés »/)).toBeTruthy());
    expect(changedCells(before, pane.content())).toEqual([]);
    expect(screen.queryByRole("button", { name: /^Annuler :/ })).toBeNull();
  });

  it("a quick fix previews the cell as it is now, after the user typed since the last verification", async () => {
    const pane = await openPane(planted());
    // The user types another near-miss in B44 in Excel, then clicks the fix offered for the old value.
    await pane.memory.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Fiche 1").getRange("B44").values = [["SALARIES"]];
    });
    const before = pane.content();
    fireEvent.click(within(findingItem(/ressemble à l'élément de liste « Salariés »/)).getByRole("button", { name: "Remplacer par « Salariés »…" }));
    const dialog = await openDialog();
    // "Avant" is what the cell holds now, not what it held at the last verification.
    expect(within(dialog).getByRole("row", { name: /Fiche 1 B44 SALARIES Salariés/ })).toBeTruthy();
    fireEvent.click(within(dialog).getByRole("button", { name: "Appliquer" }));
    await waitFor(() => expect(changedCells(before, pane.content())).toEqual(["Fiche 1!B44: SALARIES → Salariés"]));
    // Undo gives back what the user had typed.
    fireEvent.click(await screen.findByRole("button", { name: /^Annuler : Remplacer par « Salariés »/ }));
    await waitFor(() => expect(changedCells(before, pane.content())).toEqual([]));
  });

  it("« Annuler » does not write over what the user typed in the cell after the fix", async () => {
    const pane = await openPane(planted());
    fireEvent.click(within(findingItem(/ressemble à l'élément de liste « Salariés »/)).getByRole("button", { name: "Remplacer par « Salariés »…" }));
    fireEvent.click(within(await openDialog()).getByRole("button", { name: "Appliquer" }));
    await waitFor(() => expect(cellOf(pane.content(), "Fiche 1", "B44")).toBe("Salariés"));
    await pane.memory.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Fiche 1").getRange("B44").values = [["Bénévoles"]];
    });
    fireEvent.click(await screen.findByRole("button", { name: /^Annuler : Remplacer par « Salariés »/ }));
    expect(await screen.findByText(/^Annulation impossible/)).toBeTruthy();
    expect(cellOf(pane.content(), "Fiche 1", "B44")).toBe("Bénévoles");
  });

  it("a quick fix whose point the user has fixed by hand meanwhile writes nothing and says so", async () => {
    const pane = await openPane(planted());
    await pane.memory.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(LIST);
      ws.getRange("H10").numberFormat = [["@"]];
      ws.getRange("H10").values = [["Oui"]];
    });
    const before = pane.content();
    fireEvent.click(within(findingItem(/La colonne « Données sensibles \? » indique « Non »/)).getByRole("button", { name: "Écrire « Oui »…" }));
    expect(await screen.findByText(/Ce point n'est plus relevé : le classeur a changé depuis la dernière vérification/)).toBeTruthy();
    expect(screen.queryByRole("dialog", { hidden: true })).toBeNull();
    expect(screen.queryByText(/La colonne « Données sensibles \? » indique « Non »/)).toBeNull();
    expect(changedCells(before, pane.content())).toEqual([]);
  });

  it("the quick fix « add the missing tab-2 line » writes exactly the cells its preview lists", async () => {
    const pane = await openPane(cleanRegister(2, { fiches: [cleanFiche(1), cleanFiche(2, { listLine: false })] }));
    const before = pane.content();
    const item = findingItem(/La fiche « Traitement 2 » n'apparaît pas dans l'onglet/);
    fireEvent.click(
      within(item)
        .getAllByRole("button")
        .find((b) => b.textContent?.endsWith("…"))!,
    );
    const dialog = await openDialog();
    const shown = within(dialog)
      .getAllByRole("row")
      .slice(1)
      .map((r) =>
        within(r)
          .getAllByRole("cell")
          .map((c) => c.textContent),
      );
    expect(shown.length).toBeGreaterThanOrEqual(2);
    expect(shown.every(([sheet, , was]) => sheet === LIST && was === "(vide)")).toBe(true);
    expect(shown.some(([, , , after]) => after === "Traitement 2")).toBe(true);
    fireEvent.click(within(dialog).getByRole("button", { name: "Appliquer" }));
    await waitFor(() => expect(screen.queryByText(/La fiche « Traitement 2 » n'apparaît pas dans l'onglet/)).toBeNull());
    const changed = changedCells(before, pane.content()).map((c) => c.split(":")[0]);
    expect(changed.sort()).toEqual(shown.map(([sheet, cell]) => `${sheet}!${cell}`).sort());
  });

  it("cancelling a preview changes nothing", async () => {
    const pane = await openPane(planted());
    const before = pane.content();
    const item = findingItem(/La colonne « Données sensibles \? » indique « Non »/);
    fireEvent.click(within(item).getByRole("button", { name: "Écrire « Oui »…" }));
    const dialog = await openDialog();
    expect(within(dialog).getByRole("row", { name: new RegExp(`${LIST} H10 Non Oui`) })).toBeTruthy();
    fireEvent.click(within(dialog).getByRole("button", { name: "Ne rien changer" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(changedCells(before, pane.content())).toEqual([]);
  });

  it("a register without errors is ready to send", async () => {
    await openPane(cleanRegister(2));
    expect(screen.getByText(/^Prêt à envoyer( — \d+ points? à revoir)?$/)).toBeTruthy();
    expect(screen.queryByText(/La finalité principale n'est pas indiquée/)).toBeNull();
  });

  it("writes the report sheet, dated, with each finding, and replaces only its own", async () => {
    const pane = await openPane(planted());
    fireEvent.click(screen.getByRole("button", { name: "Écrire le rapport" }));
    await waitFor(() => expect(pane.content().sheets.map((s) => s.name)).toContain("Rapport de vérification"));
    const report = pane.content().sheets.find((s) => s.name === "Rapport de vérification")!;
    const text = report.values.flat().map(String);
    expect(text.some((t) => /^24\/11\/2026 à \d\d:\d\d$/.test(t))).toBe(true);
    expect(text.some((t) => /La finalité principale n'est pas indiquée/.test(t))).toBe(true);
    // Written a second time, it replaces its own report rather than adding another.
    fireEvent.click(screen.getByRole("button", { name: "Écrire le rapport" }));
    await waitFor(() => expect(screen.getByText("C'est fait : Écrire le rapport de vérification.")).toBeTruthy());
    expect(
      pane
        .content()
        .sheets.filter((s) => /^Rapport de vérification/.test(s.name))
        .map((s) => s.name),
    ).toEqual(["Rapport de vérification"]);
  });

  it("the report describes the workbook as it is when written, not as it was at the last verification", async () => {
    const pane = await openPane(planted());
    // The coordinator fills in the main purpose in Excel, then asks for the report straight away.
    await pane.memory.Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Fiche 1").getRange("B17");
      r.numberFormat = [["@"]];
      r.values = [["Gestion des adhésions"]];
    });
    fireEvent.click(screen.getByRole("button", { name: "Écrire le rapport" }));
    await waitFor(() => expect(pane.content().sheets.map((s) => s.name)).toContain("Rapport de vérification"));
    const text = pane
      .content()
      .sheets.find((s) => s.name === "Rapport de vérification")!
      .values.flat()
      .map(String);
    expect(text.some((t) => /La finalité principale n'est pas indiquée/.test(t))).toBe(false);
    expect(text.some((t) => /ressemble à l'élément de liste « Salariés »/.test(t))).toBe(true);
  });

  it("never writes over a user's own sheet called « Rapport de vérification »", async () => {
    const pane = await openPane(planted());
    await pane.memory.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.add("Rapport de vérification").getRange("A1").values = [["Mes notes à moi"]];
      await ctx.sync();
    });
    fireEvent.click(screen.getByRole("button", { name: "Vérifier de nouveau" }));
    await waitFor(() => expect(screen.getByRole("button", { name: "Écrire le rapport" }).getAttribute("aria-disabled")).toBeNull());
    fireEvent.click(screen.getByRole("button", { name: "Écrire le rapport" }));
    await waitFor(() => expect(pane.content().sheets.map((s) => s.name)).toContain("Rapport de vérification (2)"));
    expect(cellOf(pane.content(), "Rapport de vérification", "A1")).toBe("Mes notes à moi");
  });

  it("says plainly when the open workbook is not a register", async () => {
    const other = new Workbook();
    other.addWorksheet("Budget 2026").getCell("A1").value = "Dépenses";
    await openPane(new Uint8Array(await other.xlsx.writeBuffer()));
    expect(screen.getByText("Ce classeur ne ressemble pas à un registre")).toBeTruthy();
    expect(screen.queryByText(/^Prêt à envoyer/)).toBeNull();
    expect(screen.queryByRole("button", { name: "Écrire le rapport" })).toBeNull();
  });

  it("shows Excel's errors as French messages", async () => {
    const { OfficeAdapterError } = await import("../../src/workbook/office");
    await openPane(planted(), {
      wrapPort: (port) => ({
        ...port,
        applyPlan: async () => {
          throw new OfficeAdapterError("sheet-missing");
        },
      }),
    });
    fireEvent.click(within(findingItem(/ressemble à l'élément de liste « Salariés »/)).getByRole("button", { name: /Remplacer par/ }));
    fireEvent.click(within(await openDialog()).getByRole("button", { name: "Appliquer" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toMatch(/Une feuille attendue est introuvable/);
    expect(screen.queryByRole("button", { name: /^Annuler :/ })).toBeNull();
  });

  it("keeps the cell selected by the user out of the way: reading changes nothing", async () => {
    const pane = await openPane(planted());
    const before = pane.content();
    fireEvent.click(screen.getByRole("button", { name: "Vérifier de nouveau" }));
    await waitFor(() => expect(screen.queryByText("Lecture du classeur…")).toBeNull());
    expect(changedCells(before, pane.content())).toEqual([]);
    expect(cellOf(pane.content(), "Fiche 1", "B44")).toBe("salariés");
  });
});
