// `npm run lint`: ESLint (typescript-eslint with type information, React hooks, accessibility of JSX)
// and Prettier for the layout (`prettier --check`); no warning is allowed (--max-warnings 0).
import path from "node:path";
import { fileURLToPath } from "node:url";
import js from "@eslint/js";
import { defineConfig, globalIgnores } from "eslint/config";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

const root = path.dirname(fileURLToPath(import.meta.url));

/** The faces: they reach the engine through its public entry, src/register/index.ts, only. */
const FACES = ["taskpane", "functions", "cli", "playground", "workbook", "bench"].map((face) => `src/${face}/**/*.{ts,tsx}`);

export default defineConfig([
  globalIgnores(["dist/", "coverage/", "test-artifacts/", "test/fixtures/**/*.{js,cjs,mjs}"]),
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: root } },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      // `_name` says « unused on purpose » (a callback's signature, a destructured rest).
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      // An `Excel.run` batch must return a promise even when it has nothing to wait for (the in-memory
      // Excel refuses one that does not, as Excel does): an async function with no await is the idiom.
      "@typescript-eslint/require-await": "off",
    },
  },
  {
    files: ["test/**/*.{ts,tsx}"],
    rules: {
      // jest's asymmetric matchers (expect.objectContaining, expect.any…) are typed `any`.
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
    },
  },
  {
    // Configuration and scripts: plain JavaScript run by Node, outside tsconfig.json.
    files: ["**/*.{js,cjs,mjs}"],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
  {
    files: ["**/*.{js,cjs}"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["**/*.tsx"],
    extends: [reactHooks.configs.flat.recommended, jsxA11y.flatConfigs.recommended],
  },
  {
    files: FACES,
    rules: {
      // A face imports the engine from src/register/index.ts, never from a module inside src/register/:
      // the engine can then be reshaped without touching the faces. The one other public module is the
      // report's zod schemas (register/report/schema), apart so that zod stays out of the pane's first load.
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(\\.\\./)+register/(?!index$|report/schema$).+",
              message:
                "Une face importe le moteur par son entrée publique, src/register/index.ts (« ../register »), ou le schéma du rapport (register/report/schema), jamais un autre de ses modules.",
            },
          ],
        },
      ],
    },
  },
]);
