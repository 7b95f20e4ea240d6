/**
 * "Nouvelle fiche" over the in-memory Excel: the name is the only thing asked, the preview says what
 * will be made, the fiche and its tab-2 line are created in one go and the new fiche's first field is
 * selected; "Ajouter une ligne" grows a block of the active fiche; the pane's undo takes it all back.
 */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { cleanRegister } from "../fixtures/xlsxFiles";
import { PLACEHOLDER } from "../../src/register";
import { cellOf, changedCells, openPane } from "./harness";

jest.setTimeout(30000);

const LIST = "2_-_Liste_des_traitements";

describe("Nouvelle fiche", () => {
  it("asks for the name, in French, before doing anything", async () => {
    const pane = await openPane(cleanRegister(1), { tab: "newFiche" });
    const before = pane.content();
    fireEvent.click(await screen.findByRole("button", { name: "Créer la fiche" }));
    expect(await screen.findByText("Indiquez le nom du traitement, par exemple « Gestion des adhérents ».")).toBeTruthy();
    expect(screen.getByRole("textbox", { name: /Nom du traitement/ }).getAttribute("aria-invalid")).toBe("true");
    expect(changedCells(before, pane.content())).toEqual([]);
  });

  it("previews, then creates the fiche and its tab-2 line, selects its first field, and can be undone", async () => {
    const pane = await openPane(cleanRegister(1), { tab: "newFiche" });
    const before = pane.content();
    fireEvent.change(await screen.findByRole("textbox", { name: /Nom du traitement/ }), { target: { value: "Accès à un médecin traitant" } });

    const preview = (await screen.findByRole("heading", { name: "Ce qui sera créé" })).parentElement!;
    const terms = within(preview)
      .getAllByRole("definition")
      .map((d) => d.textContent);
    const [sheetName, ref, line] = terms as [string, string, string];
    expect(sheetName).toMatch(/Accès à un médecin traitant/);
    expect(ref).toBe("CPTS-002");
    expect(line).toMatch(/^ligne \d+$/);
    const row = Number(line.replace("ligne ", ""));
    expect(changedCells(before, pane.content())).toEqual([]);

    fireEvent.click(screen.getByRole("button", { name: "Créer la fiche" }));
    await waitFor(() => expect(pane.content().sheets.map((s) => s.name)).toContain(sheetName));
    const after = pane.content();
    expect(cellOf(after, sheetName, "B4")).toBe("Accès à un médecin traitant");
    expect(cellOf(after, sheetName, "B5")).toBe("CPTS-002");
    expect(cellOf(after, LIST, `A${row}`)).toBe("Accès à un médecin traitant");
    expect(cellOf(after, LIST, `B${row}`)).toBe("CPTS-002");
    // Nothing else changed in the sheets that were there.
    const elsewhere = changedCells(before, after).filter((c) => !c.startsWith(`${sheetName}:`) && !c.startsWith(`${LIST}!`));
    expect(elsewhere).toEqual([]);
    // The user is taken to the new fiche's first field.
    await waitFor(() => expect(pane.memory.selection()?.sheet).toBe(sheetName));
    expect(pane.memory.selection()?.address).toMatch(/^B4(:H4)?$/);
    expect(screen.getByRole("button", { name: /^Annuler : Créer la fiche « Accès à un médecin traitant »/ })).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: /^Annuler :/ }));
    await waitFor(() => expect(pane.content().sheets.map((s) => s.name)).not.toContain(sheetName));
    expect(changedCells(before, pane.content())).toEqual([]);
  });

  it("« Annuler » never deletes a new fiche the user has started to fill in", async () => {
    const pane = await openPane(cleanRegister(1), { tab: "newFiche" });
    fireEvent.change(await screen.findByRole("textbox", { name: /Nom du traitement/ }), { target: { value: "Newsletter" } });
    fireEvent.click(screen.getByRole("button", { name: "Créer la fiche" }));
    await waitFor(() => expect(pane.content().sheets.map((s) => s.name)).toContain("Newsletter"));
    // The coordinator fills in the purpose of the new fiche in Excel...
    await pane.memory.Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Newsletter").getRange("B17");
      r.numberFormat = [["@"]];
      r.values = [["Envoi de la lettre d'information aux adhérents"]];
    });
    const filled = pane.content();
    // ...then clicks the pane's « Annuler », still showing: their work stays, and the pane says why.
    fireEvent.click(screen.getByRole("button", { name: /^Annuler : Créer la fiche « Newsletter »/ }));
    expect(await screen.findByText(/Annulation impossible \(Créer la fiche « Newsletter »\) : .* annuler effacerait ce travail/)).toBeTruthy();
    expect(changedCells(filled, pane.content())).toEqual([]);
    expect(screen.queryByRole("button", { name: /^Annuler : Créer la fiche « Newsletter »/ })).toBeNull();
  });

  it("a tab-2 line typed by hand since the pane last read the workbook is kept, the new line goes below it", async () => {
    const pane = await openPane(cleanRegister(1), { tab: "newFiche" });
    fireEvent.change(await screen.findByRole("textbox", { name: /Nom du traitement/ }), { target: { value: "Newsletter" } });
    const preview = (await screen.findByRole("heading", { name: "Ce qui sera créé" })).parentElement!;
    const row = Number(within(preview).getAllByRole("definition")[2].textContent.replace("ligne ", ""));
    // Meanwhile, in Excel, the coordinator types a line of their own on that very row of tab 2.
    await pane.memory.Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem(LIST).getRange(`A${row}:B${row}`);
      r.numberFormat = [["@", "@"]];
      r.values = [["Prévention en santé", "CPTS-009"]];
    });
    fireEvent.click(screen.getByRole("button", { name: "Créer la fiche" }));
    await waitFor(() => expect(screen.getByText(/^C'est fait : Créer la fiche « Newsletter »/)).toBeTruthy());
    const after = pane.content();
    expect([cellOf(after, LIST, `A${row}`), cellOf(after, LIST, `B${row}`)]).toEqual(["Prévention en santé", "CPTS-009"]);
    expect(cellOf(after, LIST, `A${row + 1}`)).toBe("Newsletter");
  });

  it("adds the row where the block is now, when the user inserted rows since the pane last read the fiche", async () => {
    const pane = await openPane(cleanRegister(1), { tab: "newFiche" });
    await act(() => pane.memory.raiseSelectionChanged("Fiche 1", "B48"));
    expect(await screen.findByText("Fiche active : « Gestion des adhérents »")).toBeTruthy();
    // In Excel, the user inserts two rows near the top of the fiche: every block moves down by two.
    await pane.memory.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Fiche 1").getRange("8:9").insert("Down");
    });
    const before = pane.content();
    const labels = (snap: typeof before) => snap.sheets.find((s) => s.name === "Fiche 1")!.values.map((r) => String(r[0] ?? ""));
    fireEvent.click(screen.getByRole("button", { name: "Ajouter un destinataire" }));
    await waitFor(() => expect(labels(pane.content()).filter((l) => /^Destinataire \d$/.test(l))).toHaveLength(5));
    const after = labels(pane.content());
    expect(after.indexOf("Destinataire 5")).toBe(after.indexOf("Destinataire 4") + 1);
    expect(after.indexOf("Mesures de sécurité")).toBe(labels(before).indexOf("Mesures de sécurité") + 1);
    // Above the recipients, nothing moved or changed.
    const above = labels(before).indexOf("Destinataires");
    expect(after.slice(0, above + 1)).toEqual(labels(before).slice(0, above + 1));
  });

  it("adds a row inside a block of the active fiche, with its label", async () => {
    const pane = await openPane(cleanRegister(1), { tab: "newFiche" });
    expect(await screen.findByText(/Cliquez d'abord dans une fiche de traitement/)).toBeTruthy();
    await act(() => pane.memory.raiseSelectionChanged("Fiche 1", "B48"));
    expect(await screen.findByText("Fiche active : « Gestion des adhérents »")).toBeTruthy();
    const before = pane.content();
    const labels = (snap: typeof before) => snap.sheets.find((s) => s.name === "Fiche 1")!.values.map((r) => String(r[0] ?? ""));
    expect(labels(before).filter((l) => /^Destinataire \d$/.test(l))).toEqual(["Destinataire 1", "Destinataire 2", "Destinataire 3", "Destinataire 4"]);

    fireEvent.click(screen.getByRole("button", { name: "Ajouter un destinataire" }));
    await waitFor(() => expect(labels(pane.content()).filter((l) => /^Destinataire \d$/.test(l))).toHaveLength(5));
    const after = labels(pane.content());
    expect(after.indexOf("Destinataire 5")).toBe(after.indexOf("Destinataire 4") + 1);
    // The next section moved down by one row, intact.
    expect(after.indexOf("Mesures de sécurité")).toBe(labels(before).indexOf("Mesures de sécurité") + 1);

    fireEvent.click(screen.getByRole("button", { name: /^Annuler :/ }));
    await waitFor(() => expect(changedCells(before, pane.content())).toEqual([]));
  });

  it("warns before creating a fiche whose name a fiche already has, and opens that one instead", async () => {
    const pane = await openPane(cleanRegister(1), { tab: "newFiche" });
    const before = pane.content();
    const field = await screen.findByRole("textbox", { name: /Nom du traitement/ });
    fireEvent.change(field, { target: { value: "  gestion des ADHERENTS " } });
    const warning = (await screen.findByRole("heading", { name: "Ce traitement a déjà sa fiche" })).parentElement!;
    expect(warning.textContent).toContain("La fiche « Gestion des adhérents » existe déjà (onglet « Fiche 1 »).");
    // Nothing to preview: it would not be created.
    expect(screen.queryByRole("heading", { name: "Ce qui sera créé" })).toBeNull();
    const create = screen.getByRole("button", { name: "Créer la fiche" });
    expect(create.getAttribute("aria-disabled")).toBe("true");
    expect(create.getAttribute("aria-describedby")).toBeTruthy();
    fireEvent.submit(field.closest("form")!);
    await act(() => new Promise((resolve) => setTimeout(resolve, 300)));
    expect(changedCells(before, pane.content())).toEqual([]);
    expect(document.activeElement).toBe(field);

    const open = within(warning).getByRole("button", { name: "Ouvrir la fiche existante" });
    act(() => open.focus());
    fireEvent.click(open);
    // The existing fiche's name is selected; the form is empty again, its field focused, and says what happened.
    await waitFor(() => expect(pane.memory.selection()).toMatchObject({ sheet: "Fiche 1", address: expect.stringMatching(/^B4(:H4)?$/) }));
    await waitFor(() => expect(document.activeElement).toBe(field));
    expect((field as HTMLInputElement).value).toBe("");
    expect(screen.getByText(/^Fiche « Gestion des adhérents » ouverte : son nom est sélectionné dans l'onglet « Fiche 1 »\.$/).getAttribute("role")).toBe(
      "status",
    );
    expect(changedCells(before, pane.content())).toEqual([]);
  });

  it("a clearly different name is another processing: previewed and created", async () => {
    const pane = await openPane(cleanRegister(1), { tab: "newFiche" });
    fireEvent.change(await screen.findByRole("textbox", { name: /Nom du traitement/ }), { target: { value: "Gestion des adhérents (pharmaciens)" } });
    expect(await screen.findByRole("heading", { name: "Ce qui sera créé" })).toBeTruthy();
    expect(screen.queryByRole("heading", { name: "Ce traitement a déjà sa fiche" })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Créer la fiche" }));
    await waitFor(() => expect(pane.content().sheets.map((s) => s.name)).toContain("Gestion adhérents (pharmaciens)"));
    expect(cellOf(pane.content(), "Gestion adhérents (pharmaciens)", "B4")).toBe("Gestion des adhérents (pharmaciens)");
  });

  it("« Annuler » in the warning empties the form and puts the focus back in the name field", async () => {
    const pane = await openPane(cleanRegister(1), { tab: "newFiche" });
    const before = pane.content();
    const field = await screen.findByRole("textbox", { name: /Nom du traitement/ });
    fireEvent.change(field, { target: { value: "Gestion des adhérents" } });
    const cancel = await screen.findByRole("button", { name: "Annuler" });
    act(() => cancel.focus());
    fireEvent.click(cancel);
    await waitFor(() => expect(document.activeElement).toBe(field));
    expect((field as HTMLInputElement).value).toBe("");
    expect(screen.queryByRole("heading", { name: "Ce traitement a déjà sa fiche" })).toBeNull();
    expect(changedCells(before, pane.content())).toEqual([]);
  });

  it("says when the sheet name is a shortening, writes the full name in B4, then focuses the name field for the next fiche", async () => {
    const pane = await openPane(cleanRegister(1), { tab: "newFiche" });
    const field = await screen.findByRole("textbox", { name: /Nom du traitement/ });
    const name = "Accès à un médecin traitant (patients sans médecin traitant)";
    fireEvent.change(field, { target: { value: name } });
    const preview = (await screen.findByRole("heading", { name: "Ce qui sera créé" })).parentElement!;
    expect(within(preview).getAllByRole("definition")[0].textContent).toBe("Accès MT (patients sans MT)");
    expect(preview.textContent).toContain(
      "Nom de l'onglet raccourci : « Accès MT (patients sans MT) » (Excel n'accepte que 31 caractères) ; le nom complet est en B4",
    );

    const create = screen.getByRole("button", { name: "Créer la fiche" });
    act(() => create.focus());
    fireEvent.click(create);
    await waitFor(() => expect(screen.getByText(/^C'est fait : Créer la fiche/)).toBeTruthy());
    expect(cellOf(pane.content(), "Accès MT (patients sans MT)", "B4")).toBe(name);
    // Not the top of the page: the empty name field, ready for the next fiche.
    await waitFor(() => expect(document.activeElement).toBe(field));
    expect((field as HTMLInputElement).value).toBe("");
  });

  it("keeps the focus on « Ajouter un destinataire » while and after the row is added, the row showing the dropdown's placeholder", async () => {
    // Excel takes its time: the row is written only when the test lets it.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const pane = await openPane(cleanRegister(1), {
      tab: "newFiche",
      wrapPort: (port) => ({ ...port, applyPlan: (plan) => held.then(() => port.applyPlan(plan)) }),
    });
    await act(() => pane.memory.raiseSelectionChanged("Fiche 1", "B48"));
    const add = await screen.findByRole("button", { name: "Ajouter un destinataire" });
    act(() => add.focus());
    fireEvent.click(add);
    // While the pane works the button says it is unavailable, but keeps the focus (a disabled button would lose it).
    await waitFor(() => expect(add.getAttribute("aria-disabled")).toBe("true"));
    expect(add.hasAttribute("disabled")).toBe(false);
    expect(document.activeElement).toBe(add);
    act(() => release());
    const labels = (): string[] =>
      pane
        .content()
        .sheets.find((s) => s.name === "Fiche 1")!
        .values.map((r) => String(r[0] ?? ""));
    await waitFor(() => expect(labels()).toContain("Destinataire 5"));
    await waitFor(() => expect(add.getAttribute("aria-disabled")).toBeNull());
    expect(document.activeElement).toBe(add);
    const row = labels().indexOf("Destinataire 5") + 1;
    expect(cellOf(pane.content(), "Fiche 1", `B${row}`)).toBe(PLACEHOLDER);
  });
});
