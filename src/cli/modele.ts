/** `modele SORTIE [--exemple]`: writes our template (or the example register) to a NEW file. */
import { saveXlsx, snapshotOf } from "../workbook/xlsx";
import { buildExampleRegister, buildTemplateWorkbook, TEMPLATE_SHEETS } from "../workbook/template";
import { EXIT, type ExitCode } from "./exit";
import { outputProblem, publishNewFile } from "./publish";
import { exampleWritten, templateWritten } from "./strings";
import type { Output } from "./validate";
import type { Clock } from "../register";

export async function runTemplate(o: { output: string; example: boolean }, io: Output, clock: Clock): Promise<ExitCode> {
  // Checked before the work, and again when the file is published.
  const outputRefused = outputProblem(o.output);
  if (outputRefused) {
    io.err(outputRefused);
    return EXIT.cantCreate;
  }
  const book = o.example ? await buildExampleRegister({ clock }) : await buildTemplateWorkbook({ clock });
  const written = publishNewFile(o.output, await saveXlsx(book));
  if (!written.ok) {
    io.err(written.message);
    return EXIT.cantCreate;
  }
  const fiches = snapshotOf(book).sheets.length - TEMPLATE_SHEETS.length;
  io.out(o.example ? exampleWritten(o.output, fiches) : templateWritten(o.output, [...TEMPLATE_SHEETS]));
  return EXIT.ok;
}
