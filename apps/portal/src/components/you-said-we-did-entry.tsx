import { ENGLISH } from "~/components/text/marked";
import { LOCALE_INFO } from "~/i18n/config";
import type { I18n } from "~/i18n/server";
import { formatCityDate } from "~/lib/city-date";

/**
 * One "You said, we did": what young people said, what the council did, and when it was published.
 * Their words and the council's answer are written in English for now, so they are marked so.
 */
export function YouSaidWeDidEntry({
  entry,
  i18n: { t, locale },
}: {
  entry: { youSaid: string; weDid: string; publishedAt: Date };
  i18n: I18n;
}) {
  const english = locale === "en" ? {} : ENGLISH;
  return (
    <>
      <p>
        <strong>{t("youSaid.youSaid")}</strong> <span {...english}>{entry.youSaid}</span>
      </p>
      <p>
        <strong>{t("youSaid.weDid")}</strong> <span {...english}>{entry.weDid}</span>
      </p>
      <p className="muted">
        <time dateTime={entry.publishedAt.toISOString()}>
          {formatCityDate(entry.publishedAt, LOCALE_INFO[locale].intl)}
        </time>
      </p>
    </>
  );
}
