import type { Locale } from '../../i18n/locale.js';

/**
 * Geometry for the score-history chart, rendered server-side as SVG (readable without JavaScript;
 * a table with the same numbers sits beside it for screen readers). Pure: numbers in, shapes out.
 */
export interface ScorePoint {
  at: Date;
  score: number;
}

export interface ChartSeries {
  label: string;
  points: ScorePoint[];
}

export interface ChartGeometry {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  yTicks: { y: number; label: string }[];
  /** `anchor`: the last date ends at the plot's right edge ("2 Dec" was cut to "2 De" on a phone), the others centre on their tick. */
  xTicks: { x: number; label: string; anchor: 'middle' | 'end' }[];
  series: { label: string; path: string; dots: { x: number; y: number; score: number; label: string }[]; colorIndex: number }[];
  empty: boolean;
}

/** How the caller wants dates written: its locale and time zone (a request's `fmt` carries both). */
export interface ChartDateFormat {
  locale: Locale;
  timeZone: string;
}

const ENGLISH_UTC: ChartDateFormat = { locale: 'en', timeZone: 'UTC' };

const WIDTH = 640;
const HEIGHT = 240;
const PLOT = { left: 40, top: 12, right: WIDTH - 12, bottom: HEIGHT - 28 };

export function scoreHistoryChart(input: ChartSeries[], dates: ChartDateFormat = ENGLISH_UTC): ChartGeometry {
  const dateLabel = dateLabeller(dates);
  const all = input.flatMap((s) => s.points);
  const yTicks = [0, 25, 50, 75, 100].map((v) => ({ y: yFor(v), label: String(v) }));
  if (all.length === 0) return { width: WIDTH, height: HEIGHT, plot: PLOT, yTicks, xTicks: [], series: [], empty: true };

  const times = all.map((p) => p.at.getTime());
  let min = Math.min(...times);
  let max = Math.max(...times);
  if (min === max) {
    // One moment only: centre it.
    min -= 86_400_000;
    max += 86_400_000;
  }
  const xFor = (t: number) => round(PLOT.left + ((t - min) / (max - min)) * (PLOT.right - PLOT.left));
  const series = input
    .filter((s) => s.points.length > 0)
    .map((s, colorIndex) => {
      const sorted = [...s.points].sort((a, b) => a.at.getTime() - b.at.getTime());
      const dots = sorted.map((p) => ({ x: xFor(p.at.getTime()), y: yFor(p.score), score: p.score, label: dateLabel(p.at) }));
      const path = dots.map((d, i) => `${i === 0 ? 'M' : 'L'}${d.x} ${d.y}`).join(' ');
      return { label: s.label, path, dots, colorIndex: colorIndex % 6 };
    });
  const tickCount = Math.min(5, new Set(times).size);
  const xTicks = Array.from({ length: Math.max(tickCount, 2) }, (_, i) => {
    const t = min + ((max - min) * i) / Math.max(tickCount - 1, 1);
    return { x: xFor(t), label: dateLabel(new Date(t)) };
  })
    .filter((tick, i, arr) => arr.findIndex((o) => o.label === tick.label) === i)
    .map((tick, i, arr) => ({ ...tick, anchor: i > 0 && i === arr.length - 1 ? ('end' as const) : ('middle' as const) }));
  return { width: WIDTH, height: HEIGHT, plot: PLOT, yTicks, xTicks, series, empty: false };
}

function yFor(score: number): number {
  const clamped = Math.max(0, Math.min(100, score));
  return round(PLOT.bottom - (clamped / 100) * (PLOT.bottom - PLOT.top));
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/**
 * Formatters by language and time zone, made once: building an `Intl.DateTimeFormat` costs ~0.3 ms,
 * more than drawing the chart. Bounded, since the time zone is the person's.
 */
const labelFormats = new Map<string, Intl.DateTimeFormat>();
const LABEL_FORMATS_MAX = 64;

/** Short day-and-month labels: `5 Jan` in English, `1. 5.` in Korean. */
function dateLabeller({ locale, timeZone }: ChartDateFormat): (d: Date) => string {
  const cacheKey = `${locale}|${timeZone}`;
  let format = labelFormats.get(cacheKey);
  if (!format) {
    format =
      locale === 'ko'
        ? new Intl.DateTimeFormat('ko-KR', { month: 'numeric', day: 'numeric', timeZone })
        : new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone });
    if (labelFormats.size >= LABEL_FORMATS_MAX) labelFormats.delete(labelFormats.keys().next().value!);
    labelFormats.set(cacheKey, format);
  }
  return (d) => format.format(d);
}
