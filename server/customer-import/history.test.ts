import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabases } from "@/test/worlds/databases";
import { importCreated, makeImport } from "@/test/worlds/import-world";
import { openLeadWorld, type LeadWorld } from "@/test/worlds/lead-world";
import { getImport, IMPORT_HISTORY_PAGE_SIZE, listImports } from "./history";

// The import history: newest first, a page at a time by keyset, with who, when, the file and the
// counts; what an undo did once it ran; managers only.

const T0 = new Date("2026-11-01T08:00:00Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

describe.each(testDatabases)("import history on $name", (database) => {
  let w: LeadWorld;
  const made: string[] = [];
  beforeAll(async () => {
    w = await openLeadWorld(database);
    // 22 imports; two share an instant, so the id breaks the tie across the page boundary.
    for (let i = 0; i < IMPORT_HISTORY_PAGE_SIZE + 2; i++) {
      const imp = await makeImport(w.db, {
        createdById: w.manager.userId,
        at: at(i === 3 ? 2 : i),
        fileName: `fil-${i}.csv`,
      });
      made.push(imp.id);
    }
  });
  afterAll(() => w.close());

  it("lists every import once, newest first, 20 a page, with who started it and its counts", async () => {
    const last = made.at(-1)!;
    await importCreated(w.db, last, at(30), { name: "Ada" });
    await w.db.customerImport.update({ where: { id: last }, data: { totalRows: 3, skippedCount: 2 } });

    const first = await listImports(w.manager, {}, w.db);
    expect(first.rows).toHaveLength(IMPORT_HISTORY_PAGE_SIZE);
    expect(first.nextCursor).not.toBeNull();
    expect(first.rows[0]).toMatchObject({
      id: last,
      fileName: `fil-${made.length - 1}.csv`,
      state: "DONE",
      createdBy: "manager",
      totalRows: 3,
      createdCount: 1,
      updatedCount: 0,
      skippedCount: 2,
      canUndo: true,
      undoneBy: null,
    });
    const second = await listImports(w.manager, { cursor: first.nextCursor! }, w.db);
    expect(second.nextCursor).toBeNull();
    const ids = [...first.rows, ...second.rows].map((r) => r.id);
    expect(new Set(ids).size).toBe(made.length);
    const times = [...first.rows, ...second.rows].map((r) => r.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    // A cursor someone edited means the first page, never an error.
    expect((await listImports(w.manager, { cursor: "bogus" }, w.db)).rows[0].id).toBe(last);
  });

  it("shows who undid an import and what became of its customers", async () => {
    const id = made[0];
    await w.db.customerImport.update({
      where: { id },
      data: {
        state: "UNDONE",
        undoneById: w.sales2.userId,
        undoneAt: at(60),
        undoRemoved: 4,
        undoKept: 1,
        undoRestored: 2,
      },
    });
    expect(await getImport(w.manager, id, w.db)).toMatchObject({
      state: "UNDONE",
      canUndo: false,
      undoneBy: "sales2",
      undoneAt: at(60),
      undo: { removed: 4, kept: 1, restored: 2, unchanged: 0 },
    });
  });

  it("shows nothing to anyone but a manager", async () => {
    for (const session of [w.sales, w.customer]) {
      expect(await listImports(session, {}, w.db)).toEqual({ rows: [], nextCursor: null });
      expect(await getImport(session, made[1], w.db)).toBeNull();
    }
    expect(await getImport(w.manager, "nope", w.db)).toBeNull();
  });
});
