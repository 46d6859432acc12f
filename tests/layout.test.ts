// The code layout of docs/architecture.md ("Modules by folder"): components grouped by where they
// appear, lib/ in folders per concern, and the QA tools (scripts/qa/) outside the product code.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ANY_IMPORT, importGraph, ROOT, sourceFiles } from './import-graph';

/** Where a component appears; a new kind of place is added here and in docs/architecture.md. */
const COMPONENT_FOLDERS = ['dev', 'layout', 'lists', 'mdx', 'papers', 'post', 'search'];
const PRODUCT = ['app', 'components', 'lib'];

/** What breaks the layout in the project at `root`, one line each. */
function layoutProblems(root: string): string[] {
  const problems: string[] = [];
  for (const folder of ['lib', 'components']) {
    for (const entry of fs.readdirSync(path.join(root, folder), { withFileTypes: true })) {
      if (!entry.isDirectory()) problems.push(`${folder}/${entry.name}: a file directly in ${folder}/ (put it in the folder of its concern)`);
    }
  }
  for (const entry of fs.readdirSync(path.join(root, 'components'), { withFileTypes: true })) {
    if (entry.isDirectory() && !COMPONENT_FOLDERS.includes(entry.name)) {
      problems.push(`components/${entry.name}/: not one of ${COMPONENT_FOLDERS.join(', ')} (group components by where they appear)`);
    }
  }
  const scripts = path.join(root, 'scripts') + path.sep;
  const graph = importGraph(
    PRODUCT.flatMap((folder) => sourceFiles(path.join(root, folder))),
    root,
    ANY_IMPORT,
  );
  for (const [file, targets] of graph) {
    for (const target of targets) {
      if (target.startsWith(scripts)) problems.push(`${path.relative(root, file)} imports ${path.relative(root, target)}: product code never imports scripts/`);
    }
  }
  return problems.sort();
}

describe('code layout', () => {
  it('holds in this project', () => {
    assert.deepEqual(layoutProblems(ROOT), []);
  });

  it('finds a file loose in lib/ or components/, components/site/, and a product import of scripts/', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'layout-'));
    try {
      const write = (file: string, text = '') => {
        fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
        fs.writeFileSync(path.join(root, file), text);
      };
      write('lib/urls/paths.ts');
      write('lib/theme.ts');
      write('components/post/PostMeta.tsx');
      write('components/Header.tsx');
      write('components/site/Footer.tsx');
      write('scripts/qa/compare-out.ts');
      write('app/page.tsx', "import type { SiteFiles } from '@/scripts/qa/compare-out';\n");
      write('lib/content/load.ts', "const tools = await import('../../scripts/qa/compare-out');\n");
      assert.deepEqual(layoutProblems(root), [
        'app/page.tsx imports scripts/qa/compare-out.ts: product code never imports scripts/',
        'components/Header.tsx: a file directly in components/ (put it in the folder of its concern)',
        `components/site/: not one of ${COMPONENT_FOLDERS.join(', ')} (group components by where they appear)`,
        'lib/content/load.ts imports scripts/qa/compare-out.ts: product code never imports scripts/',
        'lib/theme.ts: a file directly in lib/ (put it in the folder of its concern)',
      ]);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
