import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "./csv.ts";

describe("CSV writing", () => {
  it("quotes only what must be quoted", () => {
    expect(csvCell("Hodge Hill")).toBe("Hodge Hill");
    expect(csvCell(12)).toBe("12");
    expect(csvCell('Say "hi", then\nleave')).toBe('"Say ""hi"", then\nleave"');
  });

  it("keeps text a spreadsheet would run as a formula as text", () => {
    for (const formula of ["=HYPERLINK(1)", "+1", "-1", "@SUM(A1)", "\tx", "\rx"]) {
      expect(csvCell(formula).replace(/^"/, "").startsWith("'")).toBe(true);
    }
  });

  it("writes rows with CRLF line ends and a final line end", () => {
    expect(
      toCsv([
        ["a", "b"],
        [1, "=2"],
      ]),
    ).toBe("a,b\r\n1,'=2\r\n");
  });
});
