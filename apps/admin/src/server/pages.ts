import "server-only";
import { organisationStanding, type SessionUser } from "@free-city/api";
import { TRPCError } from "@trpc/server";
import { notFound, redirect } from "next/navigation";
import { api } from "~/trpc/server";
import { getSessionUser } from "./auth";

/** The signed-in user, or off to sign in (and back here afterwards). */
export async function requireUser(path: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
  return user;
}

/** Council staff only: anyone else gets the 404 page (the staff pages don't exist for them). */
export async function requireStaff(
  path: string,
): Promise<SessionUser & { staffRole: NonNullable<SessionUser["staffRole"]> }> {
  const user = await requireUser(path);
  if (!user.staffRole) notFound();
  return user as SessionUser & { staffRole: NonNullable<SessionUser["staffRole"]> };
}

/** A procedure's answer, or the 404 page when it says there is nothing (or nothing of yours) there. */
export async function orNotFound<T>(call: Promise<T>): Promise<T> {
  try {
    return await call;
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  }
}

/** The signed-in partner's membership of this organisation (404 for anyone else). */
export async function requireMembership(organisationId: string, path: string) {
  await requireUser(path);
  const memberships = await (await api()).organisation.mine();
  const membership = memberships.find((m) => m.organisation.id === organisationId);
  if (!membership) notFound();
  return {
    role: membership.role,
    organisation: membership.organisation,
    canEdit: organisationStanding(membership.organisation) === null,
  };
}

/** The review page of an offer's revision or of a venue. */
export const reviewPath = (listing: { revisionId: string } | { venueId: string }) =>
  "venueId" in listing ? `/review/venues/${listing.venueId}` : `/review/offers/${listing.revisionId}`;
export const orgPath = (organisationId: string, rest = "") => `/organisations/${organisationId}${rest}`;
export const offerPath = (organisationId: string, offerId: string, rest = "") =>
  `/organisations/${organisationId}/offers/${offerId}${rest}`;
