// `npm run test:tools` (the first step of `npm test`): makes sure Chromium and Java are there.
// As root on Debian/Ubuntu it installs what is missing with apt; elsewhere it stops at once with
// the command to run, instead of letting every browser test fail.
import { spawnSync } from 'node:child_process';
import { findChromium, hasJava, planTestTools } from './qa/test-tools';

const missing = [...(findChromium() ? [] : (['chromium'] as const)), ...(hasJava() ? [] : (['java'] as const))];
const plan = planTestTools({ missing, isRoot: process.getuid?.() === 0, hasApt: spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0 });

if (plan.kind === 'stop') {
  console.error(plan.message);
  process.exit(1);
}
if (plan.kind === 'install') {
  console.log(`Installing ${plan.packages.join(', ')} with apt-get (needed by npm test) …`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', ...plan.packages],
  ]) {
    if (spawnSync('apt-get', args, { stdio: 'inherit', env }).status !== 0) {
      console.error(`apt-get ${args.join(' ')} failed; install ${plan.packages.join(' ')} by hand and run npm test again.`);
      process.exit(1);
    }
  }
}
if (!findChromium() || !hasJava()) {
  console.error('npm test: Chromium or Java is still missing after installing; see the README.');
  process.exit(1);
}
