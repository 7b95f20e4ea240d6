/** `workbook.worksheets`: load, find, add, and the collection-wide events. */
import { ClientResult, EventHandlers, ProxyBase, RequestContextCore, loadNames, type LoadOption } from "../core";
import type { SheetRef } from "../doc";
import { docOf, engineOf, invalidArgument, type ChangedArgs, type SelectionArgs } from "./shared";
import { checkSheetName } from "./sheetNames";
import { MemoryWorksheet } from "./worksheet";

export class MemoryWorksheetCollection extends ProxyBase<true> {
  protected readonly typeName = "WorksheetCollection";
  protected readonly scalarProperties = ["items"] as const;
  private loadedItems: MemoryWorksheet[] | null = null;

  constructor(context: RequestContextCore) {
    super(context, () => true);
  }

  protected readProperty(): unknown {
    return undefined;
  }

  /**
   * `load("items/name,items/visibility")`, `load("name")` (same), `load()` (every scalar of every
   * item); `items/protection/protected` loads each item's protection too, as office.js allows.
   */
  override load(option?: LoadOption): this {
    const names = loadNames(option)
      .map((n) => (n.startsWith("items/") ? n.slice(6) : n))
      .filter((n) => n !== "items");
    const props = names.length > 0 ? names : ["id", "name", "position", "visibility"];
    this.context.enqueue("WorksheetCollection.load", () => {
      const doc = docOf(this.context);
      for (const p of props) {
        if (!["id", "name", "position", "visibility", "protection/protected"].includes(p)) {
          throw invalidArgument("WorksheetCollection.load", `The property '${p}' is not available on Worksheet.`);
        }
      }
      const rows = doc.sheets().map((s) => {
        const m = new Map<string, unknown>();
        for (const p of props) {
          if (p === "protection/protected") continue;
          m.set(p, p === "id" ? doc.id(s) : p === "name" ? doc.name(s) : p === "position" ? doc.position(s) : doc.visibility(s));
        }
        return { s, m, protectedSheet: props.includes("protection/protected") ? doc.isProtected(s) : null };
      });
      return {
        commit: () => {
          this.loadedItems = rows.map(({ s, m, protectedSheet }) => {
            const ws = MemoryWorksheet.loadedFor(this.context, s, m);
            if (protectedSheet !== null) ws.protection.setLoaded(new Map([["protected", protectedSheet]]));
            return ws;
          });
        },
        bytes: () => JSON.stringify(rows.map((r) => [...Array.from(r.m.values()), r.protectedSheet])).length,
      };
    });
    return this;
  }

  get items(): MemoryWorksheet[] {
    if (!this.loadedItems) return this.get("items");
    return this.loadedItems;
  }

  private find(key: string): SheetRef | null {
    const doc = docOf(this.context);
    const k = key.toLowerCase();
    return doc.sheets().find((s) => doc.name(s).toLowerCase() === k || doc.id(s).toLowerCase() === k) ?? null;
  }

  /** By name (case-insensitive, as Excel) or id; ItemNotFound at sync when missing. */
  getItem(key: string): MemoryWorksheet {
    return new MemoryWorksheet(this.context, () => this.find(key));
  }

  getItemOrNullObject(key: string): MemoryWorksheet {
    return new MemoryWorksheet(this.context, () => this.find(key), true);
  }

  getActiveWorksheet(): MemoryWorksheet {
    return new MemoryWorksheet(this.context, () => engineOf(this.context).activeSheet());
  }

  getCount(): ClientResult<number> {
    const result = new ClientResult<number>();
    this.context.enqueue("WorksheetCollection.getCount", () => {
      const n = docOf(this.context).sheets().length;
      return { commit: () => result.set(n), bytes: () => 8 };
    });
    return result;
  }

  /** A new empty sheet at the end, named `Feuil<n>` when no name is given (French Excel). */
  add(name?: string): MemoryWorksheet {
    const slot: { ref?: SheetRef } = {};
    this.context.enqueue("WorksheetCollection.add", () => {
      const doc = docOf(this.context);
      let n = name;
      if (n === undefined || n === null) {
        const taken = new Set(doc.sheets().map((s) => doc.name(s).toLowerCase()));
        let i = doc.sheets().length + 1;
        while (taken.has(`feuil${i}`)) i++;
        n = `Feuil${i}`;
      }
      checkSheetName(doc, n, null, "WorksheetCollection.add");
      slot.ref = doc.addSheet(n);
      engineOf(this.context).queueEvent({ kind: "added", sheet: slot.ref, worksheetId: doc.id(slot.ref) });
    });
    return new MemoryWorksheet(this.context, () => slot.ref ?? null);
  }

  /** ExcelApi 1.9: raised for a selection change on any sheet, with the sheet's id and the address. */
  get onSelectionChanged(): EventHandlers<SelectionArgs> {
    return new EventHandlers<SelectionArgs>(this.context, (handler) => ({ kind: "collection", handler }));
  }

  get onAdded(): EventHandlers<{ worksheetId: string; type: "WorksheetAdded"; source: "Local" }> {
    return new EventHandlers(this.context, (handler) => ({ kind: "added", handler }));
  }

  get onActivated(): EventHandlers<{ worksheetId: string; type: "WorksheetActivated"; source: "Local" }> {
    return new EventHandlers(this.context, (handler) => ({ kind: "activated", handler }));
  }

  /** ExcelApi 1.9: raised after each change of cell contents on any sheet (values, rows inserted or deleted). */
  get onChanged(): EventHandlers<ChangedArgs> {
    return new EventHandlers<ChangedArgs>(this.context, (handler) => ({ kind: "changed", handler }));
  }

  /** ExcelApi 1.7: raised after a sheet is deleted, with the id it had. */
  get onDeleted(): EventHandlers<{ worksheetId: string; type: "WorksheetDeleted"; source: "Local" }> {
    return new EventHandlers(this.context, (handler) => ({ kind: "deleted", handler }));
  }
}
