/**
 * Shared formulas (a filled-down formula stored once, in its group's first cell) under a row shift.
 * A group that moves as one block stays shared: its first formula and its range move. A group that
 * does not — rows inserted inside it, its first cell deleted, or cells pointing on both sides of the
 * insertion — is written out as each cell's own formula, which the shift then moves one by one, as
 * Excel does.
 */
import type { Element } from "@xmldom/xmldom";
import { parseCell } from "../../../../register";
import { shiftFormula } from "../../formulas";
import { child, isMainEl, setText, textOf } from "./dom";
import type { RowShift } from "./rowShift";
import { translateFormula } from "./translate";

export interface SharedMember {
  f: Element;
  row: number;
  col: number;
}

interface Group {
  master?: SharedMember & { text: string };
  members: SharedMember[];
}

/** The shared formulas of a sheetData whose rows and cells all carry `r`, by group id. */
function groupsOf(sheetData: Element): Map<string, Group> {
  const groups = new Map<string, Group>();
  for (let rowEl = sheetData.firstChild; rowEl; rowEl = rowEl.nextSibling) {
    if (rowEl.nodeType !== 1 || !isMainEl(rowEl as Element, "row")) continue;
    for (let c = rowEl.firstChild; c; c = c.nextSibling) {
      if (c.nodeType !== 1 || !isMainEl(c as Element, "c")) continue;
      const f = child(c as Element, "f");
      const si = f?.getAttribute("si");
      const pos = parseCell((c as Element).getAttribute("r") ?? "");
      if (!f || f.getAttribute("t") !== "shared" || si === null || si === undefined || !pos) continue;
      const group = groups.get(si) ?? groups.set(si, { members: [] }).get(si)!;
      const member = { f, row: pos.row, col: pos.col };
      group.members.push(member);
      if (f.hasAttribute("ref") && textOf(f) !== "") group.master = { ...member, text: textOf(f) };
    }
  }
  return groups;
}

/** Whether a shared group still means, after the shift, what its cells meant one by one. */
export function staysShared(
  master: { row: number; col: number; text: string },
  members: ReadonlyArray<{ row: number; col: number }>,
  formulaSheet: string,
  shift: RowShift,
  moveRow: (row: number) => number | null,
): boolean {
  const masterRow = moveRow(master.row);
  if (masterRow === null) return false;
  const movedMaster = shiftFormula(master.text, formulaSheet, shift);
  for (const m of members) {
    const row = moveRow(m.row);
    if (row === null) continue;
    const own = shiftFormula(translateFormula(master.text, m.row - master.row, m.col - master.col), formulaSheet, shift);
    if (own !== translateFormula(movedMaster, row - masterRow, m.col - master.col)) return false;
  }
  return true;
}

/**
 * Writes out, as each cell's own formula, the shared groups that would not survive `shift`; `moveRow`
 * says where a row of this sheet goes (it does not move on another sheet).
 */
export function unshareWhereNeeded(sheetData: Element, formulaSheet: string, shift: RowShift, moveRow: (row: number) => number | null): void {
  for (const group of groupsOf(sheetData).values()) {
    const master = group.master;
    if (!master || staysShared(master, group.members, formulaSheet, shift, moveRow)) continue;
    for (const m of group.members) {
      setText(m.f, translateFormula(master.text, m.row - master.row, m.col - master.col));
      for (const name of ["t", "si", "ref"]) m.f.removeAttribute(name);
    }
  }
}
