/**
 * The playground: the add-in with no Excel. The REAL task pane (mounted by the task pane's own
 * start-up, as inside Excel) beside a simple view of the workbook, both over the in-memory Excel of
 * src/memoryExcel, which the page installs as the global `Excel` (with a minimal `Office`) first.
 * Opens on our template with an example register; the user can open their own .xlsx, type in the
 * grid, and download the result: the opened file with the plans applied since (the pane's and the
 * typed edits), never a re-serialisation of the in-memory model (see session.ts and journal.ts).
 * Nothing leaves the page: no request but for the page's own files.
 *
 * Address options (for demonstrations and the browser tests):
 * - `?modele=vide` opens the blank template instead of the example register;
 * - `?latence=150` waits 150 ms at each sync, like Excel on the web;
 * - `?aujourdhui=2026-11-24` stops the clock at noon that day (the machine's time zone) for the checks,
 *   the example and every date written;
 * - `?volet=320` gives the pane that width in pixels (320: Excel's narrowest task pane), from 280 to 800.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import type { MemoryExcelOptions, RecordedChart } from "../memoryExcel";
import { startTaskpane } from "../taskpane/mount";
import { buildExampleRegister, buildTemplateWorkbook } from "../workbook/template";
import { fixedClock, systemClock, type Clock } from "../register";
import { Grid } from "./Grid";
import { gridView, listItemsAt } from "./gridModel";
import { installOffice } from "./office";
import { ReplaceConfirm } from "./ReplaceConfirm";
import { isModified, openBuilt, openFile, playgroundExcel, typeInCell, type PlaygroundBook } from "./session";
import { playgroundStrings as s } from "./strings";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
/** Latency of one sync when the user asks to feel Excel on the web. */
const WEB_LATENCY_MS = 150;

interface Options {
  blank: boolean;
  latencyMs: number;
  clock: Clock | null;
  /** The pane's width in pixels, when the address asks for one. */
  paneWidth: number | null;
}

function readOptions(): Options {
  const q = new URLSearchParams(window.location.search);
  const latency = Number(q.get("latence") ?? "0");
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(q.get("aujourdhui") ?? "");
  const pane = Number(q.get("volet") ?? "");
  return {
    blank: q.get("modele") === "vide",
    latencyMs: Number.isFinite(latency) && latency > 0 ? Math.min(latency, 2000) : 0,
    clock: day ? fixedClock(new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3]), 12), systemClock().timeZone) : null,
    paneWidth: Number.isFinite(pane) && pane > 0 ? Math.min(Math.max(Math.round(pane), 280), 800) : null,
  };
}

interface Status {
  text: string;
  error: boolean;
}

