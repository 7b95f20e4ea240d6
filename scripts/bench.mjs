// `npm run bench [-- --json]`: builds the benchmark (tsconfig.bench.json → dist/bench) then runs it.
// The benchmark itself is src/bench/bench.ts; with --json its last line is one JSON object.
import path from "node:path";
import { compile, root, runAndExit } from "./compile.mjs";

const entry = path.join(root, "dist", "bench", "src", "bench", "bench.js");
compile("tsconfig.bench.json", { orElseRun: entry, warning: "Des erreurs de types ont été signalées ; le banc d'essai tourne quand même sur le code émis." });
runAndExit(entry);
