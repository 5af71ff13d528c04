/**
 * Words about time with their pieces kept on one line: a time range ("10:00–12:00") or a date
 * ("21 December 2026") never breaks across lines, which on a phone would read as two things.
 */
const UNBREAKABLE =
  /(\d{2}:\d{2}–\d{2}:\d{2}|\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December)(?: \d{4})?)/;

export function WhenText({ text }: { text: string }) {
  return (
    <>
      {text.split(UNBREAKABLE).map((part, i) =>
        // split() with a capture group puts the matches at the odd indexes.
        i % 2 === 1 ? (
          <span key={i} className="nowrap">
            {part}
          </span>
        ) : (
          part
        ),
      )}
    </>
  );
}
