import { z } from "zod";
import { isoDate } from "./common.ts";

/** Where a context page's facts come from: shown under the page. */
export const contextPageSource = z.strictObject({
  publication: z.string().min(1),
  title: z.string().min(1),
  date: isoDate,
  datePrecision: z.enum(["day", "month", "year"]).optional(),
  url: z.url().optional(),
});
export type ContextPageSource = z.infer<typeof contextPageSource>;
