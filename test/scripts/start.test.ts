/**
 * `npm start` as a developer runs it: it serves the playground and the add-in from a development build
 * kept in memory, and leaves dist/ (perhaps a build made for deployment) exactly as it was.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { join, relative } from "node:path";

const ROOT = join(__dirname, "../..");
const DIST = join(ROOT, "dist");

// A development build of three pages on a busy 2-core machine.
jest.setTimeout(180_000);

/** Every file of dist/ with its size and modification time; dist/node/ is the command line's build. */
function distState(): string[] {
  if (!existsSync(DIST)) return ["(no dist/)"];
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const path = join(dir, e.name);
      if (e.isDirectory()) return path === join(DIST, "node") ? [] : walk(path);
      const s = statSync(path);
      return [`${relative(DIST, path)} ${s.size} ${s.mtimeMs}`];
    });
  return [`dist/ ${statSync(DIST).mtimeMs}`, ...walk(DIST)];
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (address && typeof address === "object" ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

let child: ChildProcess | undefined;
let output = "";

afterAll(async () => {
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child?.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
});

test("npm start serves the playground and the add-in from memory and leaves dist/ untouched", async () => {
  const before = distState();
  const port = await freePort();
  child = spawn(process.execPath, ["scripts/start.mjs"], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), BROWSER: "none", ADDIN_URL: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const started = new Promise<void>((resolve, reject) => {
    const onData = (data: Buffer): void => {
      output += data.toString();
      if (output.includes("Arrêter : Ctrl+C.")) resolve();
    };
    child?.stdout?.on("data", onData);
    child?.stderr?.on("data", onData);
    child?.once("exit", (code) => reject(new Error(`npm start stopped (${code}):\n${output}`)));
  });
  await started;

  expect(output).toContain(`Bac à sable (le complément sans Excel) : http://127.0.0.1:${port}/playground.html`);
  expect(output).not.toMatch(/échoué|erreur/i);
  const base = `http://127.0.0.1:${port}`;
  const home = await fetch(`${base}/`);
  expect(home.status).toBe(200);
  expect(await home.text()).toContain("playground");
  const functions = await fetch(`${base}/functions.json`);
  expect(functions.headers.get("access-control-allow-origin")).toBe("*");
  expect(JSON.stringify(await functions.json())).toContain("COMPLETUDE");
  expect((await fetch(`${base}/absent.js`)).status).toBe(404);

  expect(distState()).toEqual(before);
});
