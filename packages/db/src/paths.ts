import path from "node:path";
import { fileURLToPath } from "node:url";
import { DATA_DIR_SETTING } from "./env.ts";

/** The repository root (this file is packages/db/src/paths.ts). */
export const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));
/** Git-ignored folder for local state: the embedded database and generated secrets. */
export const DATA_DIR = DATA_DIR_SETTING ?? path.join(REPO_ROOT, ".data");
export const SEEDS_DIR = path.join(REPO_ROOT, "seeds");
