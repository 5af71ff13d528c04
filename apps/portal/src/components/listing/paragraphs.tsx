/**
 * Partner free text as paragraphs: split on blank lines, single line breaks kept (by CSS).
 * Rendered as text, so any markup in it shows as harmless characters, never as HTML.
 */
export function Paragraphs({ text, className }: { text: string; className?: string }) {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return (
    <>
      {paragraphs.map((paragraph, i) => (
        <p key={i} className={className ? `partner-text ${className}` : "partner-text"}>
          {paragraph}
        </p>
      ))}
    </>
  );
}
