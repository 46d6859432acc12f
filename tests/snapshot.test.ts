import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { checkContent } from '../lib/check/check-content';
import { loadAllPosts } from '../lib/content/load';
import { CHECK_GATE_ENV, checkGate, postsAfterCheck, postsKey, readPostsSnapshot, writePostsSnapshot } from '../lib/content/snapshot';
import { makePostsDir, post } from './helpers';

describe('the stored post list (lib/content/snapshot.ts)', () => {
  it('is what the check loaded, with the text of each compile', async () => {
    const dir = makePostsDir({ a: post('title: A\ndate: 2023-01-17', 'Checked words.\n') });
    assert.deepEqual(await checkContent({ postsDir: dir, root: dir, appDir: path.join(dir, 'no-app') }), []);
    const [stored] = readPostsSnapshot(postsKey(dir, dir))!;
    assert.equal(stored.title, 'A');
    assert.equal(stored.text, 'Checked words.');
  });

  it('is read instead of the posts while nothing below posts/ changed', () => {
    const dir = makePostsDir({ a: post('title: A\ndate: 2023-01-17') });
    const [loaded] = loadAllPosts({ postsDir: dir, root: dir });
    // A list stored under the current key is taken as it is: the files are not read again.
    writePostsSnapshot(postsKey(dir, dir), [{ ...loaded, title: 'From the snapshot' }]);
    assert.equal(loadAllPosts({ postsDir: dir, root: dir })[0].title, 'From the snapshot');
  });

  it('is not used once a post was edited, or a file added beside it', () => {
    const dir = makePostsDir({ a: post('title: A\ndate: 2023-01-17') });
    loadAllPosts({ postsDir: dir, root: dir });
    const file = path.join(dir, 'a', 'index.mdx');
    fs.writeFileSync(file, post('title: Edited\ndate: 2023-01-17', 'New words.\n'));
    const [edited] = loadAllPosts({ postsDir: dir, root: dir });
    assert.equal(edited.title, 'Edited');
    assert.equal(edited.text, 'New words.');
    const key = postsKey(dir, dir);
    fs.writeFileSync(path.join(dir, 'a', 'figure.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    assert.notEqual(postsKey(dir, dir), key);
  });
});

describe('the gate between the content check and next build (npm run build)', () => {
  /** A gate file settled `after` ms from now by another process (this thread blocks while it waits). */
  const settleLater = (file: string, outcome: string, after: number) =>
    spawn(process.execPath, ['-e', `setTimeout(() => require('fs').writeFileSync(${JSON.stringify(file)}, ${JSON.stringify(outcome)}), ${after})`]);
  const gateIn = (dir: string) => `${process.pid}:${path.join(dir, 'check.gate')}`;

  it('is not waited for outside npm run build', () => {
    assert.equal(postsAfterCheck('no-such-key', undefined), undefined);
  });

  it('makes a page worker wait for the check, then read the list it stored', () => {
    const dir = makePostsDir({ a: post('title: A\ndate: 2023-01-17') });
    const key = postsKey(dir, dir);
    const [loaded] = loadAllPosts({ postsDir: dir, root: dir });
    writePostsSnapshot(key, [{ ...loaded, title: 'Checked' }]);
    settleLater(path.join(dir, 'check.gate'), 'passed', 300);
    const started = Date.now();
    assert.equal(postsAfterCheck(key, gateIn(dir))?.[0].title, 'Checked');
    assert.ok(Date.now() - started >= 250, 'returned before the check settled the gate');
  });

  it('stops a page worker when the check failed, or when the build is gone', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gate-'));
    settleLater(path.join(dir, 'check.gate'), 'failed', 100);
    assert.throws(() => postsAfterCheck('key', gateIn(dir)), /the content check failed/);
    const gone = spawnSync(process.execPath, ['-e', 'process.pid']).pid;
    assert.throws(() => postsAfterCheck('key', `${gone}:${path.join(dir, 'never.gate')}`), /ended before its content check did/);
  });

  it('is opened by the build and settled once', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gate-'));
    const gate = checkGate(dir);
    const [pid, file] = [gate.env[CHECK_GATE_ENV].split(':')[0], gate.env[CHECK_GATE_ENV].slice(gate.env[CHECK_GATE_ENV].indexOf(':') + 1)];
    assert.equal(Number(pid), process.pid);
    assert.equal(fs.existsSync(file), false);
    gate.settle(true);
    assert.equal(fs.readFileSync(file, 'utf8'), 'passed');
  });
});
