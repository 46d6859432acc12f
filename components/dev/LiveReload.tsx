'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
// The dev-only UI's styles (the problems page), here so that a build, which leaves this island out, leaves them out too.
import '@/app/styles/editor.css';

const CHANNEL = 'live-reload';

/**
 * Dev only (rendered by SiteDocument in `next dev`): when a file under posts/ is saved, re-renders
 * the page from the server in place. router.refresh() keeps the client state; the server lists
 * posts/ again and compiles the changed post (lib/content).
 *
 * One tab holds the event stream (a Web Lock elects it) and passes each change on to the others:
 * a browser opens at most six connections to the dev server, and one stream per open page would
 * soon leave none for loading pages.
 */
export function LiveReload({ events }: { events: string }) {
  const router = useRouter();
  useEffect(() => {
    const channel = new BroadcastChannel(CHANNEL);
    channel.onmessage = () => router.refresh();
    const stop = new AbortController();
    // Marks a listening page (for the dev e2e test, the benchmark and anyone in devtools).
    const listening = () => (document.documentElement.dataset.liveReload = 'on');
    const listen = () =>
      new Promise<void>((release) => {
        // EventSource reconnects by itself when the dev server restarts.
        const source = new EventSource(events);
        source.onopen = listening;
        source.onmessage = () => {
          channel.postMessage('changed');
          router.refresh();
        };
        stop.signal.addEventListener('abort', () => {
          source.close();
          release();
        });
      });
    // Web Locks need a secure context (localhost is one); over a LAN address every tab listens itself.
    if (navigator.locks) {
      navigator.locks.request(CHANNEL, { signal: stop.signal }, listen).catch(() => undefined);
      // While another tab holds the stream, this one hears its changes on the channel.
      void navigator.locks.query().then(({ held }) => held?.some((lock) => lock.name === CHANNEL) && listening());
    } else void listen();
    return () => {
      stop.abort();
      channel.close();
    };
  }, [events, router]);
  return null;
}
