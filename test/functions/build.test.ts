// The custom functions as the build ships them: functions.json generated from the JSDoc (what Excel
// shows in the formula bar), functions.js standalone, self-registering and small. The functions entry
// is built here on its own (production mode, the project's webpack.config.js) into a temporary folder,
// so that this test does not depend on the task pane's code nor on a previous `npm run build`.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { gzipSync } from "zlib";
import webpack from "webpack";
import { runInNewContext } from "node:vm";
import { RULE_EXPLANATIONS } from "../../src/register/rules/explanations";

const root = path.resolve(__dirname, "../..");

interface ParameterMeta {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}
interface FunctionMeta {
  id: string;
  name: string;
  description: string;
  parameters: ParameterMeta[];
  result: { type?: string; dimensionality?: string };
}

let outDir = "";
let js = "";
let metadata: { functions: FunctionMeta[] } = { functions: [] };

beforeAll(async () => {
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), "rgpd-functions-"));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require(path.join(root, "webpack.config.js")) as (env: object, argv: { mode: string }) => webpack.Configuration;
  const full = makeConfig({ quiet: true }, { mode: "production" });
  const config: webpack.Configuration = {
    ...full,
    entry: { functions: "./src/functions/functions.ts" },
    output: { ...full.output, path: outDir },
    // only the metadata plugin: no pages, no copies
    plugins: (full.plugins ?? []).filter((p) => p?.constructor?.name === "CustomFunctionsMetadataPlugin"),
  };
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    webpack(config, (err, s) => (err || !s ? reject(err ?? new Error("no stats")) : resolve(s))),
  );
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
  js = fs.readFileSync(path.join(outDir, "functions.js"), "utf8");
  metadata = JSON.parse(fs.readFileSync(path.join(outDir, "functions.json"), "utf8"));
}, 120_000);

afterAll(() => {
  if (outDir) fs.rmSync(outDir, { recursive: true, force: true });
});

const byId = (id: string): FunctionMeta => {
  const f = metadata.functions.find((m) => m.id === id);
  if (!f) throw new Error(`${id} absent de functions.json`);
  return f;
};

/** The script addresses of a page (the minified HTML drops the quotes around them). */
const scriptSources = (html: string): string[] => [...html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/g)].map((m) => m[1]);

/** Looks French: accented letters or common French words. */
const french = /[àâçéèêëîïôûù]|\b(le|la|les|de|du|des|une?|est|pour)\b/i;

test("functions.json lists the six functions, each id equal to its name", () => {
  expect(metadata.functions.map((f) => f.id).sort()).toEqual(["AIPD", "COMPLETUDE", "CONSERVATION", "MANQUES", "PAYS_ADEQUAT", "PROCHAINE_REVUE"].sort());
  for (const f of metadata.functions) expect(f.name).toBe(f.id);
});

test("every function and parameter has a French description", () => {
  for (const f of metadata.functions) {
    expect(f.description).toMatch(french);
    for (const p of f.parameters) expect({ f: f.id, p: p.name, d: p.description ?? "" }).toEqual({ f: f.id, p: p.name, d: expect.stringMatching(french) });
  }
});

test("parameters and results have the types Excel must pass and expect", () => {
  for (const id of ["COMPLETUDE", "MANQUES", "AIPD"]) {
    expect(byId(id).parameters).toEqual([expect.objectContaining({ name: "fiche", type: "any", dimensionality: "matrix" })]);
  }
  expect(byId("COMPLETUDE").result).toEqual({ type: "number" });
  expect(byId("MANQUES").result).toEqual({ type: "string" });
  expect(byId("AIPD").result).toEqual({ type: "string" });
  expect(byId("PAYS_ADEQUAT").parameters).toEqual([expect.objectContaining({ name: "pays", type: "string" })]);
  expect(byId("PAYS_ADEQUAT").result).toEqual({ type: "boolean" });
  expect(byId("CONSERVATION").parameters).toEqual([expect.objectContaining({ name: "type", type: "string" })]);
  expect(byId("CONSERVATION").result).toEqual({ type: "string" });
  const revue = byId("PROCHAINE_REVUE").parameters;
  expect(revue).toHaveLength(2);
  // a date cell arrives as a number, a typed date as text: "any"
  expect(revue[0]).toEqual(expect.objectContaining({ name: "date_maj", type: "any" }));
  expect(revue[0].optional).toBeUndefined();
  expect(revue[1]).toEqual(expect.objectContaining({ name: "mois", type: "number", optional: true }));
  expect(byId("PROCHAINE_REVUE").result).toEqual({ type: "number" });
  // none is a matrix result, none streams
  for (const f of metadata.functions) expect(f.result.dimensionality).toBeUndefined();
});

