import { Prisma } from "@free-city/db";

/** True for PostgreSQL's unique_violation, however it reaches us (Prisma's P2002 or the driver's 23505). */
export function isUniqueViolation(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError) return error.code === "P2002";
  const cause = (error as { cause?: { code?: string }; code?: string } | null) ?? null;
  return cause?.code === "23505" || cause?.cause?.code === "23505";
}

/**
 * Runs a transaction again when it lost a race for a unique value it chose itself (a slug
 * "checked free" that another request took a moment later, the next revision number): the
 * rerun sees the other request's row and picks the next one. Only for transactions that pick
 * such values; a real duplicate fails again and the last error stands. Eight tries: requests
 * racing for one name each win one slug per round.
 */
export async function retryOnConflict<T>(run: () => Promise<T>, attempts = 8): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= attempts || !isUniqueViolation(error)) throw error;
      // A short random pause, so requests that collided don't collide again on the next value.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 15 * attempt));
    }
  }
}
