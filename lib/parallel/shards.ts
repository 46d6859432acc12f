import { fork } from 'node:child_process';
import os from 'node:os';

/** A function over a list that a worker process can run too: what it gets and gives must be serialisable. */
export type ShardWork<T, R> = (items: T[]) => Promise<R[]>;

/**
 * `work` over `items`, results in the items' order. With at least `perProcess` items for each of
 * two or more cores, the items are dealt out to one process per core, each loading `worker` (a
 * module that hands the same function to serveShard); otherwise they are done here, where
 * starting a process (and loading what the work needs) would cost more than it saves.
 */
export async function mapInProcesses<T, R>(items: T[], work: ShardWork<T, R>, { worker, perProcess }: { worker: string; perProcess: number }): Promise<R[]> {
  const count = Math.min(os.availableParallelism(), Math.floor(items.length / perProcess));
  if (count <= 1) return work(items);
  const shares = Array.from({ length: count }, (_, index) => items.filter((_, i) => i % count === index));
  const results = await Promise.all(shares.map((share) => inChild<T, R>(worker, share)));
  return items.map((_, i) => results[i % count][Math.floor(i / count)]);
}

function inChild<T, R>(worker: string, items: T[]): Promise<R[]> {
  return new Promise((resolve, reject) => {
    const child = fork(worker, [], { execArgv: ['--import', 'tsx'], serialization: 'advanced' });
    let results: R[] | undefined;
    child.once('message', (message) => {
      results = message as R[];
      child.disconnect();
    });
    child.once('error', reject);
    child.once('exit', (code) =>
      results ? resolve(results) : reject(new Error(`${worker}: the process exited with code ${code} before answering (its error is above)`)),
    );
    child.send(items);
  });
}

/** In a worker module of mapInProcesses: answers the one share it is sent with `work`'s results. */
export function serveShard<T, R>(work: ShardWork<T, R>): void {
  process.once('message', async (items: T[]) => process.send!(await work(items)));
}
