import fs from 'node:fs';
import path from 'node:path';

const WORDS =
  'model attention token layer gradient scaling diffusion sample decoder encoder loss batch reward policy image text vision language robust data'.split(' ');
const TAGS = ['deep-learning', 'machine-learning', 'nlp', 'vision', 'reinforcement-learning', 'generative', 'robotics', 'theory'];

function sentence(seed: number, words = 14): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[(seed * 31 + i * 17) % WORDS.length]);
  return out.join(' ').replace(/^./, (c) => c.toUpperCase()) + '.';
}

const DIAGRAM = (n: number) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 240" width="720" height="240"><rect width="100%" height="100%" rx="12" fill="#fbfaf6"/><title>Synthetic diagram ${n}</title><rect x="60" y="80" width="${100 + (n % 400)}" height="80" fill="#dbeafe" stroke="#2563eb" stroke-width="3"/></svg>\n`;

// A 64×32 PNG, so half of the posts exercise raster figures and half SVG ones.
const PHOTO = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAEAAAAAgCAIAAAAt/+nTAAAATklEQVR4nO3PUQkAIBTAwFfGZMa3hCH8OITBAtxm7fN1wwUNaEEDWtCAFjSgBQ1oQQNa0IAWNKAFDWhBA1rQgBY0oAUNaEEDWtCAFjx2AZn1mKbu0b0+AAAAAElFTkSuQmCC',
  'base64',
);

/** Writes `count` posts with math, code, a paper card and an image each (for benchmarks). */
export function writeSyntheticPosts(postsDir: string, count: number): void {
  fs.mkdirSync(postsDir, { recursive: true });
  for (let n = 0; n < count; n++) {
    const slug = `synthetic_${String(n).padStart(4, '0')}`;
    const dir = path.join(postsDir, slug);
    fs.mkdirSync(dir, { recursive: true });
    const date = new Date(Date.UTC(2020, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
    const tags = [TAGS[n % TAGS.length], TAGS[(n * 3 + 1) % TAGS.length]];
    const paragraphs = Array.from({ length: 6 }, (_, i) => `${sentence(n + i)} ${sentence(n * 7 + i, 20)} ${sentence(n * 13 + i, 10)}`);
    fs.writeFileSync(
      path.join(dir, 'index.mdx'),
      `---
title: "Synthetic post ${n}: ${sentence(n, 5).slice(0, -1)}"
date: ${date}
description: "${sentence(n * 5, 12)}"
tags: ${JSON.stringify([...new Set(tags)])}
---

${paragraphs[0]} The loss is $\\mathcal{L} = -\\sum_i y_i \\log p_i$ and the rate is $\\eta_{${n}}$.

## Method ${n}

<Paper title="A synthetic paper number ${n}" authors="Ada Lovelace, Alan Turing, Grace Hopper, Claude Shannon" paper="https://arxiv.org/abs/2401.${String(10000 + n).slice(-5)}" venue="ICML 2024" />

${paragraphs[1]}

$$
p(x_{i+1} \\mid x_{1:i}) = \\mathrm{softmax}(W h_i + b)
$$

\`\`\`python
def step(params, batch):
    loss = compute_loss(params, batch)  # post ${n}
    return params - 0.01 * grad(loss)
\`\`\`

![Synthetic figure ${n}](${n % 2 ? 'photo.png' : 'diagram.svg'} "A generated figure.")

## Results

${paragraphs.slice(2).join('\n\n')}
`,
    );
    if (n % 2) fs.writeFileSync(path.join(dir, 'photo.png'), PHOTO);
    else fs.writeFileSync(path.join(dir, 'diagram.svg'), DIAGRAM(n));
  }
}
