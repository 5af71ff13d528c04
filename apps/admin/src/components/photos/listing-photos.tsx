import { readAdminEnv } from "@free-city/api/auth";
import Link from "next/link";
import { BackLink } from "~/components/back-link";
import { ActionForm } from "~/components/form/action-form";
import { Choices, TextField } from "~/components/form/fields";
import { idleForm } from "~/server/form-state";
import { orNotFound } from "~/server/pages";
import { api } from "~/trpc/server";
import { arrangePhoto, editPhoto } from "./actions";
import { PhotoUploadForm } from "./upload-form";

export type PhotosSearchParams = { added?: string; done?: string; error?: string; edit?: string };

const DONE: Record<string, string> = {
  up: "Photo moved up.",
  down: "Photo moved down.",
  cover: "Cover photo chosen.",
  remove: "Photo removed.",
  edited: "Photo details saved.",
};

const ADDED = {
  offer: "Photo added. It shows on Free City once the council approves your change.",
  venue: "Photo added. It shows on Free City once the council has checked it.",
} as const;

const LEAD = {
  offer:
    "Up to 6 photos. The first one, or the one you choose as the cover, shows on search results. New photos show once the council has checked them; your live photos stay until then.",
  venue:
    "Up to 6 photos of the place: the way in, the rooms, what is there. The first one, or the one you choose as the cover, shows first. New photos show once the council has checked them; your live photos stay until then.",
} as const;

const PEOPLE_CHOICES = [
  { value: "NONE", label: "No, nobody can be recognised" },
  {
    value: "CONSENTED",
    label:
      "Yes, and everyone in it agreed. For anyone under 18, their parent or carer agreed too. No names or school badges show.",
  },
];

type Props = {
  orgId: string;
  /** The offer or the venue whose photos these are (exactly one). */
  listing: { offerId: string } | { venueId: string };
  /** Its name, above the heading. */
  title: string;
  /** This page's address, and where "back" goes. */
  path: string;
  back: { href: string; label: string };
  /** The member may change things (the listing itself may still say no: in review, archived). */
  canEdit: boolean;
  searchParams: PhotosSearchParams;
};

/**
 * The photos page of an offer or a venue, one page for both: add (with alt text and the consent
 * step), reorder, choose the cover, remove, change the description.
 */
