/**
 * Live checking's figure for `npm run bench`: one value edited in a fiche, as a user types it in Excel,
 * then what the pane does once its quiet time has passed: the edited sheet read again on top of the
 * last snapshot (the port's readChangedSheets), and the engine run on the result, as the store does
 * (readRegister, with the store's cache of unchanged sheets, then validateRegister). Target: 1 sync and under 150 ms at 200 fiches with 100 ms a
 * sync. The median of a few edits is kept (a shared machine only ever makes a run slower).
 */
import type { MemoryExcel } from "../memoryExcel";
import { createRegisterReadCache, readRegister, validateRegister, type Clock, type WorkbookSnapshot } from "../register";
import { createWorkbookPort } from "../taskpane/excel";
import { readSnapshot } from "../workbook/office";

export interface LiveRun {
  syncs: number;
  /** From the end of the quiet time to the new report. */
  wallMs: number;
  readMs: number;
  engineMs: number;
}

const EDITS = 5;

function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const round = (ms: number): number => Math.round(ms * 10) / 10;

/** Edits one fiche's main purpose `EDITS` times and times each re-check. */
export async function measureLive(memory: MemoryExcel, clock: Clock): Promise<LiveRun> {
  const port = createWorkbookPort(memory.Excel);
  let snapshot: WorkbookSnapshot = await readSnapshot(memory.Excel);
  const cache = createRegisterReadCache();
  const register = readRegister(snapshot, { cache });
  validateRegister(register, { clock });
  const fiche = register.fiches.filter((f) => f.kind === "fiche").at(-1);
  if (!fiche) throw new Error("no fiche to edit");
  const id = await memory.Excel.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(fiche.sheet).load("id");
    await ctx.sync();
    return ws.id;
  });
  const walls: number[] = [];
  const reads: number[] = [];
  const engines: number[] = [];
  let syncs = 0;
  for (let i = 1; i <= EDITS; i++) {
    await memory.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(fiche.sheet).getRange(fiche.mainPurpose.cell).values = [[`Finalité modifiée ${i}`]];
      await ctx.sync();
    });
    memory.resetSyncCount();
    const t0 = performance.now();
    const next = await port.readChangedSheets!(snapshot, [id]);
    const t1 = performance.now();
    if (!next) throw new Error("the incremental read gave up on a value edit");
    validateRegister(readRegister(next, { cache }), { clock });
    const t2 = performance.now();
    syncs = memory.syncCount();
    snapshot = next;
    walls.push(t2 - t0);
    reads.push(t1 - t0);
    engines.push(t2 - t1);
  }
  return { syncs, wallMs: round(median(walls)), readMs: round(median(reads)), engineMs: round(median(engines)) };
}
