import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findChromium, planTestTools } from '../scripts/qa/test-tools';

describe('test tools (npm run test:tools)', () => {
  it('finds a Chromium: the override first, then the system paths', () => {
    const present = new Set(['/usr/bin/chromium', '/opt/chrome']);
    assert.equal(
      findChromium({}, (file) => present.has(file)),
      '/usr/bin/chromium',
    );
    assert.equal(
      findChromium({ PLAYWRIGHT_CHROMIUM: '/opt/chrome' }, (file) => present.has(file)),
      '/opt/chrome',
    );
    assert.equal(
      findChromium({}, () => false),
      undefined,
    );
  });

  it('does nothing when both tools are there', () => {
    assert.deepEqual(planTestTools({ missing: [], isRoot: false, hasApt: false }), { kind: 'ready' });
  });

  it('installs what is missing with apt as root', () => {
    assert.deepEqual(planTestTools({ missing: ['chromium', 'java'], isRoot: true, hasApt: true }), {
      kind: 'install',
      packages: ['chromium', 'default-jre-headless'],
    });
  });

  it('otherwise stops at once with the one command that installs them', () => {
    const plan = planTestTools({ missing: ['java'], isRoot: false, hasApt: true });
    assert.equal(plan.kind, 'stop');
    assert.match(plan.kind === 'stop' ? plan.message : '', /sudo apt-get install -y default-jre-headless/);
    const noApt = planTestTools({ missing: ['chromium'], isRoot: true, hasApt: false });
    assert.match(noApt.kind === 'stop' ? noApt.message : '', /apt-get install -y chromium\n[\s\S]*PLAYWRIGHT_CHROMIUM/);
  });
});
