/**
 * Excel's errors (office.js rejects `context.sync()` with a `RichApi.Error` carrying a `code`) turned
 * into one error type whose message is French and meant for the user.
 */
import { OFFICE_MESSAGES, type OfficeErrorKind } from "./messages";

export class OfficeAdapterError extends Error {
  readonly kind: OfficeErrorKind;
  /** Excel's own code (`ItemNotFound`, `AccessDenied`…) when the error came from Excel. */
  readonly excelCode?: string;
  /** The original error, for logs (never shown as is). */
  readonly detail?: unknown;

  constructor(kind: OfficeErrorKind, message: string = OFFICE_MESSAGES[kind], excelCode?: string, detail?: unknown) {
    super(message);
    this.name = "OfficeAdapterError";
    this.kind = kind;
    this.excelCode = excelCode;
    this.detail = detail;
    Object.setPrototypeOf(this, OfficeAdapterError.prototype);
  }
}

/** The `code` of an office.js error, or undefined for anything else. */
export function excelCodeOf(e: unknown): string | undefined {
  if (e && typeof e === "object" && typeof (e as { code?: unknown }).code === "string") return (e as { code: string }).code;
  return undefined;
}

/** The `traceMessages` office.js attaches to a failed sync (those of `context.trace()` calls that ran). */
export function traceMessagesOf(e: unknown): string[] {
  const t = e && typeof e === "object" ? (e as { traceMessages?: unknown }).traceMessages : undefined;
  return Array.isArray(t) ? t.filter((x): x is string => typeof x === "string") : [];
}

/** Which French message an Excel error code gets. */
export function kindOfCode(code: string | undefined): OfficeErrorKind {
  switch (code) {
    case "ItemNotFound":
    case "InvalidReference":
      return "sheet-missing";
    case "ItemAlreadyExists":
      return "sheet-exists";
    case "AccessDenied":
      return "sheet-protected";
    case "InvalidOperationInCellEditMode":
      return "cell-edit-mode";
    case "ResponsePayloadSizeLimitExceeded":
    case "RequestPayloadSizeLimitExceeded":
    case "RangeExceedsLimit":
      return "too-big";
    case "InvalidArgument":
      return "invalid-argument";
    case "InvalidOperation":
    case "UnsupportedOperation":
      return "invalid-operation";
    case "ActivityLimitReached":
    case "RequestAborted":
    case "Conflict":
      return "busy";
    case "ApiNotFound":
      return "unsupported";
    default:
      return "general";
  }
}

/** Any error thrown by an Excel batch → OfficeAdapterError (kept as is when it already is one). */
export function toAdapterError(e: unknown, suffix?: string): OfficeAdapterError {
  if (e instanceof OfficeAdapterError) return e;
  const code = excelCodeOf(e);
  const kind = kindOfCode(code);
  const message = suffix ? `${OFFICE_MESSAGES[kind]} ${suffix}` : OFFICE_MESSAGES[kind];
  return new OfficeAdapterError(kind, message, code, e);
}
