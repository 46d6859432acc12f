import { pageviewsSchema, type Pageviews } from './index';

/** What `npm run pageviews` needs: the GA4 property and a service account's JSON key file. */
export const GA_ENV = ['GA4_PROPERTY_ID', 'GOOGLE_APPLICATION_CREDENTIALS'] as const;

export function missingGaEnv(env: Record<string, string | undefined>): string[] {
  return GA_ENV.filter((name) => !env[name]?.trim());
}

/** One row of a GA4 report with the pagePath dimension and the screenPageViews metric. */
export interface ReportRow {
  path: string;
  views: number;
}

/**
 * The page URL a GA4 pagePath stands for: query and fragment dropped, "/post" and
 * "/post/index.html" merged into "/post/". Undefined for rows that are not a page
 * ("(not set)", feeds and other files).
 */
export function normalisePagePath(pagePath: string): string | undefined {
  const pathOnly = pagePath.split(/[?#]/)[0].replace(/\/index\.html$/, '/');
  if (!pathOnly.startsWith('/')) return undefined;
  if (pathOnly.endsWith('/')) return pathOnly;
  return /\.[a-z0-9]+$/i.test(pathOnly) ? undefined : `${pathOnly}/`;
}

function sumByPath(rows: ReportRow[]): Map<string, number> {
  const sums = new Map<string, number>();
  for (const row of rows) {
    const path = normalisePagePath(row.path);
    if (path && row.views > 0) sums.set(path, (sums.get(path) ?? 0) + row.views);
  }
  return sums;
}

/** Builds data/pageviews.json from an all-time report and a report over the last `recentDays` days. */
export function pageviewsFromReports({
  total,
  recent,
  recentDays,
  generatedAt,
}: {
  total: ReportRow[];
  recent: ReportRow[];
  recentDays: number;
  generatedAt: Date;
}): Pageviews {
  const totals = sumByPath(total);
  const recents = sumByPath(recent);
  const pages: Pageviews['pages'] = {};
  for (const path of [...new Set([...totals.keys(), ...recents.keys()])].sort()) {
    const recentViews = recents.get(path) ?? 0;
    // The two reports are separate queries; GA's thresholds can make the window exceed all-time by a little.
    pages[path] = { total: Math.max(totals.get(path) ?? 0, recentViews), recent: recentViews };
  }
  return pageviewsSchema.parse({ generatedAt: generatedAt.toISOString(), recentDays, pages });
}
