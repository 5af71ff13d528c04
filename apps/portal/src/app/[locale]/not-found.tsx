import Link from "next/link";
import { i18nFor, requestLocale } from "~/i18n/server";

/** "We can't find that page", with ways on. Rendered inside the layout of the address's language. */
export default async function NotFound() {
  const { t, href } = i18nFor(await requestLocale());
  return (
    <>
      <h1>{t("errors.notFoundTitle")}</h1>
      <p className="lead">{t("errors.notFoundBody")}</p>
      <ul>
        <li>
          <Link href={href("/search")}>{t("errors.search")}</Link>
        </li>
        <li>
          <Link href={href("/")}>{t("errors.home")}</Link>
        </li>
      </ul>
    </>
  );
}
