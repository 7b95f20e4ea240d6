/**
 * The CNIL's 4-step path, computed: each step's state ("todo", "in-progress", "done") from what the
 * workbook shows (fiches, completeness, findings) and from the user's ticks for what it cannot show.
 */
import type { Report } from "./findings";
import type { Register } from "./model";
import { PATH_INTRO, PATH_STEPS, type PathLink, type PathStepId } from "./data/path";
import { lastDatedRun } from "./audit/sheet";
import { reevaluateBy } from "./audit/reevaluate";
import { formatFrenchDate } from "./dates";
import { fold } from "./text/fold";
import { choiceFilled } from "./rules/context";
import { pathTexts } from "./messages/path";
import { isRuleId, pathItemsOf, ruleInfo } from "./rules/catalogue";

/** Ids, not words: the faces say « À faire », « En cours », « Fait » from their strings. */
export type PathStepStatus = "todo" | "in-progress" | "done";

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
  /** A date to keep in mind (« Dernière évaluation le … ; réévaluer avant le … » for the self-audit). */
  note?: string;
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
  /** Number of steps "done". */
  completed: number;
  /** The first step not done, or null when all four are. */
  current: PathStepId | null;
}

/**
 * Workbook items the path computes from the register itself rather than from the rules' findings: a
 * notice sheet per fiche, « AIPD réalisée » per fiche that needs one.
 */
export const COMPUTED_PATH_ITEMS: ReadonlySet<string> = new Set(["notices", "aipd-done"]);

/** Workbook items that need at least one real fiche to be "done". */
const NEEDS_FICHES = new Set([
  "fiches-exist",
  "fiches-complete",
  "list-consistent",
  "retention-set",
  "sensitive-justified",
  "legal-basis",
  "measures-described",
  "hds",
  "incidents-decided",
  "notices",
]);

function statusOf(items: PathItemState[]): PathStepStatus {
  const done = items.filter((i) => i.done).length;
  if (done === items.length) return "done";
  return done === 0 ? "todo" : "in-progress";
}

export function computePath(register: Register, report: Report, ticks: PathTicks): PathState {
  const realFiches = register.fiches.filter((f) => f.kind === "fiche");
  const hasFiches = realFiches.length > 0;

  // One pass over the findings: the cells each workbook item points at (the catalogue says which
  // items a rule feeds; a rule this version does not know feeds none).
  const targets = new Map<string, PathTarget[]>();
  for (const f of report.findings) {
    if (!isRuleId(f.rule)) continue;
    for (const id of pathItemsOf(f.rule)) {
      let list = targets.get(id);
      if (!list) targets.set(id, (list = []));
      list.push({ sheet: f.sheet, cell: f.cell, label: f.message });
    }
  }
  const allComplete = report.fiches.length > 0 && report.fiches.every((s) => s.completeness === 100);
  // The AIPD a fiche needs and that the hidden sheet « AIPD réalisées » does not record as carried out.
  const aipdDone = new Set((register.aipdDone?.records ?? []).filter((r) => r.doneOn !== null).map((r) => fold(r.ref)));
  const aipdTargets: PathTarget[] = [];
  const byName = new Map(realFiches.map((f) => [f.sheet, f] as const));
  for (const s of report.fiches) {
    if (s.aipd !== "required" && s.aipd !== "likely") continue;
    if (s.ref.trim() !== "" && aipdDone.has(fold(s.ref))) continue;
    const f = byName.get(s.sheet);
    const title = ruleInfo(s.aipd === "required" ? "aipd.required" : "aipd.likely").title;
    aipdTargets.push({ sheet: s.sheet, cell: f?.name.cell ?? "A1", label: `${s.name} : ${title}` });
  }
  // Each fiche that collects data from people (it names them) has at least one notice written by the add-in.
  const noticeRefs = new Set((register.notices ?? []).map((n) => fold(n.ficheRef)));
  const noticeTargets: PathTarget[] = realFiches
    .filter((f) => f.persons.some(choiceFilled) && !(f.ref.value.trim() !== "" && noticeRefs.has(fold(f.ref.value))))
    .map((f) => ({ sheet: f.sheet, cell: f.name.cell, label: pathTexts.noNotice(f.name.value || f.sheet) }));
  const computedTargets: Partial<Record<string, PathTarget[]>> = { "aipd-done": aipdTargets, notices: noticeTargets };

  const steps: PathStepState[] = PATH_STEPS.map((step) => {
    const items: PathItemState[] = step.items.map((item) => {
      if (item.source === "user") {
        const tick = ticks[item.id];
        const done = tick?.done === true;
        const state: PathItemState = {
          id: item.id,
          label: item.label,
          help: item.help,
          source: "user",
          done,
          targets: [],
        };
        if (done && tick) state.date = tick.date;
        return state;
      }
      const found = [...(targets.get(item.id) ?? []), ...(computedTargets[item.id] ?? [])];
      let done = found.length === 0 && (!NEEDS_FICHES.has(item.id) || hasFiches);
      if (item.id === "fiches-complete") done = done && allComplete;
      if (item.id === "organisation") done = done && register.listTab !== undefined;
      // Nothing to do for AIPDs once there are fiches and none needs one (or each was carried out).
      if (item.id === "aipd-done") done = done && hasFiches;
      // The requests are kept in the add-in's register, even before the first one arrives.
      if (item.id === "requests-kept") done = done && register.requests !== undefined;
      const state: PathItemState = { id: item.id, label: item.label, help: item.help, source: "workbook", done, targets: done ? [] : found };
      if (item.id === "cyber-audit") {
        const run = lastDatedRun(register.audit);
        const due = run ? reevaluateBy(run) : null;
        // No run at all: the conseil « audit.none » already points at where to start.
        state.done = done && run !== undefined;
        if (run?.date != null && due !== null)
          state.note = `Dernière évaluation le ${formatFrenchDate(run.date)} : réévaluer avant le ${formatFrenchDate(due)}.`;
      }
      return state;
    });
    return { id: step.id, number: step.number, title: step.title, intro: step.intro, status: statusOf(items), items, links: step.links };
  });

  const completed = steps.filter((s) => s.status === "done").length;
  const current = steps.find((s) => s.status !== "done")?.id ?? null;
  return { intro: PATH_INTRO, steps, completed, current };
}
