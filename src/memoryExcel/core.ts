/**
 * The request machinery of the in-memory Excel: a request context that queues actions, `sync()` that
 * runs them in order against the document, proxy objects whose properties can be read only after a
 * load and a sync, and the events raised back to the add-in.
 *
 * What real Excel does, and what this imitates:
 * - Setting a property or calling a method on a proxy only queues a request; nothing reaches the
 *   workbook until `context.sync()`. Each `sync()` is one round trip (counted, and delayed by
 *   `syncDelayMs` to feel Excel on the web), even when nothing is queued.
 * - Requests run in the order they were queued: a load queued before a write sees the old value.
 * - A request that fails stops the batch: `sync()` rejects with a `RichApi.Error` (its `code`, its
 *   `debugInfo.errorLocation`, the `traceMessages` of `context.trace()` calls that ran), what ran
 *   before the failure stays done (Excel has no rollback) and nothing that was loaded in that batch is
 *   delivered.
 * - A property read before it was loaded and synced throws `RichApi.Error` `PropertyNotLoaded`.
 * - Objects got with `…OrNullObject` are never JavaScript `null`: after a sync their `isNullObject`
 *   tells whether the item exists. Reading `isNullObject` before that sync throws `PropertyNotLoaded`.
 *   Loaded properties of a null object read as `null`; a method or a property set on a null object
 *   fails the batch with `ItemNotFound` (this stricter choice makes a forgotten check visible).
 * - Responses bigger than Excel on the web's 5 MB limit fail with `ResponsePayloadSizeLimitExceeded`
 *   when `payloadLimitBytes` is given (writes of that batch are done, loads are not delivered).
 */
import { rectAddress } from "../register";
import type { Doc, Rect, SheetRef } from "./doc";
import { asRichApiError, propertyNotLoaded, RichApiError } from "./errors";

/** A queued request. `run` acts on the document and may return what a load delivers once the batch succeeds. */
interface QueuedAction {
  location: string;
  run: (traces: string[]) => Delivery | void;
}

interface Delivery {
  commit: () => void;
  /** Size estimate of the response (only computed when a payload limit is set). */
  bytes: () => number;
}

export interface EngineOptions {
  /** Milliseconds each `sync()` waits (a round trip to Excel on the web is 50 to 300 ms). */
  syncDelayMs?: number;
  /** Response size limit per sync, in bytes (Excel on the web: 5 MB). Off when absent. */
  payloadLimitBytes?: number;
  /** The day "1/2" typed without a year falls in (defaults to now). */
  today?: () => Date;
}

export type SelectionListener =
  | {
      /** The worksheet collection's `onSelectionChanged` (ExcelApi 1.9). */
      kind: "collection";
      handler: (args: { address: string; worksheetId: string; type: "WorksheetSelectionChanged"; source: "Local" }) => unknown;
    }
  | {
      /** A worksheet's `onSelectionChanged` (ExcelApi 1.7). */
      kind: "sheet";
      sheet: SheetRef;
      handler: (args: { address: string; worksheetId: string; type: "WorksheetSelectionChanged"; source: "Local" }) => unknown;
    }
  | {
      /** The workbook's `onSelectionChanged` (ExcelApi 1.2): no address in its arguments. */
      kind: "workbook";
      handler: (args: { type: "WorkbookSelectionChanged"; source: "Local" }) => unknown;
    }
  | {
      /** The worksheet collection's `onAdded` (ExcelApi 1.7). */
      kind: "added";
      handler: (args: { worksheetId: string; type: "WorksheetAdded"; source: "Local" }) => unknown;
    }
  | {
      /** The worksheet collection's `onActivated` (ExcelApi 1.7). */
      kind: "activated";
      handler: (args: { worksheetId: string; type: "WorksheetActivated"; source: "Local" }) => unknown;
    }
  | {
      /** The worksheet collection's `onChanged` (ExcelApi 1.9): a change on any sheet. */
      kind: "changed";
      handler: (args: ChangedArgs) => unknown;
    }
  | {
      /** A worksheet's `onChanged` (ExcelApi 1.9). */
      kind: "sheet-changed";
      sheet: SheetRef;
      handler: (args: ChangedArgs) => unknown;
    }
  | {
      /** The worksheet collection's `onDeleted` (ExcelApi 1.7). */
      kind: "deleted";
      handler: (args: { worksheetId: string; type: "WorksheetDeleted"; source: "Local" }) => unknown;
    };

