/** Typing in the playground's grid, as in Excel: the content box, a key typed on the grid, F2, Suppr, Échap. */
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

function setup(selection: string) {
  const onType = jest.fn();
  render(<Grid view={view()} selection={selection} onSelectSheet={() => {}} onSelectRange={() => {}} onType={onType} />);
  return { onType, content: screen.getByRole("textbox", { name: s.cellContent }), grid: screen.getByRole("tabpanel") };
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
