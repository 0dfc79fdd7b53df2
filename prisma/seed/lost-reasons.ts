// The lost reasons the migration 20261205113706_lost_reasons_and_board inserts, by the index of
// phrases-journey.ts's LOST_REASONS (same order): the demo's lost leads point at the reason they
// were lost for, so the Closed view and the dashboard count real data.
export const DEMO_LOST_REASON_IDS = [
  "0a7e5d10-1c1b-4f39-9a0e-000000000001",
  "0a7e5d10-1c1b-4f39-9a0e-000000000002",
  "0a7e5d10-1c1b-4f39-9a0e-000000000003",
  "0a7e5d10-1c1b-4f39-9a0e-000000000004",
  "0a7e5d10-1c1b-4f39-9a0e-000000000005",
  "0a7e5d10-1c1b-4f39-9a0e-000000000006",
] as const;
