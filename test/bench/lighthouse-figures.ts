/**
 * What the portal bench keeps of a Lighthouse report (its `lhr`): the three category scores out of 100, the
 * metrics behind the performance score, and the audits that cost accessibility or best-practices points.
 */

/** The issue's targets, each a score out of 100. */
export const categoryTargets = {
  performance: { atLeast: 90, unit: 'score' },
  accessibility: { atLeast: 100, unit: 'score' },
  'best-practices': { atLeast: 95, unit: 'score' },
} as const;
export type Category = keyof typeof categoryTargets;

export interface LighthouseFigures {
  scores: Record<Category, number>;
  /** Milliseconds, but CLS (unitless, three decimals). */
  metrics: { fcp: number; lcp: number; tbt: number; cls: number; si: number };
  /** The path the report ended on, to see a page that sent the browser elsewhere (to sign in, say). */
  finalPath: string;
  /** « id: title (where) » of each failed audit that weighs in the accessibility or best-practices score. */
  failedAudits: string[];
  /**
   * Lighthouse's measure of the host's CPU at the time of the run (higher is faster). Its mobile preset slows the
   * CPU 4× to stand for a mid-range phone, which assumes a host of about 1,000 or more: on a slower or busier host
   * the blocking time, hence the performance score, measures the host more than the page.
   */
  benchmarkIndex: number;
  /** What Lighthouse warns of about the run (a slow host, a redirect…). */
  warnings: string[];
}

/** The parts of a Lighthouse result read here (`LH.Result`), so that tests can give a small one. */
export interface LighthouseResult {
  finalDisplayedUrl: string;
  environment: { benchmarkIndex: number };
  runWarnings: unknown[];
  categories: Record<
    string,
    { score: number | null; auditRefs: { id: string; weight: number }[] } | undefined
  >;
  audits: Record<
    string,
    | {
        id: string;
        title: string;
        score: number | null;
        scoreDisplayMode: string;
        numericValue?: number;
        details?: unknown;
      }
    | undefined
  >;
}

const scoreOf = (result: LighthouseResult, category: Category) =>
  Math.round((result.categories[category]?.score ?? 0) * 100);

const numericOf = (result: LighthouseResult, audit: string) =>
  result.audits[audit]?.numericValue ?? Number.NaN;

/** Where an audit failed, as its details name it: the first few elements (selector) or addresses (url). */
const placesOf = (details: unknown): string[] => {
  const items = (details as { items?: unknown[] } | undefined)?.items ?? [];
  return items.slice(0, 3).flatMap((item) => {
    const record = item as { node?: { selector?: string }; url?: string; description?: string };
    const place = record.node?.selector ?? record.url ?? record.description;
    return typeof place === 'string' && place.length > 0 ? [place.slice(0, 120)] : [];
  });
};

export const lighthouseFiguresOf = (result: LighthouseResult): LighthouseFigures => {
  const failedAudits = (['accessibility', 'best-practices'] as const).flatMap((category) =>
    (result.categories[category]?.auditRefs ?? [])
      .filter(({ weight }) => weight > 0)
      .flatMap(({ id }) => {
        const audit = result.audits[id];
        if (!audit || audit.score === null || audit.score >= 1) return [];
        const places = placesOf(audit.details);
        return [`${id}: ${audit.title}${places.length > 0 ? ` (${places.join(' | ')})` : ''}`];
      }),
  );
  return {
    scores: {
      performance: scoreOf(result, 'performance'),
      accessibility: scoreOf(result, 'accessibility'),
      'best-practices': scoreOf(result, 'best-practices'),
    },
    metrics: {
      fcp: Math.round(numericOf(result, 'first-contentful-paint')),
      lcp: Math.round(numericOf(result, 'largest-contentful-paint')),
      tbt: Math.round(numericOf(result, 'total-blocking-time')),
      cls: Math.round(numericOf(result, 'cumulative-layout-shift') * 1000) / 1000,
      si: Math.round(numericOf(result, 'speed-index')),
    },
    finalPath: new URL(result.finalDisplayedUrl).pathname,
    failedAudits,
    benchmarkIndex: Math.round(result.environment.benchmarkIndex),
    warnings: result.runWarnings.map(String),
  };
};

/** The run of median performance score (the lower middle one of an even count): one noisy run moves nothing. */
export const medianRun = (runs: readonly LighthouseFigures[]): LighthouseFigures => {
  if (runs.length === 0) throw new Error('No Lighthouse run to take the median of');
  const sorted = [...runs].sort((a, b) => a.scores.performance - b.scores.performance);
  return sorted[Math.floor((sorted.length - 1) / 2)] as LighthouseFigures;
};

/** « performance 84 < 90 » for each category under its target. */
export const missedTargets = (scores: Record<Category, number>) =>
  (Object.keys(categoryTargets) as Category[])
    .filter((category) => scores[category] < categoryTargets[category].atLeast)
    .map((category) => `${category} ${scores[category]} < ${categoryTargets[category].atLeast}`);
