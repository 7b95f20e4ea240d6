/**
 * Row insertion and deletion against a plain reference model: random small sheets (values, merges,
 * dropdowns of both kinds, formulas `=Bn`, a page break, a formula on another sheet) and random
 * sequences of insertions and deletions. After them, what a user sees in the saved file — the value
 * at each cell, which cells each dropdown and merge covers, where each formula points, where the
 * page breaks — must be what the model says.
 */
import fc from "fast-check";
import type { Element } from "@xmldom/xmldom";
import { coalesceRects } from "../../../src/register";
import { insertRows, deleteRows } from "../../../src/workbook/package/write/rows";
import { buildBook, cellsOf, elementsOf, open, reopen } from "./rowsBook";

const X14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main";
const XM = "http://schemas.microsoft.com/office/excel/2006/main";
const SHEET = "/xl/worksheets/sheet1.xml";
const OTHER = "/xl/worksheets/sheet2.xml";
const LETTERS = "ABCDEF";

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

type Op = { kind: "insert"; start: number; count: number; template: number } | { kind: "delete"; start: number; count: number };

interface Model {
  /** `row,col` → value. */
  values: Map<string, number>;
  merges: Box[];
  /** Each dropdown (by its list's formula) → its rectangles. */
  dropdowns: Map<string, Box[]>;
  /**
   * Formulas `=Bn`: the cell they sit on (`row,col`) → the row of B they point at (null: `#REF!`).
   * Column E holds formulas of their own, column F one shared formula filled down from F1.
   */
  formulas: Map<string, number | null>;
  /** The rows of column F's shared formula, when the sheet is first written. */
  sharedRows: number;
  /** The other sheet's formula `S!Bn`: its target row. */
  outside: number | null;
  breaks: number[];
}

// ---- the reference model, written plainly -------------------------------------------------------

/** Where a row goes: null when deleted. */
function rowAfter(row: number, op: Op): number | null {
  if (op.kind === "insert") return row >= op.start ? row + op.count : row;
  const end = op.start + op.count - 1;
  if (row < op.start) return row;
  if (row <= end) return null;
  return row - op.count;
}

/** A rectangle after the op: moved, grown across an insertion, shrunk by a deletion, null when gone. */
function boxAfter(b: Box, op: Op): Box | null {
  if (op.kind === "insert") {
    return { ...b, top: b.top >= op.start ? b.top + op.count : b.top, bottom: b.bottom >= op.start ? b.bottom + op.count : b.bottom };
  }
  const kept: number[] = [];
  for (let r = b.top; r <= b.bottom; r++) {
    const moved = rowAfter(r, op);
    if (moved !== null) kept.push(moved);
  }
  if (kept.length === 0) return null;
  return { ...b, top: Math.min(...kept), bottom: Math.max(...kept) };
}

function overlaps(a: Box, b: Box): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

function applyOp(m: Model, op: Op): Model {
  const values = new Map<string, number>();
  for (const [key, v] of m.values) {
    const [row, col] = key.split(",").map(Number);
    const moved = rowAfter(row, op);
    if (moved !== null) values.set(`${moved},${col}`, v);
  }
  let merges = m.merges.map((b) => boxAfter(b, op)).filter((b): b is Box => b !== null && !(b.top === b.bottom && b.left === b.right));
  const dropdowns = new Map<string, Box[]>();
  for (const [name, boxes] of m.dropdowns)
    dropdowns.set(
      name,
      boxes.map((b) => boxAfter(b, op)).filter((b): b is Box => b !== null),
    );
  const formulas = new Map<string, number | null>();
  for (const [key, target] of m.formulas) {
    const [row, col] = key.split(",").map(Number);
    const at = rowAfter(row, op);
    if (at !== null) formulas.set(`${at},${col}`, target === null ? null : rowAfter(target, op));
  }
  const breaks = m.breaks.map((b) => rowAfter(b, op)).filter((b): b is number => b !== null);
  if (op.kind === "insert") {
    const template = rowAfter(op.template, op) as number;
    const newRows = Array.from({ length: op.count }, (_, k) => op.start + k);
    // the template row's own merges, on each new row, where they fit
    const own = merges.filter((b) => b.top === template && b.bottom === template);
    for (const row of newRows) {
      for (const b of own) {
        const copy = { ...b, top: row, bottom: row };
        if (!merges.some((o) => overlaps(o, copy))) merges = [...merges, copy];
      }
    }
    // the template row's dropdowns reach the new rows
    for (const [name, boxes] of dropdowns) {
      const extra = boxes.filter((b) => b.top <= template && template <= b.bottom).map((b) => ({ ...b, top: op.start, bottom: op.start + op.count - 1 }));
      // joined with the template's own rectangle, as a file writes one dropdown: a later insertion
      // inside the joined rectangle then grows it, as Excel does
      dropdowns.set(name, extra.length > 0 ? coalesceRects([...boxes, ...extra]) : boxes);
    }
  }
  return { values, merges, dropdowns, formulas, sharedRows: m.sharedRows, outside: m.outside === null ? null : rowAfter(m.outside, op), breaks };
}

