/**
 * Two portal instances on one PostgreSQL, both serving pages from their own page cache
 * (scripts/page-cache.ts) and the pages' data from their own data cache
 * (apps/portal/src/server/public-data.ts): a moderator's approval, made in another process (here
 * through the admin's own tRPC procedure), shows on both within seconds: the home page's count
 * (a page both instances had already cached) and the new offer's page.
 */
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createCaller, createContext } from "@free-city/api";
import { createPrismaClient, type Database } from "@free-city/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Portal, startPortal } from "../../scripts/load/portal-under-load.ts";
import { type Product, sparePorts, startProduct } from "./harness.ts";

/** The text of HTML as a reader sees it, for the characters React escapes. */
const textOfHtml = (html: string) =>
  html.replace(
    /&(amp|quot|#x27|lt|gt);/g,
    (_, name: string) => ({ amp: "&", quot: '"', "#x27": "'", lt: "<", gt: ">" })[name] ?? "",
  );

/** How long an approval may take to reach an instance before the test fails (the design says ~1 s). */
const DEADLINE_MS = 20_000;

describe("an approval reaches every portal instance", () => {
  let product: Product;
  let second: Portal;
  let db: Database;

  beforeAll(async () => {
    product = await startProduct({ ports: await sparePorts("portal", "admin", "db") });
    const log = path.join(mkdtempSync(path.join(os.tmpdir(), "fc-second-portal-")), "portal.log");
    second = await startPortal(product.databaseUrl(), log);
    db = createPrismaClient(product.databaseUrl(), { max: 2 });
  });

  afterAll(async () => {
    await second?.stop();
    await db?.$disconnect();
    await product?.stop();
  });

  /** The number of things to do the home page shows ("<strong>190</strong> things to do"). */
  async function homeCount(portalUrl: string): Promise<number> {
    const response = await fetch(`${portalUrl}/`);
    expect(response.status).toBe(200);
    const match = /class="hero__count"[^>]*>(?:(?!<\/p>).)*?<strong>([\d,]+)<\/strong>/s.exec(await response.text());
    if (!match?.[1]) throw new Error(`No count on ${portalUrl}/`);
    return Number(match[1].replace(/,/g, ""));
  }

  /** Asks again (no fixed sleep) until `check` holds, or fails after the deadline with what it last saw. */
  async function eventually<T>(what: string, read: () => Promise<T>, check: (value: T) => boolean): Promise<T> {
    const deadline = Date.now() + DEADLINE_MS;
    for (;;) {
      const value = await read();
      if (check(value)) return value;
      if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(value)} after ${DEADLINE_MS} ms`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  it("shows a newly approved offer on both portals, and its count on their home pages", async () => {
    const portals = [product.portalUrl, second.url];
    // A new offer waiting for its first approval (the demo data has several).
    const revision = await db.offerRevision.findFirstOrThrow({
      where: { status: "IN_REVIEW", offer: { status: "IN_REVIEW" } },
      include: { offer: true },
      orderBy: { submittedAt: "asc" },
    });
    const slug = revision.offer.slug;
    const { title } = revision.content as { title: string };
    const moderator = await db.user.findFirstOrThrow({ where: { staffRole: { not: null } } });

    // Both instances have read (and cached) the home page, and neither shows the offer yet.
    const before = await Promise.all(portals.map(homeCount));
    expect(before[0]).toBe(before[1]);
    for (const url of portals) {
      expect((await fetch(`${url}/offers/${slug}`)).status).toBe(404);
      expect(await homeCount(url)).toBe(before[0]);
      // The home page now comes from the instance's page cache, not a new render.
      expect((await fetch(`${url}/`)).headers.get("x-page-cache")).toBe("hit");
    }

    const admin = createCaller(
      createContext({
        db,
        user: { id: moderator.id, email: moderator.email, name: moderator.name, staffRole: moderator.staffRole },
        links: { adminUrl: product.adminUrl, portalUrl: product.portalUrl },
      }),
    );
    await admin.offer.decide({ revisionId: revision.id, outcome: "APPROVED", reason: "" });

    for (const url of portals) {
      await eventually(
        `${url}/ home count`,
        () => homeCount(url),
        (count) => count === (before[0] ?? 0) + 1,
      );
      const page = await eventually(
        `${url}/offers/${slug}`,
        async () => {
          const response = await fetch(`${url}/offers/${slug}`);
          return { status: response.status, html: await response.text() };
        },
        ({ status }) => status === 200,
      );
      expect(textOfHtml(page.html)).toContain(title);
    }
  });
});
