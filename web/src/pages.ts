import { html, LitElement, nothing, type TemplateResult } from 'lit';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { api, follow } from './api.js';
import {
  TrackerActorDocument,
  TrackerArticleDocument,
  TrackerPositionRecordedDocument,
  TrackerSearchDocument,
  TrackerTopicDocument,
  type TrackerActorQuery,
  type TrackerArticleQuery,
  type TrackerSearchQuery,
  type TrackerTopicQuery,
} from './gql/graphql.js';
import './curate.js';
import { writer } from './session.js';
import { STANCES } from './stances.js';

/** A page that loads one query for its `slug` and renders its data; "not found" when the API has nothing. */
abstract class QueryPage<Q> extends LitElement {
  static override properties = { slug: {}, data: { state: true }, error: { state: true } };
  declare slug: string;
  declare data?: Q;
  declare error?: string;
  protected abstract readonly document: TypedDocumentNode<Q, { slug: string }>;
  protected abstract view(data: Q): TemplateResult;

  /** Whether the page follows recorded positions (and reloads on each); the article page does not need to. */
  protected readonly live: boolean = false;
  private unfollow?: () => void;

  override connectedCallback() {
    super.connectedCallback();
    void this.load();
    if (this.live) this.unfollow = follow(TrackerPositionRecordedDocument, () => void this.load());
    window.addEventListener('writer', this.signedIn);
  }

  override disconnectedCallback() {
    this.unfollow?.();
    window.removeEventListener('writer', this.signedIn);
    super.disconnectedCallback();
  }

  /** A curator signed in or out: pages that offer curation show it, or stop. */
  private readonly signedIn = () => this.requestUpdate();

  protected async load() {
    const result = await api.query(this.document, { slug: this.slug }).toPromise();
    if (result.error) this.error = result.error.message;
    else this.data = result.data!;
  }

  override render() {
    if (this.error) return html`<p role="alert">This page could not be loaded: ${this.error}</p>`;
    if (!this.data) return html`<p>Loading…</p>`;
    return this.view(this.data);
  }

  protected override createRenderRoot() {
    return this;
  }
}

const stance = (value: string) => html`<span class="stance ${value}">${STANCES[value]!.symbol} ${STANCES[value]!.label}</span>`;
const day = (iso: string | null | undefined) => (iso ? html`<time datetime=${iso}>${iso.slice(0, 10)}</time>` : html`undated`);
const notFound = (what: string) => html`<h1>Not found</h1><p>There is no ${what} at this address.</p>`;

type ActorPosition = NonNullable<TrackerActorQuery['actor']>['positions']['nodes'][number];

export class ActorPage extends QueryPage<TrackerActorQuery> {
  protected readonly document = TrackerActorDocument;
  protected override readonly live = true;
  protected view({ actor }: TrackerActorQuery) {
    if (!actor) return notFound('actor');
    // A timeline per topic: dated positions by date, a change of stance marked; undated ones apart, never given a date.
    const byTopic = new Map<string, { name: string; dated: ActorPosition[]; undated: ActorPosition[] }>();
    for (const p of actor.positions.nodes) {
      const entry = byTopic.get(p.topic.slug) ?? { name: p.topic.name, dated: [], undated: [] };
      (p.statedAt ? entry.dated : entry.undated).push(p);
      byTopic.set(p.topic.slug, entry);
    }
    return html`
      <h1>${actor.name}</h1>
      <p>${actor.kind.toLowerCase()}${actor.aliases.length ? html` · also called ${actor.aliases.join(', ')}` : nothing}</p>
      ${
        actor.affiliations.length
          ? html`<p>${actor.affiliations.map((a, i) => html`${i ? ', ' : ''}${a.role} of <a href="/actors/${a.organization.slug}">${a.organization.name}</a>`)}</p>`
          : nothing
      }
      <h2>Positions (${actor.positions.totalCount})</h2>
      ${[...byTopic].map(([slug, topic]) => {
        const dated = [...topic.dated].sort((a, b) => a.statedAt!.localeCompare(b.statedAt!));
        return html`<section aria-label="Positions on ${topic.name}">
          <h3><a href="/topics/${slug}">${topic.name}</a></h3>
          <ol class="timeline">
            ${dated.map(
              (p, i) => html`<li>
                ${day(p.statedAt)} ${stance(p.stance)} ${i > 0 && dated[i - 1]!.stance !== p.stance ? html`<strong class="change">changed</strong>` : nothing}
                ${this.position(p)}
              </li>`,
            )}
          </ol>
          ${topic.undated.length ? html`<p>Undated:</p><ul>${topic.undated.map((p) => html`<li>${stance(p.stance)} ${this.position(p)}</li>`)}</ul>` : nothing}
        </section>`;
      })}
      ${this.agreement(actor)}
      <h2>Articles (${actor.articles.totalCount})</h2>
      <ul>${actor.articles.nodes.map((a) => html`<li><a href="/articles/${a.slug}">${a.title}</a> ${a.publishedAt ? html`· ${day(a.publishedAt)}` : nothing}</li>`)}</ul>
    `;
  }
  /** Who agrees with the actor most and least, on which shared topics (the least list leaves out those of the first). */
  private agreement(actor: NonNullable<TrackerActorQuery['actor']>) {
    const most = actor.mostAgreed;
    const least = actor.leastAgreed.filter((a) => !most.some((m) => m.actor.slug === a.actor.slug));
    const list = (label: string, rows: typeof most) =>
      html`<section aria-label=${label}>
        <h3>${label}</h3>
        <ol>
          ${rows.map(
            (a) => html`<li>
              <a href="/actors/${a.actor.slug}">${a.actor.name}</a>: ${Math.round((a.score ?? 0) * 100)}% agreement on
              ${a.sharedTopics === 1 ? 'one shared topic' : `${a.sharedTopics} shared topics`}
              (${a.topics.map((t, i) => html`${i ? ', ' : ''}<a href="/topics/${t.topic.slug}">${t.topic.name}</a>`)})
            </li>`,
          )}
        </ol>
      </section>`;
    return html`<h2>Who agrees with ${actor.name}</h2>
      ${
        most.length
          ? html`<p class="legend">By their latest stances on the topics both have a position on: 100% always the same stance, 0% always on opposite sides.</p>
              <div class="agreement">${list('Agree most', most)}${least.length ? list('Agree least', least) : nothing}</div>`
          : html`<p>No other actor has taken a side on a topic ${actor.name} has.</p>`
      }`;
  }

