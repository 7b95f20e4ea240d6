/**
 * Registers of any size for the benchmark (and the tests of the Office adapter): our example register
 * (the template with three typical CPTS fiches made by planNewFiche and filled), grown to `fiches`
 * fiches by copying the filled ones, each with its own name, reference and tab-2 line. One plan, carried
 * out by the xlsx adapter: cheap even for 300 fiches.
 */
import { readRegister } from "../register";
import type { CellWrite, WriteOp } from "../register";
import { buildExampleRegister } from "../workbook/template";
import { applyPlanToXlsx, saveXlsx, snapshotOf, type XlsxWorkbook } from "../workbook/xlsx";
import type { Clock } from "../register";

function columnOf(cell: string): string {
  return cell.replace(/\d+$/, "");
}

/** The example register with `fiches` fiches (at least 1: below 3 the extra example fiches are deleted). */
export async function buildRegisterWithFiches(fiches: number, clock: Clock): Promise<XlsxWorkbook> {
  const book = await buildExampleRegister({ clock });
  const register = readRegister(snapshotOf(book));
  const filled = register.fiches.filter((f) => f.kind === "fiche");
  const list = register.listTab;
  if (filled.length === 0 || !list) throw new Error("The example register has no fiche or no tab 2.");
  const ops: WriteOp[] = [];
  if (fiches < filled.length) {
    for (const f of filled.slice(fiches)) {
      ops.push({ op: "deleteSheet", name: f.sheet });
      const line = list.lines.find((l) => l.ref.value === f.ref.value);
      if (line)
        ops.push({
          op: "write",
          sheet: list.sheet,
          cells: [line.name, line.ref, line.created, line.updated, line.purpose, line.sensitive].map((c) => ({ address: c.cell, kind: "clear" as const })),
        });
    }
  }
  const firstLine = list.lines.find((l) => !l.isExample);
  let after = filled[filled.length - 1].sheet;
  let row = list.nextFreeRow;
  for (let i = filled.length + 1; i <= fiches; i++) {
    const source = filled[(i - 1) % filled.length];
    const sheet = `Fiche ${i}`;
    const name = `${source.name.value} ${i}`;
    const ref = `ref-${String(i).padStart(3, "0")}`;
    ops.push({ op: "copySheet", source: source.sheet, name: sheet, after });
    ops.push({
      op: "write",
      sheet,
      cells: [
        { address: source.name.cell, kind: "text", value: name },
        { address: source.ref.cell, kind: "text", value: ref },
      ],
    });
    if (firstLine) {
      const cells: CellWrite[] = [
        { address: `${columnOf(firstLine.name.cell)}${row}`, kind: "text", value: name },
        { address: `${columnOf(firstLine.ref.cell)}${row}`, kind: "text", value: ref },
        { address: `${columnOf(firstLine.purpose.cell)}${row}`, kind: "text", value: source.mainPurpose.value },
        {
          address: `${columnOf(firstLine.sensitive.cell)}${row}`,
          kind: "text",
          value: source.sensitiveData.some((d) => d.description.value !== "") ? "Oui" : "Non",
        },
      ];
      if (source.created.serial !== null) cells.push({ address: `${columnOf(firstLine.created.cell)}${row}`, kind: "date", value: source.created.serial });
      if (source.updated.serial !== null) cells.push({ address: `${columnOf(firstLine.updated.cell)}${row}`, kind: "date", value: source.updated.serial });
      ops.push({ op: "write", sheet: list.sheet, cells });
      row++;
    }
    after = sheet;
  }
  applyPlanToXlsx(book, { title: `Registre de ${fiches} fiches`, ops });
  return book;
}

/** The same, as the bytes of an .xlsx file. */
export async function registerBytes(fiches: number, clock: Clock): Promise<Uint8Array> {
  return saveXlsx(await buildRegisterWithFiches(fiches, clock));
}