/** Office.js's `Excel.DataChangeType` values the in-memory Excel raises. */
export type DataChangeType = "RangeEdited" | "RowInserted" | "RowDeleted";

/**
 * `Excel.WorksheetChangedEventArgs` (ExcelApi 1.9): the sheet-local address of what changed (`B4`,
 * `B4:H4`, `5:6` for whole rows), how, and the sheet's id. `details` (the value before and after) is
 * left out, as Excel does for a change of more than one cell.
 */
export interface ChangedArgs {
  address: string;
  changeType: DataChangeType;
  source: "Local";
  type: "WorksheetChanged";
  worksheetId: string;
}

type PendingEvent =
  | { kind: "selection"; sheet: SheetRef; rect: Rect }
  /** The id is taken when the sheet is added: Excel tells of it even if a later batch deletes it first. */
  | { kind: "added"; sheet: SheetRef; worksheetId: string }
  | { kind: "activated"; sheet: SheetRef }
  | { kind: "changed"; sheet: SheetRef; rect: Rect; changeType: DataChangeType }
  /** The id is taken before the sheet goes: a deleted sheet has none left to ask. */
  | { kind: "deleted"; worksheetId: string };

export class Engine {
  readonly doc: Doc;
  readonly options: EngineOptions;
  syncs = 0;
  active: SheetRef | null = null;
  selection: { sheet: SheetRef; rect: Rect } | null = null;
  readonly listeners = new Set<SelectionListener>();
  readonly settings = new Map<string, unknown>();
  /**
   * `context.runtime.enableEvents` (ExcelApi 1.8): while false, the add-in hears no event, its own
   * changes' nor the user's (Excel turns events off for the whole add-in, not for one batch).
   */
  eventsEnabled = true;
  private pending: PendingEvent[] = [];

  constructor(doc: Doc, options: EngineOptions = {}) {
    this.doc = doc;
    this.options = options;
    const initial = doc.initialActive();
    if (initial) {
      this.active = initial.sheet;
      this.selection = { sheet: initial.sheet, rect: { top: initial.row, bottom: initial.row, left: initial.col, right: initial.col } };
    }
  }

  today(): Date {
    return this.options.today ? this.options.today() : new Date();
  }

  /** The active sheet, falling back to the first visible one if it was deleted. */
  activeSheet(): SheetRef | null {
    if (this.active && this.doc.has(this.active)) return this.active;
    const first = this.doc.sheets().find((s) => this.doc.visibility(s) === "Visible") ?? null;
    this.active = first;
    this.selection = first ? { sheet: first, rect: { top: 1, bottom: 1, left: 1, right: 1 } } : null;
    return first;
  }

  /** Keeps an event for the end of the batch; an event raised while events are off is lost, as in Excel. */
  queueEvent(e: PendingEvent): void {
    if (this.eventsEnabled) this.pending.push(e);
  }

  /** A change of cell contents on `sheet` (`rect`, as written), raised after the batch. */
  queueChange(sheet: SheetRef, rect: Rect, changeType: DataChangeType = "RangeEdited"): void {
    this.queueEvent({ kind: "changed", sheet, rect, changeType });
  }

