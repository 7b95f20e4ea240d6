/**
 * @jest-environment jsdom
 */
// The manifest checked offline (office-addin-manifest's validator posts it to a web service): what Excel
// needs to load a shared-runtime add-in with custom functions, and the URL rewrite of the build.
import * as fs from "fs";
import * as path from "path";
import { DEFAULT_ADDIN_URL, normalizeAddinUrl, rewriteManifestUrls } from "../scripts/manifestUrl.js";
import { MIN_EXCEL_API } from "../src/workbook/office";

const root = path.resolve(__dirname, "..");
const source = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
const BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
const XSI = "http://www.w3.org/2001/XMLSchema-instance";

function parse(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, "application/xml");
  const error = doc.getElementsByTagName("parsererror")[0];
  if (error) throw new Error(`manifest.xml mal formé : ${error.textContent}`);
  return doc;
}

const doc = parse(source);
const all = (name: string): Element[] => Array.from(doc.getElementsByTagNameNS("*", name));
const one = (name: string): Element => {
  const found = all(name);
  expect(found).toHaveLength(1);
  return found[0];
};
/** A direct child of <OfficeApp> (Description and others also appear deeper, with a resid). */
const top = (name: string): Element => {
  const found = Array.from(doc.documentElement.children).filter((e) => e.localName === name);
  expect(found).toHaveLength(1);
  return found[0];
};
const xsiType = (e: Element): string | null => e.getAttributeNS(XSI, "type");

/** id -> DefaultValue of every resource (images, URLs, short and long strings). */
const resources = new Map<string, string>();
for (const tag of ["Image", "Url", "String"]) {
  for (const e of Array.from(doc.getElementsByTagNameNS(BT, tag))) {
    const id = e.getAttribute("id");
    if (id) resources.set(id, e.getAttribute("DefaultValue") ?? "");
  }
}
const url = (resid: string | null): string => resources.get(resid ?? "") ?? "";

