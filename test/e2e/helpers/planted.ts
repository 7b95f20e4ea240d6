/**
 * The register the browser tests load through the playground's file input: the example register with
 * three mistakes a coordinator makes, written to a file, with what the engine says of them.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { readRegister, validateRegister, type CellWrite, type Finding, type Register } from "../../../src/register";
import { applyPlanToXlsx, saveXlsx, snapshotOf } from "../../../src/workbook/xlsx";
import { buildExampleRegister } from "../../../src/workbook/template";
import { dayClock } from "../../fixtures/clocks";

/** The day the tests' playground takes as today (its `?aujourdhui=`). */
export const CLOCK = dayClock(2026, 11, 24);
export const DAY_PARAM = "aujourdhui=2026-11-24";

export interface Planted {
  file: string;
  register: Register;
  nearMiss: Finding & { fix: NonNullable<Finding["fix"]> };
  retention: Finding;
  sensitive: Finding;
  /** A dropdown cell of a fiche, its value, and another item of its list. */
  dropdown: { sheet: string; cell: string; current: string; other: string };
  /** Free cells of that fiche, two rows below its table, where the test types. */
  typed: { number: string; text: string };
}

/**
 * The example register with three mistakes a coordinator makes: a list value typed by hand without
 * its accents and capital, a retention left empty, and tab 2 saying "Non" to sensitive data for a
 * fiche that describes health data.
 */
export async function plantedRegister(dir: string): Promise<Planted> {
  const book = await buildExampleRegister({ clock: CLOCK });
  const before = readRegister(snapshotOf(book));
  const members = before.fiches.find((f) => f.kind === "fiche" && f.sensitiveData.every((d) => d.description.value === ""))!;
  const health = before.fiches.find((f) => f.kind === "fiche" && f.sensitiveData.some((d) => d.key === "health" && d.description.value !== ""))!;
  const person = members.persons[0].value;
  const data = members.dataCategories.filter((d) => d.description.value !== "").at(-1)!;
  const line = before.listTab!.lines.find((l) => l.ref.value === health.ref.value)!;
  const sloppy = person.value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
  const write = (sheet: string, cells: CellWrite[]) => applyPlanToXlsx(book, { title: "erreur plantée", ops: [{ op: "write", sheet, cells }] });
  write(members.sheet, [
    { address: person.cell, kind: "text", value: sloppy },
    { address: data.retention.cell, kind: "clear" },
  ]);
  write(before.listTab!.sheet, [{ address: line.sensitive.cell, kind: "text", value: "Non" }]);

  const register = readRegister(snapshotOf(book));
  const report = validateRegister(register, { clock: CLOCK });
  const at = (sheet: string, cell: string, severity?: Finding["severity"]) => {
    const f = report.findings.find((x) => x.sheet === sheet && x.cell === cell && (!severity || x.severity === severity));
    if (!f) throw new Error(`the engine found nothing at ${sheet}!${cell}: ${JSON.stringify(report.findings.map((x) => [x.rule, x.sheet, x.cell]))}`);
    return f;
  };
  const nearMiss = at(members.sheet, person.cell);
  if (!nearMiss.fix) throw new Error("the near-miss has no quick fix");
  const other = health.persons[1].value;
  const list = register.lists.persons?.items ?? [];
  const below = snapshotOf(book).sheets.find((s) => s.name === health.sheet)!.values.length + 2;
  const file = path.join(dir, "registre-avec-erreurs.xlsx");
  writeFileSync(file, await saveXlsx(book));
  return {
    file,
    register,
    nearMiss: nearMiss as Planted["nearMiss"],
    retention: at(members.sheet, data.retention.cell, "error"),
    sensitive: at(before.listTab!.sheet, line.sensitive.cell, "error"),
    dropdown: {
      sheet: health.sheet,
      cell: other.cell,
      current: other.value,
      other: list.find((i) => i !== other.value && i !== health.persons[0].value.value)!,
    },
    typed: { number: `A${below}`, text: `B${below}` },
  };
}
