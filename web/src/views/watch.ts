// The watch list: plans, possibilities, recommendations, threats and red
// lines with what became of them (as of a day, when the filter gives one).
import { getJson, pick, type WatchItem } from '../api';
import { badge, el, table } from '../dom';
import type { State } from '../state';
import { documentLink } from './events';

const WATCH_PARAMS = ['source', 'target', 'root', 'from', 'to', 'doc', 'as_of'];

function condition(item: WatchItem): string {
  const c = item.condition;
  return c ? `if ${c.source} → ${c.target} ${c.code}: ${c.status}` : '';
}

export async function renderWatch(root: HTMLElement, state: State): Promise<void> {
  const found = await getJson<{ items: WatchItem[]; truncated: boolean }>('/api/watch',
    { ...pick(state.params, WATCH_PARAMS), limit: '300' });
  const counts = new Map<string, number>();
  for (const item of found.items) counts.set(item.status, (counts.get(item.status) ?? 0) + 1);
  const rows = found.items.map((item) => [
    item.stated.date, item.kind.replace('_', ' '), el('span', { class: `status status-${item.status}` }, item.status),
    `${item.source} → ${item.target}`, item.code, badge(item.modality), condition(item),
    el('span', { class: 'stated' }, item.stated.text), documentLink(state, item.stated.doc_id, item.stated.sentence),
    item.evidence.length ? `${item.evidence[0].date} (${item.evidence.length})` : '',
  ]);
  root.append(
    el('h2', {}, 'Watch list', state.params.as_of ? ` as of ${state.params.as_of}` : ''),
    el('p', { class: 'totals' }, el('span', { 'data-testid': 'watch-shown' }, found.items.length), ' items: ',
       [...counts].map(([status, n]) => `${n} ${status}`).join(', '), found.truncated ? ' (the first 300)' : ''),
    table(['stated', 'kind', 'status', 'dyad', 'code', 'modality', 'condition', 'statement', 'document', 'first evidence'],
          rows, { id: 'watch-table' }));
}
