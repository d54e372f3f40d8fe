/* Inside the sandboxed iframe: start h5p-standalone and relay what it reports.
 *
 * This page runs in an opaque origin: it cannot read the platform's cookies,
 * storage or DOM, and cannot call the server as the learner. It only posts
 * messages to the page that embeds it, which decides what to do with them.
 */
(function () {
  "use strict";

  var config = JSON.parse(document.getElementById("h5p-config").textContent);
  var target = config.parentOrigin || "*";
  var container = document.getElementById("h5p-container");
  var lastState = null;
  var listening = false;

  function send(kind, payload) {
    payload.tip = "h5p";
    payload.kind = kind;
    payload.contentId = config.contentId;
    window.parent.postMessage(payload, target);
  }

  function currentState() {
    var instance = window.H5P && H5P.instances && H5P.instances[0];
    if (instance && typeof instance.getCurrentState === "function") {
      var state = instance.getCurrentState();
      return state === undefined ? null : JSON.stringify(state);
    }
    return null;
  }

  function reportState() {
    if (!config.player.saveFreq) return;
    var state = currentState();
    if (typeof state === "string" && state !== lastState) {
      lastState = state;
      send("state", {state: state});
    }
  }

  function reportHeight() {
    send("resize", {height: document.documentElement.scrollHeight});
  }

  function listen() {
    if (listening || !window.H5P || !H5P.externalDispatcher) return false;
    listening = true;
    H5P.externalDispatcher.on("xAPI", function (event) {
      send("xapi", {statement: event.data.statement});
      setTimeout(reportState, 500);
    });
    if (config.player.saveFreq) setInterval(reportState, config.player.saveFreq * 1000);
    if (window.ResizeObserver) new ResizeObserver(reportHeight).observe(document.body);
    reportHeight();
    return true;
  }

  function ready() {
    document.documentElement.classList.add("h5p-ready");
    // h5p-standalone builds its wrapper even when the content fails to start: only a
    // running instance counts.
    var started = window.H5P && H5P.instances && H5P.instances.length;
    if (!listen() || !started) failed();
  }

  function failed() {
    document.getElementById("h5p-loading").hidden = true;
    document.getElementById("h5p-failed").hidden = false;
    reportHeight();
  }

  try {
    // Parts of H5P's core that need real storage may reject after the content
    // has rendered; what counts is whether it rendered.
    new H5PStandalone.H5P(container, config.player).then(ready, ready);
  } catch (error) {
    failed();
  }
})();
