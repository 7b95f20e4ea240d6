import { scoreAudit, priorityMeasures, type AuditAnswers } from "../../../src/register/audit/score";
import { AUDIT_QUESTIONS } from "../../../src/register/audit/themes/index";
import { DONT_KNOW_ID, fullPoints } from "../../../src/register/audit/questions";

/** Every question answered with its best choice (the first one at full points). */
function best(): Record<string, string> {
  const answers: Record<string, string> = {};
  for (const q of AUDIT_QUESTIONS) answers[q.id] = (q.choices.find((c) => c.points === fullPoints(q)) ?? q.choices[0]).id;
  return answers;
}

function dontKnow(): Record<string, string> {
  return Object.fromEntries(AUDIT_QUESTIONS.map((q) => [q.id, DONT_KNOW_ID]));
}

const themeScore = (answers: AuditAnswers, theme: string) => scoreAudit(answers).themes.find((t) => t.theme === theme)?.score;

describe("scoring a run of the self-audit", () => {
  test("every best answer: 100 everywhere, level « Avancé », nothing to recommend", () => {
    const r = scoreAudit(best());
    expect(r.score).toBe(100);
    expect(r.themes.every((t) => t.score === 100 && t.answered === t.questions)).toBe(true);
    expect(r.level.label).toBe("Avancé");
    expect(r.measures).toEqual([]);
  });

  test("« Je ne sais pas » everywhere: 0, level « Insuffisant », six measures, the weightiest risks for the effort first", () => {
    const r = scoreAudit(dontKnow());
    expect(r.score).toBe(0);
    expect(r.level.label).toBe("Insuffisant");
    expect(r.themes.every((t) => t.answered === t.questions)).toBe(true);
    // risk 3, effort 1 → 9 (passwords, second factor, updates); risk 3, effort 2 → 4.5, in questionnaire order
    // (backup, offline copy, MSSanté — the encryption of laptops, also 4.5, comes seventh and is left out);
    // risk 2, effort 1 → 4 comes after.
    expect(r.measures.map((m) => `${m.questionId} ${m.priority}`)).toEqual([
      "acc-passwords 9",
      "acc-mfa 9",
      "upd-updates 9",
      "bak-restore 4.5",
      "bak-offline 4.5",
      "mail-secure 4.5",
    ]);
    expect(r.measures[0].title).toBe("Adopter un gestionnaire de mots de passe");
  });

  test("a theme's score weighs its questions (hand-computed, half points rounded up)", () => {
    // Governance: referent designated (weight 2, 2/2) + list out of date (weight 1, 1/2) + charter unknown
    // (weight 1, 0) = 2.5 / 4 = 62.5 % → 63.
    expect(themeScore({ "gov-referent": "designe", "gov-inventory": "ancienne", "gov-charter": DONT_KNOW_ID }, "governance")).toBe(63);
    // Backups: untested backup (weight 3, 1/2) + offline copy (weight 2, 2/2) = 3.5 / 5 = 70 %.
    expect(themeScore({ "bak-restore": "non-testee", "bak-offline": "oui" }, "backups")).toBe(70);
  });

  test("the overall score weighs every question (not the mean of the themes); the level follows it", () => {
    // Total weight 41. All best but an untested backup (loses 3 × 1/2) and health data off HDS (loses 3):
    // 36.5 / 41 = 89.0 % → 89, « Avancé ».
    const answers = { ...best(), "bak-restore": "non-testee", "sup-hds": "non" };
    const r = scoreAudit(answers);
    expect(AUDIT_QUESTIONS.reduce((s, q) => s + q.weight, 0)).toBe(41);
    expect(r.score).toBe(89);
    expect(r.level.id).toBe("advanced");
    // The mean of the themes would say otherwise: backups 70, suppliers 25, the six others 100 → 86.9.
    expect(r.themes.find((t) => t.theme === "suppliers")?.score).toBe(25);
    // HDS: gap 1 × 3² / effort 3 = 3; untested backup: gap 1/2 × 3² / effort 2 = 2.25.
    expect(r.measures.map((m) => [m.questionId, m.priority])).toEqual([
      ["sup-hds", 3],
      ["bak-restore", 2.25],
    ]);
  });

  test("a missing answer or one that is no choice scores 0 and is counted as unanswered; unknown questions are ignored", () => {
    const answers = { ...best(), "upd-antivirus": "peut-être", "question-retirée": "oui" } as Record<string, string>;
    delete answers["upd-updates"];
    const r = scoreAudit(answers);
    const updates = r.themes.find((t) => t.theme === "updates");
    expect(updates).toMatchObject({ score: 0, answered: 0, questions: 2 });
    // 41 − 5 = 36 / 41 = 87.8 % → 88.
    expect(r.score).toBe(88);
    expect(priorityMeasures(answers).map((m) => m.questionId)).toEqual(["upd-updates", "upd-antivirus"]);
  });

  test("crossing a threshold changes the level: 39 is « Insuffisant », 40 « Élémentaire »", () => {
    // Only the best answers of the questions listed, the others « Je ne sais pas ».
    const only = (ids: string[]) => ({ ...dontKnow(), ...Object.fromEntries(Object.entries(best()).filter(([id]) => ids.includes(id))) });
    // 16 / 41 = 39.0 % → 39: updates (3) + backups (3 + 2) + HDS (3) + encryption (3) + MSSanté (2).
    const low = scoreAudit(only(["upd-updates", "bak-restore", "bak-offline", "sup-hds", "mob-encryption", "mail-secure"]));
    expect([low.score, low.level.label]).toEqual([39, "Insuffisant"]);
    // 16.5 / 41 = 40.2 % → 40 with the inventory half done (weight 1 × 1/2).
    const basic = scoreAudit({
      ...only(["upd-updates", "bak-restore", "bak-offline", "sup-hds", "mob-encryption", "mail-secure"]),
      "gov-inventory": "ancienne",
    });
    expect([basic.score, basic.level.label]).toEqual([40, "Élémentaire"]);
  });
});
