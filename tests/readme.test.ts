import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import GithubSlugger from 'github-slugger';

const root = path.join(import.meta.dirname, '..');
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
const docs = [
  'README.md',
  ...fs
    .readdirSync(path.join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

// Markdown without code, so `![alt](file.png)` written as an example is not taken for a link.
function prose(markdown: string): string {
  return markdown.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');
}

/** The anchors GitHub gives a file's headings. */
function anchors(file: string): Set<string> {
  const slugger = new GithubSlugger();
  const text = fs.readFileSync(file, 'utf8').replace(/^```[\s\S]*?^```/gm, '');
  return new Set([...text.matchAll(/^#{1,6} (.+)$/gm)].map((m) => slugger.slug(m[1].replace(/`/g, ''))));
}

describe('README and docs', () => {
  it('README is at most 250 lines (design notes and measurements go to docs/)', () => {
    const lines = readme.split('\n').length - (readme.endsWith('\n') ? 1 : 0);
    assert.ok(lines <= 250, `README.md has ${lines} lines`);
  });

  it('the scripts table names every script in package.json, and only those', () => {
    const { scripts } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    const table = readme.slice(readme.indexOf('\n## Scripts\n') + 1);
    assert.ok(table.length < readme.length, 'README.md has a "## Scripts" section');
    const rows = table
      .split('\n## ')[0]
      .split('\n')
      .filter((line) => line.startsWith('| `npm'));
    const named = rows.map((row) => /^\| `npm (?:run )?([^\s`]+)/.exec(row)![1]);
    assert.deepEqual([...named].sort(), Object.keys(scripts).sort());
  });

  for (const doc of docs) {
    it(`every relative link in ${doc} resolves to a file (and heading)`, () => {
      const broken: string[] = [];
      for (const [, target] of prose(fs.readFileSync(path.join(root, doc), 'utf8')).matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
        if (/^[a-z]+:/i.test(target)) continue;
        const [file, anchor] = target.split('#');
        const resolved = file ? path.join(root, path.dirname(doc), file) : path.join(root, doc);
        if (!fs.existsSync(resolved)) broken.push(`${target}: no such file`);
        else if (anchor && resolved.endsWith('.md') && !anchors(resolved).has(anchor)) broken.push(`${target}: no heading #${anchor}`);
      }
      assert.deepEqual(broken, []);
    });
  }
});
