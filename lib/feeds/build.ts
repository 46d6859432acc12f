import { Feed, type Item } from 'feed';
import { toHtml } from 'hast-util-to-html';
import type { Post } from '../content';
import { buildTagIndex, tagSlug } from '../content/tags';
import { absoluteUrl, HOME_PATH, lastModified, postImagePath, postPath, tagFeedPath, TAGS_PATH, tagPagePath } from '../urls/site-pages';
import { siteConfig } from '../../site.config';
import { ICONS } from '../og/icons';
import { FEEDS } from './links';

/** Newest posts per feed: each item carries a whole article, so a full archive would be megabytes. */
export const FEED_SIZE = 20;

/** A feed's subject: the whole site, or one tag. */
export interface FeedChannel {
  title: string;
  description: string;
  /** The HTML page the feed follows ("/" or "/tags/x/"). */
  pagePath: string;
  /** Where each format of this feed is served; only the formats given are built. */
  feeds: { rss: string; atom?: string; json?: string };
}

/** A post and the HTML of its body, URLs already absolute. */
export interface FeedEntry {
  post: Post;
  html: string;
}

/** Text as HTML (for fields the formats define as HTML: Atom titles, summaries, RSS descriptions). */
function asHtml(text: string): string {
  return toHtml({ type: 'text', value: text });
}

function newestChange(entries: FeedEntry[]): Date | undefined {
  const newest = entries
    .map((e) => lastModified(e.post))
    .sort()
    .at(-1);
  return newest ? new Date(newest) : undefined;
}

function createFeed(channel: FeedChannel, entries: FeedEntry[]): Feed {
  const home = absoluteUrl(channel.pagePath);
  return new Feed({
    id: home,
    link: home,
    title: channel.title,
    description: channel.description,
    language: siteConfig.defaultLang,
    image: absoluteUrl(ICONS.large.path),
    favicon: absoluteUrl(ICONS.small.path),
    copyright: `© ${siteConfig.author.name}`,
    author: { name: siteConfig.author.name, link: absoluteUrl(HOME_PATH) },
    // A build of the same posts writes the same bytes: the date comes from the posts, not the clock.
    updated: newestChange(entries),
    generator: false,
    feedLinks: {
      rss: absoluteUrl(channel.feeds.rss),
      ...(channel.feeds.atom ? { atom: absoluteUrl(channel.feeds.atom) } : {}),
      ...(channel.feeds.json ? { json: absoluteUrl(channel.feeds.json) } : {}),
    },
  });
}

function commonItem({ post, html }: FeedEntry): Pick<Item, 'link' | 'date' | 'published' | 'content'> {
  return { link: absoluteUrl(postPath(post)), date: new Date(lastModified(post)), published: new Date(post.date), content: html };
}

/** RSS 2.0 with the whole article in content:encoded. Titles are plain text, as RSS defines them. */
export function rssFeed(channel: FeedChannel, entries: FeedEntry[]): string {
  const feed = createFeed(channel, entries);
  for (const entry of entries) {
    feed.addItem({
      ...commonItem(entry),
      title: entry.post.title,
      description: asHtml(entry.post.excerpt),
      category: entry.post.tags.map((name) => ({ name })),
      // RSS <author> must be an e-mail address; names go to Dublin Core's creator. The library keys
      // extensions by element name, so all authors go in one, as the array xml-js repeats (its
      // typing only admits objects).
      extensions: [{ name: 'dc:creator', objects: entry.post.authors.map((name) => ({ _text: name })) as unknown as Record<string, unknown> }],
    });
  }
  return feed.rss2();
}

/** Atom 1.0. The library marks entry titles as type="html", so they are written as HTML. */
export function atomFeed(channel: FeedChannel, entries: FeedEntry[]): string {
  const feed = createFeed(channel, entries);
  for (const entry of entries) {
    feed.addItem({
      ...commonItem(entry),
      title: asHtml(entry.post.title),
      description: asHtml(entry.post.excerpt),
      author: entry.post.authors.map((name) => ({ name })),
      // The term is the tag's URL slug: the library does not escape "<" in a label attribute.
      category: entry.post.tags.map((name) => ({ term: tagSlug(name), scheme: absoluteUrl(TAGS_PATH) })),
    });
  }
  return feed.atom1();
}