  /** Runs one batch: the heart of `context.sync()`. */
  async runBatch(ctx: { takeQueue(): QueuedAction[] }): Promise<void> {
    const actions = ctx.takeQueue();
    this.syncs++;
    const delay = this.options.syncDelayMs ?? 0;
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    const deliveries: Delivery[] = [];
    const traces: string[] = [];
    for (const action of actions) {
      try {
        const d = action.run(traces);
        if (d) deliveries.push(d);
      } catch (e) {
        const err = asRichApiError(e, action.location);
        err.traceMessages = traces.slice();
        this.doc.recalculate();
        this.flushEvents();
        throw err;
      }
    }
    this.doc.recalculate();
    const limit = this.options.payloadLimitBytes;
    if (limit !== undefined) {
      let total = 0;
      for (const d of deliveries) total += d.bytes();
      if (total > limit) {
        this.flushEvents();
        const err = new RichApiError(
          "ResponsePayloadSizeLimitExceeded",
          'The response payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".',
        );
        err.traceMessages = traces.slice();
        throw err;
      }
    }
    for (const d of deliveries) d.commit();
    this.flushEvents();
  }

  /**
   * Real Excel raises `onSelectionChanged`, `onChanged` (and `onActivated`, `onAdded`, `onDeleted`)
   * for changes made by the add-in's own requests as well as by the user, unless the add-in turned
   * events off (`context.runtime.enableEvents`); handlers run after the request, asynchronously.
   */
  private flushEvents(): void {
    const events = this.pending;
    this.pending = [];
    if (events.length === 0) return;
    setTimeout(() => {
      for (const e of events) void this.dispatch(e);
    }, 0);
  }

  /** Calls the handlers of one event and waits for them; a handler that fails is ignored, as in Excel. */
  async dispatch(e: PendingEvent): Promise<void> {
    if (!this.eventsEnabled) return;
    const calls: unknown[] = [];
    const call = (f: () => unknown): void => {
      calls.push(
        Promise.resolve()
          .then(f)
          .catch(() => undefined),
      );
    };
    if (e.kind === "deleted") {
      for (const l of Array.from(this.listeners)) {
        if (l.kind === "deleted") call(() => l.handler({ worksheetId: e.worksheetId, type: "WorksheetDeleted", source: "Local" }));
      }
      await Promise.all(calls);
      return;
    }
    if (e.kind === "added") {
      for (const l of Array.from(this.listeners)) {
        if (l.kind === "added") call(() => l.handler({ worksheetId: e.worksheetId, type: "WorksheetAdded", source: "Local" }));
      }
      await Promise.all(calls);
      return;
    }
    if (!this.doc.has(e.sheet)) return;
    const worksheetId = this.doc.id(e.sheet);
    for (const l of Array.from(this.listeners)) {
      if (e.kind === "changed") {
        const args: ChangedArgs = { address: rectAddress(e.rect), changeType: e.changeType, source: "Local", type: "WorksheetChanged", worksheetId };
        if (l.kind === "changed" || (l.kind === "sheet-changed" && l.sheet.key === e.sheet.key)) call(() => l.handler(args));
      } else if (e.kind === "selection") {
        const args = { address: rectAddress(e.rect), worksheetId, type: "WorksheetSelectionChanged" as const, source: "Local" as const };
        if (l.kind === "collection") call(() => l.handler(args));
        else if (l.kind === "sheet" && l.sheet.key === e.sheet.key) call(() => l.handler(args));
        else if (l.kind === "workbook") call(() => l.handler({ type: "WorkbookSelectionChanged", source: "Local" }));
      } else if (e.kind === "activated" && l.kind === "activated") {
        call(() => l.handler({ worksheetId, type: "WorksheetActivated", source: "Local" }));
      }
    }
    await Promise.all(calls);
  }
}

/** `context.trackedObjects`: nothing to track in memory, kept so that calls compile and run. */
class TrackedObjects {
  add(_object: unknown): void {}
  remove(_object: unknown): void {}
}

export class RequestContextCore {
  /** @internal */
  readonly engine: Engine;
  readonly trackedObjects = new TrackedObjects();
  readonly requestHeaders: Record<string, string> = {};
  private queue: QueuedAction[] = [];

