import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { checkContent } from '../lib/check/check-content';
import { loadAllPosts } from '../lib/content/load';
import { postsKey, readPostsSnapshot, writePostsSnapshot } from '../lib/content/snapshot';
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
