import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { api, follow } from './api.js';
import {
  TrackerAcceptSuggestionDocument,
  TrackerPositionRecordedDocument,
  TrackerRejectSuggestionDocument,
  TrackerReviewQueueDocument,
  TrackerSuggestionAddedDocument,
  type SuggestionOrder,
  type TrackerReviewQueueQuery,
} from './gql/graphql.js';
import { problemList, selectedIn, stanceOptions } from './forms.js';
import { refusal, writer } from './session.js';
import { STANCES } from './stances.js';

// The review queue at /review: pending suggestions, newest first or most trusted first, narrowed to a
// topic or an actor. Each shows its passage highlighted in its paragraph, the drafted statement, the
// actor, topic, stance and confidence; a curator accepts it, corrects it first (stance, topic, actor,
// statement, or the passage: select other words of the paragraph) or rejects it with a reason. By
// keyboard: j and k move, a accepts, e corrects, r rejects, Escape closes a form. New suggestions
// arrive live; a decision updates the matrix and every open page through the API's events.

type Suggestion = TrackerReviewQueueQuery['positionSuggestions']['nodes'][number];
type Mode = { kind: 'correct'; quote: string } | { kind: 'reject' };

const PAGE = 20;

export class ReviewQueue extends LitElement {
  static override properties = {
    items: { state: true },
    total: { state: true },
    topics: { state: true },
    currentId: { state: true },
    mode: { state: true },
    problems: { state: true },
    status: { state: true },
    error: { state: true },
  };
  declare items?: Suggestion[];
  declare total: number;
  declare topics: TrackerReviewQueueQuery['topics']['nodes'];
  /** The suggestion the keys act on, by id: a reload or a decision elsewhere moves rows, not it. */
  declare currentId?: string;
  declare mode?: Mode;
  declare problems: string[];
  declare status?: string;
  declare error?: string;
  private order: SuggestionOrder = 'NEWEST';
  private topic = '';
  private actor = '';
  private cursor?: string | null;
  private hasMore = false;
  private unfollow: (() => void)[] = [];
  private reloading?: ReturnType<typeof setTimeout>;

  constructor() {
    super();
    this.total = 0;
    this.topics = [];
    this.problems = [];
  }

  override connectedCallback() {
    super.connectedCallback();
    document.addEventListener('keydown', this.onKey);
    window.addEventListener('writer', this.changed);
    // New suggestions, and positions recorded (a suggestion accepted by another curator among them):
    // the queue reloads once things settle, and not under an open form.
    this.unfollow = [follow(TrackerSuggestionAddedDocument, this.soon), follow(TrackerPositionRecordedDocument, this.soon)];
    void this.load();
  }

  override disconnectedCallback() {
    document.removeEventListener('keydown', this.onKey);
    window.removeEventListener('writer', this.changed);
    for (const stop of this.unfollow) stop();
    clearTimeout(this.reloading);
    super.disconnectedCallback();
  }

  private readonly changed = () => this.requestUpdate();

  /** A reload in a moment: events come in bursts (an import makes many suggestions), one reload serves them all. */
  private readonly soon = () => {
    clearTimeout(this.reloading);
    this.reloading = setTimeout(() => (this.mode ? this.soon() : void this.load()), 1000);
  };

  /** The index of the current suggestion in the list (0 when it is gone). */
  private get index(): number {
    return Math.max(0, this.items?.findIndex((item) => item.id === this.currentId) ?? 0);
  }

  private focusCurrent() {
    void this.updateComplete.then(() => this.querySelector<HTMLElement>('li[aria-current="true"]')?.focus());
  }

  /** Loads the queue again (as many rows as are shown, so that "show more" is not undone), or (`more`) the next page. */
  private async load(more = false) {
    const filter = { status: ['PENDING' as const], ...(this.topic ? { topic: this.topic } : {}), ...(this.actor ? { actor: this.actor } : {}) };
    const first = more ? PAGE : Math.min(100, Math.max(PAGE, this.items?.length ?? 0));
    const result = await api.query(TrackerReviewQueueDocument, { filter, orderBy: this.order, first, after: more ? this.cursor : null }).toPromise();
    if (result.error) {
      this.error = result.error.graphQLErrors[0]?.message ?? result.error.message;
      return;
    }
    this.error = undefined;
    const list = result.data!.positionSuggestions;
    const index = this.index;
    this.items = more ? [...(this.items ?? []), ...list.nodes] : list.nodes;
    this.total = list.totalCount;
    this.topics = result.data!.topics.nodes;
    this.cursor = list.pageInfo.endCursor;
    this.hasMore = list.pageInfo.hasNextPage;
    // The current suggestion stays current; when it is gone (decided elsewhere), the one now in its place.
    if (!this.items.some((item) => item.id === this.currentId)) this.currentId = this.items[Math.min(index, this.items.length - 1)]?.id;
  }

  private filter(event: Event) {
    event.preventDefault();
    const form = new FormData((event.target as HTMLElement).closest('form')!);
    this.order = form.get('order') as SuggestionOrder;
    this.topic = form.get('topic')?.toString() ?? '';
    this.actor = form.get('actor')?.toString().trim() ?? '';
    this.currentId = undefined;
    this.items = undefined;
    void this.load();
  }

