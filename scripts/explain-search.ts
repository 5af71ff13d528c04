/**
 * One search statement's EXPLAIN (ANALYZE, BUFFERS), for working on the search SQL:
 *   DATABASE_URL=postgresql://… pnpm exec tsx scripts/explain-search.ts "category=sport&age=12"
 */
import pg from "pg";

const { createPrismaClient } = await import("@free-city/db");
const { parseOfferSearchParams } = await import("../packages/schemas/src/search.ts");
const { prepareOfferSearch } = await import("../packages/api/src/domain/search/search-offers.ts");
const { offerSearchSql, TYPO_THRESHOLD } = await import("../packages/api/src/domain/search/search-sql.ts");

// biome-ignore lint/style/noProcessEnv: a developer's script, run by hand against the database it is given
const url = process.env.DATABASE_URL;
if (!url) throw new Error("Set DATABASE_URL.");
const db = createPrismaClient(url, { max: 1 });
const raw = new pg.Client({ connectionString: url });
await raw.connect();
await raw.query(`SET jit = off; SET pg_trgm.word_similarity_threshold = ${TYPO_THRESHOLD}; SET max_parallel_workers_per_gather = 0`);
for (const query of process.argv.slice(2)) {
  const statement = offerSearchSql((await prepareOfferSearch(db, parseOfferSearchParams(new URLSearchParams(query)))).search);
  const plan = await raw.query(`EXPLAIN (ANALYZE, BUFFERS) ${statement.text}`, statement.values as unknown[]);
  console.log(`## ${query || "(everything)"}\n${plan.rows.map((row: Record<string, string>) => row["QUERY PLAN"]).join("\n")}\n`);
}
await raw.end();
await db.$disconnect();