/** The JSON Feed 1.1 document (https://www.jsonfeed.org/version/1.1/). */
export interface JsonFeed {
  version: 'https://jsonfeed.org/version/1.1';
  title: string;
  home_page_url: string;
  feed_url: string;
  description: string;
  icon: string;
  favicon: string;
  language: string;
  authors: { name: string; url?: string }[];
  items: {
    id: string;
    url: string;
    title: string;
    summary: string;
    content_html: string;
    image: string;
    date_published: string;
    date_modified: string;
    tags: string[];
    authors: { name: string }[];
    language: string;
  }[];
}

/**
 * JSON Feed 1.1. Built as a typed object rather than with the `feed` library, which writes
 * version 1 (no `authors`, no `language`); JSON.stringify does all the escaping JSON needs.
 */
export function jsonFeed(channel: FeedChannel & { feeds: { json: string } }, entries: FeedEntry[]): string {
  const document: JsonFeed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: channel.title,
    home_page_url: absoluteUrl(channel.pagePath),
    feed_url: absoluteUrl(channel.feeds.json),
    description: channel.description,
    icon: absoluteUrl(ICONS.large.path),
    favicon: absoluteUrl(ICONS.small.path),
    language: siteConfig.defaultLang,
    authors: [{ name: siteConfig.author.name, url: absoluteUrl(HOME_PATH) }],
    items: entries.map(({ post, html }) => ({
      id: absoluteUrl(postPath(post)),
      url: absoluteUrl(postPath(post)),
      title: post.title,
      summary: post.excerpt,
      content_html: html,
      image: absoluteUrl(postImagePath(post)),
      date_published: post.date,
      date_modified: lastModified(post),
      tags: post.tags,
      authors: post.authors.map((name) => ({ name })),
      language: post.lang,
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** The posts a feed of `list` shows: its newest. */
const newest = (list: Post[]): Post[] => list.slice(0, FEED_SIZE);

/** Every post some feed shows (whose page body feedFiles will ask for). */
export function feedPosts(posts: Post[]): Set<Post> {
  return new Set([posts, ...buildTagIndex(posts).map((tag) => tag.posts)].flatMap(newest));
}

/**
 * Every feed file of the site, by path under out/: the site feeds in RSS, Atom and JSON Feed, and
 * an RSS feed per tag. `posts` are the public posts, newest first; `bodyHtml` gives a post's body.
 */
export function feedFiles(posts: Post[], bodyHtml: (post: Post) => string): Map<string, string> {
  const bodies = new Map<Post, string>();
  const entries = (list: Post[]): FeedEntry[] =>
    newest(list).map((post) => {
      if (!bodies.has(post)) bodies.set(post, bodyHtml(post));
      return { post, html: bodies.get(post)! };
    });

  const site: FeedChannel & { feeds: { json: string } } = {
    title: siteConfig.title,
    description: siteConfig.description,
    pagePath: HOME_PATH,
    feeds: { rss: FEEDS.rss.path, atom: FEEDS.atom.path, json: FEEDS.json.path },
  };
  const siteEntries = entries(posts);
  const files = new Map<string, string>([
    [FEEDS.rss.path, rssFeed(site, siteEntries)],
    [FEEDS.atom.path, atomFeed(site, siteEntries)],
    [FEEDS.json.path, jsonFeed(site, siteEntries)],
  ]);
  for (const tag of buildTagIndex(posts)) {
    const channel: FeedChannel = {
      title: `${siteConfig.title}: posts tagged “${tag.name}”`,
      description: `Posts tagged “${tag.name}” on ${siteConfig.title}.`,
      pagePath: tagPagePath(tag.slug),
      feeds: { rss: tagFeedPath(tag.slug) },
    };
    files.set(tagFeedPath(tag.slug), rssFeed(channel, entries(tag.posts)));
  }
  return files;
}