  private readonly onKey = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    if (event.metaKey || event.ctrlKey || event.altKey || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) {
      if (event.key === 'Escape' && this.mode) this.close();
      return;
    }
    if (!this.items?.length || !writer().name) return;
    const actions: Record<string, () => void> = {
      j: () => this.move(1),
      k: () => this.move(-1),
      a: () => void this.accept(),
      e: () => this.open({ kind: 'correct', quote: this.items![this.index]!.quote }),
      r: () => this.open({ kind: 'reject' }),
      Escape: () => this.close(),
    };
    const action = actions[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };

  private move(by: number) {
    this.mode = undefined;
    this.problems = [];
    this.currentId = this.items![Math.max(0, Math.min(this.items!.length - 1, this.index + by))]!.id;
    this.focusCurrent();
  }

  private open(mode: Mode) {
    this.mode = mode;
    this.problems = [];
    void this.updateComplete.then(() => this.querySelector<HTMLElement>('li[aria-current="true"] form :is(input, select)')?.focus());
  }

  private close() {
    this.mode = undefined;
    this.problems = [];
    this.focusCurrent();
  }

  /** Takes the decided suggestion off the list, says what happened, and moves to the one after it. */
  private decided(id: string, message: string) {
    const at = this.items!.findIndex((item) => item.id === id);
    if (at < 0) return;
    this.items = this.items!.filter((item) => item.id !== id);
    this.total -= 1;
    this.mode = undefined;
    this.problems = [];
    this.status = message;
    if (this.currentId === undefined || this.currentId === id) this.currentId = this.items[Math.min(at, this.items.length - 1)]?.id;
    this.focusCurrent();
  }

  private async accept(event?: Event) {
    event?.preventDefault();
    const item = this.items![this.index]!;
    const corrections: Record<string, string> = {};
    if (this.mode?.kind === 'correct') {
      const form = new FormData(this.querySelector<HTMLFormElement>('li[aria-current="true"] form')!);
      for (const key of ['stance', 'topic', 'actor', 'statement'] as const) {
        const value = form.get(key)?.toString().trim() ?? '';
        const original = { stance: item.stance, topic: item.topic.id, actor: item.actor.id, statement: item.statement }[key];
        if (value && value !== original) corrections[key] = value;
      }
      if (this.mode.quote !== item.quote) corrections.quote = this.mode.quote;
    }
    const result = await api.mutation(TrackerAcceptSuggestionDocument, { input: { id: item.id, expectedVersion: item.version, ...corrections } }).toPromise();
    this.problems = refusal(result, result.data?.acceptSuggestion);
    if (this.problems.length) return;
    const position = result.data!.acceptSuggestion.position!;
    this.decided(item.id, `Accepted: ${position.actor.name} on ${position.topic.name} is published.`);
  }

  private async reject(event: Event) {
    event.preventDefault();
    const item = this.items![this.index]!;
    const reason = new FormData(event.target as HTMLFormElement).get('reason')?.toString() ?? '';
    const result = await api.mutation(TrackerRejectSuggestionDocument, { input: { id: item.id, reason, expectedVersion: item.version } }).toPromise();
    this.problems = refusal(result, result.data?.rejectSuggestion);
    if (!this.problems.length) this.decided(item.id, `Rejected: ${item.actor.name} on ${item.topic.name}.`);
  }

  /** The words selected inside the current passage's paragraph become the passage. */
  private useSelection() {
    const text = selectedIn(this.querySelector('li[aria-current="true"] .passage'));
    if (!text) {
      this.problems = ['Select words of the paragraph above first, then choose “Use selected words”.'];
      return;
    }
    this.problems = [];
    this.mode = { kind: 'correct', quote: text };
  }

  override render() {
    if (!writer().canWrite)
      return html`<h1>Review suggestions</h1><p>Sign in with a named write token (at the top of the page) to review suggested positions.</p>`;
    if (!writer().name)
      return html`<h1>Review suggestions</h1><p>This token has no name, and a decision records who made it: sign in with a named write token (API_TOKENS entries as name:TOKEN).</p>`;
    if (!this.items && !this.error) return html`<h1>Review suggestions</h1><p>Loading…</p>`;
    const items = this.items ?? [];
    return html`
      <h1>Review suggestions</h1>
      <p>${this.total} pending. Keys: <kbd>j</kbd>/<kbd>k</kbd> next and previous, <kbd>a</kbd> accept, <kbd>e</kbd> correct, <kbd>r</kbd> reject, <kbd>Esc</kbd> close.</p>
      <form class="filters" aria-label="Which suggestions" @submit=${this.filter} @change=${this.filter}>
        <label>Order <select name="order">
          <option value="NEWEST" ?selected=${this.order === 'NEWEST'}>Newest first</option>
          <option value="CONFIDENCE" ?selected=${this.order === 'CONFIDENCE'}>Most trusted first</option>
        </select></label>
        <label>Topic <select name="topic"><option value="">All topics</option>${this.topics.map(
          (t) => html`<option value=${t.slug} ?selected=${this.topic === t.slug}>${t.name}</option>`,
        )}</select></label>
        <label>Actor <input name="actor" .value=${this.actor} placeholder="name or alias" /></label>
        <button type="submit">Filter</button>
      </form>
      ${this.error ? html`<p role="alert">The queue could not be loaded: ${this.error}</p>` : nothing}
      <p role="status" class="done">${this.status ?? ''}</p>
      ${items.length === 0 && !this.error ? html`<p>Nothing to review.</p>` : nothing}
      <ol class="queue" aria-label="Pending suggestions">
        ${items.map((item) => this.entry(item))}
      </ol>
      ${this.hasMore ? html`<button type="button" @click=${() => void this.load(true)}>Show ${PAGE} more</button>` : nothing}
    `;
  }

