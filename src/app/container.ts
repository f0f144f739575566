// The element a page renders into: the HTML template's #container, or one made for a bare page.

export function container(): HTMLElement {
  const existing = document.getElementById('container');
  if (existing) return existing;
  const el = document.createElement('div');
  el.id = 'container';
  document.body.appendChild(el);
  return el;
}
