import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const VNU_JAR = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

export interface HtmlMessage {
  file: string;
  line?: number;
  column?: number;
  severity: 'error' | 'warning';
  message: string;
  extract?: string;
}

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message: string;
  extract?: string;
}

/**
 * vnu evaluates a page's CSP <meta> as if served from file:, where 'self' matches nothing, and
 * treats JSON-LD data blocks as scripts, so every such report is wrong here; e2e/csp.spec.ts checks
 * the policy in a real browser instead.
 */
const FILE_ORIGIN_CSP_REPORT = /^(Resource|Inline script) violates Content Security Policy \(meta tag\)/;

/**
 * Checks HTML files with the W3C Nu HTML Checker (vnu.jar) in one Java process (Java starts slowly,
 * so never once per file). Returns its errors and warnings; plain notes (vnu's "info" without
 * subtype, such as React's `<meta ... />` trailing slashes) are left out.
 */
export function validateHtml(files: string[]): HtmlMessage[] {
  if (files.length === 0) return [];
  const result = spawnSync('java', ['-Xss8m', '-jar', VNU_JAR, '--format', 'json', '--exit-zero-always', ...files], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.error) throw new Error(`cannot run the HTML checker: ${result.error.message} (it needs Java: apt-get install default-jre-headless)`);
  if (result.status !== 0) throw new Error(`the HTML checker failed (exit ${result.status}):\n${result.stderr}`);
  const { messages } = JSON.parse(result.stderr) as { messages: VnuMessage[] };
  return messages.flatMap((m): HtmlMessage[] => {
    const severity = m.type === 'info' ? (m.subType === 'warning' ? 'warning' : undefined) : 'error';
    if (!severity || FILE_ORIGIN_CSP_REPORT.test(m.message)) return [];
    const file = m.url ? decodeURIComponent(new URL(m.url).pathname) : '(checker)';
    return [{ file, line: m.lastLine, column: m.firstColumn ?? m.lastColumn, severity, message: m.message, extract: m.extract }];
  });
}
