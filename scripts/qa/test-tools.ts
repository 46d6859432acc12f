// What `npm test` needs besides node_modules: a Chromium for the browser tests and Lighthouse, and
// a Java runtime for the HTML checker (vnu.jar). Found here, installed by scripts/test-tools.ts.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

/** Where a Chromium is looked for, first match wins; PLAYWRIGHT_CHROMIUM (or CHROME_PATH) overrides. */
const CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function findChromium(env: Record<string, string | undefined> = process.env, exists: (file: string) => boolean = fs.existsSync): string | undefined {
  return [env.PLAYWRIGHT_CHROMIUM, env.CHROME_PATH, ...CHROMIUM_PATHS].filter((file): file is string => Boolean(file)).find(exists);
}

export function hasJava(): boolean {
  return spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0;
}

/** Debian packages that provide each missing tool. */
const PACKAGES = { chromium: 'chromium', java: 'default-jre-headless' } as const;
type Tool = keyof typeof PACKAGES;

export type ToolsPlan = { kind: 'ready' } | { kind: 'install'; packages: string[] } | { kind: 'stop'; message: string };

/**
 * What to do about missing tools: nothing, install them with apt (as root, where apt exists), or stop
 * at once with the one command that installs them (never let 150 browser tests fail one by one).
 */
export function planTestTools({ missing, isRoot, hasApt }: { missing: Tool[]; isRoot: boolean; hasApt: boolean }): ToolsPlan {
  if (missing.length === 0) return { kind: 'ready' };
  const packages = missing.map((tool) => PACKAGES[tool]);
  if (isRoot && hasApt) return { kind: 'install', packages };
  const command = `${isRoot ? '' : 'sudo '}apt-get install -y ${packages.join(' ')}`;
  return {
    kind: 'stop',
    message:
      `npm test needs ${missing.map((tool) => (tool === 'java' ? 'a Java runtime (for the HTML checker)' : 'Chromium (for the browser tests)')).join(' and ')}.\n` +
      `Install ${missing.length === 1 ? 'it' : 'them'} with:\n\n  ${command}\n\n` +
      (missing.includes('chromium') ? 'or point PLAYWRIGHT_CHROMIUM at a Chrome or Chromium binary.\n' : ''),
  };
}
