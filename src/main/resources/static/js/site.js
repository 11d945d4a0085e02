// Progressive enhancement of the header menus: one open at a time, Escape and outside clicks close them.
// Without JavaScript the menus are plain <details> elements and still work.
document.addEventListener("DOMContentLoaded", () => {
  const menus = Array.from(document.querySelectorAll("details.menu"));
  const closeAll = (except) => menus.forEach((m) => { if (m !== except) m.open = false; });
  menus.forEach((menu) => menu.addEventListener("toggle", () => { if (menu.open) closeAll(menu); }));
  document.addEventListener("click", (event) => {
    if (!event.target.closest("details.menu")) closeAll(null);
  });
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    const open = menus.find((m) => m.open);
    if (open) { open.open = false; open.querySelector("summary").focus(); }
  });
});

// Progressive enhancement of the search boxes: suggestions (terms and titles) as the reader types.
// Without JavaScript the boxes are plain GET forms.
document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll("input[data-suggest]").forEach((input) => {
    const list = document.createElement("ul");
    list.className = "suggestions";
    list.hidden = true;
    input.insertAdjacentElement("afterend", list);
    let timer;
    input.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        const q = input.value.trim();
        if (q.length < 2) { list.hidden = true; return; }
        const response = await fetch(input.dataset.suggest + "?q=" + encodeURIComponent(q));
        if (!response.ok) return;
        const suggestions = await response.json();
        list.replaceChildren(...suggestions.map((s) => {
          const item = document.createElement("li");
          const link = document.createElement("a");
          link.href = s.path;
          link.textContent = s.label;
          item.append(link);
          return item;
        }));
        list.hidden = suggestions.length === 0;
      }, 150);
    });
    input.addEventListener("keydown", (event) => { if (event.key === "Escape") list.hidden = true; });
  });
});
