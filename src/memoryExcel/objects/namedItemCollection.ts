/** `workbook.names`: load, find and add defined names. */
import { qualifiedAddress } from "../../register";
import { ProxyBase, RequestContextCore, type LoadOption } from "../core";
import { RichApiError } from "../errors";
import { MemoryNamedItem, type NameTarget } from "./namedItem";
import { MemoryRange } from "./range";
import { docOf, invalidArgument } from "./shared";

export class MemoryNamedItemCollection extends ProxyBase<true> {
  protected readonly typeName = "NamedItemCollection";
  protected readonly scalarProperties = ["items"] as const;
  private loadedItems: MemoryNamedItem[] | null = null;

  constructor(context: RequestContextCore) {
    super(context, () => true);
  }

  protected readProperty(): unknown {
    return undefined;
  }

  override load(_option?: LoadOption): this {
    this.context.enqueue("NamedItemCollection.load", () => {
      const names = docOf(this.context).names();
      return {
        commit: () => {
          this.loadedItems = names.map((n) => {
            const item = new MemoryNamedItem(this.context, () => ({ name: n.name }));
            item.setLoaded(
              new Map<string, unknown>([
                ["name", n.name],
                ["formula", n.formula],
                ["value", n.formula.replace(/^=/, "")],
                ["type", /#REF!/.test(n.formula) ? "Error" : "Range"],
                ["visible", n.visible],
              ]),
            );
            return item;
          });
        },
        bytes: () => JSON.stringify(names).length,
      };
    });
    return this;
  }

  get items(): MemoryNamedItem[] {
    if (!this.loadedItems) return this.get("items");
    return this.loadedItems;
  }

  private find(name: string): NameTarget | null {
    const n = docOf(this.context)
      .names()
      .find((x) => x.name.toLowerCase() === name.toLowerCase());
    return n ? { name: n.name } : null;
  }

  getItem(name: string): MemoryNamedItem {
    return new MemoryNamedItem(this.context, () => this.find(name));
  }

  getItemOrNullObject(name: string): MemoryNamedItem {
    return new MemoryNamedItem(this.context, () => this.find(name), true);
  }

  /** A workbook-scope name for a range (or a formula string such as `='Fiche 1'!$B$4`). */
  add(name: string, reference: MemoryRange | string, _comment?: string): MemoryNamedItem {
    this.context.enqueue("NamedItemCollection.add", () => {
      const doc = docOf(this.context);
      if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name)) throw invalidArgument("NamedItemCollection.add");
      if (doc.names().some((n) => n.name.toLowerCase() === name.toLowerCase()))
        throw new RichApiError("ItemAlreadyExists", "A resource with the same name or identifier already exists.", "NamedItemCollection.add");
      let formula: string;
      if (typeof reference === "string") {
        formula = reference.startsWith("=") ? reference : `=${reference}`;
      } else {
        const t = reference.target("NamedItemCollection.add");
        formula = `=${qualifiedAddress(doc.name(t.sheet), t.rect).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}`;
      }
      doc.addName(name, formula);
    });
    return new MemoryNamedItem(this.context, () => this.find(name));
  }
}
