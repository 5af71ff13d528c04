import { describe, expect, it } from "vitest";
import { districtOfPostcode, OUTCODE_PATTERN, outcodeOf, POSTCODE_PATTERN, ukPostcode } from "./postcode.ts";

describe("UK postcodes", () => {
  it("normalises a full postcode and refuses anything else", () => {
    expect(ukPostcode.parse(" b152tt ")).toBe("B15 2TT");
    expect(ukPostcode.parse("EC1A 1BB")).toBe("EC1A 1BB");
    expect(ukPostcode.safeParse("B15").success).toBe(false);
    expect(ukPostcode.safeParse("not a postcode").success).toBe(false);
  });

  it("finds the district of a postcode or of a district", () => {
    expect(districtOfPostcode("b15 2tt")).toBe("B15");
    expect(districtOfPostcode("EC1A")).toBe("EC1A");
    expect(districtOfPostcode("B15 2T")).toBeUndefined();
    expect(outcodeOf("B15 2TT")).toBe("B15");
  });

  it("names the normalised forms the seeds are written in", () => {
    expect(POSTCODE_PATTERN.test("B15 2TT")).toBe(true);
    expect(POSTCODE_PATTERN.test("B152TT")).toBe(false);
    expect(OUTCODE_PATTERN.test("B15")).toBe(true);
    expect(OUTCODE_PATTERN.test("B15 2TT")).toBe(false);
  });
});