test("functions.js registers each function by itself", () => {
  for (const f of metadata.functions) expect(js).toContain(`.associate("${f.id}",`);
});

test("functions.js carries no UI code and no zod, and weighs at most 30 KB gzip", () => {
  expect(js).not.toMatch(/react\.(element|fragment|transitional)|__SECRET_INTERNALS|__reactFiber/i);
  expect(js).not.toMatch(/fui-|@fluentui|griffel/i);
  expect(js).not.toMatch(/ZodError|zod/);
  expect(js).not.toMatch(/exceljs|jszip/i);
  const gzip = gzipSync(Buffer.from(js), { level: 9 }).length;
  expect(gzip).toBeLessThanOrEqual(30 * 1024);
});

test("functions.js runs in a page without office.js and registers through CustomFunctions when it is there", () => {
  // Each load runs in a page of its own (a fresh global), as a browser gives it.
  // Without the global: loading must not throw (taskpane.html opened outside Excel).
  expect(() => void runInNewContext(js, {})).not.toThrow();
  // With it: every function is associated, and each one answers.
  const registered = new Map<string, (...args: unknown[]) => unknown>();
  const fakeRuntime = {
    associate: (id: string, fn: (...args: unknown[]) => unknown) => registered.set(id, fn),
    Error: class {
      constructor(
        public code: string,
        public message?: string,
      ) {}
    },
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
  };
  runInNewContext(js, { CustomFunctions: fakeRuntime });
  expect([...registered.keys()].sort()).toEqual(metadata.functions.map((f) => f.id).sort());
  expect(registered.get("PAYS_ADEQUAT")!("Suisse")).toBe(true);
  expect(registered.get("PROCHAINE_REVUE")!(45731, null)).toBe(46096); // 15/03/2025 -> 15/03/2026
});

/**
 * The checks of dist/ need a production build (`npm test` makes one first); without it they are
 * reported as skipped, never passed unseen.
 */
const builtPage = path.join(root, "dist", "taskpane.html");
const productionBuilt = fs.existsSync(builtPage) && !fs.readdirSync(path.join(root, "dist")).some((f) => f.endsWith(".js.map"));
const testBuilt = productionBuilt ? test : test.skip;

testBuilt("taskpane.html, when built, loads functions.js before the pane's code", () => {
  const html = fs.readFileSync(builtPage, "utf8");
  const scripts = scriptSources(html);
  const functionsAt = scripts.findIndex((s) => /(^|\/)functions\.js$/.test(s));
  const paneAt = scripts.findIndex((s) => /(^|\/)taskpane(\.[0-9a-f]+)?\.js$/.test(s));
  expect(functionsAt).toBeGreaterThanOrEqual(0);
  expect(paneAt).toBeGreaterThan(functionsAt);
});

// 200 KB until December 2026; 202 KB since the engine's one-pass word index (PhraseIndex, the 4× faster
// verdict) and the layout ops' undo. 206 KB since step 4 joined the verdict (issue 12): the breach
// register's and the self-audit's readers and rules (+8.2 KB) must run at the first check, since the
// 72 hours and the re-evaluation are warnings of the verdict. What could leave did: the questions' texts
// (9 KB, loaded with the audit section; the verdict reads an answer key), every rule's why and
// how-to-fix (-4.4 KB, chunk « rule-explanations », fetched when a finding is opened), the writing plans
// and the Sécurité tab (lazy chunks). Measured then: 205.2 KB (the tab and « Cyberattaque ? » button
// included). 207 KB since step 3 joined the verdict (issue 13): the rights-requests register's reader,
// deadline (French public holidays) and rules (+2.2 KB: a request past its month is a warning of the
// verdict), and the readers of the notice and « AIPD réalisées » sheets (the path and the AIPD screening
// read them, +1.4 KB). What could leave did: the code that writes an owned sheet back on undo (-3.4 KB,
// chunk « undo-restore », fetched for a plan that deletes), the texts of the report and tracking sheets
// (-0.7 KB), one reading of an owned sheet's days instead of four; the notices' builder, the letters, the
// PIA file and the « Droits » tab are lazy chunks. Measured then: 206.0 KB. The next addition to the first
// load must again come with a lazy split of its own weight. Issue 14: the readers of the reduced
// sheets of a copy sent to SESAN (it must give the register's verdict and figures) and the « Préparer
// l'envoi à SESAN » button (its panel, the copy's making and office.js's file reading are lazy chunks);
// the preview's texts and its describePlan left for the « preview » chunk (-0.7 KB). Measured then: 206.8 KB.
const FIRST_LOAD_BUDGET_KB = 207;

