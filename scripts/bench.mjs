// `npm run bench [-- --json] [-- --consolidation]`: builds the command line (tsconfig.cli.json → dist/node,
// whose worker threads the consolidation measure runs) and the benchmark (tsconfig.bench.json → dist/bench),
// then runs it. The benchmark itself is src/bench/bench.ts; with --json its last line is one JSON object.
import path from "node:path";
import { compile, root, runAndExit } from "./compile.mjs";

const entry = path.join(root, "dist", "bench", "src", "bench", "bench.js");
compile("tsconfig.cli.json", {
  orElseRun: path.join(root, "dist", "node", "cli", "consolidate", "worker.js"),
  warning: "Des erreurs de types ont été signalées dans la ligne de commande ; la consolidation est mesurée quand même sur le code émis.",
});
compile("tsconfig.bench.json", { orElseRun: entry, warning: "Des erreurs de types ont été signalées ; le banc d'essai tourne quand même sur le code émis." });
runAndExit(entry);
