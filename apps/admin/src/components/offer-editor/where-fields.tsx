import type { OfferContent } from "@free-city/schemas";
import Link from "next/link";
import { Choices } from "~/components/form/fields";
import { api } from "~/trpc/server";

/** Where it happens: the organisation's venues (or a way to add the first). */
export async function WhereFields({
  content,
  organisationId,
}: {
  content: Partial<OfferContent>;
  organisationId: string;
}) {
  const trpc = await api();
  const venues = (await trpc.venue.list({ organisationId })).filter((v) => v.status !== "ARCHIVED");
  return venues.length === 0 ? (
    <p className="inset">
      Your organisation has no venues yet. <Link href={`/organisations/${organisationId}/venues/new`}>Add a venue</Link>{" "}
      first, then come back.
    </p>
  ) : (
    <>
      <Choices
        name="venueIds"
        type="checkbox"
        legend="Where does it happen?"
        hint="Choose every venue where it runs."
        defaultValue={content.venueIds ?? []}
        options={venues.map((v) => ({
          value: v.id,
          label: v.name,
          hint: `${v.addressLine1}, ${v.postcode}${v.status === "PENDING" ? " (waiting for the council to check it)" : ""}`,
        }))}
      />
      <p>
        Not listed? <Link href={`/organisations/${organisationId}/venues/new`}>Add a venue</Link>.
      </p>
    </>
  );
}
