import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { arxivId, bibtexKey, jsonLdScript, paperYear, parseAuthors, scholarlyArticleJsonLd, toBibtex } from '../lib/content/papers';

const blockNerf = {
  title: 'Block-NeRF: Scalable Large Scene Neural View Synthesis',
  authors: parseAuthors('Matthew Tancik, Vincent Casser, Xinchen Yan'),
  paper: 'https://arxiv.org/abs/2202.05263',
  project: 'https://waymo.com/research/block-nerf/',
  venue: 'CVPR 2022',
};

describe('paper identifiers', () => {
  it('reads arXiv ids from abs and pdf URLs', () => {
    assert.equal(arxivId('https://arxiv.org/abs/2202.05263'), '2202.05263');
    assert.equal(arxivId('https://arxiv.org/pdf/2312.09390v1'), '2312.09390');
    assert.equal(arxivId('https://www.nature.com/articles/x'), undefined);
  });

  it('takes the year from the venue, else from the arXiv id', () => {
    assert.equal(paperYear({ venue: 'ICLR 2024', paper: 'https://arxiv.org/abs/2309.16588' }), 2024);
    assert.equal(paperYear({ paper: 'https://arxiv.org/abs/2207.10551' }), 2022);
    assert.equal(paperYear({}), undefined);
  });
});

describe('BibTeX', () => {
  it('builds an @inproceedings entry for a paper with a venue', () => {
    assert.equal(
      toBibtex(blockNerf),
      [
        '@inproceedings{tancik2022blocknerf,',
        '  title         = {{Block-NeRF: Scalable Large Scene Neural View Synthesis}},',
        '  author        = {Tancik, Matthew and Casser, Vincent and Yan, Xinchen},',
        '  booktitle     = {CVPR},',
        '  year          = {2022},',
        '  eprint        = {2202.05263},',
        '  archivePrefix = {arXiv},',
        '  url           = {https://arxiv.org/abs/2202.05263}',
        '}',
      ].join('\n'),
    );
  });

  it('builds an arXiv @article without a venue and keeps group authors whole', () => {
    const entry = toBibtex({
      title: 'Open X-Embodiment: Robotic Learning Datasets and RT-X Models',
      authors: ['Open X-Embodiment Collaboration'],
      paper: 'https://arxiv.org/abs/2310.08864',
    });
    assert.match(entry, /^@article\{open2023open,/);
    assert.match(entry, /author {8}= \{\{Open X-Embodiment Collaboration\}\}/);
    assert.match(entry, /journal {7}= \{arXiv preprint arXiv:2310\.08864\}/);
  });

  it('skips stop words and accents in keys and escapes special characters', () => {
    assert.equal(
      bibtexKey({
        title: 'Are Emergent Abilities of Large Language Models a Mirage?',
        authors: ['Rylan Schaeffer'],
        paper: 'https://arxiv.org/abs/2304.15004',
      }),
      'schaeffer2023emergent',
    );
    assert.equal(bibtexKey({ title: 'Segment Anything', authors: ['Piotr Dollár'], venue: 'ICCV 2023' }), 'dollar2023segment');
    assert.match(toBibtex({ title: 'R&D at 100%', authors: ['A B'] }), /title {9}= \{\{R\\&D at 100\\%\}\}/);
  });
});

describe('ScholarlyArticle JSON-LD', () => {
  it('describes the paper with authors, identifier and links', () => {
    const data = scholarlyArticleJsonLd(blockNerf);
    assert.equal(data['@type'], 'ScholarlyArticle');
    assert.equal(data.headline, blockNerf.title);
    assert.deepEqual(
      data.author,
      blockNerf.authors.map((name) => ({ '@type': 'Person', name })),
    );
    assert.deepEqual(data.identifier, { '@type': 'PropertyValue', propertyID: 'arXiv', value: '2202.05263' });
    assert.equal(data.datePublished, '2022');
    assert.deepEqual(data.sameAs, ['https://waymo.com/research/block-nerf/']);
  });

  it('serialises to JSON that cannot close its script tag', () => {
    const text = jsonLdScript({ headline: '</script><script>alert(1)</script>' });
    assert.ok(!text.includes('</script>'));
    assert.deepEqual(JSON.parse(text), { headline: '</script><script>alert(1)</script>' });
  });
});
