// `npm run pageviews [-- --recent-days 30]`: writes data/pageviews.json (or PAGEVIEWS_FILE) from the
// GA4 Data API. Needs GA4_PROPERTY_ID and GOOGLE_APPLICATION_CREDENTIALS (a service account key file).
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { GA_ENV, missingGaEnv, pageviewsFromReports, type ReportRow } from '../lib/pageviews/ga';
import { pageviewsFile } from '../lib/pageviews/index';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const { values } = parseArgs({ options: { 'recent-days': { type: 'string', default: '30' } } });
const recentDays = Number(values['recent-days']);
if (!Number.isInteger(recentDays) || recentDays < 1) fail(`--recent-days must be a whole number of days, got "${values['recent-days']}"`);

const missing = missingGaEnv(process.env);
if (missing.length > 0) {
  fail(
    `npm run pageviews: missing environment variable${missing.length === 1 ? '' : 's'} ${missing.join(', ')}.\n` +
      `Set ${GA_ENV[0]} to the numeric GA4 property id and ${GA_ENV[1]} to the JSON key file of a service account ` +
      'with Viewer access to that property. See "Page views" in README.md.',
  );
}
const propertyId = process.env.GA4_PROPERTY_ID!.trim();
if (!/^\d+$/.test(propertyId)) fail(`GA4_PROPERTY_ID must be the numeric property id (Admin → Property details), got "${propertyId}"`);
const credentials = process.env.GOOGLE_APPLICATION_CREDENTIALS!;
if (!fs.existsSync(credentials)) fail(`GOOGLE_APPLICATION_CREDENTIALS points to ${credentials}, which does not exist`);

interface GaRow {
  dimensionValues?: { value?: string | null }[] | null;
  metricValues?: { value?: string | null }[] | null;
}
interface GaClient {
  runReport(request: object): Promise<[{ rows?: GaRow[] | null }, ...unknown[]]>;
}

/**
 * The GA4 client is an optional peer dependency, not part of the default install: it and its
 * Google libraries need Node 22 or newer, and only this command uses them.
 */
async function loadGaClient(): Promise<GaClient> {
  const name = '@google-analytics/data';
  const version = (JSON.parse(fs.readFileSync('package.json', 'utf8')) as { peerDependencies: Record<string, string> }).peerDependencies[name];
  try {
    const { BetaAnalyticsDataClient } = (await import(/* webpackIgnore: true */ name)) as { BetaAnalyticsDataClient: new () => GaClient };
    return new BetaAnalyticsDataClient();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw error;
    return fail(
      `npm run pageviews needs ${name}, which is not installed by default (it needs Node 22 or newer). Install it with:\n\n  npm install --no-save ${name}@${version}\n`,
    );
  }
}

const client = await loadGaClient();

async function pageViewsSince(startDate: string): Promise<ReportRow[]> {
  const [response] = await client.runReport({
    property: `properties/${propertyId}`,
    dateRanges: [{ startDate, endDate: 'today' }],
    dimensions: [{ name: 'pagePath' }],
    metrics: [{ name: 'screenPageViews' }],
    limit: 100_000,
  });
  return (response.rows ?? []).map((row) => ({ path: row.dimensionValues?.[0]?.value ?? '', views: Number(row.metricValues?.[0]?.value ?? 0) }));
}

try {
  // 2015-08-14 is the earliest date the GA4 Data API accepts: "all time".
  const [total, recent] = await Promise.all([pageViewsSince('2015-08-14'), pageViewsSince(`${recentDays}daysAgo`)]);
  const pageviews = pageviewsFromReports({ total, recent, recentDays, generatedAt: new Date() });
  const file = pageviewsFile();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(pageviews, null, 2)}\n`);
  console.log(`Wrote ${Object.keys(pageviews.pages).length} paths to ${path.relative(process.cwd(), file)} (recent = last ${recentDays} days)`);
} catch (error) {
  fail(`npm run pageviews: the GA4 Data API request failed: ${error instanceof Error ? error.message : String(error)}`);
}
