import { cardImage } from "~/server/og-card";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ file: string }> };

/** /og/site.png: the card for pages without their own. */
export async function GET(_request: Request, { params }: Params) {
  if ((await params).file !== "site.png") return new Response("Not found", { status: 404 });
  return cardImage({
    siteName: "Free City",
    title: "Free things to do for children and young people",
    line: "Sport, art, music, clubs and places to go, free, near you.",
    tags: ["Free"],
  });
}
