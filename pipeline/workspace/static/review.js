/* The gold editor: edits a GoldRecord as JSON, adds items from text selections (with
   their offsets in code points, as Python counts them), saves with a version check.
   Everything user-visible is set with textContent or .value, never innerHTML. */
(function () {
  "use strict";
  var root = document.getElementById("review");
  if (!root) { return; }
  var token = document.querySelector('meta[name="briefing-token"]').content;
  var record = JSON.parse(root.getAttribute("data-draft"));
  var version = root.getAttribute("data-version");
  var origin = root.getAttribute("data-origin");
  var topics = document.getElementById("topics-list").getAttribute("data-topics").split("|");
  var form = document.getElementById("gold-form");
  var articleEl = document.getElementById("article-text");
  var menu = document.getElementById("selection-menu");
  var problems = document.getElementById("problems");
  var saveState = document.getElementById("save-state");
  var dirty = false;
  function humanTime(iso) {
    // "18:20:05, 7 Dec 2026" in the reader's time zone; the exact timestamp stays in the tooltip.
    var d = new Date(iso);
    if (isNaN(d.getTime())) { return iso; }
    var time = d.toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit", second: "2-digit" });
    var day = d.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric" });
    return time + ", " + day;
  }
  var gold = record.gold = record.gold || {};
  var QUESTIONS = ["who", "what", "when", "where", "why", "how"];
  var MARK = "__s"; // review state of an item: model | accepted | rejected | added

  ["actors", "events", "quotes", "relations", "key_points"].forEach(function (name) {
    (gold[name] || []).forEach(function (item) { item[MARK] = origin === "model" ? "model" : "accepted"; });
  });

  function touch() {
    dirty = true;
    saveState.textContent = "unsaved changes";
  }
  window.addEventListener("beforeunload", function (event) {
    if (dirty) { event.preventDefault(); event.returnValue = ""; }
  });

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined) { node.textContent = text; }
    return node;
  }
  function alts(list) { return (list || []).join(" | "); }
  function splitAlts(value) {
    return value.split("|").map(function (s) { return s.trim(); }).filter(function (s) { return s; });
  }
  function field(parent, label, value, onChange, opts) {
    opts = opts || {};
    var wrap = el("label", {}, label);
    var input = opts.multiline ? el("textarea") : el("input", { type: "text" });
    input.value = value == null ? "" : value;
    input.setAttribute("data-field", opts.key || label);
    input.addEventListener("input", function () { onChange(input.value); touch(); });
    wrap.appendChild(input);
    parent.appendChild(wrap);
    return input;
  }
  function select(parent, label, options, value, onChange, key) {
    var wrap = el("label", {}, label);
    var sel = el("select", { "data-field": key || label });
    options.forEach(function (o) {
      var opt = el("option", { value: o[0] }, o[1]);
      if (o[0] === value) { opt.selected = true; }
      sel.appendChild(opt);
    });
    sel.addEventListener("change", function () { onChange(sel.value); touch(); });
    wrap.appendChild(sel);
    parent.appendChild(wrap);
    return sel;
  }

  /* -- spans: code-point offsets <-> DOM ranges in the article ------------------ */
  function cpLength(s) { return Array.from(s).length; }
  function rangeFor(start, end) {
    if (!articleEl || !articleEl.firstChild) { return null; }
    var text = articleEl.textContent, units = 0, cps = 0, a = null, b = null;
    for (var i = 0; i <= text.length; ) {
      if (cps === start && a === null) { a = i; }
      if (cps === end) { b = i; break; }
      var code = text.codePointAt(i);
      i += code > 0xffff ? 2 : 1; cps += 1;
      if (i > text.length) { break; }
    }
    if (a === null || b === null) { return null; }
    var range = document.createRange();
    range.setStart(articleEl.firstChild, a);
    range.setEnd(articleEl.firstChild, b);
    return range;
  }
  function showSpan(span) {
    var range = rangeFor(span.start, span.end);
    if (!range) { return; }
    var sel = window.getSelection();
    sel.removeAllRanges(); sel.addRange(range);
    var box = range.getBoundingClientRect();
    var panel = articleEl.closest(".panel");
    panel.scrollTop += box.top - panel.getBoundingClientRect().top - 80;
  }
  function spanChip(parent, span, label) {
    if (!span) { return; }
    var chip = el("span", { "class": "span-chip", title: "show in the article" },
      (label ? label + " " : "") + span.start + "–" + span.end);
    chip.addEventListener("click", function () { showSpan(span); });
    parent.appendChild(chip);
  }

  /* -- list items with accept / reject / remove --------------------------------- */
  function itemBox(listName, list, index, build) {
    var item = list[index];
    var box = el("div", { "class": "gitem " + (item[MARK] || "added"), "data-index": String(index) });
    build(box, item);
    var tools = el("div", { "class": "tools" });
    if (item[MARK] === "model" || item[MARK] === "accepted" || item[MARK] === "rejected") {
      var accept = el("button", { type: "button", "data-action": "accept", title: "the model got this right" }, "✓ accept");
      var reject = el("button", { type: "button", "data-action": "reject", title: "leave this out of the gold" }, "✗ reject");
      accept.addEventListener("click", function () { item[MARK] = "accepted"; touch(); render(); });
      reject.addEventListener("click", function () { item[MARK] = "rejected"; touch(); render(); });
      tools.appendChild(accept); tools.appendChild(reject);
      tools.appendChild(el("span", { "class": "muted" }, item[MARK] === "model" ? "from the model" : item[MARK]));
    } else {
      var remove = el("button", { type: "button", "data-action": "remove" }, "remove");
      remove.addEventListener("click", function () { list.splice(index, 1); touch(); render(); });
      tools.appendChild(remove);
      tools.appendChild(el("span", { "class": "muted" }, "added by you"));
    }
    box.appendChild(tools);
    return box;
  }
  function section(title, listName, build, blank) {
    var fs = el("fieldset", { "data-list": listName });
    fs.appendChild(el("legend", {}, title));
    var list = gold[listName] = gold[listName] || [];
    list.forEach(function (_, i) { fs.appendChild(itemBox(listName, list, i, build)); });
    var add = el("button", { type: "button", "data-add-item": listName }, "+ add " + title.replace(/s$/, "").toLowerCase());
    add.addEventListener("click", function () { var item = blank(); item[MARK] = "added"; list.push(item); touch(); render(); });
    fs.appendChild(add);
    form.appendChild(fs);
  }
  function row(box) { var r = el("div", { "class": "row" }); box.appendChild(r); return r; }

  function render() {
    var scroll = window.scrollY;
    form.textContent = "";
    if (record.disagreements && Object.keys(record.disagreements).length) {
      var dis = el("fieldset", { "data-list": "disagreements", "class": "disagreements" });
      dis.appendChild(el("legend", {}, "disagreements to adjudicate (the first annotator's value is below)"));
      Object.keys(record.disagreements).forEach(function (name) {
        var box = el("div", { "class": "gitem", "data-field-name": name });
        box.appendChild(el("strong", {}, name));
        var values = record.disagreements[name];
        Object.keys(values).forEach(function (who) {
          box.appendChild(el("pre", { "class": "value" }, who + ": " + JSON.stringify(values[who], null, 1)));
        });
        var done = el("button", { type: "button", "data-action": "resolved" }, "resolved");
        done.addEventListener("click", function () {
          delete record.disagreements[name];
          if (!Object.keys(record.disagreements).length) { delete record.disagreements; }
          touch(); render();
        });
        box.appendChild(done);
        dis.appendChild(box);
      });
      form.appendChild(dis);
    }
    var top = el("fieldset", { "data-list": "text" });
    top.appendChild(el("legend", {}, "headline and summary"));
    field(top, "headline (alternatives separated by |)", alts(gold.headline), function (v) { gold.headline = splitAlts(v); }, { key: "headline" });
    field(top, "summary", (gold.summary || []).join("\n"), function (v) { gold.summary = v.trim() ? [v] : []; }, { key: "summary", multiline: true });
    form.appendChild(top);

    section("Actors", "actors", function (box, a) {
      var r = row(box);
      field(r, "names (canonical | aliases)", alts(a.names), function (v) { a.names = splitAlts(v); }, { key: "names" });
      select(r, "kind", [["person", "person"], ["organisation", "organisation"], ["country", "country"], ["other", "other"]], a.kind, function (v) { a.kind = v; }, "kind");
      field(r, "role", Array.isArray(a.role) ? alts(a.role) : a.role, function (v) { a.role = v.trim() || null; }, { key: "role" });
      field(r, "affiliation", a.affiliation, function (v) { a.affiliation = v.trim() || null; }, { key: "affiliation" });
      (a.spans || []).forEach(function (s) { spanChip(box, s, "span"); });
    }, function () { return { names: [], kind: "person" }; });

    section("Quotes", "quotes", function (box, q) {
      field(box, "text (verbatim)", q.text, function (v) { q.text = v; }, { key: "text", multiline: true });
      field(box, "speaker (| aliases)", alts(q.speaker), function (v) { q.speaker = splitAlts(v); if (!q.speaker.length) { q.speaker = null; } }, { key: "speaker" });
      spanChip(box, q.span, "span");
    }, function () { return { text: "" }; });

    section("Events", "events", function (box, e) {
      field(box, "what (| alternatives)", alts(e.what), function (v) { e.what = splitAlts(v); }, { key: "what" });
      var r = row(box);
      field(r, "when (YYYY[-MM[-DD]])", e.when, function (v) { e.when = v.trim() || null; }, { key: "when" });
      field(r, "when as written", e.when_text, function (v) { e.when_text = v.trim() || null; }, { key: "when_text" });
      field(r, "where", e.where, function (v) { e.where = v.trim() || null; }, { key: "where" });
      spanChip(box, e.when_span, "date"); spanChip(box, e.where_span, "place");
    }, function () { return { what: [] }; });

    section("Relations", "relations", function (box, rel) {
      var r = row(box);
      field(r, "parties (| separated)", alts(rel.parties), function (v) { rel.parties = splitAlts(v); }, { key: "parties" });
      field(r, "kind", Array.isArray(rel.kind) ? alts(rel.kind) : rel.kind, function (v) { rel.kind = v.trim(); }, { key: "kind" });
      field(r, "description", rel.description, function (v) { rel.description = v.trim() || null; }, { key: "description" });
    }, function () { return { parties: [], kind: "" }; });

    section("Key points", "key_points", function (box, p) {
      field(box, "key point (| alternatives)", alts(p.alternatives), function (v) { p.alternatives = splitAlts(v); }, { key: "alternatives" });
      spanChip(box, p.span, "span");
    }, function () { return { alternatives: [] }; });

    var fw = el("fieldset", { "data-list": "five_w1h" });
    fw.appendChild(el("legend", {}, "5W1H"));
    gold.five_w1h = gold.five_w1h || {};
    QUESTIONS.forEach(function (q) {
      var value = gold.five_w1h[q];
      var box = el("div", { "class": "gitem", "data-question": q });
      var state = value == null ? "" : (value === "not stated" ? "not stated" : "answers");
      select(box, q, [["", "unlabelled"], ["not stated", "not stated in the article"], ["answers", "answers"]], state, function (v) {
        gold.five_w1h[q] = v === "" ? null : (v === "not stated" ? "not stated" : (Array.isArray(value) ? value : []));
        render();
      }, "state");
      if (Array.isArray(value)) {
        value.forEach(function (phrase, i) {
          var line = row(box);
          field(line, q + " answer (| alternatives)", alts(phrase.alternatives), function (v) { phrase.alternatives = splitAlts(v); }, { key: "answer" });
          spanChip(line, phrase.span, "span");
          var rm = el("button", { type: "button", "data-action": "remove" }, "remove");
          rm.addEventListener("click", function () { value.splice(i, 1); touch(); render(); });
          line.appendChild(rm);
        });
      }
      fw.appendChild(box);
    });
    form.appendChild(fw);

    var tp = el("fieldset", { "data-list": "topics" });
    tp.appendChild(el("legend", {}, "topics"));
    var choices = el("div", { "class": "topic-choices" });
    gold.topics = gold.topics || [];
    topics.forEach(function (t) {
      var lab = el("label");
      var box = el("input", { type: "checkbox", value: t, "data-topic": t });
      box.checked = gold.topics.indexOf(t) >= 0;
      box.addEventListener("change", function () {
        gold.topics = topics.filter(function (x) { return x === t ? box.checked : gold.topics.indexOf(x) >= 0; });
        touch();
      });
      lab.appendChild(box); lab.appendChild(document.createTextNode(" " + t));
      choices.appendChild(lab);
    });
    tp.appendChild(choices);
    form.appendChild(tp);

    var nt = el("fieldset", { "data-list": "notes" });
    nt.appendChild(el("legend", {}, "notes for other annotators"));
    field(nt, "notes", record.notes, function (v) { record.notes = v.trim() || null; }, { key: "notes", multiline: true });
    form.appendChild(nt);
    window.scrollTo(0, scroll);
  }

  /* -- text selection -> new item ------------------------------------------------ */
  var picked = null;
  function selectionOffsets() {
    var sel = window.getSelection();
    if (!articleEl || !sel.rangeCount || sel.isCollapsed) { return null; }
    var range = sel.getRangeAt(0);
    if (!articleEl.contains(range.startContainer) || !articleEl.contains(range.endContainer)) { return null; }
    var before = document.createRange();
    before.setStart(articleEl, 0);
    before.setEnd(range.startContainer, range.startOffset);
    var raw = range.toString();
    var text = raw.trim();
    if (!text) { return null; }
    var lead = raw.length - raw.replace(/^\s+/, "").length;
    var start = cpLength(before.toString()) + cpLength(raw.slice(0, lead));
    return { start: start, end: start + cpLength(text), text: text, rect: range.getBoundingClientRect() };
  }
  if (articleEl) {
    articleEl.addEventListener("mouseup", function () {
      setTimeout(function () {
        picked = selectionOffsets();
        if (!picked) { menu.hidden = true; return; }
        menu.style.top = Math.min(window.innerHeight - 80, picked.rect.bottom + 6) + "px";
        menu.style.left = Math.max(8, Math.min(window.innerWidth - 470, picked.rect.left)) + "px";
        menu.hidden = false;
      }, 0);
    });
    menu.querySelectorAll("button[data-add]").forEach(function (button) {
      button.addEventListener("mousedown", function (event) { event.preventDefault(); });
      button.addEventListener("click", function () {
        if (!picked) { return; }
        addFromSelection(button.getAttribute("data-add"), picked);
        menu.hidden = true; picked = null;
        window.getSelection().removeAllRanges();
        touch(); render();
      });
    });
  }
  function addFromSelection(kind, p) {
    var span = { start: p.start, end: p.end };
    var push = function (list, item) { item[MARK] = "added"; (gold[list] = gold[list] || []).push(item); };
    if (kind === "actor") { push("actors", { names: [p.text], kind: "person", spans: [span] }); }
    else if (kind === "quote") { push("quotes", { text: p.text, span: span }); }
    else if (kind === "when") { push("events", { what: [], when_text: p.text, when_span: span }); }
    else if (kind === "where") { push("events", { what: [], where: p.text, where_span: span }); }
    else {
      var q = kind.replace("fw-", "");
      gold.five_w1h = gold.five_w1h || {};
      if (!Array.isArray(gold.five_w1h[q])) { gold.five_w1h[q] = []; }
      gold.five_w1h[q].push({ alternatives: [p.text], span: span });
    }
  }

  /* -- save ---------------------------------------------------------------------- */
  function cleaned() {
    var out = JSON.parse(JSON.stringify(record, function (key, value) { return key === MARK ? undefined : value; }));
    ["actors", "events", "quotes", "relations", "key_points"].forEach(function (name) {
      if (!gold[name]) { return; }
      out.gold[name] = gold[name].map(function (item, i) { return [item, out.gold[name][i]]; })
        .filter(function (pair) { return pair[0][MARK] !== "rejected"; })
        .map(function (pair) { return pair[1]; });
    });
    return out;
  }
  function showProblems(message, list) {
    problems.textContent = "";
    problems.appendChild(el("div", {}, message));
    (list || []).forEach(function (p) { problems.appendChild(el("div", { "class": "problem" }, p.field + ": " + p.message)); });
    problems.hidden = false;
  }
  document.getElementById("save").addEventListener("click", function () {
    saveState.textContent = "saving…";
    fetch("/api/gold?run=" + encodeURIComponent(root.getAttribute("data-run")), {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-Briefing-Token": token },
      body: JSON.stringify({ record: cleaned(), base_version: version })
    }).then(function (response) {
      return response.json().then(function (body) { return { status: response.status, body: body }; });
    }).then(function (result) {
      if (result.status === 200) {
        version = result.body.version;
        root.setAttribute("data-version", version);
        dirty = false;
        problems.hidden = true;
        saveState.textContent = "saved at " + humanTime(result.body.labelled_at) + " to " + result.body.file;
        saveState.title = result.body.labelled_at;
      } else {
        saveState.textContent = result.status === 409 ? "not saved: conflict" : "not saved";
        showProblems(result.body.error || "could not save", result.body.problems);
      }
    }).catch(function (err) { saveState.textContent = "not saved"; showProblems("could not reach the workspace: " + err); });
  });

  render();
})();
