import { expect, it } from "vitest";

it("zod reads the jitless setting that ZodJitless writes without importing zod", async () => {
  await import("./zod-jitless");
  const { z } = await import("zod");
  expect(z.config().jitless).toBe(true);
});
