/**
 * Mounting the pane: used by index.tsx (inside Excel, after Office.onReady) and by the playground, which
 * mounts the same pane over the in-memory Excel.
 */
import * as React from "react";
import { createRoot, type Root } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import App from "./App";
import { createWorkbookPort, MIN_EXCEL_API, type ExcelHost, type WorkbookPort } from "./excel";
import { UnsupportedHost, type UnsupportedReason } from "./components/UnsupportedHost";
import type { Clock } from "../register";

export interface MountOptions {
  /** The `Excel` to talk to: office.js's global by default; the in-memory Excel in the playground. */
  excel?: ExcelHost;
  /** Or a ready-made port (tests). Wins over `excel`. */
  port?: WorkbookPort;
  /** The clock of the checks and of the dates written (the system clock by default). */
  clock?: Clock;
}

/** Mounts the pane in `container`; returns a function that unmounts it. */
export function mountTaskpane(container: HTMLElement, options: MountOptions = {}): () => void {
  const port = options.port ?? createWorkbookPort(options.excel);
  const { root, unmount } = ownRoot(container);
  root.render(
    <React.StrictMode>
      <FluentProvider theme={webLightTheme}>
        <App port={port} clock={options.clock} />
      </FluentProvider>
    </React.StrictMode>,
  );
  return unmount;
}

/**
 * A React root in an element of its own inside `container`, and how to take it away. The playground
 * replaces the pane from an effect's clean-up, while its own React tree is committing: React refuses
 * to unmount another root synchronously then (« Attempted to synchronously unmount a root while
 * React was already rendering »). So the pane's element is hidden and detached at once, and its root
 * unmounted just after; a new pane mounted meanwhile gets an element of its own.
 */
function ownRoot(container: HTMLElement): { root: Root; unmount: () => void } {
  const host = document.createElement("div");
  container.appendChild(host);
  const root = createRoot(host);
  let done = false;
  return {
    root,
    unmount: () => {
      if (done) return;
      done = true;
      host.remove();
      setTimeout(() => root.unmount(), 0);
    },
  };
}

/** Shows a plain French message instead of the pane (Excel too old, or the page opened outside Excel). */
export function mountUnsupported(container: HTMLElement, reason: UnsupportedReason): () => void {
  const { root, unmount } = ownRoot(container);
  root.render(
    <FluentProvider theme={webLightTheme}>
      <UnsupportedHost reason={reason} />
    </FluentProvider>,
  );
  return unmount;
}

/** What the start-up reads of office.js: `Office.onReady` and the requirement-set check. */
export interface OfficeLike {
  onReady(callback?: (info: { host: unknown; platform: unknown }) => void): Promise<{ host: unknown; platform: unknown }>;
  context?: { requirements?: { isSetSupported?(name: string, minVersion?: string): boolean } };
}

/** The requirement set the pane needs: change events for live checking (1.9), data validation rules (1.8), Worksheet.copy (1.7). */
export const REQUIRED_SET = { name: "ExcelApi", version: MIN_EXCEL_API } as const;

/**
 * Start-up: wait for office.js, check the host, then mount the pane or the French message.
 * `office`/`excel` default to the globals office.js defines (the playground injects its own first).
 */
export async function startTaskpane(container: HTMLElement, env: { office?: OfficeLike; excel?: ExcelHost; clock?: Clock } = {}): Promise<() => void> {
  const g = globalThis as unknown as { Office?: OfficeLike; Excel?: ExcelHost };
  const office = env.office ?? g.Office;
  if (!office) return mountUnsupported(container, "no-office");
  await office.onReady();
  const excel = env.excel ?? g.Excel;
  if (!excel) return mountUnsupported(container, "no-office");
  const supported = office.context?.requirements?.isSetSupported?.(REQUIRED_SET.name, REQUIRED_SET.version) === true;
  if (!supported) return mountUnsupported(container, "old-excel");
  return mountTaskpane(container, { excel, clock: env.clock });
}
