import type { I18n } from "~/i18n/server";

/**
 * What happened to something a young person sent (feedback, a suggestion, a report), said in
 * words. A status for good news; an alert when it needs them to do something.
 */
export function VoiceMessage({ outcome, i18n: { t } }: { outcome: string | undefined; i18n: I18n }) {
  if (outcome === "sent")
    return (
      <p role="status" className="notice notice--ok">
        {t("voice.sent")}
      </p>
    );
  if (outcome === "sent-removed")
    return (
      <p role="status" className="notice notice--ok">
        {t("voice.sent")} {t("voice.sentRemoved")}
      </p>
    );
  if (outcome === "too-many")
    return (
      <p role="alert" className="notice notice--error">
        {t("voice.tooMany")}
      </p>
    );
  if (outcome === "invalid")
    return (
      <p role="alert" className="notice notice--error">
        {t("voice.invalid")}
      </p>
    );
  if (outcome === "missing")
    return (
      <p role="alert" className="notice notice--error">
        {t("voice.fixBelow")}
      </p>
    );
  return null;
}