testBuilt(`the task pane's first load, functions.js included, is at most ${FIRST_LOAD_BUDGET_KB} KB of JavaScript (gzip)`, () => {
  const html = fs.readFileSync(builtPage, "utf8");
  const local = scriptSources(html).filter((s) => !/^https?:/.test(s));
  expect(local.length).toBeGreaterThanOrEqual(2);
  const sizes = local.map((s) => [s, gzipSync(fs.readFileSync(path.join(root, "dist", s)), { level: 9 }).length] as const);
  const total = sizes.reduce((sum, [, n]) => sum + n, 0);
  // Over the limit, the sizes file by file say what grew.
  if (total > FIRST_LOAD_BUDGET_KB * 1024)
    throw new Error(
      `Premier chargement du volet au-delà de ${FIRST_LOAD_BUDGET_KB} Ko : ${sizes.map(([s, n]) => `${s} ${(n / 1024).toFixed(1)} Ko`).join(", ")}`,
    );
  expect(total).toBeGreaterThan(0);
});

testBuilt("the rules' why and how to fix are not in the pane's first load but in a chunk of their own, fetched when a finding opens", () => {
  const html = fs.readFileSync(builtPage, "utf8");
  const firstLoad = scriptSources(html)
    .filter((s) => !/^https?:/.test(s))
    .map((s) => fs.readFileSync(path.join(root, "dist", s), "utf8"))
    .join("\n");
  const chunk = fs.readdirSync(path.join(root, "dist")).find((f) => /^rule-explanations\.[0-9a-f]+\.js$/.test(f));
  expect(chunk).toBeDefined();
  const prose = fs.readFileSync(path.join(root, "dist", chunk!), "utf8");
  const texts = Object.values(RULE_EXPLANATIONS).flatMap((e) => [e.why, e.howToFix]);
  expect(texts.filter((t) => firstLoad.includes(t))).toEqual([]);
  // (A text built from a constant may be written otherwise by the minifier: most are found as written.)
  expect(texts.filter((t) => prose.includes(t)).length).toBeGreaterThan(texts.length * 0.9);
});

test("the task pane's first load carries neither zod nor the report's schema (the CLI's contract)", () => {
  const page = path.join(root, "dist", "taskpane.html");
  if (!fs.existsSync(page)) {
    console.warn("dist/taskpane.html absent (npm run build:web pas encore lancé) : vérification sautée.");
    return;
  }
  const local = scriptSources(fs.readFileSync(page, "utf8")).filter((s) => !/^https?:/.test(s));
  for (const s of local) {
    const js = fs.readFileSync(path.join(root, "dist", s), "utf8");
    expect(js).not.toMatch(/ZodError|toJSONSchema/);
    expect(js).not.toContain("schemaVersion");
  }
});

test("no engine module is imported only for its side effects (webpack.config.js declares src/register side-effect free)", () => {
  const register = path.join(root, "src", "register");
  const offenders: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (/\.tsx?$/.test(entry.name)) {
        for (const m of fs.readFileSync(file, "utf8").matchAll(/^\s*import\s+["']([^"']+)["']/gm)) {
          const target = m[1].startsWith(".") ? path.resolve(path.dirname(file), m[1]) : m[1];
          if (target.startsWith(register)) offenders.push(`${path.relative(root, file)}: import "${m[1]}"`);
        }
      }
    }
  };
  walk(path.join(root, "src"));
  walk(path.join(root, "test"));
  // such an import would be dropped by the production build
  expect(offenders).toEqual([]);
});
