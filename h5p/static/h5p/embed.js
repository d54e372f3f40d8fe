/* Inside the sandboxed iframe: start h5p-standalone and relay what it reports.
 *
 * This page runs in an opaque origin: it cannot read the platform's cookies,
 * storage or DOM, and cannot call the server as the learner. It only posts
 * messages to the page that embeds it, which decides what to do with them.
 *
 * It also tells the learner when the content did not start (nothing shown, or an
 * error while starting) and when a part of it comes from another website, which
 * the frame's policy does not load (a YouTube video would otherwise say
 * "Video player loading…" for ever).
 */
(function () {
  "use strict";

  var config = JSON.parse(document.getElementById("h5p-config").textContent);
  var target = config.parentOrigin || "*";
  var container = document.getElementById("h5p-container");
  var START_WAIT = 15000; // content that shows nothing after this did not start
  var AFTER_ERROR = 1000; // how long content that threw gets to show something anyway
  var MEDIA = /^(img|canvas|video|audio|svg|iframe|object|embed|input|button|select|textarea)$/i;
  var VIDEO_PLAYERS = ".h5p-youtube, .h5p-video-youtube"; // H5P.Video's YouTube handler
  var lastState = null;
  var listening = false;
  var errorSeen = false;
  var shown = false;
  var deadline = null;
  var checkTimer = null;
  var blockedHosts = [];

  // Read by H5P before it starts: h5p-standalone merges H5PIntegration into its own,
  // and H5P names a learner without a user record by the id kept in localStorage
  // (here the in-memory store of storage-shim.js, so one set on every load).
  window.H5PIntegration = config.integration;
  if (config.actor) {
    try { window.localStorage.H5PUserUUID = config.actor; } catch (error) { /* no storage */ }
  }

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

  function showFailure(failed) {
    document.getElementById("h5p-loading").hidden = true;
    document.getElementById("h5p-failed").hidden = !failed;
    reportHeight();
  }

  // --- Did the content show anything? ---------------------------------------------

  function visible(element) {
    if (!element) return false;
    var box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== "hidden";
  }

  function rendered() {
    var walker = document.createTreeWalker(container, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === Node.TEXT_NODE) {
        if (/\S/.test(node.nodeValue) && visible(node.parentElement)) return true;
      } else if (MEDIA.test(node.localName) || getComputedStyle(node).backgroundImage !== "none") {
        if (visible(node)) return true;
      }
    }
    return false;
  }

  function check() {
    checkTimer = null;
    if (shown || deadline === null) return;
    if (rendered()) {
      shown = true; // late content withdraws a failure already reported
      showFailure(false);
    } else if (errorSeen || Date.now() >= deadline) {
      showFailure(true);
    }
  }

  function checkSoon(delay) {
    if (shown || deadline === null) return;
    clearTimeout(checkTimer);
    checkTimer = setTimeout(check, delay);
  }

  function watch() {
    deadline = Date.now() + START_WAIT;
    var observer = new MutationObserver(function () {
      if (shown) observer.disconnect(); else checkSoon(200);
    });
    observer.observe(container, {childList: true, subtree: true, attributes: true, characterData: true});
    container.addEventListener("load", function () { checkSoon(200); }, true); // images
    setTimeout(check, START_WAIT);
    check();
    if (!shown && errorSeen) checkSoon(AFTER_ERROR);
  }

  // Content types report some failures only to the console (Agamotto catches the
  // SecurityError of a tainted canvas and warns with it), so errors logged count too.
  function noteError() {
    errorSeen = true;
    checkSoon(AFTER_ERROR);
  }

  window.addEventListener("error", noteError);
  window.addEventListener("unhandledrejection", noteError);
  ["error", "warn"].forEach(function (level) {
    var original = console[level];
    console[level] = function () {
      for (var i = 0; i < arguments.length; i++) {
        if (arguments[i] instanceof Error || arguments[i] instanceof DOMException) noteError();
      }
      return original.apply(console, arguments);
    };
  });

  // --- Parts from other websites -----------------------------------------------------

  function blockedMessage() {
    var template = document.getElementById("h5p-blocked").dataset.text;
    var parts = template.split("{host}");
    var message = document.createElement("p");
    message.className = "h5p-embed__blocked";
    message.setAttribute("role", "status");
    message.appendChild(document.createTextNode(parts[0]));
    var host = document.createElement("bdi");
    host.dir = "ltr";
    host.textContent = blockedHosts.join(", ");
    message.appendChild(host);
    message.appendChild(document.createTextNode(parts.slice(1).join("")));
    return message;
  }

  function sayBlocked() {
    var players = container.querySelectorAll(VIDEO_PLAYERS);
    var notice = document.getElementById("h5p-blocked");
    if (!players.length) {
      notice.replaceChildren(blockedMessage());
      notice.hidden = false;
    }
    Array.prototype.forEach.call(players, function (player) { // instead of its spinner
      Array.prototype.forEach.call(player.children, function (child) {
        if (!child.classList.contains("h5p-embed__blocked")) child.style.display = "none";
      });
      var old = player.querySelector(":scope > .h5p-embed__blocked");
      if (old) old.replaceWith(blockedMessage()); else player.appendChild(blockedMessage());
    });
    reportHeight();
  }

  document.addEventListener("securitypolicyviolation", function (event) {
    var host;
    try { host = new URL(event.blockedURI).host; } catch (error) { return; } // inline, eval
    if (!host || host === window.location.host || blockedHosts.indexOf(host) !== -1) return;
    blockedHosts.push(host);
    sayBlocked();
  });

  function ready() {
    document.documentElement.classList.add("h5p-ready");
    // h5p-standalone builds its wrapper even when the content fails to start: only a
    // running instance counts, and only once it shows something.
    var started = window.H5P && H5P.instances && H5P.instances.length;
    if (!listen() || !started) showFailure(true);
    else watch();
  }

  try {
    // Parts of H5P's core that need real storage may reject after the content
    // has rendered; what counts is whether it rendered.
    new H5PStandalone.H5P(container, config.player).then(ready, ready);
  } catch (error) {
    showFailure(true);
  }
})();
