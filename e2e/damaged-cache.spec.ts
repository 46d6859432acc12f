import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { unwrapEntry } from '../lib/cache/disk-cache.mjs';
import { keptPagesCache } from '../lib/incremental/kept-pages';
import { makeProjectCopy } from '../scripts/qa/project-copy';
import { run } from '../scripts/qa/processes';

// CI systems restore .cache/ from earlier runs, disks fill up and copies get cut. A build over a
// cache whose every entry is truncated, garbled or foreign must still succeed and publish exactly
// what a clean build publishes.
test.describe.configure({ timeout: 600_000 });

/** Every file of out/ by path, with what differs between any two builds (Next's build id, the CSP hashes of scripts that embed it) masked. */
function snapshot(dir: string): Map<string, string> {
  const out = path.join(dir, 'out');
  const buildId = fs.readFileSync(path.join(dir, '.next', 'BUILD_ID'), 'utf8').trim();
  const mask = (text: string) => text.replaceAll(buildId, 'BUILD_ID').replace(/'sha256-[A-Za-z0-9+/=]+'/g, "'sha256-…'");
  const files = new Map<string, string>();
  for (const name of fs.readdirSync(out, { recursive: true, encoding: 'utf8' }).sort()) {
    const file = path.join(out, name);
    if (!fs.statSync(file).isFile()) continue;
    const bytes = fs.readFileSync(file);
    files.set(mask(name), /\.(html|txt|xml|json|js|css|webmanifest)$|_headers$/.test(name) ? mask(bytes.toString('utf8')) : bytes.toString('base64'));
  }
  return files;
}

/** Spoils each cache entry one of three ways: cut in half, replaced by garbage, or written by another format. */
function damageCache(dir: string): number {
  const cache = path.join(dir, '.cache');
  const entries = fs
    .readdirSync(cache, { recursive: true, encoding: 'utf8' })
    .map((name) => path.join(cache, name))
    .filter((file) => fs.statSync(file).isFile());
  entries.forEach((file, i) => {
    if (i % 3 === 0) fs.truncateSync(file, Math.floor(fs.statSync(file).size / 2));
    else if (i % 3 === 1) fs.writeFileSync(file, Buffer.from('\u0000\u00ff garbage \n{"not": "an entry"'));
    else fs.writeFileSync(file, `hg-cache-0 4 0000\nold!`);
  });
  return entries.length;
}

test('a build over a damaged cache recomputes the entries and publishes the same site', async () => {
  const dir = makeProjectCopy(process.cwd(), 'e2e-damaged-cache');
  try {
    fs.cpSync('posts', path.join(dir, 'posts'), { recursive: true });
    const env = { ...process.env, NODE_ENV: 'production' as const };
    await run('npm', ['run', 'build'], dir, env);
    const clean = snapshot(dir);
    expect(damageCache(dir)).toBeGreaterThan(3);

    await run('npm', ['run', 'build'], dir, env);
    const rebuilt = snapshot(dir);
    expect([...rebuilt.keys()].sort()).toEqual([...clean.keys()].sort());
    for (const [name, content] of clean) expect(rebuilt.get(name), name).toBe(content);
    // Every entry the rebuild kept is whole again. A kept post page is its files as Next wrote
    // them, listed with their sha256 in a verified entry (lib/incremental/kept-pages.ts).
    const cache = path.join(dir, '.cache');
    const kept = keptPagesCache(path.join(cache, 'rendered'));
    for (const name of fs.readdirSync(cache, { recursive: true, encoding: 'utf8' })) {
      const file = path.join(cache, name);
      if (/^rendered\/[0-9a-f]{64}\//.test(name)) continue;
      if (fs.statSync(file).isFile()) expect(unwrapEntry(fs.readFileSync(file)), name).toBeDefined();
      if (name.startsWith('rendered/') && name.endsWith('.page')) expect(kept.has(path.basename(name, '.page')), name).toBe(true);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true, maxRetries: 5 });
  }
});
