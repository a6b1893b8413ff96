import { css, html, LitElement, nothing } from 'lit';
import { api, follow } from './api.js';
import { STANCES } from './stances.js';
import {
  TrackerMatrixDocument,
  TrackerMatrixRowsDocument,
  TrackerPositionRecordedDocument,
  type ActorKind,
  type TrackerMatrixQuery,
  type TrackerMatrixRowsQuery,
} from './gql/graphql.js';

type Matrix = TrackerMatrixQuery['stanceMatrix'];
type TopicNode = TrackerMatrixRowsQuery['topics']['nodes'][number];

/** Rows asked for at a time, and at most (the matrix takes up to 100 actors per request). */
const PAGE = 25;
const MOST_ROWS = 100;

/** What the reader chose to see, kept in the URL (?kind=COUNTRY&topic=security-guarantees&actor=uk) so that it can be linked to. */
interface Selection {
  kind: string;
  topic: string;
  actor: string;
}
const KINDS = ['PERSON', 'COUNTRY', 'ORGANIZATION', 'COALITION'];

function selectionFromUrl(): Selection {
  const params = new URLSearchParams(location.search);
  return { kind: params.get('kind') ?? '', topic: params.get('topic') ?? '', actor: params.get('actor') ?? '' };
}

/** The slugs of a topic and every topic below it. */
function subtree(topics: TopicNode[], root: string): Set<string> {
  const inside = new Set([root]);
  for (let grew = true; grew;) {
    grew = false;
    for (const t of topics) if (t.parent && inside.has(t.parent.slug) && !inside.has(t.slug)) grew = inside.add(t.slug).size > 0;
  }
  return inside;
}
type Cell = Matrix['rows'][number]['cells'][number];
type Evidence = NonNullable<Cell['position']> & { actor: string; topic: string };

/**
 * The stance matrix: a row per actor, a column per topic, each filled cell the actor's latest stance
 * with its label and symbol; empty cells say "no position". A cell is a button: it opens the position
 * behind it, with its quote and article. Updates itself when a position is recorded anywhere.
 */
