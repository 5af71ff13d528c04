import Link from "next/link";
import { CategoryIcon } from "~/components/category-icon";
import { ContextPageList } from "~/components/context-page-list";
import { NearMeButton } from "~/components/search/near-me-button";
import { City, SLOT, withSlot } from "~/components/text/marked";
import { getI18n } from "~/i18n/server";
import { publicData } from "~/server/public-data";

// Rendered per request (each response has its own CSP nonce); the data comes from the content
// cache (~/server/public-data), which follows every approval within a second or two.
export const dynamic = "force-dynamic";

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { t, href, formatNumber, city: cityWords } = await getI18n(params);
  const [city, districts, options, pages] = await Promise.all([
    publicData.city(),
    publicData.districtsWithCounts(),
    publicData.searchOptions(),
    publicData.contextPages(),
  ]);
  const cityName = city.name ?? t("home.yourCity");
  return (
    <>
      <section className="hero" aria-labelledby="hero-title">
        <h1 id="hero-title">
          {city.name
            ? withSlot(t("home.title", { city: SLOT }), <City value={cityWords.text(city.name)} />)
            : t("home.title", { city: cityName })}
        </h1>
        <p>{t("home.intro")}</p>
        <form className="search-box" action={href("/search")} method="get" role="search">
          <label htmlFor="home-q">{t("search.keywordLabel")}</label>
          <div className="search-box__row">
            <input id="home-q" name="q" type="search" autoComplete="off" enterKeyHint="search" />
            <button type="submit" className="button">
              {t("search.searchButton")}
            </button>
          </div>
        </form>
        <ul className="shortcuts" aria-label={t("home.shortcutsLabel")}>
          <li>
            <Link className="pill" href={href("/search?when=today")}>
              {t("search.whenToday")}
            </Link>
          </li>
          <li>
            <Link className="pill" href={href("/search?when=weekend")}>
              {t("search.whenWeekend")}
            </Link>
          </li>
          <li>
            <Link className="pill" href={href("/search?when=holidays")}>
              {t("search.whenHolidays")}
            </Link>
          </li>
          <li>
            <Link className="pill" href={href("/search?afterSchool=true")}>
              {t("search.afterSchool")}
            </Link>
          </li>
        </ul>
        <NearMeButton
          searchPath={href("/search")}
          labels={{ button: t("nearMe.button"), finding: t("nearMe.finding"), failed: t("nearMe.failed") }}
        />
        <p className="hero__count">
          {t.rich("home.count", {
            count: city.liveOffers,
            n: formatNumber(city.liveOffers),
            strong: (chunks) => <strong>{chunks}</strong>,
          })}{" "}
          <Link href={href("/about/the-entitlement-offer")}>{t("home.whatIs")}</Link>
        </p>
      </section>

      <section aria-labelledby="categories-title">
        <h2 id="categories-title">{t("home.categoriesTitle")}</h2>
        <ul className="categories">
          {options.categories.map((category) => (
            <li key={category.slug}>
              <Link className="category" href={href(`/search?category=${category.slug}`)}>
                <CategoryIcon name={category.icon} />
                <span>
                  <City value={cityWords.text(category.name)} />
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="districts-title">
        <h2 id="districts-title">
          {city.name
            ? withSlot(t("home.districtsTitle", { city: SLOT }), <City value={cityWords.text(city.name)} />)
            : t("home.districtsTitle", { city: cityName })}
        </h2>
        <ul className="districts">
          {districts.map((district) => (
            <li key={district.id} className="district">
              <h3>
                <Link href={href(`/districts/${district.slug}`)}>
                  <City value={cityWords.text(district.name)} />
                </Link>
              </h3>
              <span className="count">
                {t("common.thingsToDo", { count: district.liveOffers, n: formatNumber(district.liveOffers) })}
              </span>
              {district.summary ? (
                <p className="muted">
                  <City value={cityWords.text(district.summary)} />
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      </section>

      {pages.length > 0 ? (
        <section aria-labelledby="about-title">
          <h2 id="about-title">{t("home.aboutTitle")}</h2>
          <ContextPageList pages={pages} href={href} city={cityWords} />
        </section>
      ) : null}
    </>
  );
}
