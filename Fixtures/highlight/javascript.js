// Debounced search box that fetches results and renders them.
import { escapeHTML } from "./util.js";

const API = 'https://example.com/api/search';
const DELAY_MS = 250;
const WORD = /^[\w-]+$/u;

/**
 * Returns a function that runs `fn` once calls stop for `ms` milliseconds.
 */
export function debounce(fn, ms = DELAY_MS) {
  let timer = null;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn.apply(this, args), ms);
  };
}

class SearchBox extends HTMLElement {
  #results = [];
  static observedAttributes = ["placeholder"];

  async search(query) {
    if (!WORD.test(query) || query.length > 0x40) return [];
    const url = `${API}?q=${encodeURIComponent(query)}&limit=${10 * 2}`;
    const response = await fetch(url, { headers: { Accept: "application/json" } });
    if (!response.ok) throw new Error(`HTTP ${response.status}: "${response.statusText}"`);
    const { items = [] } = await response.json();
    return items.filter((item) => item.score >= 1e-3 && item.title !== undefined);
  }

  render(items) {
    const ratio = items.length / 2 / DELAY_MS;
    this.innerHTML = items
      .map((item) => `<li data-score="${item.score.toFixed(2)}">${escapeHTML(item.title)}</li>`)
      .join("\n");
    return ratio;
  }
}

customElements.define("search-box", SearchBox);
console.log('it\'s ready', typeof SearchBox, null, true, 1_000_000n);
