/**
 * One search statement's EXPLAIN (ANALYZE, BUFFERS), for working on the search SQL:
 *   DATABASE_URL=postgresql://… pnpm exec tsx scripts/explain-search.ts "category=sport&age=12"
 */
import pg from "pg";

const { createPrismaClient } = await import("@free-city/db");
const { parseOfferSearchParams } = await import("../packages/schemas/src/search.ts");
const { prepareOfferSearch } = await import("../packages/api/src/domain/search/search-offers.ts");
const { offerSearchSql, searchSettingsSql } = await import("../packages/api/src/domain/search/search-sql.ts");
const { planOfferSearch } = await import("../packages/api/src/domain/search/search-offers.ts");

const url = process.env.DATABASE_URL;
if (!url) throw new Error("Set DATABASE_URL.");
const db = createPrismaClient(url, { max: 1 });
const raw = new pg.Client({ connectionString: url });
await raw.connect();
for (const query of process.argv.slice(2)) {
  // The statement the portal runs (none when the facet index finds no match).
  const planned = await planOfferSearch(
    db,
    (await prepareOfferSearch(db, parseOfferSearchParams(new URLSearchParams(query)))).search,
  );
  if (!planned.statement) {
    console.log(`## ${query}
(no statement: the facet index finds no match)
`);
    continue;
  }
  const statement = offerSearchSql(planned.statement);
  // In a transaction with the search's own settings, as the search runs it.
  await raw.query("BEGIN");
  await raw.query(searchSettingsSql.text, searchSettingsSql.values as unknown[]);
  const plan = await raw.query(`EXPLAIN (ANALYZE, BUFFERS) ${statement.text}`, statement.values as unknown[]);
  await raw.query("ROLLBACK");
  console.log(
    `## ${query || "(everything)"}\n${plan.rows.map((row: Record<string, string>) => row["QUERY PLAN"]).join("\n")}\n`,
  );
}
await raw.end();
await db.$disconnect();
