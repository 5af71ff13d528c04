import type { ReactNode } from "react";
import { SECTION_INFO } from "~/lib/offer-sections";

/** The green banners after an action: what was just done, the offer started, a section saved. */
export function DoneBanners({
  done,
  created,
  savedSectionTitle,
}: {
  done: string | undefined;
  created: boolean;
  savedSectionTitle: string | undefined;
}) {
  const messages: ReactNode[] = [
    done ? DONE[done] : undefined,
    created ? "Offer started. Fill in each section below; you can come back to it at any time." : undefined,
    savedSectionTitle ? `Saved “${savedSectionTitle}”.` : undefined,
  ].filter(Boolean);
  return messages.map((message) => (
    <div className="banner banner--success" role="status" key={String(message)}>
      <p>{message}</p>
    </div>
  ));
}

const DONE: Record<string, string> = {
  submitted:
    "Sent for review. The council usually checks new offers within 2 working days; we will email the owners when they have.",
  withdrawn: "Taken out of review. You can change it and submit it again.",
  confirmed: "Thanks: marked as still accurate today.",
};

/** The council's reason, when it asked for changes or did not accept the offer. */
export function SentBackBanner({ sentBack }: { sentBack: { outcome: string; reason: string } }) {
  return (
    <div className="banner banner--warning" role="region" aria-labelledby="reviewer-title">
      <h2 id="reviewer-title" className="banner__title">
        {sentBack.outcome === "CHANGES_REQUESTED"
          ? "The council asked for changes"
          : "The council did not accept this offer"}
      </h2>
      <p className="reviewer-reason">{sentBack.reason}</p>
      <p>Change the sections below, then submit it again.</p>
    </div>
  );
}

/** Why an offer can't be submitted yet: the sections still to do. */
export function StillToDo({ sections }: { sections: (keyof typeof SECTION_INFO)[] }) {
  return (
    <p className="inset">
      You can submit it for review when every section is complete. Still to do:{" "}
      {sections.map((section) => SECTION_INFO[section].title).join(", ")}.
    </p>
  );
}
