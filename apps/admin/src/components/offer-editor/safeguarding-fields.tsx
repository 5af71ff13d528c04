import type { OfferContent } from "@free-city/schemas";
import { Checkbox, TextArea } from "~/components/form/fields";

/** Safeguarding: DBS checks and how young people are kept safe. */
export function SafeguardingFields({ content }: { content: Partial<OfferContent> }) {
  return (
    <>
      <Checkbox
        name="dbsCheckedStaff"
        label="Everyone who works with young people has an up-to-date DBS check"
        defaultChecked={content.dbsCheckedStaff}
      />
      <TextArea
        name="safeguardingNotes"
        label="How you keep young people safe (optional)"
        hint="For example: who your safeguarding lead is, and whether under-12s must be collected. Up to 2000 characters."
        defaultValue={content.safeguardingNotes}
      />
    </>
  );
}
