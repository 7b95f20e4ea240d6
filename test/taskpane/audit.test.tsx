/**
 * The « Auto-diagnostic » of the « Sécurité » tab, in the whole pane over the in-memory Excel: the
 * questionnaire asks for a name and every answer, « Enregistrer l'évaluation » writes the run (and its
 * Excel chart) into « Auto-diagnostic cyber », the results read back from the workbook show the score,
 * the level, the priority measures and the chart, a second run is compared with the first, and the
 * pane's « Annuler » takes a run away.
 */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { AUDIT_QUESTIONS, scoreAudit, type AuditAnswers } from "../../src/register";
import { barLength } from "../../src/taskpane/components/security/audit/ComparisonChart";
import { cleanRegister } from "../fixtures/xlsxFiles";
import { openPane, type Pane } from "./harness";

jest.setTimeout(60000);

const SHEET = "Auto-diagnostic cyber";

/** A first run: the best answer to the first question of each theme, « Je ne sais pas » elsewhere. */
const FIRST: AuditAnswers = Object.fromEntries(
  AUDIT_QUESTIONS.map((q, i) => [q.id, i === 0 || q.theme !== AUDIT_QUESTIONS[i - 1].theme ? q.choices[0].id : q.choices[q.choices.length - 1].id]),
);
/** The second run: the best answer everywhere but in one question. */
const SECOND: AuditAnswers = Object.fromEntries(AUDIT_QUESTIONS.map((q, i) => [q.id, q.choices[i === 3 ? 1 : 0].id]));

function answer(answers: AuditAnswers): void {
  for (const q of AUDIT_QUESTIONS) {
    const group = screen.getByRole("radiogroup", { name: q.text });
    const choice = q.choices.find((c) => c.id === answers[q.id])!;
    fireEvent.click(within(group).getByRole("radio", { name: choice.label }));
  }
}

async function openAudit(): Promise<Pane> {
  const pane = await openPane(cleanRegister(1));
  fireEvent.click(screen.getByRole("tab", { name: "Sécurité" }));
  await screen.findByRole("heading", { name: "Auto-diagnostic cyber" }, { timeout: 10000 });
  return pane;
}

/** The chart's bars of one series: theme → [score, length]. */
function bars(series: "current" | "previous"): Record<string, [number, number]> {
  const chart = screen.getByTestId("audit-chart");
  return Object.fromEntries(
    Array.from(chart.querySelectorAll(`rect[data-series="${series}"]`)).map((r): [string, [number, number]] => [
      r.closest("g[data-theme]")?.getAttribute("data-theme") ?? "",
      [Number(r.getAttribute("data-score")), Number(r.getAttribute("width"))],
    ]),
  );
}

function expectedBars(answers: AuditAnswers): Record<string, [number, number]> {
  return Object.fromEntries(scoreAudit(answers).themes.map((t) => [t.label, [t.score, barLength(t.score)]]));
}

