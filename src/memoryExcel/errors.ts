/**
 * Errors shaped like the ones office.js rejects `context.sync()` with.
 *
 * Real Excel: a failed request rejects with an `OfficeExtension.Error` whose `name` is
 * `"RichApi.Error"`, whose `code` is one of `Excel.ErrorCodes` (`ItemNotFound`, `InvalidArgument`,
 * `AccessDenied`, `GeneralException`…), with a `debugInfo` (`code`, `message`, `errorLocation`) and,
 * when `context.trace()` was used, the `traceMessages` that ran before the failure. Reading a property
 * that was not loaded and synced throws synchronously the same kind of error with code
 * `PropertyNotLoaded`.
 */

export type RichApiErrorCode =
  | "PropertyNotLoaded"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "InvalidArgument"
  | "InvalidOperation"
  | "InvalidReference"
  | "InvalidObjectPath"
  | "InvalidRequestContext"
  | "AccessDenied"
  | "GeneralException"
  | "NotImplemented"
  | "ResponsePayloadSizeLimitExceeded"
  | "RequestPayloadSizeLimitExceeded"
  | "InsertDeleteConflict"
  | "RangeExceedsLimit";

export class RichApiError extends Error {
  readonly code: RichApiErrorCode;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  traceMessages: string[] = [];

  constructor(code: RichApiErrorCode, message: string, errorLocation?: string) {
    super(message);
    // office.js names its errors this way; the adapter tests `name` and `code`, never `instanceof`.
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
    Object.setPrototypeOf(this, RichApiError.prototype);
  }
}

/** The message office.js gives for a property read before `load` + `sync`. */
export function propertyNotLoaded(property: string): RichApiError {
  return new RichApiError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

export function itemNotFound(location: string): RichApiError {
  return new RichApiError("ItemNotFound", "The requested resource doesn't exist.", location);
}

export function invalidArgument(location: string, detail = "The argument is invalid or missing or has an incorrect format."): RichApiError {
  return new RichApiError("InvalidArgument", detail, location);
}

export function generalException(location: string, detail = "An internal error has occurred."): RichApiError {
  return new RichApiError("GeneralException", detail, location);
}

/** Anything thrown while running a queued action becomes a RichApi.Error, as Excel reports it. */
export function asRichApiError(e: unknown, location: string): RichApiError {
  if (e instanceof RichApiError) return e;
  const message = e instanceof Error ? e.message : String(e);
  return generalException(location, message);
}
