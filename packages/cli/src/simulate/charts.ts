// The charts of `lashou simulate`, as SVG rendered headless by Vega-Lite/Vega (no browser, no native modules): a
// Vega-Lite spec per chart, compiled to Vega and rendered with the `none` renderer's `toSVG`.

import type { TopLevelSpec } from 'vega-lite';
import { CLOSABLE_COALITIONS, COALITION_LABELS, type CoalitionId, type CoalitionResult } from './coalitions.js';
import type { SweepResult } from './sweep.js';

/** Renders a Vega-Lite spec to an SVG document. Vega is loaded on first use, so other commands never load it. */
export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  const [vega, { compile }] = await Promise.all([import('vega'), import('vega-lite')]);
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

const FONT = { font: 'Helvetica, Arial, sans-serif', labelFont: 'Helvetica, Arial, sans-serif', titleFont: 'Helvetica, Arial, sans-serif' };
const base = (title: string, subtitle?: string) => ({
  $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
  title: subtitle ? { text: title, subtitle } : title,
  width: 640,
  height: 280,
  background: 'white',
  config: { view: { stroke: null }, axis: { ...FONT, grid: true }, title: { font: FONT.font }, legend: { labelFont: FONT.font, titleFont: FONT.font, labelLimit: 640 } },
});

/** A time series over epochs: `field` of each row against `epoch`. */
export function seriesChart(rows: Record<string, number>[], field: string, title: string, yTitle: string, subtitle?: string): TopLevelSpec {
  return {
    ...base(title, subtitle),
    data: { values: rows },
    mark: { type: 'line', interpolate: 'step-after', strokeWidth: 1.5 },
    encoding: {
      x: { field: 'epoch', type: 'quantitative', title: 'epoch' },
      y: { field, type: 'quantitative', title: yTitle },
    },
  } as TopLevelSpec;
}

/** Each coalition's expected profit per attempt, bars coloured by sign. */
export function coalitionChart(coalitions: CoalitionResult[], subtitle: string): TopLevelSpec {
  const values = coalitions.map((c) => ({ coalition: c.label, profit: c.expectedProfit, sign: c.expectedProfit < 0 ? 'loses' : 'gains (or breaks even)' }));
  return {
    ...base('Expected profit per attempt of each coalition', subtitle),
    height: 24 * values.length,
    data: { values },
    mark: 'bar',
    encoding: {
      y: { field: 'coalition', type: 'nominal', sort: null, title: null, axis: { labelLimit: 640 } },
      x: { field: 'profit', type: 'quantitative', title: 'expected profit (token units, symmetric log scale)', scale: { type: 'symlog', constant: 100 } },
      color: { field: 'sign', type: 'nominal', title: null, scale: { domain: ['loses', 'gains (or breaks even)'], range: ['#2a9d8f', '#e76f51'] } },
      tooltip: [{ field: 'coalition' }, { field: 'profit', format: ',.0f' }],
    },
  } as TopLevelSpec;
}

/** One swept parameter: each coalition's expected profit against the value, the zero line, and the values where
 *  every closable coalition is negative shaded. */
export function sweepLineChart(sweep: SweepResult, which: CoalitionId[], subtitle: string): TopLevelSpec {
  const param = sweep.parameters[0];
  if (!param) throw new Error('a sweep line chart needs one parameter');
  const lines = sweep.points.flatMap((p) => which.map((id) => ({ value: p.values[0], coalition: COALITION_LABELS[id], profit: p.profits[id] })));
  const step = param.values.length > 1 ? (param.values[1] as number) - (param.values[0] as number) : 1;
  const safe = sweep.points.filter((p) => p.closableNegative).map((p) => ({ from: (p.values[0] as number) - step / 2, to: (p.values[0] as number) + step / 2 }));
  const x = { field: 'value', type: 'quantitative', title: `${param.label} (${param.unit})` };
  return {
    ...base(`Expected profit of each coalition against ${param.name}`, subtitle),
    layer: [
      {
        data: { values: safe.length ? safe : [{ from: null, to: null }] },
        mark: { type: 'rect', color: '#2a9d8f', opacity: 0.12 },
        encoding: { x: { field: 'from', type: 'quantitative' }, x2: { field: 'to' } },
      },
      { data: { values: [{ zero: 0 }] }, mark: { type: 'rule', color: '#333', strokeDash: [4, 3] }, encoding: { y: { field: 'zero', type: 'quantitative' } } },
      {
        data: { values: lines },
        mark: { type: 'line', point: true, strokeWidth: 1.5 },
        encoding: {
          x,
          y: { field: 'profit', type: 'quantitative', title: 'expected profit per attempt (token units, symlog)', scale: { type: 'symlog', constant: 100 } },
          color: { field: 'coalition', type: 'nominal', title: 'coalition', sort: null, legend: { labelLimit: 640 } },
        },
      },
    ],
  } as TopLevelSpec;
}

/** Two swept parameters: a heat map of the largest closable coalition's expected profit, cells where every
 *  closable coalition is negative marked with a dot. */
export function sweepHeatmap(sweep: SweepResult, subtitle: string): TopLevelSpec {
  const [px, py] = sweep.parameters;
  if (!px || !py) throw new Error('a sweep heat map needs two parameters');
  const values = sweep.points.map((p) => {
    const closable = Object.entries(p.profits).filter(([id]) => CLOSABLE.has(id as CoalitionId)).map(([, v]) => v);
    return { x: p.values[0], y: p.values[1], worst: Math.max(...closable), safe: p.closableNegative ? 'every closable coalition loses' : 'some coalition gains', refused: p.conflict ? 'refused by ClaimParameters' : '' };
  });
  const fmt = (v: number) => String(Number(v.toPrecision(6)));
  return {
    ...base(`Largest expected profit of a closable coalition over ${px.name} × ${py.name}`, subtitle),
    width: Math.min(720, Math.max(240, 22 * px.values.length)),
    height: Math.min(520, Math.max(160, 18 * py.values.length)),
    data: { values: values.map((v) => ({ ...v, xLabel: fmt(v.x as number), yLabel: fmt(v.y as number) })) },
    layer: [
      {
        mark: 'rect',
        encoding: {
          x: { field: 'xLabel', type: 'ordinal', sort: px.values.map(fmt), title: `${px.label} (${px.unit})` },
          y: { field: 'yLabel', type: 'ordinal', sort: [...py.values].reverse().map(fmt), title: `${py.label} (${py.unit})` },
          color: {
            field: 'worst', type: 'quantitative', title: 'largest profit', legend: { titleLimit: 400 },
            scale: { type: 'symlog', constant: 100, scheme: 'redblue', reverse: true, domainMid: 0 },
          },
        },
      },
      {
        transform: [{ filter: "datum.safe === 'every closable coalition loses'" }],
        mark: { type: 'point', shape: 'circle', filled: true, color: 'white', stroke: 'black', strokeWidth: 1, size: 40 },
        encoding: {
          x: { field: 'xLabel', type: 'ordinal', sort: px.values.map(fmt) },
          y: { field: 'yLabel', type: 'ordinal', sort: [...py.values].reverse().map(fmt) },
        },
      },
    ],
  } as TopLevelSpec;
}

const CLOSABLE = new Set<CoalitionId>(CLOSABLE_COALITIONS);
