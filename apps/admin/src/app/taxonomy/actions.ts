"use server";

import { revalidatePath } from "next/cache";
import { attempt, type FormState, prose, text } from "~/server/form-state";
import { api } from "~/trpc/server";

const done = (result: FormState) => {
  if (result.status === "saved") revalidatePath("/taxonomy");
  return result;
};

export async function createCategory(_state: FormState, form: FormData): Promise<FormState> {
  return done(
    await attempt(form, async () =>
      (await api()).taxonomy.create({
        name: prose(form, "name"),
        description: prose(form, "description"),
        parentId: text(form, "parentId"),
      }),
    ),
  );
}

export async function renameCategory(categoryId: string, _state: FormState, form: FormData): Promise<FormState> {
  return done(
    await attempt(form, async () =>
      (await api()).taxonomy.rename({ categoryId, name: prose(form, "name"), description: prose(form, "description") }),
    ),
  );
}

export async function moveCategory(categoryId: string, _state: FormState, form: FormData): Promise<FormState> {
  return done(
    await attempt(form, async () => (await api()).taxonomy.move({ categoryId, parentId: text(form, "parentId") })),
  );
}

export async function mergeCategory(categoryId: string, _state: FormState, form: FormData): Promise<FormState> {
  return done(
    await attempt(form, async () => (await api()).taxonomy.merge({ categoryId, intoId: text(form, "intoId") ?? "" })),
  );
}

export async function decideSuggestion(
  suggestionId: string,
  action: "create" | "map" | "decline",
  _state: FormState,
  form: FormData,
): Promise<FormState> {
  const trpc = await api();
  return done(
    await attempt(form, () =>
      action === "create"
        ? trpc.taxonomy.decideSuggestion({
            suggestionId,
            action,
            name: prose(form, "name"),
            parentId: text(form, "parentId"),
          })
        : action === "map"
          ? trpc.taxonomy.decideSuggestion({ suggestionId, action, categoryId: text(form, "categoryId") ?? "" })
          : trpc.taxonomy.decideSuggestion({ suggestionId, action }),
    ),
  );
}
