import type { OfferContent } from "@free-city/schemas";
import { Checkbox, TextArea } from "~/components/form/fields";

/** Access: SEND-friendly, quiet sessions and access notes. */
export function AccessFields({ content }: { content: Partial<OfferContent> }) {
  return (
    <>
      <Checkbox
        name="sendFriendly"
        label="It welcomes young people with special educational needs and disabilities (SEND)"
        defaultChecked={content.sendFriendly}
      />
      <Checkbox
        name="quietSessions"
        label="There are quiet or sensory-friendly sessions"
        defaultChecked={content.quietSessions}
      />
      <TextArea
        name="accessNotes"
        label="Access information (optional)"
        hint="For example: step-free entrance at the side, a hearing loop at reception, a quiet room. The venue's own access features are shown too. Up to 2000 characters."
        defaultValue={content.accessNotes}
      />
    </>
  );
}
