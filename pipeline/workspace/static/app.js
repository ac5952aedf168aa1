/* Runs page: sortable columns and live counts for running runs. No dependencies. */
(function () {
  "use strict";
  document.querySelectorAll("table.sortable").forEach(function (table) {
    var heads = table.querySelectorAll("th");
    heads.forEach(function (th, col) {
      th.addEventListener("click", function () {
        var asc = !th.classList.contains("sorted-asc");
        heads.forEach(function (h) { h.classList.remove("sorted-asc", "sorted-desc"); });
        th.classList.add(asc ? "sorted-asc" : "sorted-desc");
        var numeric = th.getAttribute("data-sort") === "num";
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (r1, r2) {
          var c1 = r1.cells[col], c2 = r2.cells[col];
          var v1 = c1.getAttribute("data-value") || c1.textContent.trim();
          var v2 = c2.getAttribute("data-value") || c2.textContent.trim();
          var cmp = numeric ? (parseFloat(v1) - parseFloat(v2)) : v1.localeCompare(v2);
          return asc ? cmp : -cmp;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  });
  var runs = document.getElementById("runs");
  function poll() {
    if (!runs || !runs.querySelector("tr.status-running")) { return; }
    fetch("/api/runs", { credentials: "same-origin" }).then(function (r) { return r.json(); }).then(function (list) {
      list.forEach(function (run) {
        var row = runs.querySelector('tr[data-run="' + CSS.escape(run.name) + '"]');
        if (!row) { return; }
        ["read", "ok", "errors", "tokens", "partial"].forEach(function (name) {
          var cell = row.querySelector('[data-field="' + name + '"]');
          if (cell && run[name] !== null) { cell.textContent = Number(run[name]).toLocaleString("en"); cell.setAttribute("data-value", run[name]); }
        });
        row.className = "status-" + run.status;
        var badge = row.querySelector(".status .badge");
        badge.textContent = run.badge; badge.className = "badge badge-" + run.badge_kind;
        if (run.problem) { badge.title = run.problem; } else { badge.removeAttribute("title"); }
      });
      setTimeout(poll, 2000);
    }).catch(function () { setTimeout(poll, 5000); });
  }
  setTimeout(poll, 2000);
})();
