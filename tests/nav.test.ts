import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isCurrentNav } from '../lib/nav';

describe('current header link', () => {
  it('marks Home on the home list and its pages only', () => {
    for (const path of ['/', '/page/2/', '/page/2']) assert.equal(isCurrentNav('/', path), true, path);
    for (const path of ['/tags/', '/deep_learning_2023/', '']) assert.equal(isCurrentNav('/', path), false, path);
  });

  it('marks a section on every page under it, with or without the trailing slash', () => {
    for (const path of ['/tags/', '/tags', '/tags/deep-learning/', '/tags/機械学習']) assert.equal(isCurrentNav('/tags/', path), true, path);
    for (const path of ['/tagsx/', '/papers/', '/deep_learning_2023/']) assert.equal(isCurrentNav('/tags/', path), false, path);
  });
});
