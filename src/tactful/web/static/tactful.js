// tactful's only script: the "copy" buttons of the draft editor, and the timeline opening on
// today. Everything else works without JavaScript (htmx adds the live parts). No inline script
// anywhere: the CSP forbids it.
"use strict";
(function () {
  function setUpCopy() {
    document.querySelectorAll("[data-copy]").forEach(function (button) {
      if (!navigator.clipboard) return;
      button.hidden = false;
      button.addEventListener("click", function () {
        // The body goes where the message goes, the subject where the subject goes: two
        // buttons, never an English "Subject:" line pasted into the message.
        var what = button.getAttribute("data-copy");
        var form = button.closest("form");
        var field = form.querySelector(what === "subject" ? "[data-copy-subject]" : "[data-copy-body]");
        navigator.clipboard.writeText(field ? field.value : "").then(function () {
          var said = form.querySelector("[data-copied]");
          if (said) said.textContent = said.getAttribute("data-said-" + what) || "";
        });
      });
    });
  }
  function openTimelineOnToday() {
    // The server draws the range around today; this only scrolls the dates to today when the
    // reader chose to see everything.
    document.querySelectorAll("[data-today-x]").forEach(function (box) {
      var x = parseFloat(box.getAttribute("data-today-x"));
      var names = box.querySelector(".tl-name");
      var offset = names ? names.getBoundingClientRect().width : 0;
      if (!isNaN(x)) box.scrollLeft = Math.max(0, x - (box.clientWidth - offset) / 3);
    });
  }
  function setUp() {
    setUpCopy();
    openTimelineOnToday();
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUp);
  } else {
    setUp();
  }
})();
