import { html, LitElement } from 'lit';
import { api } from './api.js';
import { TrackerDeletePositionDocument, TrackerRecordPositionDocument, TrackerUpdatePositionDocument, type TrackerArticleQuery } from './gql/graphql.js';
import { problemList, selectedIn, stanceOptions } from './forms.js';
import { refusal } from './session.js';

// Curation on an article's page, for a signed-in curator: a position recorded from a passage selected
// in the article's text, and each position changed or retracted (with the version the page read, so
// that a change made meanwhile by someone else is refused, not overwritten). Each fires `changed` when
// it wrote, and the page reloads; the server's refusals are shown in the form they concern.

type Article = NonNullable<TrackerArticleQuery['article']>;
type Position = Article['positions'][number];
type Topics = TrackerArticleQuery['topics']['nodes'];

const changed = (element: HTMLElement) => element.dispatchEvent(new CustomEvent('changed', { bubbles: true }));
/** "Record a position from the selected passage": the selection inside the article's text becomes the quote. */
export class RecordPosition extends LitElement {
  static override properties = { article: { attribute: false }, topics: { attribute: false }, quote: { state: true }, problems: { state: true } };
  declare article: Article;
  declare topics: Topics;
  declare quote?: string;
  declare problems: string[];

  constructor() {
    super();
    this.problems = [];
  }

  private take() {
    const text = selectedIn(document.querySelector('article-page .texts'));
    if (!text) {
      this.problems = ['Select a passage of the article’s text first (with the mouse, or Shift and the arrow keys).'];
      return;
    }
    this.problems = [];
    this.quote = text;
    void this.updateComplete.then(() => this.querySelector<HTMLElement>('select')?.focus());
  }

  private async record(event: SubmitEvent) {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const input = {
      articleId: this.article.id,
      actorId: form.get('actor')!.toString(),
      topicId: form.get('topic')!.toString(),
      stance: form.get('stance')!.toString() as Position['stance'],
      statement: form.get('statement')!.toString(),
      quote: this.quote!,
    };
    const result = await api.mutation(TrackerRecordPositionDocument, { input }).toPromise();
    this.problems = refusal(result, result.data?.recordPosition);
    if (this.problems.length) return;
    this.quote = undefined;
    changed(this);
  }

  override render() {
    if (this.article.actors.length === 0)
      return html`<p>This article mentions no actor yet: add the actors it mentions (updateArticle, or relinkMentions) to record positions from it.</p>`;
    if (!this.quote)
      return html`<p>To record a position, select its passage in the text above, then
        <button type="button" @click=${() => this.take()}>Record a position from the selected passage</button></p>${problemList(this.problems)}`;
    return html`<form class="decide" aria-label="Record a position" @submit=${this.record}>
      <p>Passage: <q>${this.quote}</q></p>
      <label>Actor <select name="actor">${this.article.actors.map((a) => html`<option value=${a.id}>${a.name}</option>`)}</select></label>
      <label>Topic <select name="topic">${this.topics.map((t) => html`<option value=${t.id}>${t.name}</option>`)}</select></label>
      <label>Stance <select name="stance">${stanceOptions()}</select></label>
      <label class="wide">Statement <input name="statement" required placeholder="the position in one sentence" /></label>
      <button type="submit">Record position</button> <button type="button" @click=${() => ((this.quote = undefined), (this.problems = []))}>Cancel</button>
      ${problemList(this.problems)}
    </form>`;
  }

  protected override createRenderRoot() {
    return this;
  }
}

/** Edit and retract buttons of one position, and their forms. */
export class PositionActions extends LitElement {
  static override properties = { position: { attribute: false }, mode: { state: true }, problems: { state: true } };
  declare position: Position;
  declare mode?: 'edit' | 'retract';
  declare problems: string[];

  constructor() {
    super();
    this.problems = [];
  }

  private async save(event: SubmitEvent) {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const input = {
      id: this.position.id,
      expectedVersion: this.position.version,
      stance: form.get('stance')!.toString() as Position['stance'],
      statement: form.get('statement')!.toString(),
    };
    const result = await api.mutation(TrackerUpdatePositionDocument, { input }).toPromise();
    this.done(refusal(result, result.data?.updatePosition));
  }

  private async retract() {
    const result = await api.mutation(TrackerDeletePositionDocument, { input: { id: this.position.id, expectedVersion: this.position.version } }).toPromise();
    this.done(refusal(result, result.data?.deletePosition));
  }

  private done(problems: string[]) {
    this.problems = problems;
    if (problems.length) return;
    this.mode = undefined;
    changed(this);
  }

  private open(mode: 'edit' | 'retract') {
    this.mode = mode;
    this.problems = [];
    void this.updateComplete.then(() => this.querySelector<HTMLElement>('form select, form button')?.focus());
  }

  override render() {
    const about = `${this.position.actor.name} on ${this.position.topic.name}`;
    if (this.mode === 'edit')
      return html`<form class="decide" aria-label="Edit the position of ${about}" @submit=${this.save}>
        <label>Stance <select name="stance">${stanceOptions(this.position.stance)}</select></label>
        <label class="wide">Statement <input name="statement" required .value=${this.position.statement} /></label>
        <button type="submit">Save</button> <button type="button" @click=${() => (this.mode = undefined)}>Cancel</button>
        ${problemList(this.problems)}
      </form>`;
    if (this.mode === 'retract')
      return html`<form class="decide" aria-label="Retract the position of ${about}" @submit=${(e: Event) => (e.preventDefault(), void this.retract())}>
        <span>Retract this position? It leaves the matrix.</span>
        <button type="submit">Retract</button> <button type="button" @click=${() => (this.mode = undefined)}>Keep it</button>
        ${problemList(this.problems)}
      </form>`;
    return html`<button type="button" aria-label="Edit the position of ${about}" @click=${() => this.open('edit')}>Edit</button>
      <button type="button" aria-label="Retract the position of ${about}" @click=${() => this.open('retract')}>Retract</button>`;
  }

  protected override createRenderRoot() {
    return this;
  }
}

customElements.define('record-position', RecordPosition);
customElements.define('position-actions', PositionActions);
