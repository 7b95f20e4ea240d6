/**
 * Tab 2 ("Liste des traitements") and the fiches must tell the same story: one line per fiche, linked by
 * the reference, with "Données sensibles ?" saying "Oui" when the fiche's sensitive block is filled.
 * Also: duplicate references, a register with no real fiche, unused copies of the model, the model
 * filled in directly.
 */
import type { Fiche, ListLine, ListTab } from "../model";
import type { CellWrite } from "../plan";
import { fr } from "../messages/fr";
import { cellAddress, columnNumber } from "../address";
import { LIST_TAB } from "../layout";
import { fold, hasContent, isFilled, textWrite, writeCellPlan, writePlan, type RuleContext } from "./context";
import { report } from "./report";
import { holdsSensitiveData } from "./profile";

/** Columns of tab 2's fields, read from an existing line (amended layouts), else the CNIL's. */
function lineColumns(tab: ListTab): Record<"name" | "ref" | "created" | "updated" | "purpose" | "sensitive", number> {
  const c = tab.columns;
  if (c) {
    return {
      name: columnNumber(c.name),
      ref: columnNumber(c.ref),
      created: columnNumber(c.created),
      updated: columnNumber(c.updated),
      purpose: columnNumber(c.purpose),
      sensitive: columnNumber(c.sensitive),
    };
  }
  return { ...LIST_TAB.defaultColumns };
}

function addLinePlanCells(fiche: Fiche, row: number, cols: ReturnType<typeof lineColumns>): CellWrite[] {
  const cells: CellWrite[] = [textWrite(cellAddress(row, cols.name), fiche.name.value.trim()), textWrite(cellAddress(row, cols.ref), fiche.ref.value.trim())];
  for (const [d, col] of [
    [fiche.created, cols.created],
    [fiche.updated, cols.updated],
  ] as const) {
    if (d.serial !== null) cells.push({ address: cellAddress(row, col), kind: "date", value: d.serial });
    else if (d.text.trim() !== "") cells.push(textWrite(cellAddress(row, col), d.text.trim()));
  }
  if (isFilled(fiche.mainPurpose)) cells.push(textWrite(cellAddress(row, cols.purpose), fiche.mainPurpose.value.trim()));
  cells.push(textWrite(cellAddress(row, cols.sensitive), holdsSensitiveData(fiche) ? "Oui" : "Non"));
  return cells;
}

function checkLinePair(ctx: RuleContext, tab: ListTab, line: ListLine, fiche: Fiche): void {
  const about = { about: fiche.sheet };
  if (holdsSensitiveData(fiche) && !fold(line.sensitive.value).startsWith("oui")) {
    const cell = line.sensitive.cell;
    report(
      ctx,
      "consistency.sensitive-mismatch",
      tab.sheet,
      cell,
      { value: line.sensitive.value.trim(), sheet: fiche.sheet },
      {
        ...about,
        fix: { label: fr.sensitiveFixLabel, plan: writeCellPlan(fr.sensitiveFixTitle(tab.sheet, cell), tab.sheet, cell, "Oui") },
      },
    );
  }
  if (isFilled(line.name) && fold(line.name.value) !== fold(fiche.name.value)) {
    const cell = line.name.cell;
    const name = fiche.name.value.trim();
    report(
      ctx,
      "consistency.line-name-differs",
      tab.sheet,
      cell,
      { lineName: line.name.value.trim(), ficheName: name },
      {
        ...about,
        fix: { label: fr.lineNameFixLabel(name), plan: writeCellPlan(fr.lineNameFixLabel(name), tab.sheet, cell, name) },
      },
    );
  }
}

