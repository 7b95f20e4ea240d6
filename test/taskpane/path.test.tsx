/**
 * The "Parcours en 4 étapes" panel over real workbooks (our template and the example register, built
 * by the template builder), with ticks written through the real ExcelJS adapter and read back.
 */
import { excelBookOf } from "../fixtures/excelBook";
import * as React from "react";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import PathPanel from "../../src/taskpane/components/path/PathPanel";
import { readRegister, validateRegister, type WorkbookSnapshot, type WritePlan } from "../../src/register";
import { readPathTicks } from "../../src/register";
import { applyPlanToExcelBook, excelBookSnapshot, type ExcelBook } from "../../src/workbook/exceljs";
import { buildExampleRegister, buildTemplateWorkbook } from "../../src/workbook/template";
import { PaneProvider, usePane } from "../../src/taskpane/state/store";
import { createWorkbookPort } from "../../src/taskpane/excel";
import { createMemoryExcel } from "../../src/memoryExcel";
import { clockAt } from "../fixtures/clocks";

const CLOCK = clockAt("2026-11-24T10:00:00+01:00");

/** The panel as the task pane uses it: the workbook is read again after each plan. */
function Harness({ book, onPlan, onNavigate }: { book: ExcelBook; onPlan?: (p: WritePlan) => void; onNavigate?: (s: string, c: string) => void }) {
  const [snapshot, setSnapshot] = React.useState<WorkbookSnapshot>(() => excelBookSnapshot(book));
  const register = React.useMemo(() => readRegister(snapshot), [snapshot]);
  const report = React.useMemo(() => validateRegister(register, { clock: CLOCK }), [register]);
  const ticks = React.useMemo(() => readPathTicks(snapshot), [snapshot]);
  return (
    <FluentProvider theme={webLightTheme}>
      <PathPanel
        register={register}
        report={report}
        ticks={ticks}
        snapshot={snapshot}
        clock={CLOCK}
        onNavigate={onNavigate ?? (() => undefined)}
        onApplyPlan={async (plan) => {
          onPlan?.(plan);
          applyPlanToExcelBook(book, plan);
          setSnapshot(excelBookSnapshot(book));
        }}
      />
    </FluentProvider>
  );
}

function stepOf(id: string): HTMLElement {
  const el = document.querySelector<HTMLElement>(`[data-step="${id}"]`);
  if (!el) throw new Error(`step ${id} not rendered`);
  return el;
}

function openStep(title: RegExp): void {
  fireEvent.click(screen.getByRole("button", { name: title }));
}

let example: ExcelBook;
beforeAll(async () => {
  example = await excelBookOf(await buildExampleRegister({ clock: CLOCK }));
}, 30000);

