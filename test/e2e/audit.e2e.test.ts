/**
 * The whole cyber self-audit in the playground, in a real Chromium: the « Sécurité » tab, every
 * question answered, « Enregistrer l'évaluation », the results (score, level, priority measures) and
 * the comparison chart drawn by the pane, the sheet « Auto-diagnostic cyber » in the grid with the note
 * of its Excel chart (the in-memory Excel records it without drawing it), and a second run compared
 * with the first; the downloaded file keeps both runs and their tables (a file has no chart: the file
 * layer skips the chart op). Needs `npm run build:web` first (npm test does it).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Locator, Page } from "playwright-core";
import { AUDIT_QUESTIONS, readAudit, scoreAudit, type AuditAnswers } from "../../src/register";
import { loadXlsx, snapshotOf } from "../../src/workbook/xlsx";
import { strings } from "../../src/taskpane/strings";
import { auditStrings } from "../../src/taskpane/strings/audit";
import { playgroundStrings } from "../../src/playground/strings";
import { describeWithChromium, openSession, runAxe, screenshot, type Session } from "./helpers/browser";
import { assertPlaygroundBuilt, serveDist, type StaticServer } from "./helpers/server";
import { DAY_PARAM } from "./helpers/planted";

jest.setTimeout(120_000);

const SHEET = "Auto-diagnostic cyber";
const DAY = "24/11/2026";

/** The first run: « Je ne sais pas » to one question in three, the best answer elsewhere. */
const FIRST: AuditAnswers = Object.fromEntries(AUDIT_QUESTIONS.map((q, i) => [q.id, q.choices[i % 3 === 0 ? q.choices.length - 1 : 0].id]));
/** The second: the best answer everywhere. */
const SECOND: AuditAnswers = Object.fromEntries(AUDIT_QUESTIONS.map((q) => [q.id, q.choices[0].id]));

