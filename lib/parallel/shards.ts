import { type ChildProcess, fork } from 'node:child_process';
import os from 'node:os';
import { setImmediate as nextTurn } from 'node:timers/promises';

/** A function over a list that a worker process can run too: what it gets and gives must be serialisable. */
export type ShardWork<T, R> = (items: T[]) => Promise<R[]>;

export interface ShardOptions {
  /** A module that hands the same function to serveShard. */
  worker: string;
  /** Fewest items per core for processes to be worth starting (and loading what the work needs). */
  perProcess: number;
  /**
   * Work nobody waits for yet (share cards drawn while `next build` runs): it all goes to processes
   * at the lowest CPU priority, so it takes only what the other work leaves idle.
   */
  background?: boolean;
}

/** How many processes (this one included) share `count` items, at least `perProcess` per core. */
export function processCount(count: number, perProcess: number): number {
  return Math.max(1, Math.min(os.availableParallelism(), Math.floor(count / perProcess)));
}

/** A batch of the items, and where its results go. */
interface Batch<T> {
  index: number;
  items: T[];
}

/**
 * `work` over `items`, results in the items' order. With at least `perProcess` items for each of
 * two or more cores, the work is shared by one process per core: this process works too (it would
 * only wait otherwise) and starts the others. The items go out in small batches, each taken by
 * whoever is free, so a process that started late (loading what the work needs takes a second or
 * more) or runs slower is not waited for. With fewer items everything is done here, where starting
 * a process would cost more than it saves.
 */
export async function mapInProcesses<T, R>(items: T[], work: ShardWork<T, R>, { worker, perProcess, background = false }: ShardOptions): Promise<R[]> {
  if (items.length === 0) return [];
  const count = processCount(items.length, perProcess);
  if (count === 1 && !background) return work(items);
  const size = Math.max(1, Math.ceil(items.length / (count * 8)));
  const batches: Batch<T>[] = [];
  for (let start = 0; start < items.length; start += size) batches.push({ index: batches.length, items: items.slice(start, start + size) });
  const results: R[][] = [];
  let taken = 0;
  const take = () => (taken < batches.length ? batches[taken++] : undefined);
  const children = Array.from({ length: background ? count : count - 1 }, () => inChild(worker, take, results, background));
  if (!background) {
    for (let batch = take(); batch; batch = take()) {
      const answers: R[] = [];
      for (const item of batch.items) {
        answers.push(...(await work([item])));
        // Lets the children's answers in and their next batches out at once, not after the batch.
        await nextTurn();
      }
      results[batch.index] = answers;
    }
  }
  await Promise.all(children);
  return results.flat();
}

/**
 * Starts `worker` and feeds it batches until there are none left, two at a time (so that it has the
 * next one at hand while this process is busy with its own); resolves when it has answered them all.
 */
function inChild<T, R>(worker: string, take: () => Batch<T> | undefined, results: R[][], background: boolean): Promise<void> {
  const child = fork(worker, [], { execArgv: ['--import', 'tsx'], serialization: 'advanced' });
  if (background) lowerPriority(child);
  return new Promise((resolve, reject) => {
    const inFlight = new Set<number>();
    const feed = () => {
      const batch = take();
      if (batch) {
        inFlight.add(batch.index);
        child.send(batch);
      } else if (inFlight.size === 0 && child.connected) child.disconnect();
    };
    child.on('message', ({ index, answers }: { index: number; answers: R[] }) => {
      results[index] = answers;
      inFlight.delete(index);
      feed();
    });
    child.once('error', reject);
    child.once('exit', (code) =>
      inFlight.size > 0 || code !== 0 ? reject(new Error(`${worker}: the process exited with code ${code} before answering (its error is above)`)) : resolve(),
    );
    feed();
    feed();
  });
}

function lowerPriority(child: ChildProcess): void {
  try {
    if (child.pid !== undefined) os.setPriority(child.pid, os.constants.priority.PRIORITY_LOW);
  } catch {
    // Not permitted here: the work still gets done, only sooner than it needs to.
  }
}

/**
 * In a worker module of mapInProcesses: answers each batch it is sent with `work`'s results, one
 * batch after the other, each answer sent off before the next batch starts (work that never
 * yields would otherwise hold back the first answer until the second batch is done, and with it
 * the batch after).
 */
export function serveShard<T, R>(work: ShardWork<T, R>): void {
  let done = Promise.resolve();
  process.on('message', ({ index, items }: Batch<T>) => {
    done = done.then(async () => {
      const answers = await work(items);
      await new Promise((resolve) => process.send!({ index, answers }, resolve));
    });
  });
}
