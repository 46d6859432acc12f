// Rehype plugin for posts (.md and .mdx): embeds pasted from other sites become the site's own
// components, which request nothing from anyone until the reader asks. A YouTube <iframe> becomes
// <YouTube>, an X/Twitter <blockquote class="twitter-tweet"> the static <Tweet> card (its
// widgets.js is dropped), any other http(s) <iframe> the click-to-load <Embed>. Share buttons
// (Hatena, X, Facebook…) are dropped with a warning; their scripts go with the sanitiser's.
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import { literalAttribute, stringAttribute } from './estree.mjs';
import { warn } from './post-file.mjs';

const YOUTUBE_HOSTS = /^(?:www\.|m\.)?(?:youtube\.com|youtube-nocookie\.com)$/;
const TWEET_STATUS = /^https?:\/\/(?:(?:www|mobile)\.)?(?:twitter|x)\.com\/([A-Za-z0-9_]{1,15})\/status(?:es)?\/(\d+)/;
const TWEET_SCRIPT = /^(?:https?:)?\/\/platform\.twitter\.com\/widgets\.js/;
const SHARE_BUTTON = /^(?:hatena-bookmark-button|twitter-(?:share|follow|hashtag|mention)-button|fb-(?:share-button|like)|line-it-button|pocket-btn)$/;
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

const classes = (node) => [].concat(node.properties?.className ?? []).map(String);
const jsx = (name, attributes, children, node) => ({ type: 'mdxJsxFlowElement', name, attributes, children, position: node.position });

/** Seconds from `?start=90`, `?t=90`, `?t=1m30s` or `#t=90s`; undefined without one. */
function startSeconds(url) {
  const value = url.searchParams.get('start') ?? url.searchParams.get('t') ?? new URLSearchParams(url.hash.slice(1)).get('t');
  if (!value) return undefined;
  const parts = value.match(/^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s?)?$/);
  if (!parts) return undefined;
  const seconds = Number(parts[1] ?? 0) * 3600 + Number(parts[2] ?? 0) * 60 + Number(parts[3] ?? 0);
  return seconds > 0 ? seconds : undefined;
}

