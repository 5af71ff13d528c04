import type { Metadata } from "next";
import { ContextPageList } from "~/components/context-page-list";
import { getI18n } from "~/i18n/server";
import { publicData } from "~/server/public-data";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await getI18n(params);
  return { title: t("about.title") };
}

type Props = { params: Promise<{ locale: string }> };
export const dynamic = "force-dynamic";

export default async function AboutPage({ params }: Props) {
  const { t, href, city } = await getI18n(params);
  const pages = await publicData.contextPages();
  return (
    <>
      <h1>{t("about.title")}</h1>
      <p className="muted">{t("about.intro")}</p>
      <ContextPageList pages={pages} href={href} city={city} />
    </>
  );
}
