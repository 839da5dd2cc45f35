// Timeline charts (uPlot, bundled): one chart per series; each point's sources on hover;
// points in conflict ringed in red. Every text is set with textContent, never as HTML.
(function () {
  "use strict";
  var holder = document.getElementById("charts");
  var raw = document.getElementById("timeline-data");
  if (!holder || !raw || !window.uPlot) return;
  var data = JSON.parse(raw.textContent);
  var tip = document.getElementById("tip");
  var SCALES = [[1e12, " tn"], [1e9, " bn"], [1e6, " m"], [1e3, " k"]];

  function fmt(v, unit) {
    if (v == null) return "";
    if (unit === "%") return v + "%";
    if (unit === "pp" || unit === "bps" || unit === "x") return v + " " + unit;
    var s = String(v);
    for (var i = 0; i < SCALES.length; i++) {
      if (Math.abs(v) >= SCALES[i][0]) { s = (v / SCALES[i][0]).toPrecision(4).replace(/\.?0+$/, "") + SCALES[i][1]; break; }
    }
    return unit && unit !== "count" ? unit + " " + s : s;
  }
  function base(p) { return (p.source || "").split(/[\\/]/).pop() || p.title || String(p.doc_id).slice(0, 8); }
  function quarterIndex(q) { var m = /^(\d{4})Q([1-4])$/.exec(q); return m ? (+m[1]) * 4 + (+m[2]) - 1 : null; }
  function quarterLabel(i) { return Math.floor(i / 4) + "Q" + ((i % 4) + 1); }

  data.series.forEach(function (s) {
    var pts = s.points.filter(function (p) { return quarterIndex(p.period) != null; })
      .sort(function (a, b) { return quarterIndex(a.period) - quarterIndex(b.period) || a.value - b.value; });
    if (!pts.length) return;
    var unit = pts[0].unit;
    var xs = pts.map(function (p) { return quarterIndex(p.period) + 0; });
    // Several values in one quarter (disagreeing figures) sit side by side, a little apart.
    for (var i = 1; i < xs.length; i++) if (Math.floor(xs[i]) === Math.floor(xs[i - 1])) xs[i] = xs[i - 1] + 0.12;
    var ys = pts.map(function (p) { return p.value; });
    var cs = pts.map(function (p) { return p.conflict && p.conflict.length ? p.value : null; });

    var box = document.createElement("div");
    box.className = "chart";
    var h = document.createElement("h2");
    h.textContent = (s.company || "?") + " · " + s.subject + " · " + s.metric + (s.change ? " · " + s.change : "") + " (" + unit + ")";
    box.appendChild(h);
    var plotEl = document.createElement("div");
    box.appendChild(plotEl);
    holder.appendChild(box);
    var width = Math.max(280, Math.min(1000, box.clientWidth - 18));
    var opts = {
      width: width, height: 280,
      scales: { x: { time: false } },
      legend: { show: false },
      cursor: { points: { size: 10 } },
      axes: [
        { values: function (u, splits) { return splits.map(function (v) { return Number.isInteger(v) ? quarterLabel(v) : ""; }); } },
        { size: 70, values: function (u, splits) { return splits.map(function (v) { return fmt(v, unit === "%" ? "%" : ""); }); } },
      ],
      series: [
        {},
        { label: s.metric, stroke: "#2b6cb0", width: 2, points: { show: true, size: 8, fill: "#2b6cb0" } },
        { label: "conflict", stroke: "#c53030", width: 0, paths: function () { return null; }, points: { show: true, size: 14, width: 2, stroke: "#c53030", fill: "rgba(0,0,0,0)" } },
      ],
      hooks: {
        setCursor: [function (u) {
          var i = u.cursor.idx;
          if (i == null || u.cursor.left < 0) { tip.hidden = true; return; }
          var p = pts[i];
          tip.textContent = "";
          var head = document.createElement("div");
          head.textContent = p.period + ": " + fmt(p.value, p.unit);
          tip.appendChild(head);
          if (p.conflict && p.conflict.length) {
            var c = document.createElement("div"); c.className = "c";
            c.textContent = "conflict: " + p.conflict.join(" + "); tip.appendChild(c);
          }
          p.sources.forEach(function (src) {
            var d = document.createElement("div");
            d.textContent = base(src) + " ¶" + src.paragraph + (src.raw ? " · " + src.raw : "");
            tip.appendChild(d);
          });
          var r = u.over.getBoundingClientRect();
          tip.style.left = Math.min(window.innerWidth - 370, r.left + u.cursor.left + 14) + "px";
          tip.style.top = (r.top + u.cursor.top + 14) + "px";
          tip.hidden = false;
        }],
      },
    };
    var plot = new window.uPlot(opts, [xs, ys, cs], plotEl);
    plot.over.addEventListener("mouseleave", function () { tip.hidden = true; });
    box.setAttribute("data-points", String(pts.length));
    box.setAttribute("data-conflicts", String(cs.filter(function (v) { return v != null; }).length));

    // The same points as a table: readable without a mouse, and on a phone.
    var wrap = document.createElement("div"); wrap.className = "table-wrap";
    var table = document.createElement("table"); table.className = "points";
    var head = table.createTHead().insertRow();
    ["period", "value", "sources"].forEach(function (t) { var th = document.createElement("th"); th.textContent = t; head.appendChild(th); });
    var body = table.createTBody();
    pts.forEach(function (p) {
      var row = body.insertRow();
      row.insertCell().textContent = p.period;
      var v = row.insertCell(); v.textContent = fmt(p.value, p.unit) + (p.conflict && p.conflict.length ? "  ⚠ " + p.conflict.join("+") : "");
      if (p.conflict && p.conflict.length) v.className = "conflict";
      var cell = row.insertCell();
      p.sources.forEach(function (src, k) {
        if (k) cell.appendChild(document.createTextNode(", "));
        var a = document.createElement("a");
        a.href = "/documents/" + encodeURIComponent(src.doc_id) + "#p-" + src.paragraph;
        a.textContent = base(src) + " ¶" + src.paragraph;
        cell.appendChild(a);
      });
    });
    wrap.appendChild(table);
    box.appendChild(wrap);
  });
  holder.setAttribute("data-drawn", String(holder.querySelectorAll(".chart").length));
})();
