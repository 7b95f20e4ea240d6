/**
 * Errors a custom function throws to show an Excel error value with a message.
 * In Excel, `CustomFunctions.Error` (CustomFunctionsRuntime 1.2) carries the message to the cell's
 * tooltip. Where the runtime is absent (tests, an Excel without it), a plain Error with the same
 * `code` is thrown: Excel shows `#VALUE!` for any thrown error anyway.
 */
export type ExcelErrorCode = "#VALUE!" | "#N/A";

export class FunctionError extends Error {
  constructor(
    readonly code: ExcelErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "FunctionError";
  }
}

function runtimeError(code: ExcelErrorCode, message: string): Error {
  if (typeof CustomFunctions !== "undefined" && typeof CustomFunctions.Error === "function") {
    const errorCode = code === "#N/A" ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
    // At run time CustomFunctions.Error is an Error (name, message, stack); its typings do not say so,
    // and the functions must throw it, not wrap it, for Excel to show the message in the cell.
    return new CustomFunctions.Error(errorCode, message) as unknown as Error;
  }
  return new FunctionError(code, message);
}

/** `#VALUE!`: an argument Excel passed cannot be used. */
export function invalidValue(message: string): Error {
  return runtimeError("#VALUE!", message);
}

/** `#N/A`: the answer cannot be given yet (an empty cell where a value is needed). */
export function notAvailable(message: string): Error {
  return runtimeError("#N/A", message);
}
