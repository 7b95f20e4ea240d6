/**
 * Publishing an output, in process, with a file system that fails on purpose: a disk that fills up
 * half-way, a file system without hard links, a file that appears between the check and the write.
 */
import * as fs from "node:fs";
import { basename, dirname, join } from "node:path";
import { publishNewFile, temporaryName, type PublishFs } from "../../src/cli/publish";
import { tempDir } from "./helpers";

const DATA = new Uint8Array(200_000).map((_, i) => i % 251);

function errno(code: string, syscall: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated, ${syscall}`), { code, syscall });
}

/** Node's own calls, each one replaceable, and the list of the calls made, in order. */
function fileSystem(overrides: Partial<PublishFs> = {}): { fs: PublishFs; calls: string[] } {
  const calls: string[] = [];
  const real: PublishFs = {
    openSync: fs.openSync,
    writeSync: fs.writeSync,
    fsyncSync: fs.fsyncSync,
    closeSync: fs.closeSync,
    linkSync: fs.linkSync,
    copyFileSync: fs.copyFileSync,
    unlinkSync: fs.unlinkSync,
  };
  const traced = {} as Record<keyof PublishFs, unknown>;
  for (const name of Object.keys(real) as (keyof PublishFs)[]) {
    const call = (overrides[name] ?? real[name]) as (...args: unknown[]) => unknown;
    traced[name] = (...args: unknown[]) => {
      calls.push(name);
      return call(...args);
    };
  }
  return { fs: traced as PublishFs, calls };
}

/** A disk with room for `room` bytes: the write that goes past it writes what fits, then fails. */
function diskWithRoomFor(room: number): Partial<PublishFs> {
  let left = room;
  const writeSync = (fd: number, data: Uint8Array, offset: number, length: number): number => {
    if (left === 0) throw errno("ENOSPC", "write");
    const n = Math.min(length, left);
    left -= n;
    return fs.writeSync(fd, data, offset, n);
  };
  return { writeSync: writeSync as PublishFs["writeSync"] };
}

let dir: string;
beforeEach(() => {
  dir = tempDir();
});

test("a disk that fills up half-way: the user is told, nothing is left behind, and the retry then succeeds", () => {
  const out = join(dir, "Registre complété.xlsx");
  const { fs: full } = fileSystem(diskWithRoomFor(DATA.byteLength / 2));
  const failed = publishNewFile(out, DATA, full);
  expect(failed).toEqual({ ok: false, exists: false, message: expect.stringContaining("le disque est plein") });
  if (!failed.ok) expect(failed.message).toContain(`Impossible d'écrire « ${out} »`);
  expect(fs.readdirSync(dir)).toEqual([]);

  expect(publishNewFile(out, DATA)).toEqual({ ok: true });
  expect(new Uint8Array(fs.readFileSync(out))).toEqual(DATA);
  expect(fs.readdirSync(dir)).toEqual(["Registre complété.xlsx"]);
});

test("the bytes are flushed to the disk before the name is published, and the temporary file is removed", () => {
  const out = join(dir, "sortie.xlsx");
  const { fs: traced, calls } = fileSystem();
  expect(publishNewFile(out, DATA, traced)).toEqual({ ok: true });
  const once = [...new Set(calls)];
  expect(once).toEqual(["openSync", "writeSync", "fsyncSync", "closeSync", "linkSync", "unlinkSync"]);
  expect(fs.readdirSync(dir)).toEqual(["sortie.xlsx"]);
});

test.each(["EPERM", "ENOTSUP", "EXDEV"])("where hard links fail with %s (FAT, exFAT, some shares), an exclusive copy publishes the file", (code) => {
  const out = join(dir, "sortie.xlsx");
  const { fs: noLinks, calls } = fileSystem({
    linkSync: () => {
      throw errno(code, "link");
    },
  });
  expect(publishNewFile(out, DATA, noLinks)).toEqual({ ok: true });
  expect(calls).toContain("copyFileSync");
  expect(new Uint8Array(fs.readFileSync(out))).toEqual(DATA);
  expect(fs.readdirSync(dir)).toEqual(["sortie.xlsx"]);
});

describe("a file that appears under the output's name meanwhile is never replaced", () => {
  test.each([
    ["by a hard link", {}],
    [
      "by the exclusive copy",
      {
        linkSync: () => {
          throw errno("EXDEV", "link");
        },
      },
    ],
  ] as [string, Partial<PublishFs>][])("%s", (_how, overrides) => {
    const out = join(dir, "sortie.xlsx");
    fs.writeFileSync(out, "le fichier d'un collègue");
    const result = publishNewFile(out, DATA, fileSystem(overrides).fs);
    expect(result).toEqual({ ok: false, exists: true, message: expect.stringContaining(`Le fichier « ${out} » existe déjà`) });
    expect(fs.readFileSync(out, "utf8")).toBe("le fichier d'un collègue");
    expect(fs.readdirSync(dir)).toEqual(["sortie.xlsx"]);
  });
});

test("a copy that fails leaves neither the temporary file nor an output", () => {
  const out = join(dir, "sortie.xlsx");
  const { fs: failing } = fileSystem({
    linkSync: () => {
      throw errno("EPERM", "link");
    },
    copyFileSync: () => {
      throw errno("EIO", "copyfile");
    },
  });
  const result = publishNewFile(out, DATA, failing);
  expect(result).toEqual({ ok: false, exists: false, message: expect.stringContaining("le disque a signalé une erreur pendant l'écriture") });
  expect(fs.readdirSync(dir)).toEqual([]);
});

test("a folder that does not exist, or a read-only disk: a French sentence, nothing written", () => {
  const missing = join(dir, "absent", "sortie.xlsx");
  expect(publishNewFile(missing, DATA)).toEqual({
    ok: false,
    exists: false,
    message: expect.stringContaining(`le dossier « ${join(dir, "absent")} » n'existe pas`),
  });
  const { fs: readOnly } = fileSystem({
    openSync: () => {
      throw errno("EROFS", "open");
    },
  });
  expect(publishNewFile(join(dir, "sortie.xlsx"), DATA, readOnly)).toEqual({ ok: false, exists: false, message: expect.stringContaining("en lecture seule") });
  expect(fs.readdirSync(dir)).toEqual([]);
});

test("the temporary file is hidden, in the target folder, named after the output, and unique", () => {
  const out = join(dir, "Registre.xlsx");
  const a = temporaryName(out);
  const b = temporaryName(out);
  expect(a).not.toBe(b);
  for (const name of [a, b]) {
    expect(dirname(name)).toBe(dir);
    expect(basename(name)).toMatch(/^\.Registre\.xlsx\.[0-9a-f]{12}\.tmp$/);
  }
});
