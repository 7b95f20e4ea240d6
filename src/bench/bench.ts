/**
 * The round-trip benchmark (`npm run bench [-- --json]`).
 *
 * For registers of 10, 50 and 200 fiches, through the Office adapter over the in-memory Excel with
 * 100 ms injected per sync (Excel on the web costs 50 to 300 ms a round trip):
 * - validate: readSnapshot + validateWorkbook;
 * - insertFiche: planNewFiche + applyPlan (from the register just read, as the task pane does);
 * - live: one value edited, then live checking's incremental read and the engine (see live.ts).
 * And the command line's cost on the 200-fiche file: a bare ExcelJS load versus
 * loadXlsx + snapshotOf + validateWorkbook (ratio).
 *
 * Targets (read from the figures, not asserted): the same sync counts at 10 and 200 fiches, at most 3
 * to validate and 4 to insert a fiche, validation of 200 fiches under 1.5 s, ratio at most 1.3, live
 * re-check after one edited value: 1 sync and under 150 ms at 200 fiches.
 * And consolidation's reading (consolidation.ts): 100 registers of 10 to 30 fiches on worker threads
 * against one after the other in one process, with each way's peak memory (goal: ratio ≤ 0.7 on 2 cores).
 * With `--json` the last line is one JSON object (see `BenchResult`); `--consolidation` measures only
 * consolidation (its JSON object then has only `consolidation`).
 */
import { Workbook } from "exceljs";
import { createMemoryExcel } from "../memoryExcel";
import { planNewFiche, readRegister, validateWorkbook } from "../register";
import { applyPlan, readSnapshot } from "../workbook/office";
import { loadExcelBook } from "../workbook/exceljs";
import { loadXlsx, snapshotOf } from "../workbook/xlsx";
import { registerBytes } from "./registers";
import { filesTable, measureFiles, type FileRow } from "./files";
import { firstLoadKb } from "./bundle";
import { measureLive, type LiveRun } from "./live";
import { fixedClock } from "../register";
import { consolidationTable, measureConsolidation, type ConsolidationMeasure } from "./consolidation";

export interface BenchRun {
  fiches: number;
  validate: { syncs: number; wallMs: number };
  insertFiche: { syncs: number; wallMs: number };
  /** Live checking after one edited value (median of a few edits). */
  live: LiveRun;
}

export interface BenchResult {
  latencyMsPerSync: number;
  runs: BenchRun[];
  cli: { bareLoadMs: number; validateMs: number; ratio: number };
  /** One process per file: the 200-fiche register, then the hostile and huge files. */
  files: FileRow[];
  /** The playground's first load (gzip), when `npm run build` has been run. */
  playgroundFirstLoadKb: number | null;
  /** `consolider`'s reading of 100 registers: worker threads against one after the other. */
  consolidation: ConsolidationMeasure;
}

const LATENCY_MS = 100;
const SIZES = [10, 50, 200];
/** A fixed instant, so that every run measures the same registers. */
const CLOCK = fixedClock("2026-11-24T10:00:00+01:00", "Europe/Paris");

function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const round = (ms: number): number => Math.round(ms * 10) / 10;

async function measureOffice(bytes: Uint8Array, fiches: number): Promise<BenchRun> {
  const memory = createMemoryExcel(await loadExcelBook(bytes), { syncDelayMs: LATENCY_MS, today: () => CLOCK.now() });

  memory.resetSyncCount();
  let t0 = performance.now();
  const snapshot = await readSnapshot(memory.Excel);
  const report = validateWorkbook(snapshot, { clock: CLOCK });
  const validateMs = performance.now() - t0;
  const validateSyncs = memory.syncCount();
  if (report.summary.fiches < fiches) throw new Error(`expected ${fiches} fiches, the engine saw ${report.summary.fiches}`);

  const live = await measureLive(memory, CLOCK);

  memory.resetSyncCount();
  t0 = performance.now();
  const plan = planNewFiche(readRegister(snapshot), { name: "Nouvelle activité de la CPTS", clock: CLOCK });
  await applyPlan(memory.Excel, plan);
  const insertMs = performance.now() - t0;
  const insertSyncs = memory.syncCount();

  return {
    fiches,
    validate: { syncs: validateSyncs, wallMs: round(validateMs) },
    insertFiche: { syncs: insertSyncs, wallMs: round(insertMs) },
    live,
  };
}

