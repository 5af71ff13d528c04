import { describe, expect, it } from "vitest";
import { auditSearchInput } from "./audit.ts";
import { offerBasics } from "./offer.ts";
import { organisationProfile } from "./organisation.ts";
import { createVenueInput } from "./venue.ts";

describe("one-line fields", () => {
  it("refuse carriage returns and line breaks in titles and names, with the field's own message", () => {
    for (const bad of ["Chess\rclub", "Chess\nclub", "Chess\r\nclub", "Chess\u2028club", "Chess\u0085club"]) {
      const result = offerBasics.shape.title.safeParse(bad);
      expect(result.success, JSON.stringify(bad)).toBe(false);
      expect(result.error?.issues[0]?.message).toBe("Title must be on one line");
      expect(organisationProfile.shape.name.safeParse(bad).success).toBe(false);
      expect(createVenueInput.shape.name.safeParse(bad).success).toBe(false);
      expect(createVenueInput.shape.addressLine1.safeParse(bad).success).toBe(false);
    }
    expect(offerBasics.shape.title.safeParse("  Chess club  ").data).toBe("Chess club");
    // Longer text keeps its paragraphs.
    expect(offerBasics.shape.description.safeParse("One\r\nTwo").success).toBe(true);
  });
});

describe("auditSearchInput", () => {
  it("takes real calendar days only, so no impossible date reaches the database", () => {
    expect(auditSearchInput.safeParse({ from: "2026-11-28", to: "2026-12-01" }).success).toBe(true);
    for (const day of ["2026-02-30", "9631-20-46", "3707-00-09", "9999-12-31", "28/11/2026"])
      expect(auditSearchInput.safeParse({ from: day }).success, day).toBe(false);
  });
});
