import { type TestDatabase, testDatabaseKind } from "@free-city/db/testing";
import { TRPCError } from "@trpc/server";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { createContext } from "./context.ts";
import { appRouter, createCaller } from "./root.ts";
import { callerFor, createTestDatabase, makeSubmittedOffer, makeWorld, type World } from "./test/setup.ts";

/**
 * Input fuzzing over the whole API. Every mutation and every query, found by walking the router
 * (as the authorization matrix does), is called as an anonymous visitor, a partner and a member of
 * staff with inputs generated from the procedure's own zod input schema (fast-check, fixed seed,
 * so a failure replays) and with hand-written hostile values. Two rules, for every call:
 *  - never an internal error: a refusal is a named 4xx (BAD_REQUEST, NOT_FOUND, FORBIDDEN…);
 *  - a refused call changes no row: every table is counted before and after it.
 */

const SEED = 20261128;
/** Calls per procedure and caller: generated from the schema, then hostile. */
const GENERATED = 2;
const HOSTILE = 2;

type AnySchema = z.ZodType & { _zod: { def: Record<string, unknown> & { type: string } } };
const def = (schema: AnySchema) => schema._zod.def;

/** Ids the generator may pick so calls reach past "not found" into the rules. */
let realIds: Record<string, string[]> = {};

/** An arbitrary for a zod schema: values it should accept, mostly, and a few near misses. */
function arbitraryFor(schema: AnySchema, key = "", depth = 0): fc.Arbitrary<unknown> {
  const d = def(schema);
  if (depth > 6) return fc.constant(undefined);
  switch (d.type) {
    case "string": {
      const s = schema as unknown as { minLength: number | null; maxLength: number | null; format: string | null };
      const checks = (d.checks as { _zod: { def: { check: string; format?: string; pattern?: RegExp } } }[]) ?? [];
      const pattern = checks.map((c) => c._zod.def).find((c) => c.format === "regex")?.pattern;
      const min = s.minLength ?? 0;
      const max = Math.min(s.maxLength ?? 200, 400);
      const choices: fc.Arbitrary<unknown>[] = [fc.string({ minLength: min, maxLength: Math.max(min, max) })];
      if (s.format === "email") choices.push(fc.emailAddress());
      if (s.format === "url") choices.push(fc.webUrl({ validSchemes: ["https"] }));
      if (pattern) choices.push(fc.stringMatching(pattern));
      const ids = realIds[key];
      if (ids?.length) choices.push(fc.constantFrom(...ids), fc.constantFrom(...ids));
      return fc.oneof(...choices);
    }
    case "number": {
      const n = schema as unknown as { minValue: number | null; maxValue: number | null; isInt: boolean };
      const min = Number.isFinite(n.minValue) ? (n.minValue as number) : -1_000_000;
      const max = Number.isFinite(n.maxValue) ? (n.maxValue as number) : 1_000_000;
      return n.isInt
        ? fc.integer({ min: Math.max(min, -2_147_483_648), max: Math.min(max, 2_147_483_647) })
        : fc.double({ min, max, noNaN: true });
    }
    case "int":
      return fc.integer();
    case "boolean":
      return fc.boolean();
    case "date":
      return fc.date();
    case "null":
      return fc.constant(null);
    case "undefined":
      return fc.constant(undefined);
    case "literal":
      return fc.constantFrom(...(d.values as unknown[]));
    case "enum":
      return fc.constantFrom(...Object.values(d.entries as Record<string, unknown>));
    case "optional":
      return fc.option(arbitraryFor(d.innerType as AnySchema, key, depth + 1), { nil: undefined });
    case "nullable":
      return fc.option(arbitraryFor(d.innerType as AnySchema, key, depth + 1), { nil: null });
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
    case "nonoptional":
      return arbitraryFor(d.innerType as AnySchema, key, depth + 1);
    case "pipe": {
      const input = d.in as AnySchema;
      // A preprocess step (transform) takes anything: generate for what it feeds.
      return def(input).type === "transform"
        ? arbitraryFor(d.out as AnySchema, key, depth + 1)
        : arbitraryFor(input, key, depth + 1);
    }
    case "union":
      return fc.oneof(...(d.options as AnySchema[]).map((o) => arbitraryFor(o, key, depth + 1)));
    case "array":
      return fc.array(arbitraryFor(d.element as AnySchema, key, depth + 1), { maxLength: 3 });
    case "record":
      return fc.dictionary(fc.string({ maxLength: 10 }), arbitraryFor(d.valueType as AnySchema, "", depth + 1), {
        maxKeys: 3,
      });
    case "object": {
      const shape = d.shape as Record<string, AnySchema>;
      return fc.record(Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, arbitraryFor(v, k, depth + 1)])));
    }
    default:
      return fc.anything({ maxDepth: 2 });
  }
}

function deep(levels: number): unknown {
  let value: unknown = "bottom";
  for (let i = 0; i < levels; i++) value = i % 2 ? [value] : { a: value };
  return value;
}

/** The hostile values tried in every field and as whole inputs (listed in the report). */
const HOSTILE_VALUES: unknown[] = [
  "",
  " ",
  "x".repeat(100_000),
  "\u0000",
  "a\u0000b",
  "\u202E\u200B\u2066\uFEFF",
  "\u0007\u001B[31m",
  "\uD800",
  "🙂".repeat(2_000),
  "\r\nBcc: victim@example.org",
  "<script>alert(1)</script>",
  "'; DROP TABLE offer; --",
  "../../../etc/passwd",
  "%00%0d%0a",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection payload, on purpose
  "{{7*7}}${7*7}",
  "2026-02-30",
  "9999-99-99",
  "-0001-01-01",
  new Date(Number.NaN),
  null,
  undefined,
  true,
  0,
  -1,
  -2_147_483_649,
  2 ** 53 + 2,
  1e308,
  -1e308,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  1.5,
  [],
  [null],
  {},
  JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}'),
  deep(2_000),
  Array.from({ length: 10_000 }, (_, i) => i),
];

