/**
 * Debian's Chromium driven by playwright-core, with no network of its own (no component updates, no
 * sync, no QUIC), a fresh profile, and every request the pages make recorded for the tests to check.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

const CANDIDATES = [process.env.CHROMIUM_PATH ?? "", "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

export const SKIP_MESSAGE = "Chromium introuvable : tests navigateur ignorés";

/** The Chromium to drive, or null when the machine has none. */
export function findChromium(): string | null {
  return CANDIDATES.find((p) => p && existsSync(p)) ?? null;
}

/**
 * `describe` when a Chromium is found; otherwise says so on the console and skips, unless
 * REQUIRE_E2E is set (CI), where a missing Chromium fails.
 */
export function describeWithChromium(name: string, body: (chromiumPath: string) => void): void {
  const exe = findChromium();
  if (exe) {
    describe(name, () => body(exe));
    return;
  }
  if (process.env.REQUIRE_E2E) {
    describe(name, () => {
      it("a besoin de Chromium", () => {
        throw new Error(`${SKIP_MESSAGE}, alors que REQUIRE_E2E est défini : installez-le (apt-get install -y chromium).`);
      });
    });
    return;
  }
  // A notice to whoever runs the tests, not a warning from the code under test (see test/setup/failOnConsole.ts).
  process.stderr.write(`${SKIP_MESSAGE}\n`);
  describe.skip(name, () => body(""));
}

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Every URL requested by any page of the session. */
  requests: string[];
  /** Console errors and uncaught page errors. */
  errors: string[];
  close(): Promise<void>;
}

export async function openSession(executablePath: string): Promise<Session> {
  const profile = mkdtempSync(path.join(os.tmpdir(), "cpts-e2e-profile-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1400, height: 900 },
    locale: "fr-FR",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const requests: string[] = [];
  const errors: string[] = [];
  context.on("request", (r) => requests.push(r.url()));
  const page = context.pages()[0] ?? (await context.newPage());
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(String(e)));
  return {
    context,
    page,
    requests,
    errors,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export const ARTIFACTS = path.resolve(__dirname, "../../../test-artifacts/e2e");

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string }[];
}

/** Runs axe-core in the page (injected from node_modules, no network) and returns its violations. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  const source = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
  // The playground's CSP forbids inline scripts: when the injected tag is refused, evaluate the same
  // source through the DevTools protocol, which the page's CSP does not govern.
  await page.addScriptTag({ content: source }).catch(() => undefined);
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(source);
  return page.evaluate(async () => {
    // axe is the global the injected script defines
    const axe = (window as unknown as { axe: { run: (ctx: Document | { exclude: string[][] }, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    // Fluent's focus manager (tabster) puts invisible sentinels (<i data-tabster-dummy tabindex=0
    // aria-hidden>) around some groups: they hand focus on at once and are meant to be hidden from
    // assistive technology, so axe's aria-hidden-focus rule does not apply to them.
    const result = await axe.run({ exclude: [["[data-tabster-dummy]"]] }, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, html: n.html.slice(0, 200) })),
    }));
  });
}
