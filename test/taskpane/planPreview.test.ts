/** The preview's rows: each written cell's value now and after, sheets and rows made, in plan order. */
import { describePlan } from "../../src/taskpane/state/planPreview";
import type { WorkbookSnapshot } from "../../src/register";

const snapshot: WorkbookSnapshot = {
  sheets: [
    {
      name: "Fiche 1",
      visibility: "Visible",
      values: [
        ["Nom du traitement", "Paie"],
        ["", ""],
        ["Destinataire 4", "Sous-traitants"],
        ["Mesures de sécurité", "x"],
      ],
    },
  ],
  validations: [],
};

test("cells show their value now and after; cells below inserted rows are looked up where they stand now", () => {
  const rows = describePlan(
    {
      title: "t",
      ops: [
        { op: "insertRows", sheet: "Fiche 1", beforeRow: 4, count: 1, templateRow: 3 },
        {
          op: "write",
          sheet: "Fiche 1",
          cells: [
            { address: "B1", kind: "text", value: "Gestion de la paie" },
            { address: "A4", kind: "text", value: "Destinataire 5" },
            { address: "B5", kind: "clear" },
            { address: "C2", kind: "date", value: 46350 },
          ],
        },
        { op: "copySheet", source: "Fiche 1", name: "Fiche 2", after: "Fiche 1" },
        { op: "write", sheet: "Fiche 2", cells: [{ address: "B1", kind: "text", value: "Newsletter" }] },
        { op: "select", sheet: "Fiche 2", address: "B1" },
      ],
    },
    snapshot,
  );
  expect(rows).toEqual([
    { kind: "structure", text: "1 ligne insérée avant la ligne 4 de « Fiche 1 »" },
    { kind: "cell", sheet: "Fiche 1", cell: "B1", before: "Paie", after: "Gestion de la paie" },
    { kind: "cell", sheet: "Fiche 1", cell: "A4", before: "(vide)", after: "Destinataire 5" },
    { kind: "cell", sheet: "Fiche 1", cell: "B5", before: "x", after: "(vide)" },
    { kind: "cell", sheet: "Fiche 1", cell: "C2", before: "(vide)", after: "24/11/2026" },
    { kind: "structure", text: "Nouvelle feuille « Fiche 2 », copie de « Fiche 1 »" },
    { kind: "cell", sheet: "Fiche 2", cell: "B1", before: "(vide)", after: "Newsletter" },
  ]);
});
