import { describe, expect, it } from "vitest";
import { urgentReportsFirst } from "./report-order.ts";

describe("the staff queue's order of open reports", () => {
  it("puts photo reports at the top, then safety concerns, then the rest, keeping each group's order", () => {
    const reports = [
      { id: "1", reason: "WRONG_INFORMATION" },
      { id: "2", reason: "SAFETY_CONCERN" },
      { id: "3", reason: "NOT_FREE" },
      { id: "4", reason: "PHOTO" },
      { id: "5", reason: "SAFETY_CONCERN" },
      { id: "6", reason: "PHOTO" },
    ];
    expect(urgentReportsFirst(reports).map((r) => r.id)).toEqual(["4", "6", "2", "5", "1", "3"]);
    expect(reports[0]?.id, "the list given is left as it was").toBe("1");
  });
});
