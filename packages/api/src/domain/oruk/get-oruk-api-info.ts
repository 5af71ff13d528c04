import openapi from "./schema/openapi.json" with { type: "json" };

/** The Open Referral UK profile this API follows. */
export const ORUK_PROFILE_URL = "https://openreferraluk.org/";

/** `/api/oruk/`: which standard this API speaks, and where its OpenAPI document is. */
export function getOrukApiInfo(ctx: { baseUrl: string }) {
  return { version: "3.0", profile: ORUK_PROFILE_URL, openapi_url: `${ctx.baseUrl}/api/oruk/openapi.json` };
}

/**
 * The profile's OpenAPI document (CC BY-SA 4.0, Open Referral), served as this API's own with
 * its address added as the server, so tools that read it call this directory.
 */
export function getOrukOpenApi(ctx: { baseUrl: string }) {
  return {
    ...openapi,
    info: {
      ...openapi.info,
      description: `${openapi.info.description}. Served by Free City: read-only, no sign-in. Human Services Data Specification: an Open Referral resource (https://openreferral.org/), CC BY-SA 4.0.`,
    },
    servers: [{ url: `${ctx.baseUrl}/api/oruk`, description: "Free City (read-only)" }],
  };
}
