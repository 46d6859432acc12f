// rehype-katex only warns and renders red text for invalid TeX; a post with broken math must
// fail the build instead of shipping it.
export default function rehypeFailOnMathErrors() {
  return (_tree, file) => {
    const broken = file.messages.filter((m) => m.source === 'rehype-katex');
    if (broken.length === 0) return;
    const list = broken.map((m) => `  ${m.line ?? '?'}:${m.column ?? '?'}  ${m.reason}: ${m.cause?.message ?? ''}`).join('\n');
    file.fail(`invalid math (KaTeX):\n${list}`, { ruleId: 'math', source: 'blog' });
  };
}
