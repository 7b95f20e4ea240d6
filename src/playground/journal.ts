/**
 * What the playground downloads: the file the user opened, changed by the plans applied since and by
 * nothing else. The in-memory Excel shows and checks the workbook, but its model is never what gets
 * saved: the original bytes go through the file layer's facade (load, apply each plan in order,
 * save), so that whatever the file holds and no plan concerns comes back as it was.
 * Only the facade's functions are used here: whichever layer backs it writes the download.
 */
import type { WritePlan } from "../register";

/**
 * The file layer's facade, loaded when first needed (a file opened, a download): whatever it is built
 * on stays out of the page's first load unless something else there needs it.
 */
export const fileLayer = () => import(/* webpackChunkName: "file-layer" */ "../workbook/xlsx");

export class FileJournal {
  private readonly applied: WritePlan[] = [];

  /** `original`: the bytes of the file as opened (kept as given: nobody else may change them). */
  constructor(readonly original: Uint8Array) {}

  /** A plan carried out in full on the in-memory workbook: the download will carry it out too. */
  record(plan: WritePlan): void {
    // A copy: plans are plain data, and a caller keeping its object must not change the past.
    this.applied.push(JSON.parse(JSON.stringify(plan)) as WritePlan);
  }

  /** The plans recorded, oldest first. */
  plans(): readonly WritePlan[] {
    return this.applied;
  }

  /** The file to download: the original with every recorded plan applied, in order. */
  async result(): Promise<Uint8Array> {
    const { applyPlanToXlsx, loadXlsx, saveXlsx } = await fileLayer();
    const book = await loadXlsx(this.original);
    for (const plan of this.applied) applyPlanToXlsx(book, plan);
    return saveXlsx(book);
  }
}
