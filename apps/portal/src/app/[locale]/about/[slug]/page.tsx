import { contextPageSource } from "@free-city/schemas";
import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { getI18n } from "~/i18n/server";
import { renderMarkdown } from "~/lib/markdown";
import { api } from "~/server/api";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; slug: string }> };

async function loadPage(slug: string) {
  try {
    return await api().contextPage.bySlug({ slug });
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await loadPage((await params).slug);
  return { title: page.title, description: page.summary };
}

export default async function ContextPage({ params }: Props) {
  const page = await loadPage((await params).slug);
  const { t, lang } = await getI18n(params);
  const sources = z.array(contextPageSource).catch([]).parse(page.sources);
  return (
    <article>
      <h1>{page.title}</h1>
      {/* Seeded Markdown rendered with raw HTML disabled (see lib/markdown). */}
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: seeded Markdown rendered with raw HTML off */}
      <div className="prose" dangerouslySetInnerHTML={{ __html: renderMarkdown(page.body) }} />
      {sources.length > 0 ? (
        <aside className="sources" aria-labelledby="sources-title">
          <h2 id="sources-title">{t("about.sources")}</h2>
          <ul>
            {sources.map((source) => (
              <li key={`${source.publication}-${source.date}`}>
                {source.publication}, “{source.title}”, {formatSourceDate(source.date, lang, source.datePrecision)}
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