async function measureCli(bytes: Uint8Array): Promise<BenchResult["cli"] & { parts: { loadXlsxMs: number; snapshotMs: number; validateWorkbookMs: number } }> {
  const bare: number[] = [];
  const full: number[] = [];
  const parts = { load: [] as number[], snapshot: [] as number[], validate: [] as number[] };
  // One warm-up of each, then alternate so that both see the same machine state; the fastest run of
  // each is kept (a shared machine only ever makes a run slower).
  for (let i = 0; i < 6; i++) {
    let t0 = performance.now();
    const wb = new Workbook();
    await wb.xlsx.load(bytes as unknown as Parameters<typeof wb.xlsx.load>[0]);
    const b = performance.now() - t0;
    t0 = performance.now();
    const book = await loadXlsx(bytes);
    const t1 = performance.now();
    const snapshot = snapshotOf(book);
    const t2 = performance.now();
    validateWorkbook(snapshot, { clock: CLOCK });
    const t3 = performance.now();
    if (i > 0) {
      bare.push(b);
      full.push(t3 - t0);
      parts.load.push(t1 - t0);
      parts.snapshot.push(t2 - t1);
      parts.validate.push(t3 - t2);
    }
  }
  const bareLoadMs = Math.min(...bare);
  const validateMs = Math.min(...full);
  return {
    bareLoadMs: round(bareLoadMs),
    validateMs: round(validateMs),
    ratio: Math.round((validateMs / bareLoadMs) * 100) / 100,
    parts: { loadXlsxMs: round(median(parts.load)), snapshotMs: round(median(parts.snapshot)), validateWorkbookMs: round(median(parts.validate)) },
  };
}

function table(result: BenchResult, parts: { loadXlsxMs: number; snapshotMs: number; validateWorkbookMs: number }): string {
  const lines = [
    `Aller-retours Excel simulés à ${result.latencyMsPerSync} ms (Excel sur le web) — adaptateur Office sur l'Excel en mémoire`,
    "",
    "fiches | vérifier : syncs   durée (ms) | nouvelle fiche : syncs   durée (ms)",
    "-------+-----------------------------+------------------------------------",
    ...result.runs.map(
      (r) =>
        `${String(r.fiches).padStart(6)} | ${String(r.validate.syncs).padStart(16)} ${String(r.validate.wallMs).padStart(12)} | ${String(r.insertFiche.syncs).padStart(22)} ${String(r.insertFiche.wallMs).padStart(12)}`,
    ),
    "",
    "Vérification en continu après une valeur modifiée (lecture de la feuille modifiée puis moteur, médiane) :",
    ...result.runs.map(
      (r) =>
        `${String(r.fiches).padStart(6)} fiches : ${r.live.syncs} sync, ${r.live.wallMs} ms (lecture ${r.live.readMs} ms, moteur ${r.live.engineMs} ms ; cible 1 sync et moins de 150 ms)`,
    ),
    "",
    `Ligne de commande (200 fiches) : chargement ExcelJS seul ${result.cli.bareLoadMs} ms, valider ${result.cli.validateMs} ms, rapport ${result.cli.ratio}`,
    `  (médianes : loadXlsx ${parts.loadXlsxMs} ms, snapshotOf ${parts.snapshotMs} ms, validateWorkbook ${parts.validateWorkbookMs} ms)`,
    "",
    filesTable(result.files),
    "",
    result.playgroundFirstLoadKb === null
      ? "Bac à sable : premier chargement non mesuré (lancez d'abord npm run build)."
      : `Bac à sable : premier chargement ${result.playgroundFirstLoadKb} Ko de JavaScript (gzip).`,
    "",
    consolidationTable(result.consolidation),
  ];
  return lines.join("\n");
}

export async function runBench(): Promise<{ result: BenchResult; parts: { loadXlsxMs: number; snapshotMs: number; validateWorkbookMs: number } }> {
  const files = new Map<number, Uint8Array>();
  for (const n of SIZES) files.set(n, await registerBytes(n, CLOCK));
  const runs: BenchRun[] = [];
  for (const n of SIZES) runs.push(await measureOffice(files.get(n)!, n));
  const biggest = files.get(SIZES[SIZES.length - 1])!;
  const { parts, ...cli } = await measureCli(biggest);
  const fileRows = measureFiles(biggest);
  const consolidation = await measureConsolidation(CLOCK);
  return {
    result: { latencyMsPerSync: LATENCY_MS, runs, cli, files: fileRows, playgroundFirstLoadKb: firstLoadKb("playground.html"), consolidation },
    parts,
  };
}

async function main(): Promise<void> {
  const json = process.argv.includes("--json");
  if (process.argv.includes("--consolidation")) {
    const consolidation = await measureConsolidation(CLOCK);
    process.stdout.write(`${json ? JSON.stringify({ consolidation }) : consolidationTable(consolidation)}\n`);
    return;
  }
  const { result, parts } = await runBench();
  if (json) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } else {
    process.stdout.write(`${table(result, parts)}\n`);
  }
}

if (require.main === module) {
  main().catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  });
}
