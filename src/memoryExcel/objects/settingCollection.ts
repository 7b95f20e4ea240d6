/** `workbook.settings` (ExcelApi 1.4): load, add and find settings. */
import { ProxyBase, RequestContextCore, type LoadOption } from "../core";
import { MemorySetting } from "./setting";
import { engineOf, invalidArgument, structuredCloneSafe } from "./shared";

export class MemorySettingCollection extends ProxyBase<true> {
  protected readonly typeName = "SettingCollection";
  protected readonly scalarProperties = ["items"] as const;
  private loadedItems: MemorySetting[] | null = null;

  constructor(context: RequestContextCore) {
    super(context, () => true);
  }

  protected readProperty(): unknown {
    return undefined;
  }

  override load(_option?: LoadOption): this {
    this.context.enqueue("SettingCollection.load", () => {
      const entries = Array.from(engineOf(this.context).settings.entries()).map(([k, v]) => [k, structuredCloneSafe(v)] as const);
      return {
        commit: () => {
          this.loadedItems = entries.map(([k, v]) => {
            const s = new MemorySetting(this.context, () => ({ key: k }));
            s.setLoaded(
              new Map<string, unknown>([
                ["key", k],
                ["value", v],
              ]),
            );
            return s;
          });
        },
        bytes: () => JSON.stringify(entries).length,
      };
    });
    return this;
  }

  get items(): MemorySetting[] {
    if (!this.loadedItems) return this.get("items");
    return this.loadedItems;
  }

  add(key: string, value: unknown): MemorySetting {
    this.context.enqueue("SettingCollection.add", () => {
      if (typeof key !== "string" || key === "") throw invalidArgument("SettingCollection.add");
      engineOf(this.context).settings.set(key, structuredCloneSafe(value));
    });
    return new MemorySetting(this.context, () => ({ key }));
  }

  getItem(key: string): MemorySetting {
    return new MemorySetting(this.context, () => (engineOf(this.context).settings.has(key) ? { key } : null));
  }

  getItemOrNullObject(key: string): MemorySetting {
    return new MemorySetting(this.context, () => (engineOf(this.context).settings.has(key) ? { key } : null), true);
  }
}
