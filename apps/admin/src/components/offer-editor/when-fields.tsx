import type { OfferContent } from "@free-city/schemas";
import { WhenEditor } from "~/components/offer-editor/when-editor";
import { api } from "~/trpc/server";

/** When it happens: the sessions and cancelled dates, with the organisation's venues to choose from. */
export async function WhenFields({
  content,
  organisationId,
}: {
  content: Partial<OfferContent>;
  organisationId: string;
}) {
  const trpc = await api();
  const venues = await trpc.venue.list({ organisationId });
  return (
    <WhenEditor
      schedules={content.schedules ?? []}
      cancellations={content.cancellations ?? []}
      venues={venues.filter((v) => v.status !== "ARCHIVED").map((v) => ({ id: v.id, name: v.name }))}
    />
  );
}
