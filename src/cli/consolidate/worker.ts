/**
 * A worker thread of `consolider`: reads the workbooks it is given, one at a time, and answers each with
 * its report line (see workerPool.ts). Started from the built dist/ only (build:cli compiles it to
 * dist/node/cli/consolidate/worker.js).
 */
import { parentPort, workerData } from "node:worker_threads";
import { consolidationReading } from "../strings";
import { answerFor } from "./readOne";
import { clockOfWire, type WireClock, type WorkerTask } from "./workerProtocol";

const port = parentPort;
if (!port) {
  process.stderr.write(`${consolidationReading.workerAlone}\n`);
  process.exit(64);
} else {
  const clock = clockOfWire(workerData as WireClock);
  port.on("message", (task: WorkerTask) => {
    void answerFor(task.index, task.file, clock).then((answer) => port.postMessage(answer));
  });
}
