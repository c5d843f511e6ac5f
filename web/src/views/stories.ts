// Stories: one occurrence told by many documents, with its mentions.
import { getJson, pick, type Story } from '../api';
import { badge, el, table } from '../dom';
import type { State } from '../state';
import { documentLink } from './events';

const STORY_PARAMS = ['source', 'target', 'root', 'code', 'modality', 'from', 'to', 'doc'];

export async function renderStories(root: HTMLElement, state: State): Promise<void> {
  const found = await getJson<{ stories: Story[]; truncated: boolean }>('/api/stories',
    { ...pick(state.params, STORY_PARAMS), limit: '200' });
  const rows = found.stories.map((s) => [
    `${s.first_date}${s.last_date !== s.first_date ? ` – ${s.last_date}` : ''}`, s.source, s.target, s.code,
    badge(s.modality), s.documents, s.outlets,
    el('ul', { class: 'mentions' }, ...s.mentions.map((m) =>
      el('li', {}, documentLink(state, m.doc_id, m.sentence), ` ${m.date}`, m.outlet ? ` · ${m.outlet}` : ''))),
  ]);
  root.append(
    el('h2', {}, 'Stories'),
    el('p', { class: 'totals' }, el('span', { 'data-testid': 'stories-shown' }, found.stories.length), ' stories',
       found.truncated ? ' (the first 200; narrow the filters)' : ''),
    table(['dates', 'source', 'target', 'code', 'modality', 'documents', 'outlets', 'mentions'], rows, { id: 'stories-table' }));
}
