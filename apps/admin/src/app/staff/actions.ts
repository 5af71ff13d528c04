"use server";

import { revalidatePath } from "next/cache";
import { attempt, type FormState, text } from "~/server/form-state";
import { api } from "~/trpc/server";

const done = (result: FormState) => {
  if (result.status === "saved") revalidatePath("/staff");
  return result;
};

export async function grantStaff(_state: FormState, form: FormData): Promise<FormState> {
  const role = text(form, "role") === "ADMIN" ? "ADMIN" : "MODERATOR";
  return done(await attempt(form, async () => (await api()).staff.grant({ email: text(form, "email") ?? "", role })));
}

export async function changeStaffRole(
  userId: string,
  role: "MODERATOR" | "ADMIN",
  _state: FormState,
  form: FormData,
): Promise<FormState> {
  return done(await attempt(form, async () => (await api()).staff.changeRole({ userId, role })));
}

export async function setStaffActive(
  userId: string,
  active: boolean,
  _state: FormState,
  form: FormData,
): Promise<FormState> {
  return done(await attempt(form, async () => (await api()).staff.setActive({ userId, active })));
}
