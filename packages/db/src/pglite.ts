import { PGlite } from "@electric-sql/pglite";
import { cube } from "@electric-sql/pglite/contrib/cube";
import { earthdistance } from "@electric-sql/pglite/contrib/earthdistance";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";

/**
 * A PGlite (embedded PostgreSQL) instance with the extensions our migrations create.
 * `dataDir` undefined = in memory (tests). Never open one data directory from two processes.
 */
export async function createPGlite(dataDir?: string): Promise<PGlite> {
  return PGlite.create({
    ...(dataDir ? { dataDir } : {}),
    extensions: { pg_trgm, unaccent, cube, earthdistance },
  });
}
