import type { OfferContent } from "@free-city/schemas";
import { Choices, TextField } from "~/components/form/fields";

/** Who it is for: ages, coming alone, cost and places. */
export function AudienceFields({ content }: { content: Partial<OfferContent> }) {
  return (
    <>
      <fieldset className="fieldset">
        <legend className="label">Ages</legend>
        <span className="hint">Free City is for children and young people up to 25 (SEND up to 25).</span>
        <div className="inline-fields">
          <TextField
            name="minAge"
            label="Youngest age"
            inputMode="numeric"
            width="short"
            defaultValue={content.minAge}
          />
          <TextField name="maxAge" label="Oldest age" inputMode="numeric" width="short" defaultValue={content.maxAge} />
        </div>
      </fieldset>
      <TextField
        name="aloneFromAge"
        label="From what age can they come without an adult? (optional)"
        hint="Leave it empty if young people must always come with an adult."
        inputMode="numeric"
        width="short"
        defaultValue={content.aloneFromAge}
      />
      <Choices
        name="costType"
        type="radio"
        legend="Is it free?"
        defaultValue={content.costType ?? null}
        options={[
          { value: "FREE", label: "Yes, free for everyone it is for" },
          {
            value: "FREE_WITH_CONDITION",
            label: "Free with a condition",
            hint: "For example: free with a library card, or free for under-16s with a paying adult.",
          },
        ]}
      />
      <TextField
        name="costCondition"
        label="The condition (if there is one)"
        hint="Up to 200 characters."
        defaultValue={content.costCondition}
      />
      <TextField
        name="capacity"
        label="How many places are there? (optional)"
        inputMode="numeric"
        width="short"
        defaultValue={content.capacity}
      />
    </>
  );
}
