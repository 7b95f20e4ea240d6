/**
 * The command line's manners, on the BUILT program: never a stack trace, a French sentence for every
 * file the system refuses, inputs that are not registers refused before they are read, outputs that
 * never replace a file and never leave half of one behind.
 */
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { chmodSync, closeSync, copyFileSync, existsSync, mkdirSync, openSync, readdirSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CLI, ensureBuilt, runCli, sha256, tempDir, type RunResult } from "./helpers";

// Child processes and whole workbooks: slow on a busy 2-core machine.
jest.setTimeout(120_000);

/** Tests may run as root (containers, CI), for whom permission bits stop neither reading nor writing. */
const IS_ROOT = process.getuid?.() === 0;
const ON_LINUX = process.platform === "linux";
const NO_TRACE = /\bat .+:\d+:\d+\)?$|node:internal|Error:/m;
const NO_DEBUG = { CPTS_DEBUG: "", CPTS_TEST_CRASH: "" };

let dir: string;
/** A blank template written by `modele`: a register that is not ready (exit 1). */
let template: string;

beforeAll(() => {
  ensureBuilt();
  dir = tempDir();
  template = join(dir, "modele.xlsx");
  expect(runCli(["modele", template], dir).code).toBe(0);
}, 120_000);

/** The CLI with its standard output (or error) closed by the reader before it writes anything. */
function runWithClosedStream(args: string[], closed: "stdout" | "stderr"): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: dir, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ...NO_DEBUG } });
    const kept = closed === "stdout" ? child.stderr : child.stdout;
    child[closed].destroy();
    let text = "";
    kept.setEncoding("utf8");
    kept.on("data", (chunk: string) => (text += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, out: closed === "stderr" ? text : "", err: closed === "stdout" ? text : "" }));
  });
}

function expectRefused(r: RunResult, file: string, message: RegExp): void {
  expect(r.code).toBe(2);
  expect(r.err).toContain(file);
  expect(r.err).toMatch(message);
  expect(r.err).not.toMatch(NO_TRACE);
  expect(r.out).toBe("");
}

describe("a closed pipe ends the run quietly, with its own exit code", () => {
  test("standard output closed before the report (valider … | head -1): exit 1 as the register says, nothing on stderr", async () => {
    const r = await runWithClosedStream(["valider", template, template], "stdout");
    expect(r.err).toBe("");
    expect(r.code).toBe(1);
  });

  test("standard error closed while a missing file is reported: still exit 2", async () => {
    const r = await runWithClosedStream(["valider", join(dir, "absent.xlsx")], "stderr");
    expect(r.code).toBe(2);
  });

  test("through a real shell pipe into head -1", () => {
    const bash = spawnSync("bash", ["-c", "true"]);
    if (bash.error) return; // no bash on this machine: the two tests above cover the same ground
    const r = spawnSync(
      "bash",
      ["-c", `"${process.execPath}" "${CLI}" valider "${template}" "${template}" "${template}" | head -1; echo "code=\${PIPESTATUS[0]}"`],
      {
        encoding: "utf8",
        env: { ...process.env, ...NO_DEBUG },
      },
    );
    expect(r.stdout).toBe(`Registre : ${template}\ncode=1\n`);
    expect(r.stderr).toBe("");
  });

  test.each([ON_LINUX && existsSync("/dev/full") ? "/dev/full" : null].filter((f): f is string => f !== null))(
    "a report sent to a full disk (%s): one French sentence and exit 73",
    (full) => {
      const fd = openSync(full, "w");
      try {
        const r = spawnSync(process.execPath, [CLI, "valider", template], {
          encoding: "utf8",
          stdio: ["ignore", fd, "pipe"],
          env: { ...process.env, ...NO_DEBUG },
        });
        expect(r.stderr).toBe("Impossible d'écrire la sortie du programme : le disque est plein.\n");
        expect(r.status).toBe(73);
      } finally {
        closeSync(fd);
      }
    },
  );
});

describe("an unexpected error: exit 70, one French sentence, the trace only with CPTS_DEBUG=1", () => {
  test.each(["1", "callback"])("CPTS_TEST_CRASH=%s (test-only hook)", (crash) => {
    const quiet = runCli(["valider", template], dir, { ...NO_DEBUG, CPTS_TEST_CRASH: crash });
    expect(quiet.code).toBe(70);
    expect(quiet.err.trim().split("\n")).toEqual([expect.stringMatching(/^Erreur inattendue : .*merci de le signaler.*CPTS_DEBUG=1.*\.$/)]);
    expect(quiet.err).not.toMatch(NO_TRACE);

    const debug = runCli(["valider", template], dir, { CPTS_DEBUG: "1", CPTS_TEST_CRASH: crash });
    expect(debug.code).toBe(70);
    expect(debug.err).toMatch(/^Erreur inattendue : /);
    expect(debug.err).toContain("Panne simulée");
    expect(debug.err).toMatch(/\n\s+at .+cli\.js:\d+:\d+/);
  });
});

