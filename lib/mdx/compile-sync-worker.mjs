// The worker thread behind bodyTexts (lib/content/body.ts): compiles posts with THE compile
// (compile-post.mjs; kept ones come from .cache/mdx/) for a thread that waits on `done` for the
// answer, because the post list is built synchronously.
import { parentPort } from 'node:worker_threads';

// Imported inside the handler's try, so that even a compiler that fails to load answers the waiting thread.
const compiler = import('./compile-post.mjs');

parentPort.on('message', async ({ jobs, done, port }) => {
  let reply;
  try {
    const { compilePost } = await compiler;
    const texts = [];
    // A post that does not compile has no text here; its page, the check and the dev error page say why.
    for (const { file, ...options } of jobs)
      texts.push(
        await compilePost(file, options).then(
          ({ text }) => text,
          () => '',
        ),
      );
    reply = { texts };
  } catch (error) {
    reply = { error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  port.postMessage(reply);
  port.close();
  Atomics.store(done, 0, 1);
  Atomics.notify(done, 0);
});
