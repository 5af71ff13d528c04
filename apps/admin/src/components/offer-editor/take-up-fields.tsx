import type { OfferContent } from "@free-city/schemas";
import { Choices, TextArea, TextField } from "~/components/form/fields";

/** How young people take it up: turn up, book, show a code or ask. */
export function TakeUpFields({ content }: { content: Partial<OfferContent> }) {
  return (
    <>
      <Choices
        name="takeUpMethod"
        type="radio"
        legend="How do young people take it up?"
        defaultValue={content.takeUpMethod ?? null}
        options={[
          { value: "TURN_UP", label: "They just turn up" },
          { value: "BOOK_AHEAD", label: "They book ahead", hint: "Give a booking link or a phone number below." },
          {
            value: "SHOW_CODE",
            label: "They show a code",
            hint: "For example at the box office. Give the code below.",
          },
          { value: "ASK_AT_DESK", label: "They ask at the desk" },
        ]}
      />
      <TextField
        name="bookingUrl"
        label="Booking link (if they book ahead)"
        hint="A web address starting with https://"
        type="url"
        defaultValue={content.bookingUrl}
      />
      <TextField
        name="bookingPhone"
        label="Booking phone number (if they book ahead)"
        type="tel"
        width="medium"
        defaultValue={content.bookingPhone}
      />
      <TextField
        name="takeUpCode"
        label="The code (if they show one)"
        width="medium"
        defaultValue={content.takeUpCode}
      />
      <TextArea
        name="takeUpNotes"
        label="Anything else they need to know? (optional)"
        hint="For example: arrive 10 minutes early. Up to 1000 characters."
        defaultValue={content.takeUpNotes}
        rows={3}
      />
    </>
  );
}
