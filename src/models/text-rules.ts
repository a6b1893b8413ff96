// The one rule for text taken from outside (GraphQL strings, digests, restore files, feeds, cursors): text
// is stored as given, or refused. It may hold tab, line feed and carriage return, but no other C0 control
// character or DEL (a NUL would reach PostgreSQL, which refuses it; the others are invisible and alter
// what a quote shows), and no lone UTF-16 surrogate (which would be stored as U+FFFD: text altered
// silently). Third-party feeds are the one exception: there such characters are removed and counted
// (`withoutForbidden`), since a curator cannot fix another site's feed.

/** C0 controls and DEL, except tab, line feed and carriage return. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
/** A high surrogate not followed by a low one, or a low one not after a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const FORBIDDEN = new RegExp(`${CONTROL.source}|${LONE_SURROGATE.source}`, 'g');

const codePoint = (char: string) => `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/** The first character the rule refuses: what it is ("a control character U+0007") and its index, or undefined. */
function fault(value: string): { what: string; index: number; kind: 'control' | 'surrogate' } | undefined {
  const control = CONTROL.exec(value);
  if (control) return { what: codePoint(control[0]), index: control.index, kind: 'control' };
  const lone = LONE_SURROGATE.exec(value);
  if (lone) return { what: codePoint(lone[0]), index: lone.index, kind: 'surrogate' };
  return undefined;
}

const describe = (f: NonNullable<ReturnType<typeof fault>>, where: string) =>
  f.kind === 'control'
    ? `must not contain control characters (found ${f.what} at ${where}).`
    : `must be valid Unicode text (found a lone surrogate ${f.what} at ${where}).`;

/** What is wrong with a text by the rule above ("must not contain …", with the position), or undefined when nothing is. */
export function textProblem(value: string): string | undefined {
  const f = fault(value);
  return f && describe(f, `position ${f.index + 1}`);
}

/** The same for a text of many lines (a digest): the line and column of what is wrong. */
export function textProblemByLine(value: string): string | undefined {
  const f = fault(value);
  if (!f) return undefined;
  const before = value.slice(0, f.index);
  const line = before.split('\n').length;
  return describe(f, `line ${line}, column ${f.index - before.lastIndexOf('\n')}`);
}

/** A third party's text without what the rule refuses (control characters, lone surrogates), and how many were removed. */
export function withoutForbidden(value: string): { text: string; removed: number } {
  let removed = 0;
  const text = value.replace(FORBIDDEN, () => {
    removed++;
    return '';
  });
  return { text, removed };
}
