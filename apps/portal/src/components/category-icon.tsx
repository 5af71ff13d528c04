import { categoryIconPath } from "@free-city/photos/illustrations";

/**
 * A category's icon as inline SVG: nothing is downloaded from anywhere, and each is a few hundred
 * bytes of HTML. Decorative (the category's name is always written next to it). The drawings are
 * the shared ones (@free-city/photos/illustrations), also used for the demo photos.
 */
export function CategoryIcon({ name }: { name: string | null }) {
  return (
    <svg className="icon" viewBox="0 0 24 24" width="32" height="32" aria-hidden="true" focusable="false">
      <path
        d={categoryIconPath(name)}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
