/**
 * The minimal `Office` global the task pane's start-up reads outside Excel: `Office.onReady`, the
 * requirement-set check (every set is "supported": the in-memory Excel implements what the pane
 * calls), and document settings kept in memory (the playground has no document to save them in).
 */
interface OfficeInfo {
  host: string;
  platform: string;
}

class MemorySettings {
  private readonly values = new Map<string, unknown>();
  get(name: string): unknown {
    return this.values.has(name) ? this.values.get(name) : null;
  }
  set(name: string, value: unknown): void {
    this.values.set(name, value);
  }
  remove(name: string): void {
    this.values.delete(name);
  }
  saveAsync(callback?: (result: { status: "succeeded" }) => void): void {
    setTimeout(() => callback?.({ status: "succeeded" }), 0);
  }
  refreshAsync(callback?: (result: { status: "succeeded"; value: MemorySettings }) => void): void {
    setTimeout(() => callback?.({ status: "succeeded", value: this }), 0);
  }
}

export function installOffice(): void {
  const info: OfficeInfo = { host: "Excel", platform: "OfficeOnline" };
  const office = {
    onReady(callback?: (i: OfficeInfo) => void): Promise<OfficeInfo> {
      callback?.(info);
      return Promise.resolve(info);
    },
    context: {
      requirements: { isSetSupported: (_name: string, _minVersion?: string) => true },
      document: { settings: new MemorySettings() },
      displayLanguage: "fr-FR",
    },
    HostType: { Excel: "Excel" },
    PlatformType: { OfficeOnline: "OfficeOnline", PC: "PC", Mac: "Mac" },
  };
  (globalThis as unknown as { Office: typeof office }).Office = office;
}
