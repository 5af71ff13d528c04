import { Choices, Select, TextArea, TextField } from "~/components/form/fields";
import { Table } from "~/components/table";

const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

export type VenueProfile = {
  name: string;
  addressLine1: string;
  addressLine2: string | null;
  town: string;
  postcode: string;
  districtId: string;
  latitude: number | null;
  longitude: number | null;
  phone: string | null;
  website: string | null;
  accessFeatures: string[];
  accessNotes: string;
  openingHours: unknown;
  openingNotes: string;
};

/** The venue form's fields, the same for adding and changing a venue. */
export function VenueFields({
  venue,
  districts,
  accessFeatures,
  cityName,
}: {
  venue?: VenueProfile;
  districts: { id: string; name: string }[];
  accessFeatures: { value: string; label: string }[];
  cityName: string;
}) {
  const hours = new Map(
    ((venue?.openingHours ?? []) as { day: number; opens: string; closes: string }[]).map((h) => [h.day, h]),
  );
  return (
    <>
      <TextField
        name="name"
        label="Venue name"
        hint="As young people will look for it, for example: Northfield Library."
        defaultValue={venue?.name}
      />
      <fieldset className="fieldset">
        <legend className="label">Address</legend>
        <TextField
          name="addressLine1"
          label="Address line 1"
          autoComplete="address-line1"
          defaultValue={venue?.addressLine1}
        />
        <TextField
          name="addressLine2"
          label="Address line 2 (optional)"
          autoComplete="address-line2"
          defaultValue={venue?.addressLine2}
        />
        <TextField
          name="town"
          label="Town or city"
          autoComplete="address-level2"
          width="medium"
          defaultValue={venue?.town ?? cityName}
        />
        <TextField
          name="postcode"
          label="Postcode"
          autoComplete="postal-code"
          width="short"
          defaultValue={venue?.postcode}
        />
      </fieldset>
      <Select
        name="districtId"
        label="District"
        hint="Leave it as it is and we will work it out from the postcode."
        defaultValue={venue?.districtId ?? ""}
        options={[
          { value: "", label: "Work it out from the postcode" },
          ...districts.map((d) => ({ value: d.id, label: d.name })),
        ]}
      />
      <fieldset className="fieldset">
        <legend className="label">Map position (optional)</legend>
        <span className="hint">
          Helps young people find the nearest things to do. Copy the numbers from a map app: latitude first, like
          52.4862, then longitude, like -1.8904.
        </span>
        <div className="inline-fields">
          <TextField
            name="latitude"
            label="Latitude"
            inputMode="decimal"
            width="medium"
            defaultValue={venue?.latitude}
          />
          <TextField
            name="longitude"
            label="Longitude"
            inputMode="decimal"
            width="medium"
            defaultValue={venue?.longitude}
          />
        </div>
      </fieldset>
      <TextField name="phone" label="Phone number (optional)" type="tel" width="medium" defaultValue={venue?.phone} />
      <TextField name="website" label="Website (optional)" type="url" defaultValue={venue?.website} />
      <Choices
        name="accessFeatures"
        type="checkbox"
        legend="Access"
        hint="Tick everything this venue has."
        defaultValue={venue?.accessFeatures ?? []}
        options={accessFeatures}
      />
      <TextArea
        name="accessNotes"
        label="More about access (optional)"
        hint="For example: the lift is by the back door. Up to 1000 characters."
        defaultValue={venue?.accessNotes}
        rows={3}
      />
      <fieldset className="fieldset">
        <legend className="label">Opening hours (optional)</legend>
        <span className="hint">Leave a day empty if it is closed.</span>
        <Table columns={["Day", "Opens", "Closes"]} variant="hours-table">
          {DAYS.map((dayName, i) => {
            const day = i + 1;
            return (
              <tr key={day}>
                <th scope="row">{dayName}</th>
                <td>
                  <TextField
                    name={`openingHours.${day}.opens`}
                    label={`${dayName} opens`}
                    type="time"
                    hideLabel
                    defaultValue={hours.get(day)?.opens}
                  />
                </td>
                <td>
                  <TextField
                    name={`openingHours.${day}.closes`}
                    label={`${dayName} closes`}
                    type="time"
                    hideLabel
                    defaultValue={hours.get(day)?.closes}
                  />
                </td>
              </tr>
            );
          })}
        </Table>
      </fieldset>
      <TextArea
        name="openingNotes"
        label="More about opening (optional)"
        hint="For example: closed on bank holidays. Up to 500 characters."
        defaultValue={venue?.openingNotes}
        rows={2}
      />
    </>
  );
}
