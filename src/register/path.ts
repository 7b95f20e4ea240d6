/**
 * The CNIL's 4-step path, computed: each step's state ("à faire", "en cours", "fait") from what the
 * workbook shows (fiches, completeness, findings) and from the user's ticks for what it cannot show.
 */
import type { Report } from "./findings";
import type { Register } from "./model";
import { CYBERATTACK_GUIDE, PATH_INTRO, PATH_STEPS, type PathLink, type PathStepId } from "./data/path";

export type PathStepStatus = "à faire" | "en cours" | "fait";

/** A user's tick, kept in the workbook by the task pane: done or not, and when (dd/mm/yyyy or ISO). */
export interface PathTick {
  done: boolean;
  date: string;
}
export type PathTicks = Record<string, PathTick>;

/** A cell the path points at (a finding's cell, a fiche needing an AIPD). */
export interface PathTarget {
  sheet: string;
  cell: string;
  label: string;
}

export interface PathItemState {
  id: string;
  label: string;
  help: string;
  source: "workbook" | "user";
  done: boolean;
  /** For a user item ticked done: the tick's date. */
  date?: string;
  /** Where to act (workbook items not done; fiches concerned by a user item). */
  targets: PathTarget[];
}

export interface PathStepState {
  id: PathStepId;
  number: 1 | 2 | 3 | 4;
  title: string;
  intro: string;
  status: PathStepStatus;
  items: PathItemState[];
  links: readonly PathLink[];
}

export interface PathState {
  intro: string;
  steps: PathStepState[];
  /** Number of steps "fait". */
  completed: number;
  /** The first step not done, or null when all four are. */
  current: PathStepId | null;
  cyberattack: typeof CYBERATTACK_GUIDE;
}

/** Which findings keep a workbook item from being done. */
const ITEM_RULES: Record<string, (rule: string) => boolean> = {
  "fiches-exist": (r) => r === "consistency.no-fiche",
  "fiches-complete": (r) =>
    [
      "art30.fiche.name-missing",
      "art30.fiche.ref-missing",
      "art30.fiche.purpose-missing",
      "art30.fiche.persons-missing",
      "art30.fiche.data-missing",
      "art30.fiche.retention-missing",
      "art30.fiche.recipients-missing",
      "art30.fiche.measures-missing",
    ].includes(r),
  "list-consistent": (r) =>
    r.startsWith("consistency.line-") ||
    r === "consistency.fiche-not-listed" ||
    r === "consistency.sensitive-mismatch" ||
    r.startsWith("consistency.duplicate-"),
  organisation: (r) => r === "art30.org.controller-missing" || r === "art30.org.contact-missing" || r === "structure.list-tab-missing",
  "retention-set": (r) => r === "art30.fiche.retention-missing" || r.startsWith("retention."),
  "sensitive-justified": (r) => r === "legal.art9-missing" || r === "health.nir-purpose" || r === "consistency.sensitive-mismatch",
  "legal-basis": (r) => r === "legal.basis-missing",
  "measures-described": (r) => r === "art30.fiche.measures-missing",
  hds: (r) => r === "health.hds-missing",
};

/** Workbook items that need at least one real fiche to be "done". */
const NEEDS_FICHES = new Set(["fiches-exist", "fiches-complete", "list-consistent", "retention-set", "sensitive-justified", "legal-basis", "measures-described", "hds"]);

function statusOf(items: PathItemState[]): PathStepStatus {
  const done = items.filter((i) => i.done).length;
  if (done === items.length) return "fait";
  return done === 0 ? "à faire" : "en cours";
}

export function computePath(register: Register, report: Report, ticks: PathTicks): PathState {
  const realFiches = register.fiches.filter((f) => f.kind === "fiche");
  const hasFiches = realFiches.length > 0;

  // One pass over the findings: the cells each workbook item points at.
  const targets = new Map<string, PathTarget[]>();
  for (const f of report.findings) {
    for (const [id, matches] of Object.entries(ITEM_RULES)) {
      if (!matches(f.rule)) continue;
      let list = targets.get(id);
      if (!list) targets.set(id, (list = []));
      list.push({ sheet: f.sheet, cell: f.cell, label: f.message });
    }
  }
  const allComplete = report.fiches.length > 0 && report.fiches.every((s) => s.completeness === 100);
  const aipdTargets: PathTarget[] = [];
  const byName = new Map(realFiches.map((f) => [f.sheet, f] as const));
  for (const s of report.fiches) {
    if (s.aipd !== "Requise") continue;
    const f = byName.get(s.sheet);
    aipdTargets.push({ sheet: s.sheet, cell: f?.name.cell ?? "A1", label: `${s.name} : AIPD requise` });
  }

  const steps: PathStepState[] = PATH_STEPS.map((step) => {
    const items: PathItemState[] = step.items.map((item) => {
      if (item.source === "user") {
        const tick = ticks[item.id];
        const done = tick?.done === true;
        const state: PathItemState = { id: item.id, label: item.label, help: item.help, source: "user", done, targets: item.id === "aipd-done" ? aipdTargets : [] };
        if (done && tick) state.date = tick.date;
        // Nothing to do for AIPDs when no fiche needs one.
        if (item.id === "aipd-done" && hasFiches && aipdTargets.length === 0) state.done = true;
        return state;
      }
      const found = targets.get(item.id) ?? [];
      let done = found.length === 0 && (!NEEDS_FICHES.has(item.id) || hasFiches);
      if (item.id === "fiches-complete") done = done && allComplete;
      if (item.id === "organisation") done = done && register.listTab !== undefined;
      return { id: item.id, label: item.label, help: item.help, source: "workbook", done, targets: done ? [] : found };
    });
    return { id: step.id, number: step.number, title: step.title, intro: step.intro, status: statusOf(items), items, links: step.links };
  });

  const completed = steps.filter((s) => s.status === "fait").length;
  const current = steps.find((s) => s.status !== "fait")?.id ?? null;
  return { intro: PATH_INTRO, steps, completed, current, cyberattack: CYBERATTACK_GUIDE };
}
