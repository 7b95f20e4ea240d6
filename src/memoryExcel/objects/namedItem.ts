/** `Excel.NamedItem`: a defined name of the workbook. */
import { ProxyBase } from "../core";
import { docOf } from "./shared";

export type NameTarget = { name: string };

export class MemoryNamedItem extends ProxyBase<NameTarget> {
  protected readonly typeName = "NamedItem";
  protected readonly scalarProperties = ["name", "formula", "type", "value", "visible"] as const;

  protected override stillValid(t: NameTarget): boolean {
    return docOf(this.context)
      .names()
      .some((n) => n.name === t.name);
  }

  protected readProperty(t: NameTarget, name: string): unknown {
    const item = docOf(this.context)
      .names()
      .find((n) => n.name === t.name);
    if (!item) return null;
    switch (name) {
      case "name":
        return item.name;
      case "formula":
        return item.formula;
      case "value":
        return item.formula.replace(/^=/, "");
      case "type":
        return /#REF!/.test(item.formula) ? "Error" : "Range";
      case "visible":
        return item.visible;
      default:
        return undefined;
    }
  }

  get name(): string {
    return this.get("name");
  }
  get formula(): string {
    return this.get("formula");
  }
  get value(): string {
    return this.get("value");
  }
  get type(): string {
    return this.get("type");
  }
  get visible(): boolean {
    return this.get("visible");
  }

  delete(): void {
    this.queue("delete", (t) => docOf(this.context).deleteName(t.name));
  }
}