/**
 * Every table's row count, in one statement (the rows a refused call must not change). The rate
 * limits' own counters and the day's salt are left out: counting an attempt, refused or not, is
 * what a limit is for.
 */
async function tableCounts(db: World["db"]): Promise<Record<string, number>> {
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema()
      AND tablename NOT IN ('_prisma_migrations', 'rate_limit_counter', 'visitor_salt')`;
  const select = tables.map((t) => `(SELECT count(*)::int FROM "${t.name}") AS "${t.name}"`).join(", ");
  const [row] = await db.$queryRawUnsafe<Record<string, number>[]>(`SELECT ${select}`);
  return row ?? {};
}

type Caller = ReturnType<typeof callerFor>;
function call(caller: Caller, path: string, input: unknown): Promise<unknown> {
  const fn = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as (
    input: unknown,
  ) => Promise<unknown>;
  return fn(input);
}

describe(`input fuzzing over every procedure (${testDatabaseKind()})`, () => {
  let test: TestDatabase;
  let world: World;
  const tally = { calls: 0, refused: 0, answered: 0, byCode: {} as Record<string, number> };

  beforeAll(async () => {
    test = await createTestDatabase();
    world = await makeWorld(test);
    const { offer, revisionId } = await makeSubmittedOffer(world, "Fuzzed offer");
    const { slug } = offer;
    realIds = {
      organisationId: [world.org.id],
      offerId: [offer.id],
      venueId: [world.venue.id],
      revisionId: [revisionId],
      categoryId: [world.category.id],
      districtId: [world.district.id],
      offerSlug: [slug],
      slug: [slug],
    };
  });
  afterAll(async () => {
    console.log(
      `[fuzz] ${tally.calls} calls: ${tally.answered} answered, ${tally.refused} refused ${JSON.stringify(tally.byCode)}`,
    );
    await test.close();
  });

  it("answers every generated and hostile input with a result or a named refusal, and a refusal changes nothing", async () => {
    const procedures = Object.entries(
      appRouter._def.procedures as unknown as Record<string, { _def: { inputs: AnySchema[] } }>,
    )
      .map(([path, procedure]) => ({ path, inputs: procedure._def.inputs }))
      .sort((a, b) => a.path.localeCompare(b.path));
    const callers: [string, () => Caller][] = [
      [
        "anonymous",
        // A fresh client key per call, so the portal's rate limits don't turn every call into "too many".
        () => createCaller(createContext({ db: world.db, user: null, clientKey: `fuzz-${tally.calls}` })),
      ],
      ["partner", () => callerFor(world.db, world.partner)],
      ["staff", () => callerFor(world.db, world.admin)],
    ];
    const failures: string[] = [];
    let run = 0;
    for (const { path, inputs } of procedures) {
      const schema = inputs.at(-1);
      const generated = schema
        ? fc.sample(arbitraryFor(schema), { numRuns: GENERATED * callers.length, seed: SEED + run++ })
        : Array.from({ length: GENERATED * callers.length }, () => undefined);
      const hostile = fc.sample(fc.tuple(fc.nat(), fc.constantFrom(...HOSTILE_VALUES.keys()), fc.nat()), {
        numRuns: HOSTILE * callers.length,
        seed: SEED + run++,
      });
      const hostileInputs = hostile.map(([mode, index, pick]) => {
        const value = HOSTILE_VALUES[index];
        const base = generated[pick % generated.length];
        if (mode % 3 === 0 || typeof base !== "object" || base === null) return value;
        const keys = Object.keys(base);
        if (mode % 3 === 1 && keys.length > 0) return { ...base, [keys[pick % keys.length] as string]: value };
        return { ...base, unexpectedField: value };
      });
      const all = [...generated, ...hostileInputs];
      for (let i = 0; i < all.length; i++) {
        const [who, makeCaller] = callers[i % callers.length] as [string, () => Caller];
        const input = all[i];
        const before = await tableCounts(world.db);
        tally.calls++;
        let error: unknown;
        try {
          await call(makeCaller(), path, input);
          tally.answered++;
          continue;
        } catch (e) {
          error = e;
        }
        tally.refused++;
        const shown = JSON.stringify(input, (_k, v) =>
          typeof v === "string" && v.length > 60 ? `${v.slice(0, 60)}…` : v,
        )?.slice(0, 300);
        if (!(error instanceof TRPCError)) {
          failures.push(`${path} as ${who} threw ${String(error)} for ${shown}`);
          continue;
        }
        tally.byCode[error.code] = (tally.byCode[error.code] ?? 0) + 1;
        if (error.code === "INTERNAL_SERVER_ERROR")
          failures.push(
            `${path} as ${who}: internal error "${String(error.cause ?? error.message).slice(0, 300)}" for ${shown}`,
          );
        const after = await tableCounts(world.db);
        const changed = Object.keys(after).filter((t) => after[t] !== before[t]);
        if (changed.length > 0)
          failures.push(`${path} as ${who} was refused (${error.code}) but changed ${changed.join(", ")} for ${shown}`);
      }
    }
    expect(failures).toEqual([]);
    expect(tally.calls).toBeGreaterThanOrEqual(500);
  });
});
