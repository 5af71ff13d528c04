import type { Prisma } from "@free-city/db";
import { AppError } from "../../errors.ts";

/**
 * The district must be one of the city's, and map coordinates (when given) must fall inside the
 * city's area: a swapped latitude and longitude, or a typo, would put a venue in the sea.
 */
export async function checkVenuePlace(
  tx: Prisma.TransactionClient,
  input: { districtId: string; latitude: number | null; longitude: number | null },
) {
  const district = await tx.district.findUnique({ where: { id: input.districtId }, select: { city: true } });
  if (!district)
    throw new AppError("INVALID_FIELDS", { fieldErrors: { districtId: "Choose the district from the list" } });
  const { city } = district;
  if (input.latitude !== null && input.longitude !== null) {
    const inside =
      input.latitude >= city.minLat &&
      input.latitude <= city.maxLat &&
      input.longitude >= city.minLng &&
      input.longitude <= city.maxLng;
    if (!inside)
      throw new AppError("INVALID_FIELDS", {
        fieldErrors: { latitude: `These map coordinates are outside ${city.name}. Check them, or leave them empty.` },
      });
  }
}
