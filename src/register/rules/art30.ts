/**
 * Article 30 minimum: the organisation's identity in tab 2, and in each fiche its name, reference, main
 * purpose, persons, data categories with their retention, recipients and security measures.
 */
import type { ChoiceRow, DataRow, Fiche } from "../model";
import { blockCell, choiceFilled, fold, hasContent, isFilled, type RuleContext } from "./context";
import { report } from "./report";

export function checkOrganisation(ctx: RuleContext): void {
  const tab = ctx.register.listTab;
  if (!tab) return; // structure.list-tab-missing says it
  const { controller, dpo } = tab;
  if (!isFilled(controller.name)) report(ctx, "art30.org.controller-missing", tab.sheet, controller.name.cell, {});
  if (!isFilled(controller.address) && !isFilled(controller.email) && !isFilled(controller.phone)) {
    report(ctx, "art30.org.contact-missing", tab.sheet, controller.address.cell, {});
  }
  if (isFilled(dpo.name) && !isFilled(dpo.email) && !isFilled(dpo.phone)) {
    report(ctx, "art30.org.dpo-contact-missing", tab.sheet, dpo.email.cell, {});
  }
}

/** "Autres (préciser)", "Autre (Préciser)", "Autres mesures (à préciser)": a choice that asks for a précision. */
function asksForDetail(value: string): boolean {
  return fold(value).includes("preciser");
}

function checkChoices(ctx: RuleContext, fiche: Fiche, rows: ChoiceRow[]): void {
  for (const row of rows) {
    const value = row.value.value.trim();
    const detail = row.detail.value.trim();
    if (value !== "" && detail === "" && asksForDetail(value)) {
      report(ctx, "art30.fiche.detail-missing", fiche.sheet, row.detail.cell, { value });
    } else if (value === "" && detail !== "") {
      report(ctx, "art30.fiche.choice-missing", fiche.sheet, row.value.cell, { detail });
    }
  }
}

/** The persons list's item for patients, when the workbook's list has one (the CNIL's has none). */
function patientItem(ctx: RuleContext): string | null {
  const items = ctx.register.lists.persons?.items ?? [];
  return items.find((i) => fold(i).startsWith("patients / usagers")) ?? items.find((i) => fold(i).startsWith("patient")) ?? null;
}

function rowLabel(row: DataRow): string {
  return row.label.replace(/\s+/g, " ").trim() || "de cette ligne";
}

export function checkFiche(ctx: RuleContext, fiche: Fiche): void {
  const sheet = fiche.sheet;
  if (!isFilled(fiche.ref)) report(ctx, "art30.fiche.ref-missing", sheet, fiche.ref.cell, {});
  if (!isFilled(fiche.mainPurpose)) report(ctx, "art30.fiche.purpose-missing", sheet, fiche.mainPurpose.cell, {});

  if (!fiche.persons.some(choiceFilled)) {
    const cell = blockCell(fiche, "persons", fiche.persons[0]?.value.cell);
    report(ctx, "art30.fiche.persons-missing", sheet, cell, { patientItem: patientItem(ctx) });
  }

  let described = 0;
  for (const row of [...fiche.dataCategories, ...fiche.sensitiveData]) {
    const hasDescription = row.description.value.trim() !== "";
    const hasRetention = row.retention.value.trim() !== "";
    if (hasDescription) described++;
    if (hasDescription && !hasRetention) {
      report(ctx, "art30.fiche.retention-missing", sheet, row.retention.cell, { label: rowLabel(row) });
    } else if (!hasDescription && hasRetention) {
      report(ctx, "art30.fiche.description-missing", sheet, row.description.cell, { label: rowLabel(row) });
    }
  }
  if (described === 0) {
    const cell = blockCell(fiche, "dataCategories", fiche.dataCategories[0]?.description.cell);
    report(ctx, "art30.fiche.data-missing", sheet, cell, {});
  }

  if (!fiche.recipients.some(choiceFilled)) {
    const cell = blockCell(fiche, "recipients", fiche.recipients[0]?.value.cell);
    report(ctx, "art30.fiche.recipients-missing", sheet, cell, {});
  }
  if (!fiche.measures.some(choiceFilled)) {
    const cell = blockCell(fiche, "measures", fiche.measures[0]?.value.cell);
    report(ctx, "art30.fiche.measures-missing", sheet, cell, {});
  }
  checkChoices(ctx, fiche, fiche.persons);
  checkChoices(ctx, fiche, fiche.recipients);
  checkChoices(ctx, fiche, fiche.measures);
}

export function checkArt30(ctx: RuleContext): void {
  checkOrganisation(ctx);
  for (const fiche of ctx.register.fiches) {
    if (fiche.kind === "fiche") checkFiche(ctx, fiche);
    else if ((fiche.kind === "model" || fiche.kind === "unused-copy") && !isFilled(fiche.name) && hasContent(fiche)) {
      // Filled in but left without a name: the reader cannot count it as a fiche.
      report(ctx, "art30.fiche.name-missing", fiche.sheet, fiche.name.cell, {});
    }
  }
}
