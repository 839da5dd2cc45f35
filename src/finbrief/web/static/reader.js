// The reader: tabs, and [n] citations that scroll the source to paragraph n and highlight it.
(function () {
  "use strict";
  var last = null, item = null;
  function show(n, scroll) {
    var el = document.getElementById("p-" + n);
    if (!el) return;
    if (last) last.classList.remove("hl");
    el.classList.add("hl");
    last = el;
    if (scroll) el.scrollIntoView({ behavior: "smooth", block: "center" });
  }
  function tab(name) {
    document.querySelectorAll(".tabs [data-tab]").forEach(function (b) {
      var on = b.getAttribute("data-tab") === name;
      b.setAttribute("aria-selected", on ? "true" : "false");
      var panel = document.getElementById("tab-" + b.getAttribute("data-tab"));
      if (panel) panel.hidden = !on;
    });
  }
  document.addEventListener("click", function (e) {
    var t = e.target;
    if (!(t instanceof Element)) return;
    var b = t.closest(".tabs [data-tab]");
    if (b) { tab(b.getAttribute("data-tab")); return; }
    var a = t.closest("a.cite");
    if (!a) return;
    e.preventDefault();
    var n = a.getAttribute("data-n");
    show(n, true);
    var li = a.closest("li, tr");
    if (item) item.classList.remove("active");
    if (li) { li.classList.add("active"); item = li; }
    if (history.replaceState) history.replaceState(null, "", location.search + "#p-" + n);
  });
  // The language switch keeps the open tab and the highlighted paragraph.
  document.querySelectorAll(".langs a[data-lang]").forEach(function (a) {
    a.addEventListener("click", function () {
      var open = document.querySelector('.tabs [aria-selected="true"]');
      var tabName = open ? open.getAttribute("data-tab") : "brief";
      a.setAttribute("href", "?lang=" + encodeURIComponent(a.getAttribute("data-lang")) +
        "&tab=" + encodeURIComponent(tabName) + (last ? "#p-" + last.getAttribute("data-n") : ""));
    });
  });
  var want = new URLSearchParams(location.search).get("tab");
  if (want && document.getElementById("tab-" + want)) tab(want);
  var m = /^#p-(\d+)$/.exec(location.hash);
  if (m) show(m[1], true);
})();