function cellsCovered(boxes: readonly Box[]): string[] {
  const out = new Set<string>();
  for (const b of boxes) for (let r = b.top; r <= b.bottom; r++) for (let c = b.left; c <= b.right; c++) out.add(`${LETTERS[c - 1]}${r}`);
  return [...out].sort();
}

// ---- the sheet as a file ------------------------------------------------------------------------

function ref(b: Box): string {
  const tl = `${LETTERS[b.left - 1]}${b.top}`;
  const br = `${LETTERS[b.right - 1]}${b.bottom}`;
  return tl === br ? tl : `${tl}:${br}`;
}

function sheetXml(m: Model, x14List: string): string {
  const rows = new Map<number, string[]>();
  const add = (row: number, col: number, xml: string): void => void (rows.get(row) ?? rows.set(row, []).get(row))!.push(`${col}|${xml}`);
  for (const [key, v] of m.values) {
    const [row, col] = key.split(",").map(Number);
    add(row, col, `<c r="${LETTERS[col - 1]}${row}" s="1"><v>${v}</v></c>`);
  }
  for (const [key, target] of m.formulas) {
    const [row, col] = key.split(",").map(Number);
    if (col === 5) add(row, 5, `<c r="E${row}"><f>B${target}</f><v>0</v></c>`);
    else if (row === 1) add(row, 6, `<c r="F1"><f t="shared" ref="F1:F${m.sharedRows}" si="0">B${target}</f><v>0</v></c>`);
    else add(row, 6, `<c r="F${row}"><f t="shared" si="0"/><v>0</v></c>`);
  }
  const sheetData = [...rows.keys()]
    .sort((a, b) => a - b)
    .map(
      (row) =>
        `<row r="${row}">${rows
          .get(row)!
          .sort((a, b) => Number(a.split("|")[0]) - Number(b.split("|")[0]))
          .map((c) => c.slice(c.indexOf("|") + 1))
          .join("")}</row>`,
    )
    .join("");
  const standard = [...m.dropdowns].filter(([name]) => name !== x14List);
  const x14 = m.dropdowns.get(x14List) ?? [];
  return [
    `<sheetData>${sheetData}</sheetData>`,
    m.merges.length ? `<mergeCells count="${m.merges.length}">${m.merges.map((b) => `<mergeCell ref="${ref(b)}"/>`).join("")}</mergeCells>` : "",
    standard.length
      ? `<dataValidations count="${standard.length}">${standard
          .map(([name, boxes]) => `<dataValidation type="list" sqref="${boxes.map(ref).join(" ")}"><formula1>${name}</formula1></dataValidation>`)
          .join("")}</dataValidations>`
      : "",
    `<rowBreaks count="${m.breaks.length}" manualBreakCount="${m.breaks.length}">${m.breaks.map((b) => `<brk id="${b}" max="16383" man="1"/>`).join("")}</rowBreaks>`,
    x14.length
      ? `<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="${X14}"><x14:dataValidations count="1" xmlns:xm="${XM}"><x14:dataValidation type="list"><x14:formula1><xm:f>${x14List}</xm:f></x14:formula1><xm:sqref>${x14.map(ref).join(" ")}</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst>`
      : "",
  ].join("");
}

