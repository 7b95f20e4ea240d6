/**
 * Remembering what a reader said about a text. A register repeats the same texts many times (list
 * items, « Néant », « Oui », labels, the same recipient on every fiche), and several rules read the
 * same cells: each distinct text is read once. The memory is bounded (emptied when full), so that a
 * task pane open for a day does not keep every text it ever saw.
 */

/** How many texts each reader remembers before starting over. */
export const MEMO_MAX = 10_000;

/** `read`, remembered per text. `read` must depend on the text alone (no clock, no register). */
export function memoByText<T>(read: (text: string) => T): (text: string) => T {
  const memory = new Map<string, T>();
  return (text: string): T => {
    const known = memory.get(text);
    if (known !== undefined || memory.has(text)) return known as T;
    const value = read(text);
    if (memory.size >= MEMO_MAX) memory.clear();
    memory.set(text, value);
    return value;
  };
}
