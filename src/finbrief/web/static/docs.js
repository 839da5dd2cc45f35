// The API explorer: the bundled Swagger UI pointed at this server's OpenAPI document.
(function () {
  "use strict";
  var el = document.getElementById("swagger-ui");
  if (!el || !window.SwaggerUIBundle) return;
  window.SwaggerUIBundle({
    url: el.getAttribute("data-url"),
    dom_id: "#swagger-ui",
    deepLinking: true,
    requestInterceptor: function (req) {
      req.headers["X-CSRF-Token"] = window.finbrief ? window.finbrief.csrf : "";
      return req;
    },
  });
})();
