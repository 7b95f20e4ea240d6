/**
 * The task pane at Excel's narrowest width (320 px), in a real Chromium over the playground: nothing
 * wider than the pane in any tab (no sideways scroll, no text cut at its edge, badges inside their
 * pill), a long message that wraps with its close button in sight, « Annuler » in view where the user
 * acted, and the keyboard focus kept in the pane after undo and after closing a message.
 * Needs `npm run build:web` first (npm test does it).
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Locator, Page } from "playwright-core";
import { AUDIT_QUESTIONS } from "../../src/register";
import { strings } from "../../src/taskpane/strings";
import { previewStrings } from "../../src/taskpane/strings/preview";
import { auditStrings } from "../../src/taskpane/strings/audit";
import { sendStrings } from "../../src/taskpane/strings/send";
import { playgroundStrings } from "../../src/playground/strings";
import { describeWithChromium, openSession, screenshot, type Session } from "./helpers/browser";
import { assertPlaygroundBuilt, serveDist, type StaticServer } from "./helpers/server";
import { DAY_PARAM, plantedRegister, type Planted } from "./helpers/planted";

jest.setTimeout(90_000);

const PANE_WIDTH = 320;

/**
 * What sticks out sideways in the pane, described for a failure message: the pane and its root, the
 * open panel and the message strip when they scroll sideways; any visible element whose box leaves
 * the pane's; a badge whose text leaves its pill.
 */
function overflowIn(pane: HTMLElement): string[] {
  const out: string[] = [];
  const name = (el: Element) =>
    `${el.tagName.toLowerCase()}${el.className && typeof el.className === "string" ? "." + el.className.trim().split(/\s+/).slice(0, 2).join(".") : ""} « ${(el.textContent ?? "").trim().slice(0, 40)} »`;
  const main = pane.querySelector<HTMLElement>("main");
  if (!main) return ["pas de volet"];
  const root = main.parentElement!;
  const scrollers = [pane, root, ...Array.from(root.querySelectorAll<HTMLElement>('[role="tabpanel"], main, header, .fui-MessageBar'))];
  for (const el of scrollers) if (el.scrollWidth > el.clientWidth + 1) out.push(`défile de côté (${el.scrollWidth} > ${el.clientWidth}) : ${name(el)}`);
  const box = pane.getBoundingClientRect();
  for (const el of Array.from(root.querySelectorAll<HTMLElement>("*"))) {
    const r = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    // Visually hidden helpers (1 px, clipped) and Fluent's focus sentinels are not seen.
    if (r.width <= 1 || r.height <= 1 || style.visibility === "hidden" || el.closest("[data-tabster-dummy]")) continue;
    if (r.right > box.right + 1 || r.left < box.left - 1)
      out.push(`dépasse le volet (${Math.round(r.left)}–${Math.round(r.right)} hors de ${Math.round(box.left)}–${Math.round(box.right)}) : ${name(el)}`);
  }
  for (const badge of Array.from(root.querySelectorAll<HTMLElement>(".fui-Badge"))) {
    if (badge.scrollWidth > badge.clientWidth + 1) out.push(`texte hors de sa pastille : ${name(badge)}`);
  }
  return out;
}

