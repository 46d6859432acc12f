// Pure helpers behind the <Paper> card: identifiers, BibTeX and schema.org data.

export interface PaperInfo {
  title: string;
  authors: string[];
  paper?: string;
  code?: string;
  project?: string;
  blog?: string;
  venue?: string;
}

/** Splits "A, B, C" into names; arrays pass through. */
export function parseAuthors(authors: string | string[] | undefined): string[] {
  if (!authors) return [];
  const list = Array.isArray(authors) ? authors : authors.split(',');
  return list.map((a) => a.trim()).filter(Boolean);
}

const ARXIV = /arxiv\.org\/(?:abs|pdf)\/(\d{4}\.\d{4,5})(?:v\d+)?/i;

export function arxivId(url: string | undefined): string | undefined {
  return url?.match(ARXIV)?.[1];
}

/** The venue's year ("CVPR 2022"), else the arXiv id's (2202.05263 → 2022). */
export function paperYear(info: Pick<PaperInfo, 'venue' | 'paper'>): number | undefined {
  const venueYear = info.venue?.match(/\b(?:19|20)\d{2}\b/)?.[0];
  if (venueYear) return Number(venueYear);
  const id = arxivId(info.paper);
  return id ? 2000 + Number(id.slice(0, 2)) : undefined;
}

/** The venue without its year: "CVPR 2022" → "CVPR", "CoRL 2023 Workshop" → "CoRL Workshop". */
export function venueName(venue: string | undefined): string | undefined {
  return venue?.replace(/\s*\b(?:19|20)\d{2}\b\s*/, ' ').trim() || undefined;
}

const GROUP = /\b(?:collaboration|team|consortium|group)\b/i;

/** "Alexander C. Berg" → "Berg, Alexander C."; group authors are braced so BibTeX keeps them whole. */
function bibtexName(name: string): string {
  if (GROUP.test(name)) return `{${name}}`;
  const parts = name.split(/\s+/);
  if (parts.length === 1) return name;
  const last = parts.pop()!;
  return `${last}, ${parts.join(' ')}`;
}

function bibtexEscape(text: string): string {
  return text.replace(/([&%$#_])/g, '\\$1');
}

function asciiWord(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]/g, '')
    .toLowerCase();
}

const STOP_WORDS = new Set(['a', 'an', 'the', 'on', 'of', 'are', 'is', 'via', 'for', 'to', 'with', 'and', 'in']);

export function bibtexKey(info: PaperInfo): string {
  const first = info.authors[0] ?? 'anonymous';
  const surname = GROUP.test(first) ? first.split(/\s+/)[0] : first.split(/\s+/).pop()!;
  const word =
    info.title
      .split(/[\s:–]+/)
      .map(asciiWord)
      .find((w) => w && !STOP_WORDS.has(w)) ?? 'paper';
  return `${asciiWord(surname)}${paperYear(info) ?? ''}${word}`;
}

/** A BibTeX entry: @inproceedings when a venue is known, else an arXiv @article (or @misc). */
export function toBibtex(info: PaperInfo): string {
  const id = arxivId(info.paper);
  const year = paperYear(info);
  const venue = venueName(info.venue);
  const type = venue ? 'inproceedings' : id ? 'article' : 'misc';
  const fields: [string, string | undefined][] = [
    ['title', `{${bibtexEscape(info.title)}}`],
    ['author', info.authors.map(bibtexName).join(' and ') || undefined],
    ['booktitle', venue ? bibtexEscape(venue) : undefined],
    ['journal', !venue && id ? `arXiv preprint arXiv:${id}` : undefined],
    ['year', year?.toString()],
    ['eprint', id],
    ['archivePrefix', id ? 'arXiv' : undefined],
    ['url', info.paper],
  ];
  const body = fields
    .filter((f): f is [string, string] => f[1] !== undefined)
    .map(([key, value]) => `  ${key.padEnd(13)} = {${value}}`)
    .join(',\n');
  return `@${type}{${bibtexKey(info)},\n${body}\n}`;
}

/** schema.org ScholarlyArticle for the card, as a plain object ready for JSON.stringify. */
export function scholarlyArticleJsonLd(info: PaperInfo): Record<string, unknown> {
  const id = arxivId(info.paper);
  const year = paperYear(info);
  const sameAs = [info.project, info.code, info.blog].filter(Boolean);
  return {
    '@context': 'https://schema.org',
    '@type': 'ScholarlyArticle',
    headline: info.title,
    name: info.title,
    author: info.authors.map((name) => (GROUP.test(name) ? { '@type': 'Organization', name } : { '@type': 'Person', name })),
    ...(info.paper ? { url: info.paper } : {}),
    ...(year ? { datePublished: String(year) } : {}),
    ...(id ? { identifier: { '@type': 'PropertyValue', propertyID: 'arXiv', value: id } } : {}),
    ...(info.venue ? { publication: { '@type': 'PublicationEvent', name: info.venue } } : {}),
    ...(sameAs.length ? { sameAs } : {}),
  };
}

/** JSON for a <script type="application/ld+json">: `<` is escaped so text can never close the tag. */
export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
