import { describe, expect, it } from "vitest";
import { parseOfferSearchParams, toSearchParams } from "./search.ts";

const parse = (query: string) => parseOfferSearchParams(new URLSearchParams(query));

describe("search state in the URL", () => {
  it("reads every filter from plain form fields", () => {
    const state = parse("q=  football  club &district=ladywood&district=aston&category=sport&age=12&when=today&day=6&day=1&afterSchool=on&cost=free&access=quiet&access=step-free&alone=true&sort=soonest&page=2");
    expect(state).toEqual({
      q: "football club",
      district: ["aston", "ladywood"],
      category: ["sport"],
      age: 12,
      when: "today",
      day: [1, 6],
      afterSchool: true,
      cost: "free",
      access: ["quiet", "step-free"],
      alone: true,
      near: undefined,
      postcode: undefined,
      sort: "soonest",
      page: 2,
    });
  });

  it("drops what makes no sense, one value at a time, and never throws", () => {
    const state = parse("age=banana&age=12&when=2026-02-30&day=9&day=2&cost=cheap&access=wings&sort=sideways&page=-4&district=Not A Slug&near=999,999&postcode=nonsense&q=%00%01");
    expect(state).toMatchObject({ age: undefined, when: undefined, day: [2], cost: undefined, access: [], sort: "relevance", page: 1, district: [], near: undefined, postcode: undefined, q: undefined });
    expect(parse("page=501").page).toBe(1);
    expect(parse("age=1e1").age).toBeUndefined();
    expect(() => parseOfferSearchParams(null)).not.toThrow();
  });

  it("keeps only the postcode district of a full postcode, and rounds a position", () => {
    expect(parse("postcode=b15 2tt").postcode).toBe("B15");
    expect(parse("postcode=B152TT").postcode).toBe("B15");
    expect(parse("postcode=wv1").postcode).toBe("WV1");
    expect(parse("near=52.4862123,-1.8904567").near).toEqual({ lat: 52.48621, lng: -1.89046 });
  });

  it("takes the date box when 'On a date' is chosen, and ignores it otherwise", () => {
    expect(parse("when=date&date=2027-05-01").when).toBe("2027-05-01");
    expect(parse("when=&date=2027-05-01").when).toBeUndefined();
    expect(parse("when=weekend&date=2027-05-01").when).toBe("weekend");
  });

  it("makes one canonical URL per search, which reads back to the same state", () => {
    const state = parse("sort=relevance&day=6&district=b&district=a&district=a&afterSchool=1&q=dance&page=1&utm_source=x");
    const query = toSearchParams(state).toString();
    expect(query).toBe("q=dance&district=a&district=b&day=6&afterSchool=true");
    expect(parseOfferSearchParams(new URLSearchParams(query))).toEqual(state);
    expect(toSearchParams({ near: { lat: 52.5, lng: -1.9 }, sort: "nearest" }).toString()).toBe("near=52.5%2C-1.9&sort=nearest");
  });
});
