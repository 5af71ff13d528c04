import type { OrganisationType } from "@free-city/db";

export const ORGANISATION_TYPE_LABEL: Record<OrganisationType, string> = {
  BUSINESS: "Business or shop",
  CHARITY: "Charity",
  VENUE: "Venue (museum, theatre, gallery, leisure centre…)",
  SPORTS_CLUB: "Sports club",
  COMMUNITY_GROUP: "Community or faith group",
  COUNCIL_SERVICE: "Council service (libraries, parks…)",
  SCHOOL_OR_COLLEGE: "School or college",
  OTHER: "Something else",
};
