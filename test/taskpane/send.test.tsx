/**
 * « Préparer l'envoi à SESAN », in the pane over the in-memory Excel: a register with rights requests,
 * breaches and a set-aside finding (people named in them), and one fiche whose « Mise à jour » tab 2
 * does not show. The coordinator opens the panel from « Vérifier », sees what the dates refresh would
 * write and applies it, writes the « Synthèse pour SESAN » page, then saves the copy: its bytes are read
 * back (its name, no person's name or facts anywhere, the summary there, the same verdict), and the
 * workbook itself keeps everything.
 */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import JSZip from "jszip";
import { CLOCK, cellOf, openDialog, openPane } from "./harness";
import { registerWithPeople, PEOPLE, FACTS } from "../register/sending/sendingFixtures";
import { formatFrenchDate, organisationName, readRegister, validateRegister, findOwnedSheets, sendCopyName, type WorkbookSnapshot } from "../../src/register";
import { applyPlanToXlsx, loadXlsx, saveXlsx, snapshotOf } from "../../src/workbook/xlsx";
import { serial } from "../fixtures/registers";

// jsdom has no object URLs: keep what the panel puts in the Blob, to read the download back.
const blobs = new Map<string, Blob>();
beforeAll(() => {
  let n = 0;
  Object.defineProperty(URL, "createObjectURL", {
    configurable: true,
    value: (b: Blob) => {
      const url = `blob:send-${++n}`;
      blobs.set(url, b);
      return url;
    },
  });
  Object.defineProperty(URL, "revokeObjectURL", { configurable: true, value: (url: string) => blobs.delete(url) });
});

const blobBytes = (b: Blob): Promise<Uint8Array> =>
  new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(new Error("Lecture du fichier impossible"));
    reader.readAsArrayBuffer(b);
  });

/** Every cell of every sheet, as text. */
function everyCell(snapshot: WorkbookSnapshot): string {
  return snapshot.sheets.flatMap((s) => s.values.flatMap((row) => row.map((v) => String(v ?? "")))).join("\n");
}

/** The parts of an .xlsx file (every one, as text) that hold one of `words`: a cleared cell's text may stay in the shared table. */
async function partsHolding(bytes: Uint8Array, words: readonly string[]): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const found: string[] = [];
  for (const name of Object.keys(zip.files)) {
    const text = await zip.files[name].async("string");
    if (words.some((w) => text.includes(w))) found.push(name);
  }
  return found;
}

/** The register of the test: people in the requests and breaches, and a fiche updated since tab 2 was. */
async function registerBytes(): Promise<{ bytes: Uint8Array; ficheSheet: string; updated: number }> {
  const book = await registerWithPeople(3, CLOCK);
  const fiche = readRegister(snapshotOf(book)).fiches.find((f) => f.kind === "fiche" && f.ref.value.trim() !== "");
  if (!fiche) throw new Error("no fiche");
  const updated = serial("2026-11-20");
  applyPlanToXlsx(book, {
    title: "Mise à jour de la fiche",
    ops: [{ op: "write", sheet: fiche.sheet, cells: [{ address: fiche.updated.cell, kind: "date", value: updated }] }],
  });
  return { bytes: await saveXlsx(book), ficheSheet: fiche.sheet, updated };
}

