// An A/B timing of two implementations of the same read, interleaved: each round runs A then B, or
// B then A (alternating), so that the load of a shared machine falls on both alike. Reports the
// median of the per-round ratios B/A and its spread, not absolute times, which mean little on a
// busy machine. Used to weigh a rewrite of a query against the original.
import { percentile } from "./stats";

export type AbResult = {
  label: string;
  rounds: number;
  ratioP50: number;
  ratioP25: number;
  ratioP75: number;
  aP50: number;
  bP50: number;
};

export async function abTime(
  label: string,
  a: (i: number) => Promise<unknown>,
  b: (i: number) => Promise<unknown>,
  rounds = 60,
  warmup = 5,
): Promise<AbResult> {
  for (let i = 0; i < warmup; i++) {
    await a(i);
    await b(i);
  }
  const timeOne = async (fn: (i: number) => Promise<unknown>, i: number) => {
    const t = performance.now();
    await fn(i);
    return performance.now() - t;
  };
  const as: number[] = [];
  const bs: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < rounds; i++) {
    let ta: number, tb: number;
    if (i % 2 === 0) {
      ta = await timeOne(a, i);
      tb = await timeOne(b, i);
    } else {
      tb = await timeOne(b, i);
      ta = await timeOne(a, i);
    }
    as.push(ta);
    bs.push(tb);
    ratios.push(tb / ta);
  }
  const sorted = (x: number[]) => [...x].sort((p, q) => p - q);
  const r = sorted(ratios);
  const round = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d;
  const result = {
    label,
    rounds,
    ratioP50: round(percentile(r, 0.5)),
    ratioP25: round(percentile(r, 0.25)),
    ratioP75: round(percentile(r, 0.75)),
    aP50: round(percentile(sorted(as), 0.5), 1),
    bP50: round(percentile(sorted(bs), 0.5), 1),
  };
  console.log(
    `${label.padEnd(52)} B/A p50 ${result.ratioP50.toFixed(3)}  (IQR ${result.ratioP25.toFixed(3)}–${result.ratioP75.toFixed(3)})  A ${result.aP50} ms  B ${result.bP50} ms`,
  );
  return result;
}
