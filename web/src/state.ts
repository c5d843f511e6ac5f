// The dashboard's state is its URL: the view and the filters are query
// parameters (?view=events&source=RUS&target=PRK&from=2024-06), so a view
// can be shared, reloaded and navigated back to.
import type { Params } from './api';

export const VIEWS = ['series', 'network', 'events', 'stories', 'watch', 'document'] as const;
export type View = (typeof VIEWS)[number];

// The filters the form edits; every view takes those its route knows.
export const FILTERS = ['source', 'target', 'root', 'code', 'modality', 'from', 'to', 'doc', 'as_of', 'by'] as const;

export interface State { view: View; params: Params }

export function readState(): State {
  const query = new URLSearchParams(location.search);
  const view = (VIEWS as readonly string[]).includes(query.get('view') ?? '') ? (query.get('view') as View) : 'series';
  const params: Params = {};
  for (const [name, value] of query) if (name !== 'view' && value) params[name] = value;
  return { view, params };
}

export function stateUrl(state: State): string {
  const query = new URLSearchParams({ view: state.view });
  for (const [name, value] of Object.entries(state.params)) if (value) query.set(name, value);
  return `?${query}`;
}

// Goes to `state` (a new history entry) and tells the page to render it.
export function navigate(state: State): void {
  history.pushState(null, '', stateUrl(state));
  window.dispatchEvent(new Event('dyad:navigate'));
}
