import { deleteAffiliation, recordAffiliation, updateAffiliation, type AffiliationRow } from '../models/affiliation.js';
import { column, relation, rowSelect } from '../sqlread/declare.js';
import { builder } from './builder.js';
import type { IdDecoder } from './input.js';
import { mutationField, type InputFields, type PayloadFields } from './payload.js';

// Affiliations: an actor belonging to another (a person holding an office in a country, a country in a
// coalition); listed by Actor.affiliations and Actor.members.

export const Affiliation = builder.drizzleObject('affiliations', {
  name: 'Affiliation',
  select: rowSelect('affiliations'),
  description: 'A tie between two actors: a person holding an office in a country, a country in a coalition.',
  fields: (t) => ({
    role: column(t, 'role', { type: 'String', description: 'The office or standing: "President", "Foreign Minister", "member".' }),
    startedOn: column(t, 'startedOn', { type: 'Date', nullable: true, description: 'Since when; null if unknown.' }),
    endedOn: column(t, 'endedOn', { type: 'Date', nullable: true, description: 'Until when; null if it still holds or is unknown.' }),
    member: relation(t, 'member', { description: 'The actor that belongs.' }),
    organization: relation(t, 'organization', { description: 'The actor it belongs to.' }),
  }),
});

/** An affiliation is named by its member, organisation and role. */
const affiliationKey = (t: InputFields) => ({
  actorId: t.id({ required: true, description: 'Global ID of the member: a person, a country.' }),
  organizationId: t.id({ required: true, description: 'Global ID of the organisation, country or coalition it belongs to.' }),
  role: t.string({ required: true, description: 'The office or standing: "President", "Foreign Minister", "member".' }),
});
/** The key's global IDs decoded. */
const decodedKey = <T extends { actorId: string | number; organizationId: string | number }>(input: T, ids: IdDecoder) => ({
  ...input,
  actorId: ids.one('actorId', input.actorId, 'Actor'),
  organizationId: ids.one('organizationId', input.organizationId, 'Actor'),
});
const affiliationDates = (t: InputFields) => ({
  startedOn: t.field({ type: 'Date', description: 'Since when, if known (never guessed).' }),
  endedOn: t.field({ type: 'Date', description: 'Until when, if it has ended and the date is known.' }),
});
const affiliationPayload = (t: PayloadFields<{ affiliation: AffiliationRow }>) => ({
  affiliation: t.field({ type: Affiliation, nullable: true, description: 'The affiliation; null when refused.', resolve: (p) => p.affiliation ?? null }),
});

mutationField('recordAffiliation', {
  description: 'Records that an actor belongs to another: a person holding an office in a country, a country in a coalition.',
  input: (t) => ({ ...affiliationKey(t), ...affiliationDates(t) }),
  write: (tx, input, ids) => recordAffiliation(tx, decodedKey(input, ids)),
  payload: affiliationPayload,
});

mutationField('updateAffiliation', {
  description: 'Changes the dates of an affiliation, named by its member, organisation and role: set `endedOn` when it ends.',
  inputDescription: 'Input of updateAffiliation. Dates left out keep their value; null clears one.',
  input: (t) => ({ ...affiliationKey(t), ...affiliationDates(t) }),
  write: (tx, input, ids) => updateAffiliation(tx, decodedKey(input, ids)),
  payload: affiliationPayload,
});

mutationField('deleteAffiliation', {
  description: 'Deletes an affiliation recorded in error (one that ended keeps its place in history: set its `endedOn` instead).',
  input: (t) => affiliationKey(t),
  write: async (tx, input, ids) => {
    await deleteAffiliation(tx, decodedKey(input, ids));
    return { deleted: true };
  },
  payload: (t) => ({ deleted: t.boolean({ description: 'true when it was deleted; false when refused.', resolve: (p) => p.deleted ?? false }) }),
});
