/** The parts of a KeyboardEvent the shortcut depends on (so it can be tested without a DOM). */
export interface ShortcutEvent {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** The focused element: tag name and whether it is contenteditable. */
  target: { tagName?: string; isContentEditable?: boolean } | null;
}

const TEXT_FIELDS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/** True while the reader is typing into a field, where "/" and Ctrl-K must keep their usual meaning. */
export function isTyping(target: ShortcutEvent['target']): boolean {
  return Boolean(target && (TEXT_FIELDS.has(target.tagName?.toUpperCase() ?? '') || target.isContentEditable));
}

/** "/" or Ctrl-K / Cmd-K opens search, unless the reader is typing. */
export function isSearchShortcut(event: ShortcutEvent): boolean {
  if (isTyping(event.target) || event.altKey) return false;
  if (event.key === '/') return !event.ctrlKey && !event.metaKey;
  return event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
}
