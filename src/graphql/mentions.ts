import { inArray } from 'drizzle-orm';
import { actors, articles } from '../db/tables.js';
import type { ActorRow } from '../models/actor.js';
import type { ArticleRow } from '../models/article.js';
import { relinkMentions, type LinkedMention } from '../models/mentions.js';
import { Actor } from './actor.js';
import { Article } from './article.js';
import { builder } from './builder.js';
import { mutationField, type PayloadFields } from './payload.js';

// Mentions linked by name (models/mentions.ts): what a mutation that gives an actor a name reports,
// and relinkMentions, which links every article to every actor its text names.

/** How many added mentions a payload lists; `mentionsAdded` counts them all. */
const LISTED = 100;

const MentionLink = builder.objectRef<{ article: ArticleRow; actor: ActorRow }>('MentionLink').implement({
  description: 'A mention added because the article’s text names the actor by one of its aliases.',
  fields: (t) => ({
    article: t.field({ type: Article, description: 'The article that names the actor.', resolve: (m) => m.article }),
    actor: t.field({ type: Actor, description: 'The actor it now mentions.', resolve: (m) => m.actor }),
  }),
});

/** `mentionsAdded` and `linked`, for the payload of any mutation that links by name. */
export const linkedPayload = (t: PayloadFields<{ linked: LinkedMention[] }>) => ({
  mentionsAdded: t.int({
    nullable: true,
    description: 'How many mentions were added because article texts name the actor(s) by a new name; null when refused.',
    resolve: (p) => p.linked?.length ?? null,
  }),
  linked: t.field({
    type: [MentionLink],
    nullable: true,
    description: `The mentions added, by article then actor: the first ${LISTED} (\`mentionsAdded\` counts all); null when refused.`,
    resolve: async (p, _args, ctx) => {
      if (!p.linked) return null;
      const shown = [...p.linked].sort((a, b) => a.articleId - b.articleId || a.actorId - b.actorId).slice(0, LISTED);
      if (shown.length === 0) return [];
      const [articleRows, actorRows] = await Promise.all([
        ctx.db.select().from(articles).where(inArray(articles.id, [...new Set(shown.map((m) => m.articleId))])),
        ctx.db.select().from(actors).where(inArray(actors.id, [...new Set(shown.map((m) => m.actorId))])),
      ]);
      return shown.map((m) => ({ article: articleRows.find((a) => a.id === m.articleId)!, actor: actorRows.find((a) => a.id === m.actorId)! }));
    },
  }),
});

mutationField('relinkMentions', {
  description:
    'Links every article to every actor its text (title, summary, body) names by an alias, as the importers do: for the actors given, ' +
    'or all of them. Only adds: mentions given by hand stay, and a mention removed by hand (updateArticle without the actor) is not ' +
    'put back. Candidates come from the full-text index, so the work follows the articles that name the actors. For a whole large ' +
    'database use `npm run relink`, which works in batches and shows progress; one request must finish within REQUEST_TIMEOUT.',
  input: (t) => ({
    actorIds: t.idList({ description: 'Global IDs of the actors to link; all actors when omitted.' }),
  }),
  write: (tx, input, ids) => relinkMentions(tx, ids.list('actorIds', input.actorIds, 'Actor')),
  payload: linkedPayload,
});
