/**
 * The playground's download is the opened file with the plans applied since, not the in-memory model
 * saved again: opened on the CNIL's own workbook (written by Excel), a new fiche made through the
 * pane's port, edits typed in the grid (a number, a text, an emptied cell, one undone), then the
 * downloaded bytes read back with the file layer.
 */
import JSZip from "jszip";
import { DOMParser } from "@xmldom/xmldom";
import { invertPlan, planNewFiche, readRegister, type WritePlan } from "../../src/register";
import { createWorkbookPort } from "../../src/taskpane/excel";
import { loadXlsx, snapshotOf } from "../../src/workbook/xlsx";
import { openBuilt, openFile, playgroundExcel, typeInCell, type PlaygroundBook, type PlaygroundExcel } from "../../src/playground/session";
import { buildExampleRegister } from "../../src/workbook/template";
import { cnilReferenceBytes } from "../fixtures/xlsxFiles";
import { TEST_CLOCK } from "../fixtures/clocks";

jest.setTimeout(120_000);

const TODAY = TEST_CLOCK.now();
const FICHE_NAME = "Téléconsultation de test";

interface Session {
  book: PlaygroundBook;
  excel: PlaygroundExcel;
  /** The new fiche's sheet. */
  fiche: string;
  /** The sheet typed in, and what the cells hold after the typing. */
  typed: { sheet: string; number: string; text: string; emptied: string; undone: string; undoneBefore: string };
}

const cellOf = (address: string) => {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { row: Number(m[2]), col };
};

function valueAt(snapshot: ReturnType<typeof snapshotOf>, sheet: string, address: string): unknown {
  const { row, col } = cellOf(address);
  const values = snapshot.sheets.find((s) => s.name === sheet)?.values ?? [];
  return values[row - 1]?.[col - 1] ?? "";
}

/** Opens `bytes`, makes a new fiche through the pane's port, types in the grid, undoes one edit. */
async function work(book: PlaygroundBook): Promise<Session> {
  const excel = playgroundExcel(book);
  const port = createWorkbookPort(excel);
  const before = await port.readSnapshot();
  const register = readRegister(before);
  await port.applyPlan(planNewFiche(register, { name: FICHE_NAME, clock: TEST_CLOCK }));
  const fiche = (await port.readSnapshot()).sheets.map((s) => s.name).find((n) => !before.sheets.some((s) => s.name === n))!;

  // Typed on the CNIL's example fiche (a sheet no plan of the pane touched): free cells of columns J and K.
  const sheet = register.fiches.find((f) => !f.isModelTab)!.sheet;
  const emptied = "J3";
  await typeInCell(book, excel, sheet, "J2", "12,5", TODAY);
  await typeInCell(book, excel, sheet, "K2", "Appel du 3 mars", TODAY);
  await typeInCell(book, excel, sheet, emptied, "à effacer", TODAY);
  await typeInCell(book, excel, sheet, emptied, "", TODAY);
  // An undo is a plan too: the inverse of the last edit, made on the workbook as it was before it.
  const beforeUndone = await port.readSnapshot();
  const edit: WritePlan = { title: "Saisie", ops: [{ op: "write", sheet, cells: [{ address: "K3", kind: "text", value: "sera annulé" }] }] };
  await port.applyPlan(edit);
  await port.applyPlan(invertPlan(edit, beforeUndone));
  return { book, excel, fiche, typed: { sheet, number: "J2", text: "K2", emptied, undone: "K3", undoneBefore: "" } };
}

/** Every file entry of a zip, uncompressed. */
async function entries(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Uint8Array>();
  for (const f of Object.values(zip.files)) if (!f.dir) out.set(f.name, await f.async("uint8array"));
  return out;
}

const RELS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

function xmlOf(bytes: Uint8Array | undefined): Document {
  return new DOMParser().parseFromString(new TextDecoder().decode(bytes), "text/xml") as unknown as Document;
}

/**
 * The parts of the original file a plan may change: the package's and the workbook's own parts
 * (content types, workbook, its relationships, document properties, shared strings, styles, the
 * calculation chain), the sheets the plans write in, and the sheets the selection leaves.
 */
