// How fast a customer file goes in: a generated Norwegian sheet of N rows (names with æøå, local
// phone numbers, e-mails, cities) through the real import, the check job and then the import job,
// into an embedded database of its own in a temporary folder (never the bench dataset, whose counts
// the page timings depend on). Reported by `npm run bench` in rows per second.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "@/generated/prisma/client";
import type { AppSession } from "@/server/auth/session";
import { applyMigrations } from "@/server/db/migrate";
import { openSqlClient } from "@/server/db/sql";
import { checkImport } from "@/server/customer-import/check-job";
import { runImport } from "@/server/customer-import/import-job";
import { confirmImport, startImport } from "@/server/customer-import/start";

export type ImportThroughput = {
  rows: number;
  fileBytes: number;
  checkMs: number;
  importMs: number;
  rowsPerSecond: number;
};

export function nordicSheet(rows: number): Buffer {
  const lines = ["Navn;E-post;Telefon;Poststed"];
  const cities = ["Oslo", "Bergen", "Tromsø", "Ålesund", "Bodø", "Kristiansand"];
  for (let i = 0; i < rows; i++) {
    lines.push(`Åse Ødegård ${i};kunde${i}@example.no;4${String(i).padStart(7, "0")};${cities[i % cities.length]}`);
  }
  return Buffer.from(lines.join("\r\n") + "\r\n", "latin1");
}

export async function measureImportThroughput(rows: number): Promise<ImportThroughput> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "reise-import-bench-"));
  const sql = await openSqlClient({ kind: "pglite", dataDir: dir }, "import bench");
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(sql.pglite!) });
  try {
    await applyMigrations(sql);
    const manager = await prisma.user.create({ data: { email: "bench@example.no", name: "Bench", role: "MANAGER" } });
    const session = {
      userId: manager.id,
      role: "MANAGER",
      email: manager.email,
      name: manager.name,
      locale: "nb",
      timeZone: "Europe/Oslo",
      teamId: null,
      customerId: null,
    } as AppSession;
    const bytes = nordicSheet(rows);
    const options = {
      encoding: "windows-1252",
      delimiter: ";",
      headerLine: 1,
      mapping: ["name", "email", "phone", "city"],
      country: "NO",
      teamId: null,
    };
    const t0 = performance.now();
    const started = await startImport(prisma, session, { bytes, fileName: "bench.csv", options }, new Date());
    if (!started?.ok) throw new Error(`import bench: start refused (${JSON.stringify(started)})`);
    await checkImport(prisma, started.importId, new Date());
    const t1 = performance.now();
    await confirmImport(prisma, session, { importId: started.importId, duplicates: "skip" });
    // The job hands over to a new job every minute; here the next run follows at once.
    let from = 0;
    for (;;) {
      const outcome = await runImport(prisma, started.importId, from, new Date());
      if (outcome !== "continued") break;
      from = (await prisma.customerImport.findUniqueOrThrow({ where: { id: started.importId } })).doneRows;
    }
    const t2 = performance.now();
    const done = await prisma.customerImport.findUniqueOrThrow({ where: { id: started.importId } });
    if (done.state !== "DONE" || done.createdCount !== rows)
      throw new Error(`import bench: ${done.state}, ${done.createdCount} of ${rows} created`);
    return {
      rows,
      fileBytes: bytes.byteLength,
      checkMs: Math.round(t1 - t0),
      importMs: Math.round(t2 - t1),
      rowsPerSecond: Math.round(rows / ((t2 - t0) / 1000)),
    };
  } finally {
    await prisma.$disconnect();
    await sql.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
