import type { Metadata, Viewport } from "next";
import Link from "next/link";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Free City – free things to do", template: "%s – Free City" },
  description: "Free things to do for children and young people: sport, art, music, museums, clubs and more. No sign-up, no tracking.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#4c1d95" };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en-GB">
      <body>
        <a className="skip-link" href="#main">
          Skip to main content
        </a>
        <header className="site-header">
          <div className="wrap">
            <Link className="logo" href="/">
              <span className="logo__mark" aria-hidden="true">★</span>
              Free City
            </Link>
            <nav aria-label="Main">
              <ul className="nav">
                <li><Link href="/">Home</Link></li>
                <li><Link href="/about">About</Link></li>
              </ul>
            </nav>
          </div>
        </header>
        <main id="main" className="wrap">
          {children}
        </main>
        <footer className="site-footer">
          <div className="wrap">
            <ul>
              <li><Link href="/about/privacy">Privacy</Link></li>
              <li><Link href="/about/accessibility">Accessibility</Link></li>
              <li><Link href="/about/for-partners">For businesses and clubs</Link></li>
            </ul>
            <p>Free City has no adverts and no tracking. We never ask for your name.</p>
          </div>
        </footer>
      </body>
    </html>
  );
}
