// RestFramework browsable API: sends PUT, PATCH, DELETE and OPTIONS from HTML forms with fetch and shows the page answered.
(function () {
  "use strict";
  function csrfToken(form) {
    var input = form.querySelector("input[name=csrfmiddlewaretoken]");
    return input ? input.value : "";
  }
  function show(response) {
    return response.text().then(function (html) {
      if (response.redirected && response.url) {
        history.replaceState(null, "", response.url);
      }
      document.open();
      document.write(html);
      document.close();
    });
  }
  function send(form, method, body, contentType) {
    var headers = { "Accept": "text/html", "X-CSRFToken": csrfToken(form) };
    if (contentType) {
      headers["Content-Type"] = contentType;
    }
    return fetch(form.action, { method: method, body: body, headers: headers, credentials: "same-origin" }).then(show);
  }
  document.addEventListener("submit", function (event) {
    var form = event.target;
    var method = (event.submitter && event.submitter.getAttribute("data-method")) || form.getAttribute("data-method");
    if (!method) {
      return;
    }
    if (form.getAttribute("data-raw")) {
      event.preventDefault();
      var content = form.querySelector("textarea[name=_content]").value;
      var contentType = form.querySelector("select[name=_content_type]").value;
      send(form, method, content, contentType);
      return;
    }
    if (method === "POST") {
      return;
    }
    event.preventDefault();
    if (method === "DELETE" && !window.confirm("Are you sure you want to delete this?")) {
      return;
    }
    send(form, method, method === "OPTIONS" ? undefined : new FormData(form));
  });
})();