function Playground({ options }: { options: Options }): React.JSX.Element {
  const [book, setBook] = React.useState<PlaygroundBook | null>(null);
  const memory = book?.memory ?? null;
  const [fileName, setFileName] = React.useState("registre-rgpd.xlsx");
  const [status, setStatus] = React.useState<Status>({ text: s.loading, error: false });
  const [version, setVersion] = React.useState(0);
  const [slow, setSlow] = React.useState(options.latencyMs > 0);
  const paneRef = React.useRef<HTMLDivElement | null>(null);
  /** Another workbook waiting for the user's yes, because this one was changed and not downloaded. */
  const [replacing, setReplacing] = React.useState<{ what: string; run: () => void } | null>(null);
  const clock = React.useMemo(() => options.clock ?? systemClock(), [options.clock]);
  const redraw = React.useCallback(() => setVersion((v) => v + 1), []);
  // What `open` needs to know at the moment it runs (not when it was made).
  const current = React.useRef({ memory, slow });
  React.useLayoutEffect(() => {
    current.current = { memory, slow };
  }, [memory, slow]);

  /** How a workbook opened now is to run (read when it opens: the switch may have changed). */
  const memoryOptions = React.useCallback(
    (): MemoryExcelOptions => ({ syncDelayMs: current.current.slow ? options.latencyMs || WEB_LATENCY_MS : 0, today: () => clock.now() }),
    [clock, options.latencyMs],
  );
  /** Shows a workbook just opened. */
  const show = React.useCallback((opened: PlaygroundBook, name: string, done: string) => {
    setBook(opened);
    setFileName(name);
    setStatus({ text: done, error: false });
  }, []);
  const fail = React.useCallback((err: unknown) => {
    const message = err instanceof Error ? err.message : String(err);
    setStatus({ text: current.current.memory ? s.loadError(message) : s.startError(message), error: true });
  }, []);

  const example = React.useCallback(async () => openBuilt((await buildExampleRegister({ clock })).save(), memoryOptions()), [clock, memoryOptions]);
  const blank = React.useCallback(async () => openBuilt((await buildTemplateWorkbook({ clock })).save(), memoryOptions()), [clock, memoryOptions]);

  const open = React.useCallback(
    async (make: () => Promise<PlaygroundBook>, name: string, done: string) => {
      setStatus({ text: s.loading, error: false });
      try {
        show(await make(), name, done);
      } catch (err) {
        fail(err);
      }
    },
    [show, fail],
  );
  /** How many plans the last download carried, for the workbook on screen (changes since then would be lost). */
  const downloaded = React.useRef<{ book: PlaygroundBook | null; plans: number }>({ book: null, plans: 0 });
  /** Runs `run` at once, or after the user's yes when the workbook on screen holds changes a replacement would lose. */
  const replaceWith = (what: string, run: () => void) => {
    const saved = downloaded.current.book === book ? downloaded.current.plans : 0;
    if (book && isModified(book, saved)) setReplacing({ what, run });
    else run();
  };
  const openExample = () => replaceWith(s.replaceWhatExample, () => void open(example, "registre-rgpd-exemple.xlsx", s.loadedExample));
  const openBlank = () => replaceWith(s.replaceWhatBlank, () => void open(blank, "registre-rgpd.xlsx", s.loadedBlank));

  // Once, at start (options never change): the status already says « loading », the workbook shows when built.
  React.useEffect(() => {
    const loading = options.blank
      ? blank().then((opened) => show(opened, "registre-rgpd.xlsx", s.loadedBlank))
      : example().then((opened) => show(opened, "registre-rgpd-exemple.xlsx", s.loadedExample));
    loading.catch(fail);
  }, [options.blank, blank, example, show, fail]);

  // The `Excel` of this workbook: each batch redraws the view, each plan carried out goes to the journal.
  const excel = React.useMemo(() => (book ? playgroundExcel(book, redraw) : null), [book, redraw]);

  // Each workbook gets a fresh pane, mounted by the task pane's own start-up over the in-memory Excel.
  // A layout effect: the old workbook's pane (and its verdict) leaves in the same commit that shows the
  // new workbook, before anything is painted, never a moment beside it.
  React.useLayoutEffect(() => {
    const container = paneRef.current;
    if (!excel || !container) return;
    const g = globalThis as unknown as { Excel?: unknown };
    g.Excel = excel;
    installOffice();
    let unmount: (() => void) | null = null;
    let cancelled = false;
    void startTaskpane(container, { clock }).then((u) => {
      if (cancelled) u();
      else unmount = u;
    });
    redraw();
    return () => {
      cancelled = true;
      if (unmount) unmount();
    };
  }, [excel, clock, redraw]);

  React.useEffect(() => {
    memory?.setSyncDelay(slow ? options.latencyMs || WEB_LATENCY_MS : 0);
  }, [memory, slow, options.latencyMs]);

  const selection = memory?.selection() ?? null;
  const view = React.useMemo(
    () => (memory ? gridView(memory.toXlsxWorkbook(), selection?.sheet ?? null) : null),
    // The in-memory workbook changes in place: `version`, bumped after each batch and each click, is
    // what tells that it must be read again, a dependency the hook rule cannot see.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [memory, version, selection?.sheet],
  );

  const select = React.useCallback(
    async (sheet: string, address: string) => {
      if (!memory) return;
      try {
        await memory.raiseSelectionChanged(sheet, address);
      } catch (err) {
        setStatus({ text: err instanceof Error ? err.message : String(err), error: true });
      }
      redraw();
    },
    [memory, redraw],
  );

  const onFile = async (e: React.ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = "";
    if (!file) return;
    // Read first: a file that cannot be opened is refused at once (the workbook stays), with no question asked.
    let opened: PlaygroundBook;
    try {
      opened = await openFile(new Uint8Array(await file.arrayBuffer()), memoryOptions());
    } catch (err) {
      fail(err);
      return;
    }
    replaceWith(s.replaceWhatFile(file.name), () => show(opened, file.name, s.loadedFile(file.name)));
  };

  const type = React.useCallback(
    async (sheet: string, address: string, input: string) => {
      if (!book || !excel) return;
      try {
        await typeInCell(book, excel, sheet, address, input, clock.now());
      } catch (err) {
        setStatus({ text: s.typeError(err instanceof Error ? err.message : String(err)), error: true });
      }
    },
    [book, excel, clock],
  );

  const address = selection?.address ?? "A1";
  const dropdown = React.useMemo(
    () => (memory && view?.sheet ? listItemsAt(memory.toXlsxWorkbook(), view.sheet.name, address) : null),
    // Read again with the view (a list's items may change in the workbook).
    [memory, view, address],
  );

  const download = async () => {
    if (!book) return;
    try {
      const bytes = await book.journal.result();
      const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: XLSX_TYPE }));
      const a = document.createElement("a");
      a.href = url;
      a.download = fileName.toLowerCase().endsWith(".xlsx") ? fileName : `${fileName}.xlsx`;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      downloaded.current = { book, plans: book.journal.plans().length };
    } catch (err) {
      setStatus({ text: s.saveError(err instanceof Error ? err.message : String(err)), error: true });
    }
  };

  return (
    <div className="pg-page">
      <div className="pg-header">
        <h1>{s.pageTitle}</h1>
        <p>{s.intro}</p>
        <div className="pg-actions">
          <span className="pg-file">
            <input id="pg-file" type="file" accept={`.xlsx,${XLSX_TYPE}`} onChange={(e) => void onFile(e)} aria-label={s.loadLabel} />
            <label htmlFor="pg-file" className="pg-button">
              {s.loadLabel}
            </label>
          </span>
          <button type="button" className="pg-button" onClick={() => void download()} disabled={!memory}>
            {s.download}
          </button>
          <span className="pg-restart">
            {s.restartWith}{" "}
            <button type="button" className="pg-button pg-small" onClick={() => void openExample()}>
              {s.example}
            </button>{" "}
            <button type="button" className="pg-button pg-small" onClick={() => void openBlank()}>
              {s.blank}
            </button>
          </span>
          <label className="pg-slow">
            <input type="checkbox" checked={slow} onChange={(e) => setSlow(e.target.checked)} /> {s.slow}
          </label>
        </div>
      </div>
      <div className={`pg-status${status.error ? " pg-error" : ""}`} role="status" aria-live="polite">
        {status.text}
      </div>
      <div className="pg-main">
        <section className="pg-workbook" aria-label={s.workbookRegion}>
          {view && (
            <Grid
              view={view}
              selection={address}
              dropdown={dropdown}
              onSelectSheet={(name) => void select(name, "A1")}
              onSelectRange={(sh, a) => void select(sh, a)}
              onType={(sh, a, text) => void type(sh, a, text)}
            />
          )}
          {memory && view?.sheet && <ChartNotes charts={memory.charts(view.sheet.name)} />}
        </section>
        <div
          className="pg-pane"
          ref={paneRef}
          data-testid="taskpane"
          style={options.paneWidth ? { width: options.paneWidth, flex: `0 0 ${options.paneWidth}px` } : undefined}
        />
      </div>
      {replacing && (
        <ReplaceConfirm
          what={replacing.what}
          onKeep={() => {
            setReplacing(null);
            setStatus({ text: s.replaceKept, error: false });
          }}
          onReplace={() => {
            const { run } = replacing;
            setReplacing(null);
            run();
          }}
        />
      )}
    </div>
  );
}

/** The sheet's charts, listed under the grid: the in-memory Excel records them without drawing them. */
function ChartNotes({ charts }: { charts: RecordedChart[] }): React.JSX.Element | null {
  if (charts.length === 0) return null;
  return (
    <ul className="pg-charts" aria-label={s.chartsLabel} data-testid="sheet-charts">
      {charts.map((c, i) => (
        <li key={i}>{s.chartNote(c.name, c.title, c.source)}</li>
      ))}
    </ul>
  );
}

const container = document.getElementById("playground");
if (container) createRoot(container).render(<Playground options={readOptions()} />);