  constructor(engine: Engine) {
    this.engine = engine;
  }

  /** @internal */
  enqueue(location: string, run: (traces: string[]) => Delivery | void): void {
    this.queue.push({ location, run });
  }

  /** @internal */
  takeQueue(): QueuedAction[] {
    const q = this.queue;
    this.queue = [];
    return q;
  }

  /** @internal */
  get pendingCount(): number {
    return this.queue.length;
  }

  /** Queues a trace message: on failure, the error's `traceMessages` lists those that ran. */
  trace(message: string): void {
    this.enqueue("trace", (traces) => {
      traces.push(message);
    });
  }

  load(object: ProxyBase<unknown>, option?: LoadOption): void {
    object.load(option);
  }

  sync<T>(passThroughValue?: T): Promise<T> {
    return this.engine.runBatch(this).then(() => passThroughValue as T);
  }
}

export type LoadOption = string | string[] | { select?: string | string[]; expand?: string | string[] } | undefined;

/** Property names asked by `load(...)`; `[]` means every scalar property. */
export function loadNames(option: LoadOption): string[] {
  if (option === undefined || option === null) return [];
  if (typeof option === "string")
    return option
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(option))
    return option
      .flatMap((s) => s.split(","))
      .map((s) => s.trim())
      .filter(Boolean);
  const sel = option.select;
  return sel === undefined ? [] : loadNames(sel);
}

function sizeOf(v: unknown): number {
  try {
    return JSON.stringify(v)?.length ?? 0;
  } catch {
    return 0;
  }
}

/**
 * A proxy: `T` is what it stands for in the document, found when the first request that uses it
 * runs (and kept: an object keeps pointing at the same sheet after a rename, as in Excel).
 */
export abstract class ProxyBase<T> {
  readonly context: RequestContextCore;
  protected abstract readonly typeName: string;
  /** Scalar properties `load()` with no argument delivers. */
  protected abstract readonly scalarProperties: readonly string[];
  private readonly resolver: () => T | null;
  private resolved: { value: T | null } | null = null;
  private readonly loaded = new Map<string, unknown>();
  private isNull: boolean | undefined;
  private readonly nullable: boolean;

  constructor(context: RequestContextCore, resolver: () => T | null, nullable = false) {
    this.context = context;
    this.resolver = resolver;
    this.nullable = nullable;
    if (nullable) {
      // `…OrNullObject` is itself a request: after the next sync, `isNullObject` is known.
      context.enqueue(`${this.constructor.name}.isNullObject`, () => {
        const v = this.tryResolve();
        return { commit: () => (this.isNull = v === null), bytes: () => 5 };
      });
    }
  }

  get isNullObject(): boolean {
    if (this.isNull === undefined) throw propertyNotLoaded("isNullObject");
    return this.isNull;
  }

  /** @internal The target, or null when an `…OrNullObject` found nothing. */
  tryResolve(): T | null {
    if (!this.resolved) this.resolved = { value: this.resolver() };
    const v = this.resolved.value;
    if (v !== null && !this.stillValid(v))
      throw new RichApiError(
        "InvalidObjectPath",
        'The object path isn\'t working for what you\'re trying to do. If you\'re using the object across multiple "context.sync" calls and outside the sequential execution of a ".run" batch, please use the "context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object\'s lifetime.',
        this.typeName,
      );
    return v;
  }

  /** @internal The target; a null object fails the batch with ItemNotFound. */
  target(location: string): T {
    const v = this.tryResolve();
    if (v === null) throw new RichApiError("ItemNotFound", "The requested resource doesn't exist.", location);
    return v;
  }

  /** Overridden where a target can disappear (a deleted sheet). */
  protected stillValid(_target: T): boolean {
    return true;
  }

  /** Reads one property of the target, as a response would carry it (copies, not live objects). */
  protected abstract readProperty(target: T, name: string): unknown;

