import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { currentNav } from '../lib/urls/nav';

describe('current header link', () => {
  it('marks Home as the page on the home list and as current on its later pages', () => {
    assert.equal(currentNav('/', '/'), 'page');
    for (const path of ['/page/2/', '/page/2']) assert.equal(currentNav('/', path), 'true', path);
    for (const path of ['/tags/', '/deep_learning_2023/', '']) assert.equal(currentNav('/', path), undefined, path);
  });

  it('marks a section as the page on itself and as current on every page under it', () => {
    for (const path of ['/tags/', '/tags']) assert.equal(currentNav('/tags/', path), 'page', path);
    for (const path of ['/tags/deep-learning/', '/tags/機械学習']) assert.equal(currentNav('/tags/', path), 'true', path);
    for (const path of ['/tagsx/', '/papers/', '/deep_learning_2023/']) assert.equal(currentNav('/tags/', path), undefined, path);
  });
});
