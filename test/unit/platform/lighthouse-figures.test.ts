import { describe, expect, it } from 'vitest';
import {
  type LighthouseResult,
  lighthouseFiguresOf,
  medianRun,
  missedTargets,
} from '../../bench/lighthouse-figures';

const report = (performance: number, overrides: Partial<LighthouseResult> = {}): LighthouseResult => ({
  finalDisplayedUrl: 'http://localhost:3000/planning/semaine/person/p-1?date=2026-12-07',
  environment: { benchmarkIndex: 412.6 },
  runWarnings: ['The tested device appears to have a slower CPU than Lighthouse expects.'],
  categories: {
    performance: { score: performance / 100, auditRefs: [] },
    accessibility: {
      score: 0.96,
      auditRefs: [
        { id: 'color-contrast', weight: 7 },
        { id: 'label', weight: 7 },
        { id: 'tabindex', weight: 0 },
      ],
    },
    'best-practices': { score: 1, auditRefs: [{ id: 'errors-in-console', weight: 1 }] },
  },
  audits: {
    'first-contentful-paint': {
      id: 'x',
      title: '',
      score: 1,
      scoreDisplayMode: 'numeric',
      numericValue: 1234.4,
    },
    'largest-contentful-paint': {
      id: 'x',
      title: '',
      score: 1,
      scoreDisplayMode: 'numeric',
      numericValue: 2500.6,
    },
    'total-blocking-time': { id: 'x', title: '', score: 1, scoreDisplayMode: 'numeric', numericValue: 120 },
    'cumulative-layout-shift': {
      id: 'x',
      title: '',
      score: 1,
      scoreDisplayMode: 'numeric',
      numericValue: 0.01234,
    },
    'speed-index': { id: 'x', title: '', score: 1, scoreDisplayMode: 'numeric', numericValue: 1800 },
    'color-contrast': {
      id: 'color-contrast',
      title: 'Background and foreground colors do not have a sufficient contrast ratio.',
      score: 0,
      scoreDisplayMode: 'binary',
      details: { items: [{ node: { selector: 'p.muted' } }, { node: { selector: 'span.tag' } }] },
    },
    label: {
      id: 'label',
      title: 'Form elements have associated labels',
      score: 1,
      scoreDisplayMode: 'binary',
    },
    // Weighs nothing in the score: not listed even when it fails.
    tabindex: { id: 'tabindex', title: 'tabindex', score: 0, scoreDisplayMode: 'binary' },
    'errors-in-console': {
      id: 'errors-in-console',
      title: 'Browser errors were logged to the console',
      score: 0,
      scoreDisplayMode: 'binary',
      details: { items: [{ url: 'http://localhost:3000/api/session/refresh', description: '401' }] },
    },
  },
  ...overrides,
});

describe('what the portal bench keeps of a Lighthouse report', () => {
  it('reads the scores out of 100, the metrics and the path it ended on', () => {
    const figures = lighthouseFiguresOf(report(87));

    expect(figures.scores).toEqual({ performance: 87, accessibility: 96, 'best-practices': 100 });
    expect(figures.metrics).toEqual({ fcp: 1234, lcp: 2501, tbt: 120, cls: 0.012, si: 1800 });
    expect(figures.finalPath).toBe('/planning/semaine/person/p-1');
    expect(figures.benchmarkIndex).toBe(413);
    expect(figures.warnings).toEqual([
      'The tested device appears to have a slower CPU than Lighthouse expects.',
    ]);
  });

  it('names each failed audit that costs points, and where it failed', () => {
    expect(lighthouseFiguresOf(report(87)).failedAudits).toEqual([
      'color-contrast: Background and foreground colors do not have a sufficient contrast ratio. (p.muted | span.tag)',
      'errors-in-console: Browser errors were logged to the console (http://localhost:3000/api/session/refresh)',
    ]);
  });

  it('keeps the run of median performance, so one noisy run moves nothing', () => {
    const runs = [91, 42, 88].map((score) => lighthouseFiguresOf(report(score)));
    expect(medianRun(runs).scores.performance).toBe(88);
    expect(medianRun(runs.slice(0, 2)).scores.performance).toBe(42);
    expect(() => medianRun([])).toThrow();
  });

  it('says which targets are missed: performance 90, accessibility 100, best practices 95', () => {
    expect(missedTargets({ performance: 90, accessibility: 100, 'best-practices': 95 })).toEqual([]);
    expect(missedTargets({ performance: 89, accessibility: 96, 'best-practices': 100 })).toEqual([
      'performance 89 < 90',
      'accessibility 96 < 100',
    ]);
  });
});