describe("« Préparer l'envoi à SESAN »", () => {
  it("walks from the verdict to the copy to send, which carries the register and not the people", async () => {
    const { bytes, updated } = await registerBytes();
    const pane = await openPane(bytes);
    const original = pane.content();
    expect(everyCell(original)).toContain(PEOPLE[0]);

    fireEvent.click(screen.getByRole("button", { name: "Préparer l'envoi à SESAN" }));
    const panel = await screen.findByRole("region", { name: "Préparer l'envoi à SESAN" }, { timeout: 10000 });
    const steps = within(panel).getByRole("list", { name: "Étapes de l'envoi" });

    // 1. The verdict, as « Vérifier » gives it.
    const report = validateRegister(readRegister(original), { clock: CLOCK });
    const verdictStep = within(steps).getByRole("listitem", { name: "1. Le registre est-il prêt ?" });
    expect(verdictStep.textContent).toMatch(report.verdict === "ready" ? /Le registre est prêt/ : /bloquent? l'envoi/);

    // 2. Tab 2's dates: shown first, written only on « Appliquer ».
    const datesStep = within(steps).getByRole("listitem", { name: "2. Les dates de l'onglet 2" });
    expect(datesStep.textContent).toContain("1 date de l'onglet 2 diffère de celle des fiches.");
    fireEvent.click(within(datesStep).getByRole("button", { name: "Voir et mettre à jour les dates" }));
    const dialog = await openDialog();
    const rows = within(dialog).getAllByRole("row").slice(1);
    expect(rows).toHaveLength(1);
    const [sheetCell, addressCell, , afterCell] = within(rows[0]).getAllByRole("cell");
    expect(afterCell.textContent).toBe(formatFrenchDate(updated));
    expect(pane.content()).toEqual(original); // nothing written by the preview
    fireEvent.click(within(dialog).getByRole("button", { name: "Appliquer", hidden: true }));
    await waitFor(
      () =>
        expect(cellOf(pane.content(), sheetCell.textContent ?? "", addressCell.textContent ?? "")).not.toEqual(
          cellOf(original, sheetCell.textContent ?? "", addressCell.textContent ?? ""),
        ),
      {
        timeout: 10000,
      },
    );
    await waitFor(() => expect(datesStep.textContent).toContain("rien à mettre à jour"), { timeout: 10000 });

    // 3. The « Synthèse pour SESAN » page, written into the workbook.
    const summaryStep = within(steps).getByRole("listitem", { name: "3. La page « Synthèse pour SESAN »" });
    fireEvent.click(within(summaryStep).getByRole("button", { name: "Écrire la synthèse" }));
    await waitFor(() => expect(findOwnedSheets(pane.content(), "sesanSummary")).toHaveLength(1), { timeout: 10000 });
    await within(summaryStep).findByRole("button", { name: "Réécrire la synthèse" }, { timeout: 10000 });

    // 4. The copy, from the workbook's own file.
    const copyStep = within(steps).getByRole("listitem", { name: "4. La copie à envoyer" });
    fireEvent.click(within(copyStep).getByRole("button", { name: "Préparer la copie" }));
    const now = readRegister(pane.content());
    const fileName = sendCopyName(organisationName(now, ""), CLOCK);
    expect(fileName).toMatch(/^Registre-RGPD_[A-Za-z0-9-]+_2026-11-24\.xlsx$/);
    const link = await within(copyStep).findByRole("link", { name: `Enregistrer « ${fileName} »` }, { timeout: 20000 });
    expect(link.getAttribute("download")).toBe(fileName);
    expect(copyStep.textContent).toContain("La copie, relue, donne le même verdict que votre registre.");
    expect(copyStep.textContent).toMatch(/réduite à ses nombres/);
    expect(copyStep.textContent).not.toContain("La copie n'a pas la page");

    const blob = blobs.get(link.getAttribute("href") ?? "");
    expect(blob).toBeDefined();
    const copyBytes = await blobBytes(blob!);
    const copy = snapshotOf(await loadXlsx(copyBytes));
    const text = everyCell(copy);
    for (const person of [...PEOPLE, ...FACTS]) expect(text).not.toContain(person);
    expect(await partsHolding(copyBytes, [...PEOPLE, ...FACTS])).toEqual([]);
    expect(findOwnedSheets(copy, "sesanSummary")).toHaveLength(1);
    const copyReport = validateRegister(readRegister(copy), { clock: CLOCK });
    const nowReport = validateRegister(now, { clock: CLOCK });
    expect(copyReport.verdict).toBe(nowReport.verdict);
    expect(copyReport.summary.errors).toBe(nowReport.summary.errors);
    expect(copyReport.fiches.map((f) => [f.ref, f.completeness])).toEqual(nowReport.fiches.map((f) => [f.ref, f.completeness]));
    expect(copyReport.incidents).toEqual(nowReport.incidents);
    expect(copyReport.requests).toEqual(nowReport.requests);

    // The workbook itself keeps every person: only the copy was reduced.
    expect(everyCell(pane.content())).toContain(PEOPLE[0]);

    // 5. How to send it.
    const adviceStep = within(steps).getByRole("listitem", { name: "5. Envoyer la copie" });
    expect(adviceStep.textContent).toContain("MSSanté");
    expect(adviceStep.textContent).toMatch(/Jamais en pièce jointe d'un courriel ordinaire/);

    // Closing gives the focus back to the button that opened it.
    fireEvent.click(within(panel).getByRole("button", { name: "Fermer" }));
    await waitFor(() => expect(screen.queryByRole("region", { name: "Préparer l'envoi à SESAN" })).toBeNull());
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Préparer l'envoi à SESAN" }));
  }, 60_000);

  it("says when the file Excel gives does not have the summary just written yet", async () => {
    const { bytes } = await registerBytes();
    // Excel hands over the file as it was last saved: before the summary.
    await openPane(bytes, { wrapPort: (port) => ({ ...port, getFileBytes: () => Promise.resolve(bytes) }) });
    fireEvent.click(screen.getByRole("button", { name: "Préparer l'envoi à SESAN" }));
    const panel = await screen.findByRole("region", { name: "Préparer l'envoi à SESAN" }, { timeout: 10000 });
    fireEvent.click(within(panel).getByRole("button", { name: "Écrire la synthèse" }));
    await within(panel).findByRole("button", { name: "Réécrire la synthèse" }, { timeout: 10000 });
    fireEvent.click(within(panel).getByRole("button", { name: "Préparer la copie" }));
    await within(panel).findByRole("link", { name: /^Enregistrer « Registre-RGPD_/ }, { timeout: 20000 });
    expect(panel.textContent).toContain("La copie n'a pas la page « Synthèse pour SESAN » : Excel ne l'avait pas encore enregistrée.");
  }, 60_000);

  it("says when Excel cannot give the file, and writes nothing", async () => {
    const { bytes } = await registerBytes();
    const pane = await openPane(bytes, {
      wrapPort: (port) => ({
        ...port,
        getFileBytes: () => Promise.reject(Object.assign(new Error("Excel n'a pas pu donner une copie du classeur."), { name: "OfficeAdapterError" })),
      }),
    });
    const before = pane.content();
    fireEvent.click(screen.getByRole("button", { name: "Préparer l'envoi à SESAN" }));
    const panel = await screen.findByRole("region", { name: "Préparer l'envoi à SESAN" }, { timeout: 10000 });
    await act(async () => {
      fireEvent.click(within(panel).getByRole("button", { name: "Préparer la copie" }));
    });
    await within(panel).findByText(/La copie n'a pas pu être préparée\. Excel n'a pas pu donner une copie du classeur\./, undefined, { timeout: 10000 });
    expect(within(panel).queryByRole("link", { name: /^Enregistrer/ })).toBeNull();
    expect(pane.content()).toEqual(before);
  }, 60_000);
});