/** What the saved file shows, in the model's terms. */
function seen(
  bytes: Uint8Array,
  x14List: string,
): { values: string[]; merges: string[]; dropdowns: Record<string, string[]>; formulas: string[]; outside: string; breaks: string[] } {
  const { pkg } = open(bytes);
  const cells = cellsOf(pkg, SHEET);
  const values = [...cells].filter(([, c]) => c.f === undefined && c.v !== undefined).map(([address, c]) => `${address}=${c.v}`);
  // a cell of a shared formula means its group's first formula moved by its offset (only `Bn` here)
  const masters = new Map<string, { row: number; text: string }>();
  for (const f of elementsOf(pkg, SHEET, "f")) {
    if (f.getAttribute("t") === "shared" && f.hasAttribute("ref")) {
      const address = (f.parentNode as Element).getAttribute("r") ?? "";
      masters.set(f.getAttribute("si") ?? "", { row: Number(address.slice(1)), text: f.textContent ?? "" });
    }
  }
  const formulas = elementsOf(pkg, SHEET, "f")
    .filter((f) => (f.parentNode as Element).localName === "c")
    .map((f) => {
      const address = (f.parentNode as Element).getAttribute("r") ?? "";
      const master = f.getAttribute("t") === "shared" ? masters.get(f.getAttribute("si") ?? "") : undefined;
      if (!master || master.text === "#REF!") return `${address}=${master ? "#REF!" : f.textContent}`;
      const target = Number(master.text.slice(1)) + Number(address.slice(1)) - master.row;
      return `${address}=B${target}`;
    });
  const merges = elementsOf(pkg, SHEET, "mergeCell").map((el) => el.getAttribute("ref") ?? "");
  const dropdowns: Record<string, string[]> = {};
  const toBoxes = (sqref: string): Box[] =>
    sqref
      .split(" ")
      .filter(Boolean)
      .map((piece) => {
        const [a, b = a] = piece.split(":");
        const pos = (s: string): [number, number] => [Number(s.slice(1)), LETTERS.indexOf(s[0]) + 1];
        const [t, l] = pos(a);
        const [bt, br] = pos(b);
        return { top: t, left: l, bottom: bt, right: br };
      });
  for (const dv of elementsOf(pkg, SHEET, "dataValidation")) {
    if (dv.namespaceURI === X14) {
      const sqref = elementsOf(pkg, SHEET, "sqref").find((el) => el.namespaceURI === XM)?.textContent ?? "";
      dropdowns[x14List] = cellsCovered(toBoxes(sqref));
    } else {
      const formula = elementsOf(pkg, SHEET, "formula1").find((f) => f.parentNode === dv)?.textContent ?? "";
      dropdowns[formula] = cellsCovered(toBoxes(dv.getAttribute("sqref") ?? ""));
    }
  }
  const rows = elementsOf(pkg, SHEET, "row").map((r) => Number(r.getAttribute("r")));
  // the file stays valid: rows in order, each once, and every cell on its own row
  expect(rows).toEqual([...rows].sort((a, b) => a - b).filter((r, i, all) => all.indexOf(r) === i));
  for (const row of elementsOf(pkg, SHEET, "row")) {
    for (const c of Array.from(row.childNodes)) {
      const address = (c as { getAttribute?: (n: string) => string | null }).getAttribute?.("r");
      if (address) expect(address.replace(/^[A-Z]+/, "")).toBe(row.getAttribute("r"));
    }
  }
  return {
    values: values.sort(),
    merges: merges.sort(),
    dropdowns,
    formulas: formulas.sort(),
    outside: cellsOf(pkg, OTHER).get("A1")?.f ?? "",
    breaks: elementsOf(pkg, SHEET, "brk").map((b) => b.getAttribute("id") ?? ""),
  };
}

function expected(m: Model): ReturnType<typeof seen> {
  const dropdowns: Record<string, string[]> = {};
  for (const [name, boxes] of m.dropdowns) if (boxes.length > 0) dropdowns[name] = cellsCovered(boxes);
  return {
    values: [...m.values]
      .map(([key, v]) => {
        const [row, col] = key.split(",").map(Number);
        return `${LETTERS[col - 1]}${row}=${v}`;
      })
      .sort(),
    merges: m.merges.map(ref).sort(),
    dropdowns,
    formulas: [...m.formulas]
      .map(([key, target]) => {
        const [row, col] = key.split(",").map(Number);
        return `${LETTERS[col - 1]}${row}=${target === null ? "#REF!" : `B${target}`}`;
      })
      .sort(),
    outside: m.outside === null ? "S!#REF!" : `S!B${m.outside}`,
    breaks: m.breaks.map(String),
  };
}

// ---- generators ---------------------------------------------------------------------------------

const ROWS = 8;

