import "server-only";
import { ACCESS_FEATURES } from "@free-city/schemas";
import { api } from "~/trpc/server";

/** What the venue form chooses from: the city's districts, the access features, the city's name. */
export async function venueFormOptions() {
  const trpc = await api();
  const [districts, city] = await Promise.all([trpc.catalogue.districts(), trpc.district.city()]);
  return {
    districts,
    cityName: city.name ?? "",
    accessFeatures: ACCESS_FEATURES.map((f) => ({ value: f.value, label: f.label })),
  };
}