export class StanceMatrix extends LitElement {
  static override properties = {
    matrix: { state: true },
    tree: { state: true },
    selection: { state: true },
    evidence: { state: true },
    error: { state: true },
    more: { state: true },
  };
  declare matrix?: Matrix;
  declare tree?: TopicNode[];
  declare selection: Selection;
  declare evidence?: Evidence;
  declare error?: string;
  /** The cursor of the next page of rows, when there is one. */
  declare more?: string;
  /** The rows shown so far (actor slugs, by name). */
  private actors: string[] = [];
  private unfollow?: () => void;
  private typing?: ReturnType<typeof setTimeout>;
  private loading = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    this.selection = selectionFromUrl();
    void this.load();
    // A position recorded anywhere: the rows shown are read again (a new actor may now belong).
    this.unfollow = follow(TrackerPositionRecordedDocument, () => void this.load({ keep: true }));
  }

  override disconnectedCallback(): void {
    this.unfollow?.();
    super.disconnectedCallback();
  }

  /**
   * Reads the rows the selection asks for, a page at a time (the first page again, as many as shown
   * with `keep`, or the next with `next`), then the matrix of those actors only: what is shown, not
   * every actor the database holds.
   */
  private async load({ next = false, keep = false } = {}): Promise<void> {
    const ticket = ++this.loading;
    const { kind, topic, actor } = this.selection;
    const filter = {
      kind: (kind || null) as ActorKind | null,
      search: actor.trim() || null,
      ...(topic ? { topic, includeSubtopics: true } : { hasPositions: true }),
    };
    const first = next ? PAGE : keep ? Math.max(PAGE, this.actors.length) : PAGE;
    const rows = await api.query(TrackerMatrixRowsDocument, { filter, first, after: next ? this.more : null }).toPromise();
    if (ticket !== this.loading) return; // a newer selection is being read
    if (rows.error) return void (this.error = rows.error.message);
    const page = rows.data!.actors;
    this.tree = rows.data!.topics.nodes;
    const actors = [...(next ? this.actors : []), ...page.nodes.map((n) => n.slug)].slice(0, MOST_ROWS);
    const matrix = actors.length ? await api.query(TrackerMatrixDocument, { actors }).toPromise() : undefined;
    if (ticket !== this.loading) return;
    if (matrix?.error) return void (this.error = matrix.error.message);
    this.error = undefined;
    this.actors = actors;
    this.more = page.pageInfo.hasNextPage && actors.length < MOST_ROWS ? (page.pageInfo.endCursor ?? undefined) : undefined;
    this.matrix = matrix?.data!.stanceMatrix ?? { topics: [], rows: [] };
  }

  /** Changes what is shown, and the URL with it (replaced while typing, so that back leaves the matrix). */
  private choose(change: Partial<Selection>): void {
    this.selection = { ...this.selection, ...change };
    const params = new URLSearchParams(Object.entries(this.selection).filter(([, value]) => value) as [string, string][]);
    history.replaceState(null, '', `/${params.size ? `?${params}` : ''}`);
    // The server filters the rows: ask again, after a pause while the reader types a name.
    clearTimeout(this.typing);
    if ('actor' in change) this.typing = setTimeout(() => void this.load(), 200);
    else void this.load();
  }

  private controls() {
    const roots = (this.tree ?? []).filter((t) => !t.parent);
    const { kind, topic, actor } = this.selection;
    return html`<form class="controls" aria-label="What the matrix shows" @submit=${(e: Event) => e.preventDefault()}>
      <label>Actors of kind
        <select @change=${(e: Event) => this.choose({ kind: (e.target as HTMLSelectElement).value })}>
          <option value="" ?selected=${!kind}>any</option>
          ${KINDS.map((k) => html`<option value=${k} ?selected=${k === kind}>${k.toLowerCase()}</option>`)}
        </select>
      </label>
      <label>Topics under
        <select @change=${(e: Event) => this.choose({ topic: (e.target as HTMLSelectElement).value })}>
          <option value="" ?selected=${!topic}>all topics</option>
          ${roots.map((t) => html`<option value=${t.slug} ?selected=${t.slug === topic}>${t.name}</option>`)}
        </select>
      </label>
      <label>Actor name contains
        <input type="search" .value=${actor} @input=${(e: Event) => this.choose({ actor: (e.target as HTMLInputElement).value })} />
      </label>
    </form>`;
  }

  /** The matrix as shown: its columns narrowed to the topic chosen and those below it. */
  private shown(matrix: Matrix) {
    const { topic } = this.selection;
    const shown = topic ? subtree(this.tree ?? [], topic) : undefined;
    const columns = matrix.topics.map((t, i) => ({ t, i })).filter(({ t }) => !shown || shown.has(t.slug));
    const topics = columns.map(({ t }) => t);
    const rows = matrix.rows.map((row) => ({ ...row, cells: columns.map(({ i }) => row.cells[i]!) }));
    return { topics, rows };
  }

  override render() {
    if (this.error) return html`<p role="alert">The matrix could not be loaded: ${this.error}</p>`;
    if (!this.matrix) return html`<p>Loading the matrix…</p>`;
    const { topics, rows } = this.shown(this.matrix);
    const filled = rows.reduce((n, row) => n + row.cells.filter((cell) => cell.position).length, 0);
    return html`
      <h1>Who stands where</h1>
      <p class="legend">
        ${Object.entries(STANCES).map(([stance, { label, symbol }]) => html`<span class="stance ${stance}">${symbol} ${label}</span>`)}
        <span class="stance empty">· no position</span>
      </p>
      ${this.controls()}
      ${rows.length === 0 ? html`<p role="status">No actor matches.</p>` : nothing}
      <div class="scroll" tabindex="0" role="region" aria-label="Stance matrix (scrolls sideways)">
        <table aria-label="Stance of each actor on each topic">
          <thead>
            <tr>
              <th scope="col">Actor</th>
              ${topics.map((t) => html`<th scope="col"><a href="/topics/${t.slug}">${t.name}</a></th>`)}
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              (row) => html`<tr>
                <th scope="row"><a href="/actors/${row.actor.slug}">${row.actor.name}</a></th>
                ${row.cells.map((cell, i) => this.cell(row.actor.name, topics[i]!.name, cell))}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${
        this.more
          ? html`<button type="button" class="more" @click=${() => void this.load({ next: true })}>Show ${PAGE} more actors</button>`
          : rows.length >= MOST_ROWS
            ? html`<p role="status">Showing the first ${MOST_ROWS} actors by name: choose a kind, a topic or a name to see others.</p>`
            : nothing
      }
      ${
        filled
          ? html`<p class="downloads">
              Download the ${filled === 1 ? 'position' : `${filled} positions`} shown, with their evidence:
              <button type="button" @click=${() => this.download('csv')}>CSV</button>
              <button type="button" @click=${() => this.download('json')}>JSON</button>
              <small>(in the CSV, a value that begins with = + - or @ is preceded by ' so that a spreadsheet shows it rather than runs it)</small>
            </p>`
          : nothing
      }
      ${this.evidence ? this.panel(this.evidence) : nothing}
    `;
  }

  /** Saves the filled cells shown as a file: one record per position (actor, topic, stance, statement, quote, date, article). */
  private download(format: 'csv' | 'json'): void {
    const { topics, rows } = this.shown(this.matrix!);
    const records = rows.flatMap((row) =>
      row.cells.flatMap((cell, i) =>
        cell.position
          ? [
              {
                actor: row.actor.name,
                topic: topics[i]!.name,
                stance: cell.position.stance,
                statement: cell.position.statement,
                quote: cell.position.quote,
                statedAt: cell.position.statedAt ?? null,
                article: cell.position.article.title,
                articleUrl: cell.position.article.url ?? null,
                evidenceUrl: new URL(`/articles/${cell.position.article.slug}#position-${cell.position.id}`, location.origin).href,
              },
            ]
          : [],
      ),
    );
    const body = format === 'json' ? `${JSON.stringify(records, null, 2)}\n` : toCsv(records);
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([body], { type: format === 'json' ? 'application/json' : 'text/csv;charset=utf-8' }));
    link.download = `stance-matrix.${format}`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 0);
  }

  private cell(actor: string, topic: string, cell: Cell) {
    if (!cell.stance || !cell.position) return html`<td class="stance empty" aria-label="${actor} on ${topic}: no position">·</td>`;
    const { label, symbol } = STANCES[cell.stance]!;
    const open = () => (this.evidence = { ...cell.position!, actor, topic });
    return html`<td class="stance ${cell.stance}">
      <button type="button" aria-label="${actor} on ${topic}: ${label}; show the evidence" @click=${open}>${symbol} ${label}</button>
    </td>`;
  }

  // An evidence panel opened below a long matrix (at 1366×768 it started 538 px below the window) is
  // brought into view, and the focus moves to it, so that choosing a cell visibly does something.
  protected override updated(changed: Map<string, unknown>) {
    if (!changed.has('evidence') || !this.evidence) return;
    const heading = this.querySelector<HTMLElement>('section.evidence h2');
    heading?.scrollIntoView({ block: 'nearest' });
    heading?.focus({ preventScroll: true });
  }

  private panel(e: Evidence) {
    return html`<section class="evidence" aria-label="Evidence">
      <h2 tabindex="-1">${e.actor} on ${e.topic}: ${STANCES[e.stance]!.label}</h2>
      <p>${e.statement}</p>
      <blockquote>“${e.quote}”</blockquote>
      <p class="source">
        ${e.statedAt ? html`<time datetime=${e.statedAt}>${e.statedAt.slice(0, 10)}</time> · ` : html`Undated · `}
        <a href="/articles/${e.article.slug}">${e.article.title}</a>${e.article.sourceName ? html` (${e.article.sourceName})` : nothing}
      </p>
      <button type="button" @click=${() => (this.evidence = undefined)}>Close</button>
    </section>`;
  }

  // Light DOM: the page's stylesheet applies, and tests and assistive technology see plain elements.
  protected override createRenderRoot() {
    return this;
  }

  static override styles = css``;
}

/**
 * Records as CSV (RFC 4180: every field quoted, quotes doubled, CRLF between records), under a header
 * of their keys. A field that begins with = + - @ (or a tab or carriage return) is preceded by ' so
 * that a spreadsheet shows it as text rather than runs it as a formula (OWASP's advice on CSV
 * injection): the page says so beside the button, and the JSON holds every text exactly.
 */
export function toCsv(records: Record<string, string | null>[]): string {
  if (records.length === 0) return '';
  const field = (value: string | null) => {
    const text = value ?? '';
    return `"${(/^[=+\-@\t\r]/.test(text) ? `'${text}` : text).replaceAll('"', '""')}"`;
  };
  const keys = Object.keys(records[0]!);
  return [keys, ...records.map((r) => keys.map((k) => r[k] ?? null))].map((values) => values.map(field).join(',')).join('\r\n') + '\r\n';
}

customElements.define('stance-matrix', StanceMatrix);
