// Building elements without innerHTML: text from the store is always text.
type Child = Node | string | number | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K, attributes: Record<string, string> = {}, ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

// A link to another view of the dashboard (a plain link: it can be opened in a new tab).
export function viewLink(href: string, text: string, attributes: Record<string, string> = {}): HTMLAnchorElement {
  return el('a', { href, 'data-view-link': '', ...attributes }, text);
}

export function table(headers: string[], rows: Child[][], attributes: Record<string, string> = {}): HTMLTableElement {
  return el('table', attributes,
    el('thead', {}, el('tr', {}, ...headers.map((h) => el('th', {}, h)))),
    el('tbody', {}, ...rows.map((cells) => el('tr', {}, ...cells.map((c) => el('td', {}, c))))));
}

export function message(text: string, kind: 'error' | 'note' = 'note'): HTMLElement {
  return el('p', { class: kind, role: kind === 'error' ? 'alert' : 'status' }, text);
}

export function badge(modality: string): HTMLElement {
  return el('span', { class: `badge modality-${modality}` }, modality);
}
