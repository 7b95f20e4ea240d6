import { validateRegister } from "../../src/register/validate";
import { computePath, type PathTicks } from "../../src/register/path";
import { PATH_STEPS, USER_ITEM_IDS } from "../../src/register/data/path";
import { CARD_NEVER, CARD_REFLEXES } from "../../src/register/card/data";
import type { AuditBook } from "../../src/register/audit/model";
import { serialOfDay } from "../../src/register/dates";
import { buildFiche, buildRegister, cleanFicheSpec, healthFicheSpec, CLOCK } from "../fixtures/registers";

function pathOf(register: ReturnType<typeof buildRegister>, ticks: PathTicks = {}) {
  return computePath(register, validateRegister(register, { clock: CLOCK }), ticks);
}
/** A self-audit kept in the workbook, run on `day` (dd, mm, yyyy), every answer the best one. */
function auditedOn(day: number, month: number, year: number): AuditBook {
  const date = serialOfDay(year, month, day);
  return {
    runs: [{ sheet: "Auto-diagnostic cyber", dateCell: "B5", date, who: "Anne", answers: {}, answerCells: {}, score: 85, level: "advanced" }],
    problems: [],
  };
}
/** What the « Droits » tab leaves in a workbook for `refs`: a notice each, an empty requests register, the AIPD carried out. */
function rightsKept(register: ReturnType<typeof buildRegister>, refs: string[], aipdRefs: string[] = []): void {
  register.notices = refs.map((ref) => ({ sheet: `Mentions ${ref}`, ficheRef: ref, audience: "patients", madeOn: serialOfDay(2026, 11, 2) }));
  register.requests = { entries: [], problems: [] };
  register.aipdDone = {
    records: aipdRefs.map((ref, i) => ({ sheet: "AIPD réalisées", row: 5 + i, ref, doneOn: serialOfDay(2026, 10, 1), doneOnCell: `B${5 + i}` })),
  };
}
const allTicked = (): PathTicks => Object.fromEntries(USER_ITEM_IDS.map((id) => [id, { done: true, date: "2026-11-20" }]));

