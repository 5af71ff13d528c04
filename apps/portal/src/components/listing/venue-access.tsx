import type { AccessFeature } from "@free-city/db";
import type { I18n } from "~/i18n/server";

/** A venue's access features as a checklist in words (nothing when it lists none). */
export function AccessFeatureList({ features, t }: { features: AccessFeature[]; t: I18n["t"] }) {
  if (features.length === 0) return null;
  return (
    <ul className="checklist">
      {features.map((feature) => (
        <li key={feature}>{t(`words.access.${feature}`)}</li>
      ))}
    </ul>
  );
}
