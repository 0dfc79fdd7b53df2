import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabases } from "@/test/worlds/databases";
import { openIngestWorld, type IngestWorld } from "@/test/worlds/ingest-world";
import { bearerToken, generateApiKey, hashApiKey } from "./keys";
import { createApiKey, listApiKeys, revokeApiKey } from "./service";

describe("API key secrets", () => {
  it("are 256 random bits behind a recognisable prefix, stored only as a digest", () => {
    const a = generateApiKey();
    const b = generateApiKey();
    expect(a.secret).toMatch(/^rk_live_[A-Za-z0-9_-]{43}$/);
    expect(a.secret).not.toBe(b.secret);
    expect(a.prefix).toBe(a.secret.slice(0, 12));
    expect(a.hash).toBe(hashApiKey(a.secret));
    expect(a.hash).not.toContain(a.secret.slice(8));
    expect(b.hash).not.toBe(a.hash);
  });

  it("are read from a Bearer header only", () => {
    const { secret } = generateApiKey();
    expect(bearerToken(`Bearer ${secret}`)).toBe(secret);
    expect(bearerToken(`bearer  ${secret}`)).toBe(secret);
    expect(bearerToken(secret)).toBeNull();
    expect(bearerToken(`Basic ${secret}`)).toBeNull();
    expect(bearerToken("Bearer sk_other_123")).toBeNull();
    expect(bearerToken(`Bearer ${secret}${"x".repeat(100)}`)).toBeNull();
  });
});

describe.each(testDatabases)("API keys on $name", (database) => {
  let w: IngestWorld;
  beforeAll(async () => {
    w = await openIngestWorld(database);
  });
  afterAll(async () => {
    await w?.close();
  });

  it("are created by managers only, one active key per name, and audited without the secret", async () => {
    const result = await createApiKey(w.db, w.manager, { name: "Store system" });
    if (!result.ok) throw new Error("expected a key");
    const row = await w.db.apiKey.findUniqueOrThrow({ where: { id: result.id } });
    expect(row.hash).toBe(hashApiKey(result.secret));
    expect(JSON.stringify(row)).not.toContain(result.secret);
    expect(await createApiKey(w.db, w.manager, { name: "store SYSTEM" })).toEqual({ ok: false, reason: "name_taken" });
    const audit = await w.db.auditLog.findFirstOrThrow({ where: { entityId: result.id } });
    expect(audit).toMatchObject({
      action: "apiKey.created",
      actorId: w.manager.userId,
      data: { name: "Store system", prefix: result.prefix },
    });
    expect(JSON.stringify(audit.data)).not.toContain(result.secret.slice(12));
    await expect(createApiKey(w.db, { ...w.manager, role: "SALES" }, { name: "x" })).rejects.toThrow(/managers only/);
    await expect(listApiKeys(w.db, { ...w.manager, role: "SALES" })).rejects.toThrow(/managers only/);
  });

  it("are revoked once (a second revoke is a no-op) and listed after the active ones", async () => {
    const result = await createApiKey(w.db, w.manager, { name: "Partner feed" });
    if (!result.ok) throw new Error("expected a key");
    const now = new Date();
    expect(await revokeApiKey(w.db, w.manager, { id: result.id }, now)).toEqual({ ok: true });
    expect(await revokeApiKey(w.db, w.manager, { id: result.id }, new Date(now.getTime() + 1000))).toEqual({
      ok: true,
    });
    expect(await w.db.auditLog.count({ where: { entityId: result.id, action: "apiKey.revoked" } })).toBe(1);
    expect((await w.db.apiKey.findUniqueOrThrow({ where: { id: result.id } })).revokedAt).toEqual(now);
    expect(await revokeApiKey(w.db, w.manager, { id: "00000000-0000-4000-8000-000000000999" }, now)).toEqual({
      ok: false,
      reason: "not_found",
    });
    // The name is free again once its key is revoked.
    expect((await createApiKey(w.db, w.manager, { name: "Partner feed" })).ok).toBe(true);
    const list = await listApiKeys(w.db, w.manager);
    expect(list.map((k) => [k.name, k.revokedAt === null])).toEqual([
      ["Partner feed", true],
      ["Store system", true],
      ["Website chat", true],
      ["Partner feed", false],
    ]);
    expect(list[0].createdByName).toBe("Manager");
  });
});