describeWithChromium("le volet à 320 px de large", (chromiumPath) => {
  let server: StaticServer;
  let session: Session;
  let page: Page;
  let dir: string;
  let planted: Planted;

  const pane = (): Locator => page.getByTestId("taskpane");
  const overflow = (): Promise<string[]> => pane().evaluate(overflowIn);
  /** Where the focus is: inside the pane (and not on the page's body), described for a failure message. */
  const focus = (): Promise<{ inPane: boolean; what: string }> =>
    page.evaluate(() => {
      const a = document.activeElement;
      const inPane = a !== null && a !== document.body && document.querySelector('[data-testid="taskpane"]')!.contains(a);
      return { inPane, what: a ? `${a.tagName.toLowerCase()} « ${(a.textContent ?? "").trim().slice(0, 300)} »` : "rien" };
    });

  async function applyNearMissFix(): Promise<void> {
    await pane()
      .getByRole("button", { name: `${planted.nearMiss.fix.label}…`, exact: true })
      .first()
      .click();
    const apply = page.getByRole("dialog").getByRole("button", { name: previewStrings.apply, exact: true });
    try {
      await apply.waitFor({ state: "visible", timeout: 2000 });
      await apply.click();
    } catch {
      // applied at once, with no preview
    }
    await pane().getByText(strings.applied(planted.nearMiss.fix.plan.title), { exact: true }).waitFor();
  }

  /** The pane's message with a close button (the verdict is a message bar too, with none). */
  const notice = (): Locator =>
    pane()
      .locator(".fui-MessageBar")
      .filter({ has: page.getByRole("button", { name: strings.app.dismiss, exact: true }) });
  const undoButton = (): Locator => pane().getByRole("button", { name: strings.undo.button(planted.nearMiss.fix.plan.title), exact: true });

  /** The near-miss fixed, with its message and « Annuler » showing (each test below can run alone). */
  async function ensureFixApplied(): Promise<void> {
    if ((await undoButton().count()) === 0 || (await notice().count()) === 0) await applyNearMissFix();
  }

  beforeAll(async () => {
    assertPlaygroundBuilt();
    dir = mkdtempSync(path.join(os.tmpdir(), "cpts-e2e-320-"));
    planted = await plantedRegister(dir);
    server = await serveDist();
    session = await openSession(chromiumPath);
    page = session.page;
    await page.goto(`${server.origin}/playground.html?${DAY_PARAM}&volet=${PANE_WIDTH}`);
    await pane().getByRole("heading", { name: strings.app.title, exact: true }).waitFor();
    await page.locator("#pg-file").setInputFiles(planted.file);
    await page.getByText(playgroundStrings.loadedFile(path.basename(planted.file))).waitFor();
    await pane()
      .getByText(/^Pas prêt — \d+ erreurs?$/)
      .waitFor();
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("le volet a bien 320 px", async () => {
    expect(Math.round((await pane().boundingBox())!.width)).toBe(PANE_WIDTH);
  });

  it.each([
    ["verify", "20-volet-320-verifier"],
    ["help", "21-volet-320-aide"],
    ["newFiche", "22-volet-320-nouvelle-fiche"],
    ["path", "23-volet-320-parcours"],
    ["security", "24-volet-320-securite"],
    ["rights", "27-volet-320-droits"],
  ] as const)("rien ne déborde sur le côté dans l'onglet %s", async (tab, shot) => {
    await pane().getByRole("tab", { name: strings.app.tabs[tab], exact: true }).click();
    await pane().locator(`#panel-${tab}`).waitFor();
    await page.waitForTimeout(500); // lazy panels and their animations
    await screenshot(page, shot);
    expect(await overflow()).toEqual([]);
  });

  it("l'aperçu d'une correction tient dans une fenêtre de 320 px ; Échap rend le focus au bouton de la correction", async () => {
    // In Excel the pane is the whole page: its dialogs are as narrow as it is.
    await page.setViewportSize({ width: PANE_WIDTH, height: 640 });
    try {
      await pane().getByRole("tab", { name: strings.app.tabs.verify, exact: true }).click();
      const fix = pane()
        .getByRole("button", { name: `${planted.nearMiss.fix.label}…`, exact: true })
        .first();
      await fix.click();
      const dialog = page.getByRole("dialog");
      await dialog.getByRole("button", { name: previewStrings.apply, exact: true }).waitFor();
      await page.waitForTimeout(400); // the dialog's fade-in
      await screenshot(page, "23b-apercu-320");
      const out = await dialog.evaluate((surface, width) => {
        const found: string[] = [];
        for (const el of [surface, ...Array.from(surface.querySelectorAll<HTMLElement>("*"))]) {
          const r = el.getBoundingClientRect();
          if (r.width <= 1 || r.height <= 1) continue;
          if (r.left < -1 || r.right > width + 1)
            found.push(`${el.tagName.toLowerCase()} « ${(el.textContent ?? "").trim().slice(0, 40)} » (${Math.round(r.left)}–${Math.round(r.right)})`);
          if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== "visible")
            found.push(`défile de côté : ${el.tagName.toLowerCase()} « ${(el.textContent ?? "").trim().slice(0, 40)} »`);
        }
        return found;
      }, PANE_WIDTH);
      expect(out).toEqual([]);
      await page.keyboard.press("Escape");
      await dialog.waitFor({ state: "detached" });
      await page.waitForTimeout(300); // past the pane's own focus moves
      // Back on the button that opened the preview (it stays focusable while the workbook is read again).
      expect((await focus()).inPane).toBe(true);
      expect(await fix.evaluate((el) => el === document.activeElement)).toBe(true);
    } finally {
      await page.setViewportSize({ width: 1400, height: 900 });
    }
  });

  it("« Annuler » et le message apparaissent là où l'utilisateur a agi, même au bas d'une longue liste", async () => {
    await pane().getByRole("tab", { name: strings.app.tabs.verify, exact: true }).click();
    const fix = pane()
      .getByRole("button", { name: `${planted.nearMiss.fix.label}…`, exact: true })
      .first();
    await fix.scrollIntoViewIfNeeded();
    const scrolled = await pane().evaluate((el) => el.scrollTop);
    await applyNearMissFix();
    const undo = undoButton();
    await undo.waitFor();
    await screenshot(page, "24-volet-320-annuler-en-vue");
    const box = (await pane().boundingBox())!;
    const seen = (await undo.boundingBox())!;
    expect(seen.y).toBeGreaterThanOrEqual(box.y - 1);
    expect(seen.y + seen.height).toBeLessThanOrEqual(box.y + box.height + 1);
    // The fix was out of the first screen: the test means something only if the pane had scrolled.
    expect(scrolled).toBeGreaterThan(0);
    expect(await overflow()).toEqual([]);
    expect((await focus()).inPane).toBe(true);
  });

  it("le message se replie sur plusieurs lignes, son bouton Fermer reste visible", async () => {
    await ensureFixApplied();
    const close = notice().getByRole("button", { name: strings.app.dismiss, exact: true });
    const box = (await pane().boundingBox())!;
    const seen = (await close.boundingBox())!;
    expect(seen.x).toBeGreaterThanOrEqual(box.x);
    expect(seen.x + seen.width).toBeLessThanOrEqual(box.x + box.width);
    // The message names a sheet and a value: at 320 px it takes more than one line.
    const lines = await notice().evaluate((el) => {
      const body = el.querySelector(".fui-MessageBarBody") ?? el;
      return Math.round(body.getBoundingClientRect().height / parseFloat(getComputedStyle(body).lineHeight));
    });
    expect(lines).toBeGreaterThan(1);
  });

  it("après « Annuler » au clavier, le focus reste dans le volet, jamais en haut de la page", async () => {
    await ensureFixApplied();
    const title = planted.nearMiss.fix.plan.title;
    const undo = undoButton();
    await undo.focus();
    await page.keyboard.press("Enter");
    await pane().getByText(strings.undo.done(title), { exact: true }).waitFor();
    await undo.waitFor({ state: "detached" });
    await page.waitForTimeout(300); // past the pane's own focus moves
    const where = await focus();
    expect(where).toEqual({ inPane: true, what: expect.any(String) });
    // The near-miss is back, and the message saying the undo was done has the focus.
    expect(where.what).toContain(strings.undo.done(title));
  });

  it("après la fermeture du message au clavier, le focus va à l'endroit suivant, pas en haut de la page", async () => {
    await ensureFixApplied();
    const close = notice().getByRole("button", { name: strings.app.dismiss, exact: true });
    await close.focus();
    await page.keyboard.press("Enter");
    await notice().waitFor({ state: "detached" });
    await page.waitForTimeout(300);
    const where = await focus();
    expect(where.inPane).toBe(true);
    expect(where.what).not.toBe("body « »");
    await screenshot(page, "25-volet-320-message-ferme");
  });

  it("« Préparer l'envoi à SESAN » tient dans 320 px, jusqu'à la copie proposée et son long nom", async () => {
    await pane().getByRole("tab", { name: strings.app.tabs.verify, exact: true }).click();
    const open = pane().getByRole("button", { name: strings.verify.send, exact: true });
    await open.click();
    const panel = pane().getByRole("region", { name: sendStrings.heading, exact: true });
    await panel.waitFor({ timeout: 20_000 });
    await page.waitForTimeout(300);
    expect(await overflow()).toEqual([]);
    // The copy is made from the playground's own file (the opened bytes and the plans applied since).
    await panel.getByRole("button", { name: sendStrings.copyMake, exact: true }).click();
    const link = panel.getByRole("link", { name: /^Enregistrer « Registre-RGPD_.+\.xlsx »$/ });
    await link.waitFor({ timeout: 30_000 });
    await link.scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    await screenshot(page, "28-volet-320-envoi-sesan");
    expect(await overflow()).toEqual([]);
    // Closed, the focus goes back to the button that opened it.
    await panel.getByRole("button", { name: sendStrings.close, exact: true }).click();
    await panel.waitFor({ state: "detached" });
    expect(await open.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  // Last: it adds a change of its own to « Annuler », which the tests above do not expect.
  it("les résultats de l'auto-diagnostic et leur graphique tiennent dans 320 px", async () => {
    await pane().getByRole("tab", { name: strings.app.tabs.security, exact: true }).click();
    await pane().getByRole("textbox", { name: auditStrings.whoLabel }).fill("Camille Martin");
    for (const q of AUDIT_QUESTIONS) {
      await pane().getByRole("radiogroup", { name: q.text, exact: true }).getByRole("radio").first().check();
    }
    expect(await overflow()).toEqual([]);
    await pane().getByRole("button", { name: auditStrings.save, exact: true }).click();
    const chart = pane().getByTestId("audit-chart");
    await chart.waitFor({ timeout: 20_000 });
    await page.waitForTimeout(300);
    await chart.scrollIntoViewIfNeeded();
    await screenshot(page, "26-volet-320-auto-diagnostic");
    expect(await overflow()).toEqual([]);
    // The chart takes the pane's width (less its margins), its labels inside it.
    const box = (await chart.boundingBox())!;
    expect(box.width).toBeGreaterThan(PANE_WIDTH - 60);
    expect(box.width).toBeLessThanOrEqual(PANE_WIDTH);
  });
});
