import type { Metadata } from "next";
import Link from "next/link";
import { SignOutButton } from "~/components/sign-out-button";
import { StaffNav } from "~/components/staff/staff-nav";
import { getSessionUser } from "~/server/auth";
import { api } from "~/trpc/server";
import "./globals.css";

// Every admin page depends on who is signed in: render per request, never at build time.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: { default: "Free City partners", template: "%s – Free City partners" },
  description: "Put free activities for young people on Free City, and keep them up to date.",
  robots: { index: false },
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [user, contacts] = await Promise.all([getSessionUser(), (await api()).city.contacts()]);
  const team = contacts?.partnerTeam;
  return (
    <html lang="en-GB">
      <body>
        <a className="skip-link" href="#main">
          Skip to main content
        </a>
        <header className="header">
          <div className="header__inner">
            <Link href="/">Free City partners</Link>
            {user ? (
              <div className="header__user">
                <span>{user.email}</span>
                <SignOutButton />
              </div>
            ) : null}
          </div>
        </header>
        <main id="main" className="main">
          {user?.staffRole ? <StaffNav admin={user.staffRole === "ADMIN"} /> : null}
          {children}
        </main>
        <footer className="footer">
          <div className="footer__inner">
            {team ? (
              // Partners' regular point of contact at the council, on every page (the commission found they had none).
              <section className="council-contact" aria-labelledby="council-contact-title">
                <h2 id="council-contact-title">Your council contact</h2>
                <p>
                  {team.name}: <a href={`mailto:${team.email}`}>{team.email}</a>,{" "}
                  <a href={`tel:${team.phone.replace(/[^\d+]/g, "")}`}>{team.phone}</a> ({team.hours}).
                </p>
                {contacts ? (
                  <p>
                    Worried about a child? Call the {contacts.safeguarding.name} on {contacts.safeguarding.phone} (
                    {contacts.safeguarding.hours}). In an emergency, call {contacts.youngPeople.emergency}.
                  </p>
                ) : null}
              </section>
            ) : null}
            <p>Free City: free things to do for children and young people. Run with the city council.</p>
          </div>
        </footer>
      </body>
    </html>
  );
}
