// Development tooling only (never loaded by the app): Prisma's own schema
// engine, compiled to WebAssembly, diffing on an in-memory PGlite. It stands in
// for `prisma migrate dev`, whose native engine cannot be downloaded offline.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQueryable,
} from "@prisma/driver-adapter-utils";
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
    ? fs
        .readdirSync(dir)
        .filter((n) => fs.existsSync(path.join(dir, n, "migration.sql")))
        .sort()
    : [];
  return {
    baseDir: dir,
    lockfile: {
      path: "migration_lock.toml",
      content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, "utf8") : null,
    },
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

type AdapterFactory = Parameters<typeof bindMigrationAwareSqlAdapterFactory>[0];

/**
 * The engine reads pg_constraint.contype ("char") as a character, and only for CHECK and EXCLUDE
 * constraints. PGlite's adapter reports "char" as Character; @prisma/adapter-pg cannot read it (the
 * tests' PostgreSQL client passes it on as text), and on a text value the engine panics inside
 * WebAssembly and its promise never settles (the same panic as prisma/orm#29635). This reports
 * that one column as Character, whichever adapter is underneath.
 */
function constraintTypeAsCharacter(
  factory: SqlMigrationAwareDriverAdapterFactory,
): SqlMigrationAwareDriverAdapterFactory {
  const patchQueryable = <T extends SqlQueryable>(queryable: T): T =>
    new Proxy(queryable, {
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, receiver) as unknown;
        if (prop === "queryRaw") {
          return async (...args: Parameters<SqlQueryable["queryRaw"]>) => {
            const result = await target.queryRaw(...args);
            // The describer's constraints query, by its columns: the type beside the definition.
            const at = result.columnNames.indexOf("constraint_type");
            if (at < 0 || !result.columnNames.includes("constraint_definition")) return result;
            const columnTypes = [...result.columnTypes];
            columnTypes[at] = ColumnTypeEnum.Character;
            return { ...result, columnTypes };
          };
        }
        if (prop === "startTransaction") {
          return async (...args: Parameters<SqlDriverAdapter["startTransaction"]>) =>
            patchQueryable(await (target as unknown as SqlDriverAdapter).startTransaction(...args));
        }
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
  return new Proxy(factory, {
    get(target, prop, receiver) {
      if (prop === "connect") return async () => patchQueryable(await target.connect());
      if (prop === "connectToShadowDb") return async () => patchQueryable(await target.connectToShadowDb());
      return Reflect.get(target, prop, receiver) as unknown;
    },
  });
}
const NO_FILTERS = { externalTables: [], externalEnums: [] };

async function withEngine<T>(
  adapterFactory: AdapterFactory,
  schemaPath: string,
  fn: (engine: engineBindings.SchemaEngine, schema: { path: string; content: string }) => Promise<T>,
): Promise<T> {
  await initWasm();
  const schema = { path: path.basename(schemaPath), content: fs.readFileSync(schemaPath, "utf8") };
  const engine = await engineBindings.SchemaEngine.new(
    { datamodels: [[schema.path, schema.content]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(constraintTypeAsCharacter(adapterFactory)),
  );
  try {
    return await fn(engine, schema);
  } finally {
    engine.free();
  }
}

function scriptOf(result: { stdout: string | null }): string {
  return (result.stdout ?? "").replace(/^-- This is an empty migration\.\s*$/m, "").trim();
}

/**
 * SQL that takes a database migrated by every file in `migrationsDir` to the
 * state `schema.prisma` describes. Empty when they agree.
 */
export async function diffMigrationsToSchema(
  schemaPath = SCHEMA_PATH,
  migrationsDir = MIGRATIONS_PATH,
): Promise<string> {
  const pglite = new PGlite();
  try {
    return await withEngine(new PrismaPGlite(pglite), schemaPath, async (engine, schema) =>
      scriptOf(
        await engine.diff({
          from: { tag: "migrations", ...migrationList(migrationsDir) },
          to: { tag: "schemaDatamodel", files: [schema] },
          script: true,
          exitCode: null,
          filters: NO_FILTERS,
        }),
      ),
    );
  } finally {
    await pglite.close();
  }
}

/**
 * What Prisma itself makes of a live database (reached through a driver
 * adapter): its reading of the migration history (edited, failed, unapplied
 * migrations; `history` is null when in step), and the SQL still needed to
 * reach `schema.prisma` ("" when none).
 */
export async function inspectLiveDatabase(
  adapterFactory: AdapterFactory,
  schemaPath = SCHEMA_PATH,
  migrationsDir = MIGRATIONS_PATH,
): Promise<{ history: engineBindings.DiagnoseMigrationHistoryOutput; drift: string }> {
  return withEngine(adapterFactory, schemaPath, async (engine, schema) => {
    const history = await engine.diagnoseMigrationHistory({
      migrationsList: migrationList(migrationsDir),
      optInToShadowDatabase: false,
      filters: NO_FILTERS,
    });
    const drift = await engine.diff({
      from: { tag: "schemaDatasource", files: [schema], configDir: path.dirname(schemaPath) },
      to: { tag: "schemaDatamodel", files: [schema] },
      script: true,
      exitCode: null,
      filters: NO_FILTERS,
    });
    return { history, drift: scriptOf(drift) };
  });
}
