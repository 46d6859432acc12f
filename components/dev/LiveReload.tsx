'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
// The dev-only UI's styles (the problems page), here so that a build, which leaves this island out, leaves them out too.
import '@/app/styles/editor.css';

/**
 * Dev only (rendered by SiteDocument in `next dev`): when a file under posts/ is saved, re-renders
 * the page from the server in place. router.refresh() keeps the client state; the server lists
 * posts/ again and compiles the changed post (lib/content).
 */
export function LiveReload({ events }: { events: string }) {
  const router = useRouter();
  useEffect(() => {
    // EventSource reconnects by itself when the dev server restarts.
    const source = new EventSource(events);
    // Marks the page as listening (for the dev e2e test, the benchmark and anyone in devtools).
    source.onopen = () => (document.documentElement.dataset.liveReload = 'on');
    source.onmessage = () => router.refresh();
    return () => source.close();
  }, [events, router]);
  return null;
}
