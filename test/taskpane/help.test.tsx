/**
 * "Aide" over the in-memory Excel: a click in a cell of a fiche (as Excel raises it, a merged area as a
 * whole) shows that field's help, its findings and its list; one click on an item writes it into that
 * cell and nowhere else. "Vérifier cette feuille" checks the active fiche alone.
 */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { cleanFiche, cleanRegister } from "../fixtures/xlsxFiles";
import { changedCells, openPane } from "./harness";

jest.setTimeout(30000);

const planted = () =>
  cleanRegister(2, {
    fiches: [cleanFiche(1, { purpose: "", persons: [["salariés", "Salariés de la CPTS"]] }), cleanFiche(2)],
  });

describe("Aide", () => {
  it("invites a click while nothing is selected", async () => {
    await openPane(planted(), { tab: "help" });
    expect(await screen.findByText(/Cliquez dans une case d'une fiche ou de l'onglet 2/)).toBeTruthy();
  });

  it("shows the help of a dropdown field, its finding and its list; one click writes the item into that cell only", async () => {
    const pane = await openPane(planted(), { tab: "help" });
    await screen.findByRole("heading", { name: "Aide à la saisie" });
    const before = pane.content();
    // The user clicks the merged value area B44:D44 of "Catégorie de personnes 1".
    await act(() => pane.memory.raiseSelectionChanged("Fiche 1", "B44"));
    const card = (await screen.findByText("Feuille « Fiche 1 », cellule B44")).closest("section")!;
    expect(within(card).getByRole("heading", { level: 4, name: "Ce que c'est" })).toBeTruthy();
    expect(within(card).getByText(/ressemble à l'élément de liste « Salariés »/)).toBeTruthy();
    const list = within(card).getByRole("list", { name: "Valeurs possibles" });
    expect(within(list).getAllByRole("button").length).toBeGreaterThan(3);

    fireEvent.click(within(list).getByRole("button", { name: "Écrire « Salariés » dans la cellule" }));
    await waitFor(() => expect(changedCells(before, pane.content())).toEqual(["Fiche 1!B44: salariés → Salariés"]));
    // The item now shows as the cell's value, and the finding is gone.
    await waitFor(() => expect(screen.getByRole("button", { name: "Salariés (valeur actuelle)" })).toBeTruthy());
    expect(screen.queryByText(/ressemble à l'élément de liste « Salariés »/)).toBeNull();
    // The pane can undo it.
    fireEvent.click(screen.getByRole("button", { name: /^Annuler : Écrire « Salariés » en B44/ }));
    await waitFor(() => expect(changedCells(before, pane.content())).toEqual([]));
  });

  it("a long list (the countries) can be searched, accents and case aside", async () => {
    const pane = await openPane(planted(), { tab: "help" });
    await screen.findByRole("heading", { name: "Aide à la saisie" });
    const before = pane.content();
    await act(() => pane.memory.raiseSelectionChanged("Fiche 1", "C59"));
    const search = await screen.findByRole("textbox", { name: "Chercher dans la liste" });
    fireEvent.change(search, { target: { value: "etats" } });
    const list = screen.getByRole("list", { name: "Valeurs possibles" });
    expect(
      within(list)
        .getAllByRole("button")
        .map((b) => b.getAttribute("aria-label")),
    ).toEqual(["Écrire « Etats-Unis » dans la cellule"]);
    fireEvent.change(search, { target: { value: "zzz" } });
    expect(screen.getByText("Aucun élément de la liste ne contient ce texte.")).toBeTruthy();
    fireEvent.change(search, { target: { value: "SUISSE" } });
    fireEvent.click(screen.getByRole("button", { name: "Écrire « Suisse » dans la cellule" }));
    await waitFor(() => expect(changedCells(before, pane.content())).toEqual(["Fiche 1!C59: Sélectionnez un élément dans cette liste déroulante ► → Suisse"]));
  });

  it("a click on a merged area counts as its top-left cell", async () => {
    const pane = await openPane(planted(), { tab: "help" });
    await screen.findByRole("heading", { name: "Aide à la saisie" });
    await act(() => pane.memory.raiseSelectionChanged("Fiche 1", "E45"));
    // E45 is in the "Précisions" area E45:H45 of the second persons row: the help is that field's.
    expect(await screen.findByText("Feuille « Fiche 1 », cellule E45")).toBeTruthy();
    await act(() => pane.memory.raiseSelectionChanged("Fiche 1", "D17"));
    // D17 lies in the main purpose's merged area B17:H17.
    expect(await screen.findByText("Feuille « Fiche 1 », cellule B17")).toBeTruthy();
    expect(screen.getByText(/La finalité principale n'est pas indiquée/)).toBeTruthy();
  });

  it("helps on a field of tab 2 too: « Données sensibles ? » of a fiche's line, with its finding", async () => {
    const pane = await openPane(
      cleanRegister(1, { fiches: [cleanFiche(1, { sensitive: { health: ["Arrêts de travail", "5 ans"] }, listLine: { sensitive: "Non" } })] }),
      { tab: "help" },
    );
    await screen.findByRole("heading", { name: "Aide à la saisie" });
    await act(() => pane.memory.raiseSelectionChanged("2_-_Liste_des_traitements", "H10"));
    const card = (await screen.findByText("Feuille « 2_-_Liste_des_traitements », cellule H10")).closest("section")!;
    expect(within(card).getByRole("heading", { level: 3, name: /Données sensibles \?/ })).toBeTruthy();
    expect(within(card).getByRole("heading", { level: 4, name: "Ce que c'est" })).toBeTruthy();
    expect(within(card).getByText(/La colonne « Données sensibles \? » indique « Non »/)).toBeTruthy();
  });

  it("says when the cell is not a field of the register", async () => {
    const pane = await openPane(planted(), { tab: "help" });
    await screen.findByRole("heading", { name: "Aide à la saisie" });
    await act(() => pane.memory.raiseSelectionChanged("Fiche 1", "Z200"));
    expect(await screen.findByText(/La cellule Z200 de « Fiche 1 » n'est pas un champ du registre/)).toBeTruthy();
  });

  it("« Vérifier cette feuille » checks the active fiche alone", async () => {
    const pane = await openPane(planted(), { tab: "help" });
    await screen.findByRole("heading", { name: "Aide à la saisie" });
    await act(() => pane.memory.raiseSelectionChanged("Fiche 2", "B4"));
    fireEvent.click(screen.getByRole("button", { name: "Vérifier cette feuille" }));
    const second = await screen.findByRole("region", { name: "Vérification de « Fiche 2 »" });
    expect(within(second).queryByText(/La finalité principale n'est pas indiquée/)).toBeNull();
    expect(within(second).queryByText(/Feuille « Fiche 1 »/)).toBeNull();

    await act(() => pane.memory.raiseSelectionChanged("Fiche 1", "B4"));
    fireEvent.click(screen.getByRole("button", { name: "Vérifier cette feuille" }));
    const result = await screen.findByRole("region", { name: "Vérification de « Fiche 1 »" });
    expect(within(result).getByText(/La finalité principale n'est pas indiquée/)).toBeTruthy();
    expect(within(result).queryByText(/Feuille « Fiche 2 »/)).toBeNull();
  });

  it("« Vérifier cette feuille » on a sheet that is no fiche says so, instead of « rien à signaler »", async () => {
    const pane = await openPane(planted(), { tab: "help" });
    await screen.findByRole("heading", { name: "Aide à la saisie" });
    const tutorial = pane.content().sheets[0].name;
    await act(() => pane.memory.raiseSelectionChanged(tutorial, "A1"));
    fireEvent.click(screen.getByRole("button", { name: "Vérifier cette feuille" }));
    const result = await screen.findByRole("region", { name: `Vérification de « ${tutorial} »` });
    expect(
      within(result).getByText(`« ${tutorial} » n'est pas une fiche de traitement : cliquez dans une fiche (ou dans l'onglet 2), puis recommencez.`),
    ).toBeTruthy();
    expect(within(result).queryByText(/Rien à signaler/)).toBeNull();
  });
});

describe("Aide: transfers", () => {
  const transfers = () =>
    cleanRegister(1, {
      fiches: [
        cleanFiche(1, {
          transfers: [
            ["Hébergeur du site", "Suisse", "", ""],
            ["Outil d'emailing", "Etats-Unis", "Privacy shield", ""],
            ["Formulaires", "", "", ""],
          ],
        }),
      ],
    });

  it("the country picker shows each country's adequacy today (not the workbook's old « Zone »)", async () => {
    const pane = await openPane(transfers(), { tab: "help" });
    await screen.findByRole("heading", { name: "Aide à la saisie" });
    await act(() => pane.memory.raiseSelectionChanged("Fiche 1", "C61"));
    const search = await screen.findByRole("textbox", { name: "Chercher dans la liste" });
    const statusOf = (typed: string, item: string): string => {
      fireEvent.change(search, { target: { value: typed } });
      const button = screen.getByRole("button", { name: `Écrire « ${item} » dans la cellule` });
      return button.getAttribute("aria-describedby") ? (document.getElementById(button.getAttribute("aria-describedby")!)?.textContent ?? "") : "";
    };
    expect(statusOf("suisse", "Suisse")).toBe("Décision d'adéquation");
    expect(statusOf("japon", "Japon")).toBe("Décision d'adéquation"); // « Non adéquat » in the CNIL's list
    expect(statusOf("bresil", "Brésil")).toBe("Décision d'adéquation"); // since 26 January 2026
    expect(statusOf("etats", "Etats-Unis")).toBe("Adéquat seulement pour les organismes certifiés DPF");
    expect(statusOf("canada", "Canada")).toBe("Adéquat pour une partie des destinataires seulement");
    expect(statusOf("chine", "Chine")).toBe("Pas de décision d'adéquation");
  });

  it("a guarantee is suggested from its row's country, in the workbook's words; one click writes it", async () => {
    const pane = await openPane(transfers(), { tab: "help" });
    await screen.findByRole("heading", { name: "Aide à la saisie" });
    const before = pane.content();
    await act(() => pane.memory.raiseSelectionChanged("Fiche 1", "E59"));
    const suggestion = await screen.findByRole("region", { name: "Garantie suggérée d'après le pays" });
    expect(within(suggestion).getByText(/« Suisse » a une décision d'adéquation/)).toBeTruthy();
    fireEvent.click(within(suggestion).getByRole("button", { name: "Écrire « Pays adéquat » dans la cellule" }));
    await waitFor(() => expect(changedCells(before, pane.content())).toEqual(["Fiche 1!D59:  → Pays adéquat"]));
    await waitFor(() => expect(within(suggestion).getByRole("button", { name: "Pays adéquat (valeur actuelle)" })).toBeTruthy());

    // The United States: standard contractual clauses, since the DPF covers only certified organisations.
    await act(() => pane.memory.raiseSelectionChanged("Fiche 1", "D60"));
    await waitFor(() => expect(screen.getByText(/ne couvre que les organismes certifiés/)).toBeTruthy());
    const us = screen.getByRole("region", { name: "Garantie suggérée d'après le pays" });
    expect(within(us).getByRole("button", { name: "Écrire « Clauses contractuelles types (CCT) » dans la cellule" })).toBeTruthy();

    // No country yet: the pane says to choose it first.
    await act(() => pane.memory.raiseSelectionChanged("Fiche 1", "D61"));
    expect(await screen.findByText("Choisissez d'abord le pays de ce transfert : la garantie se déduit du pays.")).toBeTruthy();
  });

  it("the void « Privacy shield » is never offered, though the workbook's list has it", async () => {
    const pane = await openPane(transfers(), { tab: "help" });
    await screen.findByRole("heading", { name: "Aide à la saisie" });
    await act(() => pane.memory.raiseSelectionChanged("Fiche 1", "D60"));
    const list = await screen.findByRole("list", { name: "Valeurs possibles" });
    const offered = within(list)
      .getAllByRole("button")
      .map((b) => b.getAttribute("aria-label"));
    expect(offered).toContain("Écrire « Clauses contractuelles types (CCT) » dans la cellule");
    expect(offered.filter((name) => /privacy/i.test(name ?? ""))).toEqual([]);
    expect(screen.queryByRole("button", { name: /Privacy shield/i })).toBeNull();
  });
});

describe("Aide: filter and focus", () => {
  it("the list's filter is cleared when the selection moves to another field", async () => {
    const pane = await openPane(planted(), { tab: "help" });
    await screen.findByRole("heading", { name: "Aide à la saisie" });
    await act(() => pane.memory.raiseSelectionChanged("Fiche 1", "C59"));
    fireEvent.change(await screen.findByRole("textbox", { name: "Chercher dans la liste" }), { target: { value: "suisse" } });
    expect(within(screen.getByRole("list", { name: "Valeurs possibles" })).getAllByRole("button")).toHaveLength(1);
    // The next transfer's country: the same kind of field, another cell.
    await act(() => pane.memory.raiseSelectionChanged("Fiche 1", "C60"));
    await screen.findByText("Feuille « Fiche 1 », cellule C60");
    expect(screen.getByRole<HTMLInputElement>("textbox", { name: "Chercher dans la liste" }).value).toBe("");
    expect(within(screen.getByRole("list", { name: "Valeurs possibles" })).getAllByRole("button").length).toBeGreaterThan(100);
  });

  it("after a value is written, focus stays on the button that wrote it, which a browser can still focus", async () => {
    const pane = await openPane(planted(), { tab: "help" });
    await screen.findByRole("heading", { name: "Aide à la saisie" });
    const before = pane.content();
    await act(() => pane.memory.raiseSelectionChanged("Fiche 1", "B44"));
    const item = await screen.findByRole("button", { name: "Écrire « Salariés » dans la cellule" });
    act(() => item.focus());
    fireEvent.click(item);
    await waitFor(() => expect(changedCells(before, pane.content())).toEqual(["Fiche 1!B44: salariés → Salariés"]));
    const current = await screen.findByRole("button", { name: "Salariés (valeur actuelle)" });
    await waitFor(() => expect(document.activeElement).toBe(current));
    // A disabled button loses the focus in a browser: the current value is aria-disabled instead.
    expect(current.hasAttribute("disabled")).toBe(false);
    expect(current.getAttribute("aria-disabled")).toBe("true");
    // And clicking it writes nothing.
    fireEvent.click(current);
    expect(changedCells(before, pane.content())).toEqual(["Fiche 1!B44: salariés → Salariés"]);
  });
});