const boxArb = (maxWidth: number): fc.Arbitrary<Box> =>
  fc
    .record({
      top: fc.integer({ min: 1, max: ROWS }),
      height: fc.integer({ min: 1, max: 3 }),
      left: fc.integer({ min: 1, max: 4 - maxWidth + 1 }),
      width: fc.integer({ min: 1, max: maxWidth }),
    })
    .map(({ top, height, left, width }) => ({ top, bottom: top + height - 1, left, right: left + width - 1 }));

const modelArb: fc.Arbitrary<Model> = fc
  .record({
    values: fc.array(fc.tuple(fc.integer({ min: 1, max: ROWS }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 999 })), { maxLength: 16 }),
    merges: fc.array(boxArb(2), { maxLength: 4 }),
    dropdowns: fc.array(fc.array(boxArb(2), { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 3 }),
    formulas: fc.array(fc.tuple(fc.integer({ min: 1, max: ROWS }), fc.integer({ min: 1, max: ROWS })), { maxLength: 4 }),
    shared: fc.record({ rows: fc.integer({ min: 1, max: ROWS }), target: fc.integer({ min: 1, max: ROWS }) }),
    outside: fc.integer({ min: 1, max: ROWS }),
    breaks: fc.uniqueArray(fc.integer({ min: 1, max: ROWS }), { maxLength: 2 }),
  })
  .map((g) => {
    const merges: Box[] = [];
    for (const b of g.merges) if (!(b.top === b.bottom && b.left === b.right) && !merges.some((o) => overlaps(o, b))) merges.push(b);
    return {
      values: new Map(g.values.map(([row, col, v]) => [`${row},${col}`, v])),
      merges,
      dropdowns: new Map(g.dropdowns.map((boxes, i) => [`Listes!$A$1:$A$${i + 2}`, boxes])),
      formulas: new Map<string, number | null>([
        ...g.formulas.map(([row, target]): [string, number] => [`${row},5`, target]),
        ...Array.from({ length: g.shared.rows }, (_, i): [string, number] => [`${i + 1},6`, g.shared.target + i]),
      ]),
      sharedRows: g.shared.rows,
      outside: g.outside,
      breaks: [...g.breaks].sort((a, b) => a - b),
    };
  });

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant("insert" as const),
    start: fc.integer({ min: 1, max: ROWS + 2 }),
    count: fc.integer({ min: 1, max: 3 }),
    template: fc.integer({ min: 1, max: ROWS + 1 }),
  }),
  fc.record({ kind: fc.constant("delete" as const), start: fc.integer({ min: 1, max: ROWS + 2 }), count: fc.integer({ min: 1, max: 3 }) }),
);

describe("row insertion and deletion against a reference model", () => {
  it("shows what the model says after any sequence of insertions and deletions", () => {
    fc.assert(
      fc.property(modelArb, fc.array(opArb, { minLength: 1, maxLength: 4 }), (start, ops) => {
        const x14List = [...start.dropdowns.keys()][0];
        const bytes = buildBook([
          { name: "S", xml: sheetXml(start, x14List) },
          { name: "Listes", xml: `<sheetData><row r="1"><c r="A1"><f>S!B${start.outside}</f><v>0</v></c></row></sheetData>` },
        ]);
        const { pkg, book } = open(bytes);
        let model = start;
        for (const op of ops) {
          if (op.kind === "insert") insertRows(pkg, book, "S", op.start, op.count, op.template);
          else deleteRows(pkg, book, "S", op.start, op.count);
          model = applyOp(model, op);
        }
        expect(seen(reopen(pkg).pkg.save(), x14List)).toEqual(expected(model));
      }),
      { numRuns: 100 },
    );
  });

  it("an insertion followed by the deletion of the same rows gives back the sheet as it read", () => {
    fc.assert(
      fc.property(modelArb, opArb, (start, op) => {
        const x14List = [...start.dropdowns.keys()][0];
        const bytes = buildBook([
          { name: "S", xml: sheetXml(start, x14List) },
          { name: "Listes", xml: `<sheetData><row r="1"><c r="A1"><f>S!B${start.outside}</f><v>0</v></c></row></sheetData>` },
        ]);
        const { pkg, book } = open(bytes);
        const count = op.count;
        insertRows(pkg, book, "S", op.start, count, op.kind === "insert" ? op.template : 1);
        deleteRows(pkg, book, "S", op.start, count);
        expect(seen(pkg.save(), x14List)).toEqual(seen(bytes, x14List));
      }),
      { numRuns: 100 },
    );
  });
});
