/** Runs the whole quality corpus: every register built, read back and checked, one after the other. */
import { REGISTRES } from "./registres";
import { checkRegistre, type Resultat } from "./score";

export async function runCorpus(): Promise<Resultat[]> {
  const results: Resultat[] = [];
  // One at a time: each build is CPU-bound, and the machine is shared.
  for (const r of REGISTRES) results.push(await checkRegistre(r));
  return results;
}
