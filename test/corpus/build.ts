/**
 * Turns a register written down as a person's typing (saisie.ts) into a real .xlsx file made from the
 * CNIL's own workbook (test/fixtures/cnil/), the way people make theirs:
 *
 * 1. the CNIL file, with the rows a CPTS added to the model (« Base légale »…) inserted under
 *    « Finalité principale » before any copy;
 * 2. tab 2's header (organisation, representative, DPO);
 * 3. each fiche a copy of the model: either the add-in's « Nouvelle fiche » (the engine's own
 *    planNewFiche, which also writes the tab-2 line) or Excel's « Déplacer ou copier » (sheet
 *    `3_-_Modèle_de_fiche_de_r (2)`, tab-2 line typed by hand), then grown like « Ajouter une ligne »
 *    (planAddRow) where a block is too short, then filled field by field;
 * 4. saved by the xlsx adapter, and, for the registers saved by Excel, with the dropdowns moved to
 *    Excel's x14 form (toExcelStyle).
 *
 * Every cell is found through the register the engine reads back after each step (never a fixed row),
 * and every planted value's cell is recorded as the place its finding is expected.
 */
import {
  fixedClock,
  nextRef,
  planAddRow,
  planNewFiche,
  previewNewFiche,
  readRegister,
  toSerial,
  type CellWrite,
  type DataCategoryKey,
  type Fiche,
  type GrowableBlock,
  type Register,
  type WritePlan,
} from "../../src/register";
import { readBook } from "../../src/workbook/package/workbook";
import { applyPlanToXlsx, loadXlsx, saveXlsx, snapshotOf, type XlsxWorkbook } from "../../src/workbook/xlsx";
import { cnilXlsxBytes } from "../fixtures/cnilWorkbook";
import { toExcelStyle } from "../fixtures/xlsxFiles";
import { EXCEL_MODEL_COPY } from "../fixtures/snapshots";
import { CORPUS_INSTANT, CORPUS_TIME_ZONE } from "./instant";
import {
  LIGNES_DONNEES,
  unmark,
  type Acteur,
  type Coordonnees,
  type DateSaisie,
  type Expectation,
  type FicheSaisie,
  type LibelleDonnees,
  type Marked,
  type RegistreSaisi,
  type Texte,
} from "./saisie";

/** A planted mistake, located. */
export interface Attendu extends Expectation {
  sheet: string;
  cell: string;
  /** What the person typed there (for messages). */
  value: string;
  /** Where, in words: « Fiche X › Destinataires › ligne 2 ». */
  where: string;
}

export interface RegistreConstruit {
  saisie: RegistreSaisi;
  bytes: Uint8Array;
  attendus: Attendu[];
}

/** Thrown when a register of the corpus cannot be laid in the workbook (a bug of the corpus, not of the engine). */
export class CorpusError extends Error {}

const SENSITIVE_KEYS = new Set<DataCategoryKey>(["racial", "political", "religious", "union", "genetic", "biometric", "health", "sexual", "criminal"]);

/** What people type to say « nothing here »: it does not make tab 2 say « Oui ». */
const NOTHING = /^(n[ée]ant|n\/?a|aucune?s?\b.*|sans objet|non concern[ée]e?s?|non applicable|ras|-+|—|\/|pas de .*)$/i;

function shown(v: string | Date | undefined): string {
  if (v === undefined) return "";
  if (v instanceof Date) return `${String(v.getUTCDate()).padStart(2, "0")}/${String(v.getUTCMonth() + 1).padStart(2, "0")}/${v.getUTCFullYear()}`;
  return v;
}

class Writer {
  readonly attendus: Attendu[] = [];
  private readonly cells = new Map<string, CellWrite[]>();

  constructor(private readonly book: XlsxWorkbook) {}

