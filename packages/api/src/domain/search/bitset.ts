/**
 * Sets of offers as bits (offer number i ↔ bit i), for the filter counts: counting the offers
 * in the intersection of a few sets is a pass over 32-bit words, 3 125 of them at 100 000 offers.
 */
export type Bitset = Uint32Array;

export function emptyBitset(size: number): Bitset {
  return new Uint32Array(Math.ceil(size / 32));
}

/** Every offer of `size`. */
export function fullBitset(size: number): Bitset {
  const set = emptyBitset(size);
  set.fill(0xffffffff);
  // The bits past the last offer stay clear, so a count never sees them.
  if (size % 32 !== 0) set[set.length - 1] = (1 << (size % 32)) - 1;
  return set;
}

export function addTo(set: Bitset, i: number): void {
  set[i >>> 5] = (set[i >>> 5] ?? 0) | (1 << (i & 31));
}

export function has(set: Bitset, i: number): boolean {
  return ((set[i >>> 5] ?? 0) & (1 << (i & 31))) !== 0;
}

/** The offers in every one of the sets (a new set). */
export function intersection(sets: readonly Bitset[], size: number): Bitset {
  const [first, ...rest] = sets;
  const out = first ? Uint32Array.from(first) : fullBitset(size);
  for (const set of rest) for (let w = 0; w < out.length; w++) out[w] = (out[w] ?? 0) & (set[w] ?? 0);
  return out;
}

/** The offers in any of the sets (a new set). */
export function union(sets: readonly Bitset[], size: number): Bitset {
  const out = emptyBitset(size);
  for (const set of sets) for (let w = 0; w < out.length; w++) out[w] = (out[w] ?? 0) | (set[w] ?? 0);
  return out;
}

/** The offers in `set` and not in `minus` (a new set). */
export function difference(set: Bitset, minus: Bitset): Bitset {
  const out = Uint32Array.from(set);
  for (let w = 0; w < out.length; w++) out[w] = (out[w] ?? 0) & ~(minus[w] ?? 0);
  return out;
}

/** How many offers are in all of the sets, without building their intersection. */
export function countAll(first: Bitset, ...rest: Bitset[]): number {
  let n = 0;
  for (let w = 0; w < first.length; w++) {
    let word = first[w] ?? 0;
    for (const set of rest) word &= set[w] ?? 0;
    n += bitCount(word);
  }
  return n;
}

/** The number of set bits in a 32-bit word (the classic SWAR count). */
function bitCount(word: number): number {
  let v = word - ((word >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}
