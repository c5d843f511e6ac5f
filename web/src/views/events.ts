// The event table: every filter, keyset pages (the URL keeps the page's
// token, so the browser's back button goes to the page before), the total,
// and the CSV of the page.
import { apiUrl, getJson, pick, type ApiEvent, type EventPage } from '../api';
import { badge, el, table, viewLink } from '../dom';
import { stateUrl, type State } from '../state';

const EVENT_PARAMS = ['source', 'target', 'root', 'code', 'modality', 'from', 'to', 'doc', 'page_token'];
export const PAGE_SIZE = '50';

function entity(a: ApiEvent['source']): string { return a.country ?? a.org ?? a.code; }

export function documentLink(state: State, docId: string, sentence: number): HTMLAnchorElement {
  return viewLink(stateUrl({ view: 'document', params: { ...pick(state.params, ['source', 'target']), id: docId, sentence: String(sentence) } }),
                  docId, { class: 'doc-link' });
}

export async function renderEvents(root: HTMLElement, state: State): Promise<void> {
  const params = { ...pick(state.params, EVENT_PARAMS), page_size: PAGE_SIZE, with_total: 'true' };
  const page = await getJson<EventPage>('/api/events', params);
  const csv = apiUrl('/api/events', { ...pick(state.params, EVENT_PARAMS), format: 'csv', page_size: '1000' });
  const rows = page.events.map((e) => [
    e.date ?? '–', entity(e.source), entity(e.target), e.code, badge(e.modality), e.verb,
    documentLink(state, e.doc_id, e.sentence),
  ]);
  const nav = el('p', { class: 'pager' },
    state.params.page_token ? viewLink(stateUrl({ view: 'events', params: { ...state.params, page_token: undefined } }), 'First page') : null,
    page.next_page_token
      ? viewLink(stateUrl({ view: 'events', params: { ...state.params, page_token: page.next_page_token } }), 'Next page', { id: 'next-page' })
      : el('span', {}, 'Last page'),
    el('a', { href: csv, download: 'events.csv', id: 'csv-download' }, 'Download CSV (up to 1,000 events)'));
  root.append(
    el('h2', {}, 'Events'),
    el('p', { class: 'totals' }, el('span', { 'data-testid': 'events-total' }, page.total ?? 0), ' matching events; this page shows ',
       el('span', { 'data-testid': 'events-shown' }, page.events.length)),
    table(['date', 'source', 'target', 'code', 'modality', 'verb', 'document'], rows, { id: 'events-table' }),
    nav);
}