  /** Queues `value` for `cell` and records its plants. */
  put(sheet: string, cell: string, v: Marked<string | Date> | undefined, where: string, extra: readonly Expectation[] = []): void {
    if (v === undefined && extra.length === 0) return;
    const { value, planted } = v === undefined ? { value: "", planted: [] as Expectation[] } : unmark(v);
    for (const p of [...extra, ...planted]) this.attendus.push({ ...p, sheet, cell, value: shown(value), where });
    // An empty value empties the cell (a date « Nouvelle fiche » wrote in tab 2 that the person removed).
    const write: CellWrite =
      value === ""
        ? { address: cell, kind: "clear" }
        : value instanceof Date
          ? { address: cell, kind: "date", value: Math.floor(toSerial(value)) }
          : { address: cell, kind: "text", value };
    const list = this.cells.get(sheet) ?? [];
    list.push(write);
    this.cells.set(sheet, list);
  }

  flush(title: string): void {
    const plan: WritePlan = { title, ops: [...this.cells].map(([sheet, cells]) => ({ op: "write" as const, sheet, cells })) };
    this.cells.clear();
    if (plan.ops.length > 0) applyPlanToXlsx(this.book, plan);
  }
}

function read(book: XlsxWorkbook): Register {
  return readRegister(snapshotOf(book));
}

function ficheOn(register: Register, sheet: string): Fiche {
  const f = register.fiches.find((x) => x.sheet === sheet);
  if (!f) throw new CorpusError(`Le corpus n'a pas trouvé la fiche de l'onglet « ${sheet} ».`);
  return f;
}

function modelOf(register: Register): Fiche {
  const m = register.fiches.find((f) => f.kind === "model");
  if (!m) throw new CorpusError("Le classeur de la CNIL n'a plus de modèle vierge.");
  return m;
}

/** The CPTS's amendment: rows inserted under « Finalité principale » in the model, before any copy. */
function amendModel(book: XlsxWorkbook, rows: readonly string[]): void {
  if (rows.length === 0) return;
  const model = modelOf(read(book));
  const row = Number(/\d+$/.exec(model.mainPurpose.cell)?.[0]);
  applyPlanToXlsx(book, {
    title: "Lignes ajoutées au modèle",
    ops: [
      { op: "insertRows", sheet: model.sheet, beforeRow: row + 1, count: rows.length, templateRow: row },
      { op: "write", sheet: model.sheet, cells: rows.map((label, i): CellWrite => ({ address: `A${row + 1 + i}`, kind: "text", value: label })) },
    ],
  });
}

const CONTACT_FIELDS: Record<keyof Coordonnees, "name" | "firstName" | "address" | "email" | "postcode" | "city" | "phone" | "company"> = {
  Nom: "name",
  Prénom: "firstName",
  Adresse: "address",
  "Adresse mél": "email",
  "Code postal": "postcode",
  Ville: "city",
  Téléphone: "phone",
  "Société (si DPO externe)": "company",
};

function fillHeader(w: Writer, register: Register, who: "controller" | "representative" | "dpo", c: Coordonnees | undefined): void {
  const tab = register.listTab;
  if (!c || !tab) return;
  const title = { controller: "responsable de l'organisme", representative: "représentant", dpo: "DPO" }[who];
  for (const [label, v] of Object.entries(c) as [keyof Coordonnees, Texte][]) {
    const target = tab[who][CONTACT_FIELDS[label]];
    if (!target) throw new CorpusError(`Pas de case « ${label} » pour le ${title} dans l'onglet 2.`);
    w.put(tab.sheet, target.cell, v, `Onglet 2 › Coordonnées du ${title} › ${label}`);
  }
}

/** How many rows each growable block needs. */
function needs(f: FicheSaisie): Record<GrowableBlock, number> {
  return {
    persons: f["Catégories de personnes concernées"]?.length ?? 0,
    recipients: f.Destinataires?.length ?? 0,
    measures: f["Mesures de sécurité"]?.length ?? 0,
    transfers: f["Transferts hors UE"]?.length ?? 0,
  };
}

