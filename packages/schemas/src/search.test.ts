import { describe, expect, it } from "vitest";
import { parseOfferSearchParams, toSearchParams } from "./search.ts";

const parse = (query: string) => parseOfferSearchParams(new URLSearchParams(query));

describe("search state in the URL", () => {
  it("reads every filter from plain form fields", () => {
    const state = parse(
      "q=  football  club &district=ladywood&district=aston&category=sport&age=12&when=today&day=6&day=1&afterSchool=on&cost=free&access=quiet&access=step-free&alone=true&sort=soonest&page=2",
    );
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
    const state = parse(
      "age=banana&age=12&when=2026-02-30&day=9&day=2&cost=cheap&access=wings&sort=sideways&page=-4&district=Not A Slug&near=999,999&postcode=nonsense&q=%00%01",
    );
    expect(state).toMatchObject({
      age: undefined,
      when: undefined,
      day: [2],
      cost: undefined,
      access: [],
      sort: "relevance",
      page: 1,
      district: [],
      near: undefined,
      postcode: undefined,
      q: undefined,
    });
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

  it("drops nonsense values of every kind, keeping the rest", () => {
    expect(parse("q=%20%20%20").q).toBeUndefined();
    expect(parse(`q=${"a".repeat(150)}`).q).toHaveLength(100);
    expect(parse("age=26").age).toBeUndefined();
    expect(parse("age=-1").age).toBeUndefined();
    expect(parse("age=12.5").age).toBeUndefined();
    expect(parse("age=0").age).toBe(0);
    expect(parse("when=tomorrow").when).toBeUndefined();
    expect(parse("when=2027-13-01").when).toBeUndefined();
    expect(parse("when=2026-02-30").when).toBeUndefined();
    expect(parse("when=2027-02-29").when).toBeUndefined();
    expect(parse("when=2028-02-29").when).toBe("2028-02-29");
    expect(parse("when=date").when).toBeUndefined();
    expect(parse("when=date&date=2026-02-30").when).toBeUndefined();
    expect(parse("day=0&day=8&day=monday&day=7").day).toEqual([7]);
    expect(parse("afterSchool=no").afterSchool).toBe(false);
    expect(parse("alone=maybe").alone).toBe(false);
    expect(parse("near=52.5").near).toBeUndefined();
    expect(parse("near=91,0").near).toBeUndefined();
    expect(parse("near=52.5,-1.9,3").near).toBeUndefined();
    expect(parse("postcode=B15 2TTX").postcode).toBeUndefined();
    expect(parse("sort=NEAREST").sort).toBe("relevance");
  });

  it("reads repeated parameters: the first of a single value, all of a list", () => {
    const state = parse(
      "q=first&q=second&age=9&age=12&cost=condition&cost=free&district=aston&district=ladywood&district=aston&access=send&access=send",
    );
    expect(state.q).toBe("first");
    expect(state.age).toBe(9);
    expect(state.cost).toBe("condition");
    expect(state.district).toEqual(["aston", "ladywood"]);
    expect(state.access).toEqual(["send"]);
    // A bad first value of a single parameter drops it (the second is not tried).
    expect(parse("page=abc&page=3").page).toBe(1);
    expect(parse("district=LADYWOOD").district).toEqual(["ladywood"]);
  });

  it("a page beyond the range is page 1", () => {
    expect(parse("page=500").page).toBe(500);
    expect(parse("page=501").page).toBe(1);
    expect(parse("page=0").page).toBe(1);
    expect(parse("page=99999999").page).toBe(1);
    expect(parse("page=2.5").page).toBe(1);
  });

  it("postcodes: a full postcode in any case or spacing keeps its district", () => {
    expect(parse("postcode=b15 2tt").postcode).toBe("B15");
    expect(parse("postcode=  b15   2tt ").postcode).toBe("B15");
    expect(parse("postcode=b15").postcode).toBe("B15");
    expect(parse("postcode=B1 1AA").postcode).toBe("B1");
    expect(parse("postcode=sw1a 1aa").postcode).toBe("SW1A");
    expect(toSearchParams(parse("postcode=b15 2tt&sort=nearest")).toString()).toBe("postcode=B15&sort=nearest");
  });

  it("round-trips every filter through the canonical URL, and parses its own output unchanged", () => {
    const state = parse(
      "page=3&sort=nearest&postcode=b15 2tt&near=52.48,-1.9&alone=on&access=step-free&access=quiet&cost=condition&afterSchool=yes&day=5&day=2&when=2027-05-01&age=14&category=music&category=art&district=ladywood&q=dance  club",
    );
    const query = toSearchParams(state).toString();
    expect(query).toBe(
      "q=dance+club&district=ladywood&category=art&category=music&age=14&when=2027-05-01&day=2&day=5&afterSchool=true&cost=condition&access=quiet&access=step-free&alone=true&near=52.48%2C-1.9&postcode=B15&sort=nearest&page=3",
    );
    const again = parseOfferSearchParams(new URLSearchParams(query));
    expect(again).toEqual(state);
    expect(toSearchParams(again).toString()).toBe(query);
    // Plain objects (a page's searchParams) and the defaults.
    expect(parseOfferSearchParams({ district: ["b", "a"], page: "1", sort: "relevance" })).toMatchObject({
      district: ["a", "b"],
      page: 1,
      sort: "relevance",
    });
    expect(toSearchParams({}).toString()).toBe("");
  });

  it("makes one canonical URL per search, which reads back to the same state", () => {
    const state = parse(
      "sort=relevance&day=6&district=b&district=a&district=a&afterSchool=1&q=dance&page=1&utm_source=x",
    );
    const query = toSearchParams(state).toString();
    expect(query).toBe("q=dance&district=a&district=b&day=6&afterSchool=true");
    expect(parseOfferSearchParams(new URLSearchParams(query))).toEqual(state);
    expect(toSearchParams({ near: { lat: 52.5, lng: -1.9 }, sort: "nearest" }).toString()).toBe(
      "near=52.5%2C-1.9&sort=nearest",
    );
  });
});
