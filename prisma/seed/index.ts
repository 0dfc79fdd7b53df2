// The demo-data seeder: `npm run seed` (cli.ts) and tests use these.
export { isDatabaseEmpty, seedDatabase, type SeedOptions, type SeedSummary } from "./seed-database";
export { LOYALTY_RULES, tierForPoints } from "./loyalty-rules";
export { DEMO_PASSWORD } from "./staff";
export { DEMO_CUSTOMER_LOGINS } from "./spotlight";
