/**
 * The workbook part: which sheets, in which order, where their parts are, whether dates count from
 * 1900 or 1904, the defined names, and where the styles and shared strings are. Read by streaming.
 */
import { XlsxReadError } from "./errors";
import type { XlsxPackage } from "./opc";
import { attr, isMain, relAttr, streamXml } from "./xml";

export type SheetState = "visible" | "hidden" | "veryHidden";

export interface SheetEntry {
  name: string;
  sheetId: number;
  /** The relationship id of the workbook part that designates the sheet's part. */
  rId: string;
  part: string;
  state: SheetState;
}

export interface DefinedName {
  name: string;
  /** The index (in `sheets`, counting every sheet) of the sheet the name belongs to; absent: global. */
  localSheetId?: number;
  /** The formula it stands for, without `=`. */
  text: string;
}

export interface BookInfo {
  /** The workbook part (`/xl/workbook.xml` in Excel's files). */
  part: string;
  /** The worksheets, in tab order. Chart sheets and dialog sheets are not listed (Office.js does not list them either). */
  sheets: SheetEntry[];
  /**
   * Every `<sheet>` of the workbook, chart sheets included, in order: `localSheetId` counts these,
   * and a new sheet's position is taken among them.
   */
  allSheets: SheetEntry[];
  date1904: boolean;
  definedNames: DefinedName[];
  styles?: string;
  sharedStrings?: string;
}

function isTrue(value: string | undefined): boolean {
  return value === "1" || value === "true";
}

function stateOf(value: string | undefined): SheetState {
  return value === "hidden" ? "hidden" : value === "veryHidden" ? "veryHidden" : "visible";
}

export function readBook(pkg: XlsxPackage): BookInfo {
  const part = pkg.mainPart();
  const rels = new Map(pkg.relationships(part).map((r) => [r.id, r]));
  const allSheets: SheetEntry[] = [];
  const sheets: SheetEntry[] = [];
  const definedNames: DefinedName[] = [];
  let date1904 = false;
  let name: DefinedName | null = null;
  streamXml(
    pkg.bytes(part),
    {
      open: (el) => {
        if (!isMain(el.uri)) return;
        if (el.local === "sheet") {
          const rId = relAttr(el) ?? "";
          const rel = rels.get(rId);
          const entry: SheetEntry = {
            name: attr(el, "name") ?? "",
            sheetId: Number(attr(el, "sheetId") ?? 0),
            rId,
            part: rel && !rel.external ? rel.target : "",
            state: stateOf(attr(el, "state")),
          };
          allSheets.push(entry);
          if (allSheets.length > pkg.limits.sheets) {
            throw new XlsxReadError("too-large", allSheets.length, `Le classeur compte plus de ${pkg.limits.sheets} feuilles`);
          }
          if (rel?.kind === "worksheet") {
            if (!pkg.has(rel.target)) throw new XlsxReadError("corrupt", rel.target, `La feuille « ${entry.name} » est absente du fichier`);
            sheets.push(entry);
          }
        } else if (el.local === "workbookPr") {
          date1904 = isTrue(attr(el, "date1904"));
        } else if (el.local === "definedName") {
          const local = attr(el, "localSheetId");
          name = { name: attr(el, "name") ?? "", text: "", ...(local !== undefined ? { localSheetId: Number(local) } : {}) };
        }
      },
      text: (text) => {
        if (name) name.text += text;
      },
      close: (el) => {
        if (name && el.local === "definedName") {
          definedNames.push(name);
          name = null;
        }
      },
    },
    part,
    pkg.limits,
  );
  if (sheets.length === 0) throw new XlsxReadError("not-xlsx", "no worksheet");
  const relOfKind = (kind: string): string | undefined => {
    const rel = [...rels.values()].find((r) => r.kind === kind && !r.external && pkg.has(r.target));
    return rel?.target;
  };
  return { part, sheets, allSheets, date1904, definedNames, styles: relOfKind("styles"), sharedStrings: relOfKind("sharedStrings") };
}
