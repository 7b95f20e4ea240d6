/**
 * The file layer's writer: a WritePlan carried out on the original package.
 *
 *   XlsxPackage.open(bytes) → applyPlanToPackage(pkg, plan) → pkg.save()
 */
export { applyPlanToPackage } from "./plan";
export { looksParsable } from "./cells";
export { DATE_FORMAT, TEXT_FORMAT_ID } from "./styles";
