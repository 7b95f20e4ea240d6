/**
 * Working in the playground's grid, as in Excel: the content box, a key typed on the grid, F2, Suppr,
 * Échap, the arrows and Entrée, the « Cellule » box, and a dropdown cell's list.
 */
import { fireEvent, render, screen } from "@testing-library/react";
import { Grid } from "../../src/playground/Grid";
import type { GridView } from "../../src/playground/gridModel";
import { playgroundStrings as s } from "../../src/playground/strings";

function view(): GridView {
  const cells = Array.from({ length: 5 }, () => Array.from({ length: 4 }, () => ""));
  cells[1][1] = "Accueil";
  return {
    tabs: [{ name: "Fiche 1", hidden: false }],
    sheet: {
      name: "Fiche 1",
      cells,
      styles: cells.map((r) => r.map(() => undefined)),
      merges: [{ top: 2, left: 2, bottom: 2, right: 4 }],
      widths: [80, 80, 80, 80],
      links: new Map(),
    },
  };
}

function setup(selection: string, dropdown: string[] | null = null) {
  const onType = jest.fn();
  const onSelectRange = jest.fn();
  render(<Grid view={view()} selection={selection} dropdown={dropdown} onSelectSheet={() => {}} onSelectRange={onSelectRange} onType={onType} />);
  return { onType, onSelectRange, content: screen.getByRole("textbox", { name: s.cellContent }), grid: screen.getByRole("tabpanel") };
}

test("the content box shows the selected cell; Entrée hands what was typed to the plan maker", () => {
  const { onType, content } = setup("B2:D2");
  expect(content).toHaveProperty("value", "Accueil");
  fireEvent.change(content, { target: { value: "Accueil des patients" } });
  fireEvent.submit(content);
  expect(onType).toHaveBeenCalledWith("Fiche 1", "B2:D2", "Accueil des patients");
});

test("Entrée with nothing changed writes nothing; Échap gives the cell's content back", () => {
  const { onType, content } = setup("B2:D2");
  fireEvent.submit(content);
  fireEvent.change(content, { target: { value: "autre chose" } });
  fireEvent.keyDown(content, { key: "Escape" });
  expect(content).toHaveProperty("value", "Accueil");
  expect(onType).not.toHaveBeenCalled();
});

test("a key typed on the grid starts a new content in the box; Suppr empties the cell", () => {
  const { onType, content, grid } = setup("B2:D2");
  fireEvent.keyDown(grid, { key: "7" });
  expect(content).toHaveProperty("value", "7");
  expect(document.activeElement).toBe(content);
  fireEvent.submit(content);
  expect(onType).toHaveBeenLastCalledWith("Fiche 1", "B2:D2", "7");
  fireEvent.keyDown(grid, { key: "Delete" });
  expect(onType).toHaveBeenLastCalledWith("Fiche 1", "B2:D2", "");
});

test("Suppr on an empty cell makes no plan", () => {
  const { onType, grid } = setup("A1");
  fireEvent.keyDown(grid, { key: "Delete" });
  expect(onType).not.toHaveBeenCalled();
});

test("the arrows move the selection; a merged area is left from its far edge", () => {
  const { onSelectRange, grid } = setup("B2:D2");
  fireEvent.keyDown(grid, { key: "ArrowLeft" });
  expect(onSelectRange).toHaveBeenLastCalledWith("Fiche 1", "A2");
  fireEvent.keyDown(grid, { key: "ArrowDown" });
  expect(onSelectRange).toHaveBeenLastCalledWith("Fiche 1", "B3");
});

test("a typed start, then Entrée: written, and the selection goes down; Échap instead writes nothing", () => {
  const { onType, onSelectRange, content, grid } = setup("A1");
  fireEvent.keyDown(grid, { key: "x" });
  fireEvent.keyDown(content, { key: "Escape" });
  expect(content).toHaveProperty("value", "");
  expect(onType).not.toHaveBeenCalled();
  fireEvent.keyDown(grid, { key: "4" });
  fireEvent.change(content, { target: { value: "42" } });
  fireEvent.keyDown(content, { key: "Enter" });
  expect(onType).toHaveBeenCalledWith("Fiche 1", "A1", "42");
  expect(onSelectRange).toHaveBeenLastCalledWith("Fiche 1", "A2");
});

test("the « Cellule » box selects a cell of this sheet or of another one", () => {
  const { onSelectRange } = setup("A1");
  const box = screen.getByRole("textbox", { name: s.nameBox });
  fireEvent.change(box, { target: { value: "c4" } });
  fireEvent.submit(box);
  expect(onSelectRange).toHaveBeenLastCalledWith("Fiche 1", "C4");
  fireEvent.change(box, { target: { value: "'fiche 1'!A3" } });
  fireEvent.submit(box);
  expect(onSelectRange).toHaveBeenLastCalledWith("Fiche 1", "A3");
  onSelectRange.mockClear();
  fireEvent.change(box, { target: { value: "'Feuille disparue'!A3" } });
  fireEvent.submit(box);
  expect(onSelectRange).not.toHaveBeenCalled();
});

test("a dropdown cell opens its list (button or Alt+Flèche bas); Entrée writes the item, Échap writes nothing", () => {
  const { onType, grid } = setup("A1", ["Patients", "Professionnels de santé", "Salariés"]);
  fireEvent.click(screen.getByRole("button", { name: s.openList("A1") }));
  const list = screen.getByRole("listbox", { name: s.listLabel("A1") });
  expect(document.activeElement).toBe(list);
  expect(screen.getAllByRole("option").map((o) => o.textContent)).toEqual(["Patients", "Professionnels de santé", "Salariés"]);
  fireEvent.keyDown(list, { key: "Escape" });
  expect(screen.queryByRole("listbox")).toBeNull();
  expect(onType).not.toHaveBeenCalled();
  fireEvent.keyDown(grid, { key: "ArrowDown", altKey: true });
  const again = screen.getByRole("listbox");
  fireEvent.keyDown(again, { key: "ArrowDown" });
  fireEvent.keyDown(again, { key: "Enter" });
  expect(onType).toHaveBeenCalledWith("Fiche 1", "A1", "Professionnels de santé");
  expect(screen.queryByRole("listbox")).toBeNull();
});

test("a cell without a list has no list button", () => {
  setup("A1");
  expect(screen.queryByRole("button", { name: s.openList("A1") })).toBeNull();
});
