/**
 * The quality corpus keeps the verdict honest : registers made from the CNIL's real
 * workbook the way CPTS coordinators and DPOs fill them, checked like the command line does. Every
 * planted mistake must be found at its cell with its rule and severity (recall 100 %), and no error or
 * warning may be raised that nobody planted (0 false alarm; on a correct register, any error or
 * warning is one). `npm run qualite` prints the same figures as a table.
 */
import { runCorpus } from "./corpus";
import { REGISTRES } from "./registres";
import type { Resultat } from "./score";
import { totals } from "./score";
import { isPlanted, type FicheSaisie } from "./saisie";

/** The kinds of mistakes registers really hold: each must be planted at least once. */
const KINDS_OF_THE_ISSUE = [
  "health.data-elsewhere",
  "retention.vague",
  "retention.endless",
  "retention.too-long",
  "tools.transfer-undescribed",
  "tools.processor-not-listed",
  "tools.not-hds",
  "transfers.art49-derogation",
  "legal.art9-exception-mismatch",
  "security.health-weak",
  "freshness.date-order",
  "freshness.date-future",
  "freshness.update-before-2018",
  "transfers.privacy-shield",
  "transfers.not-adequate",
  "art30.fiche.persons-missing",
  "art30.fiche.recipients-missing",
  "art30.fiche.measures-missing",
  "consistency.sensitive-mismatch",
  "dropdowns.not-in-list",
];

let results: Resultat[] = [];

beforeAll(async () => {
  results = await runCorpus();
}, 600_000);

describe("the corpus itself", () => {
  it("has at least 12 registers, 3 of them correct, and at least 50 planted mistakes of every kind the issue lists", () => {
    const t = totals(results);
    expect(t.registers).toBeGreaterThanOrEqual(12);
    expect(t.correct).toBeGreaterThanOrEqual(3);
    expect(t.planted).toBeGreaterThanOrEqual(50);
    const planted = new Set(results.flatMap((r) => [...r.found, ...r.missed].map((a) => a.rule)));
    expect(KINDS_OF_THE_ISSUE.filter((k) => !planted.has(k))).toEqual([]);
  });

  it("plants nothing in a correct register", () => {
    const anyPlant = (v: unknown): boolean =>
      isPlanted(v) ||
      (Array.isArray(v) && v.some(anyPlant)) ||
      (typeof v === "object" && v !== null && !(v instanceof Date) && Object.values(v).some(anyPlant));
    const plantedIn = (f: FicheSaisie): boolean => anyPlant(f);
    expect(REGISTRES.filter((r) => r.correct && (r.fiches.some(plantedIn) || anyPlant(r.organisation) || anyPlant(r.dpo ?? {}))).map((r) => r.id)).toEqual([]);
  });

  it("finds each planted value in the file, at the cell where its finding is expected", () => {
    expect(results.flatMap((r) => r.drift.map((d) => `${r.id} : ${d}`))).toEqual([]);
  });
});

describe("the verdict on the corpus", () => {
  it("finds every planted mistake at its cell, with its rule and severity (recall 100 %)", () => {
    const missed = results.flatMap((r) =>
      r.missed.map(
        (m) =>
          `${m.rule} (${m.severity}) — ${r.id}, ${m.sheet}!${m.cell}, « ${m.value} »` +
          (m.instead.length > 0 ? ` ; le moteur y dit : ${m.instead.join(", ")}` : " ; le moteur n'y dit rien"),
      ),
    );
    missed.sort();
    expect({ rappel: totals(results).recall, manquées: missed }).toEqual({ rappel: 100, manquées: [] });
  });

  it("raises no error or warning that nobody planted (0 false alarm)", () => {
    const alarms = results.flatMap((r) =>
      r.falseAlarms.map((f) => `${f.rule} (${f.severity}) — ${r.id}${r.correct ? " (correct)" : ""}, ${f.sheet}!${f.cell} : ${f.message.replace(/\s+/g, " ")}`),
    );
    alarms.sort();
    expect(alarms).toEqual([]);
  });

  it("says « prêt » for every correct register and « pas prêt » for every register with a planted error", () => {
    const wrong = results
      .filter((r) => (r.correct ? r.verdict !== "ready" : [...r.found, ...r.missed].some((a) => a.severity === "error") && r.verdict !== "not-ready"))
      .map((r) => `${r.id} : ${r.verdict}`);
    expect(wrong).toEqual([]);
  });
});
