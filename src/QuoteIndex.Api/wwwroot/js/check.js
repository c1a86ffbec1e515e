// The statement check: the verdict of POST /api/v1/verify in plain words, and the quotes it rests on.
import { api, quoteWords, escapeHtml, html, number, debounce, formatDay, quoteMeta, quoteHref } from "./api.js";

const form = document.getElementById("check-form");
const statement = document.getElementById("statement");
const speaker = document.getElementById("speaker");
const date = document.getElementById("date");
const list = document.getElementById("speaker-suggestions");
const answer = document.getElementById("answer");
const errorBox = document.getElementById("error");

const verdicts = {
  attested: ["attested", "Attested: the index holds these words."],
  attestedWithDifferentWording: ["reworded", "Attested with different wording."],
  attestedButSaidBySomeoneElse: ["someone-else", "Attested, but said by someone else."],
  notFound: ["not-found", "Not found in the index."],
};
const matchTypes = { exact: "Exact", reworded: "Same words, small changes", paraphrase: "Paraphrase" };

// Speaker suggestions: one request when typing pauses, never one per keystroke.
let active = -1;
const suggest = debounce(async prefix => {
  if (prefix.trim().length < 2) return closeList();
  try {
    const found = await api(`/api/v1/speakers?prefix=${encodeURIComponent(prefix.trim())}&limit=8`);
    list.replaceChildren(...found.items.map((s, i) => {
      const item = html(`<li role="option" id="suggestion-${i}" aria-selected="false">${escapeHtml(s.name)} <span class="muted">(${number(s.quoteCount)})</span></li>`);
      item.addEventListener("mousedown", e => { e.preventDefault(); choose(s.name); });
      return item;
    }));
    list.hidden = found.items.length === 0;
    speaker.setAttribute("aria-expanded", String(!list.hidden));
    active = -1;
  } catch {
    closeList();
  }
}, 250);

function choose(name) {
  speaker.value = name;
  closeList();
}

function closeList() {
  list.hidden = true;
  speaker.setAttribute("aria-expanded", "false");
  speaker.removeAttribute("aria-activedescendant");
}

speaker.addEventListener("input", () => suggest(speaker.value));
speaker.addEventListener("blur", closeList);
speaker.addEventListener("keydown", e => {
  const items = [...list.children];
  if (list.hidden || items.length === 0) return;
  if (e.key === "ArrowDown" || e.key === "ArrowUp") {
    e.preventDefault();
    active = (active + (e.key === "ArrowDown" ? 1 : -1) + items.length) % items.length;
    items.forEach((item, i) => item.setAttribute("aria-selected", String(i === active)));
    speaker.setAttribute("aria-activedescendant", items[active].id);
  } else if (e.key === "Enter" && active >= 0) {
    e.preventDefault();
    choose(items[active].textContent.replace(/\s*\(\d[\d,.\s]*\)$/, ""));
  } else if (e.key === "Escape") {
    closeList();
  }
});

form.addEventListener("submit", async e => {
  e.preventDefault();
  errorBox.hidden = true;
  answer.replaceChildren(html(`<p class="muted">Checking…</p>`));
  try {
    const result = await api("/api/v1/verify", {
      method: "POST",
      body: { statement: statement.value, speaker: speaker.value.trim() || null, date: date.value || null },
    });
    render(result);
  } catch (error) {
    answer.replaceChildren();
    errorBox.textContent = error.message;
    errorBox.hidden = false;
  }
});

function render(result) {
  const [style, words] = verdicts[result.verdict] ?? ["not-found", String(result.verdict)];
  answer.replaceChildren(html(`<p class="verdict ${style}">${escapeHtml(result.summary ? capitalise(result.summary) + "." : words)}</p>`));
  if (result.matches.length === 0) return;
  const list = html(`<ol class="results"></ol>`);
  for (const match of result.matches) {
    const first = match.firstAppearance;
    const firstArticle = first?.article ?? {};
    list.append(html(`<li class="result">
      <blockquote><a href="${quoteHref(match.quote.id)}">${escapeHtml(quoteWords(match.quote.text))}</a></blockquote>
      <div class="meta">${quoteMeta(match.quote, { clusterSize: match.clusterSize })}</div>
      <p class="meta"><span class="badge">${escapeHtml(matchTypes[match.type] ?? match.type)}</span>
        <span>similarity ${Math.round(match.score * 100)}%</span>
        ${match.bySpeaker === false ? `<span>said by someone else</span>` : ""}
        ${first ? `<span>first appeared ${escapeHtml(formatDay(firstArticle.published) || "undated")} in ${firstArticle.url ? `<a href="${escapeHtml(firstArticle.url)}" rel="noopener noreferrer">${escapeHtml(firstArticle.outlet ?? firstArticle.url)}</a>` : escapeHtml(firstArticle.outlet ?? "an unknown outlet")}</span>` : ""}
      </p>
    </li>`));
  }
  answer.append(list);
}

function capitalise(text) { return text.charAt(0).toUpperCase() + text.slice(1); }