function rowsOf(fiche: Fiche, block: GrowableBlock): number {
  return fiche[block].length;
}

/** Excel's « Déplacer ou copier » name for the n-th copy of the model. */
function excelCopyName(n: number): string {
  return EXCEL_MODEL_COPY.replace("(2)", `(${n})`);
}

/** Makes the fiche's sheet (and, through « Nouvelle fiche », its tab-2 line); returns the sheet's name. */
function makeSheet(book: XlsxWorkbook, f: FicheSaisie, excelCopies: { n: number }): string {
  const register = read(book);
  const name = f["Nom du traitement"];
  // « Nouvelle fiche » dates the fiche from the clock; the person's own dates are typed over it next.
  const created = unmark<string | Date | undefined>(f["Date de création du traitement"]).value;
  const clock = fixedClock(created instanceof Date ? new Date(created.getTime() + 10 * 3_600_000) : CORPUS_INSTANT, CORPUS_TIME_ZONE);
  let sheet: string;
  if ((f.Copie ?? "complément") === "complément") {
    sheet = previewNewFiche(register, { name, clock }).sheetName;
    applyPlanToXlsx(book, planNewFiche(register, { name, clock }));
  } else {
    const model = modelOf(register);
    let after = model.sheet;
    for (const x of register.fiches) if (x.kind === "fiche" || x.kind === "example") after = x.sheet;
    excelCopies.n += 1;
    sheet = excelCopyName(excelCopies.n);
    applyPlanToXlsx(book, { title: "Déplacer ou copier", ops: [{ op: "copySheet", source: model.sheet, name: sheet, after }] });
    const copy = ficheOn(read(book), sheet);
    // The model's ref-001 is what the copier overwrites first; tab 2's line is typed by hand.
    applyPlanToXlsx(book, {
      title: "Nom et référence",
      ops: [
        {
          op: "write",
          sheet,
          cells: [
            { address: copy.name.cell, kind: "text", value: name },
            { address: copy.ref.cell, kind: "text", value: nextRef(register) },
          ],
        },
      ],
    });
  }
  if (f.Onglet && f.Onglet !== sheet) {
    // The person renames the tab (double-click on it): same sheet, new name.
    // Excel changes the name in the workbook part, and only there (nothing points at a new fiche yet).
    const workbook = book.dom(readBook(book).part);
    const entry = Array.from(workbook.getElementsByTagNameNS("*", "sheet")).find((el) => el.getAttribute("name") === sheet);
    if (!entry) throw new CorpusError(`Onglet « ${sheet} » introuvable.`);
    entry.setAttribute("name", f.Onglet);
    sheet = f.Onglet;
  }
  return sheet;
}

function grow(book: XlsxWorkbook, sheet: string, f: FicheSaisie): void {
  const want = needs(f);
  let register = read(book);
  for (const block of Object.keys(want) as GrowableBlock[]) {
    while (rowsOf(ficheOn(register, sheet), block) < want[block]) {
      applyPlanToXlsx(book, planAddRow(register, sheet, block));
      register = read(book);
    }
  }
}

function putActor(w: Writer, sheet: string, row: Fiche["controller"], a: Acteur | undefined, label: string): void {
  if (!a) return;
  if (!row) throw new CorpusError(`La fiche « ${sheet} » n'a pas de ligne « ${label} ».`);
  const cols = {
    Nom: row.name,
    Adresse: row.address,
    "Code Postal": row.postcode,
    Ville: row.city,
    Pays: row.country,
    Téléphone: row.phone,
    "Adresse mél": row.email,
  };
  for (const [k, v] of Object.entries(a) as [keyof Acteur, Texte][]) w.put(sheet, cols[k].cell, v, `${sheet} › ${label} › ${k}`);
}

