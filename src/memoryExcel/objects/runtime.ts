/** `context.runtime`: whether the add-in hears events (`enableEvents`, ExcelApi 1.8). */
import { ProxyBase, RequestContextCore } from "../core";
import { engineOf, invalidArgument } from "./shared";

export class MemoryRuntime extends ProxyBase<true> {
  protected readonly typeName = "Runtime";
  protected readonly scalarProperties = ["enableEvents"] as const;

  constructor(context: RequestContextCore) {
    super(context, () => true);
  }

  protected readProperty(_t: true, name: string): unknown {
    return name === "enableEvents" ? engineOf(this.context).eventsEnabled : undefined;
  }

  get enableEvents(): boolean {
    return this.get("enableEvents");
  }
  /**
   * Real Excel: a request like any other, in force from the moment it runs in its batch (a change
   * queued before it in the same batch is heard or not as events were then), for the whole add-in
   * until set again.
   */
  set enableEvents(on: boolean) {
    this.queue("enableEvents", () => {
      if (typeof on !== "boolean") throw invalidArgument("Runtime.enableEvents");
      engineOf(this.context).eventsEnabled = on;
    });
  }
}
