import { readSeedData } from '../seed/files.js';
import { rates, scoreArticle, total, type LabelledArticle, type Score } from '../models/suggestions/evaluate.js';
import type { Known } from '../models/suggestions/extractor.js';
import { DEVELOPMENT, DEVELOPMENT_2, DEVELOPMENT_3, DEVELOPMENT_4, HELD_OUT, knownOfSeed, seedSet, writtenSet } from '../models/suggestions/labelled.js';
import { rulesExtractor } from '../models/suggestions/rules.js';
import { runCli } from './run.js';

// npm run eval:suggestions: the rules engine over both labelled sets, per article and in total:
// precision, recall and F1 of (actor, topic, stance) whose passage overlaps the labelled quote, and
// the pairs found with the wrong stance (of the held-out set, totals only). `-- --quiet`: totals only; `-- --set seed|dev|dev2|dev3|dev4|held-out`: one set.

const SETS = ['seed', 'dev', 'dev2', 'dev3', 'dev4', 'held-out'] as const;
const quiet = process.argv.includes('--quiet');
const only = process.argv.includes('--set') ? process.argv[process.argv.indexOf('--set') + 1] : undefined;
if (only !== undefined && !SETS.includes(only as never)) throw new Error(`--set must be one of ${SETS.join(', ')}`);
const pct = (value: number) => `${(value * 100).toFixed(1)} %`;

/** One set's figures; of the held-out set (`totalsOnly`) only its totals, so that nobody tunes on its items. */
function report(name: string, set: LabelledArticle[], known: Known, totalsOnly = false): Score {
  console.log(`\n${name}: ${set.length} articles, ${set.reduce((n, a) => n + a.labels.length, 0)} labelled positions`);
  const scores = set.map((article) => {
    const score = scoreArticle(article, rulesExtractor.extract(article.text, known));
    if (!quiet && !totalsOnly) {
      const r = rates(score);
      console.log(
        `  ${article.id.slice(0, 60).padEnd(60)} suggested ${String(score.suggested).padStart(2)}  right ${String(score.right).padStart(2)}  labels ${String(score.labels).padStart(2)}  found ${String(score.found).padStart(2)}  P ${pct(r.precision).padStart(7)}  R ${pct(r.recall).padStart(7)}`,
      );
    }
    return score;
  });
  const sum = total(scores);
  const r = rates(sum);
  console.log(
    `  total: ${sum.suggested} suggested, ${sum.right} right; ${sum.labels} labelled, ${sum.found} found — precision ${pct(r.precision)}, recall ${pct(r.recall)}, F1 ${pct(r.f1)}`,
  );
  const actorOf = (id: number) => known.actors.find((a) => a.id === id)!.slug;
  const topicOf = (id: number) => known.topics.find((t) => t.id === id)!.slug;
  if (totalsOnly) console.log(`  (${sum.wrongStance.length} found with the wrong stance; the held-out set's items are not shown)`);
  else
    for (const { label, suggestion } of sum.wrongStance)
      console.log(`  wrong stance: ${actorOf(label.actorId)} on ${topicOf(label.topicId)}: labelled ${label.stance}, suggested ${suggestion.stance}`);
  return sum;
}

runCli('eval:suggestions', async () => {
  const data = readSeedData();
  const known = knownOfSeed(data);
  console.log(
    `engine ${rulesExtractor.id} ${rulesExtractor.version}; a suggestion is right when its actor, topic and stance are a label's and its passage overlaps the label's quote`,
  );
  const wanted = (set: (typeof SETS)[number]) => only === undefined || only === set;
  if (wanted('seed')) report('seed digest (the engine was tuned on it)', seedSet(data, known), known);
  if (wanted('dev')) report('development set (short texts written to tune the engine on)', writtenSet(known, DEVELOPMENT), known);
  if (wanted('dev2')) report('second development set (another writer, the held-out set’s brief)', writtenSet(known, DEVELOPMENT_2), known);
  if (wanted('dev3')) report('third development set (a third writer, the held-out set’s hard cases)', writtenSet(known, DEVELOPMENT_3), known);
  if (wanted('dev4')) report('fourth development set (a fourth writer, the held-out set’s guidelines)', writtenSet(known, DEVELOPMENT_4), known);
  if (wanted('held-out')) report('held-out set (written and labelled apart from the engine; never tuned on)', writtenSet(known, HELD_OUT), known, true);
});
