import type { ShownProblem } from '@/lib/content/code-frame';

/**
 * Shown by `next dev` in place of a post that `npm run check` would reject (lib/content/dev-problems.ts).
 * Its styles come with the LiveReload island, which a build leaves out, so they do not either.
 */
export function ContentProblems({ problems }: { problems: ShownProblem[] }) {
  const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
  return (
    <section className="content-problems" aria-labelledby="content-problems-title">
      <h1 id="content-problems-title">This post has {count}</h1>
      <p>
        <code>npm run check</code> and the build would stop here. Save a fix and this page updates by itself.
      </p>
      <ol className="content-problems__list">
        {problems.map(({ text, frame }, i) => (
          <li key={i}>
            <p className="content-problems__message">
              <code>{text}</code>
            </p>
            {frame ? (
              <pre className="content-problems__frame">
                <code>{frame}</code>
              </pre>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
