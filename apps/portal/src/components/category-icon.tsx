/**
 * The category icons, drawn here as inline SVG: nothing is downloaded from anywhere, and each is
 * a few hundred bytes of HTML. Decorative (the category's name is always written next to it).
 */
const PATHS: Record<string, string> = {
  ball: "M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18Zm0 4 3.5 2.5-1.3 4h-4.4l-1.3-4L12 7Zm0-4v4m8.6 2.5-5.1 0M3.4 9.5h5.1M6.5 19l3.3-5.5M17.5 19l-3.3-5.5",
  palette:
    "M12 3a9 9 0 0 0 0 18c1.5 0 2-1 2-2s-1-1.5-1-2.5 1-1.5 2-1.5h2a4 4 0 0 0 4-4c0-4.4-4-8-9-8Zm-4.5 9.5h.01M8.5 7.5h.01M13.5 6.5h.01M17 9.5h.01",
  music: "M9 18V5l11-2v13M9 18a3 3 0 1 1-6 0 3 3 0 0 1 6 0Zm11-2a3 3 0 1 1-6 0 3 3 0 0 1 6 0Z",
  museum: "M3 21h18M4 10h16M12 3l9 5H3l9-5ZM6 10v8m4-8v8m4-8v8m4-8v8",
  book: "M4 5a2 2 0 0 1 2-2h13v16H6a2 2 0 0 0-2 2V5Zm0 16a2 2 0 0 1 2-2h13v2H6",
  leaf: "M5 19c8 0 14-6 14-15-8 0-14 5-14 12v3Zm0 0 7-7",
  flask: "M9 3h6M10 3v6l-5 9a2 2 0 0 0 2 3h10a2 2 0 0 0 2-3l-5-9V3M7.5 15h9",
  people:
    "M9 11a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7Zm-6 9c0-3.3 2.7-6 6-6s6 2.7 6 6m1-16a3.5 3.5 0 0 1 0 7m2 9c0-2.6-1.4-4.8-3.5-5.6",
  chef: "M7 14v6h10v-6M7 14a4 4 0 1 1 1.5-7.7A4 4 0 0 1 15.5 6.3 4 4 0 1 1 17 14H7Zm0 3h10",
  briefcase: "M4 8h16v11H4V8Zm5 0V5h6v3M4 13h16",
  home: "M4 11 12 4l8 7v9h-5v-6h-6v6H4v-9Z",
};

export function CategoryIcon({ name }: { name: string | null }) {
  const path = PATHS[name ?? ""] ?? PATHS.people;
  return (
    <svg className="icon" viewBox="0 0 24 24" width="32" height="32" aria-hidden="true" focusable="false">
      <path d={path} fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
