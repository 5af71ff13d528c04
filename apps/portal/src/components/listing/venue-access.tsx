import type { AccessFeature } from "@free-city/db";
import { ACCESS_FEATURE_WORDS } from "./words";

/** A venue's access features as a checklist in words (nothing when it lists none). */
export function AccessFeatureList({ features }: { features: AccessFeature[] }) {
  if (features.length === 0) return null;
  return (
    <ul className="checklist">
      {features.map((feature) => (
        <li key={feature}>{ACCESS_FEATURE_WORDS[feature]}</li>
      ))}
    </ul>
  );
}
