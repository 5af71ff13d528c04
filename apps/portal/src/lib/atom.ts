/**
 * An Atom feed (RFC 4287) of offers that went live or changed: what a feed reader, a family
 * hub's newsletter tool or a school's website picks up. Text only; every value is escaped.
 */
export type AtomEntry = { id: string; title: string; summary: string; url: string; updated: Date; author: string };

export function atomFeed(feed: {
  id: string;
  title: string;
  selfUrl: string;
  pageUrl: string;
  entries: AtomEntry[];
  /** When nothing is in it: the feed still needs an updated time. */
  emptyUpdated: Date;
}): string {
  const updated =
    feed.entries.length > 0
      ? new Date(Math.max(...feed.entries.map((entry) => entry.updated.getTime())))
      : feed.emptyUpdated;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">',
    `  <id>${xml(feed.id)}</id>`,
    `  <title>${xml(feed.title)}</title>`,
    `  <updated>${updated.toISOString()}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${xml(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xml(feed.pageUrl)}"/>`,
    "  <generator>Free City</generator>",
    ...feed.entries.flatMap((entry) => [
      "  <entry>",
      `    <id>${xml(entry.id)}</id>`,
      `    <title>${xml(entry.title)}</title>`,
      `    <updated>${entry.updated.toISOString()}</updated>`,
      `    <author><name>${xml(entry.author)}</name></author>`,
      `    <link rel="alternate" type="text/html" href="${xml(entry.url)}"/>`,
      `    <summary type="text">${xml(entry.summary)}</summary>`,
      "  </entry>",
    ]),
    "</feed>",
  ];
  return `${lines.join("\n")}\n`;
}

function xml(text: string): string {
  return (
    text
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      // Characters XML 1.0 cannot carry at all.
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point.
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "")
  );
}
