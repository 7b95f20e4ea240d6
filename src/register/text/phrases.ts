/**
 * Finding many fixed phrases (health terms, tool aliases, processing-kind keywords) in a text folded by
 * `foldWords`, whole words only, in one pass over the text's words instead of one scan of the whole
 * text per phrase: the word lists hold hundreds of phrases and a register thousands of cells, so the
 * scan per phrase was most of a validation's time.
 *
 * The answer is exactly what scanning each phrase in turn would give (the readers rely on that order to
 * let a longer phrase claim its words first): every occurrence of ` ${phrase} ` in the text, by phrase
 * in the order given, then by position.
 */

export interface PhraseHit {
  /** The phrase's index in the list the index was built from. */
  phrase: number;
  /** Where the phrase starts in the text (just after the space before it). */
  at: number;
}

interface Entry {
  phrase: number;
  /** The phrase and the space that must follow it. */
  probe: string;
}

export class PhraseIndex {
  /** Phrases by their first word. */
  private readonly byFirstWord = new Map<string, Entry[]>();
  /** Phrases with no first word (empty, or starting with a space): rare, searched the slow way. */
  private readonly odd: Entry[] = [];

  constructor(phrases: readonly string[]) {
    phrases.forEach((text, phrase) => {
      const first = text.split(" ", 1)[0];
      const entry = { phrase, probe: `${text} ` };
      if (first === "") {
        this.odd.push(entry);
        return;
      }
      const list = this.byFirstWord.get(first);
      if (list) list.push(entry);
      else this.byFirstWord.set(first, [entry]);
    });
  }

  /** Every occurrence, by phrase index then position (see the module comment). */
  find(words: string): PhraseHit[] {
    const hits: PhraseHit[] = [];
    // A phrase can only start where a word starts: just after a space.
    for (let space = words.indexOf(" "); space >= 0 && space + 1 < words.length;) {
      const at = space + 1;
      const next = words.indexOf(" ", at);
      if (next < 0) break; // the last word has no space after it: no phrase can end there
      if (next > at) {
        const candidates = this.byFirstWord.get(words.slice(at, next));
        if (candidates) for (const c of candidates) if (words.startsWith(c.probe, at)) hits.push({ phrase: c.phrase, at });
      }
      space = next;
    }
    for (const c of this.odd) {
      const probe = ` ${c.probe}`;
      for (let i = words.indexOf(probe); i >= 0; i = words.indexOf(probe, i + 1)) hits.push({ phrase: c.phrase, at: i + 1 });
    }
    // Stable: positions stay in order within one phrase.
    return hits.length > 1 ? hits.sort((a, b) => a.phrase - b.phrase) : hits;
  }

  /** True when some phrase occurs (`find(words).length > 0`, stopping at the first one). */
  occursIn(words: string): boolean {
    for (let space = words.indexOf(" "); space >= 0 && space + 1 < words.length;) {
      const at = space + 1;
      const next = words.indexOf(" ", at);
      if (next < 0) break;
      if (next > at) {
        const candidates = this.byFirstWord.get(words.slice(at, next));
        if (candidates) for (const c of candidates) if (words.startsWith(c.probe, at)) return true;
      }
      space = next;
    }
    return this.odd.some((c) => words.includes(` ${c.probe}`));
  }
}
