/**
 * The task pane over the in-memory Excel: a real register workbook (built by the xlsx fixtures) loaded
 * into createMemoryExcel, the real Office adapter behind the pane's port, and the real App.
 */
import { act, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import App, { type TabId } from "../../src/taskpane/App";
import { createWorkbookPort, type WorkbookPort } from "../../src/taskpane/excel";
import { createMemoryExcel, type MemoryExcel } from "../../src/memoryExcel";
import { loadExcelBook, excelBookSnapshot } from "../../src/workbook/exceljs";
import { cellAddress, parseCell, type CellValue, type WorkbookSnapshot } from "../../src/register";
import { buildCnilWorkbook, type CnilWorkbookOptions } from "../fixtures/xlsxFiles";
import { clockAt } from "../fixtures/clocks";

import "./resizeObserver";

export const CLOCK = clockAt("2026-11-24T09:00:00Z");

export interface Pane {
  memory: MemoryExcel;
  port: WorkbookPort;
  /** The workbook as it is now, read straight from the in-memory Excel's file (not through the pane). */
  content(): WorkbookSnapshot;
}

/** Opens the pane on a register built from `options` (or on the given .xlsx bytes). */
export async function openPane(
  options: CnilWorkbookOptions | Uint8Array,
  extra: { tab?: TabId; wrapPort?: (port: WorkbookPort) => WorkbookPort } = {},
): Promise<Pane> {
  const book = await loadExcelBook(options instanceof Uint8Array ? options : await buildCnilWorkbook(options));
  const memory = createMemoryExcel(book, { today: () => CLOCK.now() });
  // The in-memory Excel's namespace stands for office.js's `Excel` (its context type is its own).
  const base = createWorkbookPort(memory.Excel);
  let reads = 0;
  const counted: WorkbookPort = { ...base, readSnapshot: () => base.readSnapshot().then((snap) => ((reads += 1), snap)) };
  const port = extra.wrapPort ? extra.wrapPort(counted) : counted;
  render(
    <FluentProvider theme={webLightTheme}>
      <App port={port} clock={CLOCK} initialTab={extra.tab} />
    </FluentProvider>,
  );
  // The pane verifies the workbook as it opens.
  await waitFor(() => expect(reads).toBeGreaterThan(0), { timeout: 10000 });
  await waitFor(() => expect(screen.queryByText("Lecture du classeur…")).toBeNull());
  return { memory, port, content: () => excelBookSnapshot(memory.toXlsxWorkbook()) };
}

/** Every cell that differs between two snapshots, as `Sheet!A1: before → after`. */
export function changedCells(before: WorkbookSnapshot, after: WorkbookSnapshot): string[] {
  const out: string[] = [];
  const names = new Set([...before.sheets.map((s) => s.name), ...after.sheets.map((s) => s.name)]);
  for (const name of names) {
    const a = before.sheets.find((s) => s.name === name);
    const b = after.sheets.find((s) => s.name === name);
    if (!a || !b) {
      out.push(`${name}: ${a ? "supprimée" : "ajoutée"}`);
      continue;
    }
    const rows = Math.max(a.values.length, b.values.length);
    for (let r = 0; r < rows; r++) {
      const cols = Math.max(a.values[r]?.length ?? 0, b.values[r]?.length ?? 0);
      for (let c = 0; c < cols; c++) {
        const x: CellValue = a.values[r]?.[c] ?? "";
        const y: CellValue = b.values[r]?.[c] ?? "";
        if (x !== y) out.push(`${name}!${cellAddress(r + 1, c + 1)}: ${String(x)} → ${String(y)}`);
      }
    }
  }
  return out;
}

export function cellOf(snapshot: WorkbookSnapshot, sheet: string, address: string): CellValue {
  const at = parseCell(address)!;
  return snapshot.sheets.find((s) => s.name === sheet)?.values[at.row - 1]?.[at.col - 1] ?? "";
}

/**
 * The open preview dialog. jsdom has no layout, so Fluent focuses the dialog's surface rather than its
 * first button, and Tabster keeps the modal aria-hidden until focus enters it (a browser focuses the
 * first button at once): the test moves the focus in, as a keyboard user's first Tab would.
 */
export async function openDialog(): Promise<HTMLElement> {
  const dialog = await screen.findByRole("dialog", { hidden: true });
  act(() => within(dialog).getAllByRole("button", { hidden: true })[0].focus());
  await waitFor(() => expect(dialog.getAttribute("aria-hidden")).toBeNull());
  return dialog;
}

/** Lets the pane's quiet re-read after a selection change (400 ms) run to its end. */
export async function settle(): Promise<void> {
  await act(() => new Promise((resolve) => setTimeout(resolve, 700)));
}
