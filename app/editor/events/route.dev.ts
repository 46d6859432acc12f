// Dev only (*.dev.ts, see next.config.mjs): tells open pages that posts/ changed, as Server-Sent
// Events; components/dev/LiveReload.tsx listens and re-renders the page.
import { POSTS_DIR } from '@/lib/content';
import { watchPosts } from '@/lib/content/watch';

export const dynamic = 'force-dynamic';

export function GET(request: Request): Response {
  const encoder = new TextEncoder();
  let unsubscribe = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      // A first comment flushes the headers, so the browser knows the stream is open.
      controller.enqueue(encoder.encode(': posts/ watched\n\n'));
      unsubscribe = watchPosts(POSTS_DIR, (change) => controller.enqueue(encoder.encode(`data: ${JSON.stringify(change)}\n\n`)));
      request.signal.addEventListener('abort', () => {
        unsubscribe();
        controller.close();
      });
    },
    cancel: () => unsubscribe(),
  });
  return new Response(stream, { headers: { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store' } });
}
