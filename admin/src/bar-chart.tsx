/**
 * A bar chart drawn as plain SVG (no chart library): one or more series of bars per category, a zero
 * line and the top value on the axis. The picture is for the eye; the numbers are in the table that
 * each chart's caller renders under it, which is what the SVG's description points to.
 */
export type BarSeries = { name: string; className: string };
export type BarDatum = { label: string; values: number[]; titles: string[] };

const WIDTH = 720;
const HEIGHT = 220;
const PAD = { top: 16, right: 8, bottom: 28, left: 56 };

/** A round number at or above `max` for the top of the axis: 1, 2 or 5 times a power of ten. */
export function niceCeiling(max: number): number {
  if (max <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 5, 10]) if (step * power >= max) return step * power;
  return 10 * power;
}

export function BarChart({ id, title, series, data, axisLabel }: { id: string; title: string; series: BarSeries[]; data: BarDatum[]; axisLabel: (value: number) => string }) {
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const max = niceCeiling(Math.max(0, ...data.flatMap((d) => d.values)));
  const slot = data.length === 0 ? plotW : plotW / data.length;
  const gap = Math.min(6, slot * 0.2);
  const barW = Math.max(1, (slot - gap) / Math.max(1, series.length));
  const y = (v: number) => PAD.top + plotH - (v / max) * plotH;
  // A label under every bar would overlap past a dozen categories: then the first, middle and last.
  const labelled = new Set(data.length <= 12 ? data.map((_, i) => i) : [0, Math.floor((data.length - 1) / 2), data.length - 1]);
  return (
    <svg id={id} className="chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} preserveAspectRatio="xMidYMid meet">
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>Bar chart; the table below it lists every value.</desc>
      <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(0)} y2={y(0)} className="axis" />
      <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(max)} y2={y(max)} className="grid" />
      <text x={PAD.left - 6} y={y(max) + 4} textAnchor="end" className="tick">
        {axisLabel(max)}
      </text>
      <text x={PAD.left - 6} y={y(0) + 4} textAnchor="end" className="tick">
        {axisLabel(0)}
      </text>
      {data.map((d, i) =>
        d.values.map((v, s) => {
          const x = PAD.left + i * slot + gap / 2 + s * barW;
          const h = Math.max(0, y(0) - y(v));
          return (
            <rect key={`${i}-${s}`} x={x} y={y(0) - h} width={barW} height={h} className={series[s]?.className ?? 'bar'}>
              <title>{d.titles[s]}</title>
            </rect>
          );
        }),
      )}
      {data.map((d, i) =>
        labelled.has(i) ? (
          <text key={d.label} x={PAD.left + i * slot + slot / 2} y={HEIGHT - 8} textAnchor="middle" className="tick">
            {d.label}
          </text>
        ) : null,
      )}
    </svg>
  );
}

/** The chart's key: which colour is which series (hidden from screen readers, the table says it in words). */
export function Legend({ series }: { series: BarSeries[] }) {
  if (series.length < 2) return null;
  return (
    <p className="legend" aria-hidden="true">
      {series.map((s) => (
        <span key={s.name}>
          <svg width="12" height="12" viewBox="0 0 12 12">
            <rect width="12" height="12" className={s.className} />
          </svg>{' '}
          {s.name}
        </span>
      ))}
    </p>
  );
}

export type HBarDatum = { label: string; value: number; text: string };

/**
 * Horizontal bars, one row per category with its label and its value in words at the end: reads
 * well with one bar or twenty, and long labels need no rotating.
 */
export function HBarChart({ id, title, data }: { id: string; title: string; data: HBarDatum[] }) {
  const row = 28;
  const labelW = 120;
  const textW = 150;
  const height = Math.max(1, data.length) * row + 8;
  const plotW = WIDTH - labelW - textW;
  const max = Math.max(0, ...data.map((d) => d.value)) || 1;
  return (
    <svg id={id} className="chart" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>Bar chart; the table below it lists every value.</desc>
      {data.map((d, i) => {
        const y = 4 + i * row;
        const w = Math.max(d.value > 0 ? 2 : 0, (d.value / max) * plotW);
        return (
          <g key={d.label}>
            <text x={labelW - 8} y={y + row / 2 + 4} textAnchor="end" className="tick">
              {d.label}
            </text>
            <rect x={labelW} y={y + 4} width={w} height={row - 8} className="bar bar-paid">
              <title>{`${d.label}: ${d.text}`}</title>
            </rect>
            <text x={labelW + w + 6} y={y + row / 2 + 4} className="tick">
              {d.text}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
