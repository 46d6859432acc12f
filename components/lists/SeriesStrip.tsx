import type { Post } from '@/lib/content';
import { reviewYear } from '@/lib/content/papers-index';
import { href, postPath } from '@/lib/urls/site-pages';

/**
 * Each post of a series by the year it reviews ("2022 → 2023") when those differ, else by its
 * place ("Part 1 → Part 2").
 */
function stepLabels(posts: Post[]): string[] {
  const years = posts.map((post) => String(reviewYear(post)));
  return new Set(years).size === years.length ? years : posts.map((_, i) => `Part ${i + 1}`);
}

/** The series on the home page, one line each: "Year in Review 2022 → 2023", every step a link. */
export function SeriesStrip({ series }: { series: { name: string; posts: Post[] }[] }) {
  if (series.length === 0) return null;
  return (
    <section className="series-strip" aria-labelledby="series-strip-title">
      <h2 id="series-strip-title" className="series-strip__title">
        Series
      </h2>
      {series.map(({ name, posts }) => {
        const steps = stepLabels(posts);
        return (
          <p key={name} className="series-strip__series">
            <span className="series-strip__name">{name}</span>
            <span className="series-strip__steps">
              {posts.map((post, i) => (
                <span key={post.slug} className="series-strip__step">
                  {i > 0 ? (
                    <span className="series-strip__arrow" aria-hidden="true">
                      →
                    </span>
                  ) : null}
                  <a href={href(postPath(post))} title={post.title} lang={post.lang}>
                    {steps[i]}
                  </a>
                </span>
              ))}
            </span>
          </p>
        );
      })}
    </section>
  );
}
