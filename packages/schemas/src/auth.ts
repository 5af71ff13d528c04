import { z } from "zod";
import { email } from "./common.ts";

/** The sign-in form: one field, so people who find passwords or puzzles hard can sign in. */
export const signInRequest = z.strictObject({ email });
export type SignInRequest = z.infer<typeof signInRequest>;
