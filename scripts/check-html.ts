// `npm run check:html [dir]`: validates every page of the exported site with the W3C Nu HTML
// Checker; fails on any error and prints warnings.
import path from 'node:path';
import { validateHtml } from './qa/html-validate';
import { htmlFiles } from '../lib/post-build/site-files';

const siteDir = path.resolve(process.argv[2] ?? 'out');
const files = htmlFiles(siteDir).map((file) => path.join(siteDir, file));
const messages = validateHtml(files);
for (const m of messages) {
  const where = `${path.relative(process.cwd(), m.file)}${m.line ? `:${m.line}:${m.column ?? 0}` : ''}`;
  console[m.severity === 'error' ? 'error' : 'warn'](
    `${where}  ${m.severity}: ${m.message}${m.extract ? `\n    ${m.extract.replace(/\s+/g, ' ').trim()}` : ''}`,
  );
}
const errors = messages.filter((m) => m.severity === 'error').length;
if (errors > 0) {
  console.error(`\n${errors} HTML error${errors === 1 ? '' : 's'} in ${files.length} pages`);
  process.exitCode = 1;
} else {
  console.log(`HTML valid: ${files.length} pages, ${messages.length} warning${messages.length === 1 ? '' : 's'}`);
}
