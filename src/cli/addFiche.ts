/** `ajouter-fiche FICHIER --nom NOM --sortie SORTIE`: the new-fiche plan, written to a NEW file. */
import { PlanError, type Clock, planNewFiche, previewNewFiche } from "../register";
import { applyPlanToXlsx, saveXlsx, XlsxPlanError } from "../workbook/xlsx";
import { EXIT, type ExitCode } from "./exit";
import { sameFile } from "./io";
import { openRegister } from "./load";
import { outputProblem, publishNewFile } from "./publish";
import { addFailed, added, unreadable, usage } from "./strings";
import type { Output } from "./validate";

export async function runAddFiche(o: { file: string; name: string; output: string }, io: Output, clock: Clock): Promise<ExitCode> {
  if (sameFile(o.file, o.output)) {
    io.err(usage.sameAsInput(o.file));
    return EXIT.usage;
  }
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
  const input = { name: o.name, clock };
  let bytes: Uint8Array;
  let preview: ReturnType<typeof previewNewFiche>;
  try {
    preview = previewNewFiche(opened.register, input);
    // A name a fiche already has is refused here (PlanError naming its sheet): exit 65, nothing written.
    applyPlanToXlsx(opened.book, planNewFiche(opened.register, input));
    bytes = await saveXlsx(opened.book);
  } catch (e) {
    if (e instanceof PlanError || e instanceof XlsxPlanError) {
      io.err(addFailed(e.message));
      return EXIT.cannotAdd;
    }
    throw e;
  }
  const written = publishNewFile(o.output, bytes);
  if (!written.ok) {
    io.err(written.message);
    return EXIT.cantCreate;
  }
  io.out(
    added({
      name: preview.existing?.name ?? o.name,
      sheet: preview.sheetName,
      shortenedFrom: preview.sheetNameChange === "shortened" ? preview.nameCell : undefined,
      ref: preview.ref,
      listSheet: opened.register.listTab?.sheet ?? "",
      listRow: preview.listRow,
      tookLine: preview.existing?.kind === "line",
      output: o.output,
      input: o.file,
    }),
  );
  return EXIT.ok;
}
