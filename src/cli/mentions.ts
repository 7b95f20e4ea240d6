/**
 * `mentions FICHIER --fiche REF [--public PUBLIC] [--source TEXTE] [--docx SORTIE]`: the information
 * notices of one fiche (one per audience it names, or the one asked for), as plain text on the standard
 * output, or as a NEW Word file and nothing printed. The RÉF is compared after the engine's folding
 * (case, accents, spaces); none or several fiches with it is a data error (exit 65) listing the RÉFs.
 */
import {
  buildNotices,
  formatLocalDate,
  noticeText,
  normalizeLabel as fold,
  type Clock,
  type Fiche,
  type Notice,
  type NoticeAudience,
  type Register,
} from "../register";
import { EXIT, type ExitCode } from "./exit";
import { openRegister } from "./load";
import { noticesDocx } from "./noticeDocx";
import { outputProblem, publishNewFile } from "./publish";
import { mentions as m, unreadable } from "./strings";
import type { Output } from "./validate";

export interface NoticesOptions {
  file: string;
  ref: string;
  source?: string;
  audience?: NoticeAudience;
  docx?: string;
}

/** The fiches a notice can be made for: the user's, and the CNIL's example tab; never the blank model. */
function describedFiches(register: Register): Fiche[] {
  return register.fiches.filter((f) => f.kind === "fiche" || f.kind === "example");
}

type Found = { ok: true; fiche: Fiche } | { ok: false; message: string };

function findFiche(register: Register, typed: string): Found {
  const fiches = describedFiches(register);
  const refs = fiches.map((f) => m.refLine(f.ref.value.trim(), f.name.value.trim()));
  const key = fold(typed);
  const matches = fiches.filter((f) => fold(f.ref.value) === key);
  if (matches.length === 1) return { ok: true, fiche: matches[0] };
  if (matches.length === 0) return { ok: false, message: m.unknownRef(typed, refs) };
  return {
    ok: false,
    message: m.duplicateRef(
      typed,
      matches.map((f) => f.sheet),
      refs,
    ),
  };
}

/** The notices asked for, or why there are none. */
function noticesOf(register: Register, fiche: Fiche, o: NoticesOptions): { ok: true; notices: Notice[] } | { ok: false; message: string } {
  const all = buildNotices(register, fiche, o.source ? { source: o.source } : {});
  const ref = fiche.ref.value.trim() || fiche.name.value.trim();
  if (all.length === 0) return { ok: false, message: m.noAudience(ref) };
  if (!o.audience) return { ok: true, notices: all };
  const wanted = all.filter((n) => n.audience === o.audience);
  if (wanted.length > 0) return { ok: true, notices: wanted };
  return {
    ok: false,
    message: m.audienceNotNamed(
      ref,
      m.audience[o.audience],
      all.map((n) => m.audience[n.audience]),
    ),
  };
}

export async function runNotices(o: NoticesOptions, io: Output, clock: Clock): Promise<ExitCode> {
  // Checked before the work, and again when the file is published.
  if (o.docx) {
    const refused = outputProblem(o.docx);
    if (refused) {
      io.err(refused);
      return EXIT.cantCreate;
    }
  }
  const opened = await openRegister(o.file);
  if (!opened.ok) {
    io.err(unreadable.line(o.file, opened.message));
    return EXIT.unreadable;
  }
  const found = findFiche(opened.register, o.ref);
  if (!found.ok) {
    io.err(found.message);
    return EXIT.dataError;
  }
  const made = noticesOf(opened.register, found.fiche, o);
  if (!made.ok) {
    io.err(made.message);
    return EXIT.dataError;
  }
  if (!o.docx) {
    io.out(made.notices.map((n) => noticeText(n).trimEnd()).join(m.separator));
    return EXIT.ok;
  }
  const written = publishNewFile(o.docx, await noticesDocx(made.notices, formatLocalDate(clock)));
  if (!written.ok) {
    io.err(written.message);
    return EXIT.cantCreate;
  }
  return EXIT.ok;
}
