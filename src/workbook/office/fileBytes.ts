/**
 * The open workbook's own file, as bytes: what « Préparer l'envoi à SESAN » copies. office.js hands it
 * over in slices (`Office.context.document.getFileAsync(Office.FileType.Compressed)`, requirement set
 * CompressedFile, Excel on every platform; the manifest's ReadWriteDocument permission covers it). The
 * file must be closed after reading: Excel keeps at most two open, and refuses a third.
 * Loaded on the first copy (chunk "file-bytes"), out of the pane's first load.
 * Checked against learn.microsoft.com/javascript/api/office/office.document#office-office-document-getfileasync-member(1)
 * and @types/office-js, December 2026.
 */
import { OfficeAdapterError } from "./errors";
import { FILE_COPY_FAILED } from "./messages";

/** 4 MB: the largest slice office.js allows (and its default). */
export const FILE_SLICE_SIZE = 4 * 1024 * 1024;

/** What is used of an `Office.AsyncResult`. */
interface AsyncResultLike<T> {
  // Office.AsyncResultStatus: "succeeded" or "failed".
  status: string;
  value: T;
  error?: { message?: string };
}

interface SliceLike {
  /** A byte array (numbers) on most hosts; a typed array or ArrayBuffer on some. */
  data: ArrayLike<number> | ArrayBuffer;
}

interface FileLike {
  size: number;
  sliceCount: number;
  getSliceAsync(index: number, callback: (result: AsyncResultLike<SliceLike>) => void): void;
  closeAsync(callback?: (result: AsyncResultLike<void>) => void): void;
}

/** What is used of office.js's `Office`. */
export interface OfficeFileHost {
  context: {
    document: {
      getFileAsync(fileType: string, options: { sliceSize: number }, callback: (result: AsyncResultLike<FileLike>) => void): void;
    };
  };
  FileType: { Compressed: string };
}

function call<T>(start: (callback: (result: AsyncResultLike<T>) => void) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    start((result) => {
      if (result.status === "succeeded") resolve(result.value);
      else reject(new OfficeAdapterError("general", FILE_COPY_FAILED, undefined, result.error));
    });
  });
}

/** The workbook's file as Excel last has it (the .xlsx package), read slice by slice. */
export async function readDocumentBytes(office: OfficeFileHost, sliceSize: number = FILE_SLICE_SIZE): Promise<Uint8Array> {
  let file: FileLike;
  try {
    file = await call<FileLike>((cb) => office.context.document.getFileAsync(office.FileType.Compressed, { sliceSize }, cb));
  } catch (err) {
    throw err instanceof OfficeAdapterError ? err : new OfficeAdapterError("general", FILE_COPY_FAILED, undefined, err);
  }
  try {
    const parts: Uint8Array[] = [];
    for (let i = 0; i < file.sliceCount; i++) {
      const slice = await call<SliceLike>((cb) => file.getSliceAsync(i, cb));
      parts.push(slice.data instanceof ArrayBuffer ? new Uint8Array(slice.data) : Uint8Array.from(slice.data));
    }
    const total = parts.reduce((n, p) => n + p.length, 0);
    const bytes = new Uint8Array(total);
    let at = 0;
    for (const p of parts) {
      bytes.set(p, at);
      at += p.length;
    }
    return bytes;
  } catch (err) {
    throw err instanceof OfficeAdapterError ? err : new OfficeAdapterError("general", FILE_COPY_FAILED, undefined, err);
  } finally {
    // Closed whatever happened: an open file counts against Excel's limit of two.
    await new Promise<void>((resolve) => {
      try {
        file.closeAsync(() => resolve());
      } catch {
        resolve();
      }
    });
  }
}

/** The document's file through office.js's global `Office`; outside Excel, the adapter's French « no Excel ». */
export function officeDocumentBytes(): Promise<Uint8Array> {
  // office.js's own types name as enums what the adapter takes as their string values.
  const host = (globalThis as unknown as { Office?: Partial<OfficeFileHost> }).Office;
  if (!host?.context?.document || !host.FileType) return Promise.reject(new OfficeAdapterError("no-excel"));
  return readDocumentBytes(host as OfficeFileHost);
}
