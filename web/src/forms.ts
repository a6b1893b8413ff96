import { html, nothing } from 'lit';
import { STANCES } from './stances.js';

// What the page's curation forms share: the stance choices, the list of a write's refusals, and the
// passage a curator selected inside a given element.

export const stanceOptions = (selected?: string) =>
  Object.entries(STANCES).map(([value, s]) => html`<option value=${value} ?selected=${value === selected}>${s.symbol} ${s.label}</option>`);

export const problemList = (problems: string[]) =>
  problems.length ? html`<ul role="alert" class="problems">${problems.map((p) => html`<li>${p}</li>`)}</ul>` : nothing;

/** The words selected inside `within` (trimmed), or undefined when nothing there is selected. */
export function selectedIn(within: Element | null | undefined): string | undefined {
  const selection = getSelection();
  const text = selection?.toString().trim() ?? '';
  if (!within || !selection?.rangeCount || !text || !within.contains(selection.getRangeAt(0).commonAncestorContainer)) return undefined;
  return text;
}
