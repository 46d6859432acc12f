import { expect, test, type Page } from '@playwright/test';
import { exportedPages } from './exported-pages';
import { isHydrated, loadFully } from './page-load';

/** Collects CSP violations and console errors from the first script the page runs on. */
async function watchForViolations(page: Page): Promise<{ violations: () => Promise<string[]>; consoleErrors: string[] }> {
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { cspViolations: string[] }).cspViolations = []);
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'}`));
  });
  const consoleErrors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && consoleErrors.push(`${message.text()} (${message.location().url})`));
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  return { violations: () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations), consoleErrors };
}

for (const pagePath of exportedPages) {
  test(`${pagePath} has a strict policy and runs without CSP violations`, async ({ page }) => {
    const watch = await watchForViolations(page);
    await loadFully(page, pagePath);
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
  });
}

test('the policy is enforced: an injected inline script is blocked and reported', async ({ page }) => {
  const watch = await watchForViolations(page);
  await page.goto('/');
  await page.evaluate(() => document.head.append(Object.assign(document.createElement('script'), { textContent: 'window.injected = true' })));
  await expect.poll(watch.violations).toEqual(['script-src-elem blocked inline']);
  expect(await page.evaluate(() => 'injected' in window)).toBe(false);
});

test('the YouTube facade still starts the nocookie player under the policy', async ({ page, baseURL }) => {
  const watch = await watchForViolations(page);
  // Nothing leaves the machine: the player request is answered here, anything else foreign is refused.
  const playerRequests: string[] = [];
  await page.route(
    (url) => url.origin !== new URL(baseURL!).origin,
    (route) => {
      if (new URL(route.request().url()).hostname !== 'www.youtube-nocookie.com') return route.abort();
      playerRequests.push(route.request().url());
      return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>player</title><p>player stub</p>' });
    },
  );
  await loadFully(page, '/deep_learning_2022/');
  await page.locator('.video__poster').first().click();
  const iframe = page.locator('.video iframe').first();
  await expect(iframe).toHaveAttribute('src', /^https:\/\/www\.youtube-nocookie\.com\/embed\/6lGMCAzBzOQ\?/);
  await expect.poll(() => playerRequests.length).toBe(1);
  await expect(page.frameLocator('.video iframe').first().locator('p')).toHaveText('player stub');
  expect(await watch.violations()).toEqual([]);
  expect(watch.consoleErrors).toEqual([]);
});
