import { ACCESS_FEATURES } from "@free-city/schemas";
import { openingHoursWords } from "@free-city/words";
import type { Metadata } from "next";
import { ActionForm } from "~/components/form/action-form";
import { Choices, TextArea } from "~/components/form/fields";
import { ChangesTable, changeValueWords } from "~/components/review/changes-table";
import { ReviewHeader } from "~/components/review/review-header";
import { ReviewPhotos } from "~/components/review/review-photos";
import { idleForm } from "~/server/form-state";
import { orNotFound, requireStaff } from "~/server/pages";
import { api } from "~/trpc/server";
import { decideVenue } from "../../actions";

export const metadata: Metadata = { title: "Check a venue" };

const FEATURE = new Map<string, string>(ACCESS_FEATURES.map((f) => [f.value, f.label]));

const FIELD_LABEL: Record<string, string> = {
  name: "Name",
  addressLine1: "Address line 1",
  addressLine2: "Address line 2",
  town: "Town",
  postcode: "Postcode",
  districtId: "District",
  latitude: "Latitude",
  longitude: "Longitude",
  phone: "Phone",
  website: "Website",
  accessFeatures: "Access features",
  accessNotes: "More about access",
  openingHours: "Opening hours",
  openingNotes: "More about opening",
};

/** A field's value in words (as text: React escapes it). */
function shown(field: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return "–";
  if (field === "accessFeatures" && Array.isArray(value))
    return value.map((f) => FEATURE.get(String(f)) ?? String(f)).join(", ") || "None";
  if (field === "openingHours" && Array.isArray(value))
    return openingHoursWords(value as { day: number; opens: string; closes: string }[]).join("; ") || "–";
  return changeValueWords(value);
}

export default async function ReviewVenuePage({
  params,
  searchParams,
}: {
  params: Promise<{ venueId: string }>;
  searchParams: Promise<{ photo?: string; photoError?: string }>;
}) {
  const { venueId } = await params;
  const { photo: photoFlash, photoError } = await searchParams;
  await requireStaff(`/review/venues/${venueId}`);
  const venue = await orNotFound((await api()).review.venue({ venueId }));
  const hours = openingHoursWords((venue.openingHours ?? []) as { day: number; opens: string; closes: string }[]);
  return (
    <>
      <ReviewHeader
        caption={`${venue.isChange ? "Changes to a venue" : venue.status === "PENDING" ? "New venue" : "Venue"} from ${venue.organisation.name}`}
        title={venue.name}
      />
      <dl className="summary-list">
        <dt>Address</dt>
        <dd>{[venue.addressLine1, venue.addressLine2, venue.town, venue.postcode].filter(Boolean).join(", ")}</dd>
        <dt>District</dt>
        <dd>{venue.district.name}</dd>
        <dt>Map position</dt>
        <dd>
          {venue.latitude !== null && venue.longitude !== null ? `${venue.latitude}, ${venue.longitude}` : "Not given"}
        </dd>
        <dt>Phone</dt>
        <dd>{venue.phone ?? "–"}</dd>
        <dt>Website</dt>
        <dd>{venue.website ?? "–"}</dd>
        <dt>Access</dt>
        <dd>
          {venue.accessFeatures.map((f) => FEATURE.get(f) ?? f).join(", ") || "None ticked"}
          {venue.accessNotes ? `. ${venue.accessNotes}` : ""}
        </dd>
        <dt>Opening</dt>
        <dd>
          {hours.length > 0 ? hours.join("; ") : "Not given"}
          {venue.openingNotes ? `. ${venue.openingNotes}` : ""}
        </dd>
      </dl>
      {venue.changes.length > 0 ? (
        <>
          <h2>What would change</h2>
          <p>Young people see the details above until you approve the change.</p>
          <ChangesTable changes={venue.changes} label={FIELD_LABEL} words={shown} />
        </>
      ) : null}
      <ReviewPhotos listing={{ venueId }} flash={photoFlash} error={photoError} />
      {venue.status === "PENDING" || venue.isChange ? (
        <ActionForm action={decideVenue.bind(null, venueId)} initial={idleForm} submitLabel="Send decision">
          <Choices
            name="outcome"
            type="radio"
            legend="Decision"
            options={[
              { value: "APPROVED", label: "Approve: its offers can show this venue" },
              { value: "REJECTED", label: "Reject", hint: "Give the reason below." },
            ]}
          />
          <TextArea name="reason" label="Reason (needed to reject)" rows={3} />
        </ActionForm>
      ) : (
        <p className="inset">
          Decided: {venue.status.toLowerCase()}
          {venue.decisions[0]?.decidedBy ? ` by ${venue.decisions[0].decidedBy.email}` : ""}
          {venue.decisions[0]?.reason ? `. “${venue.decisions[0].reason}”` : ""}
        </p>
      )}
    </>
  );
}
