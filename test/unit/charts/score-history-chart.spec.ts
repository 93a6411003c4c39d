import { describe, expect, it } from 'vitest';
import { scoreHistoryChart } from '../../../src/platform/web/charts/score-history-chart.js';

describe('score history chart', () => {
  it('is empty without points, with the score axis still drawn', () => {
    const chart = scoreHistoryChart([{ label: 'cv.pdf', points: [] }]);
    expect(chart.empty).toBe(true);
    expect(chart.yTicks.map((t) => t.label)).toEqual(['0', '25', '50', '75', '100']);
  });

  it('maps scores to heights (0 at the bottom, 100 at the top) and time to x, in order', () => {
    const chart = scoreHistoryChart([
      {
        label: 'cv.pdf',
        points: [
          { at: new Date('2026-11-03T00:00:00Z'), score: 80 },
          { at: new Date('2026-11-01T00:00:00Z'), score: 40 },
        ],
      },
    ]);
    const [series] = chart.series;
    expect(series!.dots.map((d) => d.score)).toEqual([40, 80]);
    expect(series!.dots[0]!.x).toBe(chart.plot.left);
    expect(series!.dots[1]!.x).toBe(chart.plot.right);
    expect(series!.dots[0]!.y).toBeGreaterThan(series!.dots[1]!.y);
    expect(series!.path).toBe(`M${chart.plot.left} ${series!.dots[0]!.y} L${chart.plot.right} ${series!.dots[1]!.y}`);
    expect(chart.xTicks[0]!.label).toBe('1 Nov');
    // The last date ends at the plot's right edge, so a phone's narrow chart does not cut it ("2 De").
    expect(chart.xTicks.map((tick) => tick.anchor)).toEqual([...chart.xTicks.slice(1).map(() => 'middle'), 'end']);
    expect(chart.xTicks.at(-1)!.x).toBe(chart.plot.right);
  });

  it('centres a single analysis and clamps out-of-range scores', () => {
    const chart = scoreHistoryChart([{ label: 'a', points: [{ at: new Date('2026-01-01T00:00:00Z'), score: 130 }] }]);
    const dot = chart.series[0]!.dots[0]!;
    expect(dot.x).toBeCloseTo((chart.plot.left + chart.plot.right) / 2, 0);
    expect(dot.y).toBe(chart.plot.top);
  });

  it('labels dates in each reader’s own time zone, however many zones it has drawn for (issue #18: formatters are reused)', () => {
    const late = [{ label: 'cv.pdf', points: [{ at: new Date('2026-11-05T23:30:00Z'), score: 60 }, { at: new Date('2026-11-01T23:30:00Z'), score: 50 }] }];
    const label = (timeZone: string, locale: 'en' | 'ko' = 'en') => scoreHistoryChart(late, { locale, timeZone }).xTicks[0]!.label;
    expect(label('UTC')).toBe('1 Nov');
    expect(label('Asia/Seoul')).toBe('2 Nov');
    expect(label('Asia/Seoul', 'ko')).toBe('11. 2.');
    expect(label('UTC')).toBe('1 Nov');
    for (const zone of Intl.supportedValuesOf('timeZone').slice(0, 100)) label(zone);
    expect(label('Asia/Seoul')).toBe('2 Nov');
    expect(label('America/Los_Angeles')).toBe('1 Nov');
  });
});
