/**
 * One error type for everything that can go wrong while setting up or reaching the database.
 * The CLI, the start script and the apps print `message` (no stack trace): it names the
 * problem and what to do about it.
 */
export type DatabaseErrorCode =
  | "BAD_DATABASE_URL"
  | "DATABASE_UNREACHABLE"
  | "PORT_IN_USE"
  | "EMBEDDED_FAILED"
  | "EARLIER_PGLITE_DATA"
  | "MIGRATION_FAILED"
  | "UNKNOWN_MIGRATIONS"
  | "DRIFT"
  | "SEED_INVALID";

export class DatabaseError extends Error {
  override readonly name = "DatabaseError";
  constructor(
    readonly code: DatabaseErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Host and port of a postgres URL, for messages; never includes the password. */
export function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname || "localhost"}:${u.port || "5432"}${u.pathname}`;
  } catch {
    return "(unparseable URL)";
  }
}

const CONNECTION_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "ETIMEDOUT", "ECONNRESET", "EHOSTUNREACH"]);

/** Turns a low-level connection failure into a DatabaseError that names host and port. */
export function toConnectionError(error: unknown, url: string): DatabaseError | undefined {
  // Prisma wraps the driver's failure: meta.driverAdapterError.cause.kind says what happened.
  const kind = (error as { meta?: { driverAdapterError?: { cause?: { kind?: string } } } } | undefined)?.meta
    ?.driverAdapterError?.cause?.kind;
  if (kind === "DatabaseNotReachable" || kind === "SocketTimeout" || kind === "TlsConnectionError") {
    return new DatabaseError(
      "DATABASE_UNREACHABLE",
      `Cannot reach the database at ${describeUrl(url)} (${kind === "DatabaseNotReachable" ? "connection refused or host not found" : kind}). ` +
        `Is PostgreSQL running there? Check DATABASE_URL, or unset it to use the embedded database.`,
      { cause: error },
    );
  }
  if (kind === "DatabaseDoesNotExist") {
    return new DatabaseError(
      "DATABASE_UNREACHABLE",
      `The database ${describeUrl(url)} does not exist. Create it (createdb) or fix DATABASE_URL.`,
      { cause: error },
    );
  }
  if (kind === "AuthenticationFailed" || kind === "DatabaseAccessDenied") {
    return new DatabaseError(
      "DATABASE_UNREACHABLE",
      `The database at ${describeUrl(url)} refused the user or password in DATABASE_URL.`,
      { cause: error },
    );
  }
  const seen = new Set<unknown>();
  let e: unknown = error;
  while (e && typeof e === "object" && !seen.has(e)) {
    seen.add(e);
    const code = (e as { code?: unknown }).code;
    const message = String((e as { message?: unknown }).message ?? "");
    if (typeof code === "string" && CONNECTION_CODES.has(code)) {
      return new DatabaseError(
        "DATABASE_UNREACHABLE",
        `Cannot reach the database at ${describeUrl(url)} (${code}). Is PostgreSQL running there? ` +
          `Check DATABASE_URL, or unset it to use the embedded database.`,
        { cause: error },
      );
    }
    if (code === "3D000" || /database .* does not exist/i.test(message)) {
      return new DatabaseError(
        "DATABASE_UNREACHABLE",
        `The database ${describeUrl(url)} does not exist. Create it (createdb) or fix DATABASE_URL.`,
        { cause: error },
      );
    }
    if (code === "28P01" || code === "28000" || /password authentication failed/i.test(message)) {
      return new DatabaseError(
        "DATABASE_UNREACHABLE",
        `The database at ${describeUrl(url)} refused the user or password in DATABASE_URL.`,
        { cause: error },
      );
    }
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}
