import { todayInCity } from "@free-city/db";
import { contextPageSource } from "@free-city/schemas";
import { dateWords } from "@free-city/words";
import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { ENGLISH } from "~/components/text/marked";
import { LOCALE_INFO } from "~/i18n/config";
import { getI18n } from "~/i18n/server";
import { renderMarkdown } from "~/lib/markdown";
import { publicData } from "~/server/public-data";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; slug: string }> };

async function loadPage(slug: string) {
  try {
    return await publicData.contextPage(slug);
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await loadPage((await params).slug);
  const { city } = await getI18n(params);
  return { title: city.text(page.title).text, description: city.text(page.summary).text };
}

export default async function ContextPage({ params }: Props) {
  const page = await loadPage((await params).slug);
  const { t, locale, city } = await getI18n(params);
  const sources = z.array(contextPageSource).catch([]).parse(page.sources);
  // The translation, when it follows the English page as it is now; otherwise the English page,
  // marked as English, with a note in the reader's language saying why.
  const text = locale === "en" ? null : city.page(page.slug, page.template, page.placeholders);
  const translated = text?.kind === "translated" ? text : null;
  const englishAttrs = text && !translated ? ENGLISH : {};
  return (
    <article>
      {text?.kind === "english" ? (
        <p className="translation-note">
          {t(text.reason === "missing" ? "context.notTranslated" : "context.outOfDate")}
        </p>
      ) : null}
      <h1 {...englishAttrs}>{translated ? city.text(page.title).text : page.title}</h1>
      {/* Seeded Markdown rendered with raw HTML disabled (see lib/markdown). */}
      <div
        className="prose"
        {...englishAttrs}
        // biome-ignore lint/security/noDangerouslySetInnerHtml: seeded Markdown rendered with raw HTML off
        dangerouslySetInnerHTML={{ __html: renderMarkdown(translated ? translated.body : page.body) }}
      />
      {translated ? (
        <p className="translation-note">
          {t("context.follows", { date: dateWords(translated.follows, todayInCity(), locale) })}
        </p>
      ) : null}
      {sources.length > 0 ? (
        <aside className="sources" aria-labelledby="sources-title">
          <h2 id="sources-title">{t("about.sources")}</h2>
          <ul>
            {sources.map((source) => (
              <li key={`${source.publication}-${source.date}`}>
                {/* Sources are named as they were published, in English. */}
                <span {...(locale === "en" ? {} : ENGLISH)}>
                  {source.publication}, “{source.title}”
                </span>
                , {formatSourceDate(source.date, LOCALE_INFO[locale].intl, source.datePrecision)}
                {source.url ? (
                  <>
                    {" "}
                    (<a href={source.url}>{t("about.sourceLink")}</a>)
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </aside>
      ) : null}
    </article>
  );
}

function formatSourceDate(iso: string, lang: string, precision?: "day" | "month" | "year"): string {
  const date = new Date(`${iso}T00:00:00Z`);
  const options: Intl.DateTimeFormatOptions =
    precision === "year"
      ? { year: "numeric" }
      : precision === "month"
        ? { month: "long", year: "numeric" }
        : { day: "numeric", month: "long", year: "numeric" };
  return date.toLocaleDateString(lang, { ...options, timeZone: "UTC" });
}
