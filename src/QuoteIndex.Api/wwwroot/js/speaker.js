// A speaker's page: names, roles, how often and where they were quoted, and their latest quotes.
import { api, quoteWords, loadInto, escapeHtml, html, number, formatDay, formatMonth, quoteMeta, quoteHref } from "./api.js";
import { drawHistogram } from "./histogram.js";

const key = new URLSearchParams(location.search).get("key") || "";
const page = document.getElementById("speaker");

function counted(items, describe = v => escapeHtml(v)) {
  if (!items || items.length === 0) return `<p class="muted">None recorded.</p>`;
  return `<ul class="counted">${items.map(i => `<li><span>${describe(i.value)}</span><span class="muted">${number(i.count)}</span></li>`).join("")}</ul>`;
}

loadInto(page, async () => {
  if (!key) throw new Error("No speaker was given: open this page from a search result or a speaker link.");
  const profile = await api(`/api/v1/speakers/${encodeURIComponent(key)}`);
  document.title = `${profile.name} · QuoteIndex`;
  document.getElementById("name").textContent = profile.name;
  const searchHref = `/?speaker=${encodeURIComponent(profile.key)}`;
  const first = profile.firstStatementDate || profile.firstPublished;
  const last = profile.lastStatementDate || profile.lastPublished;
  page.append(html(`<dl class="facts">
    <dt>Quotes</dt><dd>${number(profile.quoteCount)} · <a href="${searchHref}">search all their quotes</a></dd>
    <dt>Quoted from</dt><dd>${escapeHtml(formatDay(first)) || "—"} to ${escapeHtml(formatDay(last)) || "—"}</dd>
    <dt>Also named</dt><dd>${profile.aliases.length ? profile.aliases.map(escapeHtml).join(", ") : "—"}</dd>
  </dl>`));
  page.append(html(`<div class="columns">
    <section><h2>Roles</h2>${counted(profile.roles)}</section>
    <section><h2>Organisations</h2>${counted(profile.organisations)}</section>
    <section><h2>Top outlets</h2>${counted(profile.topOutlets, v => `<a href="/?speaker=${encodeURIComponent(profile.key)}&outlet=${encodeURIComponent(v)}">${escapeHtml(v)}</a>`)}</section>
    <section><h2>Top venues</h2>${counted(profile.topVenues)}</section>
  </div>`));
  if (profile.quotesByMonth.length > 0) {
    const chart = html(`<section class="histogram"><h2>Quotes over time</h2><svg role="group" aria-label="Quotes per month"></svg></section>`);
    page.append(chart);
    const buckets = profile.quotesByMonth.map(m => ({ start: `${m.year}-${String(m.month).padStart(2, "0")}-01`, count: m.count }));
    drawHistogram(chart.querySelector("svg"), buckets, {
      label: formatMonth,
      interval: "month",
      onRange: (from, to) => { location.href = `${searchHref}&from=${from}&to=${to}&dateField=statement`; },
    });
  }
  const latest = html(`<section><h2>Latest quotes</h2><ol class="results"></ol></section>`);
  for (const quote of profile.latestQuotes) {
    latest.querySelector("ol").append(html(`<li class="result">
      <blockquote><a href="${quoteHref(quote.id)}">${escapeHtml(quoteWords(quote.text))}</a></blockquote>
      <div class="meta">${quoteMeta(quote)}</div></li>`));
  }
  page.append(latest);
});
