/**
 * The corpus's scores in plain words: the table `npm run qualite` prints, and the lists the jest test
 * prints when it fails (what was missed, grouped by rule; every false alarm).
 */
import type { Resultat, Totaux } from "./score";

function pad(s: string, n: number, right = false): string {
  const t = s.length > n ? `${s.slice(0, n - 1)}…` : s;
  return right ? t.padStart(n) : t.padEnd(n);
}

const VERDICT = { ready: "prêt", "not-ready": "pas prêt" } as const;

/** The table: one line per register, then the totals. */
export function table(results: readonly Resultat[], t: Totaux): string {
  const head = `${pad("Registre", 34)} ${pad("Type", 8)} ${pad("Plantées", 8, true)} ${pad("Trouvées", 8, true)} ${pad("Manquées", 8, true)} ${pad("Fausses alertes", 15, true)}  Verdict`;
  const rule = "-".repeat(head.length + 2);
  const lines = results.map(
    (r) =>
      `${pad(r.id, 34)} ${pad(r.correct ? "correct" : "erreurs", 8)} ${pad(String(r.planted), 8, true)} ${pad(String(r.found.length), 8, true)} ${pad(String(r.missed.length), 8, true)} ${pad(String(r.falseAlarms.length), 15, true)}  ${VERDICT[r.verdict]}`,
  );
  const total = `${pad(`Total (${t.registers} registres, ${t.correct} corrects)`, 43)} ${pad(String(t.planted), 8, true)} ${pad(String(t.found), 8, true)} ${pad(String(t.missed), 8, true)} ${pad(String(t.falseAlarms), 15, true)}`;
  return [
    head,
    rule,
    ...lines,
    rule,
    total,
    "",
    `Rappel : ${t.recall.toLocaleString("fr-FR")} % (${t.found} erreurs plantées trouvées sur ${t.planted}, à la bonne cellule, avec la bonne règle et la bonne gravité)`,
    `Fausses alertes : ${t.falseAlarms} (erreurs et avertissements que personne n'a plantés)`,
  ].join("\n");
}

/** Every miss, grouped by rule id: rule, sheet, cell, value, and what the engine said there instead. */
export function missesByRule(results: readonly Resultat[]): string {
  const groups = new Map<string, string[]>();
  for (const r of results) {
    for (const m of r.missed) {
      const list = groups.get(m.rule) ?? [];
      const instead = m.instead.length > 0 ? ` ; le moteur y dit : ${m.instead.join(", ")}` : " ; le moteur n'y dit rien";
      list.push(`  - ${r.id} : ${m.sheet}!${m.cell} (${m.where}), « ${m.value} », attendu en ${m.severity}${instead}`);
      groups.set(m.rule, list);
    }
  }
  if (groups.size === 0) return "Aucune erreur plantée manquée.";
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([rule, list]) => `${rule} (${list.length} manquée${list.length > 1 ? "s" : ""})\n${list.join("\n")}`)
    .join("\n");
}

/** Every false alarm, grouped by rule id, with the engine's message. */
export function falseAlarmsByRule(results: readonly Resultat[]): string {
  const groups = new Map<string, string[]>();
  for (const r of results) {
    for (const f of r.falseAlarms) {
      const list = groups.get(f.rule) ?? [];
      list.push(`  - ${r.id}${r.correct ? " (registre correct)" : ""} : ${f.sheet}!${f.cell}, ${f.severity} : ${f.message.replace(/\s+/g, " ")}`);
      groups.set(f.rule, list);
    }
  }
  if (groups.size === 0) return "Aucune fausse alerte.";
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([rule, list]) => `${rule} (${list.length})\n${list.join("\n")}`)
    .join("\n");
}