  private position(p: ActorPosition) {
    return html`<p>${p.statement}</p><blockquote>“${p.quote}”</blockquote><p class="source"><a href="/articles/${p.article.slug}#position-${p.id}">${p.article.title}</a></p>`;
  }
}

export class TopicPage extends QueryPage<TrackerTopicQuery> {
  protected readonly document = TrackerTopicDocument;
  protected override readonly live = true;
  protected view({ topic }: TrackerTopicQuery) {
    if (!topic) return notFound('topic');
    const total = topic.stanceSummary.reduce((sum, s) => sum + s.count, 0);
    return html`
      <h1>${topic.name}</h1>
      ${topic.description ? html`<p>${topic.description}</p>` : nothing}
      ${topic.parent ? html`<p>Part of <a href="/topics/${topic.parent.slug}">${topic.parent.name}</a></p>` : nothing}
      ${topic.children.length ? html`<p>Narrower: ${topic.children.map((c, i) => html`${i ? ', ' : ''}<a href="/topics/${c.slug}">${c.name}</a>`)}</p>` : nothing}
      <h2>Stances (${total}, with the topics below it)</h2>
      <ul class="summary">
        ${topic.stanceSummary.map(
          (s) => html`<li>${stance(s.stance)} ${s.count} <span class="bar ${s.stance}" style="width: ${total ? (100 * s.count) / total : 0}%"></span></li>`,
        )}
      </ul>
      <h2>Who stands where</h2>
      <ul>
        ${topic.positions.nodes.map(
          (p) => html`<li>
            <a href="/actors/${p.actor.slug}">${p.actor.name}</a> ${stance(p.stance)} on ${p.topic.name}:
            <q>${p.quote}</q> (<a href="/articles/${p.article.slug}#position-${p.id}">${p.article.title}</a>)
          </li>`,
        )}
      </ul>
    `;
  }
}

type ArticlePosition = NonNullable<TrackerArticleQuery['article']>['positions'][number];

