/**
 * The workbook's own file through office.js (getFileAsync, Compressed): every slice read in order and
 * joined, the file closed afterwards (Excel refuses a third open file), and Excel's refusals turned
 * into the adapter's French error.
 */
import { readDocumentBytes, type OfficeFileHost } from "../../src/workbook/office/fileBytes";
import { OfficeAdapterError } from "../../src/workbook/office/errors";
import { createWorkbookPort } from "../../src/taskpane/excel";

interface FakeOptions {
  failOpen?: boolean;
  failSlice?: number;
  /** Hand slices over as ArrayBuffers (some hosts) rather than arrays of numbers. */
  buffers?: boolean;
}

function fakeOffice(bytes: Uint8Array, sliceSize: number, options: FakeOptions = {}) {
  const log: string[] = [];
  const slices: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; at += sliceSize) slices.push(bytes.slice(at, at + sliceSize));
  const office: OfficeFileHost = {
    FileType: { Compressed: "compressed" },
    context: {
      document: {
        getFileAsync(fileType, opts, callback) {
          log.push(`open ${fileType} ${opts.sliceSize}`);
          if (options.failOpen) {
            setTimeout(() => callback({ status: "failed", value: undefined as never, error: { message: "Internal Error" } }));
            return;
          }
          setTimeout(() =>
            callback({
              status: "succeeded",
              value: {
                size: bytes.length,
                sliceCount: slices.length,
                getSliceAsync(index, cb) {
                  log.push(`slice ${index}`);
                  if (index === options.failSlice) setTimeout(() => cb({ status: "failed", value: undefined as never }));
                  else {
                    const data = options.buffers ? slices[index].slice().buffer : Array.from(slices[index]);
                    setTimeout(() => cb({ status: "succeeded", value: { data } }));
                  }
                },
                closeAsync(cb) {
                  log.push("close");
                  setTimeout(() => cb?.({ status: "succeeded", value: undefined }));
                },
              },
            }),
          );
        },
      },
    },
  };
  return { office, log };
}

const FILE = Uint8Array.from({ length: 2500 }, (_, i) => (i * 7) % 256);

describe("readDocumentBytes", () => {
  it("reads every slice in order, joins them, and closes the file", async () => {
    const { office, log } = fakeOffice(FILE, 1000);
    const bytes = await readDocumentBytes(office, 1000);
    expect(Array.from(bytes)).toEqual(Array.from(FILE));
    expect(log).toEqual(["open compressed 1000", "slice 0", "slice 1", "slice 2", "close"]);
  });

  it("takes slices given as ArrayBuffers too", async () => {
    const { office } = fakeOffice(FILE, 1000, { buffers: true });
    expect(Array.from(await readDocumentBytes(office, 1000))).toEqual(Array.from(FILE));
  });

  it("closes the file when a slice fails, and says so in French", async () => {
    const { office, log } = fakeOffice(FILE, 1000, { failSlice: 1 });
    const err = await readDocumentBytes(office, 1000).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OfficeAdapterError);
    expect((err as Error).message).toMatch(/Excel n'a pas pu donner une copie du classeur/);
    expect(log).toEqual(["open compressed 1000", "slice 0", "slice 1", "close"]);
  });

  it("says so when Excel refuses to open the file", async () => {
    const { office, log } = fakeOffice(FILE, 1000, { failOpen: true });
    await expect(readDocumentBytes(office, 1000)).rejects.toThrow(/copie du classeur/);
    expect(log).toEqual(["open compressed 1000"]);
  });
});

describe("the pane's port", () => {
  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });

  it("asks office.js's document when the host has no file of its own", async () => {
    const { office } = fakeOffice(FILE, 4 * 1024 * 1024);
    (globalThis as { Office?: unknown }).Office = office;
    const port = createWorkbookPort({ run: () => Promise.reject(new Error("not used")) });
    expect(Array.from(await port.getFileBytes())).toEqual(Array.from(FILE));
  });

  it("takes the host's own file when it has one (the in-memory Excel, the playground)", async () => {
    const port = createWorkbookPort({ run: () => Promise.reject(new Error("not used")), getFileBytes: () => Promise.resolve(Uint8Array.of(1, 2, 3)) });
    expect(Array.from(await port.getFileBytes())).toEqual([1, 2, 3]);
  });

  it("says in French that Excel is missing outside Excel", async () => {
    const port = createWorkbookPort({ run: () => Promise.reject(new Error("not used")) });
    await expect(port.getFileBytes()).rejects.toBeInstanceOf(OfficeAdapterError);
  });
});
