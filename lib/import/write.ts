// Writes planned posts into posts/: never outside it, never over a different post without --force.
import fs from 'node:fs';
import path from 'node:path';
import type { PostPlan } from './plan';

export type Outcome = 'written' | 'replaced' | 'unchanged' | 'would write' | 'would replace' | 'failed';

export interface WriteOptions {
  postsDir: string;
  force: boolean;
  dryRun: boolean;
}

/** Writes each plan that has no error; returns what happened to each, and the reason when it failed. */
export function writePlans(plans: PostPlan[], { postsDir, force, dryRun }: WriteOptions): { plan: PostPlan; outcome: Outcome; error?: string }[] {
  return plans.map((plan) => {
    if (plan.error) return { plan, outcome: 'failed', error: plan.error };
    const dir = path.join(postsDir, plan.slug);
    const rel = path.relative(postsDir, dir);
    if (rel.startsWith('..') || path.isAbsolute(rel) || rel.includes(path.sep))
      return { plan, outcome: 'failed', error: `slug "${plan.slug}" would write outside posts/` };
    const exists = fs.existsSync(dir);
    if (exists && sameAsOnDisk(plan, dir)) return { plan, outcome: 'unchanged' };
    if (exists && !force)
      return { plan, outcome: 'failed', error: `posts/${plan.slug}/ already exists and differs: not overwritten (use --force to replace it)` };
    if (dryRun) return { plan, outcome: exists ? 'would replace' : 'would write' };
    // --force replaces the whole folder, so files the new version no longer has do not linger.
    if (exists) fs.rmSync(dir, { recursive: true });
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, plan.fileName), plan.content);
    for (const copy of plan.copies) {
      const to = path.join(dir, copy.to);
      fs.mkdirSync(path.dirname(to), { recursive: true });
      // Copies the bytes, never a link: a symlink inside the source is written as the file it names.
      fs.copyFileSync(fs.realpathSync(copy.from), to);
    }
    return { plan, outcome: exists ? 'replaced' : 'written' };
  });
}

/** True when posts/<slug>/ holds exactly what the plan would write (so importing again is a no-op). */
function sameAsOnDisk(plan: PostPlan, dir: string): boolean {
  const files = new Map<string, () => Buffer>([[plan.fileName, () => Buffer.from(plan.content)]]);
  for (const copy of plan.copies) files.set(copy.to.split(path.sep).join('/'), () => fs.readFileSync(copy.from));
  const onDisk = (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
  if (onDisk.length !== files.size) return false;
  return onDisk.every((rel) => files.has(rel) && files.get(rel)!().equals(fs.readFileSync(path.join(dir, rel))));
}
