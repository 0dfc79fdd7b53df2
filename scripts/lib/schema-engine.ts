// Development tooling only (never loaded by the app): Prisma's own schema
// engine, compiled to WebAssembly, diffing on an in-memory PGlite. It stands in
// for `prisma migrate dev`, whose native engine cannot be downloaded offline.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as engineBindings from "@prisma/schema-engine-wasm/schema_engine_bg";

export const SCHEMA_PATH = path.resolve("prisma", "schema.prisma");
export const MIGRATIONS_PATH = path.resolve("prisma", "migrations");

let initialised: Promise<void> | undefined;

function initWasm(): Promise<void> {
  initialised ??= (async () => {
    const require = createRequire(import.meta.url);
    const wasmFile = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg").replace(/\.js$/, ".wasm");
    const { instance } = await WebAssembly.instantiate(fs.readFileSync(wasmFile), {
      "./schema_engine_bg.js": engineBindings,
    });
    engineBindings.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
  })();
  return initialised;
}

function migrationList(dir: string) {
  const lockPath = path.join(dir, "migration_lock.toml");
  const names = fs.existsSync(dir)
    ? fs.readdirSync(dir).filter((n) => fs.existsSync(path.join(dir, n, "migration.sql"))).sort()
    : [];
  return {
    baseDir: dir,
    lockfile: { path: "migration_lock.toml", content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: names.map((name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok" as const, value: fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8") },
      },
    })),
  };
}

/**
 * SQL that takes a database migrated by every file in `migrationsDir` to the
 * state `schema.prisma` describes. Empty when they agree.
 */
export async function diffMigrationsToSchema(
  schemaPath = SCHEMA_PATH,
  migrationsDir = MIGRATIONS_PATH,
): Promise<string> {
  await initWasm();
  const schema = fs.readFileSync(schemaPath, "utf8");
  const pglite = new PGlite();
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPGlite(pglite));
  const engine = await engineBindings.SchemaEngine.new(
    { datamodels: [[path.basename(schemaPath), schema]] },
    () => {},
    adapter,
  );
  try {
    const result = await engine.diff({
      from: { tag: "migrations", ...migrationList(migrationsDir) },
      to: { tag: "schemaDatamodel", files: [{ path: path.basename(schemaPath), content: schema }] },
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    });
    return (result.stdout ?? "").replace(/^-- This is an empty migration\.\s*$/m, "").trim();
  } finally {
    engine.free();
    await pglite.close();
  }
}
