import MarkdownIt from "markdown-it";
import { readPortalEnv } from "../env";

/**
 * Markdown for context pages. Raw HTML is off, so page text can never inject markup; links to
 * the partner site are pointed at this deployment's admin URL.
 */
const md = new MarkdownIt({ html: false, linkify: false, typographer: true });

export function renderMarkdown(source: string): string {
  const { adminUrl } = readPortalEnv();
  return md.render(source.replaceAll("http://localhost:3001", adminUrl));
}
