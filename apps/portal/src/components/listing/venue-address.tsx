import { SLOT, withSlot } from "~/components/text/marked";
import type { I18n } from "~/i18n/server";
import { addressLine, addressLines, telHref } from "./words";

type VenueAddressData = {
  addressLine1: string;
  addressLine2: string | null;
  town: string;
  postcode: string;
  phone: string | null;
};

/**
 * A venue's address, a tap-to-call link and the address again as plain-text directions (to
 * copy into any maps app): no map tiles, nothing loaded from another site.
 */
export function VenueAddress({ venue, i18n: { t, partner } }: { venue: VenueAddressData; i18n: I18n }) {
  return (
    <>
      <p className="address" {...partner}>
        {addressLines(venue).map((line, i) => (
          <span key={i} className="address__line">
            {line}
          </span>
        ))}
      </p>
      {venue.phone ? (
        <p>
          <a className="tel" href={telHref(venue.phone)}>
            {/* A phone number reads left to right on a right-to-left page too ("0121 496 0012"). */}
            {withSlot(t("words.call", { phone: SLOT }), <bdi dir="ltr">{venue.phone}</bdi>)}
          </a>
        </p>
      ) : null}
      <p className="directions">
        <strong>{t("words.directions")}</strong> <span {...partner}>{addressLine(venue)}</span>
      </p>
    </>
  );
}
