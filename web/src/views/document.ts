// A document as a reader checks the coding: its text, with each sentence
// that holds events highlighted and coloured by modality, and the events
// listed beside it. ?sentence=N scrolls to that sentence.
import { getJson, type StoredDocument } from '../api';
import { badge, el, message } from '../dom';
import type { State } from '../state';

function entity(a: { country: string | null; org: string | null; code: string }): string {
  return a.country ?? a.org ?? a.code;
}

// The text between sentences is kept; a sentence with events is a <mark>.
// Spans are byte offsets into the UTF-8 text, so the text is cut as bytes.
function highlightedText(doc: StoredDocument): HTMLElement {
  const body = el('div', { class: 'document-text', id: 'document-text' });
  const bytes = new TextEncoder().encode(doc.text);
  const decoder = new TextDecoder();
  const cut = (begin: number, end?: number) => decoder.decode(bytes.subarray(begin, end));
  let offset = 0;
  for (const s of doc.sentences) {
    if (s.span[0] > offset) body.append(cut(offset, s.span[0]));
    const text = cut(s.span[0], s.span[1]);
    if (s.events.length) {
      const modality = s.events[0].modality;
      body.append(el('mark', { class: `event-sentence modality-${modality}`, id: `sentence-${s.index}`,
                               'data-sentence': String(s.index), title: s.events.map((e) => `${entity(e.source)} → ${entity(e.target)} ${e.code} (${e.modality})`).join('\n') }, text));
    } else {
      body.append(el('span', { id: `sentence-${s.index}` }, text));
    }
    offset = s.span[1];
  }
  body.append(cut(offset));
  return body;
}

function eventList(doc: StoredDocument): HTMLElement {
  const items = doc.sentences.flatMap((s) => s.events.map((e) =>
    el('li', { 'data-sentence': String(s.index) },
      el('a', { href: `#sentence-${s.index}` }, `sentence ${s.index}`), ': ',
      el('strong', {}, `${entity(e.source)} → ${entity(e.target)}`), ` ${e.code} “${e.verb}” `, badge(e.modality),
      e.date ? ` ${e.date}` : '')));
  return el('ol', { class: 'event-list', id: 'document-events' }, ...items);
}

export async function renderDocument(root: HTMLElement, state: State): Promise<void> {
  const id = state.params.id;
  if (!id) {
    root.append(el('h2', {}, 'Document'), message('Open a document from the event table or a story.'));
    return;
  }
  const doc = await getJson<StoredDocument>(`/api/documents/${encodeURIComponent(id)}`);
  root.append(
    el('h2', {}, doc.title ?? doc.id),
    el('p', { class: 'meta' }, `${doc.id} · ${doc.date ?? 'no date'}${doc.source ? ` · ${doc.source}` : ''} · `,
       el('span', { 'data-testid': 'document-event-count' }, doc.event_count), ' events',
       doc.url ? el('span', {}, ' · ', el('a', { href: doc.url, rel: 'noreferrer' }, 'original')) : null),
    el('div', { class: 'document' }, highlightedText(doc), el('aside', {}, el('h3', {}, 'Events'), eventList(doc))));
  const sentence = state.params.sentence;
  if (sentence) requestAnimationFrame(() => document.getElementById(`sentence-${sentence}`)?.scrollIntoView({ block: 'center' }));
}
