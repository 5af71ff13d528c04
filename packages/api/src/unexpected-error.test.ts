import { Prisma } from "@free-city/db";
import { describe, expect, it } from "vitest";
import { reportUnexpectedError } from "./unexpected-error.ts";

describe("an unexpected error in a form", () => {
  it("shows a generic message with a reference, and logs the detail under that reference", () => {
    const raw = new Prisma.PrismaClientKnownRequestError(
      "Unique constraint failed on the fields: (`slug`) in table \"offer\" value 'secret-offer'",
      { code: "P2002", clientVersion: "7" },
    );
    const logged: { line: string; error: unknown }[] = [];
    const { reference, message } = reportUnexpectedError(raw, (line, error) => logged.push({ line, error }));
    expect(reference).toMatch(/^[0-9A-F]{8}$/);
    expect(message).toContain(reference);
    expect(message).not.toMatch(/Unique|slug|offer|secret|P2002/);
    expect(logged).toEqual([{ line: expect.stringContaining(reference), error: raw }]);
    expect(reportUnexpectedError(raw, () => {}).reference).not.toBe(reference);
  });
});
