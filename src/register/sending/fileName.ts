/**
 * The copy's file name, so that SESAN can sort what it receives: `Registre-RGPD_<CPTS>_<AAAA-MM-JJ>.xlsx`,
 * the CPTS's name in plain ASCII with `-` for spaces (accents dropped, ligatures spelt out), every
 * character Windows refuses in a name (`\ / : * ? " < > |`) and every other sign turned into `-`.
 */
import { localTime, type Clock } from "../clock";

/** Long enough for any CPTS's name, short enough for every file system and mail gateway. */
const NAME_MAX = 80;
/** What stands for a CPTS whose name the register does not give. */
const NO_NAME = "CPTS";

const LIGATURES: Record<string, string> = { œ: "oe", Œ: "OE", æ: "ae", Æ: "AE", ß: "ss" };

/** `name` in ASCII letters, digits and single `-`. */
export function asciiName(name: string): string {
  const ascii = name
    .replace(/[œŒæÆß]/g, (c) => LIGATURES[c] ?? c)
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return ascii.slice(0, NAME_MAX).replace(/-+$/, "");
}

/** `Registre-RGPD_CPTS-du-Val-d-Oise_2026-12-07.xlsx` for « CPTS du Val d'Oise » on 7 December 2026 (the clock's day). */
export function sendCopyName(organisation: string, clock: Clock): string {
  const t = localTime(clock);
  const day = `${t.year}-${String(t.month).padStart(2, "0")}-${String(t.day).padStart(2, "0")}`;
  return `Registre-RGPD_${asciiName(organisation) || NO_NAME}_${day}.xlsx`;
}
