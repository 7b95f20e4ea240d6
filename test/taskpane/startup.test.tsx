/**
 * Start-up as Excel runs it (index.tsx → startTaskpane): Office.onReady, then the requirement check.
 * An Excel without ExcelApi 1.9 gets a plain French message instead of a blank pane; outside Excel the
 * page says to open it from Excel; a supported host gets the pane, verifying the open workbook.
 */
import { act, screen, waitFor } from "@testing-library/react";
import { startTaskpane, type OfficeLike } from "../../src/taskpane/mount";
import type { ExcelHost } from "../../src/taskpane/excel";
import { createMemoryExcel } from "../../src/memoryExcel";
import { loadExcelBook } from "../../src/workbook/exceljs";
import { buildCnilWorkbook, cleanRegister } from "../fixtures/xlsxFiles";
import { CLOCK } from "./harness";

jest.setTimeout(30000);

function fakeOffice(supported: (set: string, version?: string) => boolean): OfficeLike & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    onReady: async () => ({ host: "Excel", platform: "PC" }),
    context: {
      requirements: {
        isSetSupported: (name: string, version?: string) => {
          asked.push(`${name} ${version ?? ""}`.trim());
          return supported(name, version);
        },
      },
    },
  };
}

async function memoryExcel(): Promise<ExcelHost> {
  const memory = createMemoryExcel(await loadExcelBook(await buildCnilWorkbook(cleanRegister(1))));
  return memory.Excel;
}

let unmount: (() => void) | null = null;
afterEach(() => {
  act(() => unmount?.());
  unmount = null;
  document.body.innerHTML = "";
});

function container(): HTMLElement {
  const div = document.createElement("div");
  div.id = "container";
  document.body.appendChild(div);
  return div;
}

describe("start-up", () => {
  it("on an Excel without ExcelApi 1.9 (1.8 is not enough: live checking needs worksheets.onChanged), says in French which Excel is needed", async () => {
    const office = fakeOffice((_, v) => Number(v) < 1.9);
    await act(async () => {
      unmount = await startTaskpane(container(), { office, excel: await memoryExcel() });
    });
    expect(office.asked).toContain("ExcelApi 1.9");
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toMatch(/Cette version d'Excel ne permet pas d'utiliser le complément/);
    expect(alert.textContent).toMatch(/Excel pour Microsoft 365/);
    expect(alert.textContent).toMatch(/Excel sur le web/);
    expect(screen.queryByRole("tab")).toBeNull();
  });

  it("outside Excel (no office.js), says to open it from Excel", async () => {
    await act(async () => {
      unmount = await startTaskpane(container(), {});
    });
    expect(await screen.findByText(/Cette page s'ouvre depuis Excel/)).toBeTruthy();
  });

  it("on a supported Excel, mounts the pane and verifies the open workbook", async () => {
    const office = fakeOffice(() => true);
    await act(async () => {
      unmount = await startTaskpane(container(), { office, excel: await memoryExcel(), clock: CLOCK });
    });
    expect(screen.getByRole("heading", { level: 1, name: "Registre RGPD" })).toBeTruthy();
    // The « Droits » tab is shown once a section of it is wired (RIGHTS_SECTIONS).
    expect(screen.getAllByRole("tab")).toHaveLength(6);
    for (const name of ["Vérifier", "Aide", "Nouvelle fiche", "Parcours", "Droits", "Sécurité"]) expect(screen.getByRole("tab", { name })).toBeTruthy();
    await waitFor(() => expect(screen.getByText(/^Prêt à envoyer( — \d+ points? à revoir)?$/)).toBeTruthy(), { timeout: 10000 });
  });
});
