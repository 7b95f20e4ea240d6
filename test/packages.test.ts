/**
 * Every package the code imports is declared in package.json, so that a fresh `npm install` brings it
 * (a package that only arrives as another's dependency can vanish with that package's next version).
 * The product's code (src/) ships to users: what it imports is a dependency, not a devDependency.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { join, relative } from "node:path";

const ROOT = join(__dirname, "..");
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === "node_modules" ? [] : sourceFiles(path);
    return /\.(ts|tsx|js|mjs|cjs)$/.test(e.name) ? [path] : [];
  });
}

/** The package a bare specifier names (`@scope/name/sub` -> `@scope/name`), or null for a path or a builtin. */
function packageOf(specifier: string): string | null {
  if (specifier.startsWith(".") || specifier.startsWith("/") || specifier.startsWith("node:")) return null;
  const name = specifier.startsWith("@") ? specifier.split("/").slice(0, 2).join("/") : specifier.split("/")[0];
  return builtinModules.includes(name) ? null : name;
}

function importsOf(file: string): string[] {
  // Comments may quote words (`"empty" from "not a date"`): only code counts.
  const text = readFileSync(file, "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/(^|[^:"'\\])\/\/.*$/gm, "$1");
  const found = new Set<string>();
  const patterns = [
    /^\s*(?:import|export)\s[^;]*?\bfrom\s+["']([^"']+)["']/gm,
    /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g,
    /\brequire\s*\(\s*["']([^"']+)["']\s*\)/g,
    /^\s*import\s+["']([^"']+)["']/gm,
  ];
  for (const pattern of patterns) {
    for (const m of text.matchAll(pattern)) {
      const name = packageOf(m[1]);
      if (name) found.add(name);
    }
  }
  return [...found];
}

const CONFIGS = ["webpack.config.js", "jest.config.js", "eslint.config.mjs"].map((f) => join(ROOT, f)).filter((f) => existsSync(f));

function undeclared(files: string[], declared: Record<string, string>): string[] {
  return files.flatMap((file) =>
    importsOf(file)
      .filter((name) => !Object.hasOwn(declared, name))
      .map((name) => `${relative(ROOT, file)}: ${name}`),
  );
}

test("the product's code imports only its declared dependencies", () => {
  expect(undeclared(sourceFiles(join(ROOT, "src")), pkg.dependencies)).toEqual([]);
});

test("tests, scripts and configuration import only declared packages", () => {
  const files = [...sourceFiles(join(ROOT, "test")), ...sourceFiles(join(ROOT, "scripts")), ...CONFIGS];
  expect(files.length).toBeGreaterThan(50);
  expect(undeclared(files, { ...pkg.dependencies, ...pkg.devDependencies })).toEqual([]);
});
