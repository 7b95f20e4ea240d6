import { readRegister } from "../../../src/register";
import { RegisterBook, CNIL_SHEETS, serial } from "../../fixtures/snapshots";

describe("tab 2: organisation block", () => {
  it("reads the three contacts from the cell right of each label", () => {
    const book = RegisterBook.cnil().fillOrganisation({
      controller: {
        name: "CPTS du Val",
        firstName: "Anne",
        address: "2 rue de la Gare",
        email: "contact@cpts.fr",
        postcode: 78000,
        city: "Versailles",
        phone: "01 02 03 04 05",
      },
      dpo: { name: "Durand", company: "DPO Conseil", email: "dpo@conseil.fr", phone: "06 00 00 00 00" },
    });
    const t = readRegister(book.snapshot()).listTab!;
    expect(t.controller.name).toEqual({ value: "CPTS du Val", cell: "C1" });
    expect(t.controller.email).toEqual({ value: "contact@cpts.fr", cell: "I1" });
    expect(t.controller.postcode).toEqual({ value: "78000", cell: "C2" });
    expect(t.controller.phone).toEqual({ value: "01 02 03 04 05", cell: "G2" });
    expect(t.controller.company).toBeUndefined();
    expect(t.representative.name).toEqual({ value: "", cell: "C3" });
    expect(t.dpo.company).toEqual({ value: "DPO Conseil", cell: "G5" });
    expect(t.dpo.address.cell).toBe("I5");
    expect(t.dpo.email).toEqual({ value: "dpo@conseil.fr", cell: "I6" });
  });

  it("finds the labels where they are when rows were added above", () => {
    const book = RegisterBook.cnil()
      .insertRows(CNIL_SHEETS.list, 1, 2)
      .set(CNIL_SHEETS.list, "A1", "Registre de la CPTS")
      .fillOrganisation({ controller: { name: "CPTS", email: "a@b.fr" } });
    const t = readRegister(book.snapshot()).listTab!;
    expect(t.controller.name).toEqual({ value: "CPTS", cell: "C3" });
    expect(t.controller.email.cell).toBe("I3");
    expect(t.firstLineRow).toBe(11);
    expect(t.nextFreeRow).toBe(12);
  });
});

describe("tab 2: lines", () => {
  it("flags the CNIL example line and puts a new line at row 10", () => {
    const t = readRegister(RegisterBook.cnil().snapshot()).listTab!;
    expect(t.firstLineRow).toBe(9);
    expect(t.nextFreeRow).toBe(10);
    expect(t.lines).toHaveLength(1);
    expect(t.lines[0]).toMatchObject({
      row: 9,
      isExample: true,
      name: { value: "(EXEMPLE) Gestion de la paie", cell: "A9" },
      ref: { value: "1 - Exemple", cell: "B9" },
      created: { serial: serial(2018, 5, 26), cell: "C9" },
      updated: { serial: serial(2019, 5, 13), cell: "D9" },
      sensitive: { value: "Non", cell: "H9" },
    });
    expect(t.lines[0].purpose.cell).toBe("E9");
    expect(t.columns).toEqual({ name: "A", ref: "B", created: "C", updated: "D", purpose: "E", sensitive: "H" });
  });

  it("flags the example by its reference even when renamed, and by its (EXEMPLE) mark", () => {
    const book = RegisterBook.cnil().set(CNIL_SHEETS.list, "A9", "Gestion de la paie");
    expect(readRegister(book.snapshot()).listTab!.lines[0].isExample).toBe(true);
    book.set(CNIL_SHEETS.list, "B9", "EX-1");
    expect(readRegister(book.snapshot()).listTab!.lines[0].isExample).toBe(false);
    book.set(CNIL_SHEETS.list, "A9", "(Exemple) Gestion de la paie");
    expect(readRegister(book.snapshot()).listTab!.lines[0].isExample).toBe(true);
  });

  it("reads lines with dates as serials or text, and finds the first free row", () => {
    const book = RegisterBook.cnil()
      .addListLine({ name: "Adhérents", ref: "ref-001", created: serial(2024, 1, 10), updated: "10/02/2025", purpose: "Gestion", sensitive: "Non" })
      .addListLine({ name: "SNP", ref: "ref-002", sensitive: "Oui" })
      .addListLine({ name: "Paie", ref: "ref-004", row: 13 });
    const t = readRegister(book.snapshot()).listTab!;
    expect(t.lines.map((l) => [l.row, l.name.value, l.isExample])).toEqual([
      [9, "(EXEMPLE) Gestion de la paie", true],
      [10, "Adhérents", false],
      [11, "SNP", false],
      [13, "Paie", false],
    ]);
    expect(t.lines[1].updated).toEqual({ serial: serial(2025, 2, 10), text: "10/02/2025", cell: "D10" });
    expect(t.nextFreeRow).toBe(12);
  });

  it("keeps row 10 as the first new row when the example line was emptied", () => {
    const book = RegisterBook.cnil();
    for (const c of ["A9", "B9", "C9", "D9", "E9", "H9"]) book.set(CNIL_SHEETS.list, c, "");
    const t = readRegister(book.snapshot()).listTab!;
    expect(t.lines).toEqual([]);
    expect(t.nextFreeRow).toBe(10);
  });

  it("follows the headers when a CPTS added a column", () => {
    const book = RegisterBook.cnil();
    const s = book.sheet(CNIL_SHEETS.list);
    // Insert a "Base légale" column before E on rows 7–9.
    for (const row of [6, 7, 8]) s.values[row].splice(4, 0, row === 7 ? "Base légale" : "");
    const t = readRegister(book.snapshot()).listTab!;
    expect(t.columns).toEqual({ name: "A", ref: "B", created: "C", updated: "D", purpose: "F", sensitive: "I" });
    expect(t.lines[0].sensitive).toEqual({ value: "Non", cell: "I9" });
  });
});
