import fs from 'node:fs';
import path from 'node:path';

/** What changed under posts/: the top-level names (post folders, stray files) touched since the last change. */
export interface PostsChange {
  slugs: string[];
}

type Listener = (change: PostsChange) => void;

interface Watcher {
  listeners: Set<Listener>;
  /** Raw events seen so far (before debouncing), so a reader can tell whether anything changed since it last looked. */
  changes: number;
  close: () => void;
}

// One watcher per folder for the whole dev server: Next may load a route module more than once
// (HMR, separate bundles), and each copy must share it rather than add inotify watches.
const watchers: Map<string, Watcher> = ((globalThis as { __postsWatchers?: Map<string, Watcher> }).__postsWatchers ??= new Map());

/**
 * Calls `listener` after files under `postsDir` change (any file: post sources whatever their
 * extension, images, new and removed folders). Editors save in bursts (a temporary file, a rename,
 * a backup), so events are gathered for `debounceMs` and reported once. Returns the unsubscribe;
 * the watch stops with its last listener.
 */
export function watchPosts(postsDir: string, listener: Listener, debounceMs = 40): () => void {
  let watcher = watchers.get(postsDir);
  if (!watcher) {
    const listeners = new Set<Listener>();
    const pending = new Set<string>();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const flush = () => {
      const change = { slugs: [...pending].sort() };
      pending.clear();
      for (const each of listeners) each(change);
    };
    const fsWatcher = fs.watch(postsDir, { recursive: true }, (_event, name) => {
      created.changes++;
      pending.add(String(name ?? '').split(path.sep)[0]);
      clearTimeout(timer);
      timer = setTimeout(flush, debounceMs);
    });
    // A folder removed while being watched can report an error; the next save is reported anyway.
    fsWatcher.on('error', () => undefined);
    const created: Watcher = {
      listeners,
      changes: 0,
      close: () => {
        clearTimeout(timer);
        fsWatcher.close();
        watchers.delete(postsDir);
      },
    };
    watcher = created;
    watchers.set(postsDir, created);
  }
  const current = watcher;
  current.listeners.add(listener);
  return () => {
    current.listeners.delete(listener);
    if (current.listeners.size === 0) current.close();
  };
}

/**
 * `reload` behind the watch of `postsDir`: the first `current()` reloads, later calls return the
 * last result until something under the folder changed. Listing 1000 post folders takes 15–50 ms
 * and a page asks for the posts several times per request, so `next dev` lists them once per
 * save, not once per call. Changes count from the raw events, before the debounce, so a request
 * made the moment after a save sees it. The watch lasts until `stop()`.
 */
export function reloadOnChange<T>(postsDir: string, reload: () => T): { current: () => T; stop: () => void } {
  const stop = watchPosts(postsDir, () => undefined);
  const watcher = watchers.get(postsDir)!;
  let seen: number | undefined;
  let last: T;
  return {
    current: () => {
      // Read before reloading: a change during the reload makes the next call reload again.
      const changes = watcher.changes;
      if (changes !== seen) {
        last = reload();
        seen = changes;
      }
      return last;
    },
    stop,
  };
}