describe("the self-audit in the pane", () => {
  it("asks for a name and every answer before saving, and says where it stands", async () => {
    const pane = await openAudit();
    const total = AUDIT_QUESTIONS.length;
    expect(screen.getByText(`Questions répondues : 0 / ${total}`)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Enregistrer l'évaluation" }));
    expect(screen.getByRole("alert").textContent).toBe("Indiquez votre nom avant d'enregistrer.");
    expect(document.activeElement).toBe(screen.getByRole("textbox", { name: /Votre nom/ }));

    fireEvent.change(screen.getByRole("textbox", { name: /Votre nom/ }), { target: { value: "Camille Martin" } });
    const first = AUDIT_QUESTIONS[0];
    fireEvent.click(within(screen.getByRole("radiogroup", { name: first.text })).getByRole("radio", { name: "Je ne sais pas" }));
    expect(screen.getByText(`Questions répondues : 1 / ${total}`)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Enregistrer l'évaluation" }));
    expect(screen.getByRole("alert").textContent).toMatch(new RegExp(`^${total - 1} questions restent sans réponse`));
    // The focus goes to the first question left without an answer.
    const second = screen.getByRole("radiogroup", { name: AUDIT_QUESTIONS[1].text });
    expect(second.contains(document.activeElement)).toBe(true);
    // Nothing was written.
    expect(pane.content().sheets.some((s) => s.name === SHEET)).toBe(false);
  });

  it("saves a run, shows its results and chart, compares the next run with it, and undoes a run", async () => {
    const pane = await openAudit();
    fireEvent.change(screen.getByRole("textbox", { name: /Votre nom/ }), { target: { value: "Camille Martin" } });
    answer(FIRST);
    fireEvent.click(screen.getByRole("button", { name: "Enregistrer l'évaluation" }));

    const heading = await screen.findByRole("heading", { name: "Résultats de l'évaluation du 24/11/2026" }, { timeout: 15000 });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    const first = scoreAudit(FIRST);
    expect(screen.getByText("Réalisée par Camille Martin.")).toBeTruthy();
    expect(screen.getByText(`${first.score} / 100`)).toBeTruthy();
    expect(screen.getByText(`Niveau ${first.level.label.toLowerCase()}`)).toBeTruthy();
    expect(screen.getByText(first.level.meaning)).toBeTruthy();
    expect(screen.getByText("Réévaluer avant le 24/05/2027.")).toBeTruthy();

    // Up to six measures, in the engine's order, each with why and how.
    const measures = within(screen.getByRole("region", { name: "Mesures prioritaires" })).getAllByRole("listitem");
    expect(measures).toHaveLength(Math.min(6, first.measures.length));
    expect(measures.length).toBeGreaterThan(0);
    measures.forEach((li, i) => {
      expect(li.textContent).toBe(`${first.measures[i].title}Pourquoi : ${first.measures[i].why}Comment : ${first.measures[i].how}`);
    });

    // The chart: one series (no previous run), a bar per theme as long as its score.
    expect(bars("current")).toEqual(expectedBars(FIRST));
    expect(bars("previous")).toEqual({});
    const figure = screen.getByRole("figure");
    expect(within(figure).getByText(/^Score par thème sur 100 de l'évaluation du 24\/11\/2026\./)).toBeTruthy();
    // Its table, for screen readers: a row per theme.
    const table = within(figure).getByRole("table");
    expect(within(table).getAllByRole("row")).toHaveLength(first.themes.length + 1);

    // In the workbook: the add-in's sheet, and the Excel chart of the run's comparison table.
    const sheet = pane.content().sheets.find((s) => s.name === SHEET);
    expect(sheet).toBeDefined();
    expect(pane.memory.charts(SHEET)).toEqual([expect.objectContaining({ name: "Comparaison 2026-11-24", type: "ColumnClustered" })]);

    // A second run: the name is offered again, the answers start empty.
    fireEvent.click(screen.getByRole("button", { name: "Nouvelle évaluation" }));
    const name = screen.getByRole<HTMLInputElement>("textbox", { name: /Votre nom/ });
    expect(name.value).toBe("Camille Martin");
    // The button used is gone: the focus goes to the form's first field.
    expect(document.activeElement).toBe(name);
    expect(screen.getByText(`Questions répondues : 0 / ${AUDIT_QUESTIONS.length}`)).toBeTruthy();
    answer(SECOND);
    fireEvent.click(screen.getByRole("button", { name: "Enregistrer l'évaluation" }));
    await waitFor(() => expect(Object.keys(bars("previous"))).toHaveLength(first.themes.length), { timeout: 15000 });
    expect(bars("current")).toEqual(expectedBars(SECOND));
    expect(bars("previous")).toEqual(expectedBars(FIRST));
    const second = scoreAudit(SECOND);
    expect(screen.getByText(`${second.score} / 100`)).toBeTruthy();
    expect(screen.getByText(`+${second.score - first.score} depuis l'évaluation du 24/11/2026.`)).toBeTruthy();
    expect(screen.getByText("Score par thème sur 100 : l'évaluation du 24/11/2026 comparée à celle du 24/11/2026.")).toBeTruthy();
    expect(pane.memory.charts(SHEET).map((c) => c.name)).toEqual(["Comparaison 2026-11-24", "Comparaison 2026-11-24 (2)"]);

    // « Annuler »: the second run goes; the first one's results are back, alone.
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: /^Annuler : Enregistrer l'auto-diagnostic cyber/ }));
    });
    await waitFor(() => expect(bars("previous")).toEqual({}), { timeout: 15000 });
    expect(bars("current")).toEqual(expectedBars(FIRST));
    expect(screen.getByText(`${first.score} / 100`)).toBeTruthy();
  });
});
