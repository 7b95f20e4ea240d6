/** The part of office.js's `CustomFunctions` that registration needs. */
export interface Registry {
  associate(id: string, fn: (...args: never[]) => unknown): void;
}

/**
 * The runtime's `CustomFunctions` object, or a stand-in whose `associate` does nothing where office.js
 * is absent (taskpane.html opened in a plain browser, the playground's tests): the registration lines the
 * metadata plugin appends to functions.ts then do no harm instead of throwing a ReferenceError.
 */
export function registry(): Registry {
  if (typeof CustomFunctions !== "undefined" && typeof CustomFunctions.associate === "function") {
    return CustomFunctions;
  }
  return { associate: () => undefined };
}