describe("the 4-step path", () => {
  test("an empty register: step 1 is to do, and the path points at the model to fill", () => {
    const path = pathOf(buildRegister({ fiches: [], controller: {} }));
    expect(path.steps.map((s) => s.id)).toEqual(["recenser", "trier", "droits", "securiser"]);
    expect(path.steps[0].status).toBe("todo");
    expect(path.current).toBe("recenser");
    expect(path.completed).toBe(0);
    const fichesExist = path.steps[0].items.find((i) => i.id === "fiches-exist");
    expect(fichesExist?.done).toBe(false);
    expect(fichesExist?.targets.map((t) => `${t.sheet}!${t.cell}`)).toEqual(["3_-_Modèle_de_fiche_de_registre!B4"]);
    // Nothing can be "done" from the workbook without a fiche.
    for (const step of path.steps) expect(step.items.filter((i) => i.source === "workbook").every((i) => !i.done)).toBe(true);
  });

  test("a complete register with every tick and a recent self-audit: all four steps are done", () => {
    const register = buildRegister({ fiches: [buildFiche(cleanFicheSpec("Adhérents", "ref-002")), buildFiche(healthFicheSpec("Accès MT", "ref-003"))] });
    register.audit = auditedOn(2, 10, 2026);
    // The RÉFs as a coordinator may retype them: compared after the engine's folding.
    rightsKept(register, ["REF-002", "ref-003"], ["Ref-003"]);
    const path = pathOf(register, allTicked());
    expect(path.steps.map((s) => s.status)).toEqual(["done", "done", "done", "done"]);
    expect(path.completed).toBe(4);
    expect(path.current).toBeNull();
    const tick = path.steps[2].items.find((i) => i.id === "rights-channel");
    expect(tick).toMatchObject({ source: "user", done: true, date: "2026-11-20" });
  });

  test("without the user's ticks, steps seen in the workbook are only under way", () => {
    const register = buildRegister({ fiches: [buildFiche(cleanFicheSpec("Adhérents", "ref-002"))] });
    const path = pathOf(register);
    expect(path.steps.map((s) => s.status)).toEqual(["in-progress", "in-progress", "in-progress", "in-progress"]);
    expect(path.steps[0].items.find((i) => i.id === "fiches-complete")?.done).toBe(true);
  });

  test("step 2 follows retention findings, step 4 follows measures, with links to the cells", () => {
    const fiche = buildFiche(cleanFicheSpec("Adhérents", "ref-002", { data: { identity: ["Nom", "illimitée"] }, measures: [] }));
    const path = pathOf(buildRegister({ fiches: [fiche] }), allTicked());
    const retention = path.steps[1].items.find((i) => i.id === "retention-set");
    expect(retention?.done).toBe(false);
    expect(retention?.targets.map((t) => `${t.sheet}!${t.cell}`)).toEqual(["Adhérents!E25"]);
    expect(path.steps[1].status).toBe("in-progress");
    const measures = path.steps[3].items.find((i) => i.id === "measures-described");
    expect(measures?.targets.map((t) => `${t.sheet}!${t.cell}`)).toEqual(["Adhérents!B54"]);
    expect(path.steps[3].status).toBe("in-progress");
    // Step 1 is not done either: the fiche lacks a measure (article 30 minimum).
    expect(path.steps[0].status).toBe("in-progress");
    expect(path.current).toBe("recenser");
  });

  test("a ticked item set back to not done counts as not done", () => {
    const register = buildRegister({ fiches: [buildFiche(cleanFicheSpec("Adhérents", "ref-002"))] });
    const ticks = allTicked();
    ticks["backups"] = { done: false, date: "2026-11-21" };
    const path = pathOf(register, ticks);
    expect(path.steps[3].status).toBe("in-progress");
    expect(path.steps[3].items.find((i) => i.id === "backups")?.done).toBe(false);
  });

  test("the AIPD item lists the fiches that need one, until « AIPD réalisée le … » is recorded for their RÉF", () => {
    const register = buildRegister({ fiches: [buildFiche(healthFicheSpec("Accès MT", "ref-002"))] });
    const item = () => pathOf(register).steps[1].items.find((i) => i.id === "aipd-done");
    expect(item()).toMatchObject({ source: "workbook", done: false });
    expect(item()?.targets.map((t) => t.sheet)).toEqual(["Accès MT"]);
    rightsKept(register, [], ["ref-999"]);
    expect(item()?.done).toBe(false);
    rightsKept(register, [], ["REF-002"]);
    expect(item()).toMatchObject({ done: true, targets: [] });
  });

  test("step 3 is computed: a notice for each fiche that names people, and the requests register kept without delay", () => {
    const register = buildRegister({ fiches: [buildFiche(cleanFicheSpec("Adhérents", "ref-002")), buildFiche(healthFicheSpec("Accès MT", "ref-003"))] });
    const step = () => pathOf(register, allTicked()).steps[2];
    const item = (id: string) => step().items.find((i) => i.id === id);
    expect(item("notices")).toMatchObject({ source: "workbook", done: false });
    expect(item("notices")?.targets.map((t) => t.label)).toEqual([
      "Gestion des adhérents : aucune mention d'information écrite (onglet « Droits » › « Mentions d'information »)",
      "Accès à un médecin traitant : aucune mention d'information écrite (onglet « Droits » › « Mentions d'information »)",
    ]);
    expect(item("requests-kept")).toMatchObject({ source: "workbook", done: false });
    rightsKept(register, ["ref-002"]);
    expect(item("notices")?.targets.map((t) => t.sheet)).toEqual(["Accès MT"]);
    expect(item("requests-kept")?.done).toBe(true);
    expect(step().status).toBe("in-progress");
    rightsKept(register, ["ref-002", "ref-003"]);
    expect(step().status).toBe("done");
  });

  test("step 4's self-audit: to do without one, done with a recent one (and the day to evaluate again), to do again once six months have passed", () => {
    const register = buildRegister({ fiches: [buildFiche(cleanFicheSpec("Adhérents", "ref-002"))] });
    const item = () => pathOf(register, allTicked()).steps[3].items.find((i) => i.id === "cyber-audit");
    expect(item()).toMatchObject({ source: "workbook", done: false });
    expect(item()?.note).toBeUndefined();
    expect(item()?.targets.map((t) => t.cell)).not.toHaveLength(0);
    register.audit = auditedOn(2, 10, 2026);
    expect(item()).toMatchObject({ done: true, targets: [], note: "Dernière évaluation le 02/10/2026 : réévaluer avant le 02/04/2027." });
    register.audit = auditedOn(2, 3, 2026);
    expect(item()).toMatchObject({ done: false, note: "Dernière évaluation le 02/03/2026 : réévaluer avant le 02/09/2026." });
    expect(item()?.targets.map((t) => `${t.sheet}!${t.cell}`)).toEqual(["Auto-diagnostic cyber!B5"]);
  });

  test("the texts: four steps with CNIL links, the cyberattack card's reflexes with the law's nuance", () => {
    expect(PATH_STEPS).toHaveLength(4);
    for (const s of PATH_STEPS) {
      expect(s.links.length).toBeGreaterThan(0);
      for (const l of s.links) expect(l.url).toMatch(/^https:\/\//);
    }
    expect(CARD_REFLEXES).toHaveLength(5);
    const last = CARD_REFLEXES[4].detail;
    expect(last).toMatch(/registre des violations \(toujours\)/);
    expect(last).toMatch(/72 heures/);
    expect(last).toMatch(/sauf si la violation ne présente pas de risque/);
    expect(last).toMatch(/risque pour elles est élevé/);
    expect(CARD_NEVER).toMatch(/ne payez jamais/);
    expect(new Set(USER_ITEM_IDS).size).toBe(USER_ITEM_IDS.length);
  });
});
