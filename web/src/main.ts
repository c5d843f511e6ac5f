// The dashboard: a view chosen by the URL, over the dyad API.
import './style.css';
import { getJson, type Stats } from './api';
import { el, message } from './dom';
import { renderFilters } from './filters';
import { navigate, readState, stateUrl, VIEWS, type State, type View } from './state';
import { renderDocument } from './views/document';
import { renderEvents } from './views/events';
import { renderNetwork } from './views/network';
import { renderSeries } from './views/series';
import { renderStories } from './views/stories';
import { renderWatch } from './views/watch';

const RENDERERS: Record<View, (root: HTMLElement, state: State) => Promise<void>> = {
  series: renderSeries, network: renderNetwork, events: renderEvents,
  stories: renderStories, watch: renderWatch, document: renderDocument,
};
const LABELS: Record<View, string> = {
  series: 'Series', network: 'Network', events: 'Events', stories: 'Stories', watch: 'Watch list', document: 'Document',
};

function renderNav(state: State): void {
  const nav = document.getElementById('views')!;
  nav.replaceChildren(...VIEWS.filter((v) => v !== 'document' || state.view === 'document').map((view) =>
    el('a', { href: stateUrl({ view, params: state.params }), 'data-view-link': '',
              ...(view === state.view ? { 'aria-current': 'page' } : {}) }, LABELS[view])));
}

async function renderSummary(): Promise<void> {
  const stats = await getJson<Stats>('/api/stats');
  const range = stats.first_date ? ` from ${stats.first_date} to ${stats.last_date}` : '';
  document.getElementById('store-summary')!.textContent =
    `${stats.documents.toLocaleString('en')} documents, ${stats.events.toLocaleString('en')} events${range}`;
}

let rendering = 0;
async function render(): Promise<void> {
  const state = readState();
  const turn = ++rendering;
  renderNav(state);
  renderFilters(document.getElementById('filters') as HTMLFormElement, state);
  const root = document.getElementById('view')!;
  root.replaceChildren(message('Loading…'));
  root.dataset.state = 'loading';
  try {
    const view = el('section', { class: `view view-${state.view}` });
    await RENDERERS[state.view](view, state);
    if (turn !== rendering) return;  // a later navigation won
    root.replaceChildren(view);
  } catch (error) {
    if (turn !== rendering) return;
    root.replaceChildren(message(error instanceof Error ? error.message : String(error), 'error'));
  }
  root.dataset.state = 'ready';
}

// Links inside the page change the view without reloading it.
document.addEventListener('click', (e) => {
  const link = (e.target as Element).closest('a[data-view-link]') as HTMLAnchorElement | null;
  if (!link || e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
  e.preventDefault();
  const url = new URL(link.href);
  const query = new URLSearchParams(url.search);
  const params: Record<string, string> = {};
  for (const [name, value] of query) if (name !== 'view') params[name] = value;
  navigate({ view: (query.get('view') as View) ?? 'series', params });
});
window.addEventListener('popstate', () => void render());
window.addEventListener('dyad:navigate', () => void render());
void renderSummary().catch(() => {});
void render();
