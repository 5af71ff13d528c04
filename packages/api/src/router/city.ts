import { getCityContacts } from "../domain/city/get-city-contacts.ts";
import { createTRPCRouter, publicProcedure } from "../trpc.ts";

export const cityRouter = createTRPCRouter({
  /** Public: the council's contacts (partners' team, accessibility, safeguarding, young people's helpline), or null. */
  contacts: publicProcedure.query(({ ctx }) => getCityContacts(ctx.db)),
});
