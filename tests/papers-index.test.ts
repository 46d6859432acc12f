import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ContentError } from '../lib/content/errors';
import { visiblePosts } from '../lib/content/index';
import { loadAllPosts } from '../lib/content/load';
import { buildPapersIndex, extractPapers, reviewYear } from '../lib/content/papers-index';
import { checkPost } from '../lib/mdx/compile';
import { makePostsDir, post } from './helpers';

const fixtures = path.join(import.meta.dirname, 'fixtures', 'papers-index');
const reviewFile = path.join(fixtures, 'review_2021', 'index.mdx');
const review = fs.readFileSync(reviewFile, 'utf8');

describe('extracting papers from a post', () => {
  const { papers, problems } = extractPapers(review, 'review_2021/index.mdx');

  it('reads every <Paper> in reading order with its props', () => {
    assert.deepEqual(problems, []);
    assert.deepEqual(papers.map((p) => p.title), ['Before Any Heading', 'First Method', 'Second Method', 'Third Method', 'Speech Paper']);
    const first = papers[1];
    assert.deepEqual(first.authors, ['Alan Turing', 'Grace Hopper', 'Edsger Dijkstra']);
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

  it('uses the very ids the build gives the headings', async () => {
    const { ids, problems: compileProblems } = await checkPost(review, reviewFile, 'review_2021/index.mdx');
    assert.deepEqual(compileProblems, []);
    for (const paper of papers.filter((p) => p.section)) assert.ok(ids.includes(paper.section!.id), `${paper.section!.id} not in ${ids.join(', ')}`);
  });

  it('rejects props it cannot read, naming file and line, once per problem', () => {
    const source = '## A\n\n<Paper title={"Computed"} venue="ICML 2021" />\n\n<Paper venue="ICML 2021" />\n';
    const result = extractPapers(source, 'posts/x/index.mdx');
    assert.deepEqual(result.papers, []);
    assert.deepEqual(result.problems, [
      { file: 'posts/x/index.mdx', line: 3, column: 1, message: '<Paper title={…}>: write title="..." as plain text so the papers index can read it' },
      { file: 'posts/x/index.mdx', line: 5, column: 1, message: '<Paper> needs title="..."' },
    ]);
  });
});

describe('the papers index', () => {
  const all = loadAllPosts({ postsDir: fixtures, root: fixtures });

  it('links each paper to its section, or to the top of the post before any heading', () => {
    const index = buildPapersIndex(visiblePosts(all, false));
    const papers = index.years.flatMap((y) => y.papers);
    assert.deepEqual(papers.map((p) => p.href), [
      '/review_2021/',
      '/review_2021/#method',
      '/review_2021/#method-1',
      '/review_2021/#method-1',
      '/review_2021/#speech--audio-models',
    ]);
    assert.equal(papers[0].post.title, 'Deep Learning in 2021');
  });

  it('labels venues and offers them as filters without the year', () => {
    const index = buildPapersIndex(visiblePosts(all, false));
    const papers = index.years.flatMap((y) => y.papers);
    assert.deepEqual(papers.map((p) => [p.venueLabel, p.venueGroup]), [
      ['arXiv 2021', 'arXiv'],
      ['ICML 2021', 'ICML'],
      ['Preprint', 'Preprint'],
      ['NeurIPS 2021', 'NeurIPS'],
      ['CoRL 2021 Workshop', 'CoRL Workshop'],
    ]);
    assert.deepEqual(index.venues, [
      { name: 'arXiv', count: 1 },
      { name: 'CoRL Workshop', count: 1 },
      { name: 'ICML', count: 1 },
      { name: 'NeurIPS', count: 1 },
      { name: 'Preprint', count: 1 },
    ]);
    assert.equal(index.total, 5);
  });

  it('leaves out the papers of drafts when drafts are hidden', () => {
    const titles = (showDrafts: boolean) => buildPapersIndex(visiblePosts(all, showDrafts)).years.flatMap((y) => y.papers.map((p) => p.title));
    assert.ok(titles(true).includes('Draft Only Paper'), 'the fixture draft has a paper');
    assert.ok(!titles(false).includes('Draft Only Paper'));
  });

  it('groups by the reviewed year, newest first', () => {
    const posts = loadAllPosts({
      postsDir: makePostsDir({
        review_2022: post('title: "Year in Review: Deep Learning in 2022"\ndate: 2023-01-17', '<Paper title="P2022" />\n'),
        notes: post('title: Notes\ndate: 2023-06-01', '<Paper title="Notes paper" />\n'),
        review_2023: post('title: "Deep Learning Papers in 2023"\ndate: 2024-01-27', '<Paper title="P2023" />\n'),
      }),
    });
    const index = buildPapersIndex(posts);
    assert.deepEqual(index.years.map((y) => [y.year, y.papers.map((p) => p.title)]), [
      [2023, ['P2023', 'Notes paper']],
      [2022, ['P2022']],
    ]);
  });

  it('fails the build listing every unreadable <Paper>', () => {
    const posts = loadAllPosts({ postsDir: makePostsDir({ bad: post('title: Bad\ndate: 2023-01-01', '<Paper authors={names} title="T" />\n') }) });
    assert.throws(() => buildPapersIndex(posts), (error) => error instanceof ContentError && /bad\/index\.mdx:6:1 {2}<Paper authors=\{…\}>/.test(error.message));
  });
});

describe('reviewYear', () => {
  it('takes the year named in the title, else the publication year', () => {
    assert.equal(reviewYear({ title: 'Year in Review: Deep Learning in 2022', date: '2023-01-17T22:01:03.284Z' }), 2022);
    assert.equal(reviewYear({ title: '2023年の論文まとめ', date: '2024-01-05T00:00:00.000Z' }), 2023);
    assert.equal(reviewYear({ title: 'Speculative decoding', date: '2023-08-05T00:00:00.000Z' }), 2023);
  });
});
