/**
 * Partner free text as paragraphs, in the partner's language (`lang`, `dir`): split on blank lines, single line breaks kept (by CSS).
 * Rendered as text, so any markup in it shows as harmless characters, never as HTML.
 */
export function Paragraphs({
  text,
  className,
  lang,
  dir,
}: {
  text: string;
  className?: string;
  /** The partner's language, when it is not the page's (see partnerAttrs). */
  lang?: string;
  dir?: "ltr" | "rtl";
}) {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return (
    <>
      {paragraphs.map((paragraph, i) => (
        <p key={i} className={className ? `partner-text ${className}` : "partner-text"} lang={lang} dir={dir}>
          {paragraph}
        </p>
      ))}
    </>
  );
}
