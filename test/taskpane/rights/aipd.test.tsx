/**
 * « AIPD » of the « Droits » tab, over the example register in the in-memory Excel: only the fiche whose
 * screening asks for an AIPD is listed, with why; « Exporter pour l'outil PIA » gives a download link to
 * the PIA tool's file (a Blob, nothing sent anywhere); « AIPD réalisée le … » lands in the hidden sheet
 * and the section then says it was carried out.
 */
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import AipdSection from "../../../src/taskpane/components/rights/aipd/AipdSection";
import { readAipdDone, readRegister, validateRegister, type WritePlan } from "../../../src/register";
import { excelBookSnapshot, type ExcelBook } from "../../../src/workbook/exceljs";
import { buildExampleRegister, buildTemplateWorkbook } from "../../../src/workbook/template";
import { excelBookOf } from "../../fixtures/excelBook";
import { clockAt } from "../../fixtures/clocks";
import { SectionHarness } from "../security/harness";

const CLOCK = clockAt("2026-12-07T10:00:00+01:00");

let book: ExcelBook;
beforeEach(async () => {
  book = await excelBookOf(await buildExampleRegister({ clock: CLOCK }));
}, 60_000);

// jsdom has no object URLs: keep what the section puts in the Blob, to read it back.
const blobs = new Map<string, Blob>();
beforeAll(() => {
  let n = 0;
  Object.defineProperty(URL, "createObjectURL", {
    configurable: true,
    value: (b: Blob) => {
      const url = `blob:aipd-${++n}`;
      blobs.set(url, b);
      return url;
    },
  });
  Object.defineProperty(URL, "revokeObjectURL", { configurable: true, value: (url: string) => blobs.delete(url) });
});

const blobText = (b: Blob): Promise<string> =>
  new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === "string" ? reader.result : "");
    reader.onerror = () => reject(new Error("Lecture du fichier impossible"));
    reader.readAsText(b);
  });

describe("AipdSection", () => {
  it("lists only the fiches whose screening asks for an AIPD, each with why, and the how-to", () => {
    render(<SectionHarness book={book} clock={CLOCK} Section={AipdSection} />);
    const list = screen.getByRole("list", { name: "Fiches qui demandent une AIPD" });
    const items = within(list).getAllByRole("listitem");
    expect(items).toHaveLength(1);
    expect(items[0].textContent).toContain("Soins non programmés / participation au SAS");
    expect(items[0].textContent).toContain("RÉF ref-002");
    expect(items[0].textContent).toContain("AIPD probable : au moins deux critères de risque");
    expect(screen.queryByText(/Gestion des adhérents/)).toBeNull();
    expect(screen.getByText(/« Importer PIA »/)).toBeTruthy();
    expect(screen.getByRole("link", { name: "L'outil PIA sur le site de la CNIL" }).getAttribute("href")).toBe(
      "https://www.cnil.fr/fr/outil-pia-telechargez-et-installez-le-logiciel-de-la-cnil",
    );
    expect(screen.getByText("Fichier au format de l'outil PIA v4.1.0.")).toBeTruthy();
  });

  it("« Exporter pour l'outil PIA » gives a link that saves the PIA tool's file, pre-filled from the fiche", async () => {
    render(<SectionHarness book={book} clock={CLOCK} Section={AipdSection} />);
    fireEvent.click(screen.getByRole("button", { name: "Exporter pour l'outil PIA" }));
    const link = await screen.findByRole("link", { name: "Enregistrer « AIPD ref-002 Soins non programmés - participation au SAS.json »" });
    expect(link.getAttribute("download")).toBe("AIPD ref-002 Soins non programmés - participation au SAS.json");
    const blob = blobs.get(link.getAttribute("href") ?? "");
    expect(blob?.type).toBe("application/json;charset=utf-8");
    const file = JSON.parse(await blobText(blob!)) as { pia: { name: string }; answers: { reference_to: number; data: { text: string } }[] };
    expect(file.pia.name).toBe("Soins non programmés / participation au SAS (RÉF ref-002)");
    expect(file.answers.find((a) => a.reference_to === 111)?.data.text).toContain("Soins non programmés");
    expect(screen.getByText(/rien n'est envoyé sur Internet/)).toBeTruthy();
  });

  it("« AIPD réalisée le … » is noted in the hidden sheet; the section then says so and the verdict no longer asks", async () => {
    const plans: WritePlan[] = [];
    render(<SectionHarness book={book} clock={CLOCK} Section={AipdSection} onPlan={(p) => plans.push(p)} />);
    const date = screen.getByLabelText<HTMLInputElement>("AIPD réalisée le");
    expect(date.value).toBe("2026-12-07");
    fireEvent.change(date, { target: { value: "2026-11-20" } });
    fireEvent.click(screen.getByRole("button", { name: "Noter" }));
    await screen.findByText("C'est noté : AIPD réalisée le 20/11/2026. La vérification ne la demande plus pour cette fiche.");
    expect(plans[0].title).toBe("Noter l'AIPD de la fiche ref-002 réalisée le 20/11/2026");
    const snapshot = excelBookSnapshot(book);
    expect(snapshot.sheets.find((x) => x.name === "AIPD réalisées")?.visibility).toBe("Hidden");
    expect(readAipdDone(snapshot).records.map((r) => r.ref)).toEqual(["ref-002"]);
    expect(validateRegister(readRegister(snapshot), { clock: CLOCK }).findings.map((f) => f.rule)).not.toContain("aipd.likely");
    await waitFor(() => expect(screen.getByText("AIPD réalisée le 20/11/2026.")).toBeTruthy());
  });

  it("a day after today is refused beside the field, nothing written", async () => {
    const plans: WritePlan[] = [];
    render(<SectionHarness book={book} clock={CLOCK} Section={AipdSection} onPlan={(p) => plans.push(p)} />);
    fireEvent.change(screen.getByLabelText("AIPD réalisée le"), { target: { value: "2026-12-24" } });
    fireEvent.click(screen.getByRole("button", { name: "Noter" }));
    await screen.findByText("Cette date est dans le futur : notez l'AIPD une fois réalisée.");
    expect(plans).toEqual([]);
  });

  it("a register where no fiche asks for an AIPD says so", async () => {
    const empty = await excelBookOf(await buildTemplateWorkbook({ clock: CLOCK }));
    render(<SectionHarness book={empty} clock={CLOCK} Section={AipdSection} />);
    expect(screen.getByText("Aucune fiche ne demande d'AIPD d'après le dépistage : rien à faire ici pour l'instant.")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Exporter pour l'outil PIA" })).toBeNull();
  }, 60_000);
});
