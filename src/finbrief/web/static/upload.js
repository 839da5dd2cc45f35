// Upload with progress: the bytes as they are sent, then each file as the pipeline finishes it.
(function () {
  "use strict";
  var form = document.getElementById("upload");
  if (!form) return;
  var bar = document.getElementById("bar");
  var state = document.getElementById("state");
  var box = document.getElementById("progress");
  var list = document.getElementById("results");

  function line(item) {
    var li = document.createElement("li");
    var name = document.createElement("bdi");
    name.textContent = item.name || "upload";
    if (item.error) {
      li.className = "fail";
      li.appendChild(document.createTextNode("failed: "));
      li.appendChild(document.createTextNode(item.error));
    } else {
      var a = document.createElement("a");
      a.href = "/documents/" + encodeURIComponent(item.id);
      a.className = "doc";
      a.appendChild(name);
      li.appendChild(a);
      li.appendChild(document.createTextNode(item.added ? " added" : " already in the library"));
    }
    list.appendChild(li);
  }

  function poll(url) {
    fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (r) { return r.json(); })
      .then(function (job) {
        var p = job.progress || { done: 0, total: 1 };
        bar.max = p.total; bar.value = p.done;
        state.textContent = "briefing: " + p.done + " of " + p.total + " done" + (p.failed ? ", " + p.failed + " failed" : "");
        if (job.state === "done") { list.textContent = ""; job.items.forEach(line); }
        else setTimeout(function () { poll(url); }, 500);
      })
      .catch(function (e) { state.textContent = "lost the job: " + e; });
  }

  form.addEventListener("submit", function (e) {
    e.preventDefault();
    var data = new FormData(form);
    data.delete("csrf");
    var files = document.getElementById("files").files;
    if (!files.length) data.delete("files");
    var xhr = new XMLHttpRequest();
    xhr.open("POST", form.getAttribute("action"));
    xhr.setRequestHeader("X-CSRF-Token", window.finbrief.csrf);
    xhr.setRequestHeader("Accept", "application/json");
    box.hidden = false; list.textContent = ""; bar.max = 100; bar.value = 0;
    state.textContent = "sending…";
    xhr.upload.onprogress = function (ev) {
      if (ev.lengthComputable) { bar.max = ev.total; bar.value = ev.loaded; state.textContent = "sending: " + Math.round(100 * ev.loaded / ev.total) + "%"; }
    };
    xhr.upload.onload = function () { state.textContent = "briefing…"; };
    xhr.onload = function () {
      var body = {};
      try { body = JSON.parse(xhr.responseText); } catch (err) { body = { error: xhr.statusText }; }
      if (xhr.status === 202) { poll(body.status_url); return; }
      bar.max = 1; bar.value = 1;
      if (xhr.status >= 400) { state.textContent = "failed"; line({ name: "", error: body.error || xhr.statusText }); return; }
      state.textContent = "done";
      line(body);
    };
    xhr.onerror = function () { state.textContent = "network error"; };
    xhr.send(data);
  });
})();
