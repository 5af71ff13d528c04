import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldErrorsOf } from "./field-errors.ts";

describe("field errors", () => {
  it("keeps the first message of each field, keyed by its path", () => {
    const schema = z.object({
      title: z.string().min(1, "Enter a title").min(3, "Title must be at least 3 characters"),
      schedules: z.array(z.object({ endTime: z.string().min(1, "Enter an end time") })),
    });
    const result = schema.safeParse({ title: "", schedules: [{ endTime: "" }] });
    expect(result.success).toBe(false);
    expect(fieldErrorsOf(result.error?.issues ?? [])).toEqual({
      title: "Enter a title",
      "schedules.0.endTime": "Enter an end time",
    });
  });
});
