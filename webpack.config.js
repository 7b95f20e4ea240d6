// Browser build of the add-in: three entries, one dist/ folder.
// - functions: src/functions/functions.ts -> dist/functions.js + dist/functions.json (custom functions
//   metadata generated from the JSDoc). A STANDALONE bundle: never split, never shares a chunk, so the
//   manifest's functions.js registers the functions by itself.
// - taskpane: src/taskpane/index.tsx, page src/taskpane/taskpane.html -> dist/taskpane.html, which loads
//   functions.js first (the shared runtime's page: task pane and custom functions in one runtime).
// - playground: src/playground/index.tsx, page src/playground/playground.html -> dist/playground.html.
// manifest.xml is copied with every add-in URL rewritten to ADDIN_URL (default https://localhost:3000/).
const fs = require("fs");
const os = require("os");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { DEFAULT_ADDIN_URL, rewriteManifestUrls } = require("./scripts/manifestUrl.js");

const root = __dirname;
const dist = path.resolve(root, "dist");
const FUNCTIONS_SOURCE = "./src/functions/functions.ts";

/** The entries whose source exists (the task pane and playground are written in parallel). */
const ENTRIES = [
  { name: "functions", source: FUNCTIONS_SOURCE },
  { name: "taskpane", source: "./src/taskpane/index.tsx", page: "./src/taskpane/taskpane.html", chunks: ["functions", "taskpane"] },
  { name: "playground", source: "./src/playground/index.tsx", page: "./src/playground/playground.html", chunks: ["playground"] },
];

/** The development certificates made by office-addin-dev-certs, when present. */
function devCertificates() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { key: "localhost.key", cert: "localhost.crt", ca: "ca.crt" };
  if (!fs.existsSync(path.join(dir, files.key)) || !fs.existsSync(path.join(dir, files.cert))) return undefined;
  const read = (name) => (fs.existsSync(path.join(dir, name)) ? fs.readFileSync(path.join(dir, name)) : undefined);
  return { key: read(files.key), cert: read(files.cert), ca: read(files.ca) };
}

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const present = ENTRIES.filter((e) => fs.existsSync(path.resolve(root, e.source)));
  for (const missing of env.quiet ? [] : ENTRIES.filter((e) => !present.includes(e))) {
    console.warn(`[webpack] ${missing.source} est absent : l'entrée « ${missing.name} » n'est pas construite.`);
  }
  const addinUrl = env.ADDIN_URL || process.env.ADDIN_URL || DEFAULT_ADDIN_URL;
  const certificates = devCertificates();
  const port = Number(process.env.PORT) || 3000;

  return {
    mode: production ? "production" : "development",
    context: root,
    target: "web",
    entry: Object.fromEntries(present.map((e) => [e.name, e.source])),
    output: {
      path: dist,
      // functions.js keeps its name (the manifest points at it); the other files carry a content hash
      // in production so that Office's cache never mixes two versions of the pane.
      filename: (data) => ((data.chunk && data.chunk.name === "functions") || !production ? "[name].js" : "[name].[contenthash:8].js"),
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      // "auto": chunks are loaded from the folder the entry script came from, wherever dist/ is hosted.
      publicPath: "auto",
      // dist/node/ is the command line's build (tsc -p tsconfig.cli.json): never wipe it.
      clean: { keep: /^node([\\/]|$)/ },
    },
    // No eval (the pages' Content-Security-Policy forbids it) and no source maps in production (they
    // would publish the source and the build machine's paths).
    devtool: production ? false : "source-map",
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".json"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              // Type checking is `tsc --noEmit`; here we only transpile, to ES modules so that webpack
              // can drop unused exports.
              transpileOnly: true,
              compilerOptions: { module: "es2020", moduleResolution: "bundler", sourceMap: !production },
            },
          },
        },
        // The engine is pure (team contract): declaring its modules free of side effects lets webpack
        // leave out the ones a bundle does not use, e.g. model.ts (and with it zod) from functions.js,
        // which reaches read.ts only for ficheFromValues. Never import an engine module only for its
        // side effects (`import "./x"`): test/functions/build.test.ts fails if one does.
        { test: /[\\/]src[\\/]register[\\/].*\.ts$/, sideEffects: false },
        // Files a page may import by URL (a template workbook, an image).
        { test: /\.(xlsx|png|svg)$/i, type: "asset/resource", generator: { filename: "assets/[name].[contenthash:8][ext]" } },
      ],
    },
    optimization: {
      splitChunks: {
        // Share React/Fluent between the pages' chunks, but never touch the functions bundle.
        chunks: (chunk) => chunk.name !== "functions",
      },
    },
    performance: { hints: false }, // sizes are checked (gzip) by test/functions/build.test.ts
    plugins: [
      ...(present.some((e) => e.name === "functions")
        ? [new CustomFunctionsMetadataPlugin({ output: "functions.json", input: path.resolve(root, FUNCTIONS_SOURCE) })]
        : []),
      ...present
        .filter((e) => e.page && fs.existsSync(path.resolve(root, e.page)))
        .map(
          (e) =>
            new HtmlWebpackPlugin({
              filename: `${e.name}.html`,
              template: e.page,
              chunks: e.chunks.filter((c) => present.some((p) => p.name === c)),
              chunksSortMode: "manual", // functions.js before the pane's code
              scriptLoading: "defer",
              inject: "head",
            }),
        ),
      new CopyWebpackPlugin({
        patterns: [
          { from: "manifest.xml", to: "manifest.xml", transform: (content) => rewriteManifestUrls(content.toString(), addinUrl) },
          { from: "assets/*.png", to: "assets/[name][ext]" },
        ],
      }),
    ],
    devServer: {
      // `webpack serve` (and `npm start`, scripts/start.mjs, which reads devMiddleware): the build is
      // served from memory and never written to dist/, so that a dist/ built for deployment stays what
      // was built. No hot reload client (it would need eval and a WebSocket the CSP does not allow).
      // https with the office-addin-dev-certs certificates, else http on 127.0.0.1.
      static: false,
      devMiddleware: { writeToDisk: false },
      hot: false,
      liveReload: false,
      client: false,
      webSocketServer: false,
      host: certificates ? "localhost" : "127.0.0.1",
      port,
      server: certificates ? { type: "https", options: certificates } : { type: "http" },
      // Excel on the web fetches functions.json from its own origin.
      headers: { "Access-Control-Allow-Origin": "*", "Cache-Control": "no-store" },
    },
  };
};
