/**
 * The adapter in a browser: src/workbook/xlsx.ts bundled by webpack for the web (ExcelJS's browser
 * build, no Node modules), run in Chromium on a real file: read, copy the model with a row added,
 * write text, save, read again.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import webpack from "webpack";
import { describeWithChromium, openSession, type Session } from "../e2e/helpers/browser";
import { buildCnilWorkbook, toExcelStyle } from "../fixtures/xlsxFiles";

jest.setTimeout(240_000);

const root = path.resolve(__dirname, "../..");

async function bundle(): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "xlsx-browser-"));
  const entry = path.join(dir, "entry.js");
  fs.writeFileSync(entry, `window.XlsxAdapter = require(${JSON.stringify(path.join(root, "src/workbook/xlsx.ts"))});\n`);
  const compiler = webpack({
    mode: "production",
    target: "web",
    context: root,
    entry,
    output: { path: dir, filename: "bundle.js" },
    resolve: { extensions: [".ts", ".js"], modules: [path.join(root, "node_modules")] },
    resolveLoader: { modules: [path.join(root, "node_modules")] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "es2020", moduleResolution: "bundler" } } },
        },
      ],
    },
    performance: { hints: false },
  });
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    compiler.run((err, s) => (err || !s ? reject(err ?? new Error("webpack gave no stats")) : resolve(s))),
  );
  await new Promise((r) => compiler.close(r));
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
  return fs.readFileSync(path.join(dir, "bundle.js"), "utf8");
}

describeWithChromium("the xlsx adapter in a browser", (chromiumPath) => {
  let session: Session;
  let code: string;

  beforeAll(async () => {
    code = await bundle();
    session = await openSession(chromiumPath);
  });
  afterAll(async () => {
    await session?.close();
  });

  test("bundles without Node modules and carries out a plan on an Excel-style file", async () => {
    expect(code).not.toMatch(/require\("fs"\)|require\("path"\)/);
    const bytes = await toExcelStyle(await buildCnilWorkbook());
    await session.page.setContent("<!doctype html><html><body></body></html>");
    await session.page.addScriptTag({ content: code });
    const result = await session.page.evaluate(async (base64: string) => {
      const bin = atob(base64);
      const data = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) data[i] = bin.charCodeAt(i);
      type Adapter = typeof import("../../src/workbook/xlsx");
      const x = (window as unknown as { XlsxAdapter: Adapter }).XlsxAdapter;
      const book = await x.loadXlsx(data.buffer);
      const before = x.snapshotOf(book);
      x.applyPlanToXlsx(book, {
        title: "Nouvelle fiche",
        ops: [
          { op: "copySheet", source: "3_-_Modèle_de_fiche_de_registre", name: "Fiche 1", after: "4_-_Exemple_de_fiche" },
          { op: "insertRows", sheet: "Fiche 1", beforeRow: 52, count: 1, templateRow: 51 },
          { op: "write", sheet: "Fiche 1", cells: [{ address: "B5", kind: "text", value: "0612345678" }] },
        ],
      });
      const saved = await x.saveXlsx(book);
      const after = x.snapshotOf(await x.loadXlsx(saved));
      let error = "";
      try {
        await x.loadXlsx(new Uint8Array([1, 2, 3, 4]));
      } catch (e) {
        error = `${(e as Error).name}: ${(e as Error).message}`;
      }
      return {
        isUint8Array: saved instanceof Uint8Array,
        beforeCount: before.validations.length,
        sheets: after.sheets.map((s) => s.name),
        copy: after.validations.filter((v) => v.sheet === "Fiche 1").map((v) => `${v.range} ${v.source}`),
        ref: after.sheets.find((s) => s.name === "Fiche 1")?.values[4]?.[1],
        error,
      };
    }, Buffer.from(bytes).toString("base64"));
    expect(result.isUint8Array).toBe(true);
    expect(result.beforeCount).toBe(12);
    expect(result.sheets).toEqual([
      "Tutoriel",
      "2_-_Liste_des_traitements",
      "3_-_Modèle_de_fiche_de_registre",
      "4_-_Exemple_de_fiche",
      "Fiche 1",
      "5_-_Listes",
    ]);
    expect(result.copy).toEqual([
      "B44:B45 ='5_-_Listes'!$F$2:$F$10",
      "B48:B52 ='5_-_Listes'!$H$2:$H$6",
      "B55:B57 ='5_-_Listes'!$J$2:$J$9",
      "B58 ='5_-_Listes'!$J$3:$J$8",
      "C60:C63 ='5_-_Listes'!$C$2:$C$177",
      "D60:D63 ='5_-_Listes'!$A$2:$A$9",
    ]);
    expect(result.ref).toBe("0612345678");
    expect(result.error).toMatch(/^XlsxReadError: Ce fichier n'est pas un classeur Excel/);
    expect(session.errors).toEqual([]);
  });
});
