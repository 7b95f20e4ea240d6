/** What a file system error means for the user: the system's code sorted into the cases strings.ts words. */
import type { FsProblem } from "./strings";

const BY_CODE: Record<string, FsProblem> = {
  ENOENT: "not-found",
  ENOTDIR: "not-a-folder",
  EACCES: "permission",
  EPERM: "permission",
  EISDIR: "is-directory",
  EROFS: "read-only",
  ENOSPC: "no-space",
  EDQUOT: "no-space",
  EMFILE: "too-many-open",
  ENFILE: "too-many-open",
  ENAMETOOLONG: "name-too-long",
  ELOOP: "loop",
  EIO: "disk",
  EBUSY: "busy",
  ETXTBSY: "busy",
  EFBIG: "too-large",
  ERR_FS_FILE_TOO_LARGE: "too-large",
  EEXIST: "exists",
};

/** The problem and the system's code (kept for the cases we cannot word). */
export function fsProblem(e: unknown): { problem: FsProblem; code: string } {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code !== "string") return { problem: "other", code: e instanceof Error ? e.message : String(e) };
  return { problem: BY_CODE[code] ?? "other", code };
}
