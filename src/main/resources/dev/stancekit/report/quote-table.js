// stancekit report: searchable, sortable, paged quote table. Plain JavaScript, no network.
// Data: #quote-data holds {"articles":[[id,title,date,outlet,url,copies]...],
//                          "quotes":[[articleIndex,speaker,side,themes,tone,label,kind,text,outlets]...],
//                          "themes":{themeId:name shown,...}} (themes: ';'-separated ids).
// The filter can be preset from the address: report.html#q=WORDS&side=SIDE&theme=THEME.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("quote-data").textContent);
  var A = data.articles, Q = data.quotes, NAMES = data.themes || {}, PAGE = 100;
  var box = document.getElementById("qt-search"), sideSel = document.getElementById("qt-side"),
      themeSel = document.getElementById("qt-theme"), body = document.getElementById("qt-body"),
      status = document.getElementById("qt-status"), more = document.getElementById("qt-more");
  var sortCol = -1, sortDir = 1, shown = PAGE, rows = Q.slice();
  var COLS = [function (q) { return A[q[0]][2]; }, function (q) { return q[1]; }, function (q) { return q[2]; },
              function (q) { return themeNames(q); }, function (q) { return q[4]; }, function (q) { return q[7]; },
              function (q) { return A[q[0]][3]; }, function (q) { return q[8]; }];
  function themeName(t) { return Object.prototype.hasOwnProperty.call(NAMES, t) ? NAMES[t] : t.replace(/_/g, " "); }
  function themeNames(q) { return q[3].split(";").filter(Boolean).map(themeName).join(", "); }
  var hay = Q.map(function (q) {
    var a = A[q[0]];
    return (q[7] + " " + q[1] + " " + q[3] + " " + themeNames(q) + " " + a[1] + " " + a[3] + " " + a[0]).toLowerCase();
  });
  function options(sel, values, name) {
    values.forEach(function (v) { var o = document.createElement("option"); o.value = v; o.textContent = name(v); sel.appendChild(o); });
  }
  var sides = {}, themes = {};
  Q.forEach(function (q) { sides[q[2]] = 1; q[3].split(";").forEach(function (t) { if (t) themes[t] = 1; }); });
  options(sideSel, Object.keys(sides).sort(), function (v) { return v; });
  options(themeSel, Object.keys(themes).sort(function (x, y) {
    var a = themeName(x).toLowerCase(), b = themeName(y).toLowerCase(); return a < b ? -1 : a > b ? 1 : 0;
  }), themeName);
  function cell(tr, text, cls) {
    var td = document.createElement("td"); td.textContent = text; if (cls) td.className = cls; tr.appendChild(td); return td;
  }
  function render() {
    body.textContent = "";
    var n = Math.min(shown, rows.length);
    for (var i = 0; i < n; i++) {
      var q = rows[i], a = A[q[0]], tr = document.createElement("tr");
      cell(tr, a[2] || "undated", "d");
      cell(tr, q[1]);
      cell(tr, q[2]);
      cell(tr, themeNames(q));
      cell(tr, q[4].toFixed(3) + " " + q[5], "n");
      cell(tr, "\u201C" + q[7] + "\u201D", "q");
      var src = cell(tr, "");
      var link = document.createElement(a[4] ? "a" : "span");
      if (a[4]) { link.href = a[4]; link.rel = "noopener"; }
      link.textContent = a[1] || a[0];
      src.appendChild(link);
      var tail = (a[3] ? " \u2014 " + a[3] : "") + (a[5] > 0 ? " (+" + a[5] + " copies)" : "");
      if (tail) src.appendChild(document.createTextNode(tail));
      cell(tr, String(q[8]), "n");
      body.appendChild(tr);
    }
    status.textContent = "showing " + n.toLocaleString("en") + " of " + rows.length.toLocaleString("en")
        + " matching quotes (" + Q.length.toLocaleString("en") + " in all)";
    status.setAttribute("data-matching", String(rows.length));
    more.style.display = rows.length > n ? "" : "none";
  }
  function apply() {
    var words = box.value.toLowerCase().split(/\s+/).filter(Boolean), side = sideSel.value, theme = themeSel.value;
    rows = [];
    for (var i = 0; i < Q.length; i++) {
      var q = Q[i], ok = (!side || q[2] === side) && (!theme || (";" + q[3] + ";").indexOf(";" + theme + ";") >= 0);
      for (var w = 0; ok && w < words.length; w++) { ok = hay[i].indexOf(words[w]) >= 0; }
      if (ok) rows.push(q);
    }
    sortRows();
    shown = PAGE;
    render();
  }
  function sortRows() {
    if (sortCol < 0) return;
    var f = COLS[sortCol];
    rows.sort(function (x, y) { var a = f(x), b = f(y); return (a < b ? -1 : a > b ? 1 : 0) * sortDir; });
  }
  document.querySelectorAll("#qt thead th").forEach(function (th, i) {
    th.addEventListener("click", function () {
      sortDir = sortCol === i ? -sortDir : 1; sortCol = i;
      document.querySelectorAll("#qt thead th").forEach(function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", sortDir > 0 ? "ascending" : "descending");
      sortRows(); render();
    });
  });
  box.addEventListener("input", apply);
  sideSel.addEventListener("change", apply);
  themeSel.addEventListener("change", apply);
  more.addEventListener("click", function () { shown += PAGE * 5; render(); });
  var preset = new URLSearchParams(location.hash.replace(/^#/, ""));
  if (preset.get("q")) box.value = preset.get("q");
  if (preset.get("side")) sideSel.value = preset.get("side");
  if (preset.get("theme")) themeSel.value = preset.get("theme");
  apply();
})();
