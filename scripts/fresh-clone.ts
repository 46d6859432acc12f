// `npm run fresh-clone [-- --skip-test]`: what a new user (or a deploy platform) does, from a clone
// of the committed HEAD in a temporary folder: `npm ci`, then the README's two commands (`npm start`
// until the site answers, and `npm test`). Prints how long each took. CI runs it after `npm test`,
// so a missing install step fails there, not on someone else's machine.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { freePort, run, startServer } from './qa/processes';

const { values } = parseArgs({ options: { 'skip-test': { type: 'boolean', default: false }, keep: { type: 'boolean', default: false } } });
const root = path.resolve(import.meta.dirname, '..');
if (spawnSync('git', ['status', '--porcelain'], { cwd: root, encoding: 'utf8' }).stdout.trim()) {
  console.warn('fresh-clone: the working tree has uncommitted changes; the clone has only what is committed.');
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'fresh-clone-'));
const project = path.join(work, 'project');
// Tests read ../shared (the sample corpus) beside the project, as in a checkout of this repository.
const shared = path.join(root, '..', 'shared');
if (fs.existsSync(shared)) fs.symlinkSync(shared, path.join(work, 'shared'));
// No inherited npm/CI state: the clone must bring everything itself.
const env: NodeJS.ProcessEnv = { ...process.env, npm_config_cache: path.join(work, 'npm-cache'), NEXT_TELEMETRY_DISABLED: '1' };
delete env.npm_lifecycle_event;

const timings: [string, number][] = [];
async function timed(what: string, step: () => Promise<unknown>): Promise<void> {
  const started = performance.now();
  process.stdout.write(`fresh-clone: ${what} …\n`);
  await step();
  timings.push([what, (performance.now() - started) / 1000]);
}

try {
  await timed('git clone', () => run('git', ['clone', '--quiet', root, project], work, env));
  await timed('npm ci', () => run('npm', ['ci', '--no-audit', '--no-fund'], project, env));
  const port = await freePort();
  await timed(`npm start (until http://localhost:${port}/ answers)`, async () => {
    const server = await startServer('npm', ['start'], project, /Accepting connections|Serving!/, { ...env, PORT: String(port) }, 20 * 60_000);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/`);
      if (!response.ok || !(await response.text()).includes('</html>')) throw new Error(`the served home page answered ${response.status}`);
    } finally {
      await server.stop();
    }
  });
  if (!values['skip-test']) await timed('npm test', () => run('npm', ['test'], project, env, { live: true }));
} finally {
  if (!values.keep) fs.rmSync(work, { recursive: true, force: true, maxRetries: 5 });
}
for (const [what, seconds] of timings) console.log(`${what.padEnd(48)} ${seconds.toFixed(1).padStart(7)} s`);
