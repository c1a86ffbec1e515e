// A bar chart of counts per date bucket, drawn in SVG. A click on a bar, a drag across bars, or Enter on a focused
// bar reports the days it covers, first and last included, as YYYY-MM-DD.
const svgNs = "http://www.w3.org/2000/svg";

function element(name, attributes) {
  const e = document.createElementNS(svgNs, name);
  for (const [key, value] of Object.entries(attributes)) e.setAttribute(key, value);
  return e;
}

/** The last day of the bucket that starts on start (YYYY-MM-DD). */
export function bucketEnd(start, interval) {
  const day = new Date(`${start}T00:00:00Z`);
  if (interval === "day") day.setUTCDate(day.getUTCDate() + 1);
  else if (interval === "week") day.setUTCDate(day.getUTCDate() + 7);
  else if (interval === "year") day.setUTCFullYear(day.getUTCFullYear() + 1);
  else day.setUTCMonth(day.getUTCMonth() + 1);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

export function drawHistogram(svg, buckets, { label, interval, onRange }) {
  svg.replaceChildren();
  const width = Math.max(svg.clientWidth || 600, 200);
  const height = 120;
  const axis = 18;
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  const max = Math.max(1, ...buckets.map(b => b.count));
  // A few buckets stay bars, not one block across the page.
  const step = Math.min(width / buckets.length, 48);
  const gap = step > 6 ? 1 : 0;
  const bars = buckets.map((bucket, i) => {
    const barHeight = bucket.count === 0 ? 2 : Math.max(3, ((height - axis - 4) * bucket.count) / max);
    const bar = element("rect", {
      x: i * step + gap / 2, y: height - axis - barHeight, width: Math.max(1, step - gap), height: barHeight,
      class: bucket.count === 0 ? "bar empty" : "bar", tabindex: "0", role: "button",
      "aria-label": `${label(bucket.start)}: ${bucket.count} quote${bucket.count === 1 ? "" : "s"}. Press Enter to show only these.`,
      "data-index": i,
    });
    const title = element("title", {});
    title.textContent = `${label(bucket.start)}: ${bucket.count}`;
    bar.append(title);
    bar.addEventListener("keydown", e => {
      if (e.key === "Enter" || e.key === " ") {
        e.preventDefault();
        onRange(bucket.start, bucketEnd(bucket.start, interval));
      }
    });
    svg.append(bar);
    return bar;
  });

  // Axis labels: first, middle and last bucket.
  const marks = [...new Set([0, Math.floor((buckets.length - 1) / 2), buckets.length - 1])];
  for (const i of marks) {
    const text = element("text", { x: Math.min(Math.max(i * step + step / 2, 30), width - 30), y: height - 4, class: "axis", "text-anchor": i * step + step / 2 < 30 ? "start" : "middle" });
    text.textContent = label(buckets[i].start);
    svg.append(text);
  }

  const selection = element("rect", { class: "selection", y: 0, height: height - axis, x: 0, width: 0, visibility: "hidden" });
  svg.append(selection);
  // The bar under (or nearest to) the pointer, from where the bars really are on screen: the chart may have been
  // scaled or moved since it was drawn (a scrollbar appearing, a narrower window).
  const indexAt = clientX => {
    let nearest = 0;
    let distance = Infinity;
    bars.forEach((bar, i) => {
      const box = bar.getBoundingClientRect();
      const d = clientX < box.left ? box.left - clientX : clientX > box.right ? clientX - box.right : 0;
      if (d < distance) {
        distance = d;
        nearest = i;
      }
    });
    return nearest;
  };
  let anchor = null;
  svg.onpointerdown = e => {
    anchor = indexAt(e.clientX);
    svg.setPointerCapture(e.pointerId);
    show(anchor, anchor);
  };
  svg.onpointermove = e => { if (anchor !== null) show(anchor, indexAt(e.clientX)); };
  svg.onpointerup = e => {
    if (anchor === null) return;
    const [first, last] = [anchor, indexAt(e.clientX)].sort((a, b) => a - b);
    anchor = null;
    selection.setAttribute("visibility", "hidden");
    onRange(buckets[first].start, bucketEnd(buckets[last].start, interval));
  };
  svg.onpointercancel = () => { anchor = null; selection.setAttribute("visibility", "hidden"); };
  function show(a, b) {
    const [first, last] = [a, b].sort((x, y) => x - y);
    selection.setAttribute("x", first * step);
    selection.setAttribute("width", (last - first + 1) * step);
    selection.setAttribute("visibility", "visible");
  }
  return bars;
}
