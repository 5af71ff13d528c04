import Link from "next/link";
import { ContextPageList } from "~/components/context-page-list";
import { api } from "~/server/api";

// Counts change as offers go live: render per request (server-side, no client JavaScript).
export const dynamic = "force-dynamic";

export default async function HomePage() {
  const trpc = api();
  const [city, districts, pages] = await Promise.all([trpc.district.city(), trpc.district.listWithCounts(), trpc.contextPage.list()]);
  const cityName = city.name ?? "your city";
  return (
    <>
      <section className="hero" aria-labelledby="hero-title">
        <h1 id="hero-title">Free things to do in {cityName}</h1>
        <p>
          Sport, art, music, museums, clubs and more. Always free for children and young people. No sign-up and no tracking.
        </p>
        <p>
          <strong>{city.liveOffers.toLocaleString("en-GB")}</strong> free things to do right now.{" "}
          <Link href="/about/the-entitlement-offer">What is Free City?</Link>
        </p>
      </section>

      <section aria-labelledby="districts-title">
        <h2 id="districts-title">Free things in each part of {cityName}</h2>
        <ul className="districts">
          {districts.map((district) => (
            <li key={district.id} className="district">
              <h3>
                <Link href={`/districts/${district.slug}`}>{district.name}</Link>
              </h3>
              <span className="count">
                {district.liveOffers} free {district.liveOffers === 1 ? "thing" : "things"} to do
              </span>
              {district.summary ? <p className="muted">{district.summary}</p> : null}
            </li>
          ))}
        </ul>
      </section>

      {pages.length > 0 ? (
        <section aria-labelledby="about-title">
          <h2 id="about-title">About Free City</h2>
          <ContextPageList pages={pages} />
        </section>
      ) : null}
    </>
  );
}