/** A row given whole: plants on it point at its first cell; then each value with its own plants. */
function putRow(
  w: Writer,
  sheet: string,
  cells: readonly string[],
  row: Marked<readonly (Texte | undefined)[]>,
  where: string,
  names: readonly string[],
): void {
  const { value, planted } = unmark(row);
  value.forEach((v, i) => {
    if (i >= cells.length) throw new CorpusError(`${where} : trop de valeurs.`);
    w.put(sheet, cells[i], v, `${where} › ${names[i]}`, i === 0 ? planted : []);
  });
  if (value.length === 0 && planted.length > 0) w.put(sheet, cells[0], undefined, where, planted);
}

function isSensitiveText(v: Texte | undefined): boolean {
  const t = v === undefined ? "" : unmark(v).value.trim();
  return t !== "" && !NOTHING.test(t);
}

function fillFiche(book: XlsxWorkbook, w: Writer, sheet: string, f: FicheSaisie): void {
  const register = read(book);
  const fiche = ficheOn(register, sheet);
  const at = (label: string) => `${sheet} › ${label}`;

  w.put(sheet, fiche.ref.cell, f["N° / RÉF"], at("N° / RÉF"));
  w.put(sheet, fiche.created.cell, f["Date de création du traitement"], at("Date de création du traitement"));
  w.put(sheet, fiche.updated.cell, f["Mise à jour du traitement"], at("Mise à jour du traitement"));
  putActor(w, sheet, fiche.controller, f["Responsable du traitement"], "Responsable du traitement");
  putActor(w, sheet, fiche.dpo, f["Délégué à la protection des données"], "Délégué à la protection des données");
  putActor(w, sheet, fiche.dpoCompany, f["Société du DPO (si celui-ci est externe)"], "Société du DPO");
  putActor(w, sheet, fiche.jointControllers, f["Responsable(s) conjoint(s)"], "Responsable(s) conjoint(s)");
  w.put(sheet, fiche.mainPurpose.cell, f["Finalité principale"], at("Finalité principale"));
  for (const [label, field] of [
    ["Base légale", fiche.legalBasis],
    ["Exception article 9", fiche.art9Exception],
  ] as const) {
    const v = f[label];
    if (v === undefined) continue;
    if (!field) throw new CorpusError(`La fiche « ${sheet} » n'a pas de ligne « ${label} » (lignesAjoutees du registre).`);
    w.put(sheet, field.cell, v, at(label));
  }
  (f["Sous-finalités"] ?? []).forEach((v, i) => {
    const field = fiche.subPurposes[i];
    if (!field) throw new CorpusError(`La fiche « ${sheet} » n'a que ${fiche.subPurposes.length} sous-finalités.`);
    w.put(sheet, field.cell, v, at(`Sous-finalité ${i + 1}`));
  });
  let sensitive = false;
  for (const [label, row] of Object.entries(f["Catégories de données"] ?? {}) as [
    LibelleDonnees,
    NonNullable<FicheSaisie["Catégories de données"]>[LibelleDonnees],
  ][]) {
    if (row === undefined) continue;
    const key = LIGNES_DONNEES[label];
    const target = [...fiche.dataCategories, ...fiche.sensitiveData].find((r) => r.key === key);
    if (!target) throw new CorpusError(`La fiche « ${sheet} » n'a pas de ligne « ${label} ».`);
    putRow(w, sheet, [target.description.cell, target.retention.cell], row, at(`Catégories de données › ${label}`), ["Description", "Durée de conservation"]);
    if (SENSITIVE_KEYS.has(key) && isSensitiveText(unmark(row).value[0])) sensitive = true;
  }
  const blocks: Array<["persons" | "recipients" | "measures", "Catégories de personnes concernées" | "Destinataires" | "Mesures de sécurité"]> = [
    ["persons", "Catégories de personnes concernées"],
    ["recipients", "Destinataires"],
    ["measures", "Mesures de sécurité"],
  ];
  for (const [block, label] of blocks) {
    (f[label] ?? []).forEach((row, i) => {
      const target = fiche[block][i];
      putRow(w, sheet, [target.value.cell, target.detail.cell], row, at(`${label} › ligne ${i + 1}`), ["Type", "Précisions"]);
    });
  }
  (f["Transferts hors UE"] ?? []).forEach((row, i) => {
    const t = fiche.transfers[i];
    putRow(w, sheet, [t.recipient.cell, t.country.cell, t.guarantee.cell, t.documentation.cell], row, at(`Transferts hors UE › ligne ${i + 1}`), [
      "Destinataire",
      "Pays",
      "Type de Garanties",
      "Liens vers la documentation",
    ]);
  });

  // Tab 2's line: the one « Nouvelle fiche » wrote, or the next free row for a copy made by Excel.
  const o = f["Ligne de l'onglet 2"] ?? {};
  if (o === false) {
    if ((f.Copie ?? "complément") === "complément") throw new CorpusError(`« Nouvelle fiche » écrit toujours la ligne de l'onglet 2 (${sheet}).`);
    return;
  }
  const tab = register.listTab;
  if (!tab?.columns) throw new CorpusError("Le classeur n'a pas d'onglet 2 lisible.");
  const ref = unmark<string | undefined>(f["N° / RÉF"]).value ?? fiche.ref.value;
  const existing = tab.lines.find((l) => !l.isExample && l.ref.value === fiche.ref.value);
  const row = existing?.row ?? tab.nextFreeRow;
  const c = tab.columns;
  const line = (col: string) => `${col}${row}`;
  const where = (label: string) => `Onglet 2 › ligne ${row} › ${label}`;
  const created: DateSaisie | undefined = f["Date de création du traitement"];
  const updated: DateSaisie | undefined = f["Mise à jour du traitement"];
  // Tab 2 gets the fiche's dates as typed; a planted date's finding is expected in the fiche, not here.
  const asDate = (v: DateSaisie | undefined): string | Date | undefined => (v === undefined ? undefined : unmark(v).value);
  w.put(tab.sheet, line(c.name), o["Nom du traitement"] ?? f["Nom du traitement"], where("Nom du traitement"));
  w.put(tab.sheet, line(c.ref), o["N° / RÉF"] ?? ref, where("N° / RÉF"));
  w.put(tab.sheet, line(c.created), o["Date de création de la fiche"] ?? asDate(created), where("Date de création de la fiche"));
  w.put(tab.sheet, line(c.updated), o["Dernière mise à jour de la fiche"] ?? asDate(updated), where("Dernière mise à jour de la fiche"));
  w.put(tab.sheet, line(c.purpose), o["Finalité du traitement"] ?? unmark<string | undefined>(f["Finalité principale"]).value, where("Finalité du traitement"));
  w.put(tab.sheet, line(c.sensitive), o["Données sensibles ? Oui/non"] ?? (sensitive ? "Oui" : "Non"), where("Données sensibles ? Oui/non"));
}

/** Builds one register of the corpus: the .xlsx bytes and the planted mistakes, located. */
export async function buildRegistre(saisie: RegistreSaisi): Promise<RegistreConstruit> {
  const book = await loadXlsx(cnilXlsxBytes());
  amendModel(book, saisie.lignesAjoutees ?? []);
  const w = new Writer(book);
  const start = read(book);
  fillHeader(w, start, "controller", saisie.organisation);
  fillHeader(w, start, "representative", saisie.representant);
  fillHeader(w, start, "dpo", saisie.dpo);
  w.flush("En-tête de l'onglet 2");
  const excelCopies = { n: 1 };
  for (const f of saisie.fiches) {
    const sheet = makeSheet(book, f, excelCopies);
    grow(book, sheet, f);
    fillFiche(book, w, sheet, f);
    w.flush(`Fiche « ${f["Nom du traitement"]} »`);
  }
  let bytes = await saveXlsx(book);
  if (saisie.enregistre === "Excel") bytes = await toExcelStyle(bytes);
  return { saisie, bytes, attendus: w.attendus };
}
