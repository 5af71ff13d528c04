import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { atomFeed } from "./atom";

describe("Atom feed", () => {
  const feed = () =>
    atomFeed({
      id: "http://portal.test/feeds/districts/ladywood.atom",
      title: "Free City: Ladywood (new and changed)",
      selfUrl: "http://portal.test/feeds/districts/ladywood.atom",
      pageUrl: "http://portal.test/districts/ladywood",
      emptyUpdated: new Date("2026-11-24T00:00:00Z"),
      entries: [
        {
          id: "urn:uuid:2f1c2a4e-8b3d-5f5a-9c7e-1d2b3a4c5e6f",
          title: "Rhymes & <stories>",
          summary: 'Songs, "rhymes" and stories\u0007 for under-5s.',
          url: "http://portal.test/offers/rhymes?x=1&y=2",
          updated: new Date("2026-11-20T10:00:00Z"),
          author: "Library of Birmingham",
        },
        {
          id: "urn:uuid:3f1c2a4e-8b3d-5f5a-9c7e-1d2b3a4c5e6f",
          title: "Chess",
          summary: "Learn chess.",
          url: "http://portal.test/offers/chess",
          updated: new Date("2026-11-22T10:00:00Z"),
          author: "Chess club",
        },
      ],
    });

  it("is well-formed XML that parses back to the Atom elements, with text escaped", () => {
    const xml = feed();
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" }).parse(xml);
    expect(parsed.feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(parsed.feed.updated).toBe("2026-11-22T10:00:00.000Z");
    expect(parsed.feed.link.map((l: { "@rel": string }) => l["@rel"])).toEqual(["self", "alternate"]);
    const [first] = parsed.feed.entry;
    // Escaped in the file, the original text once parsed.
    expect(xml).toContain("<title>Rhymes &amp; &lt;stories&gt;</title>");
    expect(first.title).toBe("Rhymes & <stories>");
    expect(first.link["@href"]).toBe("http://portal.test/offers/rhymes?x=1&y=2");
    expect(first.summary["#text"]).not.toContain("\u0007");
    expect(first.author.name).toBe("Library of Birmingham");
  });

  it("has an updated time when it is empty", () => {
    const xml = atomFeed({
      id: "x:1",
      title: "Empty",
      selfUrl: "http://portal.test/a.atom",
      pageUrl: "http://portal.test/",
      emptyUpdated: new Date("2026-11-24T00:00:00Z"),
      entries: [],
    });
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(new XMLParser().parse(xml).feed.updated).toBe("2026-11-24T00:00:00.000Z");
  });
});
