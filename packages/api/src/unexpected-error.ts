import { randomBytes } from "node:crypto";

/**
 * An error nobody planned for (a database fault, a bug) as the sentence a person sees: it never
 * carries the error's own text (a raw Prisma message names tables and values), only a short
 * reference, and the full detail goes to the server log under that same reference so the team
 * can find it when someone reads it out.
 */
export function reportUnexpectedError(
  error: unknown,
  log: (line: string, error: unknown) => void = (line, e) => console.error(line, e),
): { reference: string; message: string } {
  const reference = randomBytes(4).toString("hex").toUpperCase();
  log(`[error ${reference}] unexpected error`, error);
  return {
    reference,
    message: `Something went wrong on our side, and nothing was saved. Please try again. If it keeps happening, tell the council team this reference: ${reference}.`,
  };
}
