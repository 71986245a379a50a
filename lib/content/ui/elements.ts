// Building our UI's elements: text only ever through textContent (page text is hostile input, never parsed as
// HTML), and buttons typed as buttons so they never submit anything of the page.

export function element<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  { className, text }: { className?: string; text?: string } = {},
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function button(doc: Document, text: string, onClick: () => void, className?: string): HTMLButtonElement {
  const node = element(doc, 'button', { className, text });
  node.type = 'button';
  node.addEventListener('click', onClick);
  return node;
}
