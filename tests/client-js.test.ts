import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, it } from 'node:test';
import { clientJsOnPage, readClientManifest } from '../scripts/qa/client-js';

const fixture = path.join(import.meta.dirname, 'fixtures/client-js');
const chunk = (name: string) => fs.readFileSync(path.join(fixture, 'site/_next/static/chunks', name));

describe('client JS on a page', () => {
  const manifest = readClientManifest(path.join(fixture, 'next'), '[slug]/page');

  it('counts the chunks that define our client modules as ours, the runtime as framework, and skips nomodule', () => {
    const js = clientJsOnPage(path.join(fixture, 'site'), 'post/index.html', manifest);
    assert.deepEqual(js.ours.chunks, ['static/chunks/islands.js']);
    assert.equal(js.ours.raw, chunk('islands.js').length);
    assert.equal(js.ours.gzip, zlib.gzipSync(chunk('islands.js')).length);
    assert.deepEqual(js.framework.chunks, ['static/chunks/runtime.js']);
    assert.equal(js.framework.raw, chunk('runtime.js').length);
  });

  it('fails loudly when one of our modules is in none of its chunks', () => {
    const broken = {
      clientModules: { ...manifest.clientModules, '[project]/components/mdx/Video.tsx': { id: 999, chunks: ['/_next/static/chunks/islands.js'] } },
    };
    assert.throws(
      () => clientJsOnPage(path.join(fixture, 'site'), 'post/index.html', broken),
      /cannot find client module \[project\]\/components\/mdx\/Video\.tsx \(id 999\)/,
    );
  });

  it('names the missing manifest', () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'next-'));
    assert.throws(() => readClientManifest(empty, '[slug]/page'), /page_client-reference-manifest\.js not found/);
  });
});
