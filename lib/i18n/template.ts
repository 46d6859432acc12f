/** Fills `{name}` marks of a UI string ("{count} posts match") with values; unknown marks stay as written. */
export function fillIn(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (mark, name: string) => (name in values ? String(values[name]) : mark));
}
