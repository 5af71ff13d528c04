/**
 * The category drawings, defined once: each top-level category's icon (a 24 × 24 line drawing)
 * and its colours. The portal draws its icons and the illustration it shows where an offer has
 * no photo from these; the demo seed draws its photos from them. Plain data and strings (no
 * image library), so the portal can import it without sharp.
 */

/** Line drawings in a 24 × 24 box, stroked (no fill), by the category's `icon` name. */
export const CATEGORY_ICON_PATHS: Readonly<Record<string, string>> = {
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

/** The drawing used for a category with no icon of its own (or one not in the set). */
export const DEFAULT_CATEGORY_ICON = "people";

/** Colours per icon: sky, light, accent, dark. */
export type CategoryPalette = readonly [sky: string, light: string, accent: string, dark: string];

const PALETTES: Readonly<Record<string, CategoryPalette>> = {
  ball: ["#bfe3c0", "#f4f9e9", "#f2c14e", "#1f6e43"],
  palette: ["#f3c4d9", "#fff1e6", "#7bc6cc", "#7a2e5c"],
  music: ["#c9c3f2", "#f6f2ff", "#ff9f68", "#3b2f7a"],
  museum: ["#ecd9b8", "#fbf5ea", "#c8553d", "#5c4326"],
  book: ["#bde0dd", "#f1faf8", "#f6ae2d", "#1d5c63"],
  leaf: ["#d5ecb0", "#f7fbe9", "#ffd166", "#35642b"],
  flask: ["#bcdcf5", "#eef7ff", "#ff7f7f", "#19487a"],
  people: ["#ffd3b0", "#fff5ec", "#4ea8de", "#8a3b12"],
  chef: ["#ffcdc2", "#fff6f2", "#8fcb9b", "#8c1c13"],
  briefcase: ["#c8d3e0", "#f3f6fa", "#f4a259", "#243b55"],
  home: ["#bfe6e0", "#f0fbf9", "#f28482", "#1b5e57"],
};

/** The icon name to draw: the one given if it is in the set, else the default. */
export function categoryIconName(icon: string | null | undefined): string {
  return icon && icon in CATEGORY_ICON_PATHS ? icon : DEFAULT_CATEGORY_ICON;
}

/** The icon's line drawing (24 × 24). */
export function categoryIconPath(icon: string | null | undefined): string {
  return CATEGORY_ICON_PATHS[categoryIconName(icon)] as string;
}

/** The icon's colours. */
export function categoryPalette(icon: string | null | undefined): CategoryPalette {
  return PALETTES[categoryIconName(icon)] as CategoryPalette;
}

/** Bump when the illustration's drawing changes: its address carries it, so it can be cached for a year. */
export const ILLUSTRATION_VERSION = 1;

/** The size the illustration is drawn at: 3 : 2, like the photo on a card. */
export const ILLUSTRATION_WIDTH = 480;
export const ILLUSTRATION_HEIGHT = 320;

/**
 * The picture shown where an offer has no photo: the category's icon on a disc, over a sky and a
 * hill in its colours. A small SVG (about 1 KB), the same every time for one icon.
 */
export function drawCategoryIllustration(icon: string | null | undefined): string {
  const [sky, light, accent, dark] = categoryPalette(icon);
  const w = ILLUSTRATION_WIDTH;
  const h = ILLUSTRATION_HEIGHT;
  const r = 78;
  const scale = 4.4;
  const cx = w / 2;
  const cy = h * 0.46;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">
<defs><linearGradient id="s" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${light}"/><stop offset="1" stop-color="${sky}"/></linearGradient></defs>
<rect width="${w}" height="${h}" fill="url(#s)"/>
<circle cx="${w * 0.14}" cy="${h * 0.2}" r="46" fill="${accent}" opacity="0.35"/>
<circle cx="${w * 0.88}" cy="${h * 0.3}" r="64" fill="${light}" opacity="0.7"/>
<path d="M0 ${h} L0 ${h * 0.74} Q${w * 0.3} ${h * 0.56} ${w} ${h * 0.78} L${w} ${h} Z" fill="${accent}" opacity="0.5"/>
<path d="M0 ${h} L0 ${h * 0.86} Q${w * 0.62} ${h * 0.7} ${w} ${h * 0.88} L${w} ${h} Z" fill="${dark}" opacity="0.85"/>
<circle cx="${cx}" cy="${cy + 6}" r="${r}" fill="${dark}" opacity="0.2"/>
<circle cx="${cx}" cy="${cy}" r="${r}" fill="${light}"/>
<g transform="translate(${cx - 12 * scale} ${cy - 12 * scale}) scale(${scale})"><path d="${categoryIconPath(icon)}" fill="none" stroke="${dark}" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"/></g>
</svg>`;
}
