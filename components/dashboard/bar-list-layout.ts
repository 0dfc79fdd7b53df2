// The bar list's geometry, shared by the chart and the placeholder that stands
// in for it while recharts loads, so the page does not move when it arrives.

export const ROW_GAP = 12;
export const NAME_CHARS = 18;

export type BarListLayout = { bar: number; height: number; nameWidth: number };

export function barListLayout(names: readonly string[], seriesCount: number): BarListLayout {
  // Grouped bars are thinner, so a breakdown of twelve channels stays on one screen.
  const bar = seriesCount > 1 ? 15 : 22;
  const height = names.length * (seriesCount * bar + ROW_GAP) + 8;
  const nameWidth = Math.min(128, 12 + Math.max(...names.map((n) => Math.min(n.length, NAME_CHARS))) * 6.6);
  return { bar, height, nameWidth };
}