export async function ListingPhotos({ orgId, listing, title, path, back, canEdit, searchParams }: Props) {
  const list = await orNotFound((await api()).photo.listingPhotos({ organisationId: orgId, ...listing }));
  const kind = list.kind;
  const { added, done, error, edit } = searchParams;
  const editable = canEdit && !list.inReview && !list.archived;
  const guidanceUrl = `${readAdminEnv().portalUrl}/about/photos-guidance`;
  const ref = (photoId: string) => ({ organisationId: orgId, ...listing, photoId });

  return (
    <>
      <BackLink href={back.href}>{back.label}</BackLink>
      {added ? (
        <div className="banner banner--success" role="status">
          <p>{ADDED[kind]}</p>
        </div>
      ) : null}
      {done && DONE[done] ? (
        <div className="banner banner--success" role="status">
          <p>{DONE[done]}</p>
        </div>
      ) : null}
      {error ? (
        <div className="error-summary" role="alert" aria-labelledby="photo-error-title">
          <h2 id="photo-error-title">There is a problem</h2>
          <p>{error.slice(0, 300)}</p>
        </div>
      ) : null}
      <span className="caption">{title}</span>
      <h1>Photos</h1>
      <p className="lead">{LEAD[kind]}</p>
      <p>
        Photos of children need care. Read <a href={guidanceUrl}>Photos: the council's guidance</a>: who must agree, and
        what must never show (names, school badges).
      </p>
      {list.inReview ? (
        <p className="inset">This offer is with the council. To change its photos, take it out of review first.</p>
      ) : null}
      {list.kind === "venue" && list.changeWaiting ? (
        <div className="banner" role="status">
          <p>
            Your changes to the photos are waiting for the council to check them. Young people see the photos as they
            were until then. The list below shows your changes.
          </p>
        </div>
      ) : null}

      {list.turnedDown.length > 0 ? (
        <div className="banner banner--warning" role="region" aria-labelledby="turned-down-title">
          <h2 id="turned-down-title" className="banner__title">
            Photos the council did not accept
          </h2>
          <ul>
            {list.turnedDown.map((p) => (
              <li key={p.photoId}>
                “{p.altText}”{p.takenDown ? " (taken down)" : ""}: <span className="reviewer-reason">{p.reason}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <h2>
        Your photos <span className="muted heading-note">({list.photos.length} of 6)</span>
      </h2>
      {list.photos.length === 0 ? <p>No photos yet.</p> : null}
      <ol className="photo-list">
        {list.photos.map((photo, index) => (
          <li key={photo.photoId} className="photo-list__item">
            {/* biome-ignore lint/performance/noImgElement: our own re-encoded 320 px file, served by the admin; next/image would re-encode it again */}
            <img
              src={`/photos/${photo.hash}/320.jpg`}
              alt={photo.altText}
              width={320}
              height={Math.round((320 * photo.height) / photo.width)}
              style={{ backgroundColor: photo.colour }}
              className="photo-list__image"
            />
            <div>
              <p>
                <strong>{index + 1}.</strong> {photo.isCover ? <strong className="tag tag--LIVE">Cover</strong> : null}{" "}
                {photo.rejectedReason ? <strong className="tag tag--REJECTED">Not accepted</strong> : null}
              </p>
              <p>
                <span className="muted">Alt text:</span> {photo.altText}
              </p>
              {photo.caption ? (
                <p>
                  <span className="muted">Caption:</span> {photo.caption}
                </p>
              ) : null}
              <p className="muted">
                {photo.people === "CONSENTED"
                  ? "People can be recognised; everyone agreed (and a parent or carer for under-18s)."
                  : "Nobody can be recognised."}
              </p>
              {editable ? (
                <>
                  <div className="button-row">
                    {index > 0 ? (
                      <ActionForm
                        action={arrangePhoto.bind(null, ref(photo.photoId), "up")}
                        initial={idleForm}
                        submitLabel={`Move up: photo ${index + 1}`}
                      >
                        {null}
                      </ActionForm>
                    ) : null}
                    {index < list.photos.length - 1 ? (
                      <ActionForm
                        action={arrangePhoto.bind(null, ref(photo.photoId), "down")}
                        initial={idleForm}
                        submitLabel={`Move down: photo ${index + 1}`}
                      >
                        {null}
                      </ActionForm>
                    ) : null}
                    {!photo.isCover ? (
                      <ActionForm
                        action={arrangePhoto.bind(null, ref(photo.photoId), "cover")}
                        initial={idleForm}
                        submitLabel={`Make photo ${index + 1} the cover`}
                      >
                        {null}
                      </ActionForm>
                    ) : null}
                    <ActionForm
                      action={arrangePhoto.bind(null, ref(photo.photoId), "remove")}
                      initial={idleForm}
                      submitLabel={`Remove photo ${index + 1}`}
                    >
                      {null}
                    </ActionForm>
                  </div>
                  {edit !== photo.photoId ? (
                    <p>
                      <Link href={`${path}?edit=${photo.photoId}#edit-photo`}>
                        Change the description of photo {index + 1}
                      </Link>
                    </p>
                  ) : (
                    <section id="edit-photo" aria-label={`Change the description of photo ${index + 1}`}>
                      <ActionForm
                        action={editPhoto.bind(null, ref(photo.photoId))}
                        initial={idleForm}
                        submitLabel="Save"
                      >
                        <TextField name="altText" label="Describe the photo (alt text)" defaultValue={photo.altText} />
                        <TextField name="caption" label="Caption (optional)" defaultValue={photo.caption} />
                        <Choices
                          name="people"
                          legend="Can people be recognised in this photo?"
                          type="radio"
                          options={PEOPLE_CHOICES}
                          defaultValue={photo.people}
                        />
                      </ActionForm>
                    </section>
                  )}
                </>
              ) : null}
            </div>
          </li>
        ))}
      </ol>

      {editable && list.photos.length < 6 ? (
        <section className="panel" aria-labelledby="add-photo-title">
          <h2 id="add-photo-title">Add a photo</h2>
          <PhotoUploadForm organisationId={orgId} listing={listing} guidanceUrl={guidanceUrl} returnTo={path} />
        </section>
      ) : null}
    </>
  );
}
