import { REPORT_REASONS } from "@free-city/schemas";
import type { Metadata } from "next";
import Link from "next/link";
import { ChoiceQuestion } from "~/components/choice-question";
import { orNotFound } from "~/components/listing/or-not-found";
import { VoiceMessage } from "~/components/voice-message";
import { getI18n } from "~/i18n/server";
import { api } from "~/server/api";
import { sendReport } from "../actions";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await getI18n(params);
  return { title: t("report.title"), robots: { index: false } };
}

/** "Report a problem" with a listing: goes to council staff; anonymous. */
export default async function ReportPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const [offer, contacts] = await Promise.all([orNotFound(api().listing.offer({ slug })), api().city.contacts()]);
  // The lines young people see when they need help now: the city's own, else the national ones.
  const help = {
    emergency: contacts?.youngPeople.emergency ?? "999",
    helpline: contacts?.youngPeople.helpline ?? "Childline",
    phone: contacts?.youngPeople.phone ?? "0800 1111",
  };
  const i18n = await getI18n(params);
  const { t, href, locale } = i18n;
  const outcome = (await searchParams).report;
  const result = typeof outcome === "string" ? outcome : undefined;
  return (
    <>
      <p>
        <Link href={href(`/offers/${offer.slug}`)}>← {offer.title}</Link>
      </p>
      <h1 id="report" tabIndex={-1}>
        {t("report.title")}
      </h1>
      <p className="lead">{t("report.intro", { title: offer.title })}</p>
      <VoiceMessage outcome={result} i18n={i18n} />
      {result === "sent" || result === "sent-removed" ? null : (
        <form action={sendReport} className="voice__form">
          <input type="hidden" name="offerSlug" value={offer.slug} />
          <input type="hidden" name="locale" value={locale} />
          <ChoiceQuestion
            name="reason"
            legend={t("report.reasonLegend")}
            options={REPORT_REASONS.map((reason) => ({ value: reason, label: t(`report.reason.${reason}`) }))}
            error={result === "missing" ? t("report.reasonMissing") : undefined}
            i18n={i18n}
          />
          <label htmlFor="details">{t("report.detailsLabel")}</label>
          <p className="hint" id="details-hint">
            {t("voice.noPersonalDetails")} {t("report.safetyHint", help)}
          </p>
          <textarea id="details" name="details" rows={5} maxLength={1000} aria-describedby="details-hint" />
          <p>
            <button type="submit" className="button">
              {t("report.send")}
            </button>
          </p>
        </form>
      )}
    </>
  );
}
