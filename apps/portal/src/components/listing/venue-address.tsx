import { addressLine, addressLines, telHref } from "./words";

type VenueAddressData = { addressLine1: string; addressLine2: string | null; town: string; postcode: string; phone: string | null };

/**
 * A venue's address, a tap-to-call link and the address again as plain-text directions (to
 * copy into any maps app): no map tiles, nothing loaded from another site.
 */
export function VenueAddress({ venue }: { venue: VenueAddressData }) {
  return (
    <>
      <p className="address">
        {addressLines(venue).map((line, i) => (
          <span key={i} className="address__line">
            {line}
          </span>
        ))}
      </p>
      {venue.phone ? (
        <p>
          <a className="tel" href={telHref(venue.phone)}>
            Call {venue.phone}
          </a>
        </p>
      ) : null}
      <p className="directions">
        <strong>Directions:</strong> {addressLine(venue)}
      </p>
    </>
  );
}
