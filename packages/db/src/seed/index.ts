import type { Database } from "../client.ts";
import { SEEDS_DIR } from "../paths.ts";
import { seedDemo } from "./demo.ts";
import { type DemoPhotoOptions, prepareDemoPictures, seedDemoPhotos } from "./demo-photos.ts";
import { loadDemoSeeds, loadReferenceSeeds } from "./load.ts";
import { consoleSeedLog, type SeedLog } from "./progress.ts";
import { seedReference } from "./reference.ts";
import { seedSynthetic } from "./synthetic.ts";
import { loadTranslationSeeds } from "./translations.ts";

export { englishFingerprint, loadTranslationSeeds, type TranslationSeed } from "./translations.ts";

export type SeedOptions = {
  /** Demo organisations, venues, offers and accounts (default true). */
  demo?: boolean;
  /** Top up to this many synthetic LIVE offers, for benchmarks. */
  synthetic?: number;
  seedsDir?: string;
  log?: SeedLog;
  now?: Date;
  /** Photos for the demo offers and venues, drawn and kept here (none when unset). */
  photos?: DemoPhotoOptions;
};

/**
 * Seeds a migrated database. Idempotent: every file is validated before anything is written,
 * rows that exist are left alone, so a second run changes nothing.
 */
export async function runSeed(db: Database, options: SeedOptions = {}): Promise<void> {
  const log = options.log ?? consoleSeedLog();
  const reference = await loadReferenceSeeds(options.seedsDir);
  // The portal reads translations from the files; checked here too, so a bad one fails the seed.
  loadTranslationSeeds(options.seedsDir ?? SEEDS_DIR);
  const demo = options.demo === false ? undefined : await loadDemoSeeds(options.seedsDir);
  log.line("Seeding reference data (city, districts, categories, pages)…");
  await seedReference(db, reference, log);
  if (demo) {
    log.line("Seeding demo data (accounts, organisations, venues, offers, photos)…");
    // The photos' drawings are made (or found in the cache) while the offers are written.
    const pictures = options.photos ? prepareDemoPictures(options.photos) : undefined;
    pictures?.catch(() => undefined);
    await seedDemo(db, demo, log, options.now);
    if (pictures) {
      const added = await seedDemoPhotos(db, demo, pictures);
      log.step("offer photos", added.offers, demo.offers.length);
      log.step("venue photos", added.venues, demo.venues.length);
    }
  }
  if (options.synthetic) {
    log.line(`Seeding ${options.synthetic.toLocaleString("en-GB")} synthetic offers for benchmarks…`);
    await seedSynthetic(db, options.synthetic, log, options.now);
    // Fresh planner statistics and visibility map after a bulk load, so the first searches get
    // good plans and index-only scans. (VACUUM cannot run in a transaction: this is on its own.)
    log.line("Vacuuming and updating the planner's statistics (VACUUM ANALYZE)…");
    await db.$executeRawUnsafe("VACUUM ANALYZE");
  }
}

export { type DemoPhotoOptions, demoPhotoOptions } from "./demo-photos.ts";
export { loadDemoSeeds, loadReferenceSeeds } from "./load.ts";
export { consoleSeedLog, type SeedLog, silentSeedLog } from "./progress.ts";
export { SYNTHETIC_ORG_SLUG } from "./synthetic.ts";
