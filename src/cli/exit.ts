/** Exit codes of the command line (the help text in strings.ts documents them). */
export const EXIT = {
  /** Every register is ready, or the requested file was written. */
  ok: 0,
  /** At least one register has errors. */
  errors: 1,
  /** A file could not be read as a register. */
  unreadable: 2,
  /** The register was read but a fiche cannot be added to it, e.g. it has no model tab (sysexits EX_DATAERR). */
  cannotAdd: 65,
  /** The register was read but does not allow what was asked: an unknown or duplicate RÉF, a fiche that needs no AIPD, an audience the fiche does not name (EX_DATAERR). */
  dataError: 65,
  /** Unknown command or option, missing argument (sysexits EX_USAGE). */
  usage: 64,
  /** A bug of ours: an error the program does not know how to handle (sysexits EX_SOFTWARE). */
  software: 70,
  /** The output file exists already or cannot be written (sysexits EX_CANTCREAT). */
  cantCreate: 73,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
