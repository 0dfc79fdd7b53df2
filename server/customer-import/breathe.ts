import "server-only";

/**
 * A pause between batches, so the rest of the app gets the database: the embedded database runs one
 * statement at a time, and without a pause the next batch takes it again before a waiting page
 * request does (measured: a page's query waited through the whole 30,000-row import).
 */
export function breathe(ms = 10): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
