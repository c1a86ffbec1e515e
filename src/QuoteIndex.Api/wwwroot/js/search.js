// The search page: one search at a time, its state in the address bar so a link can be shared.
import { api, quoteWords, escapeHtml, html, number, formatDay, formatMonth, kindLabel, venueTypeLabel, quoteMeta, quoteHref } from "./api.js";
import { drawHistogram } from "./histogram.js";

const facetTitles = { speaker: "Speaker", outlet: "Outlet", venueType: "Venue type", kind: "Kind" };
const facetLabels = { venueType: venueTypeLabel, kind: kindLabel };
const listParameters = ["speaker", "outlet", "venueType", "kind"];
const rangeParameters = ["from", "to", "publishedFrom", "publishedTo"];

const form = document.getElementById("search-form");
const input = document.getElementById("q");
const sort = document.getElementById("sort");
const dateField = document.getElementById("dateField");
const interval = document.getElementById("interval");
const collapse = document.getElementById("collapse");
const results = document.getElementById("results");
const more = document.getElementById("more");
const summary = document.getElementById("summary");
const errorBox = document.getElementById("error");

let state = readState(new URLSearchParams(location.search));
let next = null;
let inFlight = null;
let speakerNames = {};

function readState(params) {
  const s = { q: params.get("q") || "", sort: params.get("sort") || "", dateField: params.get("dateField") || "published", interval: params.get("interval") || "month", collapse: params.get("collapse") === "cluster" };
  for (const name of listParameters) s[name] = params.getAll(name);
  for (const name of rangeParameters) s[name] = params.get(name) || "";
  return s;
}

function stateParams(s) {
  const params = new URLSearchParams();
  if (s.q) params.set("q", s.q);
  if (s.sort) params.set("sort", s.sort);
  if (s.dateField !== "published") params.set("dateField", s.dateField);
  if (s.interval !== "month") params.set("interval", s.interval);
  if (s.collapse) params.set("collapse", "cluster");
  for (const name of listParameters) for (const value of s[name]) params.append(name, value);
  for (const name of rangeParameters) if (s[name]) params.set(name, s[name]);
  return params;
}

/** Shows the state in the form, puts it in the address bar and runs the search. */
function go(newState, { push = true } = {}) {
  state = newState;
  input.value = state.q;
  sort.value = state.sort;
  dateField.value = state.dateField;
  interval.value = state.interval;
  collapse.checked = state.collapse;
  const query = stateParams(state).toString();
  if (push && query !== location.search.slice(1)) history.pushState(null, "", query ? `?${query}` : location.pathname);
  search(false);
}

async function search(append) {
  inFlight?.abort();
  inFlight = new AbortController();
  const params = stateParams(state);
  params.set("size", "20");
  params.set("facetSize", "10");
  if (append && next) params.set("cursor", next);
  errorBox.hidden = true;
  more.disabled = true;
  if (!append) summary.textContent = "Searching…";
  try {
    const page = await api(`/api/v1/quotes/search?${params}`, { signal: inFlight.signal });
    next = page.next;
    if (!append) {
      results.replaceChildren();
      renderFacets(page.facets || []);
      renderActiveFilters();
      renderHistogram(page.histogram);
    }
    for (const item of page.items) results.append(resultItem(item));
    summary.textContent = page.total === 0
      ? "No quotes match."
      : `${number(page.total)} quote${page.total === 1 ? "" : "s"}; showing ${number(results.children.length)}${state.collapse ? ", one card per statement" : ""}.`;
    more.hidden = !next;
  } catch (e) {
    if (e.name === "AbortError") return;
    errorBox.textContent = e.message;
    errorBox.hidden = false;
    summary.textContent = "";
  } finally {
    more.disabled = false;
  }
}

function resultItem(item) {
  const quote = item.quote;
  const text = item.highlight ?? escapeHtml(quoteWords(quote.text));
  // One card per statement: the card stands for its other reports too, which the quote's page lists.
  const others = state.collapse ? item.clusterSize - 1 : 0;
  const also = others > 0
    ? `<a class="badge outlets also" href="${quoteHref(quote.id)}">also in ${number(others)} other report${others === 1 ? "" : "s"}</a>`
    : "";
  return html(`<li class="result">
    <blockquote><a href="${quoteHref(quote.id)}" class="quote-link">${text}</a></blockquote>
    <div class="meta">${quoteMeta(quote, { clusterSize: state.collapse ? 1 : item.clusterSize })}<span class="badge">${escapeHtml(kindLabel(quote.kind))}</span>${also}</div>
  </li>`);
}

