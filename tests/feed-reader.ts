// Reads feeds and sitemaps back the way their readers would (shared by the unit and e2e tests).
// XML and JSON read back from a feed have no static shape: they are checked field by field here.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Text } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

export interface ReadItem {
  title: string;
  link: string;
  /** Plain-text summary. */
  summary: string;
  html: string;
  tags: string[];
  authors: string[];
  published: string;
  updated?: string;
}

const REPEATED = new Set(['item', 'entry', 'category', 'dc:creator', 'author', 'link', 'url']);

function parseXml(xml: string): Record<string, any> {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`invalid XML: ${valid.err.msg} at line ${valid.err.line}`);
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    trimValues: false,
    isArray: (name) => REPEATED.has(name),
  }).parse(xml);
}

/** The text an HTML fragment shows. */
export function htmlText(html: string): string {
  let text = '';
  visit(fromHtml(html, { fragment: true }), 'text', (node: Text) => {
    text += node.value;
  });
  return text;
}

const text = (value: any): string => (typeof value === 'string' ? value : (value?.['#text'] ?? ''));

export function readRss(xml: string): { title: string; link: string; items: ReadItem[] } {
  const channel = parseXml(xml).rss.channel;
  return {
    title: text(channel.title),
    link: text(channel.link[0]),
    items: (channel.item ?? []).map((item: any) => ({
      title: text(item.title),
      link: text(item.link[0]),
      summary: htmlText(text(item.description)),
      html: text(item['content:encoded']),
      tags: (item.category ?? []).map(text),
      authors: (item['dc:creator'] ?? []).map(text),
      published: new Date(text(item.pubDate)).toISOString(),
    })),
  };
}

/** Atom entry titles and summaries are type="html": their text is what the HTML shows. */
export function readAtom(xml: string): { title: string; items: ReadItem[] } {
  const feed = parseXml(xml).feed;
  return {
    title: text(feed.title),
    items: (feed.entry ?? []).map((entry: any) => ({
      title: htmlText(text(entry.title)),
      link: entry.link[0]['@_href'],
      summary: htmlText(text(entry.summary)),
      html: text(entry.content),
      tags: (entry.category ?? []).map((c: any) => c['@_term']),
      authors: (entry.author ?? []).map((a: any) => text(a.name)),
      published: text(entry.published),
      updated: text(entry.updated),
    })),
  };
}

/** JSON Feed 1.1, with the shape checks a reader relies on. */
export function readJsonFeed(json: string): { title: string; items: ReadItem[] } {
  const feed = JSON.parse(json);
  if (feed.version !== 'https://jsonfeed.org/version/1.1') throw new Error(`not JSON Feed 1.1: ${feed.version}`);
  if (typeof feed.title !== 'string' || !Array.isArray(feed.items)) throw new Error('a JSON Feed needs a title and items');
  return {
    title: feed.title,
    items: feed.items.map((item: any) => {
      if (typeof item.id !== 'string' || typeof item.content_html !== 'string') throw new Error('JSON Feed items need an id and content');
      return {
        title: item.title,
        link: item.url,
        summary: item.summary,
        html: item.content_html,
        tags: item.tags,
        authors: item.authors.map((a: any) => a.name),
        published: item.date_published,
        updated: item.date_modified,
      };
    }),
  };
}

export function readSitemap(xml: string): { loc: string; lastmod?: string }[] {
  return (parseXml(xml).urlset.url ?? []).map((url: any) => ({ loc: text(url.loc), ...(url.lastmod ? { lastmod: text(url.lastmod) } : {}) }));
}
