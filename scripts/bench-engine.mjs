// `npm run bench:engine [-- --fiches N --runs N]`: builds the benchmark (tsconfig.bench.json → dist/bench)
// then times the engine alone (src/bench/engine.ts). Add `--cpu-prof` to NODE_OPTIONS to profile it.
import path from "node:path";
import { compile, root, runAndExit } from "./compile.mjs";

const entry = path.join(root, "dist", "bench", "src", "bench", "engine.js");
compile("tsconfig.bench.json", { orElseRun: entry, warning: "Des erreurs de types ont été signalées ; le banc d'essai tourne quand même sur le code émis." });
runAndExit(entry);