export function checkConsistency(ctx: RuleContext): void {
  const { register, fiches } = ctx;

  // Duplicate references among the fiches (the duplicates are then not reported as missing from tab 2).
  const duplicates = new Set<Fiche>();
  for (const fiche of fiches) {
    const first = ctx.ficheByRef.get(fold(fiche.ref.value));
    if (first && first !== fiche) {
      duplicates.add(fiche);
      report(ctx, "consistency.duplicate-ref", fiche.sheet, fiche.ref.cell, { ref: fiche.ref.value.trim(), other: first.sheet });
    }
  }

  // Sheets shaped like the model: the model filled in directly, unused copies.
  for (const f of register.fiches) {
    if (f.kind === "fiche" && f.isModelTab) report(ctx, "consistency.model-filled", f.sheet, f.name.cell, {});
    else if (f.kind === "unused-copy" && !hasContent(f)) report(ctx, "consistency.unused-copy", f.sheet, f.name.cell, {});
  }

  const tab = register.listTab;
  if (fiches.length === 0) {
    const model = register.fiches.find((f) => f.kind === "model");
    if (model) report(ctx, "consistency.no-fiche", model.sheet, model.name.cell, {});
    else if (tab) {
      const cell = cellAddress(tab.nextFreeRow, lineColumns(tab).name);
      report(ctx, "consistency.no-fiche", tab.sheet, cell, {});
    } else if (register.fiches[0]) {
      const f = register.fiches[0];
      report(ctx, "consistency.no-fiche", f.sheet, f.name.cell, {});
    }
  }
  if (!tab) return;

  // Lines ↔ fiches.
  const listed = new Set<Fiche>();
  const unmatched: ListLine[] = [];
  const lineRowByRef = new Map<string, number>();
  const occupied = new Set<number>();
  for (const line of tab.lines) {
    occupied.add(line.row);
    if (line.isExample) continue;
    const ref = fold(line.ref.value);
    if (ref === "") {
      if (isFilled(line.name)) unmatched.push(line);
      continue;
    }
    const seen = lineRowByRef.get(ref);
    if (seen !== undefined) {
      report(ctx, "consistency.duplicate-line", tab.sheet, line.ref.cell, { ref: line.ref.value.trim(), row: seen });
      continue;
    }
    lineRowByRef.set(ref, line.row);
    const fiche = ctx.ficheByRef.get(ref);
    if (fiche) {
      listed.add(fiche);
      checkLinePair(ctx, tab, line, fiche);
    } else unmatched.push(line);
  }

  // Lines whose reference matches no fiche: a fiche of the same name not listed yet is surely theirs.
  const unlistedByName = new Map<string, Fiche>();
  for (const f of fiches) if (!listed.has(f) && !unlistedByName.has(fold(f.name.value))) unlistedByName.set(fold(f.name.value), f);
  for (const line of unmatched) {
    const fiche = isFilled(line.name) ? unlistedByName.get(fold(line.name.value)) : undefined;
    const cell = line.ref.cell;
    if (fiche && !listed.has(fiche)) {
      listed.add(fiche);
      const ref = fiche.ref.value.trim();
      const fix = ref !== "" ? { label: fr.lineRefFixLabel(ref), plan: writeCellPlan(fr.lineRefFixLabel(ref), tab.sheet, cell, ref) } : undefined;
      const extra = fix ? { fix, about: fiche.sheet } : { about: fiche.sheet };
      if (isFilled(line.ref)) report(ctx, "consistency.line-without-fiche", tab.sheet, cell, { ref: line.ref.value.trim() }, extra);
      else report(ctx, "consistency.line-ref-missing", tab.sheet, cell, { name: line.name.value.trim() }, extra);
      checkLinePair(ctx, tab, line, fiche);
    } else if (isFilled(line.ref)) {
      report(ctx, "consistency.line-without-fiche", tab.sheet, cell, { ref: line.ref.value.trim() });
    } else {
      report(ctx, "consistency.line-ref-missing", tab.sheet, cell, { name: line.name.value.trim() });
    }
  }

  // Fiches with no line: each gets a fix that adds its line in the next free row.
  const cols = lineColumns(tab);
  let nextRow = tab.nextFreeRow;
  for (const fiche of fiches) {
    if (listed.has(fiche) || duplicates.has(fiche)) continue;
    while (occupied.has(nextRow)) nextRow++;
    const row = nextRow++;
    const name = fiche.name.value.trim();
    report(
      ctx,
      "consistency.fiche-not-listed",
      fiche.sheet,
      fiche.ref.cell,
      { name },
      {
        fix: { label: fr.ficheNotListedFixLabel, plan: writePlan(fr.ficheNotListedFixTitle(name), tab.sheet, addLinePlanCells(fiche, row, cols)) },
      },
    );
  }
}