function renderFacets(facets) {
  const aside = document.getElementById("facets");
  aside.replaceChildren();
  for (const facet of facets) {
    const label = facetLabels[facet.name] ?? (v => v);
    const set = html(`<fieldset><legend>${escapeHtml(facetTitles[facet.name] ?? facet.name)}</legend></fieldset>`);
    const chosen = new Set(state[facet.name] || []);
    const values = [...facet.values];
    // A chosen value stays listed even when no match has it, so it can be unticked.
    for (const value of chosen) if (!values.some(v => v.value === value)) values.push({ value, count: 0, label: value });
    if (values.length === 0) set.append(html(`<p class="none">None among the matches</p>`));
    for (const value of values) {
      if (facet.name === "speaker") speakerNames[value.value] = value.label;
      const id = `facet-${facet.name}-${value.value}`.replace(/[^\w-]/g, "_");
      const row = html(`<label for="${escapeHtml(id)}"><span class="name"><input type="checkbox" id="${escapeHtml(id)}" ${chosen.has(value.value) ? "checked" : ""}> ${escapeHtml(label(value.label ?? value.value))}</span><span class="count">${number(value.count)}</span></label>`);
      row.querySelector("input").addEventListener("change", e => toggle(facet.name, value.value, e.target.checked));
      set.append(row);
    }
    aside.append(set);
  }
}

function toggle(name, value, on) {
  const values = new Set(state[name]);
  if (on) values.add(value); else values.delete(value);
  go({ ...state, [name]: [...values] });
}

function renderActiveFilters() {
  const box = document.getElementById("active-filters");
  box.replaceChildren();
  const chip = (text, remove) => {
    const element = html(`<span class="chip">${escapeHtml(text)}<button type="button" aria-label="Remove filter ${escapeHtml(text)}">×</button></span>`);
    element.querySelector("button").addEventListener("click", remove);
    box.append(element);
  };
  for (const name of listParameters) {
    for (const value of state[name]) {
      const shown = name === "speaker" ? (speakerNames[value] ?? value) : (facetLabels[name]?.(value) ?? value);
      chip(`${facetTitles[name]}: ${shown}`, () => toggle(name, value, false));
    }
  }
  const range = (from, to, title) => {
    if (state[from] || state[to]) chip(`${title}: ${formatDay(state[from]) || "…"} – ${formatDay(state[to]) || "…"}`, () => go({ ...state, [from]: "", [to]: "" }));
  };
  range("publishedFrom", "publishedTo", "Published");
  range("from", "to", "Said");
}

function renderHistogram(histogram) {
  const figure = document.getElementById("histogram");
  if (!histogram || histogram.buckets.length === 0) {
    figure.hidden = true;
    return;
  }
  figure.hidden = false;
  document.getElementById("histogram-title").textContent = `Quotes per ${histogram.interval} (${histogram.field === "statement" ? "date said" : "date published"})`;
  const label = histogram.interval === "month" ? formatMonth : histogram.interval === "year" ? (d => d.slice(0, 4)) : formatDay;
  drawHistogram(document.getElementById("histogram-chart"), histogram.buckets, {
    label,
    interval: histogram.interval,
    onRange: (first, last) => {
      const [from, to] = histogram.field === "statement" ? ["from", "to"] : ["publishedFrom", "publishedTo"];
      go({ ...state, [from]: first, [to]: last });
    },
  });
}

form.addEventListener("submit", e => {
  e.preventDefault();
  go({ ...state, q: input.value.trim() });
});
for (const select of [sort, dateField, interval]) select.addEventListener("change", () => go({ ...state, [select.id]: select.value }));
collapse.addEventListener("change", () => go({ ...state, collapse: collapse.checked }));
more.addEventListener("click", () => search(true));
window.addEventListener("popstate", () => go(readState(new URLSearchParams(location.search)), { push: false }));

go(state, { push: false });
