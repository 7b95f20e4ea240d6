// `npm run qualite [-- --json]`: builds the quality corpus (tsconfig.qualite.json → dist/qualite), then
// runs it: the registers of test/corpus/ made from the CNIL's workbook, checked like the command line
// does, scored against the mistakes planted in them. Exit code 1 when a mistake is missed or a false
// alarm is raised (see test/corpus/qualite.ts).
import { cpSync } from "node:fs";
import path from "node:path";
import { compile, root, runAndExit } from "./compile.mjs";

const out = path.join(root, "dist", "qualite");
const entry = path.join(out, "test", "corpus", "qualite.js");
compile("tsconfig.qualite.json", { orElseRun: entry, warning: "Des erreurs de types ont été signalées ; le corpus tourne quand même sur le code émis." });
// The compiled fixtures look for the CNIL's workbook beside themselves (test/fixtures/cnilWorkbook.ts).
cpSync(path.join(root, "test", "fixtures", "cnil"), path.join(out, "test", "fixtures", "cnil"), { recursive: true });
runAndExit(entry);
