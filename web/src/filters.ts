// The filter form: its fields are the URL's filters; submitting navigates.
// Source and target offer the actors the store knows (GET /api/actors).
import { MODALITIES, getJson } from './api';
import { el } from './dom';
import { FILTERS, navigate, type State } from './state';

interface Field { name: (typeof FILTERS)[number]; label: string; placeholder?: string; choices?: string[] }
const FIELDS: Field[] = [
  { name: 'source', label: 'Source', placeholder: 'RUS' },
  { name: 'target', label: 'Target', placeholder: 'PRK' },
  { name: 'root', label: 'CAMEO root', placeholder: '05' },
  { name: 'code', label: 'Code', placeholder: '057' },
  { name: 'modality', label: 'Modality', choices: ['', ...MODALITIES] },
  { name: 'from', label: 'From', placeholder: 'YYYY-MM-DD' },
  { name: 'to', label: 'To', placeholder: 'YYYY-MM-DD' },
  { name: 'by', label: 'Period', choices: ['', 'day', 'week', 'month', 'year'] },
  { name: 'as_of', label: 'Watch as of', placeholder: 'YYYY-MM-DD' },
];

function input(field: Field, value: string): HTMLElement {
  const id = `filter-${field.name}`;
  const control = field.choices
    ? el('select', { id, name: field.name },
        ...field.choices.map((c) => {
          const option = el('option', { value: c }, c || 'any');
          if (c === value) option.selected = true;
          return option;
        }))
    : el('input', { id, name: field.name, value, placeholder: field.placeholder ?? '', size: '10',
                    ...(field.name === 'source' || field.name === 'target' ? { list: 'actors' } : {}) });
  return el('label', { for: id }, field.label, control);
}

async function suggestActors(list: HTMLDataListElement, query: string): Promise<void> {
  if (query.length < 2) return;
  const found = await getJson<{ actors: { code: string; name: string }[] }>('/api/actors', { q: query, limit: '20' });
  list.replaceChildren(...found.actors.map((a) => el('option', { value: a.code }, a.name)));
}

export function renderFilters(form: HTMLFormElement, state: State): void {
  const actors = el('datalist', { id: 'actors' });
  form.replaceChildren(
    ...FIELDS.map((f) => input(f, state.params[f.name] ?? '')),
    actors,
    el('button', { type: 'submit' }, 'Apply'),
    el('button', { type: 'button', id: 'clear-filters' }, 'Clear'),
  );
  form.oninput = (e) => {
    const target = e.target as HTMLInputElement;
    if (target.name === 'source' || target.name === 'target') void suggestActors(actors, target.value).catch(() => {});
  };
  form.onsubmit = (e) => {
    e.preventDefault();
    const params = { ...state.params };
    for (const f of FIELDS) {
      const value = (form.elements.namedItem(f.name) as HTMLInputElement).value.trim();
      params[f.name] = f.name === 'source' || f.name === 'target' ? value.toUpperCase() : value;
    }
    delete params.page_token;
    navigate({ view: state.view === 'document' ? 'events' : state.view, params });
  };
  (form.querySelector('#clear-filters') as HTMLButtonElement).onclick = () => navigate({ view: state.view, params: {} });
}
