import type { Metadata } from "next";
import Link from "next/link";
import { ENGLISH } from "~/components/text/marked";
import { VoiceMessage } from "~/components/voice-message";
import { getI18n } from "~/i18n/server";
import { api } from "~/server/api";
import type { CityText } from "~/server/city-words";
import { sendSuggestion } from "./actions";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await getI18n(params);
  return { title: t("suggest.title") };
}

export default async function SuggestPage({ params, searchParams }: Props) {
  const i18n = await getI18n(params);
  const { t, href, locale, city } = i18n;
  const query = await searchParams;
  const sent = query.sent;
  const outcome = typeof sent === "string" ? sent : undefined;
  const missing = outcome === "missing";
  const options = await api().search.options();
  // "Suggest something for Ladywood" on a district page links here with the district chosen.
  const chosenDistrict = options.districts.find((d) => d.slug === query.district)?.slug ?? "";
  return (
    <>
      <h1 id="suggest" tabIndex={-1}>
        {t("suggest.title")}
      </h1>
      <p className="lead">{t("suggest.intro")}</p>
      <VoiceMessage outcome={outcome} i18n={i18n} />
      {outcome === "sent" || outcome === "sent-removed" ? (
        <p>
          <Link href={href("/you-said-we-did")}>{t("suggest.seeYouSaid")}</Link>
        </p>
      ) : (
        <form action={sendSuggestion} className="voice__form">
          <input type="hidden" name="locale" value={locale} />
          <label htmlFor="what">{t("suggest.whatLabel")}</label>
          <p className="hint" id="what-hint">
            {t("voice.noPersonalDetails")}
          </p>
          {missing ? (
            <p className="field-error" id="what-error">
              <span className="visually-hidden">{t("voice.errorPrefix")} </span>
              {t("suggest.whatMissing")}
            </p>
          ) : null}
          <textarea
            id="what"
            name="what"
            rows={4}
            maxLength={500}
            required
            aria-describedby={missing ? "what-hint what-error" : "what-hint"}
            aria-invalid={missing || undefined}
          />
          <label htmlFor="where">{t("suggest.whereLabel")}</label>
          <input id="where" name="where" maxLength={200} autoComplete="off" />
          <label htmlFor="district">{t("suggest.districtLabel")}</label>
          <select id="district" name="district" defaultValue={chosenDistrict}>
            <option value="">{t("suggest.notSure")}</option>
            {options.districts.map((district) => (
              <CityOption key={district.slug} value={district.slug} text={city.text(district.name)} />
            ))}
          </select>
          <label htmlFor="category">{t("suggest.categoryLabel")}</label>
          <select id="category" name="category" defaultValue="">
            <option value="">{t("suggest.notSure")}</option>
            {options.categories.map((category) => (
              <CityOption key={category.slug} value={category.slug} text={city.text(category.name)} />
            ))}
          </select>
          <p>
            <button type="submit" className="button">
              {t("suggest.send")}
            </button>
          </p>
        </form>
      )}
    </>
  );
}

/** An option in the city's words; an English fallback says it is English. */
function CityOption({ value, text }: { value: string; text: CityText }) {
  return (
    <option value={value} {...(text.english ? ENGLISH : {})}>
      {text.text}
    </option>
  );
}
