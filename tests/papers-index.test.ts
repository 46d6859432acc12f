import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { compiledPost } from '../lib/content/body';
import { visiblePosts } from '../lib/content/index';
import { loadAllPosts, type Post } from '../lib/content/load';
import { buildPapersIndex, reviewYear } from '../lib/content/papers-index';
import { compileSource, makePostsDir, post } from './helpers';

const fixtures = path.join(import.meta.dirname, 'fixtures', 'papers-index');
const reviewFile = path.join(fixtures, 'review_2021', 'index.mdx');
const review = fs.readFileSync(reviewFile, 'utf8');

/** The index as the /papers/ page builds it: from each post's one compile. */
async function papersIndex(posts: Post[]) {
  return buildPapersIndex(posts, await Promise.all(posts.map(async (p) => (await compiledPost(p)).papers)));
}

describe('papers from the compile of a post', async () => {
  const { papers, ids } = await compileSource(review, reviewFile);

  it('reads every <Paper> in reading order with its props', () => {
    assert.deepEqual(
      papers.map((p) => p.title),
      ['Before Any Heading', 'First Method', 'Second Method', 'Third Method', 'Speech Paper'],
    );
    const first = papers[1];
    assert.equal(first.authors, 'Alan Turing, Grace Hopper, Edsger Dijkstra');
    assert.equal(first.venue, 'ICML 2021');
    assert.equal(first.url, 'https://arxiv.org/abs/2103.00002');
    assert.equal(papers[2].url, 'https://github.com/example/second', 'without a paper link the title links to the code');
  });

  it('places each paper under the nearest h2/h3, with -1 for a repeated heading', () => {
    assert.deepEqual(
      papers.map((p) => p.section),
      [
        undefined,
        { id: 'method', heading: 'Method' },
        { id: 'method-1', heading: 'Method' },
        { id: 'method-1', heading: 'Method' },
        { id: 'speech--audio-models', heading: 'Speech & audio models' },
      ],
    );
  });

  it('uses the very ids the build gives the headings', () => {
    for (const paper of papers.filter((p) => p.section)) assert.ok(ids.includes(paper.section!.id), `${paper.section!.id} not in ${ids.join(', ')}`);
  });

  it('fails the compile on props it cannot read, naming file and line, once per problem', async () => {
    const source = '## A\n\n<Paper title={"Computed"} venue="ICML 2021" />\n\n<Paper title="T" authors={names} venue={v} />\n';
    const error = await compileSource(source, '/tmp/x/index.mdx').then(
      () => assert.fail('expected the compile to fail'),
      (thrown: { problems: unknown[] }) => thrown,
    );
    assert.deepEqual(error.problems, [
      {
        file: path.relative(process.cwd(), '/tmp/x/index.mdx'),
        line: 3,
        column: 1,
        message: '<Paper title={…}>: write title="..." as plain text so the papers index can read it',
      },
      {
        file: path.relative(process.cwd(), '/tmp/x/index.mdx'),
        line: 5,
        column: 1,
        message: '<Paper authors={…}>: write authors="..." as plain text so the papers index can read it',
      },
      {
        file: path.relative(process.cwd(), '/tmp/x/index.mdx'),
        line: 5,
        column: 1,
        message: '<Paper venue={…}>: write venue="..." as plain text so the papers index can read it',
      },
    ]);
  });
});

describe('the papers index', () => {
  const all = loadAllPosts({ postsDir: fixtures, root: fixtures });

  it('links each paper to its section, or to the top of the post before any heading', async () => {
    const index = await papersIndex(visiblePosts(all, false));
    const papers = index.years.flatMap((y) => y.papers);
    assert.deepEqual(
      papers.map((p) => p.href),
      ['/review_2021/', '/review_2021/#method', '/review_2021/#method-1', '/review_2021/#method-1', '/review_2021/#speech--audio-models'],
    );
    assert.equal(papers[0].post.title, 'Deep Learning in 2021');
  });

  it('labels venues and offers them as filters without the year', async () => {
    const index = await papersIndex(visiblePosts(all, false));
    const papers = index.years.flatMap((y) => y.papers);
    assert.deepEqual(
      papers.map((p) => [p.venueLabel, p.venueGroup]),
      [
        ['arXiv 2021', 'arXiv'],
        ['ICML 2021', 'ICML'],
        ['Preprint', 'Preprint'],
        ['NeurIPS 2021', 'NeurIPS'],
        ['CoRL 2021 Workshop', 'CoRL Workshop'],
      ],
    );
    assert.deepEqual(index.venues, [
      { name: 'arXiv', count: 1 },
      { name: 'CoRL Workshop', count: 1 },
      { name: 'ICML', count: 1 },
      { name: 'NeurIPS', count: 1 },
      { name: 'Preprint', count: 1 },
    ]);
    assert.equal(index.total, 5);
  });

  it('leaves out the papers of drafts when drafts are hidden', async () => {
    const titles = async (showDrafts: boolean) => (await papersIndex(visiblePosts(all, showDrafts))).years.flatMap((y) => y.papers.map((p) => p.title));
    assert.ok((await titles(true)).includes('Draft Only Paper'), 'the fixture draft has a paper');
    assert.ok(!(await titles(false)).includes('Draft Only Paper'));
  });

  it('groups by the reviewed year, newest first', async () => {
    const posts = loadAllPosts({
      postsDir: makePostsDir({
        review_2022: post('title: "Year in Review: Deep Learning in 2022"\ndate: 2023-01-17', '<Paper title="P2022" />\n'),
        notes: post('title: Notes\ndate: 2023-06-01', '<Paper title="Notes paper" />\n'),
        review_2023: post('title: "Deep Learning Papers in 2023"\ndate: 2024-01-27', '<Paper title="P2023" />\n'),
      }),
    });
    const index = await papersIndex(posts);
    assert.deepEqual(
      index.years.map((y) => [y.year, y.papers.map((p) => p.title)]),
      [
        [2023, ['P2023', 'Notes paper']],
        [2022, ['P2022']],
      ],
    );
  });

  it('fails the build listing every unreadable <Paper>', async () => {
    const posts = loadAllPosts({ postsDir: makePostsDir({ bad: post('title: Bad\ndate: 2023-01-01', '<Paper authors={names} title="T" />\n') }) });
    await assert.rejects(papersIndex(posts), /6:1 {2}<Paper authors=\{…\}>/);
  });
});

describe('reviewYear', () => {
  it('takes the year named in the title, else the publication year', () => {
    assert.equal(reviewYear({ title: 'Year in Review: Deep Learning in 2022', date: '2023-01-17T22:01:03.284Z' }), 2022);
    assert.equal(reviewYear({ title: '2023年の論文まとめ', date: '2024-01-05T00:00:00.000Z' }), 2023);
    assert.equal(reviewYear({ title: 'Speculative decoding', date: '2023-08-05T00:00:00.000Z' }), 2023);
  });
});
