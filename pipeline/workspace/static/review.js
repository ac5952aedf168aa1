/* The gold editor: edits a GoldRecord as JSON, adds items from text selections (with
   their offsets in code points, as Python counts them), saves with a version check.
   Review state: the record's `suggestions` (the model's items nobody reviewed) and its
   `gold` (reviewed items, each with an origin) are shown together; only items a person
   accepted, edited or added are saved as gold, the rest go back to `suggestions`.
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
  var reviewState = document.getElementById("review-state");
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
  var MARK = "__s"; // review state of an item: model (unreviewed) | accepted | rejected | added | hand
  var EDITED = "__e"; // a model item the annotator changed (saved with origin "edited")
  var LISTS = ["actors", "events", "quotes", "relations", "key_points"];
  var WHOLE = ["headline", "summary", "topics"];
  var sugg = record.suggestions || {};
  delete record.suggestions;
  var labelled = {}; // field -> the saved gold labelled it (even as an empty list)
  var whole = {}; // headline | summary | topics -> {mark, edited}

  function markOf(itemOrigin) {
    if (itemOrigin === "model" || itemOrigin === "edited") { return "accepted"; }
    return itemOrigin === "added" ? "added" : "hand";
  }
  function loaded(item, pending) {
    item[MARK] = pending ? "model" : markOf(item.origin);
    if (!pending && item.origin === "edited") { item[EDITED] = true; }
    return item;
  }
  LISTS.forEach(function (name) {
    labelled[name] = gold[name] != null;
    gold[name] = (gold[name] || []).map(function (it) { return loaded(it, false); })
      .concat((sugg[name] || []).map(function (it) { return loaded(it, true); }));
  });
  var origins = gold.origins || {};
  delete gold.origins;
  WHOLE.forEach(function (name) {
    if (gold[name] != null) {
      whole[name] = { mark: markOf(origins[name]), edited: origins[name] === "edited" };
    } else if (sugg[name] != null) {
      gold[name] = sugg[name];
      whole[name] = { mark: "model", edited: false };
    } else {
      whole[name] = { mark: "added", edited: false }; // saved once the annotator fills it in
    }
  });
  var suggFw = sugg.five_w1h || {};
  gold.five_w1h = gold.five_w1h || {};
  var fwLabelled = {};
  ["who", "what", "when", "where", "why", "how"].forEach(function (q) {
    var value = gold.five_w1h[q];
    fwLabelled[q] = value != null;
    if (value === "not stated") { return; }
    var pending = (suggFw[q] || []).map(function (it) { return loaded(it, true); });
    var reviewed = (value || []).map(function (it) { return loaded(it, false); });
    gold.five_w1h[q] = reviewed.length || pending.length ? reviewed.concat(pending) : value;
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
    input.addEventListener("input", function () { onChange(input.value); edited(opts.item); refreshBox(input, opts.item); touch(); });
    wrap.appendChild(input);
    parent.appendChild(wrap);
    return input;
  }
  /* A person changed this item: a model item becomes reviewed, with origin "edited". */
  function edited(item) {
    if (!item) { return; }
    if (item.whole) {
      var state = whole[item.whole];
      if (state.mark === "model") { state.mark = "accepted"; }
      state.edited = true;
      markWhole(item.whole);
      return;
    }
    if (item[MARK] === "model" || item[MARK] === "accepted") {
      item[MARK] = "accepted"; item[EDITED] = true;
    }
  }
  /* Show an item's new review state without re-rendering (the input keeps its focus). */
  function refreshBox(input, item) {
    var box = input.closest(".gitem");
    if (!item || item.whole || !box || !item[MARK]) { return; }
    box.classList.remove("model", "accepted", "rejected", "added", "hand");
    box.classList.add(item[MARK]);
    box.setAttribute("data-state", item[MARK]);
    var label = box.querySelector(".review-state");
    if (label) { label.textContent = stateWords(item[MARK], item[EDITED]); }
  }
  function select(parent, label, options, value, onChange, key, opts) {
    var wrap = el("label", {}, label);
    var sel = el("select", { "data-field": key || label });
    options.forEach(function (o) {
      var opt = el("option", { value: o[0] }, o[1]);
      if (o[0] === value) { opt.selected = true; }
      sel.appendChild(opt);
    });
    sel.addEventListener("change", function () { onChange(sel.value); edited(opts && opts.item); refreshBox(sel, opts && opts.item); touch(); });
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
  var STATE_WORDS = {
    model: "from the model, not reviewed",
    accepted: "accepted",
    rejected: "rejected",
    added: "added by you",
    hand: "reviewed (hand-written)"
  };
  function stateWords(mark, wasEdited) {
    return mark === "accepted" && wasEdited ? "edited" : STATE_WORDS[mark];
  }
  function reviewTools(item, list, index) {
    var tools = el("div", { "class": "tools" });
    if (item[MARK] === "model" || item[MARK] === "accepted" || item[MARK] === "rejected") {
      var accept = el("button", { type: "button", "data-action": "accept", title: "the model got this right" }, "✓ accept");
      var reject = el("button", { type: "button", "data-action": "reject", title: "leave this out of the gold" }, "✗ reject");
      accept.addEventListener("click", function () { item[MARK] = "accepted"; touch(); render(); });
      reject.addEventListener("click", function () { item[MARK] = "rejected"; touch(); render(); });
      tools.appendChild(accept); tools.appendChild(reject);
    } else {
      var remove = el("button", { type: "button", "data-action": "remove" }, "remove");
      remove.addEventListener("click", function () { list.splice(index, 1); touch(); render(); });
      tools.appendChild(remove);
    }
    tools.appendChild(el("span", { "class": "muted review-state" }, stateWords(item[MARK], item[EDITED])));
    return tools;
  }
  function itemBox(listName, list, index, build) {
    var item = list[index];
    var box = el("div", { "class": "gitem " + (item[MARK] || "added"), "data-index": String(index), "data-state": item[MARK] || "added" });
    build(box, item);
    box.appendChild(reviewTools(item, list, index));
    return box;
  }
  /* headline, summary and topics: one value each, reviewed as a whole */
  function markWhole(name) {
    var box = form.querySelector('[data-whole="' + name + '"]');
    if (!box) { return; }
    var state = whole[name];
    box.className = "gitem " + state.mark;
    box.setAttribute("data-state", state.mark);
    box.querySelector(".review-state").textContent = stateWords(state.mark, state.edited);
  }
  function wholeBox(parent, name, build) {
    var box = el("div", { "class": "gitem", "data-whole": name });
    build(box);
    var tools = el("div", { "class": "tools" });
    if (whole[name].mark === "model" || whole[name].mark === "accepted") {
      var accept = el("button", { type: "button", "data-action": "accept", title: "the model got this right" }, "✓ accept");
      accept.addEventListener("click", function () { whole[name].mark = "accepted"; markWhole(name); touch(); });
      tools.appendChild(accept);
    }
    tools.appendChild(el("span", { "class": "muted review-state" }, ""));
    box.appendChild(tools);
    parent.appendChild(box);
    markWhole(name);
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

  /* -- adjudication after `briefing gold merge`: differing items side by side ---------- */
  var adjudication = JSON.parse(root.getAttribute("data-adjudication") || "[]");
  var picks = {}; // field -> {"row:annotator": true}; starts as the merged value (the first annotator's)
  adjudication.forEach(function (f) {
    picks[f.field] = {};
    f.rows.forEach(function (row, r) {
      if (row.cells[f.annotators[0]]) { picks[f.field][r + ":" + f.annotators[0]] = true; }
    });
  });
  function applyPicks(f) {
    var chosen = [];
    f.rows.forEach(function (row, r) {
      f.annotators.forEach(function (who) {
        if (picks[f.field][r + ":" + who] && row.cells[who]) { chosen.push(JSON.parse(JSON.stringify(row.cells[who].item))); }
      });
    });
    if (f.whole) {
      gold[f.field] = chosen[0] || null;
      whole[f.field] = { mark: "hand", edited: false };
    } else if (f.field.indexOf("five_w1h.") === 0) {
      var q = f.field.slice(9);
      var keep = Array.isArray(gold.five_w1h[q]) ? gold.five_w1h[q].filter(function (it) { return it[MARK] === "model"; }) : [];
      gold.five_w1h[q] = chosen.map(function (it) { return loaded(it, false); }).concat(keep);
      fwLabelled[q] = true;
    } else if (f.field === "topics") {
      gold.topics = chosen;
      whole.topics = { mark: "hand", edited: false };
    } else {
      var pending = (gold[f.field] || []).filter(function (it) { return it[MARK] === "model"; });
      gold[f.field] = chosen.map(function (it) { return loaded(it, false); }).concat(pending);
      labelled[f.field] = true;
    }
    delete record.disagreements[f.field];
    if (!Object.keys(record.disagreements).length) { delete record.disagreements; }
    adjudication = adjudication.filter(function (x) { return x !== f; });
  }
  function renderAdjudication() {
    if (!adjudication.length) { return; }
    var dis = el("fieldset", { "data-list": "disagreements", "class": "disagreements adjudicate" });
    dis.appendChild(el("legend", {}, "disagreements to adjudicate: pick the items the gold should hold"));
    adjudication.forEach(function (f) {
      var box = el("div", { "class": "gitem", "data-field-name": f.field });
      box.appendChild(el("strong", {}, f.field));
      var table = el("table");
      var head = el("tr");
      f.annotators.forEach(function (who) { head.appendChild(el("th", {}, who)); });
      table.appendChild(head);
      f.rows.forEach(function (row, r) {
        var tr = el("tr", { "class": row.differs ? "differs" : "same", "data-row": String(r) });
        f.annotators.forEach(function (who) {
          var td = el("td", { "data-annotator": who });
          var cell = row.cells[who];
          if (!cell) { td.appendChild(el("span", { "class": "muted" }, "not listed")); tr.appendChild(td); return; }
          var lab = el("label");
          var input = el("input", f.whole
            ? { type: "radio", name: "adj-" + f.field, "data-pick": who }
            : { type: "checkbox", "data-pick": who });
          input.checked = !!picks[f.field][r + ":" + who];
          input.addEventListener("change", function () {
            if (f.whole) { picks[f.field] = {}; }
            picks[f.field][r + ":" + who] = input.checked;
          });
          lab.appendChild(input);
          lab.appendChild(document.createTextNode(" " + cell.label));
          td.appendChild(lab);
          tr.appendChild(td);
        });
        table.appendChild(tr);
      });
      box.appendChild(table);
      var use = el("button", { type: "button", "data-action": "use-picked" }, "use the picked items");
      use.addEventListener("click", function () { applyPicks(f); touch(); render(); });
      box.appendChild(use);
      dis.appendChild(box);
    });
    form.appendChild(dis);
  }

  function render() {
    var scroll = window.scrollY;
    form.textContent = "";
    renderAdjudication();
    var top = el("fieldset", { "data-list": "text" });
    top.appendChild(el("legend", {}, "headline and summary"));
    form.appendChild(top);
    wholeBox(top, "headline", function (box) {
      field(box, "headline (alternatives separated by |)", alts(gold.headline), function (v) { gold.headline = splitAlts(v); }, { key: "headline", item: { whole: "headline" } });
    });
    wholeBox(top, "summary", function (box) {
      field(box, "summary", (gold.summary || []).join("\n"), function (v) { gold.summary = v.trim() ? [v] : []; }, { key: "summary", multiline: true, item: { whole: "summary" } });
    });

    section("Actors", "actors", function (box, a) {
      var r = row(box);
      field(r, "names (canonical | aliases)", alts(a.names), function (v) { a.names = splitAlts(v); }, { key: "names", item: a });
      select(r, "kind", [["person", "person"], ["organisation", "organisation"], ["country", "country"], ["other", "other"]], a.kind, function (v) { a.kind = v; }, "kind", { item: a });
      field(r, "role", Array.isArray(a.role) ? alts(a.role) : a.role, function (v) { a.role = v.trim() || null; }, { key: "role", item: a });
      field(r, "affiliation", a.affiliation, function (v) { a.affiliation = v.trim() || null; }, { key: "affiliation", item: a });
      (a.spans || []).forEach(function (s) { spanChip(box, s, "span"); });
    }, function () { return { names: [], kind: "person" }; });

    section("Quotes", "quotes", function (box, q) {
      field(box, "text (verbatim)", q.text, function (v) { q.text = v; }, { key: "text", multiline: true, item: q });
      field(box, "speaker (| aliases)", alts(q.speaker), function (v) { q.speaker = splitAlts(v); if (!q.speaker.length) { q.speaker = null; } }, { key: "speaker", item: q });
      spanChip(box, q.span, "span");
    }, function () { return { text: "" }; });

    section("Events", "events", function (box, e) {
      field(box, "what (| alternatives)", alts(e.what), function (v) { e.what = splitAlts(v); }, { key: "what", item: e });
      var r = row(box);
      field(r, "when (YYYY[-MM[-DD]])", e.when, function (v) { e.when = v.trim() || null; }, { key: "when", item: e });
      field(r, "when as written", e.when_text, function (v) { e.when_text = v.trim() || null; }, { key: "when_text", item: e });
      field(r, "where", e.where, function (v) { e.where = v.trim() || null; }, { key: "where", item: e });
      spanChip(box, e.when_span, "date"); spanChip(box, e.where_span, "place");
    }, function () { return { what: [] }; });

    section("Relations", "relations", function (box, rel) {
      var r = row(box);
      field(r, "parties (| separated)", alts(rel.parties), function (v) { rel.parties = splitAlts(v); }, { key: "parties", item: rel });
      field(r, "kind", Array.isArray(rel.kind) ? alts(rel.kind) : rel.kind, function (v) { rel.kind = v.trim(); }, { key: "kind", item: rel });
      field(r, "description", rel.description, function (v) { rel.description = v.trim() || null; }, { key: "description", item: rel });
    }, function () { return { parties: [], kind: "" }; });

    section("Key points", "key_points", function (box, p) {
      field(box, "key point (| alternatives)", alts(p.alternatives), function (v) { p.alternatives = splitAlts(v); }, { key: "alternatives", item: p });
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
        fwLabelled[q] = v !== "";
        render();
      }, "state");
      if (Array.isArray(value)) {
        value.forEach(function (phrase, i) {
          var line = row(box);
          line.className = "row gitem " + phrase[MARK];
          line.setAttribute("data-state", phrase[MARK]);
          field(line, q + " answer (| alternatives)", alts(phrase.alternatives), function (v) { phrase.alternatives = splitAlts(v); }, { key: "answer", item: phrase });
          spanChip(line, phrase.span, "span");
          line.appendChild(reviewTools(phrase, value, i));
        });
      }
      fw.appendChild(box);
    });
    form.appendChild(fw);

    var tp = el("fieldset", { "data-list": "topics" });
    tp.appendChild(el("legend", {}, "topics"));
    form.appendChild(tp);
    var choices = el("div", { "class": "topic-choices" });
    gold.topics = gold.topics || [];
    topics.forEach(function (t) {
      var lab = el("label");
      var box = el("input", { type: "checkbox", value: t, "data-topic": t });
      box.checked = gold.topics.indexOf(t) >= 0;
      box.addEventListener("change", function () {
        gold.topics = topics.filter(function (x) { return x === t ? box.checked : gold.topics.indexOf(x) >= 0; });
        edited({ whole: "topics" });
        touch();
      });
      lab.appendChild(box); lab.appendChild(document.createTextNode(" " + t));
      choices.appendChild(lab);
    });
    wholeBox(tp, "topics", function (box) { box.appendChild(choices); });

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
  function sameSpan(s, p) { return s && s.start === p.start && s.end === p.end; }
  /* The item of this kind already at this span, if any: adding it again would duplicate it. */
  function existing(kind, p) {
    if (kind === "actor") {
      return (gold.actors || []).filter(function (a) { return a[MARK] !== "rejected" && (a.spans || []).some(function (s) { return sameSpan(s, p); }); })[0];
    }
    if (kind === "quote") {
      return (gold.quotes || []).filter(function (x) { return x[MARK] !== "rejected" && sameSpan(x.span, p); })[0];
    }
    if (kind === "when" || kind === "where") { return null; } // events may share a date or a place
    var q = kind.replace("fw-", "");
    var list = Array.isArray(gold.five_w1h[q]) ? gold.five_w1h[q] : [];
    return list.filter(function (x) { return x[MARK] !== "rejected" && sameSpan(x.span, p); })[0];
  }
  function addFromSelection(kind, p) {
    var span = { start: p.start, end: p.end };
    var found = existing(kind, p);
    if (found) {
      var name = found.names ? found.names[0] : (found.text || (found.alternatives || [])[0]);
      showProblems("already listed: " + name + " (" + stateWords(found[MARK], found[EDITED]) + ") has this span; accept or edit it instead of adding it again");
      return;
    }
    var push = function (list, item) { item[MARK] = "added"; (gold[list] = gold[list] || []).push(item); };
    if (kind === "actor") { push("actors", { names: [p.text], kind: "person", spans: [span] }); }
    else if (kind === "quote") { push("quotes", { text: p.text, span: span }); }
    else if (kind === "when") { push("events", { what: [], when_text: p.text, when_span: span }); }
    else if (kind === "where") { push("events", { what: [], where: p.text, where_span: span }); }
    else {
      var q = kind.replace("fw-", "");
      gold.five_w1h = gold.five_w1h || {};
      if (!Array.isArray(gold.five_w1h[q])) { gold.five_w1h[q] = []; }
      var phrase = { alternatives: [p.text], span: span };
      phrase[MARK] = "added";
      gold.five_w1h[q].push(phrase);
      fwLabelled[q] = true;
    }
  }

  /* -- save ---------------------------------------------------------------------- */
  function acceptRemaining() {
    LISTS.forEach(function (name) { (gold[name] || []).forEach(function (it) { if (it[MARK] === "model") { it[MARK] = "accepted"; } }); });
    Object.keys(gold.five_w1h).forEach(function (q) {
      if (Array.isArray(gold.five_w1h[q])) { gold.five_w1h[q].forEach(function (it) { if (it[MARK] === "model") { it[MARK] = "accepted"; } }); }
    });
    WHOLE.forEach(function (name) { if (whole[name].mark === "model") { whole[name].mark = "accepted"; } });
  }
  function plain(item) {
    return JSON.parse(JSON.stringify(item, function (key, value) { return key === MARK || key === EDITED ? undefined : value; }));
  }
  /* One item as saved: its origin follows what the person did with it. */
  function saved(item) {
    var out = plain(item);
    if (item[MARK] === "added") { out.origin = "added"; }
    else if (item[MARK] === "accepted") { out.origin = item[EDITED] ? "edited" : "model"; }
    else if (item[MARK] === "model") { out.origin = "model"; }
    return out;
  }
  function isReviewed(item) { return item[MARK] !== "model" && item[MARK] !== "rejected"; }
  /* Reviewed items -> gold (labelled when anything was reviewed), the rest -> suggestions. */
  var savedAt = {}; // "gold.events" -> the editor's items in the order they were saved
  function split(list, wasLabelled, path) {
    savedAt["gold." + path] = list.filter(isReviewed);
    savedAt["suggestions." + path] = list.filter(function (it) { return it[MARK] === "model"; });
    var reviewed = list.filter(isReviewed).map(saved);
    var pending = list.filter(function (it) { return it[MARK] === "model"; }).map(saved);
    var touched = wasLabelled || list.some(function (it) { return it[MARK] !== "model"; });
    return { gold: touched ? reviewed : null, pending: pending };
  }
  function cleaned() {
    var out = plain(record);
    var g = {}, s = {}, gOrigins = {}, sOrigins = {};
    LISTS.forEach(function (name) {
      var parts = split(gold[name] || [], labelled[name], name);
      if (parts.gold !== null) { g[name] = parts.gold; }
      if (parts.pending.length) { s[name] = parts.pending; }
    });
    WHOLE.forEach(function (name) {
      var value = gold[name], state = whole[name];
      if (value == null) { return; }
      if (state.mark === "model") { s[name] = value; sOrigins[name] = "model"; return; }
      if (state.mark === "added" && !state.edited) { return; } // never filled in: unlabelled
      g[name] = value;
      if (state.mark === "accepted") { gOrigins[name] = state.edited ? "edited" : "model"; }
      else if (state.mark === "added") { gOrigins[name] = "added"; }
    });
    var gf = {}, sf = {};
    Object.keys(gold.five_w1h).forEach(function (q) {
      var value = gold.five_w1h[q];
      if (value === "not stated") { gf[q] = value; return; }
      if (!Array.isArray(value)) { return; }
      var parts = split(value, fwLabelled[q], "five_w1h." + q);
      if (parts.gold !== null) { gf[q] = parts.gold; }
      if (parts.pending.length) { sf[q] = parts.pending; }
    });
    if (Object.keys(gf).length) { g.five_w1h = gf; }
    if (Object.keys(sf).length) { s.five_w1h = sf; }
    if (Object.keys(gOrigins).length) { g.origins = gOrigins; }
    if (Object.keys(sOrigins).length) { s.origins = sOrigins; }
    out.gold = g;
    if (Object.keys(s).length) { out.suggestions = s; } else { delete out.suggestions; }
    return out;
  }
  /* The editor's box of the item a problem's path names (paths count saved items only). */
  function boxOf(path) {
    var m = /^((?:gold|suggestions)\.(?:five_w1h\.)?[a-z_]+)\.(\d+)/.exec(path || "");
    var items = m && savedAt[m[1]];
    var item = items && items[Number(m[2])];
    if (!item) { return null; }
    var name = m[1].replace(/^(gold|suggestions)\./, "");
    if (name.indexOf("five_w1h.") === 0) {
      var q = name.slice(9), i = gold.five_w1h[q].indexOf(item);
      return form.querySelectorAll('[data-question="' + q + '"] .row.gitem')[i] || null;
    }
    return form.querySelector('fieldset[data-list="' + name + '"] .gitem[data-index="' + gold[name].indexOf(item) + '"]');
  }
  function showProblems(message, list) {
    problems.textContent = "";
    form.querySelectorAll(".has-problem").forEach(function (b) { b.classList.remove("has-problem"); });
    problems.appendChild(el("div", {}, message));
    (list || []).forEach(function (p) {
      problems.appendChild(el("div", { "class": "problem" }, p.field + ": " + p.message));
      var box = boxOf(p.field);
      if (box) { box.classList.add("has-problem"); box.setAttribute("data-problem", p.message); }
    });
    problems.hidden = false;
  }
  document.getElementById("accept-all").addEventListener("click", function () { acceptRemaining(); touch(); render(); });
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
        reviewState.textContent = result.body.review;
        reviewState.hidden = false;
      } else {
        saveState.textContent = result.status === 409 ? "not saved: conflict" : "not saved";
        showProblems(result.body.error || "could not save", result.body.problems);
      }
    }).catch(function (err) { saveState.textContent = "not saved"; showProblems("could not reach the workspace: " + err); });
  });

  render();
})();
