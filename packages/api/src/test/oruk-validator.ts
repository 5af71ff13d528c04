/**
 * The Open Referral UK profile's own JSON Schemas (copied into src/domain/oruk/schema, CC BY-SA
 * 4.0, Open Referral), compiled with ajv for the draft the OpenAPI document declares (2020-12).
 * Each response of the API is checked against the schema the OpenAPI document names for it.
 */
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import service from "../domain/oruk/schema/compiled/service.json" with { type: "json" };
import serviceAtLocation from "../domain/oruk/schema/compiled/service_at_location.json" with { type: "json" };
import serviceAtLocationList from "../domain/oruk/schema/compiled/service_at_location_list.json" with { type: "json" };
import serviceList from "../domain/oruk/schema/compiled/service_list.json" with { type: "json" };
import openapi from "../domain/oruk/schema/openapi.json" with { type: "json" };
import taxonomy from "../domain/oruk/schema/taxonomy.json" with { type: "json" };
import taxonomyTerm from "../domain/oruk/schema/taxonomy_term.json" with { type: "json" };

const ajv = new Ajv2020({ strict: false, allErrors: true });
// ajv-formats is CommonJS: under ESM its function may arrive as the default's default.
const useFormats = (addFormats as unknown as { default?: typeof addFormats }).default ?? addFormats;
useFormats(ajv);
ajv.addSchema(taxonomyTerm, "taxonomy_term.json");

/** `Page` from the OpenAPI document, with its `contents` items of `item`. */
function page(item: object) {
  return {
    allOf: [openapi.components.schemas.Page],
    required: ["total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty", "contents"],
    properties: { contents: { type: "array", items: item } },
  };
}

const info = openapi.paths["/"].get.responses["200"].content["application/json"].schema;

export const orukSchemas = {
  info: ajv.compile({ ...info, required: ["version", "profile", "openapi_url"] }),
  service: ajv.compile(service),
  servicePage: ajv.compile(page(serviceList)),
  serviceAtLocation: ajv.compile(serviceAtLocation),
  serviceAtLocationPage: ajv.compile(page(serviceAtLocationList)),
  taxonomy: ajv.compile(taxonomy),
  taxonomyPage: ajv.compile(page(taxonomy)),
  taxonomyTerm: ajv.getSchema("taxonomy_term.json") ?? ajv.compile(taxonomyTerm),
  taxonomyTermPage: ajv.compile(page({ $ref: "taxonomy_term.json" })),
};

/** Null when `data` is valid, else ajv's errors as text (so a failing test says what is wrong). */
export function schemaErrors(schema: keyof typeof orukSchemas, data: unknown): string | null {
  const validate = orukSchemas[schema];
  return validate(data) ? null : ajv.errorsText(validate.errors, { separator: "\n" });
}
