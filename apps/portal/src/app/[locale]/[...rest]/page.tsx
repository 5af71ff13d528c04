import { notFound } from "next/navigation";

/** Any address no page answers: the friendly "not found" page, in the address's language. */
export default function UnknownPage() {
  notFound();
}
