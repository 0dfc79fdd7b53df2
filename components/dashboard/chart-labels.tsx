import type { LabelProps } from "recharts";

// Value labels drawn as plain SVG text. Recharts' own label wraps text to the
// bar's width, which breaks "1 261 · 100 %" over two lines.

type Box = { x: number; y: number; width: number; height: number };
const style = { fontSize: 12, fill: "var(--color-ink)", fontVariantNumeric: "tabular-nums" } as const;

export function SideLabel({ viewBox, value }: LabelProps) {
  const box = viewBox as Box | undefined;
  if (!box || value === undefined || value === "") return null;
  return (
    <text x={box.x + Math.max(box.width, 0) + 6} y={box.y + box.height / 2} dominantBaseline="central" style={style}>
      {value}
    </text>
  );
}

export function TopLabel({ viewBox, value }: LabelProps) {
  const box = viewBox as Box | undefined;
  if (!box || value === undefined || value === "") return null;
  return (
    <text x={box.x + box.width / 2} y={box.y - 5} textAnchor="middle" style={{ ...style, fontSize: 11 }}>
      {value}
    </text>
  );
}
