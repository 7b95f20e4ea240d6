import { readTexts } from "./messages/read";

/** The workbook has neither a list-of-processings tab nor any fiche-shaped sheet. */
export class NotARegisterError extends Error {
  constructor(message: string = readTexts.notARegister) {
    super(message);
    this.name = "NotARegisterError";
  }
}

/** A change cannot be planned (empty name, no model, unknown block): the message is for the user. */
export class PlanError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PlanError";
  }
}
