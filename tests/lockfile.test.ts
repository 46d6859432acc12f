// `npm ci` (what CI templates and hosts run) refuses a lock file that drifted from package.json or
// lacks a platform's optional binaries; this fails first, naming what is off.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';

interface LockEntry {
  version?: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  engines?: Record<string, string>;
}

const manifest = JSON.parse(fs.readFileSync('package.json', 'utf8')) as LockEntry & { name: string };
const lock = JSON.parse(fs.readFileSync('package-lock.json', 'utf8')) as { lockfileVersion: number; packages: Record<string, LockEntry> };
const FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies', 'peerDependenciesMeta', 'engines'] as const;

describe('package-lock.json', () => {
  it('records exactly the dependencies package.json declares', () => {
    const root = lock.packages[''];
    for (const field of FIELDS)
      assert.deepEqual(root[field] ?? {}, manifest[field] ?? {}, `package-lock.json is out of step with package.json in "${field}": run npm install`);
  });

  it('pins every direct dependency to the version installed from the lock', () => {
    for (const field of ['dependencies', 'devDependencies'] as const) {
      for (const [name, version] of Object.entries(manifest[field] ?? {})) {
        assert.match(version, /^\d+\.\d+\.\d+/, `${name} should be pinned to an exact version`);
        assert.equal(lock.packages[`node_modules/${name}`]?.version, version, `${name}: package.json says ${version}, the lock has another`);
      }
    }
  });

  it('lists the optional binaries of every platform, so npm ci works on macOS and Windows too', () => {
    const missing = Object.entries(lock.packages).flatMap(([where, entry]) =>
      Object.keys(entry.optionalDependencies ?? {})
        .filter((name) => !lock.packages[`${where ? `${where}/` : ''}node_modules/${name}`] && !lock.packages[`node_modules/${name}`])
        .map((name) => `${where || 'root'} → ${name}`),
    );
    assert.deepEqual(missing, []);
  });

  it('keeps libraries that need a newer Node than ours out of the default install', () => {
    const oldest = manifest.engines?.node?.match(/\d+/)?.[0];
    const tooNew = Object.entries(lock.packages)
      .filter(
        ([where, entry]) =>
          where && entry.engines?.node && /^>=\s*(\d+)/.test(entry.engines.node) && Number(entry.engines.node.match(/\d+/)![0]) > Number(oldest),
      )
      .map(([where, entry]) => `${where} (node ${entry.engines!.node})`);
    assert.deepEqual(tooNew, []);
  });
});
