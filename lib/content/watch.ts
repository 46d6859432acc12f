import fs from 'node:fs';
import path from 'node:path';

/** What changed under posts/: the top-level names (post folders, stray files) touched since the last change. */
export interface PostsChange {
  slugs: string[];
}

type Listener = (change: PostsChange) => void;

interface Watcher {
  listeners: Set<Listener>;
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
      pending.add(String(name ?? '').split(path.sep)[0]);
      clearTimeout(timer);
      timer = setTimeout(flush, debounceMs);
    });
    // A folder removed while being watched can report an error; the next save is reported anyway.
    fsWatcher.on('error', () => undefined);
    watcher = {
      listeners,
      close: () => {
        clearTimeout(timer);
        fsWatcher.close();
        watchers.delete(postsDir);
      },
    };
    watchers.set(postsDir, watcher);
  }
  const current = watcher;
  current.listeners.add(listener);
  return () => {
    current.listeners.delete(listener);
    if (current.listeners.size === 0) current.close();
  };
}
