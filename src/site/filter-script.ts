/**
 * The index page's only script: shows the filter form and hides the list items that do not match the
 * chosen country, beneficiary, type and words. Each item carries its codes in `data-*` attributes. The choice
 * is mirrored in the query string (`index.html?country=ES`), so filtered views can be linked.
 * Without JavaScript the form stays hidden and the concept pages serve as static filters.
 */
export const FILTER_SCRIPT = `(() => {
  const form = document.getElementById('filters');
  const list = document.getElementById('resources');
  const count = document.getElementById('shown');
  if (!form || !list || !count) return;
  const keys = ['country', 'beneficiary', 'type'];
  const items = Array.from(list.children);
  const params = new URLSearchParams(location.search);
  for (const key of keys) {
    const select = form.elements.namedItem(key);
    const wanted = params.get(key);
    if (wanted && Array.from(select.options).some((o) => o.value === wanted)) select.value = wanted;
  }
  form.elements.namedItem('q').value = params.get('q') || '';
  const fold = (s) => s.normalize('NFD').replace(/\\p{M}+/gu, '').toLowerCase();
  function apply() {
    const chosen = keys.map((key) => [key, form.elements.namedItem(key).value]).filter(([, v]) => v);
    const words = fold(form.elements.namedItem('q').value).split(/\\s+/).filter(Boolean);
    let shown = 0;
    for (const item of items) {
      const ok =
        chosen.every(([key, v]) => (item.getAttribute('data-' + key) || '').split(' ').includes(v)) &&
        words.every((w) => fold(item.textContent).includes(w));
      item.hidden = !ok;
      if (ok) shown++;
    }
    count.textContent = String(shown);
    const query = new URLSearchParams(chosen);
    if (words.length) query.set('q', form.elements.namedItem('q').value.trim());
    const search = query.toString();
    history.replaceState(null, '', search ? '?' + search : location.pathname);
  }
  form.addEventListener('input', apply);
  form.addEventListener('submit', (e) => e.preventDefault());
  form.hidden = false;
  apply();
})();`;
