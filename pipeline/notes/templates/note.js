(function () {
  "use strict";
  var inspector = document.getElementById("inspector");
  function marksFor(key) {
    return document.querySelectorAll('mark.hl[data-keys~="' + key + '"]');
  }
  function clearActive() {
    document.querySelectorAll("mark.hl.active").forEach(function (m) { m.classList.remove("active"); });
  }
  function show(mark) {
    if (!inspector) { return; }
    inspector.textContent = mark.getAttribute("title") || "";
    inspector.hidden = false;
  }
  document.querySelectorAll(".item[data-key]").forEach(function (item) {
    item.addEventListener("click", function (event) {
      if (event.target.closest("details")) { return; }
      clearActive();
      var marks = [];
      item.getAttribute("data-key").split(" ").forEach(function (key) {
        marksFor(key).forEach(function (m) { m.classList.add("active"); marks.push(m); });
      });
      if (marks.length) {
        marks[0].scrollIntoView({ block: "center", behavior: "smooth" });
        show(marks[0]);
      }
    });
  });
  function support(claim, on) {
    var key = claim.getAttribute("data-claim");
    document.querySelectorAll('[data-support~="' + key + '"]').forEach(function (el) {
      el.classList.toggle("supporting", on);
    });
  }
  document.querySelectorAll(".claim[data-claim]").forEach(function (claim) {
    claim.addEventListener("mouseenter", function () { support(claim, true); });
    claim.addEventListener("mouseleave", function () { support(claim, false); });
    claim.addEventListener("focus", function () { support(claim, true); });
    claim.addEventListener("blur", function () { support(claim, false); });
  });
  if (inspector) {
    inspector.addEventListener("click", function () { inspector.hidden = true; clearActive(); });
  }
  document.querySelectorAll("mark.hl").forEach(function (mark) {
    mark.addEventListener("click", function () { clearActive(); mark.classList.add("active"); show(mark); });
    mark.addEventListener("focus", function () { show(mark); });
  });
})();
