import { describe, expect, it } from "vitest";
import {
  offerEventInput,
  offerFeedbackInput,
  reportProblemInput,
  stripPersonalDetails,
  suggestionInput,
} from "./voice.ts";

describe("stripPersonalDetails", () => {
  it.each([
    ["email me at sam.smith+clubs@example.co.uk please", "email me at [removed] please"],
    ["SAM@EXAMPLE.ORG", "[removed]"],
    ["my number is 07700 900123", "my number is [removed]"],
    ["call 07700900123!", "call [removed]!"],
    ["text 07700-900-123 after school", "text [removed] after school"],
    ["ring +44 7700 900123", "ring [removed]"],
    ["ring +447700900123.", "ring [removed]."],
    ["ring +44 (0)7700 900 123 now", "ring [removed] now"],
    ["home 0121 496 0000", "home [removed]"],
    ["home (0121) 496 0000", "home [removed]"],
    ["home 0121-496-0000", "home [removed]"],
    ["london 020 7946 0000", "london [removed]"],
    ["01632 960000 is the landline", "[removed] is the landline"],
    ["I live at B15 2TT", "I live at [removed]"],
    ["I live at b15 2tt", "I live at [removed]"],
    ["postcode B152TT.", "postcode [removed]."],
    ["near SW1A 1AA", "near [removed]"],
    ["M1 1AE and EC1A 1BB", "[removed] and [removed]"],
  ])("removes personal details from %j", (input, expected) => {
    expect(stripPersonalDetails(input)).toEqual({ text: expected, removed: true });
  });

  it("removes several details of different kinds at once", () => {
    expect(stripPersonalDetails("I'm jo@example.com, 07700 900123, B15 2TT. Loved it!")).toEqual({
      text: "I'm [removed], [removed], [removed]. Loved it!",
      removed: true,
    });
  });

  it.each([
    "It was great for ages 12 to 15",
    "ages 11-15, 8+ welcome",
    "Starts at 10:00 and ends 15:30, or 09:30 on Saturdays",
    "It was 2pm till 4pm, then 10am on Sunday",
    "We went in 2024 and again in 2025",
    "from 2024-2025",
    "only £5.50 or £0.50 for a drink, was £10",
    "Room B1 3rd floor, next to Y7 2nd set",
    "Year 10 2pm class",
    "The B15 area is nice",
    "We went on 01/02/2026 with 12 friends",
    "0 to 5 year olds",
    "Score was 10-12, about 100 people, 1000000 points",
    "Bus 50 or the number 9",
    "",
  ])("keeps %j as it is", (input) => {
    expect(stripPersonalDetails(input)).toEqual({ text: input, removed: false });
  });
});

describe("stripPersonalDetails: handles, names and schools", () => {
  it.each([
    ["follow me @sam_99 on insta", "follow me [removed] on insta"],
    ["Twitter @coolclub was fun", "Twitter [removed] was fun"],
    ["@kai.b said it was good", "[removed] said it was good"],
    ["my name is Sam Patel and I loved it", "my name is [removed] and I loved it"],
    ["My name's Jo", "My name's [removed]"],
    ["Hi I'm Amira, it was fun", "Hi I'm [removed], it was fun"],
    ["I am Kai Smith", "I am [removed]"],
    ["love from Anne-Marie Khan", "love from [removed]"],
    ["me and my friend Tom went", "me and my friend [removed] went"],
    ["Mr Brown the coach was kind", "Mr [removed] the coach was kind"],
    ["we go to Holte School in year 8", "we go to [removed] in year 8"],
    ["after St Paul's Primary finishes", "after [removed] finishes"],
  ])("removes %j", (input, expected) => {
    expect(stripPersonalDetails(input)).toEqual({ text: expected, removed: true });
  });

  it.each([
    "I'm going again next week",
    "my friend said it was the best",
    "It was in Perry Barr near the library",
    "Saturday at 10am, ages 8+ welcome",
    "email is better @ the weekend",
  ])("keeps %j", (input) => {
    expect(stripPersonalDetails(input)).toEqual({ text: input, removed: false });
  });
});

describe("voice inputs", () => {
  it("accepts feedback with or without a comment, and trims it", () => {
    expect(offerFeedbackInput.parse({ offerSlug: "chess-club", reaction: "LOVED_IT" })).toEqual({
      offerSlug: "chess-club",
      reaction: "LOVED_IT",
    });
    expect(offerFeedbackInput.parse({ offerSlug: "chess-club", reaction: "OKAY", comment: "  fun  " }).comment).toBe(
      "fun",
    );
  });

  it("refuses a bad reaction, a long comment, a bad slug and extra fields with plain messages", () => {
    const bad = offerFeedbackInput.safeParse({ offerSlug: "Chess Club!", reaction: "MEH", comment: "x".repeat(301) });
    expect(bad.success).toBe(false);
    const messages = Object.fromEntries(bad.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(messages).toEqual({
      offerSlug: "We couldn't tell which activity you mean. Please go back and try again.",
      reaction: "Pick how it was.",
      comment: "Please keep your comment to 300 letters or fewer.",
    });
    expect(offerFeedbackInput.safeParse({ offerSlug: "a", reaction: "GOOD", name: "Sam" }).success).toBe(false);
  });

  it("checks suggestion lengths", () => {
    expect(suggestionInput.parse({ what: "A skate park", districtSlug: "ladywood" })).toEqual({
      what: "A skate park",
      districtSlug: "ladywood",
    });
    expect(suggestionInput.safeParse({ what: " hi " }).error?.issues[0]?.message).toBe(
      "Tell us a bit more about your idea (at least 3 letters).",
    );
    expect(suggestionInput.safeParse({ what: "x".repeat(501) }).error?.issues[0]?.message).toBe(
      "Please keep your idea to 500 letters or fewer.",
    );
    expect(suggestionInput.safeParse({ what: "A skate park", where: "x".repeat(201) }).error?.issues[0]?.message).toBe(
      "Please keep where to 200 letters or fewer.",
    );
    expect(suggestionInput.safeParse({ what: "bad\u0000text" }).success).toBe(false);
  });

  it("checks reports and events", () => {
    expect(reportProblemInput.parse({ offerSlug: "chess-club", reason: "NOT_FREE" })).toEqual({
      offerSlug: "chess-club",
      reason: "NOT_FREE",
      details: "",
    });
    expect(reportProblemInput.safeParse({ offerSlug: "chess-club", reason: "BORING" }).error?.issues[0]?.message).toBe(
      "Pick what the problem is.",
    );
    expect(
      reportProblemInput.safeParse({ offerSlug: "chess-club", reason: "OTHER", details: "x".repeat(1001) }).success,
    ).toBe(false);
    expect(offerEventInput.parse({ offerSlug: "chess-club", kind: "take-up" }).kind).toBe("take-up");
    expect(offerEventInput.safeParse({ offerSlug: "chess-club", kind: "click" }).success).toBe(false);
  });
});
