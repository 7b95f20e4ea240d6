/** jsdom has no ResizeObserver; Fluent's MessageBar watches its own width with one (for reflow only). Imported by the pane's test harnesses. */
if (!("ResizeObserver" in globalThis)) {
  class NoResizeObserver {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  (globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver = NoResizeObserver;
}

export {};
