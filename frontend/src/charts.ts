// Bar charts drawn with uPlot (about 20 KB gzipped, canvas based, loaded only by the pages that chart).
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface BarChart {
  destroy(): void;
}

function cssVar(name: string, fallback: string): string {
  const value = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  return value === '' ? fallback : value;
}

/**
 * A bar per year. `label` names the series (legend, screen readers get the table the caller renders
 * next to the chart, since a canvas says nothing to them).
 */
export function yearBarChart(container: HTMLElement, years: number[], values: number[], label: string): BarChart {
  const accent = cssVar('--accent', '#b7410e');
  const ink = cssVar('--fg-muted', '#555');
  const grid = cssVar('--grid', 'rgba(128,128,128,0.2)');
  const axis = { stroke: ink, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid, width: 1 } };
  const width = (): number => Math.max(240, container.clientWidth);
  const options: uPlot.Options = {
    width: width(),
    height: 220,
    legend: { show: false },
    cursor: { drag: { x: false, y: false } },
    scales: {
      x: { time: false, range: (_u, min, max) => [min - 0.6, max + 0.6] },
      y: { range: (_u, _min, max) => [0, Math.max(1, max * 1.1)] },
    },
    axes: [
      // Whole years and whole counts only: a tick at 2019.5 or 2.5 entries means nothing.
      {
        ...axis,
        incrs: [1, 2, 5, 10],
        values: (_u, splits) => splits.map((v) => (Number.isInteger(v) ? String(v) : '')),
        space: 36,
      },
      {
        ...axis,
        incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000],
        size: 48,
        values: (_u, splits) => splits.map((v) => (Number.isInteger(v) ? v.toLocaleString('en') : '')),
      },
    ],
    series: [
      {},
      {
        label,
        stroke: accent,
        fill: accent,
        width: 0,
        paths: uPlot.paths.bars?.({ size: [0.7, 40], gap: 1 }),
        points: { show: false },
      },
    ],
  };
  const plot = new uPlot(options, [years, values], container);
  const observer = new ResizeObserver(() => plot.setSize({ width: width(), height: 220 }));
  observer.observe(container);
  return {
    destroy(): void {
      observer.disconnect();
      plot.destroy();
    },
  };
}

/** Fills the years between the first and last with zeros, so that a gap shows as a gap. */
export function denseYears(counts: Map<number, number>): { years: number[]; values: number[] } {
  const known = [...counts.keys()].sort((a, b) => a - b);
  const years: number[] = [];
  const values: number[] = [];
  const first = known[0];
  const last = known.at(-1);
  if (first === undefined || last === undefined) return { years, values };
  for (let y = first; y <= last; y++) {
    years.push(y);
    values.push(counts.get(y) ?? 0);
  }
  return { years, values };
}
