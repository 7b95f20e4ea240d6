/**
 * Finds the online tools of ../data/tools.ts named in what people type.
 *
 * Public API:
 * - `findTools(text: string): ToolMatch[]`: each tool named in the text once, in the order they first
 *   appear, with the alias that matched (folded: "whatsapp", "google drive", "teams"…); [] when none.
 *
 * Matching: the engine's folding (foldWords: case, accents, apostrophes, punctuation) with « @ » as a
 * space so that an address names its provider (« dupont@gmail.com » → Gmail); whole words only
 * (« ovh » not in « ovhcloud » unless listed, « gmail » not in « gmails »); longest alias first, so that
 * « microsoft teams » is one Teams and « outlook.fr » is Outlook.com, not Microsoft 365.
 * Ambiguous words (Tool.guarded) need context: « Teams » and « Zoom » are accepted when capitalised or
 * after « via », « sur », « avec », « outil », « visio »…, « Zoom » never before « sur » (« zoom sur les
 * chiffres »); « Signal » and « Notion » only after such a word and never before « de » (« signal de
 * détresse », « la notion de ») — « Notion » also when capitalised; « drive » only after « le », « sur »,
 * « via »… (« sur le drive »). The capitalisation test looks at the whole text (a tool spelt « Teams »
 * anywhere accepts every « teams » of it).
 */
import { TOOLS, type GuardedAlias, type Tool } from "../data/tools";
import { foldWords } from "./fold";
import { memoByText } from "./memo";
import { PhraseIndex } from "./phrases";

export interface ToolMatch {
  tool: Tool;
  /** The alias that matched, folded ("whatsapp", "google drive", "teams"). */
  match: string;
}

interface Alias {
  text: string;
  tool: Tool;
}

const ALIASES: readonly Alias[] = TOOLS.flatMap((tool) => tool.aliases.map((text) => ({ text, tool }))).sort((a, b) => b.text.length - a.text.length);
const GUARDED: ReadonlyArray<{ tool: Tool; guard: GuardedAlias }> = TOOLS.flatMap((tool) => (tool.guarded ?? []).map((guard) => ({ tool, guard })));

const ALIAS_INDEX = new PhraseIndex(ALIASES.map((a) => a.text));

function occurrences(words: string, needle: string): number[] {
  const out: number[] = [];
  const probe = ` ${needle} `;
  for (let i = words.indexOf(probe); i >= 0; i = words.indexOf(probe, i + 1)) out.push(i + 1);
  return out;
}

/** The spellings' patterns, compiled once each (the texts are many, the spellings few). */
const SPELLING_PATTERNS = new Map<string, RegExp>();
function spellingPattern(spelling: string): RegExp {
  let pattern = SPELLING_PATTERNS.get(spelling);
  if (!pattern) {
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])${spelling}(?![\\p{L}\\p{N}])`, "u");
    SPELLING_PATTERNS.set(spelling, pattern);
  }
  return pattern;
}

function spelledInText(text: string, spellings: readonly string[] | undefined): boolean {
  if (!spellings) return false;
  return spellings.some((s) => spellingPattern(s).test(text));
}

export function findTools(text: string): ToolMatch[] {
  // A copy: the remembered list is shared by every caller.
  return findToolsOnce(text).slice();
}

// Each distinct text read once: the rules read the same cells (named tools, listed processors, transfers).
const findToolsOnce = memoByText(readTools);

function readTools(text: string): ToolMatch[] {
  if (text.trim() === "") return [];
  const words = foldWords(text.replace(/@/g, " "));
  const claimed = new Uint8Array(words.length);
  const isFree = (at: number, length: number): boolean => {
    for (let i = at; i < at + length; i++) if (claimed[i] !== 0) return false;
    return true;
  };
  const hits: Array<{ at: number; tool: Tool; match: string }> = [];

  // Aliases in ALIASES order (longest first), each alias's occurrences left to right.
  for (const { phrase, at } of ALIAS_INDEX.find(words)) {
    const alias = ALIASES[phrase];
    if (!isFree(at, alias.text.length)) continue;
    claimed.fill(1, at, at + alias.text.length);
    hits.push({ at, tool: alias.tool, match: alias.text });
  }

  for (const { tool, guard } of GUARDED) {
    // Whether the text spells the tool's name: only asked once the word is there.
    let spelled: boolean | undefined;
    for (const at of occurrences(words, guard.word)) {
      if (!isFree(at, guard.word.length)) continue;
      const before =
        words
          .slice(0, at - 1)
          .trim()
          .split(" ")
          .pop() ?? "";
      const after =
        words
          .slice(at + guard.word.length)
          .trim()
          .split(" ")[0] ?? "";
      if (guard.notBefore?.includes(after)) continue;
      if (spelled === undefined) spelled = spelledInText(text, guard.spellings);
      if (!spelled && !guard.after?.includes(before)) continue;
      claimed.fill(1, at, at + guard.word.length);
      hits.push({ at, tool, match: guard.word });
    }
  }

  hits.sort((a, b) => a.at - b.at);
  const seen = new Set<string>();
  const out: ToolMatch[] = [];
  for (const h of hits) {
    if (seen.has(h.tool.id)) continue;
    seen.add(h.tool.id);
    out.push({ tool: h.tool, match: h.match });
  }
  return out;
}
