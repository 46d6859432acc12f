// The checks the quality gates run on a page, shared by the specs over out/ (a11y, csp, privacy)
// and those over fixture sites built in a project copy (md-posts).
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { isHydrated, loadFully, requestsOnLoad } from './page-load';

const isOtherOrigin = (url: string, origin: string) => !/^(data|blob):/.test(url) && new URL(url).origin !== origin;

/** Collects CSP violations and console errors from the first script the page runs on. */
export async function watchForViolations(page: Page): Promise<{ violations: () => Promise<string[]>; consoleErrors: string[] }> {
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { cspViolations: string[] }).cspViolations = []);
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'}`));
  });
  const consoleErrors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && consoleErrors.push(`${message.text()} (${message.location().url})`));
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  return { violations: () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations), consoleErrors };
}

/**
 * Each theme as the OS picks it, and as `html[data-theme]` pins it against the opposite OS
 * setting (what a theme toggle does). The pinned runs only need the colour rules: the structure
 * does not change with the theme.
 */
const THEMES = [
  { name: 'light', colorScheme: 'light', dataTheme: null, rules: null },
  { name: 'dark', colorScheme: 'dark', dataTheme: null, rules: null },
  { name: 'data-theme=light over a dark OS', colorScheme: 'dark', dataTheme: 'light', rules: ['color-contrast', 'link-in-text-block'] },
  { name: 'data-theme=dark over a light OS', colorScheme: 'light', dataTheme: 'dark', rules: ['color-contrast', 'link-in-text-block'] },
] as const;

/** Axe violations of the open page in every theme, one line each with the theme named. */
export async function axeViolationsInEveryTheme(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const theme of THEMES) {
    await page.emulateMedia({ colorScheme: theme.colorScheme });
    await page.evaluate((value) => {
      if (value) document.documentElement.dataset.theme = value;
      else delete document.documentElement.dataset.theme;
    }, theme.dataTheme);
    const axe = new AxeBuilder({ page });
    if (theme.rules) axe.withRules([...theme.rules]);
    const { violations } = await axe.analyze();
    found.push(
      ...violations.map(
        (v) =>
          `${theme.name}: ${v.id} (${v.impact}): ${v.help}\n    ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 8)
            .join('\n    ')}`,
      ),
    );
  }
  return found;
}

/** Privacy: no request or resource hint to another origin while the page loads and scrolls. */
export async function expectNoOtherOrigin(page: Page, url: string, origin: string): Promise<void> {
  const urls = await requestsOnLoad(page, url);
  expect(urls.length).toBeGreaterThan(0);
  expect(urls.filter((request) => isOtherOrigin(request, origin))).toEqual([]);
  // Resource hints contact a host without a request event; canonical and alternate links fetch nothing.
  const linked = await page
    .locator('head link[href]:not([rel~="canonical"], [rel~="alternate"])')
    .evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));
  expect(linked.filter((href) => isOtherOrigin(href, origin))).toEqual([]);
}

/** Security: the page's CSP <meta> comes before every script, allows only our scripts, and nothing breaks it. */
export async function expectStrictPolicy(page: Page, url: string): Promise<void> {
  const watch = await watchForViolations(page);
  await loadFully(page, url);
  const policy = page.locator('head > meta[http-equiv="Content-Security-Policy"]');
  await expect(policy).toHaveCount(1);
  const scriptSrc = (await policy.getAttribute('content'))!.split(';').find((directive) => directive.trim().startsWith('script-src'))!;
  expect(scriptSrc).toMatch(/^script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/]+=*')*$/);
  // The policy only governs what comes after it, so no script may precede it.
  expect(await page.locator('head > meta[http-equiv="Content-Security-Policy"] ~ script').count()).toBe(await page.locator('head > script').count());
  expect(await watch.violations()).toEqual([]);
  expect(watch.consoleErrors).toEqual([]);
  // Hydration ran, so Next's inline scripts and the hydration loader were allowed.
  await expect.poll(() => isHydrated(page)).toBe(true);
}