export class ArticlePage extends QueryPage<TrackerArticleQuery> {
  protected readonly document = TrackerArticleDocument;
  protected view({ article, topics }: TrackerArticleQuery) {
    if (!article) return notFound('article');
    const curator = writer().canWrite;
    return html`
      <h1>${article.title}</h1>
      <p class="source">${article.sourceName ?? 'Source not given'} · ${article.publishedAt ? day(article.publishedAt) : 'publication date not known'}
        ${article.url ? html` · <a href=${article.url} rel="noreferrer">original</a>` : nothing}</p>
      <p>Mentions: ${article.actors.map((a, i) => html`${i ? ', ' : ''}<a href="/actors/${a.slug}">${a.name}</a>`)}</p>
      <div class="texts">${[article.summary, article.body].filter(Boolean).map((text) => html`<p class="text">${this.marked(text!, article.positions)}</p>`)}</div>
      ${curator ? html`<record-position .article=${article} .topics=${topics.nodes} @changed=${() => void this.load()}></record-position>` : nothing}
      <h2>Positions it reports</h2>
      <ul>
        ${article.positions.map(
          (p) => html`<li id="position-${p.id}"><a href="/actors/${p.actor.slug}">${p.actor.name}</a> ${stance(p.stance)} on
            <a href="/topics/${p.topic.slug}">${p.topic.name}</a>: ${p.statement}${p.recordedBy ? html` <small>recorded by ${p.recordedBy}</small>` : nothing}
            ${curator ? html`<position-actions .position=${p} @changed=${() => void this.load()}></position-actions>` : nothing}</li>`,
        )}
      </ul>
    `;
  }
  /**
   * The text with each position's quote (stored as the article writes it) marked and linked to its
   * position. Quotes that overlap (two actors quoted by one passage) make one mark, followed by a link
   * to each of their positions.
   */
  private marked(text: string, positions: ArticlePosition[]) {
    const spans = positions
      .map((p) => ({ p, at: text.indexOf(p.quote) }))
      .filter((s) => s.at >= 0)
      .sort((a, b) => a.at - b.at || b.p.quote.length - a.p.quote.length);
    const regions: { from: number; to: number; positions: ArticlePosition[] }[] = [];
    for (const { p, at } of spans) {
      const last = regions.at(-1);
      if (last && at < last.to) {
        last.to = Math.max(last.to, at + p.quote.length);
        last.positions.push(p);
      } else regions.push({ from: at, to: at + p.quote.length, positions: [p] });
    }
    const parts: (string | TemplateResult)[] = [];
    let from = 0;
    for (const region of regions) {
      const passage = text.slice(region.from, region.to);
      const [only] = region.positions;
      parts.push(
        text.slice(from, region.from),
        region.positions.length === 1
          ? html`<a class="quote" href="#position-${only!.id}"><mark>${passage}</mark></a>`
          : html`<mark>${passage}</mark><sup>${region.positions.map(
              (p, i) => html`${i ? ', ' : ''}<a class="quote" href="#position-${p.id}" aria-label="${p.actor.name} on ${p.topic.name}">${i + 1}</a>`,
            )}</sup>`,
      );
      from = region.to;
    }
    parts.push(text.slice(from));
    return parts;
  }
}

type Hit = TrackerSearchQuery['search']['edges'][number];

/** The search box of every page: results as links to the pages above, snippets with their matches marked. */
export class SearchBox extends LitElement {
  static override properties = { hits: { state: true }, message: { state: true } };
  declare hits?: Hit[];
  declare message?: string;

  private async search(event: SubmitEvent) {
    event.preventDefault();
    const text = new FormData(event.target as HTMLFormElement).get('q')?.toString().trim() ?? '';
    if (!text) return;
    // The search is in the URL (`?q=`), beside what else the page keeps there: a link to it searches again.
    const params = new URLSearchParams(location.search);
    params.set('q', text);
    history.replaceState(null, '', `${location.pathname}?${params}${location.hash}`);
    await this.run(text);
  }

  /** A page opened with `?q=` searches for it at once, its text in the box. */
  protected override firstUpdated() {
    const text = new URLSearchParams(location.search).get('q')?.trim();
    if (!text) return;
    this.querySelector<HTMLInputElement>('#search-q')!.value = text;
    void this.run(text);
  }

  private async run(text: string) {
    const result = await api.query(TrackerSearchDocument, { query: text }).toPromise();
    this.message = result.error ? (result.error.graphQLErrors[0]?.message ?? result.error.message) : `${result.data!.search.totalCount} results`;
    this.hits = result.data?.search.edges ?? [];
  }

  override render() {
    return html`
      <form role="search" @submit=${this.search}>
        <label for="search-q">Search</label>
        <input id="search-q" name="q" type="search" placeholder="troops -France, &quot;security guarantees&quot;" />
        <button type="submit">Search</button>
      </form>
      ${this.message ? html`<p role="status">${this.message}</p>` : nothing}
      ${this.hits?.length ? html`<ul class="hits" aria-label="Search results">${this.hits.map((hit) => html`<li>${link(hit.node)}${hit.snippet ? html`<br />${snippet(hit.snippet)}` : nothing}</li>`)}</ul>` : nothing}
    `;
  }

  protected override createRenderRoot() {
    return this;
  }
}

function link(node: Hit['node']) {
  if (node.__typename === 'Article') return html`<a href="/articles/${node.slug}">${node.title}</a> <small>article</small>`;
  if (node.__typename === 'Actor') return html`<a href="/actors/${node.slug}">${node.name}</a> <small>actor</small>`;
  return html`<a href="/topics/${node.slug}">${node.name}</a> <small>topic</small>`;
}

/** A snippet's <mark>…</mark> as marks, every other character as text (never as HTML). */
function snippet(text: string) {
  return text.split(/<mark>(.*?)<\/mark>/g).map((part, i) => (i % 2 ? html`<mark>${part}</mark>` : part));
}

customElements.define('actor-page', ActorPage);
customElements.define('topic-page', TopicPage);
customElements.define('article-page', ArticlePage);
customElements.define('search-box', SearchBox);
