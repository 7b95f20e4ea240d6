/**
 * Consolidation's reading of many workbooks (issue 14 point 3), through the BUILT modules, where the
 * worker threads exist: the workers give exactly the lines the in-process reading gives (and `valider
 * --json` gives), in input order whatever order they finish in; a worker that dies or hangs on one file
 * gives that file a French unreadable line and the others are read; the progress bar shows on a terminal
 * only.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type * as ReadWorkbooksModule from "../../src/cli/consolidate/readWorkbooks";
import type * as WorkerPoolModule from "../../src/cli/consolidate/workerPool";
import * as reportModule from "../../src/cli/consolidate/reportOfWorkbook";
import { readWorkbooks as readWorkbooksFromSources } from "../../src/cli/consolidate/readWorkbooks";
import { progressReporter } from "../../src/cli/consolidate/progress";
import type { ConsolidationProgress } from "../../src/cli/consolidate/entries";
import { wireClock } from "../../src/cli/consolidate/workerProtocol";
import { registerBytes } from "../../src/bench/registers";
import type { ValidateLineJson } from "../../src/register/report/schema";
import { clockAt } from "../fixtures/clocks";
import { cnilReferenceBytes } from "../fixtures/xlsxFiles";
import { ROOT, tempDir } from "./helpers";

jest.setTimeout(180_000);

const BUILT = join(ROOT, "dist/node/cli/consolidate");
const WORKER = join(BUILT, "worker.js");
const CLOCK = clockAt("2026-11-24T10:00:00+01:00");

// The built modules, loaded as Node loads them (their __dirname is dist/, where worker.js is).
let built: typeof ReadWorkbooksModule;
let pool: typeof WorkerPoolModule;
let dir: string;
let files: string[];

const errorOf = (line: ValidateLineJson): string | undefined => ("error" in line ? line.error : undefined);

beforeAll(async () => {
  if (!existsSync(WORKER)) execFileSync("npx", ["--no-install", "tsc", "-p", "tsconfig.cli.json"], { cwd: ROOT, stdio: "inherit" });
  built = (await import(join(BUILT, "readWorkbooks.js"))) as typeof ReadWorkbooksModule;
  pool = (await import(join(BUILT, "workerPool.js"))) as typeof WorkerPoolModule;
  dir = tempDir();
  const at = (name: string, bytes: Uint8Array | string): string => {
    const file = join(dir, name);
    writeFileSync(file, bytes);
    return file;
  };
  // Largest first, so that with two workers the small ones finish before it: order must still be the input's.
  files = [
    at("registre-40.xlsx", await registerBytes(40, CLOCK)),
    at("registre-3.xlsx", await registerBytes(3, CLOCK)),
    at("pas-un-classeur.xlsx", "ceci n'est pas un classeur"),
    at("modele-cnil.xlsx", cnilReferenceBytes()),
    join(dir, "absent.xlsx"),
    at("registre-12.xlsx", await registerBytes(12, CLOCK)),
  ];
});

describe("reading on worker threads", () => {
  test("the built reading finds its worker; under ts-jest there is none, and the sources read in this thread", () => {
    expect(built.builtWorkerScript()).toBe(WORKER);
    expect(built.workerCount(2, files.length)).toBe(2);
    expect(built.workerCount(0, files.length)).toBe(0);
    expect(built.workerCount(5, 1)).toBe(1);
  });

  test("workers give the same lines as the in-process reading, in input order, with one progress step per file", async () => {
    const steps: ConsolidationProgress[] = [];
    const onWorkers = await built.readWorkbooks(files, { clock: CLOCK, workers: 2, onProgress: (p) => steps.push(p) });
    const inProcess = await built.readWorkbooks(files, { clock: CLOCK, workers: 0 });
    const fromSources = await readWorkbooksFromSources(files, { clock: CLOCK });

    expect(onWorkers.map((l) => l.file)).toEqual(files);
    expect(onWorkers).toEqual(inProcess);
    expect(onWorkers).toEqual(fromSources);
    // Real reports for the registers, French reasons for the rest.
    expect(onWorkers.map((l) => ("verdict" in l ? "rapport" : "illisible"))).toEqual(["rapport", "rapport", "illisible", "rapport", "illisible", "rapport"]);
    expect(errorOf(onWorkers[4])).toMatch(/fichier introuvable/);
    expect("summary" in onWorkers[0] && onWorkers[0].summary.fiches).toBe(40);

    expect(steps.map((s) => s.done)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(steps.every((s) => s.total === files.length)).toBe(true);
    expect(steps.map((s) => s.current).sort()).toEqual(files.slice().sort());
  });

  test("each line is the one valider --json writes for that file (reportOfWorkbook)", async () => {
    const lines = await built.readWorkbooks([files[1], files[5], files[2]], { clock: CLOCK, workers: 2 });
    expect(lines).toEqual([
      await reportModule.reportOfWorkbook(files[1], CLOCK),
      await reportModule.reportOfWorkbook(files[5], CLOCK),
      await reportModule.reportOfWorkbook(files[2], CLOCK),
    ]);
  });

  test("a worker that dies on one file, or hangs on another, gives each an unreadable line in French; the others are read", async () => {
    // A worker that throws when given « plante.xlsx » and spins forever on « boucle.xlsx », and is the real worker otherwise.
    const crashing = join(dir, "worker-qui-plante.js");
    writeFileSync(
      crashing,
      `const { parentPort } = require("node:worker_threads");
parentPort.on("message", (task) => {
  if (task.file.endsWith("plante.xlsx")) throw new Error("le fil s'arrête");
  if (task.file.endsWith("boucle.xlsx")) for (;;) {}
});
require(${JSON.stringify(WORKER)});
`,
    );
    const crash = join(dir, "plante.xlsx");
    const hang = join(dir, "boucle.xlsx");
    copyFileSync(files[1], crash);
    copyFileSync(files[1], hang);
    const list = [files[1], crash, files[5], hang, files[0]];

    const lines = await pool.readOnWorkers(list, { script: crashing, workers: 2, clock: wireClock(CLOCK), timeoutMs: 3_000 });

    expect(lines.map((l) => l.file)).toEqual(list);
    expect(errorOf(lines[1])).toMatch(
      /^la lecture de ce classeur s'est arrêtée en cours de route : il n'a pas pu être vérifié, les autres sont lus\. Vérifiez-le seul avec « cpts-registre valider »/,
    );
    expect(errorOf(lines[3])).toMatch(/s'est arrêtée en cours de route car elle durait anormalement longtemps/);
    const inProcess = await built.readWorkbooks([files[1], files[5], files[0]], { clock: CLOCK, workers: 0 });
    expect([lines[0], lines[2], lines[4]]).toEqual(inProcess);
  });
});

describe("a reading that throws (a bug, not the file)", () => {
  test("gives that workbook an unreadable line and the run goes on", async () => {
    const real = reportModule.reportOfWorkbook;
    const spy = jest
      .spyOn(reportModule, "reportOfWorkbook")
      .mockImplementation((file, clock) => (file === files[1] ? Promise.reject(new TypeError("bogue")) : real(file, clock)));
    try {
      const lines = await readWorkbooksFromSources([files[5], files[1], files[3]], { clock: CLOCK, workers: 0 });
      expect(lines.map((l) => l.file)).toEqual([files[5], files[1], files[3]]);
      expect(errorOf(lines[1])).toMatch(
        /^la lecture de ce classeur a rencontré un problème que le programme ne sait pas traiter : il est compté comme illisible/,
      );
      expect("verdict" in lines[0] && "verdict" in lines[2]).toBe(true);
    } finally {
      spy.mockRestore();
    }
  });
});

/** A stream that keeps what is written; `isTTY` as a terminal (or a pipe) would say. */
function fakeStream(isTTY: boolean): { isTTY: boolean; columns: number; written: string[]; write(t: string): boolean } {
  return {
    isTTY,
    columns: 80,
    written: [],
    write(t: string) {
      this.written.push(t);
      return true;
    },
  };
}

