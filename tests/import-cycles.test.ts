// No import cycles between the project's own modules (app/, components/, lib/, scripts/): a cycle
// makes a module's exports undefined depending on which file is loaded first.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { findCycles, importGraph, ROOT, sourceFiles } from './import-graph';

const FOLDERS = ['app', 'components', 'lib', 'scripts'];

describe('import graph', () => {
  it('finds a cycle when there is one (through the @/ alias too)', () => {
    const dir = fs.mkdtempSync(path.join(import.meta.dirname, '..', '.cache-cycle-'));
    try {
      fs.writeFileSync(path.join(dir, 'a.ts'), "import { b } from './b';\nimport type { T } from './c';\n");
      fs.writeFileSync(path.join(dir, 'b.ts'), `export { a } from '@/${path.basename(dir)}/a';\n`);
      fs.writeFileSync(path.join(dir, 'c.ts'), "import { a } from './a';\n");
      const cycles = findCycles(importGraph(sourceFiles(dir)));
      assert.deepEqual(
        cycles.map((cycle) => cycle.map((file) => path.basename(file))),
        [['a.ts', 'b.ts', 'a.ts']],
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('has no cycle in app/, components/, lib/ and scripts/', () => {
    const files = FOLDERS.flatMap((folder) => sourceFiles(path.join(ROOT, folder)));
    const cycles = findCycles(importGraph([...files, path.join(ROOT, 'mdx-components.tsx')]));
    assert.deepEqual(
      cycles.map((cycle) => cycle.map((file) => path.relative(ROOT, file)).join(' → ')),
      [],
    );
  });
});