describeWithChromium("l'auto-diagnostic cyber dans le bac à sable", (chromiumPath) => {
  let server: StaticServer;
  let session: Session;
  let page: Page;
  let errorsBefore = 0;

  const pane = (): Locator => page.getByTestId("taskpane");
  const workbook = (): Locator => page.locator("section.pg-workbook");
  const overall = (): Locator => pane().getByRole("region", { name: auditStrings.overall });

  async function answerAll(answers: AuditAnswers): Promise<void> {
    for (const q of AUDIT_QUESTIONS) {
      const choice = q.choices.find((c) => c.id === answers[q.id])!;
      await pane().getByRole("radiogroup", { name: q.text, exact: true }).getByRole("radio", { name: choice.label, exact: true }).check();
    }
  }

  /** The pane's chart bars of a series, theme → score. */
  async function bars(series: "current" | "previous"): Promise<Record<string, number>> {
    return pane()
      .getByTestId("audit-chart")
      .evaluate(
        (svg, s) =>
          Object.fromEntries(
            Array.from(svg.querySelectorAll(`rect[data-series="${s}"]`)).map((r) => [
              r.closest("g[data-theme]")?.getAttribute("data-theme") ?? "",
              Number(r.getAttribute("data-score")),
            ]),
          ),
        series,
      );
  }

  const themeScores = (answers: AuditAnswers): Record<string, number> => Object.fromEntries(scoreAudit(answers).themes.map((t) => [t.label, t.score]));

  beforeAll(async () => {
    assertPlaygroundBuilt();
    server = await serveDist();
    session = await openSession(chromiumPath);
    page = session.page;
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it("répond à tout le questionnaire, enregistre, et montre les résultats et le graphique", async () => {
    await page.goto(`${server.origin}/playground.html?${DAY_PARAM}`);
    await pane().getByRole("heading", { name: strings.app.title, exact: true }).waitFor();
    await pane()
      .getByText(/^Prêt à envoyer( — \d+ points? à revoir)?$/)
      .waitFor();
    await pane().getByRole("tab", { name: strings.app.tabs.security, exact: true }).click();
    await pane().getByRole("heading", { name: auditStrings.heading, exact: true }).waitFor();
    await pane()
      .getByText(`${auditStrings.progressLabel} : ${auditStrings.progress(0, AUDIT_QUESTIONS.length)}`)
      .waitFor();

    await pane().getByRole("textbox", { name: auditStrings.whoLabel }).fill("Camille Martin");
    await answerAll(FIRST);
    await pane()
      .getByText(`${auditStrings.progressLabel} : ${auditStrings.progress(AUDIT_QUESTIONS.length, AUDIT_QUESTIONS.length)}`)
      .waitFor();
    await screenshot(page, "30-auto-diagnostic-questionnaire");
    await pane().getByRole("button", { name: auditStrings.save, exact: true }).click();

    const first = scoreAudit(FIRST);
    await pane()
      .getByRole("heading", { name: auditStrings.resultsHeading(DAY), exact: true })
      .waitFor({ timeout: 20_000 });
    await overall().getByText(auditStrings.outOf100(first.score), { exact: true }).waitFor();
    await pane().getByText(auditStrings.level(first.level.label), { exact: true }).waitFor();
    await pane().getByText(auditStrings.reevaluate("24/05/2027"), { exact: true }).waitFor();
    await expect(pane().getByRole("region", { name: auditStrings.measuresHeading }).getByRole("listitem").count()).resolves.toBe(
      Math.min(6, first.measures.length),
    );
    await pane().getByText(first.measures[0].title, { exact: true }).waitFor();

    // The pane's own chart: drawn, one bar per theme at its score.
    const chart = pane().getByTestId("audit-chart");
    await chart.waitFor();
    expect((await chart.boundingBox())!.height).toBeGreaterThan(100);
    await expect(bars("current")).resolves.toEqual(themeScores(FIRST));
    await expect(bars("previous")).resolves.toEqual({});

    // In the workbook: the add-in's sheet, shown, with the note of its Excel chart under the grid.
    await workbook().locator('[role="tab"][aria-selected="true"]', { hasText: SHEET }).waitFor({ timeout: 10_000 });
    await workbook()
      .locator("td", { hasText: `Évaluation du ${DAY}` })
      .first()
      .waitFor();
    const notes = page.getByTestId("sheet-charts");
    await notes.getByText(/^Graphique : Comparaison 2026-11-24 — « Score par thème sur 100/).waitFor();
    await expect(notes.getAttribute("aria-label")).resolves.toBe(playgroundStrings.chartsLabel);
    await screenshot(page, "31-auto-diagnostic-resultats");

    expect(session.errors).toEqual([]);
    // As the playground's own test: what would stop a screen reader or keyboard user (serious, critical).
    const violations = (await runAxe(page)).filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    // Injecting axe trips the page's CSP once (the helper then goes through DevTools): not the pane's.
    errorsBefore = session.errors.length;
  });

  it("une deuxième évaluation est comparée à la première, thème par thème", async () => {
    await pane().getByRole("button", { name: auditStrings.newRun, exact: true }).click();
    await expect(pane().getByRole("textbox", { name: auditStrings.whoLabel }).inputValue()).resolves.toBe("Camille Martin");
    await answerAll(SECOND);
    await pane().getByRole("button", { name: auditStrings.save, exact: true }).click();
    await pane().getByText(auditStrings.chartCaption(DAY, DAY), { exact: true }).waitFor({ timeout: 20_000 });
    await expect(bars("previous")).resolves.toEqual(themeScores(FIRST));
    await expect(bars("current")).resolves.toEqual(themeScores(SECOND));
    await overall()
      .getByText(auditStrings.outOf100(scoreAudit(SECOND).score), { exact: true })
      .waitFor();
    await expect(page.getByTestId("sheet-charts").getByRole("listitem").count()).resolves.toBe(2);
    await screenshot(page, "32-auto-diagnostic-comparaison");
    expect(session.errors.slice(errorsBefore)).toEqual([]);
  });

  it("le classeur téléchargé garde les deux évaluations et leurs tableaux de comparaison (le fichier n'a pas de graphique)", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "cpts-e2e-audit-"));
    try {
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: playgroundStrings.download }).click()]);
      const saved = path.join(dir, "auto-diagnostic-telecharge.xlsx");
      await download.saveAs(saved);
      const runs = readAudit(snapshotOf(await loadXlsx(readFileSync(saved)))).runs;
      expect(runs.map((r) => [r.who, r.score])).toEqual([
        ["Camille Martin", scoreAudit(FIRST).score],
        ["Camille Martin", scoreAudit(SECOND).score],
      ]);
      expect(runs.every((r) => r.comparisonRange !== undefined)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
