// `npm run dev [-- --port 3001]`: `next dev`, then a warm-up. Next compiles a route on its first
// request, 4–8 s on a 2-core machine however few posts there are; after that any post of the same
// route answers in under half a second. So once the server is ready this asks for the newest post
// and the home page, while the editor is still switching to the browser, and prints the URL to open.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { getPosts } from '../lib/content';
import { HOME_PATH, href, postPath } from '../lib/urls/site-pages';

const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');
const next = spawn(process.execPath, [nextBin, 'dev', ...process.argv.slice(2)], { stdio: ['inherit', 'pipe', 'inherit'] });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => next.kill(signal));
next.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

let origin: string | undefined;
let warming = false;
next.stdout.on('data', (chunk: Buffer) => {
  process.stdout.write(chunk);
  const text = chunk.toString();
  origin ??= text.match(/Local:\s+(https?:\/\/\S+)/)?.[1];
  if (origin && !warming && /Ready in/.test(text)) {
    warming = true;
    void warmUp(origin);
  }
});

/**
 * The newest valid post (a draft too: this is dev) and the home page, as the browser asks for them
 * (under BASE_PATH when set, like every route of `next dev`). Broken posts are left out and printed.
 */
function warmUpPaths(): string[] {
  const newest = getPosts()[0];
  return (newest ? [postPath(newest), HOME_PATH] : [HOME_PATH]).map((path) => href(path));
}

async function warmUp(base: string): Promise<void> {
  const started = performance.now();
  const paths = warmUpPaths();
  for (const pathname of paths) {
    try {
      await (await fetch(new URL(pathname, base), { redirect: 'manual' })).arrayBuffer();
    } catch {
      return; // the server went away (stopped during start-up): nothing to warm
    }
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(` ✓ Warmed up ${paths.join(' and ')} in ${seconds} s: open ${new URL(paths[0], base).href}`);
}
