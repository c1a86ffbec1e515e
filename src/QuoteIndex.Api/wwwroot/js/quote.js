// A quote's page: its words in their context, the evidence it rests on, every appearance in date order, a citation.
import { api, quoteWords, loadInto, escapeHtml, html, number, formatDay, formatStatementDate, kindLabel, quoteMeta, quoteHref, speakerHref } from "./api.js";

const id = new URLSearchParams(location.search).get("id") || "";
const page = document.getElementById("quote");

/** The context with each part of the quote marked; parts the context does not hold are left unmarked. */
function markedContext(context, quote) {
  let marked = escapeHtml(context);
  const parts = quote.text.split(/(?<=[.!?,;])\s+/).filter(p => p.length > 12);
  for (const part of parts.length ? parts : [quote.text]) {
    const escaped = escapeHtml(part.replace(/[.,;]$/, ""));
    const at = marked.indexOf(escaped);
    if (at >= 0) marked = `${marked.slice(0, at)}<mark>${escaped}</mark>${marked.slice(at + escaped.length)}`;
  }
  return marked;
}

function citation(quote) {
  const who = quote.speaker?.name ?? "Unattributed";
  const article = quote.article || {};
  const when = quote.date ? formatStatementDate(quote.date) : formatDay(article.published);
  return `“${quoteWords(quote.text)}” (${who}${when ? `, ${when}` : ""}). ${article.outlet ?? ""}${article.title ? `, “${article.title}”` : ""}${article.published ? `, ${formatDay(article.published)}` : ""}. ${article.url ?? ""}`.replace(/\s+/g, " ").trim();
}

async function copy(text, button) {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // Without clipboard permission (or over plain http), select the text for the user to copy.
    const area = html(`<textarea readonly aria-label="Citation" rows="3" style="width:100%"></textarea>`);
    area.value = text;
    button.after(area);
    area.select();
  }
  button.textContent = "Citation copied";
}

loadInto(page, async () => {
  if (!id) throw new Error("No quote was given: open this page from a search result.");
  const details = await api(`/api/v1/quotes/${encodeURIComponent(id)}`);
  const quote = details.quote;
  const cluster = details.cluster;
  document.title = `${quote.speaker?.name ?? "Quote"}: “${quote.text.slice(0, 60)}” · QuoteIndex`;
  page.append(html(`<header class="card">
    <h1 class="visually-hidden">Quote by ${escapeHtml(quote.speaker?.name ?? "an unattributed speaker")}</h1>
    <blockquote>${escapeHtml(quoteWords(quote.text))}</blockquote>
    <div class="meta">${quoteMeta(quote, { clusterSize: cluster?.size })}<span class="badge">${escapeHtml(kindLabel(quote.kind))}</span></div>
    <p><button type="button" id="copy-citation">Copy citation</button></p>
  </header>`));
  page.querySelector("#copy-citation").addEventListener("click", e => copy(citation(quote), e.target));

  if (quote.context) page.append(html(`<section><h2>In the article</h2><p class="context">${markedContext(quote.context, quote)}</p></section>`));

  const evidence = details.evidence ?? {};
  const mention = evidence.mention?.text ?? evidence.mentionText ?? null;
  page.append(html(`<section><h2>Evidence</h2><dl class="facts">
    <dt>Speaker</dt><dd>${quote.speaker ? `<a href="${speakerHref(quote.speaker.key)}">${escapeHtml(quote.speaker.name)}</a>${quote.speaker.role ? `, ${escapeHtml(quote.speaker.role)}` : ""}${quote.speaker.organisation ? ` (${escapeHtml(quote.speaker.organisation)})` : ""}` : "Unattributed"}</dd>
    ${mention ? `<dt>Named in the text as</dt><dd>“${escapeHtml(mention)}”</dd>` : ""}
    <dt>Cue</dt><dd>${quote.cue ? `“${escapeHtml(quote.cue.text)}”` : "—"}</dd>
    <dt>Rule</dt><dd>${escapeHtml(quote.rule ?? "—")}</dd>
    <dt>Confidence</dt><dd>${Math.round((quote.confidence ?? 0) * 100)}%</dd>
    <dt>Said on</dt><dd>${quote.date ? `${escapeHtml(formatStatementDate(quote.date))}${quote.date.basis ? ` (“${escapeHtml(quote.date.basis)}”)` : " (publication date)"}` : "—"}</dd>
    <dt>Where</dt><dd>${quote.venue ? escapeHtml(quote.venue.name) : "—"}</dd>
    <dt>Source</dt><dd>${quote.article?.url ? `<a href="${escapeHtml(quote.article.url)}" rel="noopener noreferrer">${escapeHtml(quote.article.title ?? quote.article.url)}</a>` : escapeHtml(quote.article?.title ?? "—")}</dd>
  </dl></section>`));

  if (cluster) {
    const timeline = html(`<section><h2>Appearances (${number(cluster.size)})</h2><ol class="timeline"></ol></section>`);
    cluster.appearances.forEach((appearance, i) => {
      const article = appearance.article || {};
      const first = i === 0;
      timeline.querySelector("ol").append(html(`<li class="${first ? "first" : ""}">
        ${first ? `<span class="first-label">First appearance · </span>` : ""}<strong>${escapeHtml(formatDay(article.published) || "Undated")}</strong> ·
        ${article.url ? `<a href="${escapeHtml(article.url)}" rel="noopener noreferrer">${escapeHtml(article.outlet ?? article.url)}</a>` : escapeHtml(article.outlet ?? "Unknown outlet")}
        ${appearance.quoteId === quote.id ? `<span class="badge">this quote</span>` : `<a href="${quoteHref(appearance.quoteId)}">open</a>`}
        ${appearance.text !== quote.text ? `<div class="muted">“${escapeHtml(appearance.text)}”</div>` : ""}
      </li>`));
    });
    if (cluster.size > cluster.appearances.length) timeline.append(html(`<p class="muted">The first ${number(cluster.appearances.length)} of ${number(cluster.size)} are listed.</p>`));
    page.append(timeline);
  }

  try {
    const claim = await api(`/api/v1/quotes/${encodeURIComponent(id)}/claim`);
    const json = JSON.stringify(claim, null, 2);
    const script = document.createElement("script");
    script.type = "application/ld+json";
    script.textContent = json;
    document.head.append(script);
    page.append(html(`<section><details><summary>schema.org Claim (JSON-LD)</summary><pre class="jsonld">${escapeHtml(json)}</pre></details></section>`));
  } catch {
    // The claim is an extra; the page stands without it.
  }
});
