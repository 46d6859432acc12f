import type { IndexedPaper, PapersIndex as Index } from '@/lib/content';
import { href } from '@/lib/urls/site-pages';
import { PapersFilter } from './PapersFilter';

const LIST_ID = 'papers-list';

/** The /papers/ page body: every paper by reviewed year, with a venue/text filter when JS runs. */
export function PapersIndex({ index }: { index: Index }) {
  if (index.total === 0) {
    return (
      <div className="papers-index">
        <h1 className="papers-index__title">Papers</h1>
        <p className="papers-index__intro">No post discusses a paper yet.</p>
      </div>
    );
  }
  return (
    <div className="papers-index">
      <h1 className="papers-index__title">Papers</h1>
      <p className="papers-index__intro">
        All {index.total} papers discussed on this blog, grouped by the year under review. Each title links to the paper; “Discussed in” links to the section of
        the post about it.
      </p>
      {/* The filter only works with JS, so readers without it see the full list and no dead controls. */}
      <noscript>
        <style>{'.papers-filter { display: none; }'}</style>
      </noscript>
      <PapersFilter venues={index.venues} total={index.total} listId={LIST_ID} />
      <div id={LIST_ID}>
        {index.years.map(({ year, papers }) => (
          <section key={year} className="papers-year" aria-labelledby={`papers-${year}`} data-papers-year>
            <h2 id={`papers-${year}`} className="papers-year__title">
              Papers of {year}
            </h2>
            <ol className="papers-list">
              {papers.map((paper) => (
                <PaperEntry key={`${paper.href} ${paper.title}`} paper={paper} />
              ))}
            </ol>
          </section>
        ))}
      </div>
    </div>
  );
}

function PaperEntry({ paper }: { paper: IndexedPaper }) {
  const title = <cite>{paper.title}</cite>;
  const where = paper.section ? `${paper.post.title} › ${paper.section.heading}` : paper.post.title;
  return (
    <li className="papers-entry" data-venue={paper.venueGroup} data-search={searchText(paper)}>
      <p className="papers-entry__title">{paper.url ? <a href={paper.url}>{title}</a> : title}</p>
      <p className="papers-entry__meta">
        <span className="papers-entry__venue">{paper.venueLabel}</span> {shortAuthors(paper.authors)}
      </p>
      <p className="papers-entry__where">
        Discussed in:{' '}
        <a href={href(paper.href)} lang={paper.post.lang}>
          {where}
        </a>
      </p>
    </li>
  );
}

/** "Alan Turing et al." for three or more authors; all of them stay searchable. */
function shortAuthors(authors: string[]): string {
  if (authors.length <= 2) return authors.join(' and ');
  return `${authors[0]} et al.`;
}

/** Everything the text search matches, normalised the way PapersFilter normalises the query. */
function searchText(paper: IndexedPaper): string {
  return [paper.title, ...paper.authors, paper.venueLabel, paper.post.title, paper.section?.heading ?? ''].join(' ').normalize('NFKC').toLowerCase();
}