/** Every URL the manifest holds, in attributes and texts (not comments, not namespace names). */
function urlsOf(xml: string): string[] {
  const body = xml.replace(/<!--[\s\S]*?-->/g, "").replace(/\sxmlns(:\w+)?="[^"]*"/g, "");
  return body.match(/[a-z]+:\/\/[^"'<\s]+/gi) ?? [];
}
const ownUrls = (xml: string): string[] => urlsOf(xml).filter((u) => !u.startsWith("https://www.cnil.fr/"));

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const b = fs.readFileSync(file);
  expect(b.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(b.subarray(12, 16).toString("ascii")).toBe("IHDR");
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

describe("manifest.xml", () => {
  test("is a task pane add-in for Excel, in French, with a GUID and the package's version", () => {
    expect(doc.documentElement.localName).toBe("OfficeApp");
    expect(xsiType(doc.documentElement)).toBe("TaskPaneApp");
    expect(top("Id").textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i);
    const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { version: string };
    expect(top("Version").textContent).toBe(`${pkg.version}.0`);
    expect(top("DefaultLocale").textContent).toBe("fr-FR");
    expect(top("DisplayName").getAttribute("DefaultValue")).toBe("Registre RGPD CPTS");
    const description = top("Description").getAttribute("DefaultValue") ?? "";
    expect(description).toMatch(/registre.*CNIL/i);
    expect(description.length).toBeLessThanOrEqual(250); // what the store and the admin centre accept
    expect(top("ProviderName").textContent?.trim()).not.toBe("");
    expect(all("Host").filter((h) => h.getAttribute("Name") === "Workbook")).toHaveLength(1);
    expect(top("Permissions").textContent).toBe("ReadWriteDocument");
  });

  test("requires the shared runtime and ExcelApi 1.9 (live checking's worksheets.onChanged), the version the pane checks at start-up", () => {
    const sets = new Map(all("Set").map((s) => [s.getAttribute("Name"), s.getAttribute("MinVersion")]));
    expect(sets.get("SharedRuntime")).toBe("1.1");
    expect(sets.get("ExcelApi")).toBe("1.9");
    expect(sets.get("ExcelApi")).toBe(MIN_EXCEL_API);
  });

  test("every resid is defined, and resource ids are short enough", () => {
    const used = Array.from(doc.querySelectorAll("[resid]")).map((e) => e.getAttribute("resid") ?? "");
    expect(used.length).toBeGreaterThan(10);
    for (const resid of used) {
      expect({ resid, defined: resources.has(resid) }).toEqual({ resid, defined: true });
      expect(resid.length).toBeLessThanOrEqual(32);
    }
    // and nothing defined is left unused
    for (const id of resources.keys()) expect({ id, used: used.includes(id) }).toEqual({ id, used: true });
  });

  test("short strings fit in 125 characters and long strings in 250", () => {
    const strings = (parent: string) => Array.from(doc.getElementsByTagNameNS(BT, parent)).flatMap((p) => Array.from(p.getElementsByTagNameNS(BT, "String")));
    for (const s of strings("ShortStrings")) expect((s.getAttribute("DefaultValue") ?? "").length).toBeLessThanOrEqual(125);
    for (const s of strings("LongStrings")) expect((s.getAttribute("DefaultValue") ?? "").length).toBeLessThanOrEqual(250);
  });

  test("every URL is https", () => {
    const urls = urlsOf(source);
    expect(urls.length).toBeGreaterThan(8);
    for (const u of urls) expect(u).toMatch(/^https:\/\//);
  });

  test("one long-lived runtime, on the task pane's page, which is also the functions' page", () => {
    const runtimes = all("Runtime");
    expect(runtimes).toHaveLength(1);
    expect(runtimes[0].getAttribute("lifetime")).toBe("long");
    const paneUrl = url(runtimes[0].getAttribute("resid"));
    expect(paneUrl).toBe(`${DEFAULT_ADDIN_URL}taskpane.html`);
    expect(top("DefaultSettings").getElementsByTagNameNS("*", "SourceLocation")[0].getAttribute("DefaultValue")).toBe(paneUrl);

    const functions = all("ExtensionPoint").filter((e) => xsiType(e) === "CustomFunctions");
    expect(functions).toHaveLength(1);
    const location = (tag: string) => functions[0].getElementsByTagNameNS("*", tag)[0].getElementsByTagNameNS("*", "SourceLocation")[0].getAttribute("resid");
    expect(url(location("Page"))).toBe(paneUrl);
    expect(url(location("Script"))).toBe(`${DEFAULT_ADDIN_URL}functions.js`);
    expect(url(location("Metadata"))).toBe(`${DEFAULT_ADDIN_URL}functions.json`);
    expect(url(functions[0].getElementsByTagNameNS("*", "Namespace")[0].getAttribute("resid"))).toBe("RGPD");
    expect(url(one("FunctionFile").getAttribute("resid"))).toBe(paneUrl);
  });

  test("a « Registre RGPD » button of its own group on the Home tab opens that pane, with no TaskpaneId", () => {
    const tab = one("OfficeTab");
    expect(tab.getAttribute("id")).toBe("TabHome");
    const group = tab.getElementsByTagNameNS("*", "Group");
    expect(group).toHaveLength(1);
    const control = one("Control");
    expect(xsiType(control)).toBe("Button");
    expect(url(control.getElementsByTagNameNS("*", "Label")[0].getAttribute("resid"))).toBe("Registre RGPD");
    const action = one("Action");
    expect(xsiType(action)).toBe("ShowTaskpane");
    expect(url(action.getElementsByTagNameNS("*", "SourceLocation")[0].getAttribute("resid"))).toBe(url(one("Runtime").getAttribute("resid")));
    expect(all("TaskpaneId")).toHaveLength(0);
  });

  test("icons exist in assets/ at the sizes Office asks for, and each URL names a file of its size", () => {
    for (const size of [16, 32, 64, 80, 128]) {
      expect(pngSize(path.join(root, "assets", `icon-${size}.png`))).toEqual({ width: size, height: size });
    }
    const iconUrls: [string, number][] = [
      [top("IconUrl").getAttribute("DefaultValue") ?? "", 32],
      [top("HighResolutionIconUrl").getAttribute("DefaultValue") ?? "", 64],
    ];
    for (const img of Array.from(doc.getElementsByTagNameNS(BT, "Image")).filter((e) => e.hasAttribute("size"))) {
      iconUrls.push([url(img.getAttribute("resid")), Number(img.getAttribute("size"))]);
    }
    expect(iconUrls.length).toBeGreaterThanOrEqual(8);
    for (const [u, size] of iconUrls) {
      expect(u.startsWith(`${DEFAULT_ADDIN_URL}assets/`)).toBe(true);
      const file = path.join(root, u.slice(DEFAULT_ADDIN_URL.length));
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
  });
});

describe("ADDIN_URL rewrite", () => {
  test("rewrites every add-in URL, keeps the XML well formed and the external links", () => {
    const before = ownUrls(source);
    const out = rewriteManifestUrls(source, "https://outils.sesan.example/registre-rgpd");
    parse(out);
    expect(out).not.toMatch(/https:\/\/localhost/);
    const after = ownUrls(out);
    expect(after).toHaveLength(before.length);
    for (const u of after) expect(u.startsWith("https://outils.sesan.example/registre-rgpd/")).toBe(true);
    expect(after).toContain("https://outils.sesan.example/registre-rgpd/functions.json");
    expect(urlsOf(out).filter((u) => u.startsWith("https://www.cnil.fr/"))).toEqual(urlsOf(source).filter((u) => u.startsWith("https://www.cnil.fr/")));
  });

  test("leaves the manifest alone without an address, and refuses http or a query string", () => {
    expect(rewriteManifestUrls(source, "")).toBe(source);
    expect(rewriteManifestUrls(source)).toBe(source);
    expect(() => rewriteManifestUrls(source, "http://intranet.example/registre/")).toThrow(/https/);
    expect(() => normalizeAddinUrl("https://h.example/a?x=1")).toThrow();
    expect(() => normalizeAddinUrl("pas une adresse")).toThrow(/ADDIN_URL/);
    expect(normalizeAddinUrl("https://h.example/a")).toBe("https://h.example/a/");
  });

  test("the build copies the manifest through the rewrite with ADDIN_URL", () => {
    // webpack.config.js is plain CommonJS: load it as the build does and run its manifest transform.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const makeConfig = require("../webpack.config.js") as (env: Record<string, string>, argv: { mode: string }) => { plugins: unknown[] };
    const config = makeConfig({ ADDIN_URL: "https://cpts.example/addin/" }, { mode: "production" });
    type Pattern = { from: string; transform?: (content: Buffer, file: string) => string };
    const patterns = config.plugins.flatMap((p) => (p as { patterns?: Pattern[] }).patterns ?? []);
    const manifest = patterns.find((p) => p.from === "manifest.xml");
    expect(manifest?.transform).toBeDefined();
    const out = manifest!.transform!(Buffer.from(source), "manifest.xml");
    expect(out).not.toMatch(/https:\/\/localhost/);
    expect(ownUrls(out).every((u) => u.startsWith("https://cpts.example/addin/"))).toBe(true);
  });
});

describe("Content-Security-Policy of the pages", () => {
  const OFFICE_ORIGIN = "https://appsforoffice.microsoft.com";

  function pageOf(file: string): { doc: Document; csp: Map<string, string[]> } {
    const page = new DOMParser().parseFromString(fs.readFileSync(path.join(root, file), "utf8"), "text/html");
    const metas = Array.from(page.querySelectorAll('meta[http-equiv="Content-Security-Policy"]'));
    expect(metas).toHaveLength(1);
    const csp = new Map<string, string[]>();
    for (const part of (metas[0].getAttribute("content") ?? "").split(";")) {
      const [name, ...sources] = part.trim().split(/\s+/);
      if (name) csp.set(name, sources);
    }
    return { doc: page, csp };
  }

  /** Every origin or keyword a directive allows that is neither the page's own nor an inline data form. */
  const foreign = (csp: Map<string, string[]>): string[] =>
    Array.from(csp.entries()).flatMap(([name, sources]) =>
      sources.filter((s) => !["'self'", "'none'", "data:", "blob:"].includes(s)).map((s) => `${name} ${s}`),
    );

  test("the task pane allows only office.js's origin besides its own, and inline styles for Fluent, nothing else", () => {
    const { doc: page, csp } = pageOf("src/taskpane/taskpane.html");
    expect(csp.get("default-src")).toEqual(["'self'"]);
    expect(foreign(csp).sort()).toEqual([`script-src ${OFFICE_ORIGIN}`, "style-src 'unsafe-inline'"]);
    // The only outside file the page loads is office.js; no external font or style sheet.
    const external = Array.from(page.querySelectorAll("script[src], link[href]")).map((e) => e.getAttribute("src") ?? e.getAttribute("href") ?? "");
    expect(external).toEqual([`${OFFICE_ORIGIN}/lib/1/hosted/office.js`]);
    expect(fs.readFileSync(path.join(root, "src/taskpane/taskpane.html"), "utf8")).not.toMatch(/@import|@font-face|fonts\.googleapis/);
  });

  test("the playground allows nothing outside its own origin", () => {
    const { doc: page, csp } = pageOf("src/playground/playground.html");
    expect(foreign(csp)).toEqual(["style-src 'unsafe-inline'"]);
    // Only the page's own files (its icon, so that the browser asks for no /favicon.ico): no scheme, no other host.
    const refs = Array.from(page.querySelectorAll("script[src], link[href]")).map((e) => e.getAttribute("src") ?? e.getAttribute("href") ?? "");
    expect(refs.filter((u) => /^([a-z][a-z0-9+.-]*:|\/\/)/i.test(u))).toEqual([]);
    expect(refs).toEqual(["assets/icon-32.png"]);
  });
});
