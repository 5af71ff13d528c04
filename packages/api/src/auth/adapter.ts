import type { Database, User } from "@free-city/db";
import type { Adapter, AdapterAccount, AdapterUser } from "next-auth/adapters";

/**
 * next-auth's database adapter over our Prisma client (the published Prisma adapter expects the
 * classic @prisma/client import; ours is generated into packages/db). Covers what the Email and
 * OAuth/OIDC providers use.
 */
export function prismaAuthAdapter(db: Database): Adapter {
  const toAdapterUser = (u: User): AdapterUser => ({
    id: u.id,
    email: u.email,
    emailVerified: u.emailVerified,
    name: u.name,
    image: u.image,
  });
  return {
    async createUser(user: Omit<AdapterUser, "id">) {
      return toAdapterUser(
        await db.user.create({
          data: {
            email: user.email.toLowerCase(),
            emailVerified: user.emailVerified,
            name: user.name ?? null,
            image: user.image ?? null,
          },
        }),
      );
    },
    async getUser(id) {
      const u = await db.user.findUnique({ where: { id } });
      return u ? toAdapterUser(u) : null;
    },
    async getUserByEmail(email) {
      const u = await db.user.findUnique({ where: { email: email.toLowerCase() } });
      return u ? toAdapterUser(u) : null;
    },
    async getUserByAccount({ provider, providerAccountId }) {
      const account = await db.account.findUnique({
        where: { provider_providerAccountId: { provider, providerAccountId } },
        include: { user: true },
      });
      return account ? toAdapterUser(account.user) : null;
    },
    async updateUser({ id, ...data }) {
      return toAdapterUser(
        await db.user.update({
          where: { id },
          data: { name: data.name, image: data.image, emailVerified: data.emailVerified },
        }),
      );
    },
    async linkAccount(account: AdapterAccount) {
      await db.account.create({
        data: {
          userId: account.userId,
          type: account.type,
          provider: account.provider,
          providerAccountId: account.providerAccountId,
          refresh_token: account.refresh_token ?? null,
          access_token: account.access_token ?? null,
          expires_at: account.expires_at ?? null,
          token_type: account.token_type ?? null,
          scope: account.scope ?? null,
          id_token: account.id_token ?? null,
          session_state: typeof account.session_state === "string" ? account.session_state : null,
        },
      });
    },
    async createSession(session) {
      return db.session.create({ data: session });
    },
    async getSessionAndUser(sessionToken) {
      const found = await db.session.findUnique({ where: { sessionToken }, include: { user: true } });
      if (!found) return null;
      const { user, ...session } = found;
      return { session, user: toAdapterUser(user) };
    },
    async updateSession({ sessionToken, ...data }) {
      return db.session.update({ where: { sessionToken }, data });
    },
    async deleteSession(sessionToken) {
      await db.session.deleteMany({ where: { sessionToken } });
    },
    async createVerificationToken(token) {
      return db.verificationToken.create({ data: token });
    },
    async useVerificationToken({ identifier, token }) {
      // Delete-and-return in one statement: a link can be used once, even if clicked twice at once.
      const rows = await db.$queryRaw<{ identifier: string; token: string; expires: Date }[]>`
        DELETE FROM verification_token WHERE identifier = ${identifier} AND token = ${token} RETURNING identifier, token, expires`;
      return rows[0] ?? null;
    },
  };
}
