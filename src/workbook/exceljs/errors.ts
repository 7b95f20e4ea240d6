/** The French refusals are the file layer's own: one set of messages whichever adapter meets them. */
export { XlsxReadError, XlsxPlanError, planError, sniffBytes, READ_MESSAGES } from "../package/errors";
export type { XlsxReadErrorReason, XlsxPlanErrorReason } from "../package/errors";
