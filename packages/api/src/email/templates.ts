/**
 * Email bodies: plain text first (read by every client and screen reader), and simple HTML
 * with the same words. Anything interpolated into HTML is escaped.
 */
export function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c,
  );
}

export function layout(title: string, paragraphs: string[], action?: { label: string; url: string }): string {
  const body = paragraphs.map((p) => `<p style="margin:0 0 16px">${escapeHtml(p)}</p>`).join("");
  const button = action
    ? `<p style="margin:0 0 16px"><a href="${escapeHtml(action.url)}" style="display:inline-block;background:#1d4ed8;color:#fff;padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:bold">${escapeHtml(action.label)}</a></p>`
    : "";
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body style="font-family:system-ui,sans-serif;font-size:16px;line-height:1.5;color:#111;max-width:560px;margin:0 auto;padding:24px"><h1 style="font-size:22px">${escapeHtml(title)}</h1>${body}${button}<p style="color:#555;font-size:14px">Free City</p></body></html>`;
}

export function signInEmail(input: { url: string; host: string }) {
  const subject = "Your Free City sign-in link";
  const text = [
    "Hello,",
    "",
    "Use this link to sign in to the Free City partner site:",
    input.url,
    "",
    "The link works once and expires in an hour.",
    `If you did not ask to sign in to ${input.host}, you can ignore this email.`,
  ].join("\n");
  const html = layout(
    subject,
    [
      "Hello,",
      "Use the button below to sign in to the Free City partner site. The link works once and expires in an hour.",
    ],
    { label: "Sign in to Free City", url: input.url },
  ).replace(
    "</body>",
    `<p style="font-size:14px">Or copy this address into your browser: ${escapeHtml(input.url)}</p><p style="font-size:14px">If you did not ask to sign in to ${escapeHtml(input.host)}, you can ignore this email.</p></body>`,
  );
  return { subject, text, html };
}
