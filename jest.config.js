/** Three projects: pure/node tests, React tests in jsdom, and the browser run of the playground. */
const tsJest = [
  "ts-jest",
  {
    // Type checking is done once by `tsc --noEmit` in `npm test`; isolatedModules makes ts-jest only transpile.
    tsconfig: { module: "commonjs", moduleResolution: "node", jsx: "react-jsx", esModuleInterop: true, resolveJsonModule: true, isolatedModules: true },
  },
];

/** @type {import('jest').Config} */
module.exports = {
  // Real workbooks are read and written in many tests: on a loaded 2-core machine (CI), jest's 5 s
  // default fails slow tests that are not wrong. A hung test still fails, after 30 s.
  testTimeout: 30_000,
  projects: [
    {
      displayName: "unit",
      testEnvironment: "node",
      roots: ["<rootDir>/test"],
      testMatch: ["**/*.test.ts"],
      testPathIgnorePatterns: ["/node_modules/", "\\.e2e\\.test\\.ts$"],
      transform: { "^.+\\.tsx?$": tsJest },
      setupFilesAfterEnv: ["<rootDir>/test/setup/failOnConsole.ts"],
    },
    {
      displayName: "dom",
      testEnvironment: "jsdom",
      roots: ["<rootDir>/test"],
      testMatch: ["**/*.test.tsx"],
      transform: { "^.+\\.tsx?$": tsJest },
      setupFiles: ["<rootDir>/test/setup/domTextCodec.ts"],
      setupFilesAfterEnv: ["<rootDir>/test/setup/domCleanupFirst.ts", "<rootDir>/test/setup/failOnConsole.ts"],
    },
    {
      displayName: "e2e",
      testEnvironment: "node",
      roots: ["<rootDir>/test"],
      testMatch: ["**/*.e2e.test.ts"],
      transform: { "^.+\\.tsx?$": tsJest },
      setupFilesAfterEnv: ["<rootDir>/test/setup/failOnConsole.ts"],
    },
  ],
};
