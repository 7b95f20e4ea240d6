/**
 * Pure helpers that fill a register as a user would: the organisation block of tab 2, and a fiche's
 * fields (with its tab-2 line's purpose and "Données sensibles ?"). They find every cell through the
 * register the engine read (never by fixed row), so they work on our template, on the CNIL file and on
 * amended layouts. Used by the example register and by tests.
 */
import type { CellWrite, Contact, DataCategoryKey, Fiche, Register, WritePlan } from "../../register";
import { DATA_CATEGORIES } from "../../register";

type ContactField = keyof Contact;

export interface ChoiceFill {
  value: string;
  detail?: string;
}

export interface FicheFill {
  mainPurpose?: string;
  subPurposes?: readonly string[];
  legalBasis?: string;
  art9Exception?: string;
  data?: Partial<Record<DataCategoryKey, { description: string; retention: string }>>;
  persons?: readonly ChoiceFill[];
  recipients?: readonly ChoiceFill[];
  measures?: readonly ChoiceFill[];
  transfers?: readonly { recipient: string; country: string; guarantee: string; documentation?: string }[];
  /** The fiche's "Responsable du traitement" row (may stay empty when tab 2 has the organisation). */
  controller?: Partial<Record<"name" | "address" | "postcode" | "city" | "country" | "phone" | "email", string>>;
}

/** Thrown when the fiche has no room or no row for what is asked (the message names it). */
export class FillError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FillError";
  }
}

const text = (address: string, value: string): CellWrite => ({ address, kind: "text", value });

/** Writes the tab-2 contact of one role (controller, representative or DPO). */
export function planFillOrganisation(
  register: Register,
  contact: Partial<Record<ContactField, string>>,
  role: "controller" | "representative" | "dpo" = "controller",
): WritePlan {
  const tab = register.listTab;
  if (!tab) throw new FillError("Le registre n'a pas d'onglet « Liste des traitements ».");
  const block = tab[role];
  const cells: CellWrite[] = [];
  for (const [field, value] of Object.entries(contact) as [ContactField, string | undefined][]) {
    if (value === undefined) continue;
    const target = block[field];
    if (!target) throw new FillError(`Pas de case « ${field} » pour ${role} dans l'onglet 2.`);
    cells.push(text(target.cell, value));
  }
  return { title: "Coordonnées de l'organisme", ops: [{ op: "write", sheet: tab.sheet, cells }] };
}

function choices(fiche: Fiche, block: "persons" | "recipients" | "measures", items: readonly ChoiceFill[] | undefined, cells: CellWrite[]): void {
  if (!items) return;
  const rows = fiche[block];
  if (items.length > rows.length) {
    throw new FillError(`La fiche « ${fiche.sheet} » n'a que ${rows.length} ligne(s) « ${block} » pour ${items.length} élément(s).`);
  }
  items.forEach((item, i) => {
    cells.push(text(rows[i].value.cell, item.value));
    if (item.detail !== undefined) cells.push(text(rows[i].detail.cell, item.detail));
  });
}

/**
 * Fills the fiche on `sheet` with `fill`, and its tab-2 line (same reference): purpose = main purpose,
 * "Données sensibles ?" = Oui when a sensitive-data row (art. 9/10) is filled, else Non.
 */
export function planFillFiche(register: Register, sheet: string, fill: FicheFill): WritePlan {
  const fiche = register.fiches.find((f) => f.sheet === sheet);
  if (!fiche) throw new FillError(`Aucune fiche sur l'onglet « ${sheet} ».`);
  const cells: CellWrite[] = [];

  if (fill.mainPurpose !== undefined) cells.push(text(fiche.mainPurpose.cell, fill.mainPurpose));
  if (fill.legalBasis !== undefined) {
    if (!fiche.legalBasis) throw new FillError(`La fiche « ${sheet} » n'a pas de ligne « Base légale ».`);
    cells.push(text(fiche.legalBasis.cell, fill.legalBasis));
  }
  if (fill.art9Exception !== undefined) {
    if (!fiche.art9Exception) throw new FillError(`La fiche « ${sheet} » n'a pas de ligne « Exception article 9 ».`);
    cells.push(text(fiche.art9Exception.cell, fill.art9Exception));
  }
  if (fill.subPurposes) {
    if (fill.subPurposes.length > fiche.subPurposes.length) {
      throw new FillError(`La fiche « ${sheet} » n'a que ${fiche.subPurposes.length} sous-finalités.`);
    }
    fill.subPurposes.forEach((s, i) => cells.push(text(fiche.subPurposes[i].cell, s)));
  }
  for (const [key, d] of Object.entries(fill.data ?? {}) as [DataCategoryKey, { description: string; retention: string }][]) {
    const row = [...fiche.dataCategories, ...fiche.sensitiveData].find((r) => r.key === key);
    if (!row) throw new FillError(`La fiche « ${sheet} » n'a pas de ligne pour la catégorie de données « ${key} ».`);
    cells.push(text(row.description.cell, d.description), text(row.retention.cell, d.retention));
  }
  choices(fiche, "persons", fill.persons, cells);
  choices(fiche, "recipients", fill.recipients, cells);
  choices(fiche, "measures", fill.measures, cells);
  if (fill.transfers) {
    if (fill.transfers.length > fiche.transfers.length) throw new FillError(`La fiche « ${sheet} » n'a que ${fiche.transfers.length} lignes de transfert.`);
    fill.transfers.forEach((t, i) => {
      const row = fiche.transfers[i];
      cells.push(text(row.recipient.cell, t.recipient), text(row.country.cell, t.country), text(row.guarantee.cell, t.guarantee));
      if (t.documentation !== undefined) cells.push(text(row.documentation.cell, t.documentation));
    });
  }
  if (fill.controller) {
    if (!fiche.controller) throw new FillError(`La fiche « ${sheet} » n'a pas de ligne « Responsable du traitement ».`);
    for (const [k, v] of Object.entries(fill.controller)) {
      if (v !== undefined) cells.push(text(fiche.controller[k as keyof typeof fill.controller].cell, v));
    }
  }

  const ops: WritePlan["ops"] = [{ op: "write", sheet, cells }];
  const line = register.listTab?.lines.find((l) => l.ref.value !== "" && l.ref.value === fiche.ref.value);
  if (register.listTab && line) {
    const sensitiveKeys = new Set<DataCategoryKey>(DATA_CATEGORIES.filter((d) => d.sensitive).map((d) => d.key));
    const hasSensitive =
      Object.keys(fill.data ?? {}).some((k) => sensitiveKeys.has(k as DataCategoryKey)) ||
      fiche.sensitiveData.some((r) => r.description.value !== "" || r.retention.value !== "");
    const lineCells: CellWrite[] = [text(line.sensitive.cell, hasSensitive ? "Oui" : "Non")];
    const purpose = fill.mainPurpose ?? fiche.mainPurpose.value;
    if (purpose) lineCells.push(text(line.purpose.cell, purpose));
    ops.push({ op: "write", sheet: register.listTab.sheet, cells: lineCells });
  }
  return { title: `Remplir la fiche « ${fiche.name.value || sheet} »`, ops };
}
