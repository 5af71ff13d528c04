import { describe, expect, it } from "vitest";
import { addTo, countAll, difference, emptyBitset, fullBitset, has, intersection, union } from "./bitset.ts";
import { firstByTitle } from "./facet-index.ts";

/** The sets against plain arrays of offer numbers, at sizes around a word's edge. */
describe("bitsets of offers", () => {
  const numbers = (size: number, keep: (i: number) => boolean) =>
    Array.from({ length: size }, (_, i) => i).filter(keep);
  const setOf = (size: number, items: number[]) => {
    const set = emptyBitset(size);
    for (const i of items) addTo(set, i);
    return set;
  };

  it.each([1, 31, 32, 33, 64, 100_003])(
    "count, intersection, union and difference agree with arrays (%i offers)",
    (size) => {
      const odd = numbers(size, (i) => i % 2 === 1);
      const thirds = numbers(size, (i) => i % 3 === 0);
      const a = setOf(size, odd);
      const b = setOf(size, thirds);
      const both = odd.filter((i) => i % 3 === 0);
      expect(countAll(a)).toBe(odd.length);
      expect(countAll(a, b)).toBe(both.length);
      expect(countAll(intersection([a, b], size))).toBe(both.length);
      expect(countAll(union([a, b], size))).toBe(new Set([...odd, ...thirds]).size);
      expect(countAll(difference(a, b))).toBe(odd.length - both.length);
      // Every offer, and no bit past the last one (a count over the full set is the size).
      expect(countAll(fullBitset(size))).toBe(size);
      expect(countAll(intersection([], size))).toBe(size);
      expect(has(a, size - 1)).toBe((size - 1) % 2 === 1);
    },
  );

  it("counts the top bit of a word (a sign bit in JavaScript's 32-bit arithmetic)", () => {
    const set = setOf(64, [31, 63]);
    expect(countAll(set)).toBe(2);
    expect(has(set, 31) && has(set, 63) && !has(set, 30)).toBe(true);
  });
});

describe("a set's first offers in title order", () => {
  // 10 000 offers whose title order is a shuffle of their numbers (a fixed one: i * 7 919 mod n).
  const size = 10_000;
  const order = Int32Array.from({ length: size }, (_, k) => (k * 7_919) % size);
  const place = new Int32Array(size);
  order.forEach((i, k) => {
    place[i] = k;
  });
  const titles = { order, place };
  const firstByPlace = (items: number[], n: number) =>
    [...items].sort((a, b) => (place[a] ?? 0) - (place[b] ?? 0)).slice(0, n);

  it.each([
    ["a big set (walked along the order)", (i: number) => i % 3 === 0],
    ["a small set (sorted by place)", (i: number) => i % 997 === 5],
    ["a set smaller than a page", (i: number) => i === 42 || i === 9_999],
    ["an empty set", () => false],
  ])("%s", (_, keep) => {
    const items = Array.from({ length: size }, (_, i) => i).filter(keep);
    const set = emptyBitset(size);
    for (const i of items) addTo(set, i);
    expect(firstByTitle(set, items.length, titles, 12)).toEqual(firstByPlace(items, 12));
  });

  it("leaves out offers with no place (no longer live when the order was read)", () => {
    const set = emptyBitset(size);
    for (const i of [1, 2, 3]) addTo(set, i);
    const withoutTwo = {
      order: order.filter((i) => i !== 2),
      place: Int32Array.from(place, (p, i) => (i === 2 ? -1 : p)),
    };
    expect(firstByTitle(set, 3, withoutTwo, 12)).toEqual(firstByPlace([1, 3], 12));
  });
});
