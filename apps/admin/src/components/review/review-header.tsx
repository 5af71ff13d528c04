import type { ReactNode } from "react";
import { BackLink } from "~/components/back-link";

/**
 * The top of every review page: the way back to the queue, a caption saying what is reviewed and
 * whose it is, and its title. `children` (a banner, say) go between the link and the caption.
 */
export function ReviewHeader({
  caption,
  title,
  children,
}: {
  caption: ReactNode;
  title: string;
  children?: ReactNode;
}) {
  return (
    <>
      <BackLink href="/review">Back to the queue</BackLink>
      {children}
      <span className="caption">{caption}</span>
      <h1>{title}</h1>
    </>
  );
}
