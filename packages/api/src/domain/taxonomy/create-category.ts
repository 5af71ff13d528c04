import type { Database } from "@free-city/db";
import type { Actor } from "../actor.ts";
import { retryOnConflict } from "../retry-on-conflict.ts";
import { insertCategory } from "./insert-category.ts";

/** A new category, made by an administrator (a slug race with another one retries). */
export async function createCategory(
  db: Database,
  actor: Actor,
  input: { name: string; description: string; parentId: string | null },
) {
  return retryOnConflict(() => db.$transaction((tx) => insertCategory(tx, actor, input)));
}
