/**
 * Live checking over the in-memory Excel: an edit made in the workbook (as the user types in Excel)
 * updates the verdict, the counts and the findings without « Vérifier », reading only the edited
 * sheet in one sync; rows inserted and sheets added take a full read; the pane's own changes are not
 * checked twice; nothing is read while the pane is hidden, and what changed is checked when it shows.
 */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { cleanFiche, cleanRegister } from "../fixtures/xlsxFiles";
import { openDialog, openPane, type Pane } from "./harness";
import type { WorkbookPort } from "../../src/taskpane/excel";
import { LIVE_DEBOUNCE_MS } from "../../src/taskpane/state/liveCheck";

jest.setTimeout(30000);

/** One fiche with its main purpose missing (B17, an error) and « salariés » typed for « Salariés » (B44, a near miss). */
const planted = () =>
  cleanRegister(1, {
    fiches: [cleanFiche(1, { purpose: "", persons: [["salariés", "Salariés de la CPTS"]] })],
  });

const PURPOSE_MISSING = /La finalité principale n'est pas indiquée/;

interface Calls {
  full: number;
  incremental: number;
}

/** The pane over the in-memory Excel, its port's reads counted. */
async function open(): Promise<Pane & { calls: Calls }> {
  const calls: Calls = { full: 0, incremental: 0 };
  const pane = await openPane(planted(), {
    wrapPort: (port: WorkbookPort): WorkbookPort => ({
      ...port,
      readSnapshot: () => ((calls.full += 1), port.readSnapshot()),
      readChangedSheets: (previous, ids) => ((calls.incremental += 1), port.readChangedSheets!(previous, ids)),
    }),
  });
  // Let the subscriptions made at start-up settle before counting.
  await wait(50);
  calls.full = 0;
  pane.memory.resetSyncCount();
  return { ...pane, calls };
}

const wait = (ms: number): Promise<void> => act(() => new Promise<void>((resolve) => setTimeout(resolve, ms)));

/** What the user types in Excel: a write through Excel.run, events on (one sync). */
async function type(pane: Pane, sheet: string, address: string, value: string): Promise<void> {
  await pane.memory.Excel.run(async (ctx) => {
    ctx.workbook.worksheets.getItem(sheet).getRange(address).values = [[value]];
    await ctx.sync();
  });
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

describe("live checking", () => {
  it("a purpose typed in Excel makes its finding disappear and the verdict change by itself, in one sync", async () => {
    const pane = await open();
    expect(screen.getByText("Pas prêt — 1 erreur")).toBeTruthy();
    expect(screen.getByText(PURPOSE_MISSING)).toBeTruthy();

    await type(pane, "Fiche 1", "B17", "Gérer les adhésions et les cotisations des membres de la CPTS");
    await waitFor(() => expect(screen.queryByText(PURPOSE_MISSING)).toBeNull(), { timeout: 5000 });
    expect(screen.getByText(/^Prêt à envoyer/)).toBeTruthy();
    // The user's write, then ONE read of the edited sheet; no full read.
    expect(pane.memory.syncCount()).toBe(2);
    expect(pane.calls).toEqual({ full: 0, incremental: 1 });
  });

  it("waits for a quiet moment: two quick edits make one check", async () => {
    const pane = await open();
    await type(pane, "Fiche 1", "B44", "SALARIES");
    await wait(LIVE_DEBOUNCE_MS / 4);
    await type(pane, "Fiche 1", "B17", "Gérer les adhésions des membres");
    await waitFor(() => expect(screen.queryByText(PURPOSE_MISSING)).toBeNull(), { timeout: 5000 });
    await wait(LIVE_DEBOUNCE_MS + 200);
    expect(pane.calls).toEqual({ full: 0, incremental: 1 });
    expect(pane.memory.syncCount()).toBe(3);
    // The second edit's sheet was read with the first: the near miss now quotes what was typed last.
    expect(screen.getByText(/« SALARIES »/)).toBeTruthy();
  });

  it("a row inserted in a fiche takes a full read (rows moved under the findings)", async () => {
    const pane = await open();
    await pane.memory.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Fiche 1");
      ws.getRange("B17").values = [["Gérer les adhésions des membres"]];
      ws.getRange("60:60").insert("Down");
      await ctx.sync();
    });
    await waitFor(() => expect(screen.queryByText(PURPOSE_MISSING)).toBeNull(), { timeout: 5000 });
    expect(pane.calls).toEqual({ full: 1, incremental: 0 });
    expect(pane.memory.syncCount()).toBe(1 + 3);
  });

  it("a sheet added in Excel takes a full read", async () => {
    const pane = await open();
    await pane.memory.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.add("Notes");
      await ctx.sync();
    });
    await waitFor(() => expect(pane.calls.full).toBe(1), { timeout: 5000 });
    expect(pane.calls.incremental).toBe(0);
  });

  it("the pane's own change is read once after it is made, not checked again by the events it raised", async () => {
    const pane = await open();
    const item = screen.getByText(/ressemble à l'élément de liste « Salariés »/).closest("li")!;
    fireEvent.click(within(item).getByRole("button", { name: "Remplacer par « Salariés »…" }));
    const dialog = await openDialog();
    pane.calls.full = 0; // the preview read the workbook as it is now
    fireEvent.click(within(dialog).getByRole("button", { name: "Appliquer" }));
    await waitFor(() => expect(screen.queryByText(/ressemble à l'élément de liste « Salariés »/)).toBeNull());
    await wait(LIVE_DEBOUNCE_MS + 300);
    // The fresh read before the change and the read after it: nothing more.
    expect(pane.calls).toEqual({ full: 2, incremental: 0 });
  });

  it("checks nothing while the pane is hidden, and catches up as soon as it is shown again", async () => {
    let visibility: ((args: { visibilityMode: string }) => void) | null = null;
    (globalThis as { Office?: unknown }).Office = {
      addin: {
        onVisibilityModeChanged: (handler: (args: { visibilityMode: string }) => void) => {
          visibility = handler;
          return Promise.resolve(async () => {
            visibility = null;
          });
        },
      },
    };
    const pane = await open();
    await waitFor(() => expect(visibility).not.toBeNull());
    act(() => visibility!({ visibilityMode: "Hidden" }));

    await type(pane, "Fiche 1", "B17", "Gérer les adhésions des membres");
    await wait(LIVE_DEBOUNCE_MS + 300);
    expect(pane.memory.syncCount()).toBe(1);
    expect(screen.getByText(PURPOSE_MISSING)).toBeTruthy();

    act(() => visibility!({ visibilityMode: "Taskpane" }));
    await waitFor(() => expect(screen.queryByText(PURPOSE_MISSING)).toBeNull(), { timeout: 5000 });
    expect(pane.calls).toEqual({ full: 0, incremental: 1 });
  });
});
