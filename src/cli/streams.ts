/**
 * The program's standard output and error, with manners. When the reader goes away (`valider … | head -1`
 * closes the pipe: EPIPE), the rest of that stream is dropped without a word and the run ends with its
 * own exit code. When the output cannot be written for another reason (`valider … > /media/cle/r.txt`
 * on a full disk), one French sentence says so on the error stream, and the run ends with 73.
 */
import { EXIT } from "./exit";
import { fsProblem } from "./fsProblem";
import { output } from "./strings";
import type { Output } from "./validate";

export interface Streams {
  io: Output;
  /** The run's exit code, raised to 73 when the standard output could not be written. */
  exitCode(code: number): number;
}

export function standardStreams(stdout: NodeJS.WritableStream = process.stdout, stderr: NodeJS.WritableStream = process.stderr): Streams {
  const closed = { out: false, err: false };
  let outputFailed = false;
  const writeErr = (text: string) => {
    if (!closed.err) stderr.write(`${text}\n`);
  };
  stdout.on("error", (e: NodeJS.ErrnoException) => {
    closed.out = true;
    if (e.code === "EPIPE") return;
    outputFailed = true;
    const { problem, code } = fsProblem(e);
    writeErr(output.standardOutput(problem, code));
    // The error may come after the run has ended (writes finish asynchronously): the code is raised here too.
    process.exitCode = Math.max(Number(process.exitCode ?? 0), EXIT.cantCreate);
  });
  // Nowhere left to say anything: the exit code still tells.
  stderr.on("error", () => {
    closed.err = true;
  });
  return {
    io: {
      out: (text) => {
        if (!closed.out) stdout.write(`${text}\n`);
      },
      err: writeErr,
    },
    exitCode: (code) => (outputFailed ? Math.max(code, EXIT.cantCreate) : code),
  };
}
