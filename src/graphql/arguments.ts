// The limits arguments declare on the schema: how long a text may be (`maxLength`, 1,000 characters
// unless an argument or input field says more) and how many entries a list may hold. The rules that
// check them, before anything runs, are http/arguments.ts.

/** The most characters a text argument may hold unless it says more (`maxLength`). */
export const DEFAULT_MAX_LENGTH = 1_000;
/** The most entries any list argument may hold. */
export const MAX_ITEMS = 100;

/** `extensions` for an argument or input field that may hold more than the default length of text. */
export const maxLength = (length: number) => ({ extensions: { maxLength: length } });
