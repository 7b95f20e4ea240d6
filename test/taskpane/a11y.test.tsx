/**
 * Accessibility of each panel, checked with axe-core in jsdom (the browser run checks contrast too,
 * which jsdom cannot compute): landmarks, headings, names of buttons and fields, valid ARIA.
 */
import axe from "axe-core";
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { cleanFiche, cleanRegister } from "../fixtures/xlsxFiles";
import { openDialog, openPane, settle } from "./harness";

jest.setTimeout(60000);

async function seriousViolations(root: Element = document.body): Promise<string[]> {
  const result = await axe.run(root, { rules: { "color-contrast": { enabled: false } } });
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

const planted = () => cleanRegister(1, { fiches: [cleanFiche(1, { purpose: "", persons: [["salariés", "x"]], sensitive: { health: ["Arrêts", "5 ans"] } })] });

describe("accessibility (axe)", () => {
  it("Vérifier, with findings and a quick-fix preview open", async () => {
    await openPane(planted());
    expect(await seriousViolations()).toEqual([]);
    fireEvent.click(screen.getByRole("button", { name: "Remplacer par « Salariés »…" }));
    const dialog = await openDialog();
    expect(await seriousViolations(dialog)).toEqual([]);
  });

  it("Vérifier, with « Préparer l'envoi à SESAN » open", async () => {
    await openPane(planted());
    fireEvent.click(screen.getByRole("button", { name: "Préparer l'envoi à SESAN" }));
    await screen.findByRole("region", { name: "Préparer l'envoi à SESAN" }, { timeout: 10000 });
    expect(await seriousViolations()).toEqual([]);
  });

  it("Aide, on a dropdown field", async () => {
    const pane = await openPane(planted(), { tab: "help" });
    await act(() => pane.memory.raiseSelectionChanged("Fiche 1", "B44"));
    await screen.findByRole("list", { name: "Valeurs possibles" });
    await settle();
    expect(await seriousViolations()).toEqual([]);
  });

  it("Nouvelle fiche, with its preview and a validation message", async () => {
    const pane = await openPane(planted(), { tab: "newFiche" });
    fireEvent.click(await screen.findByRole("button", { name: "Créer la fiche" }));
    await screen.findByText(/Indiquez le nom du traitement/);
    expect(await seriousViolations()).toEqual([]);
    fireEvent.change(screen.getByRole("textbox", { name: /Nom du traitement/ }), { target: { value: "Newsletter" } });
    await act(() => pane.memory.raiseSelectionChanged("Fiche 1", "B4"));
    await waitFor(() => expect(screen.getByRole("heading", { name: "Ce qui sera créé" })).toBeTruthy());
    await settle();
    expect(await seriousViolations()).toEqual([]);
  });
});
