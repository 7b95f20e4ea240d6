/**
 * `npm run qualite`: builds the quality corpus, checks it like the command line does, and prints the
 * table (per register: planted, found, missed, false alarms), the totals, then what was missed and
 * every false alarm, grouped by rule. `--json` prints the totals and the lists as one JSON object.
 * Exit code 0 when recall is 100 % and there is no false alarm, 1 otherwise.
 */
import { runCorpus } from "./corpus";
import { falseAlarmsByRule, missesByRule, table } from "./rapport";
import { CORPUS_INSTANT, totals } from "./score";

async function main(): Promise<void> {
  const json = process.argv.includes("--json");
  const results = await runCorpus();
  const t = totals(results);
  if (json) {
    const out = {
      instant: CORPUS_INSTANT,
      totals: t,
      registers: results.map((r) => ({
        id: r.id,
        correct: r.correct,
        planted: r.planted,
        found: r.found.length,
        missed: r.missed.map(({ rule, severity, sheet, cell, value, instead }) => ({ rule, severity, sheet, cell, value, instead })),
        falseAlarms: r.falseAlarms.map(({ rule, severity, sheet, cell, message }) => ({ rule, severity, sheet, cell, message })),
      })),
    };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    process.stdout.write(`Corpus de qualité, vérifié au ${CORPUS_INSTANT}\n\n${table(results, t)}\n\n`);
    process.stdout.write(`Manquées, par règle\n${missesByRule(results)}\n\nFausses alertes, par règle\n${falseAlarmsByRule(results)}\n`);
  }
  process.exitCode = t.missed === 0 && t.falseAlarms === 0 ? 0 : 1;
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 2;
});
