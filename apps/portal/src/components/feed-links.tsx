import { siteOrigin } from "~/server/origin";

/**
 * Links to subscribe to a calendar (webcal://, which phones and calendar apps open as a
 * subscription rather than a one-off import) and to an Atom news feed.
 */
export async function FeedLinks({
  calendarPath,
  atomPath,
  labels,
}: {
  calendarPath: string;
  atomPath?: string;
  labels: { calendar: string; atom: string };
}) {
  const origin = siteOrigin();
  const webcal = `${origin.replace(/^https?:/, "webcal:")}${calendarPath}`;
  return (
    <ul className="feed-links">
      <li>
        <a href={webcal}>{labels.calendar}</a>
      </li>
      {atomPath ? (
        <li>
          <a href={atomPath} type="application/atom+xml">
            {labels.atom}
          </a>
        </li>
      ) : null}
    </ul>
  );
}