describe("PathPanel", () => {
  it("shows the 4 CNIL steps with their state, and opens the first step not done", async () => {
    const book = await excelBookOf(await buildTemplateWorkbook({ clock: CLOCK }));
    render(<Harness book={book} />);
    expect(screen.getByRole("heading", { name: "Parcours en 4 étapes" })).toBeTruthy();
    for (const t of [/1\. Recensez vos traitements/, /2\. Faites le tri/, /3\. Respectez les droits/, /4\. Sécurisez vos données/]) {
      expect(screen.getByRole("button", { name: t })).toBeTruthy();
    }
    // The blank template has no fiche: step 1 is to do, and it is the open one.
    expect(within(stepOf("recenser")).getByText("À faire")).toBeTruthy();
    expect(screen.getByText("Au moins une fiche décrit un traitement")).toBeTruthy();
    expect(screen.getByText("Aucune étape faite pour l'instant")).toBeTruthy();
  });

  it("takes the user to the cell where to act", async () => {
    const book = await excelBookOf(await buildTemplateWorkbook({ clock: CLOCK }));
    const onNavigate = jest.fn();
    render(<Harness book={book} onNavigate={onNavigate} />);
    const item = document.querySelector<HTMLElement>('[data-item="fiches-exist"]')!;
    const link = within(item).getAllByRole("button", { name: /^Aller à « .+ », cellule [A-Z]+\d+$/ })[0];
    fireEvent.click(link);
    expect(onNavigate).toHaveBeenCalledTimes(1);
    const [sheet, cell] = onNavigate.mock.calls[0] as [string, string];
    expect(excelBookSnapshot(book).sheets.map((s) => s.name)).toContain(sheet);
    expect(link.textContent).toBe(`Aller à « ${sheet} », cellule ${cell}`);
  });

  it("marks a point seen in the workbook as done in the example register", () => {
    render(<Harness book={example} />);
    const item = document.querySelector<HTMLElement>('[data-item="fiches-exist"]')!;
    expect(item.getAttribute("data-done")).toBe("true");
    expect(within(item).getByText("Vérifié dans le classeur : c'est fait.")).toBeTruthy();
  });

  it("writes a tick into the « Suivi de conformité » sheet, where it is read back with its date", async () => {
    const plans: WritePlan[] = [];
    const book = await excelBookOf(await buildTemplateWorkbook({ clock: CLOCK }));
    render(<Harness book={book} onPlan={(p) => plans.push(p)} />);
    openStep(/3\. Respectez les droits/);
    const box = screen.getByRole<HTMLInputElement>("checkbox", { name: "Une adresse permet d'exercer ses droits" });
    expect(box.checked).toBe(false);
    await act(async () => {
      fireEvent.click(box);
    });
    expect(plans).toHaveLength(1);
    expect(plans[0].ops[0]).toMatchObject({ op: "addSheet", name: "Suivi de conformité" });
    const after = excelBookSnapshot(book);
    expect(after.sheets.map((s) => s.name)).toContain("Suivi de conformité");
    expect(readPathTicks(after)["rights-channel"]).toEqual({ done: true, date: "24/11/2026" });
    const again = screen.getByRole<HTMLInputElement>("checkbox", { name: "Une adresse permet d'exercer ses droits" });
    expect(again.checked).toBe(true);
    expect(screen.getByText("Coché le 24/11/2026")).toBeTruthy();
    // Unticking keeps the same sheet and row.
    await act(async () => {
      fireEvent.click(again);
    });
    expect(plans[1].ops.some((op) => op.op === "addSheet")).toBe(false);
    expect(readPathTicks(excelBookSnapshot(book))["rights-channel"].done).toBe(false);
    expect(screen.getByRole<HTMLInputElement>("checkbox", { name: "Une adresse permet d'exercer ses droits" }).checked).toBe(false);
  });

  it("a step whose every point is ticked or seen is « Fait »", async () => {
    const book = await excelBookOf(await buildExampleRegister({ clock: CLOCK }));
    render(<Harness book={book} />);
    // Step 1, the first not done, is the open one.
    const step = stepOf("recenser");
    expect(within(step).getByText("En cours")).toBeTruthy();
    const boxes = within(step).getAllByRole("checkbox");
    expect(boxes).toHaveLength(1);
    await act(async () => {
      fireEvent.click(boxes[0]);
    });
    // The example register has complete fiches, listed in tab 2 with the CPTS's details: with the tick, the step is done.
    expect(step.querySelector('[data-item="fiches-complete"]')!.getAttribute("data-done")).toBe("true");
    expect(within(step).getByText("Fait")).toBeTruthy();
    expect(screen.getByText("1 étape sur 4 faite")).toBeTruthy();
  });

  it("says what to do in a cyberattack, with the law's nuance on notifying", () => {
    render(<Harness book={example} />);
    openStep(/4\. Sécurisez vos données/);
    // The same reflexes as the « Fiche réflexe » of the Sécurité tab (one source: the card's data).
    const steps = within(screen.getByRole("list", { name: "Les réflexes, dans l'ordre" })).getAllByRole("listitem");
    expect(steps).toHaveLength(5);
    expect(steps[0].textContent).toMatch(/Débranchez/);
    expect(steps[4].textContent).toMatch(/registre des violations \(toujours\)/);
    expect(steps[4].textContent).toMatch(/72 heures/);
    expect(steps[4].textContent).toMatch(/sauf si la violation ne présente pas de risque/);
    expect(steps[4].textContent).toMatch(/risque pour elles est élevé/);
    expect(screen.getByText(/ne payez jamais la rançon/)).toBeTruthy();
  });

  it("links to the CNIL in a new window, and to no other site than the few public services named", () => {
    render(<Harness book={example} />);
    for (const t of [/1\. Recensez/, /2\. Faites le tri/, /3\. Respectez/, /4\. Sécurisez/]) openStep(t);
    const links = Array.from(document.querySelectorAll<HTMLAnchorElement>("a[href]"));
    expect(links.length).toBeGreaterThan(5);
    // The cyberattack reflexes give SESAN's address to write to: a mail link, not a site.
    const mails = links.filter((a) => a.href.startsWith("mailto:"));
    expect(mails.map((a) => a.href)).toEqual(["mailto:crrc@sesan.fr"]);
    for (const a of links.filter((l) => !mails.includes(l))) {
      expect(a.target).toBe("_blank");
      expect(a.rel).toContain("noopener");
      expect(new URL(a.href).hostname).toMatch(
        /(^|\.)cnil\.fr$|^monaide\.cyber\.gouv\.fr$|^17cyber\.gouv\.fr$|^signalement\.social-sante\.gouv\.fr$|^www\.cyberveille-sante\.gouv\.fr$/,
      );
    }
    expect(links.some((a) => new URL(a.href).hostname === "www.cnil.fr")).toBe(true);
  });

  it("inside the task pane, with no ticks given, reads them from the pane's workbook and writes through Excel", async () => {
    const book = await excelBookOf(await buildTemplateWorkbook({ clock: CLOCK }));
    // The pane's real port, over the in-memory Excel (the Office adapter, as inside Excel).
    const port = createWorkbookPort(createMemoryExcel(book).Excel);
    function InPane() {
      const pane = usePane();
      const { refresh } = pane;
      React.useEffect(() => void refresh(), [refresh]);
      if (!pane.register || !pane.report) return <p>…</p>;
      return <PathPanel register={pane.register} report={pane.report} onNavigate={() => undefined} onApplyPlan={(p) => pane.apply(p)} clock={CLOCK} />;
    }
    render(
      <FluentProvider theme={webLightTheme}>
        <PaneProvider port={port} clock={CLOCK}>
          <InPane />
        </PaneProvider>
      </FluentProvider>,
    );
    await screen.findByRole("heading", { name: "Parcours en 4 étapes" });
    openStep(/4\. Sécurisez vos données/);
    await act(async () => {
      fireEvent.click(screen.getByRole("checkbox", { name: "Les données sont sauvegardées et la restauration a été testée" }));
    });
    await screen.findByText("Coché le 24/11/2026");
    expect(readPathTicks(excelBookSnapshot(book)).backups).toEqual({ done: true, date: "24/11/2026" });
  });
});
