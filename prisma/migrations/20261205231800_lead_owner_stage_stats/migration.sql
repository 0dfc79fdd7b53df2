-- The planner's view of who holds open leads by stage. Unassigned leads are mostly NEW (a claim or
-- a first answer moves them on), so "ownerId IS NULL AND stage = 'NEW'" matches far more leads than
-- the two columns' separate statistics predict (100k customers: 13,427 where 412 were expected).
-- With that guess the rep's board column read all of them and sorted (166 ms) instead of walking
-- Lead_owner_board_idx in order and stopping at a page (1 ms). Prisma's schema cannot declare
-- extended statistics; the migration diff does not see them, so they live here.
CREATE STATISTICS IF NOT EXISTS "Lead_owner_stage_stats" (mcv) ON "ownerId", "stage" FROM "Lead";
ANALYZE "Lead";
