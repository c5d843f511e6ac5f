// The network for a period: entities as nodes (sized by their events),
// directed edges weighted by events and coloured by the mean Goldstein
// value (green cooperation, red conflict), drawn with Cytoscape.js.
import { getJson, pick, type Network } from '../api';
import { el, message, table } from '../dom';
import type { State } from '../state';

const NETWORK_PARAMS = ['source', 'target', 'root', 'code', 'from', 'to', 'doc'];

function edgeColour(goldsteinMean: number): string {
  if (goldsteinMean > 1) return '#2b7a3d';
  if (goldsteinMean < -1) return '#b3261e';
  return '#888888';
}

export async function renderNetwork(root: HTMLElement, state: State): Promise<void> {
  const network = await getJson<Network>('/api/network', pick(state.params, NETWORK_PARAMS));
  const period = `${state.params.from ?? 'the first date'} to ${state.params.to ?? 'the last'}`;
  root.append(el('h2', {}, `Network, ${period}`),
    el('p', { class: 'totals' }, el('span', { 'data-testid': 'network-nodes' }, network.nodes.length), ' entities, ',
       el('span', { 'data-testid': 'network-edges' }, network.edges.length), ' directed dyads (facts)'));
  if (!network.edges.length) {
    root.append(message('No events match the filters.'));
    return;
  }
  const graph = el('div', { class: 'graph', id: 'network-graph' });
  const busiest = [...network.edges].sort((a, b) => b.events - a.events).slice(0, 15);
  root.append(graph, el('h3', {}, 'Busiest dyads'),
    table(['source', 'target', 'events', 'stories', 'Goldstein sum'],
          busiest.map((e) => [e.source, e.target, e.events, e.stories, e.goldstein_sum.toFixed(1)]), { id: 'network-table' }));
  const maxEvents = Math.max(...network.edges.map((e) => e.events));
  const maxNode = Math.max(...network.nodes.map((n) => n.events_out + n.events_in));
  const { default: cytoscape } = await import('cytoscape');
  requestAnimationFrame(() => {
    cytoscape({
      container: graph,
      elements: [
        ...network.nodes.map((n) => ({ data: { id: n.id, label: n.name, size: 20 + 40 * (n.events_out + n.events_in) / maxNode } })),
        ...network.edges.map((e) => ({ data: { id: `${e.source}->${e.target}`, source: e.source, target: e.target,
          width: 1 + 9 * e.events / maxEvents, colour: edgeColour(e.goldstein_sum / Math.max(1, e.events)) } })),
      ],
      style: [
        { selector: 'node', style: { label: 'data(label)', width: 'data(size)', height: 'data(size)',
                                     'background-color': '#1f4e8c', 'font-size': 11, color: '#222' } },
        { selector: 'edge', style: { width: 'data(width)', 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)',
                                     'target-arrow-shape': 'triangle', 'curve-style': 'bezier', opacity: 0.8 } },
      ],
      layout: { name: 'cose', animate: false, randomize: false },
    });
    graph.dataset.rendered = 'true';
  });
}
