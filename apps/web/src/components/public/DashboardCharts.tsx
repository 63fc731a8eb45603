import { Bar, BarChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { EpochPoint } from './chartData';

/**
 * The recharts part of the dashboard, in its own chunk: only bar charts, the two axes and the tooltip are imported so
 * the chunk stays as small as recharts allows. Labels come in from the page (already translated and formatted).
 */
export type EpochBarChartProps = {
  points: EpochPoint[];
  value: 'shareUnits' | 'paidUnits';
  color: string;
  series: string;
  epochLabel: (point: EpochPoint) => string;
  axisNumber: (value: number) => string;
  tooltip: (point: EpochPoint) => string;
};

const AXIS = { fontSize: 12, fill: '#57534e' };

export default function EpochBarChart({ points, value, color, series, epochLabel, axisNumber, tooltip }: EpochBarChartProps) {
  const data = points.map((p) => ({ ...p, label: epochLabel(p) }));
  return (
    <BarChart responsive data={data} style={{ width: '100%', height: '100%' }} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} accessibilityLayer={false}>
      <XAxis dataKey="label" tick={AXIS} interval="preserveStartEnd" />
      <YAxis tick={AXIS} width={64} tickFormatter={axisNumber} />
      <Tooltip cursor={{ fill: '#f5f5f4' }} formatter={(_v, _n, item) => [tooltip(item.payload as EpochPoint), series]} />
      <Bar dataKey={value} name={series} fill={color} isAnimationActive={false} />
    </BarChart>
  );
}
