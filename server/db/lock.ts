import "server-only";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import { DatabaseSetupError } from "./config";

// PGlite takes no lock of its own, and two processes writing one data folder
// silently lose writes. Every process that opens the folder (server, seed,
// migrate) must hold this lock first.

type LockInfo = { pid: number; host: string; purpose: string; startedAt: string };

// The folders this process holds, and for what. On globalThis so that a module loaded twice (dev
// reloads, tests) still sees one registry: two PGlite instances in one process on one folder lose
// writes just as two processes do, so a second open here is refused, not shared.
const held: Map<string, string> = ((globalThis as { __reiseDataDirLocks?: Map<string, string> }).__reiseDataDirLocks ??=
  new Map());

export function lockPathFor(dataDir: string): string {
  return `${dataDir}.lock`;
}

export function acquireDataDirLock(dataDir: string, purpose: string): () => void {
  const lockPath = lockPathFor(dataDir);
  const holding = held.get(lockPath);
  if (holding !== undefined) {
    throw new DatabaseSetupError(
      `The database folder ${dataDir} is already open in this process (${holding}): open it once and share the client.`,
    );
  }
  const mine: LockInfo = {
    pid: process.pid,
    host: os.hostname(),
    purpose,
    startedAt: new Date().toISOString(),
  };
  for (let attempt = 0; attempt < 5; attempt++) {
    if (createLockFile(lockPath, mine)) return releaser(lockPath, purpose);
    const raw = readRaw(lockPath);
    if (raw === null) continue; // released meanwhile: try again
    const holder = parseLock(raw);
    // Our pid in a lock this process does not hold: a previous container or boot that got the
    // same pid. It is stale like any other dead holder's.
    const reusedPid = holder?.pid === process.pid && holder.host === mine.host;
    if (holder && !reusedPid && isAlive(holder)) {
      const elsewhere = holder.host !== mine.host;
      throw new DatabaseSetupError(
        `The database folder ${dataDir} is in use by another process ` +
          `(pid ${holder.pid}${elsewhere ? ` on ${holder.host}` : ""}, ${holder.purpose}, since ${holder.startedAt}). ` +
          `Stop that process first: two processes on one embedded database lose writes.` +
          // A recreated container gets a new host name; its old lock cannot be checked from here.
          (elsewhere ? ` If ${holder.host} no longer exists, delete ${lockPath}.` : ""),
      );
    }
    // Stale lock from a process that is gone (or unreadable): take it over.
    removeIfUnchanged(lockPath, raw);
  }
  throw new DatabaseSetupError(`Could not take the lock ${lockPath}; another process keeps taking it.`);
}

/**
 * Creates the lock file with its content in one step (written aside, then
 * hard-linked into place). A lock file created empty and filled afterwards
 * could be read in between, taken for stale and deleted by a second process.
 */
function createLockFile(lockPath: string, info: LockInfo): boolean {
  const aside = `${lockPath}.${process.pid}.${crypto.randomUUID()}`;
  try {
    fs.writeFileSync(aside, JSON.stringify(info));
    try {
      fs.linkSync(aside, lockPath);
    } catch (error) {
      if (!["EPERM", "ENOTSUP", "ENOSYS"].includes((error as NodeJS.ErrnoException).code ?? "")) throw error;
      fs.writeFileSync(lockPath, JSON.stringify(info), { flag: "wx" }); // no hard links here
    }
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw new DatabaseSetupError(`Cannot create the lock file ${lockPath}: ${(error as Error).message}`);
  } finally {
    fs.rmSync(aside, { force: true });
  }
}

/**
 * Deletes a stale lock only if it still holds what we judged stale. Two
 * processes finding the same stale lock would otherwise race: the slower one
 * deletes the lock the faster one has just taken. The takeover itself is
 * serialised by a short-lived second lock file.
 */
function removeIfUnchanged(lockPath: string, staleRaw: string): void {
  const takeover = `${lockPath}.takeover`;
  try {
    fs.writeFileSync(takeover, String(process.pid), { flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    // Another process is taking over; a takeover file left by a crash is cleared after 10 s.
    const age = Date.now() - (fs.statSync(takeover, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
    if (age > 10_000) fs.rmSync(takeover, { force: true });
    else sleep(50);
    return;
  }
  try {
    if (readRaw(lockPath) === staleRaw) fs.rmSync(lockPath, { force: true });
  } finally {
    fs.rmSync(takeover, { force: true });
  }
}

function readRaw(lockPath: string): string | null {
  try {
    return fs.readFileSync(lockPath, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

function parseLock(raw: string): LockInfo | null {
  try {
    const info = JSON.parse(raw) as LockInfo;
    return typeof info?.pid === "number" ? info : null;
  } catch {
    return null;
  }
}

function isAlive(info: LockInfo): boolean {
  if (info.host !== os.hostname()) return true; // cannot check another machine: assume alive
  try {
    process.kill(info.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function releaser(lockPath: string, purpose: string): () => void {
  held.set(lockPath, purpose);
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    held.delete(lockPath);
    const raw = readRaw(lockPath);
    if (raw !== null && parseLock(raw)?.pid === process.pid) fs.rmSync(lockPath, { force: true });
    process.off("exit", release);
  };
  process.on("exit", release);
  return release;
}
