import type { PublicPhoto } from "@free-city/api";
import { Photo } from "~/components/photo";

/**
 * A listing's photos at the top of its page: the first large and loaded at once, the rest
 * smaller and lazy. `partner` marks the descriptions' and captions' language when the partner's
 * words are not in the page's language.
 */
export function ListingPhotos({
  photos,
  partner,
}: {
  photos: PublicPhoto[];
  partner?: { lang?: string; dir?: "ltr" | "rtl" };
}) {
  return (
    <ul className="listing__photos">
      {photos.map((photo, index) => (
        <li key={photo.id}>
          <figure {...partner}>
            <Photo
              photo={photo}
              sizes={index === 0 ? "(min-width: 48rem) 42rem, 100vw" : "(min-width: 48rem) 20rem, 50vw"}
              eager={index === 0}
            />
            {photo.caption ? <figcaption>{photo.caption}</figcaption> : null}
          </figure>
        </li>
      ))}
    </ul>
  );
}
