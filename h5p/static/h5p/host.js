/* The page that embeds H5P players: accepts their messages and reports to the server.
 *
 * Each player runs in a sandboxed iframe (an opaque origin). A message counts only
 * if it comes from that iframe's own window and names that iframe's content; the
 * page then posts it with its own token and CSRF token. Anything else is ignored.
 */
(function () {
  "use strict";
  if (window.tipH5PHost) return; // one host for every player on the page
  window.tipH5PHost = true;

  var MAX_HEIGHT = 4000;
  var STATE_DELAY = 2000;

  function Player(frame) {
    this.frame = frame;
    this.figure = frame.closest(".h5p-player");
    this.status = this.figure && this.figure.querySelector("[data-h5p-status]");
    this.pending = [];
    this.sending = false;
    this.stateTimer = null;
    this.lastState = null;
  }

  Player.prototype.post = function (url, body) {
    body.token = this.frame.dataset.h5pToken;
    body.lang = document.documentElement.lang;
    return fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: {"Content-Type": "application/json", "X-CSRFToken": this.frame.dataset.h5pCsrf},
      body: JSON.stringify(body)
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (data) {
        var wait = Number(response.headers.get("Retry-After")) || 0;
        return {ok: response.ok, status: response.status, data: data, retryAfter: wait};
      });
    });
  };

  Player.prototype.say = function (key) {
    if (this.status) this.status.textContent = this.status.dataset[key] || "";
  };

  Player.prototype.flush = function () {
    var player = this;
    if (player.sending || !player.pending.length) return;
    player.sending = true;
    var statement = player.pending[0];
    player.post(player.frame.dataset.h5pStatementUrl, {statement: statement}).then(function (result) {
      player.sending = false;
      if (result.status === 429) { // too many at once: keep it, send it again later
        setTimeout(function () { player.flush(); }, Math.max(result.retryAfter, 1) * 1000);
        return;
      }
      if (result.ok || (result.status >= 400 && result.status < 500)) {
        player.pending.shift(); // stored, or refused for good: do not send it again
      }
      if (!result.ok) {
        if (result.status >= 500) player.say("failedText");
        return;
      }
      if (result.data.step_complete) {
        player.say("savedText");
        document.querySelectorAll("[data-h5p-when-complete]").forEach(function (element) {
          element.hidden = false;
        });
        document.querySelectorAll("[data-h5p-until-complete]").forEach(function (element) {
          element.hidden = true;
        });
      }
      player.flush();
    }, function () {
      player.sending = false;
      player.say("failedText");
    });
  };

  Player.prototype.saveState = function (state) {
    var player = this;
    if (typeof state !== "string" || state === player.lastState) return;
    player.latestState = state;
    clearTimeout(player.stateTimer);
    player.stateTimer = setTimeout(function () {
      player.post(player.frame.dataset.h5pStateUrl, {state: state}).then(function (result) {
        if (result.ok) player.lastState = state;
        if (result.status === 429 && state === player.latestState) { // slowed down: try later
          clearTimeout(player.stateTimer);
          player.stateTimer = setTimeout(function () { player.saveState(state); },
                                         Math.max(result.retryAfter, 1) * 1000);
        }
      }, function () {});
    }, STATE_DELAY);
  };

  Player.prototype.receive = function (data) {
    if (data.kind === "resize") {
      var height = Math.round(Number(data.height));
      if (height > 0) this.frame.style.height = Math.min(height, MAX_HEIGHT) + "px";
      return;
    }
    if (this.frame.dataset.h5pTrack !== "1") return;
    if (data.kind === "xapi" && data.statement && typeof data.statement === "object") {
      this.pending.push(data.statement);
      this.flush();
    } else if (data.kind === "state") {
      this.saveState(data.state);
    }
  };

  var players = Array.prototype.map.call(
    document.querySelectorAll("iframe[data-h5p-token]"),
    function (frame) { return new Player(frame); }
  );
  if (!players.length) return;

  window.addEventListener("message", function (event) {
    var data = event.data;
    for (var i = 0; i < players.length; i++) {
      var player = players[i];
      if (event.source !== player.frame.contentWindow) continue;
      if (!data || typeof data !== "object" || data.tip !== "h5p") return; // not ours (H5P's own resizer)
      if (String(data.contentId) !== player.frame.dataset.h5pContent) {
        if (window.console) console.warn("H5P: a message naming other content was refused");
        return;
      }
      player.receive(data);
      return;
    }
  });
})();
