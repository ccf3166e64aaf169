// tactful's only script: the "copy" button of the draft editor. Everything else works without
// JavaScript (htmx adds the live parts). No inline script anywhere: the CSP forbids it.
"use strict";
(function () {
  function setUp() {
    document.querySelectorAll("[data-copy]").forEach(function (button) {
      if (!navigator.clipboard) return;
      button.hidden = false;
      button.addEventListener("click", function () {
        var form = button.closest("form");
        var subject = form.querySelector("[data-copy-subject]");
        var body = form.querySelector("[data-copy-body]");
        var text = (subject ? "Subject: " + subject.value + "\n\n" : "") + (body ? body.value : "");
        navigator.clipboard.writeText(text).then(function () {
          var said = form.querySelector("[data-copied]");
          if (said) said.hidden = false;
        });
      });
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUp);
  } else {
    setUp();
  }
})();
