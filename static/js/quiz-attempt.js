// The quiz attempt page. Two jobs, both optional: the page works without them.
// 1. Confirm before grading: "Submit for grading…" opens a dialog that says how many
//    questions are unanswered (without JavaScript the server shows the same as a page).
// 2. The countdown of a timed attempt, kept in sight by CSS (position: sticky). Screen
//    readers hear it only at the thresholds in data-announce (minutes left), not every
//    second. When time runs out the answers are submitted; the server enforces the
//    deadline whatever happens here.
(function () {
  "use strict";

  function fill(text, values) {
    return text.replace(/\{(\w+)\}/g, function (all, name) {
      return name in values ? values[name] : all;
    });
  }

  function submitWith(form, action) {
    var input = document.createElement("input");
    input.type = "hidden";
    input.name = "action";
    input.value = action;
    form.appendChild(input);
    form.submit();
  }

  function isAnswered(fieldset) {
    var selects = fieldset.querySelectorAll("select");
    if (selects.length) {
      var values = [];
      for (var i = 0; i < selects.length; i++) {
        if (!selects[i].value) return false;
        values.push(selects[i].value);
      }
      // Ordering: each place used once, as the server requires.
      if (fieldset.getAttribute("data-kind") === "ordering") {
        return new Set(values).size === values.length;
      }
      return true;
    }
    return fieldset.querySelector("input:checked") !== null;
  }

  function setUpConfirmation(form) {
    var review = form.querySelector("[data-quiz-review]");
    var dialog = document.querySelector("[data-quiz-dialog]");
    if (!review || !dialog || typeof dialog.showModal !== "function") return;
    var count = dialog.querySelector(".quiz-dialog__count");
    var firstBlank = null;
    review.addEventListener("click", function (event) {
      event.preventDefault();
      var questions = form.querySelectorAll("fieldset.question");
      var blank = [];
      for (var i = 0; i < questions.length; i++) {
        if (!isAnswered(questions[i])) blank.push(questions[i]);
      }
      firstBlank = blank[0] || null;
      count.textContent = blank.length
        ? fill(count.getAttribute("data-unanswered"), { count: blank.length, total: questions.length })
        : count.getAttribute("data-all-answered");
      count.classList.toggle("message--warning", blank.length > 0);
      dialog.showModal();
    });
    dialog.querySelector("[data-quiz-confirm]").addEventListener("click", function () {
      submitWith(form, "submit");
    });
    dialog.querySelector("[data-quiz-back]").addEventListener("click", function () {
      dialog.close();
      if (firstBlank) {
        firstBlank.scrollIntoView({ block: "start" });
        var input = firstBlank.querySelector("input, select");
        if (input) input.focus({ preventScroll: true });
      }
    });
  }

  function setUpTimer(timer, form) {
    var deadline = Date.parse(timer.getAttribute("data-deadline"));
    if (isNaN(deadline)) return;
    var display = document.createElement("span");
    display.className = "quiz-timer__left";
    display.setAttribute("role", "timer");
    var announcer = document.createElement("span");
    announcer.className = "visually-hidden";
    announcer.setAttribute("aria-live", "assertive");
    var line = timer.querySelector(".quiz-timer__deadline");
    line.insertBefore(display, line.firstChild);
    timer.appendChild(announcer);
    timer.classList.add("is-counting");
    var label = timer.getAttribute("data-label");
    var thresholds = (timer.getAttribute("data-announce") || "").split(" ").map(Number);
    var announced = {};
    var started = Math.ceil((deadline - Date.now()) / 60000);
    var submitted = false;

    function pad(n) { return (n < 10 ? "0" : "") + n; }

    function tick() {
      var left = Math.max(0, Math.round((deadline - Date.now()) / 1000));
      var minutes = Math.floor(left / 60);
      display.textContent = label + " " + minutes + ":" + pad(left % 60);
      timer.classList.toggle("is-ending", left <= 60);
      for (var i = 0; i < thresholds.length; i++) {
        var mark = thresholds[i];
        // Only thresholds crossed while the page is open, each once.
        if (!announced[mark] && mark < started && left <= mark * 60 && left > (mark - 1) * 60) {
          announced[mark] = true;
          announcer.textContent = fill(timer.getAttribute("data-minutes"), { minutes: mark });
        }
      }
      if (left === 0 && !submitted) {
        submitted = true;
        announcer.textContent = timer.getAttribute("data-time-up");
        if (form) submitWith(form, form.getAttribute("data-submit-on-timeout"));
        return;
      }
      window.setTimeout(tick, 1000);
    }
    tick();
  }

  var form = document.querySelector("form[data-submit-on-timeout]");
  var quizForm = document.querySelector("form.quiz-form");
  if (quizForm) setUpConfirmation(quizForm);
  var timer = document.querySelector(".quiz-timer[data-deadline]");
  if (timer) setUpTimer(timer, form);
})();
