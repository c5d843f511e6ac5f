// The dyad API as the dashboard uses it (GET /api/openapi.json describes
// it all). Every call names only the parameters its route takes: the server
// refuses any other.

export type Modality = 'asserted' | 'reported' | 'negated' | 'planned' | 'possible' | 'recommended';
export const MODALITIES: Modality[] = ['asserted', 'reported', 'negated', 'planned', 'possible', 'recommended'];

export interface Actor { text: string; code: string; country: string | null; org: string | null; role: string | null }
export interface ApiEvent {
  event_id: number; story_id?: number; doc_id: string; sentence: number; span: [number, number];
  text: string; date: string | null; source: Actor; target: Actor; code: string; root: string;
  quad_class: number; goldstein: number | null; modality: Modality; verb: string; confidence: number;
}
export interface EventPage { events: ApiEvent[]; next_page_token: string | null; total?: number }
export interface SeriesRow {
  period: string; start: string; end: string; events: number; stories: number;
  verbal_cooperation: number; material_cooperation: number; verbal_conflict: number; material_conflict: number;
  goldstein_mean: number | null; asserted: number; reported: number; negated: number; planned: number;
  possible: number; recommended: number;
}
export interface Sentence { index: number; span: [number, number]; text: string; events: ApiEvent[] }
export interface StoredDocument {
  id: string; url: string | null; source: string | null; title: string | null; date: string | null;
  text: string; sentences: Sentence[]; event_count: number;
}
export interface Mention { doc_id: string; sentence: number; modality: Modality; date: string; outlet: string | null }
export interface Story {
  story_id: number; source: string; target: string; root: string; code: string; first_date: string;
  last_date: string; modality: Modality; documents: number; outlets: number; mentions: Mention[];
}
export interface Evidence { doc_id: string; sentence: number; date: string; modality: Modality; code: string }
export interface WatchItem {
  watch_id: number; kind: string; status: string; source: string; target: string; root: string; code: string;
  modality: Modality; stated: { doc_id: string; sentence: number; date: string; text: string };
  evidence: Evidence[]; condition: null | { source: string; target: string; root: string; code: string; status: string };
}
export interface Network {
  nodes: { id: string; name: string; events_out: number; events_in: number }[];
  edges: { source: string; target: string; events: number; stories: number; goldstein_sum: number;
           verbal_cooperation: number; material_cooperation: number; verbal_conflict: number; material_conflict: number }[];
}
export interface Stats {
  documents: number; events: number; first_date: string | null; last_date: string | null;
  top_dyads: { source: string; source_name: string; target: string; target_name: string; events: number }[];
}

export type Params = Record<string, string | undefined>;

export class ApiError extends Error {
  constructor(readonly status: number, message: string) { super(message); }
}

// The path with the parameters that are set.
export function apiUrl(path: string, params: Params = {}): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value) query.set(name, value);
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

export async function getJson<T>(path: string, params: Params = {}): Promise<T> {
  const reply = await fetch(apiUrl(path, params));
  const body = await reply.json().catch(() => null);
  if (!reply.ok) throw new ApiError(reply.status, body?.error?.message ?? `HTTP ${reply.status}`);
  return body as T;
}

// Picks `names` out of `params`: what one route takes.
export function pick(params: Params, names: string[]): Params {
  const out: Params = {};
  for (const name of names) if (params[name]) out[name] = params[name];
  return out;
}