function concernedParts(files: Map<string, Uint8Array>, plans: readonly WritePlan[]): Set<string> {
  const workbook = xmlOf(files.get("xl/workbook.xml"));
  const rels = xmlOf(files.get("xl/_rels/workbook.xml.rels"));
  const targets = new Map<string, string>();
  for (const r of Array.from(rels.getElementsByTagName("Relationship"))) {
    const target = r.getAttribute("Target")!;
    targets.set(r.getAttribute("Id")!, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const sheetParts = new Map<string, string>();
  const order: string[] = [];
  for (const s of Array.from(workbook.getElementsByTagName("sheet"))) {
    const part = targets.get(s.getAttributeNS(RELS_NS, "id")!)!;
    sheetParts.set(s.getAttribute("name")!, part);
    order.push(part);
  }
  const concerned = new Set([
    "[Content_Types].xml",
    "xl/workbook.xml",
    "xl/_rels/workbook.xml.rels",
    "xl/sharedStrings.xml",
    "xl/styles.xml",
    "xl/calcChain.xml",
  ]);
  for (const name of files.keys()) if (name.startsWith("docProps/")) concerned.add(name);
  const touched = (sheet: string) => {
    const part = sheetParts.get(sheet);
    if (part) concerned.add(part);
  };
  for (const op of plans.flatMap((p) => p.ops)) {
    if (op.op === "write" || op.op === "insertRows" || op.op === "deleteRows" || op.op === "select") touched(op.sheet);
    if (op.op === "deleteSheet") touched(op.name);
  }
  // The sheet that was active: a plan's selection moves Excel's active tab away from it.
  const active = Number(workbook.getElementsByTagName("workbookView")[0]?.getAttribute("activeTab") ?? "0");
  if (order[active]) concerned.add(order[active]);
  for (const part of order) {
    const views = Array.from(xmlOf(files.get(part)).getElementsByTagName("sheetView"));
    if (views.some((v) => v.getAttribute("tabSelected") === "1")) concerned.add(part);
  }
  return concerned;
}

describe("le bac à sable télécharge le fichier ouvert, changé par les seuls plans appliqués", () => {
  let session: Session;
  let original: Uint8Array;
  let downloaded: Uint8Array;

  beforeAll(async () => {
    original = cnilReferenceBytes();
    session = await work(await openFile(original, { today: () => TODAY }));
    downloaded = await session.book.journal.result();
  });

  test("le fichier téléchargé a la nouvelle fiche et ce qui a été tapé dans la grille", async () => {
    const snap = snapshotOf(await loadXlsx(downloaded));
    expect(snap.sheets.map((s) => s.name)).toContain(session.fiche);
    expect(session.fiche).toMatch(/Téléconsultation/);
    const register = readRegister(snap);
    expect(register.fiches.some((f) => f.sheet === session.fiche)).toBe(true);
    const { sheet, number, text, emptied, undone, undoneBefore } = session.typed;
    expect(valueAt(snap, sheet, number)).toBe(12.5);
    expect(valueAt(snap, sheet, text)).toBe("Appel du 3 mars");
    expect(valueAt(snap, sheet, emptied)).toBe("");
    expect(valueAt(snap, sheet, undone)).toBe(undoneBefore);
  });

  test("il dit la même chose que le classeur en mémoire que l'utilisateur voit", async () => {
    const file = snapshotOf(await loadXlsx(downloaded));
    const shown = await createWorkbookPort(session.excel).readSnapshot();
    expect(file.sheets.map((s) => [s.name, s.visibility])).toEqual(shown.sheets.map((s) => [s.name, s.visibility]));
    for (const s of shown.sheets) expect([s.name, file.sheets.find((f) => f.name === s.name)?.values]).toEqual([s.name, s.values]);
  });

  test("chaque plan appliqué est noté une fois, dans l'ordre : la fiche, les saisies, la saisie annulée et son annulation", () => {
    const plans = session.book.journal.plans();
    expect(plans).toHaveLength(7);
    expect(plans[0].ops[0]).toMatchObject({ op: "copySheet", name: session.fiche });
    expect(plans[1].ops).toEqual([{ op: "write", sheet: session.typed.sheet, cells: [{ address: "J2", kind: "number", value: 12.5 }] }]);
    expect(plans[4].ops).toEqual([{ op: "write", sheet: session.typed.sheet, cells: [{ address: "J3", kind: "clear" }] }]);
  });

  test("le fichier que le volet copie (« Préparer l'envoi à SESAN ») est le téléchargement, pas le modèle en mémoire", async () => {
    const given = await createWorkbookPort(session.excel).getFileBytes();
    const parts = await entries(given);
    const expected = await entries(downloaded);
    expect([...parts.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [name, bytes] of expected) expect([name, Buffer.from(parts.get(name)!).equals(Buffer.from(bytes))]).toEqual([name, true]);
  });

  test("le fichier ouvert est gardé tel quel : ni la fiche ni les saisies ne le changent", () => {
    expect(Buffer.from(session.book.journal.original).equals(Buffer.from(cnilReferenceBytes()))).toBe(true);
  });

  test("les parties du fichier qu'aucun plan ne concerne sont identiques à l'original (zip décompressé, entrée par entrée)", async () => {
    const before = await entries(original);
    const after = await entries(downloaded);
    const concerned = concernedParts(before, session.book.journal.plans());
    const kept = [...before.keys()].filter((name) => !concerned.has(name));
    expect(kept.length).toBeGreaterThan(5);
    const differing = kept.filter((name) => {
      const a = before.get(name)!;
      const b = after.get(name);
      return !b || !Buffer.from(a).equals(Buffer.from(b));
    });
    expect(differing).toEqual([]);
  });
});

test("le registre d'exemple : ses octets enregistrés sont l'original, et le téléchargement sans changement les redonne à l'identique", async () => {
  const book = await openBuilt((await buildExampleRegister({ clock: TEST_CLOCK })).save(), { today: () => TODAY });
  expect(book.journal.plans()).toEqual([]);
  const again = snapshotOf(await loadXlsx(await book.journal.result()));
  expect(again).toEqual(snapshotOf(await loadXlsx(book.journal.original)));
  const shown = await createWorkbookPort(playgroundExcel(book)).readSnapshot();
  expect(again.sheets.map((s) => s.name)).toEqual(shown.sheets.map((s) => s.name));
});

test("un fichier que la couche de fichiers refuse est refusé à l'ouverture, en français", async () => {
  await expect(openFile(new TextEncoder().encode("Ceci n'est pas un classeur."))).rejects.toThrow(/classeur|fichier/i);
});
