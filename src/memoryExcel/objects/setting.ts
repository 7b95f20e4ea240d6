/** `Excel.Setting`: one key/value pair the add-in keeps in the document. */
import { ProxyBase } from "../core";
import { engineOf, structuredCloneSafe } from "./shared";

export type SettingTarget = { key: string };

/**
 * `workbook.settings` (ExcelApi 1.4): key/value pairs the add-in keeps in the document. Real Excel
 * stores them in the file's web-extension part; here they live as long as the in-memory Excel and
 * are not written into the .xlsx it hands back.
 */
export class MemorySetting extends ProxyBase<SettingTarget> {
  protected readonly typeName = "Setting";
  protected readonly scalarProperties = ["key", "value"] as const;

  protected override stillValid(t: SettingTarget): boolean {
    return engineOf(this.context).settings.has(t.key);
  }

  protected readProperty(t: SettingTarget, name: string): unknown {
    if (name === "key") return t.key;
    if (name === "value") return structuredCloneSafe(engineOf(this.context).settings.get(t.key));
    return undefined;
  }

  get key(): string {
    return this.get("key");
  }
  get value(): unknown {
    return this.get("value");
  }
  set value(v: unknown) {
    this.queue("value", (t) => engineOf(this.context).settings.set(t.key, structuredCloneSafe(v)));
  }

  delete(): void {
    this.queue("delete", (t) => engineOf(this.context).settings.delete(t.key));
  }
}
