/**
 * A finding's « Pourquoi ? Comment corriger ? » fetches its texts when opened (they are out of the pane's
 * first load): a short line says so meanwhile, a fetch that fails says so, and opening again retries.
 */
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FindingList } from "../../src/taskpane/components/FindingList";
import type { Finding, RuleExplanation } from "../../src/register";

// The loader as the pane calls it, held by the test: it decides when and how each fetch ends.
const pending: { resolve: (e: RuleExplanation) => void; reject: (e: Error) => void }[] = [];
jest.mock("../../src/register", () => ({
  ...jest.requireActual<object>("../../src/register"),
  loadRuleExplanation: () => new Promise<RuleExplanation>((resolve, reject) => pending.push({ resolve, reject })),
}));

const finding: Finding = {
  rule: "art30.fiche.purpose-missing",
  severity: "error",
  sheet: "Fiche 1",
  cell: "B17",
  message: "La finalité principale n'est pas indiquée (cellule B17).",
};

const EXPLANATION: RuleExplanation = { why: "Parce que le RGPD le demande.", howToFix: "Écrire la finalité." };

const summary = (): HTMLElement => screen.getByText("Pourquoi ? Comment corriger ?");
const details = (): HTMLDetailsElement => summary().closest("details")!;

test("nothing is fetched before the finding is opened; then a loading line, then the texts", async () => {
  render(<FindingList findings={[finding]} onGoTo={() => {}} onFix={() => {}} />);
  await act(async () => {});
  expect(pending).toHaveLength(0);

  fireEvent.click(summary());
  // The details tell they opened a moment after the click (their « toggle » event).
  await waitFor(() => expect(pending).toHaveLength(1));
  expect(within(details()).getByText("Chargement de l'explication…")).toBeTruthy();
  // The CNIL's page does not wait for the texts.
  expect(within(details()).getByRole("link", { name: /CNIL : la finalité d'un traitement/ })).toBeTruthy();

  await act(async () => pending.shift()!.resolve(EXPLANATION));
  expect(within(details()).getByText("Parce que le RGPD le demande.")).toBeTruthy();
  expect(within(details()).getByText("Écrire la finalité.")).toBeTruthy();
  expect(within(details()).queryByText("Chargement de l'explication…")).toBeNull();
});

test("a fetch that fails says so, and closing then opening the finding again retries", async () => {
  // Another rule than above: the first test's explanation is kept for the pane's life.
  const other: Finding = { ...finding, rule: "art30.fiche.name-missing" };
  render(<FindingList findings={[other]} onGoTo={() => {}} onFix={() => {}} />);
  fireEvent.click(summary());
  await waitFor(() => expect(pending).toHaveLength(1));
  await act(async () => pending.shift()!.reject(new Error("Loading chunk rule-explanations failed")));
  expect(within(details()).getByText(/L'explication n'a pas pu être chargée/)).toBeTruthy();

  fireEvent.click(summary());
  await act(async () => {});
  expect(details().open).toBe(false);
  fireEvent.click(summary());
  // The details tell they opened a moment after the click (their « toggle » event).
  await waitFor(() => expect(pending).toHaveLength(1));
  expect(within(details()).getByText("Chargement de l'explication…")).toBeTruthy();
  await act(async () => pending.shift()!.resolve(EXPLANATION));
  expect(within(details()).getByText("Parce que le RGPD le demande.")).toBeTruthy();
});

test("the finding the walker is on opens with its explanation fetched, without a click", async () => {
  const third: Finding = { ...finding, rule: "art30.fiche.ref-missing" };
  render(<FindingList findings={[third]} onGoTo={() => {}} onFix={() => {}} currentKey={`${third.rule}\u0000${third.sheet}\u0000${third.cell}`} />);
  expect(details().open).toBe(true);
  // Its « toggle » event comes after: still one fetch.
  await act(() => new Promise((r) => setTimeout(r, 10)));
  expect(pending).toHaveLength(1);
  await act(async () => pending.shift()!.resolve(EXPLANATION));
  expect(within(details()).getByText("Écrire la finalité.")).toBeTruthy();
});
