import fc from "fast-check";
import { PhraseIndex } from "../../../src/register/text/phrases";
import { hasWord } from "../../../src/register/text/fold";

/** What the readers did before the index: scan the whole text once per phrase, in the list's order. */
function scanEachPhrase(words: string, phrases: readonly string[]): Array<{ phrase: number; at: number }> {
  const hits: Array<{ phrase: number; at: number }> = [];
  phrases.forEach((text, phrase) => {
    const probe = ` ${text} `;
    for (let i = words.indexOf(probe); i >= 0; i = words.indexOf(probe, i + 1)) hits.push({ phrase, at: i + 1 });
  });
  return hits;
}

// A small vocabulary, so that random phrases do occur in random texts, overlapping and repeated.
const word = fc.constantFrom("ald", "affection", "de", "longue", "duree", "sans", "pas", "teams", "a", "aa");
const phrase = fc.oneof(
  fc.array(word, { minLength: 1, maxLength: 4 }).map((ws) => ws.join(" ")),
  // Odd phrases the data should never hold, found all the same: empty, a leading or a double space.
  fc.constantFrom("", " de", "de  longue", "de "),
);
// Texts as foldWords writes them (one space around each word), and rough ones (double spaces, no padding).
const text = fc.oneof(
  fc.array(word, { maxLength: 12 }).map((ws) => ` ${ws.join(" ")} `),
  fc.array(fc.oneof(word, fc.constant(""), fc.constant(" ")), { maxLength: 12 }).map((ws) => ws.join(" ")),
);

describe("PhraseIndex: every phrase in one pass over the words", () => {
  test("finds exactly what scanning each phrase in turn finds, in the same order", () => {
    fc.assert(
      fc.property(fc.array(phrase, { maxLength: 12 }), text, (phrases, words) => {
        expect(new PhraseIndex(phrases).find(words)).toEqual(scanEachPhrase(words, phrases));
      }),
      { numRuns: 2000 },
    );
  });

  test("finds whole words only, longest listed phrase and its parts alike", () => {
    const index = new PhraseIndex(["affection de longue duree", "ald", "affection"]);
    expect(index.find(" patients en ald ou affection de longue duree ")).toEqual([
      { phrase: 0, at: 20 },
      { phrase: 1, at: 13 },
      { phrase: 2, at: 20 },
    ]);
    expect(index.find(" donald ")).toEqual([]);
    expect(index.occursIn(" aldo ")).toBe(false);
  });
});

describe("hasWord", () => {
  test("says what looking for each word with a space on both sides says, for short lists and indexed long ones", () => {
    fc.assert(
      fc.property(text, fc.array(phrase, { maxLength: 16 }), (folded, words) => {
        expect(hasWord(folded, words)).toBe(words.some((w) => folded.includes(` ${w} `)));
      }),
      { numRuns: 2000 },
    );
  });
});