/** What the bar writes to go back to the start of its line and erase it. */
const ERASE = "\r\u001b[2K";

describe("the progress bar", () => {
  test("writes nothing at all when the stream is not a terminal", async () => {
    const stream = fakeStream(false);
    const progress = progressReporter(stream);
    await built.readWorkbooks(files, { clock: CLOCK, workers: 2, onProgress: progress.onProgress });
    progress.finish();
    expect(stream.written).toEqual([]);
  });

  test("on a terminal: the count, the file just read and the time left, then erased", async () => {
    const stream = fakeStream(true);
    const progress = progressReporter(stream);
    await built.readWorkbooks(files, { clock: CLOCK, workers: 2, onProgress: progress.onProgress });
    progress.finish();
    const last = stream.written[stream.written.length - 2];
    expect(last.startsWith(ERASE)).toBe(true);
    expect(last.slice(ERASE.length)).toMatch(/^\[#{20}\] 6\/6 [\w-]+\.xlsx · presque fini$/);
    expect(stream.written.join("")).toMatch(/registre-|modele-cnil|pas-un-classeur|absent/);
    expect(stream.written[stream.written.length - 1]).toBe("\r\u001b[2K");
  });

  test("the estimate follows the pace so far, and a long name is shortened to keep the line within the terminal", () => {
    const stream = fakeStream(true);
    stream.columns = 70;
    let t = 0;
    const progress = progressReporter(stream, () => t);
    t = 2_000;
    progress.onProgress({ done: 1, total: 4, current: join(dir, "registre-de-la-cpts-du-grand-pays-de-la-vallee.xlsx") });
    t = 4_000;
    progress.onProgress({ done: 2, total: 4, current: join(dir, "b.xlsx") });
    t = 4_010; // too soon after the last drawing: skipped
    progress.onProgress({ done: 3, total: 4, current: join(dir, "c.xlsx") });
    t = 200_000;
    progress.onProgress({ done: 3, total: 4, current: join(dir, "c.xlsx") });
    progress.finish();
    progress.finish();
    expect(stream.written).toEqual([
      "\r\u001b[2K[#####...............] 1/4 registre-de-la-cpts-… · encore 6 s environ",
      "\r\u001b[2K[##########..........] 2/4 b.xlsx · encore 4 s environ",
      "\r\u001b[2K[###############.....] 3/4 c.xlsx · encore 1 min 07 s environ",
      "\r\u001b[2K",
    ]);
    expect(stream.written.every((w) => w.replace("\r\u001b[2K", "").length <= 69)).toBe(true);
  });

  test("a terminal that cannot tell its width (0 columns) gets a whole line, not a cut one", () => {
    const stream = fakeStream(true);
    stream.columns = 0;
    let t = 0;
    const progress = progressReporter(stream, () => t);
    t = 1_000;
    progress.onProgress({ done: 1, total: 2, current: join(dir, "registre-cpts-nord.xlsx") });
    expect(stream.written).toEqual(["\r\u001b[2K[##########..........] 1/2 registre-cpts-nord.xlsx · encore 1 s environ"]);
  });
});
