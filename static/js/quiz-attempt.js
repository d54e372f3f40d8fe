// Countdown for timed quiz attempts. The server enforces the deadline; this only
// shows the time left and submits the answers when it runs out. Without it the
// page still says when to submit by.
(function () {
  "use strict";
  var timer = document.querySelector("[data-deadline]");
  var form = document.querySelector("form.quiz-form");
  if (!timer || !form) return;
  var deadline = Date.parse(timer.getAttribute("data-deadline"));
  if (isNaN(deadline)) return;
  var display = document.createElement("span");
  display.className = "quiz-timer";
  var announcer = document.createElement("span");
  announcer.className = "visually-hidden";
  announcer.setAttribute("aria-live", "polite");
  timer.appendChild(display);
  timer.appendChild(announcer);
  var label = timer.getAttribute("data-label");
  var lastMinute = null;
  var submitted = false;

  function pad(n) { return (n < 10 ? "0" : "") + n; }

  function tick() {
    var left = Math.max(0, Math.round((deadline - Date.now()) / 1000));
    var minutes = Math.floor(left / 60);
    display.textContent = " " + label + " " + minutes + ":" + pad(left % 60);
    if (minutes !== lastMinute && (minutes <= 5 || minutes % 5 === 0)) {
      // Announce once a minute near the end, every five minutes before: not every second.
      announcer.textContent = label + " " + minutes + ":" + pad(left % 60);
      lastMinute = minutes;
    }
    if (left === 0 && !submitted) {
      submitted = true;
      var action = document.createElement("input");
      action.type = "hidden";
      action.name = "action";
      action.value = "submit";
      form.appendChild(action);
      form.submit();
      return;
    }
    window.setTimeout(tick, 1000);
  }
  tick();
})();
