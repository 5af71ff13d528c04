export const venueSelect = {
  id: true,
  slug: true,
  name: true,
  addressLine1: true,
  addressLine2: true,
  town: true,
  postcode: true,
  districtId: true,
  latitude: true,
  longitude: true,
  phone: true,
  website: true,
  accessFeatures: true,
  accessNotes: true,
  openingHours: true,
  openingNotes: true,
  status: true,
  // A change waiting for review (the approved details above stay public until then), and the
  // reason given with the council's last decision, shown where the partner edits.
  pendingChanges: true,
  changesSubmittedAt: true,
  decisionReason: true,
} as const;
