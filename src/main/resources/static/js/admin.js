// Progressive enhancements of the back office; every form works without them.
document.addEventListener("DOMContentLoaded", () => {
  // A small rich-text editor over the body's <textarea>; the server sanitizes whatever it sends.
  document.querySelectorAll("textarea[data-rich-text]").forEach((area) => {
    const editor = document.createElement("div");
    editor.className = "rich-editor item-body";
    editor.contentEditable = "true";
    editor.setAttribute("role", "textbox");
    editor.setAttribute("aria-multiline", "true");
    editor.setAttribute("aria-labelledby", area.id + "-label");
    editor.innerHTML = area.value;
    const label = document.querySelector("label[for='" + area.id + "']");
    if (label) label.id = area.id + "-label";
    const toolbar = document.createElement("div");
    toolbar.className = "rich-toolbar";
    const sync = () => { area.value = editor.innerHTML; area.dispatchEvent(new Event("input", { bubbles: true })); };
    const commands = [
      ["bold", () => document.execCommand("bold")],
      ["italic", () => document.execCommand("italic")],
      ["heading", () => document.execCommand("formatBlock", false, "h2")],
      ["list", () => document.execCommand("insertUnorderedList")],
      ["link", () => { const url = prompt(area.dataset.linkPrompt); if (url) document.execCommand("createLink", false, url); }],
    ];
    commands.forEach(([name, run]) => {
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = area.dataset[name];
      button.addEventListener("click", () => { editor.focus(); run(); sync(); });
      toolbar.appendChild(button);
    });
    editor.addEventListener("input", sync);
    area.hidden = true;
    area.after(toolbar, editor);
  });

  // Type-ahead over long term lists: a filter box above each <select multiple>.
  document.querySelectorAll("select[data-filter]").forEach((select) => {
    const filter = document.createElement("input");
    filter.type = "search";
    filter.className = "term-filter";
    filter.placeholder = select.dataset.filter;
    filter.setAttribute("aria-label", select.dataset.filter);
    filter.addEventListener("input", () => {
      const text = filter.value.trim().toLowerCase();
      Array.from(select.options).forEach((option) => {
        option.hidden = text !== "" && !option.selected && !option.textContent.toLowerCase().includes(text);
      });
    });
    select.before(filter);
  });

  // No lost work: warn before leaving a form with unsaved changes.
  document.querySelectorAll("form[data-warn-unsaved]").forEach((form) => {
    let dirty = false;
    form.addEventListener("input", (event) => { if (!event.target.classList.contains("term-filter")) dirty = true; });
    form.addEventListener("change", (event) => { if (!event.target.classList.contains("term-filter")) dirty = true; });
    form.addEventListener("submit", () => { dirty = false; });
    window.addEventListener("beforeunload", (event) => {
      if (dirty) { event.preventDefault(); event.returnValue = form.dataset.warnUnsaved; }
    });
  });

  // A file over every upload limit is refused here, before it is sent: the server would only cut it off.
  document.querySelectorAll("input[type=file][data-max-bytes]").forEach((input) => {
    input.addEventListener("change", () => {
      const file = input.files[0];
      input.setCustomValidity(file && file.size > Number(input.dataset.maxBytes) ? input.dataset.tooLarge : "");
      input.reportValidity();
    });
  });
});
