import Link from "next/link";
import { SECTION_INFO, type SectionState } from "~/lib/offer-sections";

const STATE_TAG: Record<SectionState, { label: string; className: string }> = {
  complete: { label: "Completed", className: "tag tag--LIVE" },
  incomplete: { label: "Incomplete", className: "tag tag--EXPIRED" },
  "not-started": { label: "Not started", className: "tag tag--DRAFT" },
  optional: { label: "Optional", className: "tag tag--DRAFT" },
};

type SectionKey = keyof typeof SECTION_INFO;

/**
 * The offer's sections as a GOV.UK task list: each one's state, the first thing still missing
 * (or what it is about), and a link to edit it while the offer can be edited.
 */
export function SectionTaskList({
  states,
  incomplete,
  sectionHref,
}: {
  states: { section: SectionKey; state: SectionState }[];
  incomplete: Partial<Record<SectionKey, string>>;
  /** The section's edit page, or null when the offer can't be edited now. */
  sectionHref: ((slug: string) => string) | null;
}) {
  return (
    <ol className="task-list">
      {states.map(({ section, state }) => {
        const info = SECTION_INFO[section];
        const tag = STATE_TAG[state];
        const id = `task-${info.slug}`;
        return (
          <li className="task-list__item" key={section}>
            <span className="task-list__name">
              {sectionHref ? (
                <Link href={sectionHref(info.slug)} aria-describedby={`${id}-status`}>
                  {info.title}
                </Link>
              ) : (
                info.title
              )}
              <span className="hint">{state === "incomplete" ? incomplete[section] : info.about}</span>
            </span>
            <strong className={tag.className} id={`${id}-status`}>
              {tag.label}
            </strong>
          </li>
        );
      })}
    </ol>
  );
}