  /** Queues a load; the properties can be read after the next sync. */
  load(option?: LoadOption): this {
    const asked = loadNames(option);
    const names = asked.length > 0 ? asked : this.scalarProperties.slice();
    this.context.enqueue(`${this.typeName}.load`, () => {
      // Excel recalculates as soon as a cell changes: a load later in the batch sees the results.
      this.context.engine.doc.recalculate();
      const t = this.nullable ? this.tryResolve() : this.target(`${this.typeName}.load`);
      const values = new Map<string, unknown>();
      for (const n of names) {
        if (!this.scalarProperties.includes(n) && !this.acceptsNavigation(n)) {
          throw new RichApiError("InvalidArgument", `The property '${n}' is not available on ${this.typeName}.`, `${this.typeName}.load`);
        }
        values.set(n, t === null ? null : this.readProperty(t, n));
      }
      return {
        commit: () => {
          this.isNull = t === null;
          for (const [k, v] of values) this.loaded.set(k, v);
          this.afterLoad(values);
        },
        bytes: () => sizeOf(Array.from(values.values())),
      };
    });
    return this;
  }

  /** Collections accept `items/name`; objects accept nothing else by default. */
  protected acceptsNavigation(_name: string): boolean {
    return false;
  }

  protected afterLoad(_values: Map<string, unknown>): void {}

  /** @internal Delivers values already loaded (the items of a loaded collection). */
  setLoaded(values: Map<string, unknown>): void {
    this.isNull = false;
    for (const [k, v] of values) this.loaded.set(k, v);
  }

  /** Reads a loaded property, or throws PropertyNotLoaded like office.js. */
  protected get<V>(name: string): V {
    if (!this.loaded.has(name)) throw propertyNotLoaded(name);
    return this.loaded.get(name) as V;
  }

  /** Queues a change to the target. */
  protected queue(location: string, run: (target: T) => void): void {
    this.context.enqueue(`${this.typeName}.${location}`, () => {
      run(this.target(`${this.typeName}.${location}`));
    });
  }

  /** What `JSON.stringify(proxy)` gives in office.js: the loaded properties. */
  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

/** `OfficeExtension.ClientResult`: a value known after the next sync. */
export class ClientResult<V> {
  private known = false;
  private v: V | undefined;

  /** @internal */
  set(v: V): void {
    this.v = v;
    this.known = true;
  }

  get value(): V {
    if (!this.known)
      throw new RichApiError(
        "PropertyNotLoaded",
        'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
      );
    return this.v as V;
  }
}

/** `OfficeExtension.EventHandlers`: `add` and `remove` are requests, effective at the next sync. */
export class EventHandlers<A> {
  private readonly context: RequestContextCore;
  private readonly make: (handler: (args: A) => unknown) => SelectionListener;

  constructor(context: RequestContextCore, make: (handler: (args: A) => unknown) => SelectionListener) {
    this.context = context;
    this.make = make;
  }

  add(handler: (args: A) => Promise<unknown>): EventHandlerResult<A> {
    this.context.enqueue("EventHandlers.add", () => {
      this.context.engine.listeners.add(this.make(handler));
    });
    return new EventHandlerResult(this.context, this, handler);
  }

  remove(handler: (args: A) => Promise<unknown>): void {
    this.context.enqueue("EventHandlers.remove", () => {
      for (const l of Array.from(this.context.engine.listeners)) {
        if ((l.handler as unknown) === handler) this.context.engine.listeners.delete(l);
      }
    });
  }
}

export class EventHandlerResult<A> {
  readonly context: RequestContextCore;
  private readonly handlers: EventHandlers<A>;
  private readonly handler: (args: A) => Promise<unknown>;

  constructor(context: RequestContextCore, handlers: EventHandlers<A>, handler: (args: A) => Promise<unknown>) {
    this.context = context;
    this.handlers = handlers;
    this.handler = handler;
  }

  remove(): void {
    this.handlers.remove(this.handler);
  }
}
