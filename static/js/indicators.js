// Indicator checklists: count the ticks as they change and, for a signed-in learner,
// save them at once. Without this script the form's button does the same with a page load.
document.querySelectorAll("form.indicators__form").forEach((form) => {
  const boxes = Array.from(form.querySelectorAll('input[name="ticked"]'));
  const number = form.querySelector(".indicators__number");
  const several = form.querySelector(".indicators__several");
  const status = form.querySelector(".indicators__status");
  const threshold = Number(form.dataset.several);
  const saves = form.method.toLowerCase() === "post";

  function update() {
    const count = boxes.filter((box) => box.checked).length;
    number.textContent = String(count);
    several.hidden = count < threshold;
  }

  function save() {
    status.textContent = "";
    fetch(form.action, {
      method: "POST",
      body: new FormData(form),
      headers: { "X-Requested-With": "fetch" },
      credentials: "same-origin",
    })
      .then((response) => {
        status.textContent = response.ok ? form.dataset.saved : form.dataset.failed;
      })
      .catch(() => {
        status.textContent = form.dataset.failed;
      });
  }

  boxes.forEach((box) =>
    box.addEventListener("change", () => {
      update();
      if (saves) save();
    }),
  );
});
