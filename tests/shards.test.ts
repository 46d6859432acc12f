import assert from 'node:assert/strict';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { mapInProcesses } from '../lib/parallel/shards';
import { whoDidIt } from './fixtures/shard-work';

const worker = path.join(import.meta.dirname, 'fixtures', 'shard-worker.ts');
const items = Array.from({ length: 9 }, (_, i) => i);

describe('work split over processes', () => {
  it('is done here when each core would get fewer items than a process is worth', async () => {
    const results = await mapInProcesses(items, whoDidIt, { worker, perProcess: 10 });
    assert.deepEqual(
      results.map((r) => r.item),
      items,
    );
    assert.ok(results.every((r) => r.pid === process.pid));
  });

  it(
    'is shared by one process per core, this one among them, batch by batch, and the results come back in the items order',
    { skip: os.availableParallelism() < 2 && 'one core' },
    async () => {
      const results = await mapInProcesses(items, whoDidIt, { worker, perProcess: 2 });
      assert.deepEqual(
        results.map((r) => r.item),
        items,
      );
      const pids = new Set(results.map((r) => r.pid));
      assert.equal(pids.size, Math.min(os.availableParallelism(), 4));
      assert.ok(pids.has(process.pid));
      // At the same time: this process starts working before the others have finished.
      const here = results.find((r) => r.pid === process.pid)!;
      assert.ok(
        results.some((r) => r.pid !== process.pid && here.started < r.ended),
        JSON.stringify(results),
      );
    },
  );

  it('starts no process for no items, in the background or not', async () => {
    assert.deepEqual(await mapInProcesses([], whoDidIt, { worker, perProcess: 1, background: true }), []);
    assert.deepEqual(await mapInProcesses([], whoDidIt, { worker, perProcess: 1 }), []);
  });

  it('in the background, goes to processes at the lowest priority, even for a few items', async () => {
    const results = await mapInProcesses(items.slice(0, 3), whoDidIt, { worker, perProcess: 10, background: true });
    assert.deepEqual(
      results.map((r) => r.item),
      [0, 1, 2],
    );
    assert.ok(results.every((r) => r.pid !== process.pid && r.priority === os.constants.priority.PRIORITY_LOW));
  });
});
