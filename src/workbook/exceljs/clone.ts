/**
 * A deep copy of plain model data (objects, arrays, Dates) that keeps shared references shared,
 * as ExcelJS shares one style object between many cells.
 */
export function deepClone<T>(value: T, memo = new Map<object, unknown>()): T {
  if (value === null || typeof value !== "object") return value;
  const seen = memo.get(value);
  if (seen !== undefined) return seen as T;
  if (Object.prototype.toString.call(value) === "[object Date]") {
    const d = new Date((value as unknown as Date).getTime());
    memo.set(value, d);
    return d as unknown as T;
  }
  if (Array.isArray(value)) {
    const arr: unknown[] = [];
    memo.set(value, arr);
    for (const item of value) arr.push(deepClone(item, memo));
    return arr as unknown as T;
  }
  if (value instanceof Uint8Array) return value;
  const out: Record<string, unknown> = {};
  memo.set(value, out);
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = deepClone(v, memo);
  return out as T;
}
