// `npm run audit:cle`: writes src/register/audit/answerKey.ts (the self-audit's weights and choices,
// without the texts) from the themes in src/register/audit/themes/. Builds them (tsconfig.auditkey.json
// → dist/auditkey), writes the key, then formats it with prettier.
// test/register/audit/answerKey.test.ts fails when the key is stale.
import { writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { compile, root } from "./compile.mjs";

compile("tsconfig.auditkey.json");
const require = createRequire(import.meta.url);
const built = (...parts) => path.join(root, "dist", "auditkey", "register", "audit", ...parts);
const { answerKeySource } = require(built("answerKeyFile.js"));
const { AUDIT_QUESTIONS } = require(built("themes", "index.js"));
const target = path.join(root, "src", "register", "audit", "answerKey.ts");
writeFileSync(target, answerKeySource(AUDIT_QUESTIONS));
const prettier = spawnSync("npx", ["--no-install", "prettier", "--write", target], { cwd: root, stdio: "inherit", shell: process.platform === "win32" });
if (prettier.status !== 0) process.exit(prettier.status ?? 1);
console.log("src/register/audit/answerKey.ts : clé des réponses réécrite à partir des thèmes.");
