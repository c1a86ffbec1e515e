// Calls to the QuoteIndex API, and the small formatting helpers every page shares.

/** GETs or POSTs JSON; a problem answer (RFC 9457) becomes an Error whose message says what was wrong. */
export async function api(path, { method = "GET", body, signal } = {}) {
  const response = await fetch(path, {
    method,
    signal,
    headers: body === undefined ? { Accept: "application/json" } : { Accept: "application/json", "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const isJson = (response.headers.get("Content-Type") || "").includes("json");
  const payload = isJson ? await response.json() : await response.text();
  if (!response.ok) throw new Error(problemText(payload, response.status));
  return payload;
}

function problemText(problem, status) {
  if (problem && typeof problem === "object") {
    const details = problem.errors ? Object.values(problem.errors).flat().join(" ") : "";
    return [problem.title, problem.detail, details].filter(Boolean).join(" ") || `The server answered ${status}.`;
  }
  return `The server answered ${status}.`;
}

/** Text made safe to put into HTML. */
export function escapeHtml(text) {
  return String(text ?? "").replace(/[&<>"']/g, c => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

/** Creates an element from trusted markup (every value in it already escaped). */
export function html(markup) {
  const template = document.createElement("template");
  template.innerHTML = markup.trim();
  return template.content.firstElementChild;
}

const dayFormat = new Intl.DateTimeFormat(undefined, { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" });
const monthFormat = new Intl.DateTimeFormat(undefined, { year: "numeric", month: "short", timeZone: "UTC" });

/** "24 Sept 2024" for an ISO date or date-time; "" for none. */
export function formatDay(value) {
  if (!value) return "";
  const date = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  return Number.isNaN(date.getTime()) ? value : dayFormat.format(date);
}

export function formatMonth(value) {
  const date = new Date(`${value.slice(0, 7)}-01T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? value : monthFormat.format(date);
}

/** A statement date as the API gives it: { year, month, day, source, basis }; year may be null. */
export function formatStatementDate(date) {
  if (!date) return "";
  if (date.year == null) return `${new Date(Date.UTC(2000, date.month - 1, date.day)).toLocaleDateString(undefined, { month: "short", day: "numeric", timeZone: "UTC" })} (year unknown)`;
  const day = `${String(date.year).padStart(4, "0")}-${String(date.month).padStart(2, "0")}-${String(date.day).padStart(2, "0")}`;
  return formatDay(day);
}

const venueTypes = {
  event: "Event", interview: "Interview", pressconference: "Press conference", statement: "Written statement",
  socialmedia: "Social media", broadcast: "Broadcast", hearing: "Hearing", debate: "Debate", other: "Other",
};
const kinds = { direct: "Direct quote", partial: "Partial quote", indirect: "Reported speech", headline: "Headline" };

export function venueTypeLabel(value) { return venueTypes[String(value).toLowerCase()] ?? value; }
export function kindLabel(value) { return kinds[String(value).toLowerCase()] ?? value; }

export function number(n) { return Number(n ?? 0).toLocaleString(); }

/** Runs fn at most once per quiet period of ms: typing sends one request when it pauses, not one per keystroke. */
export function debounce(fn, ms) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}

/** A quote's words for display: the comma that led into the attribution ("...arrive," she said) is dropped. */
export function quoteWords(text) { return String(text).replace(/[,;:]\s*$/, ""); }

/** The link to a speaker's page. */
export function speakerHref(key) { return `/speaker.html?key=${encodeURIComponent(key)}`; }
export function quoteHref(id) { return `/quote.html?id=${encodeURIComponent(id)}`; }

/** The "Who, where, when, outlet" line under a quote. */
export function quoteMeta(quote, { clusterSize } = {}) {
  const parts = [];
  if (quote.speaker) {
    const role = quote.speaker.role ? `, ${escapeHtml(quote.speaker.role)}` : "";
    parts.push(`<span><a class="speaker" href="${speakerHref(quote.speaker.key)}">${escapeHtml(quote.speaker.name)}</a>${role}</span>`);
  } else {
    parts.push(`<span>Unattributed</span>`);
  }
  if (quote.venue) {
    const type = venueTypeLabel(quote.venue.type);
    // "press conference" needs no "Press conference" badge beside it.
    const badge = type.toLowerCase() === quote.venue.name.toLowerCase() ? "" : ` <span class="badge">${escapeHtml(type)}</span>`;
    parts.push(`<span>${escapeHtml(quote.venue.name)}${badge}</span>`);
  }
  if (quote.date) {
    // A publication date standing in for the day it was said is set in italics (as the page footer explains).
    const stated = String(quote.date.source).toLowerCase() === "stated";
    const day = escapeHtml(formatStatementDate(quote.date));
    parts.push(stated ? `<span title="Date stated in the article">${day}</span>` : `<em title="Publication date; the article does not say which day it was said">${day}</em>`);
  }
  const article = quote.article || {};
  const source = article.url
    ? `<a href="${escapeHtml(article.url)}" rel="noopener noreferrer">${escapeHtml(article.outlet || new URL(article.url).hostname)}</a>`
    : escapeHtml(article.outlet || "Unknown outlet");
  parts.push(`<span>${source}${article.published ? `, ${escapeHtml(formatDay(article.published))}` : ""}</span>`);
  if (clusterSize > 1) parts.push(`<span class="badge outlets">${number(clusterSize)} appearances</span>`);
  return parts.join("");
}

/** Runs a page's loading; a failure shows in the page's error box, and the page stops being busy either way. */
export async function loadInto(page, load) {
  try {
    await load();
  } catch (e) {
    const box = document.getElementById("error");
    box.textContent = e.message;
    box.hidden = false;
  } finally {
    page.setAttribute("aria-busy", "false");
  }
}
