import { AUDIT_ANSWER_KEY } from "../../../src/register/audit/answerKey";
import { answerKeyOf } from "../../../src/register/audit/answerKeyFile";
import { AUDIT_QUESTIONS } from "../../../src/register/audit/themes/index";
import { tallyAudit } from "../../../src/register/audit/tally";
import { scoreAudit } from "../../../src/register/audit/score";

describe("the answer key the checker reads runs with", () => {
  test("says exactly what the themes say of each question's weight and choices (else: npm run audit:cle)", () => {
    expect(AUDIT_ANSWER_KEY).toEqual(answerKeyOf(AUDIT_QUESTIONS));
  });

  test("gives the same figures as the full scoring", () => {
    const answers = { "gov-referent": "informel", "bak-restore": "non-testee", "sup-hds": "aucune", "mob-encryption": "verrou", "upd-updates": "nsp" };
    const full = scoreAudit(answers);
    const tally = tallyAudit(answers);
    expect(tally.score).toBe(full.score);
    expect(tally.level).toBe(full.level);
    expect(tally.themes).toEqual(full.themes.map(({ label: _label, ...t }) => t));
  });
});
