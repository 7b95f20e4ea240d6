import { AUDIT_QUESTIONS, AUDIT_THEMES, auditQuestion } from "../../../src/register/audit/themes/index";
import {
  BACKUP_QUESTION_ID,
  HDS_QUESTION_ID,
  INCIDENT_QUESTION_ID,
  INCIDENT_HAPPENED_CHOICES,
  NO_HDS_CHOICES,
  NO_TESTED_BACKUP_CHOICES,
} from "../../../src/register/audit/themes/index";
import { DONT_KNOW_ID, fullPoints } from "../../../src/register/audit/questions";
import { fold } from "../../../src/register/text/fold";

describe("the self-audit's questionnaire", () => {
  test("about twenty questions in six to eight themes, each theme holding its own questions", () => {
    expect(AUDIT_THEMES.length).toBeGreaterThanOrEqual(6);
    expect(AUDIT_THEMES.length).toBeLessThanOrEqual(8);
    expect(AUDIT_QUESTIONS.length).toBeGreaterThanOrEqual(18);
    expect(AUDIT_QUESTIONS.length).toBeLessThanOrEqual(24);
    for (const t of AUDIT_THEMES) {
      expect(t.questions.length).toBeGreaterThan(0);
      for (const q of t.questions) expect(q.theme).toBe(t.id);
    }
  });

  test("ids are unique, so that the sheet's hidden id column finds each question again", () => {
    const ids = AUDIT_QUESTIONS.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(auditQuestion("bak-restore")?.theme).toBe("backups");
    expect(auditQuestion("n'existe pas")).toBeUndefined();
  });

  test.each(AUDIT_QUESTIONS.map((q) => [q.id, q] as const))(
    "%s: 2–4 choices told apart by their folded labels, « Je ne sais pas » last at 0 points, a best choice above 0",
    (_id, q) => {
      expect(q.choices.length).toBeGreaterThanOrEqual(2);
      expect(q.choices.length).toBeLessThanOrEqual(4);
      const last = q.choices[q.choices.length - 1];
      expect([last.id, last.label, last.points]).toEqual([DONT_KNOW_ID, "Je ne sais pas", 0]);
      expect(new Set(q.choices.map((c) => fold(c.label))).size).toBe(q.choices.length);
      expect(new Set(q.choices.map((c) => c.id)).size).toBe(q.choices.length);
      expect(fullPoints(q)).toBeGreaterThan(0);
      expect(q.weight).toBeGreaterThanOrEqual(1);
    },
  );

  test.each(AUDIT_QUESTIONS.map((q) => [q.id, q] as const))("%s: sourced (name, https address, day checked) with a measure saying why and how", (_id, q) => {
    expect(q.source.name.length).toBeGreaterThan(10);
    expect(q.source.url).toMatch(/^https:\/\/[a-z.-]+\.(gouv\.fr|fr)\//);
    expect(q.source.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(q.text.endsWith("?")).toBe(true);
    expect(q.help.length).toBeGreaterThan(20);
    for (const text of [q.measure.title, q.measure.why, q.measure.how]) expect(text.trim().length).toBeGreaterThan(5);
  });

  test("the questions the cross-checks read exist, with the choices they name", () => {
    const choiceIds = (id: string) => auditQuestion(id)?.choices.map((c) => c.id) ?? [];
    expect(choiceIds(BACKUP_QUESTION_ID)).toEqual(expect.arrayContaining([...NO_TESTED_BACKUP_CHOICES]));
    expect(choiceIds(HDS_QUESTION_ID)).toEqual(expect.arrayContaining([...NO_HDS_CHOICES]));
    expect(choiceIds(INCIDENT_QUESTION_ID)).toEqual(expect.arrayContaining([...INCIDENT_HAPPENED_CHOICES]));
    // « Je ne sais pas » says nothing either way: no cross-check fires on it.
    for (const list of [NO_TESTED_BACKUP_CHOICES, NO_HDS_CHOICES, INCIDENT_HAPPENED_CHOICES]) expect(list).not.toContain(DONT_KNOW_ID);
  });
});
