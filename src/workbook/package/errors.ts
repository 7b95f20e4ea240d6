/**
 * Why a file cannot be opened or changed, in plain French: the one place of the file layer's
 * user-facing text.
 */

export type XlsxReadErrorReason = "empty" | "not-zip" | "legacy-xls" | "encrypted" | "ods" | "not-xlsx" | "corrupt" | "too-large" | "hostile";

export const READ_MESSAGES: Record<XlsxReadErrorReason, string> = {
  empty: "Le fichier est vide : il ne contient aucune donnée. Vérifiez que vous avez choisi le bon fichier.",
  "not-zip": "Ce fichier n'est pas un classeur Excel (.xlsx). Ouvrez-le dans Excel ou LibreOffice puis enregistrez-le au format « Classeur Excel (.xlsx) ».",
  "legacy-xls":
    "Ce fichier est au format Excel 97-2003 (.xls), que l'outil ne lit pas. Ouvrez-le dans Excel puis enregistrez-le au format « Classeur Excel (.xlsx) ».",
  encrypted:
    "Ce classeur est protégé par un mot de passe : l'outil ne peut pas le lire. Ouvrez-le dans Excel, retirez le mot de passe à l'ouverture (Fichier > Informations > Protéger le classeur), enregistrez-le puis réessayez.",
  ods: "Ce fichier est au format LibreOffice (.ods). Ouvrez-le dans LibreOffice puis enregistrez-le au format « Excel 2007-365 (.xlsx) ».",
  "not-xlsx": "Ce fichier est une archive, mais pas un classeur Excel (.xlsx). Vérifiez que vous avez choisi le bon fichier.",
  corrupt:
    "Ce classeur semble abîmé : il n'a pas pu être lu. Ouvrez-le dans Excel (qui propose souvent de le réparer), enregistrez-le sous un nouveau nom puis réessayez.",
  "too-large":
    "Ce fichier est anormalement volumineux pour un registre : l'outil ne le lit pas, pour ne pas bloquer l'ordinateur. Vérifiez que c'est bien le registre ; s'il l'est, ouvrez-le dans Excel, supprimez les feuilles, lignes ou mises en forme inutiles et enregistrez-le de nouveau.",
  hostile:
    "Ce fichier contient une construction que l'outil refuse par sécurité (définitions d'entités XML ou imbrication démesurée) : un classeur enregistré par Excel ou LibreOffice n'en contient pas. Ouvrez-le dans Excel, enregistrez-le sous un nouveau nom puis réessayez.",
};

/** A file that cannot be read as an .xlsx workbook; `message` is French and meant for the user. */
export class XlsxReadError extends Error {
  readonly reason: XlsxReadErrorReason;
  /** The underlying error, for logs (never shown as is). */
  readonly detail?: unknown;

  /**
   * `what` says, in French, which limit or part is at fault (« la feuille « Fiche 3 » dépasse 64 Mo
   * une fois décompressée »): it is put before the general advice.
   */
  constructor(reason: XlsxReadErrorReason, detail?: unknown, what?: string) {
    super(what ? `${what}. ${READ_MESSAGES[reason]}` : READ_MESSAGES[reason]);
    this.name = "XlsxReadError";
    this.reason = reason;
    this.detail = detail;
    Object.setPrototypeOf(this, XlsxReadError.prototype);
  }
}

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  if (bytes.length < magic.length) return false;
  return magic.every((b, i) => bytes[i] === b);
}

/** `EncryptedPackage` as UTF-16LE: the stream name of an encrypted OOXML file inside its OLE box. */
function containsEncryptedPackage(bytes: Uint8Array): boolean {
  const needle = "EncryptedPackage";
  const first = needle.charCodeAt(0);
  outer: for (let i = 0; i + needle.length * 2 <= bytes.length; i++) {
    if (bytes[i] !== first || bytes[i + 1] !== 0) continue;
    for (let j = 1; j < needle.length; j++) {
      if (bytes[i + 2 * j] !== needle.charCodeAt(j) || bytes[i + 2 * j + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}

/** Checks the first bytes before anything is unzipped; throws the right XlsxReadError. */
export function sniffBytes(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new XlsxReadError("empty");
  if (startsWith(bytes, OLE_MAGIC)) {
    throw new XlsxReadError(containsEncryptedPackage(bytes) ? "encrypted" : "legacy-xls");
  }
  // "PK\x03\x04" (a zip's first local header) or "PK\x05\x06" (an empty zip).
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new XlsxReadError("not-zip");
  // An OpenDocument file stores its `mimetype` first, uncompressed.
  let head = "";
  for (let i = 0; i < Math.min(bytes.length, 160); i++) head += String.fromCharCode(bytes[i]);
  if (head.includes("application/vnd.oasis.opendocument")) throw new XlsxReadError("ods");
}

export type XlsxPlanErrorReason = "missing-sheet" | "sheet-exists" | "bad-sheet-name" | "last-sheet" | "last-visible" | "bad-address" | "bad-format";

const PLAN_MESSAGES: Record<XlsxPlanErrorReason, (subject: string) => string> = {
  "missing-sheet": (s) => `La feuille « ${s} » est introuvable dans le classeur : la modification n'a pas été faite.`,
  "sheet-exists": (s) => `Une feuille nommée « ${s} » existe déjà dans le classeur : choisissez un autre nom.`,
  "bad-sheet-name": (s) => `« ${s} » ne peut pas servir de nom de feuille : 31 caractères au plus, sans \\ / ? * [ ] : ni apostrophe au début ou à la fin.`,
  "last-sheet": (s) => `La feuille « ${s} » est la seule du classeur : elle ne peut pas être supprimée.`,
  "last-visible": (s) => `La feuille « ${s} » est la seule visible du classeur : elle ne peut pas être masquée.`,
  "bad-address": (s) => `L'adresse de cellule « ${s} » n'est pas valide : la modification n'a pas été faite.`,
  "bad-format": (s) => `La mise en forme « ${s} » n'est pas valide : la modification n'a pas été faite.`,
};

/** A plan that cannot be carried out on this workbook; `message` is French. */
export class XlsxPlanError extends Error {
  readonly reason: XlsxPlanErrorReason;

  constructor(reason: XlsxPlanErrorReason, subject: string) {
    super(PLAN_MESSAGES[reason](subject));
    this.name = "XlsxPlanError";
    this.reason = reason;
    Object.setPrototypeOf(this, XlsxPlanError.prototype);
  }
}

export function planError(reason: XlsxPlanErrorReason, subject: string): XlsxPlanError {
  return new XlsxPlanError(reason, subject);
}
