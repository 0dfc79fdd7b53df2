import "server-only";
import fs from "node:fs";
import os from "node:os";
import { DatabaseSetupError } from "./config";

// PGlite takes no lock of its own, and two processes writing one data folder
// silently lose writes. Every process that opens the folder (server, seed,
// migrate) must hold this lock first.

type LockInfo = { pid: number; host: string; purpose: string; startedAt: string };

export function lockPathFor(dataDir: string): string {
  return `${dataDir}.lock`;
}

export function acquireDataDirLock(dataDir: string, purpose: string): () => void {
  const lockPath = lockPathFor(dataDir);
  const mine: LockInfo = {
    pid: process.pid,
    host: os.hostname(),
    purpose,
    startedAt: new Date().toISOString(),
  };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(lockPath, JSON.stringify(mine), { flag: "wx" });
      return releaser(lockPath);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const holder = readLock(lockPath);
    if (holder && holder.pid === process.pid && holder.host === mine.host) {
      return releaser(lockPath); // this process already holds it (dev reload)
    }
    if (holder && isAlive(holder)) {
      throw new DatabaseSetupError(
        `The database folder ${dataDir} is in use by another process ` +
          `(pid ${holder.pid}, ${holder.purpose}, since ${holder.startedAt}). ` +
          `Stop that process first: two processes on one embedded database lose writes.`,
      );
    }
    // Stale lock from a process that is gone (or unreadable): take it over.
    fs.rmSync(lockPath, { force: true });
  }
  throw new DatabaseSetupError(`Could not take the lock ${lockPath}; another process keeps taking it.`);
}

function readLock(lockPath: string): LockInfo | null {
  try {
    return JSON.parse(fs.readFileSync(lockPath, "utf8")) as LockInfo;
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

function releaser(lockPath: string): () => void {
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    const holder = readLock(lockPath);
    if (holder?.pid === process.pid) fs.rmSync(lockPath, { force: true });
    process.off("exit", release);
  };
  process.on("exit", release);
  return release;
}