  private entry(item: Suggestion): TemplateResult {
    const active = item.id === (this.currentId ?? this.items![0]!.id);
    const label = `${item.actor.name} ${STANCES[item.stance]!.label.toLowerCase()} on ${item.topic.name}`;
    return html`<li tabindex="-1" aria-current=${active ? 'true' : 'false'} aria-label=${label} @click=${() => !active && ((this.currentId = item.id), (this.mode = undefined))}>
      <p class="claim"><a href="/actors/${item.actor.slug}">${item.actor.name}</a>
        <span class="stance ${item.stance}">${STANCES[item.stance]!.symbol} ${STANCES[item.stance]!.label}</span>
        on <a href="/topics/${item.topic.slug}">${item.topic.name}</a>
        <span class="confidence">confidence ${Math.round(item.confidence * 100)} %</span></p>
      <p class="passage">${this.paragraph(item, active && this.mode?.kind === 'correct' ? this.mode.quote : item.quote)}</p>
      <p>Drafted statement: ${item.statement}</p>
      <p class="source">From <a href="/articles/${item.article.slug}">${item.article.title}</a></p>
      ${active ? this.actions(item) : nothing}
    </li>`;
  }

  /** The paragraph that holds the passage, the passage marked (the engine's offsets, or where a corrected passage is). */
  private paragraph(item: Suggestion, quote: string) {
    const text = (item.quoteField === 'BODY' ? item.article.body : item.quoteField === 'TITLE' ? item.article.title : item.article.summary) ?? '';
    let start = quote === item.quote && text.slice(item.quoteStart, item.quoteEnd) === quote ? item.quoteStart : text.indexOf(quote);
    const end = start >= 0 ? start + quote.length : -1;
    const from = start >= 0 ? text.lastIndexOf('\n\n', start) + 1 : 0;
    const next = text.indexOf('\n\n', end);
    const to = next < 0 ? text.length : next;
    if (start < 0) return html`${text.slice(0, 600)} <em>(the corrected passage is not in this text: ${quote})</em>`;
    start = Math.max(start, from);
    return html`${text.slice(from, start)}<mark>${text.slice(start, end)}</mark>${text.slice(end, to)}`;
  }

  private actions(item: Suggestion) {
    const problems = problemList(this.problems);
    if (this.mode?.kind === 'reject')
      return html`<form class="decide" aria-label="Reject" @submit=${this.reject}>
        <label>Reason <input name="reason" required maxlength="1000" placeholder="what the engine got wrong" /></label>
        <button type="submit">Reject</button> <button type="button" @click=${() => this.close()}>Cancel</button>
        ${problems}
      </form>`;
    if (this.mode?.kind === 'correct')
      return html`<form class="decide" aria-label="Correct and accept" @submit=${(e: Event) => void this.accept(e)}>
        <label>Stance <select name="stance">${stanceOptions(item.stance)}</select></label>
        <label>Topic <select name="topic">${this.topics.map((t) => html`<option value=${t.id} ?selected=${t.id === item.topic.id}>${t.name}</option>`)}</select></label>
        <label>Actor <select name="actor">${item.article.actors.map(
          (a) => html`<option value=${a.id} ?selected=${a.id === item.actor.id}>${a.name}</option>`,
        )}</select></label>
        <label class="wide">Statement <input name="statement" .value=${item.statement} /></label>
        <p>Passage: <q>${this.mode.quote}</q> <button type="button" @click=${() => this.useSelection()}>Use selected words</button></p>
        <button type="submit">Accept as corrected</button> <button type="button" @click=${() => this.close()}>Cancel</button>
        ${problems}
      </form>`;
    return html`<p class="decide">
      <button type="button" @click=${() => void this.accept()}>Accept <kbd>a</kbd></button>
      <button type="button" @click=${() => this.open({ kind: 'correct', quote: item.quote })}>Correct <kbd>e</kbd></button>
      <button type="button" @click=${() => this.open({ kind: 'reject' })}>Reject <kbd>r</kbd></button>
    </p>${problems}`;
  }

  protected override createRenderRoot() {
    return this;
  }
}

customElements.define('review-queue', ReviewQueue);
