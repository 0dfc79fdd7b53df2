// With --runs N, each page keeps its median run (by performance score, then LCP),
// as Lighthouse's own docs advise: one run of a simulated mobile is noisy.
import type { PageScores } from "./summary";

export function medianRun(runs: PageScores[]): PageScores {
  if (!runs.length) throw new Error("no runs");
  const sorted = [...runs].sort((a, b) => a.performance - b.performance || b.lcpMs - a.lcpMs);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}
