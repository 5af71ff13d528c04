import type { Metadata } from "next";
import { SavedList } from "~/components/saved-list";
import { getI18n } from "~/i18n/server";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await getI18n(params);
  return { title: t("saved.title") };
}

/** The same for everyone (the list is read on the device), so it can be kept for offline use. */
export default async function SavedPage({ params }: Props) {
  const { t, href, partner } = await getI18n(params);
  return (
    <>
      <h1>{t("saved.title")}</h1>
      <p className="muted">{t("saved.intro")}</p>
      <SavedList
        labels={{
          empty: t("saved.empty"),
          remove: t("saved.remove"),
          print: t("saved.print"),
          needsJs: t("saved.needsJs"),
          subscribe: t("saved.subscribe"),
          share: t("saved.share"),
        }}
        partner={partner}
        sharedPath={href("/saved/shared")}
      />
    </>
  );
}