/** The video id and start of a YouTube embed or short link, or undefined for any other URL. */
export function youtubeVideo(src) {
  let url;
  try {
    url = new URL(src, 'https://invalid.invalid');
  } catch {
    return undefined;
  }
  let id;
  if (YOUTUBE_HOSTS.test(url.hostname))
    id = url.pathname.match(/^\/(?:embed|shorts|live)\/([^/?#]+)/)?.[1] ?? (url.pathname === '/watch' ? url.searchParams.get('v') : undefined);
  else if (url.hostname === 'youtu.be') id = url.pathname.slice(1);
  if (!id || !/^[A-Za-z0-9_-]{11}$/.test(id)) return undefined;
  return { id, start: startSeconds(url) };
}

/** A tweet's date from its link text ("January 17, 2024", "2024年1月17日"), else from its id (X ids carry their time). */
function tweetDate(text, id) {
  const en = text.match(/([A-Za-z]+)\s+(\d{1,2}),\s*(\d{4})/);
  const month = en ? MONTHS.indexOf(en[1].toLowerCase()) : -1;
  if (en && month >= 0) return new Date(Date.UTC(Number(en[3]), month, Number(en[2]))).toISOString().slice(0, 10);
  const ja = text.match(/(\d{4})年(\d{1,2})月(\d{1,2})日/);
  if (ja) return `${ja[1]}-${ja[2].padStart(2, '0')}-${ja[3].padStart(2, '0')}`;
  return new Date(Number((BigInt(id) >> 22n) + 1288834974657n)).toISOString().slice(0, 10);
}

/**
 * What a pasted X/Twitter blockquote says: the post's text (its first paragraph), author, handle,
 * date and link. Undefined when it links to no post.
 */
export function parseTweet(blockquote) {
  const links = [];
  visit(blockquote, 'element', (node) => {
    if (node.tagName === 'a' && TWEET_STATUS.test(String(node.properties.href ?? ''))) links.push(node);
  });
  const status = links.at(-1);
  if (!status) return undefined;
  const [, handle, id] = String(status.properties.href).match(TWEET_STATUS);
  const paragraph = blockquote.children.find((node) => node.type === 'element' && node.tagName === 'p');
  // "— Shion Honda (@shion_honda)" sits between the text and the dated link.
  const byline = blockquote.children
    .filter((node) => node !== paragraph && node !== status)
    .map((node) => toString(node))
    .join('');
  const author = byline
    .match(/(?:—|–|-)?\s*([^()\n]+?)\s*\(@[A-Za-z0-9_]+\)/)?.[1]
    .replace(/^[—–-]\s*/, '')
    .trim();
  return {
    author: author || handle,
    handle,
    date: tweetDate(toString(status), id),
    url: `https://x.com/${handle}/status/${id}`,
    text: paragraph ? [paragraph] : blockquote.children.filter((node) => node !== status),
  };
}

/** The host a generic embed loads from, as a CSP source (`https://host[:port]`), or undefined. */
export function frameOrigin(src) {
  try {
    const url = new URL(src);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

const numberOf = (value) => (Number.isFinite(Number(value)) && Number(value) > 0 ? Number(value) : undefined);

/** The component an <iframe> becomes, or undefined when it is not an http(s) frame (the sanitiser removes it). */
function iframeEmbed(node) {
  const src = String(node.properties.src ?? '');
  const title = typeof node.properties.title === 'string' && node.properties.title.trim() ? node.properties.title.trim() : undefined;
  const video = youtubeVideo(src);
  if (video) {
    const attributes = [stringAttribute('id', video.id), stringAttribute('title', title && title !== 'YouTube video player' ? title : 'YouTube video')];
    if (video.start) attributes.push(literalAttribute('start', video.start));
    return jsx('YouTube', attributes, [], node);
  }
  const origin = frameOrigin(src);
  if (!origin) return undefined;
  const attributes = [stringAttribute('src', src), stringAttribute('title', title ?? `Embedded content from ${new URL(src).host}`)];
  const width = numberOf(node.properties.width);
  const height = numberOf(node.properties.height);
  if (width && height) attributes.push(literalAttribute('width', width), literalAttribute('height', height));
  return jsx('Embed', attributes, [], node);
}

export default function rehypeEmbeds() {
  return (tree, file) => {
    visit(tree, 'element', (node, index, parent) => {
      if (!parent || index === undefined) return;
      let replacement;
      if (node.tagName === 'iframe') replacement = iframeEmbed(node);
      else if (node.tagName === 'blockquote' && classes(node).includes('twitter-tweet')) {
        const tweet = parseTweet(node);
        if (!tweet) warn(file, 'a twitter-tweet blockquote links to no post (https://x.com/<handle>/status/<id>): kept as a plain quote', node);
        else
          replacement = jsx(
            'Tweet',
            ['author', 'handle', 'date', 'url'].map((name) => stringAttribute(name, tweet[name])),
            tweet.text,
            node,
          );
      } else if (node.tagName === 'script' && TWEET_SCRIPT.test(String(node.properties.src ?? ''))) {
        // The loader of the tweet cards above: <Tweet> needs none.
        parent.children.splice(index, 1);
        return index;
      } else if (classes(node).some((name) => SHARE_BUTTON.test(name))) {
        warn(file, `removed a share button (<${node.tagName} class="${classes(node).join(' ')}">): share links are part of every post page`, node);
        parent.children.splice(index, 1);
        return index;
      }
      if (!replacement) return;
      // A block component cannot sit inside a paragraph: the one it was alone in is replaced.
      const alone =
        parent.type === 'element' &&
        parent.tagName === 'p' &&
        parent.children.every((c) => c === node || (c.type === 'text' && !c.value.trim()) || (c.type === 'element' && c.tagName === 'br'));
      if (alone) {
        for (const key of Object.keys(parent)) delete parent[key];
        Object.assign(parent, replacement);
      } else parent.children[index] = replacement;
      return SKIP;
    });
  };
}
