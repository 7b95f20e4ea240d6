// `npm start`: build the add-in (development build, rebuilt on every change), serve it, print the
// addresses. The build stays in memory (webpack-dev-middleware): dist/ on disk, perhaps a build made
// for deployment, is never written. Works offline, on Linux too, with no Office tooling:
// - one port (PORT, default 3000) answers both https (for Excel, with the office-addin-dev-certs
//   certificates of ~/.office-addin-dev-certs when they exist) and plain http (for the playground in
//   any browser: http://127.0.0.1:PORT/playground.html);
// - a browser is opened only where one can be (BROWSER=none, CI or a Linux without a display: never).
// Options: PORT=4000, BROWSER=none, ADDIN_URL=https://… (the manifest's address), --production.
import { createRequire } from "node:module";
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dist = path.join(root, "dist");

const port = Number(process.env.PORT || 3000);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`PORT invalide : « ${process.env.PORT} ».`);
  process.exit(1);
}
const production = process.argv.includes("--production");

// --- certificates ----------------------------------------------------------------------------------
const certDir = path.join(os.homedir(), ".office-addin-dev-certs");
const certFiles = { key: path.join(certDir, "localhost.key"), cert: path.join(certDir, "localhost.crt"), ca: path.join(certDir, "ca.crt") };
const tls =
  existsSync(certFiles.key) && existsSync(certFiles.cert)
    ? {
        key: readFileSync(certFiles.key),
        cert: readFileSync(certFiles.cert),
        ...(existsSync(certFiles.ca) ? { ca: readFileSync(certFiles.ca) } : {}),
      }
    : undefined;

// The manifest served must point where this server answers (unless ADDIN_URL says otherwise); the
// project's manifest.xml already does on port 3000.
const projectManifestFits = !process.env.ADDIN_URL && port === 3000;
if (!process.env.ADDIN_URL && tls && port !== 3000) process.env.ADDIN_URL = `https://localhost:${port}/`;
process.env.PORT = String(port);

// --- the build, in memory ------------------------------------------------------------------------------
const webpack = require("webpack");
const webpackDevMiddleware = require("webpack-dev-middleware");
const config = require(path.join(root, "webpack.config.js"))({}, { mode: production ? "production" : "development" });
config.watchOptions = { aggregateTimeout: 300, ignored: ["**/node_modules/**", "**/dist/**"] };
// Only problems: the middleware's own « wait until bundle finished » notes are noise here.
config.infrastructureLogging = { level: "warn" };
const compiler = webpack(config);
const memory = webpackDevMiddleware(compiler, {
  ...config.devServer.devMiddleware, // writeToDisk: false
  index: "playground.html", // "/" opens the playground
  stats: "none", // errors are printed below, without webpack's full listing
});

const HEADERS = {
  // Excel on the web fetches functions.json from its own origin; nothing here is private.
  "Access-Control-Allow-Origin": "*",
  "Cache-Control": "no-store",
  "X-Content-Type-Options": "nosniff",
};

function serve(req, res) {
  for (const [name, value] of Object.entries(HEADERS)) res.setHeader(name, value);
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.writeHead(405, { Allow: "GET, HEAD" }).end();
    return;
  }
  // The middleware answers what the build made (waiting for a build under way) and hands the rest on.
  memory(req, res, () => {
    res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end(`Introuvable : ${req.url}\n`);
  });
}

const httpServer = http.createServer(serve);
const httpsServer = tls ? https.createServer(tls, serve) : undefined;

/** One TCP port for both: a TLS connection starts with a handshake record (first byte 0x16). */
function onConnection(socket) {
  socket.once("data", (first) => {
    socket.pause();
    socket.unshift(first);
    const target = first[0] === 0x16 && httpsServer ? httpsServer : httpServer;
    target.emit("connection", socket);
    process.nextTick(() => socket.resume());
  });
  socket.on("error", () => socket.destroy());
}

function listen(host) {
  return new Promise((resolve, reject) => {
    const server = net.createServer(onConnection);
    server.once("error", reject);
    server.listen(port, host, () => resolve(server));
  });
}

// --- browser -----------------------------------------------------------------------------------------
function openBrowser(url) {
  if (process.env.BROWSER === "none" || process.env.CI) return;
  let command;
  let args;
  if (process.platform === "darwin") [command, args] = ["open", [url]];
  else if (process.platform === "win32") [command, args] = ["cmd", ["/c", "start", "", url]];
  else {
    if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return;
    [command, args] = ["xdg-open", [url]];
  }
  try {
    const child = spawn(command, args, { stdio: "ignore", detached: true });
    child.on("error", () => undefined); // no browser: never fail
    child.unref();
  } catch {
    // same
  }
}

// --- build, then serve -------------------------------------------------------------------------------
let servers;
let firstBuild = true;

compiler.hooks.failed.tap("start", (error) => {
  console.error(`La construction a échoué : ${error.message}`);
  if (firstBuild) process.exit(1);
});

compiler.hooks.done.tap("start", (stats) => {
  const info = stats.toJson({ all: false, errors: true, warnings: true });
  if (stats.hasErrors()) {
    for (const e of info.errors ?? []) console.error(e.message);
    // Still serve after a failed first build: another page may be fine.
    console.error("\nLa construction a échoué : corrigez les erreurs ci-dessus (le serveur attend la prochaine modification).");
  } else if (!firstBuild) {
    console.log(`Reconstruit (${new Date().toLocaleTimeString("fr-FR")}).`);
  }
});

memory.waitUntilValid(async () => {
  if (!firstBuild) return;
  firstBuild = false;

  try {
    servers = [await listen("127.0.0.1")];
    // Excel may resolve "localhost" to ::1: answer there too when the machine has IPv6.
    await listen("::1").then(
      (s) => servers.push(s),
      () => undefined,
    );
  } catch (e) {
    const reason = e && e.code === "EADDRINUSE" ? `le port ${port} est déjà utilisé (essayez PORT=${port + 1} npm start)` : String(e);
    console.error(`Impossible de démarrer le serveur : ${reason}.`);
    process.exit(1);
  }

  const playground = `http://127.0.0.1:${port}/playground.html`;
  console.log("");
  console.log(`Bac à sable (le complément sans Excel) : ${playground}`);
  if (!memory.context.outputFileSystem.existsSync(path.join(dist, "playground.html"))) {
    console.log("  (playground.html n'a pas été construit : voir les messages ci-dessus)");
  }
  if (tls) {
    console.log(`Complément pour Excel (https) : https://localhost:${port}/taskpane.html`);
    console.log(
      `Pour l'essayer dans Excel, chargez le manifeste ${projectManifestFits ? "manifest.xml du projet" : `enregistré depuis https://localhost:${port}/manifest.xml`} : ` +
        "Excel sur le web : Insérer > Compléments > Charger mon complément ; Excel Windows : dossier partagé de catalogues approuvés ; Excel Mac : ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef (voir README).",
    );
  } else {
    console.log(
      "Excel exige https : aucun certificat dans ~/.office-addin-dev-certs, le complément n'est donc servi qu'en http " +
        "(bac à sable). Pour le charger dans Excel, créez les certificats sur votre poste (npx office-addin-dev-certs install), " +
        "relancez npm start, puis chargez le manifeste manifest.xml (voir README).",
    );
  }
  console.log("Arrêter : Ctrl+C.");
  openBrowser(playground);
});

function stop() {
  for (const s of servers ?? []) s.close();
  memory.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 2000).unref();
}
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
