import type { SessionUser } from "../context.ts";

/** The person doing something, as the audit log records them. */
export type Actor = { id: string; label: string };

export function actorOf(user: SessionUser): Actor {
  return { id: user.id, label: user.email };
}
