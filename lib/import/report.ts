// The import report (printed and written to import-report.md): per post, what was converted and
// what an author still has to look at. Pure.
import path from 'node:path';
import type { Outcome } from './write';
import type { PostPlan } from './plan';

export interface ReportInput {
  results: { plan: PostPlan; outcome: Outcome; error?: string }[];
  ignored: { file: string; reason: string }[];
  dryRun: boolean;
  /** The imported folder: source paths are printed relative to it. */
  source: string;
}

export function formatReport({ results, ignored, dryRun, source }: ReportInput): string {
  const rel = (file: string) => path.relative(source, file) || '.';
  const count = (outcomes: Outcome[]) => results.filter((result) => outcomes.includes(result.outcome)).length;
  const failed = results.filter((result) => result.outcome === 'failed');
  const lines = [
    `# Import report${dryRun ? ' (dry run: nothing written)' : ''}`,
    '',
    `From ${source}. ${results.length} posts: ${count(['written', 'replaced', 'would write', 'would replace'])} ${dryRun ? 'to import' : 'imported'}, ${count(['unchanged'])} unchanged, ${failed.length} not imported.`,
    `Needs an author: ${results.reduce((n, result) => n + result.plan.needsAuthor.length, 0)} items; embeds made safe at build: ${results.reduce((n, result) => n + result.plan.embeds.length, 0)}.`,
  ];
  if (failed.length > 0) {
    lines.push('', '## Not imported', '', ...failed.map(({ plan, error }) => `- ${rel(plan.from)}: ${error}`));
  }
  if (ignored.length > 0) lines.push('', '## Not posts', '', ...ignored.map(({ file, reason }) => `- ${rel(file)}: ${reason}`));
  for (const { plan, outcome } of results) {
    if (outcome === 'failed') continue;
    lines.push('', `## posts/${plan.slug}/${plan.fileName} (${outcome}, from ${rel(plan.from)}, ${plan.copies.length} files copied)`);
    const section = (title: string, items: string[]) => {
      if (items.length > 0) lines.push('', `${title}:`, ...items.map((item) => `- ${item}`));
    };
    section('Converted', plan.converted);
    section('Embeds', plan.embeds);
    section(
      'Fields left out (no use here)',
      plan.unknown.map(({ field, value }) => `${field}: ${value}`),
    );
    section('Needs an author', plan.needsAuthor);
    section(
      'Files not copied',
      plan.skipped.map(({ file, reason }) => `${file}: ${reason}`),
    );
  }
  return `${lines.join('\n')}\n`;
}
