import { css, html, LitElement, nothing } from 'lit';
import { api, follow } from './api.js';
import { STANCES } from './stances.js';
import { TrackerMatrixDocument, TrackerPositionRecordedDocument, type TrackerMatrixQuery } from './gql/graphql.js';

type Matrix = TrackerMatrixQuery['stanceMatrix'];
type Cell = Matrix['rows'][number]['cells'][number];
type Evidence = NonNullable<Cell['position']> & { actor: string; topic: string };

/**
 * The stance matrix: a row per actor, a column per topic, each filled cell the actor's latest stance
 * with its label and symbol; empty cells say "no position". A cell is a button: it opens the position
 * behind it, with its quote and article. Updates itself when a position is recorded anywhere.
 */
export class StanceMatrix extends LitElement {
  static override properties = { matrix: { state: true }, evidence: { state: true }, error: { state: true } };
  declare matrix?: Matrix;
  declare evidence?: Evidence;
  declare error?: string;
  private unfollow?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
    this.unfollow = follow(TrackerPositionRecordedDocument, () => void this.load());
  }

  override disconnectedCallback(): void {
    this.unfollow?.();
    super.disconnectedCallback();
  }

  private async load(): Promise<void> {
    const result = await api.query(TrackerMatrixDocument, {}).toPromise();
    if (result.error) this.error = result.error.message;
    else this.matrix = result.data!.stanceMatrix;
  }

  override render() {
    if (this.error) return html`<p role="alert">The matrix could not be loaded: ${this.error}</p>`;
    if (!this.matrix) return html`<p>Loading the matrix…</p>`;
    const { topics, rows } = this.matrix;
    return html`
      <h1>Who stands where</h1>
      <p class="legend">
        ${Object.entries(STANCES).map(([stance, { label, symbol }]) => html`<span class="stance ${stance}">${symbol} ${label}</span>`)}
        <span class="stance empty">· no position</span>
      </p>
      <div class="scroll">
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
      ${this.evidence ? this.panel(this.evidence) : nothing}
    `;
  }

  private cell(actor: string, topic: string, cell: Cell) {
    if (!cell.stance || !cell.position) return html`<td class="stance empty" aria-label="${actor} on ${topic}: no position">·</td>`;
    const { label, symbol } = STANCES[cell.stance]!;
    const open = () => (this.evidence = { ...cell.position!, actor, topic });
    return html`<td class="stance ${cell.stance}">
      <button type="button" aria-label="${actor} on ${topic}: ${label}; show the evidence" @click=${open}>${symbol} ${label}</button>
    </td>`;
  }

  private panel(e: Evidence) {
    return html`<section class="evidence" aria-label="Evidence">
      <h2>${e.actor} on ${e.topic}: ${STANCES[e.stance]!.label}</h2>
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

customElements.define('stance-matrix', StanceMatrix);
