import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { DatabaseError } from "../errors.ts";
import { SEEDS_DIR } from "../paths.ts";
import {
  categorySeed,
  citySeed,
  contextPageSeed,
  demoOfferSeed,
  demoOrganisationSeed,
  demoUserSeed,
  demoVenueSeed,
  districtSeed,
  postcodeAreaSeed,
  schoolHolidaySeed,
} from "./formats.ts";

/** Reads and validates one seed file. A bad row is a named error: file, row, field, reason. */
async function readSeedFile<T extends z.ZodType>(seedsDir: string, file: string, schema: T): Promise<z.infer<T>> {
  const fullPath = path.join(seedsDir, file);
  if (!existsSync(fullPath))
    throw new DatabaseError("SEED_INVALID", `Seed file ${file} is missing (looked in ${seedsDir}).`);
  let json: unknown;
  try {
    json = JSON.parse(await readFile(fullPath, "utf8"));
  } catch (error) {
    throw new DatabaseError("SEED_INVALID", `Seed file ${file} is not valid JSON: ${(error as Error).message}`);
  }
  const result = schema.safeParse(json);
  if (!result.success) {
    const [issue = { path: [], message: "is not valid" }] = result.error.issues;
    const [row, ...field] = issue.path;
    const where =
      typeof row === "number"
        ? `row ${row + 1}${field.length ? `, field ${field.join(".")}` : ""}`
        : `field ${issue.path.join(".")}`;
    throw new DatabaseError("SEED_INVALID", `Seed file ${file}, ${where}: ${issue.message}.`);
  }
  return result.data;
}

export async function loadReferenceSeeds(seedsDir: string = SEEDS_DIR) {
  const [city, districts, postcodeAreas, schoolHolidays, categories, pages] = await Promise.all([
    readSeedFile(seedsDir, "city.json", citySeed),
    readSeedFile(seedsDir, "districts.json", z.array(districtSeed).min(1)),
    readSeedFile(seedsDir, "postcode-areas.json", z.array(postcodeAreaSeed)),
    readSeedFile(seedsDir, "school-holidays.json", z.array(schoolHolidaySeed)),
    readSeedFile(seedsDir, "categories.json", z.array(categorySeed).min(1)),
    readSeedFile(seedsDir, "context-pages/pages.json", z.array(contextPageSeed)),
  ]);
  const contextPages = await Promise.all(
    pages.map(async (page) => {
      const file = path.join(seedsDir, "context-pages", `${page.slug}.md`);
      if (!existsSync(file))
        throw new DatabaseError("SEED_INVALID", `Context page ${page.slug} has no file context-pages/${page.slug}.md.`);
      return { ...page, body: await readFile(file, "utf8") };
    }),
  );
  return { city, districts, postcodeAreas, schoolHolidays, categories, contextPages };
}
export type ReferenceSeeds = Awaited<ReturnType<typeof loadReferenceSeeds>>;

export async function loadDemoSeeds(seedsDir: string = SEEDS_DIR) {
  const [users, organisations, venues, offers] = await Promise.all([
    readSeedFile(seedsDir, "demo/users.json", z.array(demoUserSeed)),
    readSeedFile(seedsDir, "demo/organisations.json", z.array(demoOrganisationSeed)),
    readSeedFile(seedsDir, "demo/venues.json", z.array(demoVenueSeed)),
    readSeedFile(seedsDir, "demo/offers.json", z.array(demoOfferSeed)),
  ]);
  return { users, organisations, venues, offers };
}
export type DemoSeeds = Awaited<ReturnType<typeof loadDemoSeeds>>;
