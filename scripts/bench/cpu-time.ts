// CPU time as well as wall time: on a shared, loaded machine a request's wall
// time includes waiting for a core, its CPU time mostly does not, so CPU time is
// the better estimate of what an idle machine would show. PGlite runs inside the
// server process, so there it covers the database work too (not so for PostgreSQL).
import fs from "node:fs";

/** CPU time used so far by all threads of a process, in ms (Linux /proc); null elsewhere. */
export function processCpuMs(pid: number): number | null {
  try {
    let ns = 0;
    for (const task of fs.readdirSync(`/proc/${pid}/task`)) {
      // schedstat: time on CPU (ns), time waiting for a CPU (ns), timeslices.
      ns += Number(fs.readFileSync(`/proc/${pid}/task/${task}/schedstat`, "utf8").split(" ")[0]);
    }
    return ns / 1e6;
  } catch {
    return null;
  }
}

/** This process's CPU time in ms. */
export function ownCpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}
