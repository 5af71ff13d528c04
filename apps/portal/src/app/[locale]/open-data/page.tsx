import { ORUK_MAX_PER_PAGE, orukId } from "@free-city/api";
import type { Metadata } from "next";
import { getI18n } from "~/i18n/server";
import { api } from "~/server/api";
import { siteOrigin } from "~/server/origin";
import { shareMetadata } from "~/server/share-metadata";

// The addresses shown are this site's own, as the reader reached it.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t, locale } = await getI18n(params);
  const share = await shareMetadata({
    title: t("openData.title"),
    description: t("openData.intro"),
    locale,
    path: "/open-data",
    siteName: t("layout.siteName"),
  });
  return { ...share, title: t("openData.title"), description: t("openData.intro") };
}

const ENDPOINTS: [string, string][] = [
  ["/api/oruk/", "What this API is: version 3.0, the profile, and where its OpenAPI document is."],
  ["/api/oruk/openapi.json", "The OpenAPI document (the Open Referral UK profile's, with this server in it)."],
  ["/api/oruk/services", "A page of services (one per activity), with their organisation."],
  [
    "/api/oruk/services/{id}",
    "One service in full: schedules, areas, locations with addresses and accessibility, costs, categories.",
  ],
  ["/api/oruk/service_at_locations", "A page of services at locations (one per activity at each of its places)."],
  ["/api/oruk/service_at_locations/{id}", "One service at one location, both in full."],
  ["/api/oruk/taxonomies", "The one taxonomy: the council's categories."],
  ["/api/oruk/taxonomies/{id}", "The taxonomy with all its terms."],
  ["/api/oruk/taxonomy_terms", "A page of the categories, each with its parent."],
  ["/api/oruk/taxonomy_terms/{id}", "One category."],
];

const PARAMETERS: [string, string][] = [
  ["search", "Words, as in the portal's search box (typos in titles forgiven)."],
  ["page, per_page", `Paging: page from 1; per_page from 1 to ${ORUK_MAX_PER_PAGE} (default 50).`],
  [
    "taxonomy_term_id",
    "Services in this category or any category under it (each category's id is in /api/oruk/taxonomy_terms).",
  ],
  ["taxonomy_id", "Services in this taxonomy (there is one: the council's categories)."],
  ["minimum_age, maximum_age", "Services whose own minimum age is at least, or maximum age at most, this age."],
  ["day", "Services with a session from today on, on this day: MO, TU, WE, TH, FR, SA or SU."],
  ["start_time, end_time", "…whose session starts at or after / ends at or before this time (HH:MM)."],
  ["postcode", "service_at_locations only: the locations in that postcode's district, nearest first."],
  ["proximity", "With postcode: the locations within this many metres of its centre instead."],
  ["modified_after", "Only services approved or changed on or after this date or date-time (incremental copies)."],
];

