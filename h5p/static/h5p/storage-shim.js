/* Loaded before the player, inside the sandboxed iframe. Its origin is opaque, so
 * window.localStorage throws; H5P's core reads it at start-up (its offline queue)
 * and would stop half-way. An in-memory store that forgets everything on reload
 * keeps it going; learners' state is saved through the host page instead. */
(function () {
  "use strict";
  try {
    if (window.localStorage) return;
  } catch (error) { /* opaque origin: replace it below */ }
  var items = {};
  var memory = {
    getItem: function (key) { return Object.prototype.hasOwnProperty.call(items, key) ? items[key] : null; },
    setItem: function (key, value) { items[key] = String(value); },
    removeItem: function (key) { delete items[key]; },
    clear: function () { items = {}; },
    key: function (index) { return Object.keys(items)[index] || null; },
    get length() { return Object.keys(items).length; }
  };
  Object.defineProperty(window, "localStorage", {configurable: true, value: memory});
})();
