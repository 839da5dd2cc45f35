// Shared by every page: the CSRF token for requests that change something.
(function () {
  "use strict";
  var meta = document.querySelector('meta[name="csrf-token"]');
  window.finbrief = {
    csrf: meta ? meta.getAttribute("content") : "",
  };
})();
