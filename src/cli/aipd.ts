/**
 * `aipd FICHIER --fiche REF --sortie AIPD.json`: the file the CNIL's PIA tool imports, pre-filled from
 * one fiche (src/register/pia/), for a fiche whose screening says an AIPD is required or likely. The
 * RÉF is compared after the engine's folding; the register is only read, the output a NEW file.
 */
import { assessAipd, buildPiaExport, fold, needsAipd, piaExportJson, type Clock, type Fiche } from "../register";
import { EXIT, type ExitCode } from "./exit";
import { openRegister } from "./load";
import { outputProblem, publishNewFile } from "./publish";
import { aipdTexts, unreadable } from "./strings";
import type { Output } from "./validate";

export async function runAipd(o: { file: string; ref: string; output: string }, io: Output, clock: Clock): Promise<ExitCode> {
  // Checked before the work, and again when the file is published.
  const outputRefused = outputProblem(o.output);
  if (outputRefused) {
    io.err(outputRefused);
    return EXIT.cantCreate;
  }
  const opened = await openRegister(o.file);
  if (!opened.ok) {
    io.err(unreadable.line(o.file, opened.message));
    return EXIT.unreadable;
  }
  const fiches = opened.register.fiches.filter((f) => f.kind === "fiche");
  const key = fold(o.ref);
  const matching: Fiche[] = fiches.filter((f) => fold(f.ref.value) === key);
  if (matching.length === 0) {
    const refs = [...new Set(fiches.map((f) => f.ref.value.trim()).filter(Boolean))];
    io.err(aipdTexts.unknownRef(o.ref, refs));
    return EXIT.dataError;
  }
  if (matching.length > 1) {
    io.err(
      aipdTexts.duplicateRef(
        o.ref,
        matching.map((f) => f.sheet),
      ),
    );
    return EXIT.dataError;
  }
  const fiche = matching[0];
  const ref = fiche.ref.value.trim();
  const name = fiche.name.value.trim();
  if (!needsAipd(fiche)) {
    io.err(aipdTexts.notNeeded({ ref, name, status: assessAipd(fiche).status }));
    return EXIT.dataError;
  }
  const file = buildPiaExport(fiche, { clock });
  const written = publishNewFile(o.output, new TextEncoder().encode(piaExportJson(file)));
  if (!written.ok) {
    io.err(written.message);
    return EXIT.cantCreate;
  }
  io.out(aipdTexts.written({ output: o.output, ref, name, answers: file.answers.length, measures: file.measures.length }));
  return EXIT.ok;
}
