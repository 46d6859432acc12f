import { arxivId, jsonLdScript, parseAuthors, scholarlyArticleJsonLd, toBibtex, type PaperInfo } from '@/lib/content/papers';
import { CopyButton } from './CopyButton';

interface PaperProps {
  title: string;
  authors?: string | string[];
  paper?: string;
  code?: string;
  project?: string;
  blog?: string;
  venue?: string;
  /** Set by lib/mdx/remark-paper-sections.mjs when the heading above already is the title. */
  titleInHeading?: boolean;
}

/** Author lists longer than this are shortened to the first few + "et al.". */
const SHOWN_AUTHORS = 3;

/**
 * A card for one paper: venue, authors, labelled links, BibTeX and ScholarlyArticle JSON-LD. Under a
 * heading that is the paper's title it does not repeat it: the heading and the card read as one unit.
 */
export function Paper({ title, authors, paper, code, project, blog, venue, titleInHeading = false }: PaperProps) {
  const info: PaperInfo = { title, authors: parseAuthors(authors), paper, code, project, blog, venue };
  const id = arxivId(paper);
  const links = [
    { label: id ? `arXiv:${id}` : 'Paper', kind: 'Paper', href: paper },
    { label: 'Code', kind: 'Code', href: code },
    { label: 'Project page', kind: 'Project page', href: project },
    { label: 'Blog', kind: 'Blog post', href: blog },
  ].filter((link) => link.href);
  const bibtex = toBibtex(info);

  return (
    <section className="paper-card" aria-label={`Paper: ${title}`} data-paper>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdScript(scholarlyArticleJsonLd(info)) }} />
      {titleInHeading ? null : (
        <p className="paper-card__title">
          <cite>{title}</cite>
        </p>
      )}
      <div className="paper-card__byline">
        {venue ? <span className="paper-card__venue">{venue}</span> : null}
        <Authors names={info.authors} />
      </div>
      {links.length > 0 ? (
        <ul className="paper-card__links">
          {links.map((link) => (
            <li key={link.kind}>
              <a href={link.href} target="_blank" rel="noopener noreferrer" data-kind={link.kind}>
                {link.label}
                <span className="visually-hidden">
                  {' '}
                  ({link.kind} for “{title}”, opens in a new tab)
                </span>
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      <details className="paper-card__bibtex">
        <summary>BibTeX</summary>
        <pre tabIndex={0}>
          <code>{bibtex}</code>
        </pre>
        <CopyButton text={bibtex} label="Copy BibTeX" />
      </details>
    </section>
  );
}

function Authors({ names }: { names: string[] }) {
  if (names.length === 0) return null;
  if (names.length <= SHOWN_AUTHORS + 1) return <p className="paper-card__authors">{names.join(', ')}</p>;
  // The full list is inside the summary too, shown instead of the short one once open (CSS), so
  // "et al. (show all N authors)" never stays above the names it stands for.
  return (
    <details className="paper-card__authors">
      <summary>
        <span className="paper-card__short">
          {names.slice(0, SHOWN_AUTHORS).join(', ')} et al. <span className="paper-card__more">(show all {names.length} authors)</span>
        </span>
        <span className="paper-card__all">{names.join(', ')}</span>
      </summary>
    </details>
  );
}
