/**
 * A small element builder. Text always goes in as text nodes, never as HTML, so names and summaries
 * from the case-base cannot inject markup.
 */
type Child = Node | string | number | null | undefined | false;
type Attributes = Record<string, string | number | boolean | undefined | null | EventListener>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (typeof value === 'function') element.addEventListener(name.replace(/^on/, ''), value);
    else if (value === true) element.setAttribute(name, '');
    else element.setAttribute(name, String(value));
  }
  append(element, children);
  return element;
}

export function append(parent: Node, children: (Child | Child[])[]): void {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(
      typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child,
    );
  }
}

/** The element with this id, which the page's HTML promises exists. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`precedents: the page has no element #${id}`);
  return element as T;
}

/** An inline SVG element (the legend's shape icons); attributes are set verbatim. */
export function svg(tag: string, attributes: Record<string, string | number>, ...children: SVGElement[]): SVGElement {
  const element = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  for (const child of children) element.appendChild(child);
  return element;
}

/**
 * A box of the page that is there only while it has something to show: emptied and hidden when `shown`
 * is false (then undefined is returned), otherwise unhidden and returned for filling.
 */
export function boxWhile(id: string, shown: boolean): HTMLElement | undefined {
  const box = byId(id);
  box.hidden = !shown;
  if (!shown) box.replaceChildren();
  return shown ? box : undefined;
}
