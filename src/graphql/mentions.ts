import { relinkMentions } from '../models/mentions.js';
import { linkedPayload } from './actor.js';
import { mutationField } from './payload.js';

// relinkMentions, which links every article to every actor its text names (models/mentions.ts); what
// it reports is what every mutation that gives an actor a name reports (actor.ts, linkedPayload).

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
