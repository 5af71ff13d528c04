/** The dashboard's choices, read leniently from the address (anything else falls back to the default). */
export const VIEWS = { all: "Everything", weekends: "On at weekends", holidays: "Next school holiday" } as const;
export const BANDS = {
  all: "All ages",
  "5-10": "Ages 5–10",
  "11-15": "Ages 11–15",
  "16-19": "Ages 16–19",
  "20-25": "Ages 20–25 (SEND)",
} as const;

export function coverageParams(params: { view?: string; band?: string }) {
  const view = params.view && params.view in VIEWS ? (params.view as keyof typeof VIEWS) : "all";
  const band = params.band && params.band in BANDS ? (params.band as keyof typeof BANDS) : "all";
  return { view, band };
}
