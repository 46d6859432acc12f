import { type ChildProcess, fork } from 'node:child_process';
import os from 'node:os';

/** A function over a list that a worker process can run too: what it gets and gives must be serialisable. */
export type ShardWork<T, R> = (items: T[]) => Promise<R[]>;

export interface ShardOptions {
  /** A module that hands the same function to serveShard. */
  worker: string;
  /** Fewest items a share must have for a process to be worth starting (and loading what the work needs). */
  perProcess: number;
  /**
   * Work nobody waits for yet (share cards drawn while `next build` runs): every share goes to a
   * process at the lowest CPU priority, so it takes only what the other work leaves idle.
   */
  background?: boolean;
}

/**
 * `work` over `items`, results in the items' order. With at least `perProcess` items for each of
 * two or more cores, the items are dealt out to one share per core: this process works on one
 * share itself (it would only wait otherwise) and starts a process for each other one; with fewer
 * items everything is done here, where starting a process would cost more than it saves.
 */
export async function mapInProcesses<T, R>(items: T[], work: ShardWork<T, R>, { worker, perProcess, background = false }: ShardOptions): Promise<R[]> {
  const count = Math.max(background ? 1 : 0, Math.min(os.availableParallelism(), Math.floor(items.length / perProcess)));
  if (count <= 1 && !background) return work(items);
  const shares = Array.from({ length: count }, (_, index) => items.filter((_, i) => i % count === index));
  const local = background ? [] : shares.splice(0, 1);
  const children = await Promise.all(shares.map((share) => startChild<T, R>(worker, share, background)));
  const results: R[][] = [...(await Promise.all(local.map(work))), ...(await Promise.all(children.map((child) => child.results)))];
  return items.map((_, i) => results[i % count][Math.floor(i / count)]);
}

/**
 * Forks `worker` and sends it its share; resolves once the share has left this process (a
 * synchronous share worked on here would otherwise hold the message back) with the child's results
 * to come (in an object: a promise resolved with a promise would wait for that one too).
 */
async function startChild<T, R>(worker: string, items: T[], background: boolean): Promise<{ results: Promise<R[]> }> {
  const child = fork(worker, [], { execArgv: ['--import', 'tsx'], serialization: 'advanced' });
  if (background) lowerPriority(child);
  const results = new Promise<R[]>((resolve, reject) => {
    let answer: R[] | undefined;
    child.once('message', (message) => {
      answer = message as R[];
      child.disconnect();
    });
    child.once('error', reject);
    child.once('exit', (code) =>
      answer ? resolve(answer) : reject(new Error(`${worker}: the process exited with code ${code} before answering (its error is above)`)),
    );
  });
  await new Promise<void>((resolve, reject) => child.send(items, (error) => (error ? reject(error) : resolve())));
  return { results };
}

function lowerPriority(child: ChildProcess): void {
  try {
    if (child.pid !== undefined) os.setPriority(child.pid, os.constants.priority.PRIORITY_LOW);
  } catch {
    // Not permitted here: the work still gets done, only sooner than it needs to.
  }
}

/** In a worker module of mapInProcesses: answers the one share it is sent with `work`'s results. */
export function serveShard<T, R>(work: ShardWork<T, R>): void {
  process.once('message', async (items: T[]) => process.send!(await work(items)));
}
