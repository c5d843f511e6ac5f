// A dyad's series over time: cooperation against conflict (stories, by the
// quad class of their root), and the events by modality, with facts
// (asserted, reported) apart from plans, possibilities and recommendations.
import { getJson, pick, type SeriesRow } from '../api';
import { el, message } from '../dom';
import type { State } from '../state';
import { lineChart } from '../charts';

const SERIES_PARAMS = ['source', 'target', 'root', 'from', 'to', 'by'];

function sum(rows: SeriesRow[], pickValue: (r: SeriesRow) => number): number {
  return rows.reduce((total, r) => total + pickValue(r), 0);
}

export async function renderSeries(root: HTMLElement, state: State): Promise<void> {
  const params = pick(state.params, SERIES_PARAMS);
  if (!params.source && !params.target) {
    root.append(el('h2', {}, 'Series'), message('Choose a source, a target or both (a dyad) in the filters, e.g. RUS and PRK.'));
    return;
  }
  const [stories, events] = await Promise.all([
    getJson<{ rows: SeriesRow[] }>('/api/series', params),
    getJson<{ rows: SeriesRow[] }>('/api/series', { ...params, count: 'events', modality: 'all' }),
  ]);
  const dyad = `${params.source ?? 'any'} → ${params.target ?? 'any'}`;
  const periods = stories.rows.map((r) => r.period);
  const coop = el('div', { class: 'chart', id: 'chart-cooperation' });
  const modal = el('div', { class: 'chart', id: 'chart-modality' });
  root.append(
    el('h2', {}, `Series ${dyad}`, params.by ? ` by ${params.by}` : ' by week'),
    el('p', { class: 'totals' },
      el('span', { 'data-testid': 'series-stories-total' }, sum(stories.rows, (r) => r.stories)), ' stories, ',
      el('span', { 'data-testid': 'series-events-total' }, sum(events.rows, (r) => r.events)), ' events in ',
      el('span', { 'data-testid': 'series-periods' }, periods.length), ' periods'),
    el('h3', {}, 'Cooperation and conflict (stories)'), coop,
    el('h3', {}, 'Events by how the text holds them'), modal,
  );
  lineChart(coop, periods, [
    { name: 'cooperation', values: stories.rows.map((r) => r.verbal_cooperation + r.material_cooperation), color: '#2b7a3d' },
    { name: 'conflict', values: stories.rows.map((r) => r.verbal_conflict + r.material_conflict), color: '#b3261e' },
  ]);
  lineChart(modal, periods, [
    { name: 'facts (asserted, reported)', values: events.rows.map((r) => r.asserted + r.reported), color: '#1f4e8c' },
    { name: 'negated', values: events.rows.map((r) => r.negated), color: '#777777' },
    { name: 'planned', values: events.rows.map((r) => r.planned), color: '#c77700' },
    { name: 'possible', values: events.rows.map((r) => r.possible), color: '#8e44ad' },
    { name: 'recommended', values: events.rows.map((r) => r.recommended), color: '#00838f' },
  ]);
}
