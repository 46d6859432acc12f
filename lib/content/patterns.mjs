// Text patterns that several layers test input against (the frontmatter schema, the MDX component
// checks, the importer, the content and link checks), each defined once. Plain .mjs so the MDX
// pipeline, which plain Node runs, imports the same ones.

/** An ISO-8601 date, with an optional time and zone: 2023-01-17, 2023-01-17T22:01:03Z, 2023-01-17 22:01+09:00. */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Each http(s) URL in a text, up to the next white space. Global: for replace() and matchAll(), not test(). */
export const URL_IN_TEXT = /https?:\/\/\S+/g;

/** A value that is one http(s) URL and nothing else. */
export const HTTP_URL = new RegExp(`^${URL_IN_TEXT.source}$`);

/** A link or source that leaves the site: any scheme (https:, mailto:, data: …) or protocol-relative (//host/…). */
export const EXTERNAL_URL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;
