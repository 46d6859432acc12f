import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { run } from '@mdx-js/mdx';
import { createElement, type ComponentType } from 'react';
import * as runtime from 'react/jsx-runtime';
import { renderToStaticMarkup } from 'react-dom/server';
import { compileSource } from './helpers';
import { namesPaper } from '../lib/mdx/remark-paper-sections.mjs';
import { useMDXComponents } from '../mdx-components';

// A post file inside the fixture folder, so relative images resolve against it.
const FILE = path.join(import.meta.dirname, 'fixtures/mdx-post/index.mdx');

/** The post's body as the page renders it (same pipeline, same components). */
async function render(source: string): Promise<string> {
  const { default: Body } = await run((await compileSource(source, FILE)).code, { ...runtime, useMDXComponents, baseUrl: import.meta.url });
  return renderToStaticMarkup(createElement(Body as ComponentType));
}

const PAPER =
  '<Paper title="Segment Anything" authors="A. Kirillov, E. Mintun, N. Ravi, H. Mao, C. Rolland" paper="https://arxiv.org/abs/2304.02643" venue="ICCV 2023" />';
const TWEET = (first: string) =>
  `<Tweet author="Shion Honda" handle="shion_honda" date="2023-11-10" url="https://x.com/shion_honda/status/1722882055648714872">\n${first}\n\nSAM is a promptable segmentation model.\n</Tweet>`;

describe('paper sections', () => {
  it('leaves the title to the heading when the heading is the paper title, and keeps it in the JSON-LD', async () => {
    const html = await render(`## Segment Anything\n\n${PAPER}\n`);
    assert.doesNotMatch(html, /<cite>/);
    assert.match(html, /aria-label="Paper: Segment Anything"/);
    assert.match(html, /"name":"Segment Anything"/);
  });

  it('shows the title on a card whose heading says something else', async () => {
    const html = await render(`## Vision\n\n${PAPER}\n`);
    assert.match(html, /<cite>Segment Anything<\/cite>/);
  });

  it('matches the heading as written, whatever its case, punctuation or inline markup', async () => {
    const html = await render(`## *Segment* anything!\n\n${PAPER}\n`);
    assert.doesNotMatch(html, /<cite>/);
  });

  it('collapses a tweet that names the paper of its section, and only that one', async () => {
    const repeats = await render(`## Segment Anything\n\n${PAPER}\n\n${TWEET('Segment Anything [Kirillov+, ICCV, 2023]')}\n`);
    assert.match(repeats, /<details class="tweet-compact"><summary/);
    assert.match(repeats, /SAM is a promptable segmentation model\./);
    const other = await render(`## Segment Anything\n\n${PAPER}\n\n${TWEET('Look at this robot dog')}\n`);
    assert.doesNotMatch(other, /tweet-compact/);
    // A tweet in a section without a paper card stays a full card too.
    const alone = await render(`## Segment Anything\n\n${TWEET('Segment Anything [Kirillov+, ICCV, 2023]')}\n`);
    assert.doesNotMatch(alone, /tweet-compact/);
  });

  it("counts a first line as naming the paper when most of its words are the title's", () => {
    assert.ok(
      namesPaper('Adding Conditional Control to T2I Diffusion Models [Zhang+, 2023, ICCV]', 'Adding Conditional Control to Text-to-Image Diffusion Models'),
    );
    assert.ok(
      namesPaper('Direct Preference Optimization [Rafailov+, 2023, NeurIPS]', 'Direct Preference Optimization: Your Language Model is Secretly a Reward Model'),
    );
    assert.ok(!namesPaper('Diffusion is everywhere this year', 'Adding Conditional Control to Text-to-Image Diffusion Models'));
    assert.ok(!namesPaper('Diffusion', 'Adding Conditional Control to Text-to-Image Diffusion Models'), 'one shared word is not enough');
  });
});

describe('video poster', () => {
  it('names the video: title, channel and a YouTube mark, behind a link to it', async () => {
    const html = await render('<YouTube id="6lGMCAzBzOQ" title="Block-NeRF demo" channel="Waymo" />\n');
    assert.match(html, /<a class="video__poster" href="https:\/\/www.youtube.com\/watch\?v=6lGMCAzBzOQ">/);
    assert.match(html, /class="video__title"><span class="visually-hidden">Play video: <\/span>Block-NeRF demo</);
    assert.match(html, /class="video__channel">Waymo</);
    assert.match(html, /class="video__brand">.*YouTube<\/span>/);
    assert.doesNotMatch(html, /<img|youtube-nocookie|ytimg/, 'no frame and nothing from YouTube before play');
  });

  it('shows a frame the author supplies beside the post, published like any image', async () => {
    const html = await render('<YouTube id="6lGMCAzBzOQ" title="Block-NeRF demo" poster="photo.png" />\n');
    assert.match(html, /<img class="video__frame" src="\/mdx-post\/photo\.[0-9a-f]{10}\.png" width="64" height="32" alt=""/);
  });

  it('fails on a poster that is not a file beside the post, naming the line', async () => {
    await assert.rejects(
      compileSource('Intro.\n\n<YouTube id="6lGMCAzBzOQ" title="T" poster="frame.jpg" />\n', FILE),
      /3:1 {2}<YouTube> poster not found: "frame\.jpg"/,
    );
  });
});