/** For developers at family hubs, schools and app makers: how to reuse the directory. */
export default async function OpenDataPage({ params }: Props) {
  const { t } = await getI18n(params);
  const origin = siteOrigin();
  const webcal = origin.replace(/^https?:/, "webcal:");
  const { districts, categories } = await api().search.options();
  const example = categories.find((c) => c.slug === "sport") ?? categories[0];
  const exampleTerm = example ? orukId("taxonomy_term", example.slug) : "…";
  return (
    <article className="open-data">
      <h1>{t("openData.title")}</h1>
      <p className="lead">{t("openData.intro")}</p>
      <p className="muted">{t("openData.englishOnly")}</p>

      <div lang="en-GB" dir="ltr">
        <h2 id="api">Open Referral UK API</h2>
        <p>
          Every live listing, in the <a href="https://openreferraluk.org/">Open Referral UK</a> standard (version 3.0):
          read-only JSON, no sign-in, no key, open to calls from any website (CORS). Only what the portal shows is
          published: nothing waiting for review, nothing hidden, no one's personal details.
        </p>
        <p>
          Try it: <a href="/api/oruk/services?per_page=5">{`${origin}/api/oruk/services?per_page=5`}</a>
        </p>
        <p>
          The{" "}
          <a href="/api/oruk/openapi.json" type="application/json">
            OpenAPI document
          </a>{" "}
          describes every endpoint and field.
        </p>
        <table>
          <caption className="visually-hidden">Endpoints</caption>
          <thead>
            <tr>
              <th scope="col">Address</th>
              <th scope="col">What it returns</th>
            </tr>
          </thead>
          <tbody>
            {ENDPOINTS.map(([path, what]) => (
              <tr key={path}>
                <td>
                  <code>{path}</code>
                </td>
                <td>{what}</td>
              </tr>
            ))}
          </tbody>
        </table>

        <h3>Query parameters</h3>
        <table>
          <caption className="visually-hidden">Query parameters</caption>
          <thead>
            <tr>
              <th scope="col">Parameter</th>
              <th scope="col">Meaning</th>
            </tr>
          </thead>
          <tbody>
            {PARAMETERS.map(([name, meaning]) => (
              <tr key={name}>
                <td>
                  <code>{name}</code>
                </td>
                <td>{meaning}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>For example, {example?.name ?? "a category"} for young people of 12 and over:</p>
        <pre>
          <code>{`curl '${origin}/api/oruk/services?taxonomy_term_id=${exampleTerm}&minimum_age=12'`}</code>
        </pre>

        <h3>Good to know</h3>
        <ul>
          <li>
            Every <code>id</code> is a UUID that stays the same when a listing is edited, so you can keep a copy and
            update it with <code>modified_after</code>.
          </li>
          <li>
            Lists come in pages (<code>total_items</code>, <code>total_pages</code>, <code>page_number</code>,{" "}
            <code>first_page</code>, <code>last_page</code>, <code>contents</code>); walking the pages gives every
            listing once.
          </li>
          <li>
            Answers carry an <code>ETag</code>: send it back in <code>If-None-Match</code> and an unchanged answer is an
            empty <code>304</code>. Caches may keep answers for 5 minutes.
          </li>
          <li>
            A parameter we cannot read is a <code>400</code> with JSON naming it, e.g.{" "}
            <code>{`{"error":"bad_parameter","parameter":"per_page",…}`}</code>. Each client may make 240 requests a
            minute.
          </li>
        </ul>

        <h2 id="calendars">Calendars to subscribe to</h2>
        <p>
          Everything on in the next 8 weeks, as a calendar that updates itself (times in UK time, across the clock
          changes; cancelled dates left out). Open a link on a phone or in a calendar app to subscribe, or copy it.
          Young people can subscribe to their own saved list from the Saved page: the calendar is made from the listings
          named in its address, and nothing about them is stored.
        </p>
        <h3>By district</h3>
        <ul className="feed-links">
          {districts.map((district) => (
            <li key={district.slug}>
              <a href={`${webcal}/feeds/districts/${district.slug}.ics`}>{district.name} calendar</a> ·{" "}
              <a href={`/feeds/districts/${district.slug}.atom`} type="application/atom+xml">
                news feed
              </a>
            </li>
          ))}
        </ul>
        <h3>By category</h3>
        <ul className="feed-links">
          {categories.map((category) => (
            <li key={category.slug}>
              <a href={`${webcal}/feeds/categories/${category.slug}.ics`}>{category.name} calendar</a> ·{" "}
              <a href={`/feeds/categories/${category.slug}.atom`} type="application/atom+xml">
                news feed
              </a>
            </li>
          ))}
        </ul>

        <h2 id="feeds">News feeds</h2>
        <p>
          Each district and category also has an Atom feed of listings that went live or changed, newest first (the
          links above), for a feed reader, a newsletter tool or a school's website.
        </p>

        <h2 id="licence">Attribution</h2>
        <p>
          The API follows the Open Referral UK profile. Its schemas and OpenAPI document are from the Human Services
          Data Specification: an Open Referral resource (<a href="https://openreferral.org/">openreferral.org</a>),
          licensed under{" "}
          <a href="https://creativecommons.org/licenses/by-sa/4.0/">
            Creative Commons Attribution-ShareAlike 4.0 (CC BY-SA 4.0)
          </a>
          .
        </p>
      </div>
    </article>
  );
}