describe("inputs that are not registers are refused at once with exit 2, without being read", () => {
  test("a FIFO (a writer would never come: reading it would hang)", () => {
    const fifo = join(dir, "tube.xlsx");
    execFileSync("mkfifo", [fifo]);
    const started = Date.now();
    const r = spawnSync(process.execPath, [CLI, "valider", fifo], { cwd: dir, encoding: "utf8", timeout: 20_000, env: { ...process.env, ...NO_DEBUG } });
    expect(r.status).toBe(2);
    expect(Date.now() - started).toBeLessThan(20_000);
    expectRefused({ code: r.status, out: r.stdout, err: r.stderr }, fifo, /pas un fichier ordinaire mais un tube nommé/);
  });

  test.each([ON_LINUX ? "/dev/zero" : null].filter((f): f is string => f !== null))("%s (it never ends)", (device) => {
    const r = spawnSync(process.execPath, [CLI, "valider", device], { cwd: dir, encoding: "utf8", timeout: 20_000, env: { ...process.env, ...NO_DEBUG } });
    expectRefused({ code: r.status, out: r.stdout, err: r.stderr }, device, /pas un fichier ordinaire mais un périphérique/);
  });

  test("a link to /dev/zero is refused the same way", () => {
    if (!ON_LINUX) return;
    const link = join(dir, "zero.xlsx");
    symlinkSync("/dev/zero", link);
    expectRefused(runCli(["valider", link], dir, NO_DEBUG), link, /périphérique/);
  });

  test("Excel's lock file ~$Registre.xlsx, even with a register's content, names the file to give instead", () => {
    const lock = join(dir, "~$Registre.xlsx");
    copyFileSync(template, lock);
    const r = runCli(["valider", lock], dir, NO_DEBUG);
    expectRefused(r, lock, /fichier de verrouillage qu'Excel crée/);
    expect(r.err).toContain(`« ${join(dir, "Registre.xlsx")} »`);
    const add = runCli(["ajouter-fiche", lock, "--nom", "Recrutement", "--sortie", join(dir, "jamais-verrou.xlsx")], dir, NO_DEBUG);
    expect(add.code).toBe(2);
    expect(existsSync(join(dir, "jamais-verrou.xlsx"))).toBe(false);
  });

  test("a file larger than the limit (a sparse 150 MB file: refused from its size, before any read)", () => {
    const big = join(dir, "enorme.xlsx");
    writeFileSync(big, "");
    truncateSync(big, 150 * 1024 * 1024);
    const r = runCli(["valider", "--json", big], dir, NO_DEBUG);
    expect(r.code).toBe(2);
    expect(r.err).toContain("ce fichier est anormalement volumineux (150 Mo, pour une limite de 100 Mo");
    expect(JSON.parse(r.out) as unknown).toMatchObject({ file: big, error: expect.stringContaining("anormalement volumineux") });
  });

  test("a missing file, a directory, a path through a file", () => {
    expectRefused(runCli(["valider", join(dir, "absent.xlsx")], dir, NO_DEBUG), join(dir, "absent.xlsx"), /fichier introuvable/);
    const folder = join(dir, "dossier.xlsx");
    mkdirSync(folder);
    expectRefused(runCli(["valider", folder], dir, NO_DEBUG), folder, /c'est un dossier, pas un fichier/);
    const through = join(template, "x.xlsx");
    expectRefused(runCli(["valider", through], dir, NO_DEBUG), through, /une partie du chemin est un fichier, pas un dossier/);
  });

  test("an unreadable file (chmod 000)", () => {
    const locked = join(dir, "interdit.xlsx");
    copyFileSync(template, locked);
    chmodSync(locked, 0o000);
    const r = runCli(["valider", locked], dir, NO_DEBUG);
    // As root, permission bits do not stop reading: the file is then read as the register it is.
    if (IS_ROOT) expect(r.code).toBe(1);
    else expectRefused(r, locked, /lecture refusée : vous n'avez pas le droit de lire ce fichier/);
    chmodSync(locked, 0o644);
  });
});

describe("outputs that cannot be written: exit 73, a French sentence, nothing left behind", () => {
  const add = (output: string) => runCli(["ajouter-fiche", template, "--nom", "Recrutement", "--sortie", output], dir, NO_DEBUG);

  test("a folder that does not exist", () => {
    const output = join(dir, "pas-de-dossier", "sortie.xlsx");
    for (const r of [add(output), runCli(["modele", output], dir, NO_DEBUG)]) {
      expect(r.code).toBe(73);
      expect(r.err).toContain(`le dossier « ${join(dir, "pas-de-dossier")} » n'existe pas`);
      expect(r.err).not.toMatch(NO_TRACE);
    }
  });

  test("a read-only folder", () => {
    const folder = join(dir, "lecture-seule");
    mkdirSync(folder);
    chmodSync(folder, 0o555);
    const output = join(folder, "sortie.xlsx");
    const r = add(output);
    chmodSync(folder, 0o755);
    // As root, a read-only folder can still be written to: the file is then written.
    if (IS_ROOT) {
      expect(r.code).toBe(0);
    } else {
      expect(r.code).toBe(73);
      expect(r.err).toContain(`vous n'avez pas le droit d'écrire dans le dossier « ${folder} »`);
      expect(readdirSync(folder)).toEqual([]);
    }
  });

  test("an output that exists, even as a dangling link, is never replaced", () => {
    const taken = join(dir, "deja-la.xlsx");
    writeFileSync(taken, "à garder");
    const hash = sha256(taken);
    const link = join(dir, "lien-casse.xlsx");
    symlinkSync(join(dir, "cible-absente.xlsx"), link);
    for (const output of [taken, link]) {
      const r = add(output);
      expect(r.code).toBe(73);
      expect(r.err).toContain(`Le fichier « ${output} » existe déjà`);
    }
    expect(sha256(taken)).toBe(hash);
    expect(existsSync(join(dir, "cible-absente.xlsx"))).toBe(false);
  });

  test("a written output leaves no temporary file next to it", () => {
    const folder = join(dir, "propre");
    mkdirSync(folder);
    expect(add(join(folder, "sortie.xlsx")).code).toBe(0);
    expect(runCli(["modele", join(folder, "modele.xlsx")], dir, NO_DEBUG).code).toBe(0);
    expect(readdirSync(folder).sort()).toEqual(["modele.xlsx", "sortie.xlsx"]);
  });
});
