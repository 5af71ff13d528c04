import { rejectPhotoAction, takeDownPhotoAction } from "~/app/review/photo-actions";
import { reviewPath } from "~/server/pages";
import { api } from "~/trpc/server";

const CHANGE = { added: "New", moved: "Moved", kept: "No change" } as const;
const PEOPLE = {
  NONE: "Nobody can be recognised",
  CONSENTED: "People can be recognised: the partner says everyone agreed (and a parent or carer for under-18s)",
} as const;

/** The change under review: an offer's revision, or a venue (new, or a change to an approved one). */
export type ReviewedListing = { revisionId: string } | { venueId: string };

/**
 * A change's photos beside the live ones, with alt text and the consent answer: turn one down
 * with a reason (the rest can still be approved), or take a live one off the portal now. The
 * same for an offer's revision and a venue.
 */
export async function ReviewPhotos({
  listing,
  flash,
  error,
}: {
  listing: ReviewedListing;
  flash?: string;
  error?: string;
}) {
  const review = await (await api()).photo.reviewPhotos(listing);
  if (review.photos.length === 0 && review.removed.length === 0) return null;
  const back = reviewPath(listing);
  return (
    <section aria-labelledby="photos-title">
      <h2 id="photos-title">Photos</h2>
      {flash ? (
        <div className="banner banner--success" role="status">
          <p>{flash === "rejected" ? "Photo turned down." : "Photo taken down. The owners will get an email."}</p>
        </div>
      ) : null}
      {error ? (
        <div className="error-summary" role="alert" aria-labelledby="photo-error-title">
          <h3 id="photo-error-title">There is a problem</h3>
          <p>{error.slice(0, 300)}</p>
        </div>
      ) : null}
      <ol className="photo-list">
        {review.photos.map((p, index) => (
          <li key={p.photo.id} className="photo-list__item">
            {/* biome-ignore lint/performance/noImgElement: our own re-encoded 320 px file, served by the admin to staff */}
            <img
              src={`/photos/${p.photo.hash}/320.jpg`}
              alt={p.altText}
              width={320}
              height={Math.round((320 * p.photo.height) / p.photo.width)}
              className="photo-list__image"
              style={{ backgroundColor: p.photo.colour }}
            />
            <div>
              <p>
                <strong>{index + 1}.</strong> <strong className="tag tag--DRAFT">{CHANGE[p.change]}</strong>{" "}
                {p.isCover ? <strong className="tag tag--LIVE">Cover</strong> : null}{" "}
                {p.rejectedReason ? <strong className="tag tag--REJECTED">Turned down</strong> : null}
                {p.photo.takenDownAt ? <strong className="tag tag--REJECTED">Taken down</strong> : null}
              </p>
              <p>
                <span className="muted">Alt text:</span> {p.altText}
              </p>
              {p.caption ? (
                <p>
                  <span className="muted">Caption:</span> {p.caption}
                </p>
              ) : null}
              <p>
                <span className="muted">Consent:</span> {PEOPLE[p.people]}
              </p>
              {p.rejectedReason ? <p className="reviewer-reason">{p.rejectedReason}</p> : null}
              {review.canReject && !p.rejectedReason && p.change === "added" ? (
                <form action={rejectPhotoAction.bind(null, listing, p.photo.id)} className="field">
                  <label className="label" htmlFor={`reject-${p.photo.id}`}>
                    Why turn down photo {index + 1}? (the partner sees this)
                  </label>
                  <textarea className="input textarea" id={`reject-${p.photo.id}`} name="reason" rows={2} required />
                  <button type="submit" className="button button--secondary">
                    Turn down photo {index + 1}
                  </button>
                </form>
              ) : null}
              {p.change !== "added" && !p.photo.takenDownAt ? (
                <form action={takeDownPhotoAction.bind(null, back, p.photo.id)} className="field">
                  <label className="label" htmlFor={`takedown-${p.photo.id}`}>
                    Take live photo {index + 1} off the portal now: why? (the partner is emailed this)
                  </label>
                  <textarea className="input textarea" id={`takedown-${p.photo.id}`} name="reason" rows={2} required />
                  <button type="submit" className="button button--secondary">
                    Take down photo {index + 1}
                  </button>
                </form>
              ) : null}
            </div>
          </li>
        ))}
      </ol>
      {review.removed.length > 0 ? (
        <>
          <h3>Live photos this change removes</h3>
          <ul>
            {review.removed.map((p) => (
              <li key={p.photo.id}>{p.altText}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
