// newsgraph explorer: search suggestions and statement details. Built with DOM calls only
// (textContent, never innerHTML), so names and text from articles stay text.
"use strict";

(function suggestions() {
  const input = document.getElementById("q");
  const list = document.getElementById("suggest");
  if (!input || !list) return;
  let timer = null;
  let active = -1;
  let asked = "";

  function items() { return Array.from(list.querySelectorAll("a")); }

  function show(entries) {
    list.replaceChildren();
    active = -1;
    for (const e of entries) {
      const li = document.createElement("li");
      li.setAttribute("role", "option");
      const a = document.createElement("a");
      a.href = e.href;
      a.textContent = e.name;
      if (e.label !== e.name) {
        const alias = document.createElement("span");
        alias.className = "alias";
        alias.textContent = " as “" + e.label + "”";
        a.appendChild(alias);
      }
      const kind = document.createElement("span");
      kind.className = "kind " + e.kind;
      kind.textContent = e.kind;
      a.appendChild(kind);
      li.appendChild(a);
      list.appendChild(li);
    }
    list.hidden = entries.length === 0;
    list.dataset.q = asked;
  }

  function ask() {
    const q = input.value.trim();
    if (q === asked) return;
    asked = q;
    if (q.length === 0) { show([]); return; }
    fetch("/suggest?q=" + encodeURIComponent(q))
      .then((r) => (r.ok ? r.json() : []))
      .then((entries) => { if (input.value.trim() === q) show(entries); })
      .catch(() => show([]));
  }

  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(ask, 120);
  });
  input.addEventListener("keydown", (ev) => {
    if (list.hidden) return;
    const links = items();
    if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
      if (links.length === 0) return;
      ev.preventDefault();
      active = (active + (ev.key === "ArrowDown" ? 1 : links.length - 1)) % links.length;
      links.forEach((a, i) => a.classList.toggle("active", i === active));
    } else if (ev.key === "Enter" && active >= 0 && links[active]) {
      ev.preventDefault();
      window.location.href = links[active].href;
    } else if (ev.key === "Escape") {
      list.hidden = true;
    }
  });
  document.addEventListener("click", (ev) => {
    if (!list.contains(ev.target) && ev.target !== input) list.hidden = true;
  });
})();

(function statements() {
  const info = document.getElementById("st-info");
  const text = document.getElementById("text");
  if (!info || !text) return;
  let current = null;

  function field(term, value) {
    if (!value) return;
    const dt = document.createElement("dt");
    dt.textContent = term;
    const dd = document.createElement("dd");
    dd.textContent = value;
    info.lastChild.append(dt, dd);
  }

  function focus(piece) {
    const id = piece.dataset.st;
    if (id === current) return;
    current = id;
    text.querySelectorAll(".st.on").forEach((p) => p.classList.remove("on"));
    const parts = text.querySelectorAll('.st[data-st="' + id + '"]');
    parts.forEach((p) => p.classList.add("on"));
    info.replaceChildren(document.createElement("dl"));
    field("Speaker", piece.dataset.speaker);
    field("Type", piece.dataset.type);
    field("Cue", piece.dataset.cue);
    field("Words", Array.from(parts).map((p) => p.textContent).join(""));
  }

  text.addEventListener("mouseover", (ev) => {
    const piece = ev.target.closest(".st");
    if (piece) focus(piece);
  });
  text.addEventListener("focusin", (ev) => {
    const piece = ev.target.closest(".st");
    if (piece) focus(piece);
  });
  const target = window.location.hash.slice(1);
  if (target) {
    const piece = document.getElementById(target);
    if (piece && piece.classList.contains("st")) focus(piece);
  }
})();
