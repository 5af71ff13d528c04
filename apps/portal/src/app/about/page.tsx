import type { Metadata } from "next";
import { ContextPageList } from "~/components/context-page-list";
import { api } from "~/server/api";

export const metadata: Metadata = { title: "About Free City" };
export const dynamic = "force-dynamic";

export default async function AboutPage() {
  const pages = await api().contextPage.list();
  return (
    <>
      <h1>About Free City</h1>
      <p className="muted">Why Free City exists, how it works, and how we look after you.</p>
      <ContextPageList pages={pages} />
    </>
  );
}
