/*
 * TIP.SortCards 1.0: sort short situations into two groups.
 *
 * Every card shows a situation and one button per group. Pressing a button answers the card:
 * it says whether that was right, names the right group if not, and shows the card's
 * explanation. When every card is answered the score and a "Try again" button appear.
 *
 * Parameters (content.json; semantics.json describes them for H5P's editor, and
 * sort_cards_content() in h5p/demo/__init__.py builds them):
 *   question, groupA, groupB            plain text
 *   cards: [{text, group: "a" | "b", explanation}]
 *   feedback: {allCorrect, notAllCorrect}   optional, shown under the score
 *   language                            optional language code ("ur"): lang attribute, font
 *   direction: "auto" | "ltr" | "rtl"   "auto" (the default) follows the language, else the
 *                                       first letter of the text (Urdu: right to left)
 *   l10n: {tryAgain, correct, notQuite, rightGroup, score}   English when missing
 * Text is set with textContent, never as markup; HTML entities are decoded first because
 * H5P's editor stores plain text escaped.
 *
 * How H5P runs it: H5P.newRunnable() walks window along the machine name, so the constructor
 * must be window.TIP.SortCards. It is called as (params, contentId, extras), where
 * extras.previousState is what getCurrentState() returned last time (H5P passes it only when
 * the host sets saveFreq). xAPI: "interacted" after each card; when the last card is answered,
 * "answered" and then "completed", both with result.score. The core adds "attempted" once,
 * at the first answer (setActivityStarted), and from then on result.duration.
 */
(function () {
  'use strict';

  var RTL_LANGUAGES = ['ar', 'ckb', 'dv', 'fa', 'he', 'ps', 'sd', 'ug', 'ur', 'yi'];
  var STRONG = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]|[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]/;
  var RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]/;
  var DEFAULTS = {
    tryAgain: 'Try again',
    correct: 'Correct',
    notQuite: 'Not quite',
    rightGroup: 'The right group: :group',
    score: 'You sorted :correct of :total correctly'
  };
  var GROUPS = ['a', 'b'];
  var instances = 0;

  function plain(value) {
    if (typeof value !== 'string' || !value) {
      return '';
    }
    // An inert document: nothing in it is fetched or run.
    return new DOMParser().parseFromString(value, 'text/html').documentElement.textContent.trim();
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    node.className = className;
    if (text) {
      node.textContent = text;
    }
    return node;
  }

  function formatNumber(value, language) {
    try {
      return value.toLocaleString(language || undefined);
    }
    catch (error) {  // not a valid language tag
      return String(value);
    }
  }

  function direction(explicit, language, sample) {
    if (explicit === 'ltr' || explicit === 'rtl') {
      return explicit;
    }
    if (language) {
      return RTL_LANGUAGES.indexOf(language.toLowerCase().split('-')[0]) >= 0 ? 'rtl' : 'ltr';
    }
    var first = sample.match(STRONG);
    return first && RTL_LETTER.test(first[0]) ? 'rtl' : 'ltr';
  }

  function restore(state, count) {
    var answers = state && Array.isArray(state.answers) ? state.answers : [];
    var restored = [];
    for (var i = 0; i < count; i++) {
      restored.push(answers.length === count && GROUPS.indexOf(answers[i]) >= 0 ? answers[i] : null);
    }
    return restored;
  }

  function SortCards(params, contentId, extras) {
    H5P.EventDispatcher.call(this);
    params = params || {};
    extras = extras || {};
    this.contentId = contentId;
    this.question = plain(params.question);
    this.groups = {a: plain(params.groupA) || 'A', b: plain(params.groupB) || 'B'};
    this.cards = (Array.isArray(params.cards) ? params.cards : [])
      .filter(function (card) {
        return card && GROUPS.indexOf(card.group) >= 0 && plain(card.text);
      })
      .map(function (card) {
        return {text: plain(card.text), group: card.group, explanation: plain(card.explanation)};
      });
    var feedback = params.feedback || {};
    this.feedback = {all: plain(feedback.allCorrect), some: plain(feedback.notAllCorrect)};
    var l10n = params.l10n || {};
    this.l10n = {};
    for (var key in DEFAULTS) {
      this.l10n[key] = plain(l10n[key]) || DEFAULTS[key];
    }
    var metadata = extras.metadata || {};
    this.language = plain(params.language) || plain(metadata.defaultLanguage);
    this.dir = direction(params.direction, this.language, this.question + ' ' +
      this.cards.map(function (card) { return card.text; }).join(' '));
    this.answers = restore(extras.previousState, this.cards.length);
    this.solutionsShown = false;
    this.uid = 'tip-sc-' + (++instances);
    // h5p-standalone 3.8 drops a minor version of 0 from the library name ("TIP.SortCards 1"),
    // so the core would report "TIP.SortCards-1.undefined" in xAPI; it keeps what is set here.
    this.libraryInfo = {
      versionedName: 'TIP.SortCards 1.0',
      versionedNameNoSpaces: 'TIP.SortCards-1.0',
      machineName: 'TIP.SortCards',
      majorVersion: 1,
      minorVersion: 0
    };
  }

  SortCards.prototype = Object.create(H5P.EventDispatcher.prototype);
  SortCards.prototype.constructor = SortCards;

  SortCards.prototype.attach = function ($container) {
    var container = $container.get ? $container.get(0) : $container;
    if (!this.root) {
      this.build();
    }
    container.textContent = '';
    container.appendChild(this.root);
    this.trigger('resize');
  };

  SortCards.prototype.build = function () {
    var self = this;
    var root = element('div', 'tip-sortcards');
    root.dir = this.dir;
    if (this.language) {
      root.lang = this.language;
    }
    if (this.question) {
      var question = element('p', 'tip-sc-question', this.question);
      question.dir = 'auto';
      root.appendChild(question);
    }
    var list = element('ol', 'tip-sc-cards');
    list.setAttribute('role', 'list');
    this.views = this.cards.map(function (card, index) {
      var item = element('li', 'tip-sc-card');
      var text = element('p', 'tip-sc-text', card.text);
      text.dir = 'auto';
      text.id = self.uid + '-' + index;
      var choices = element('div', 'tip-sc-choices');
      choices.setAttribute('role', 'group');
      choices.setAttribute('aria-labelledby', text.id);
      var buttons = {};
      GROUPS.forEach(function (group) {
        var button = element('button', 'tip-sc-choice', self.groups[group]);
        button.type = 'button';
        button.addEventListener('click', function () {
          self.answer(index, group);
        });
        buttons[group] = button;
        choices.appendChild(button);
      });
      var feedback = element('div', 'tip-sc-feedback');
      feedback.setAttribute('role', 'status');
      item.append(text, choices, feedback);
      list.appendChild(item);
      return {item: item, buttons: buttons, feedback: feedback};
    });
    root.appendChild(list);

    this.summary = element('div', 'tip-sc-summary');
    this.status = element('div', 'tip-sc-result');
    this.status.setAttribute('role', 'status');
    this.retry = element('button', 'tip-sc-retry', this.l10n.tryAgain);
    this.retry.type = 'button';
    this.retry.addEventListener('click', function () {
      self.resetTask();
      var first = self.views[0];
      if (first) {
        first.buttons.a.focus();
      }
    });
    this.summary.append(this.status, this.retry);
    root.appendChild(this.summary);
    this.root = root;
    this.render();
  };

  SortCards.prototype.answer = function (index, group) {
    if (this.answers[index] || this.solutionsShown) {
      return;
    }
    if (typeof this.setActivityStarted === 'function') {
      this.setActivityStarted();
    }
    this.answers[index] = group;
    this.render();
    this.triggerXAPI('interacted');
    if (this.isFinished()) {
      var score = this.getScore();
      var max = this.getMaxScore();
      this.triggerXAPIScored(score, max, 'answered');
      if (typeof this.triggerXAPICompleted === 'function') {
        this.triggerXAPICompleted(score, max);
      }
      else {
        this.triggerXAPIScored(score, max, 'completed');
      }
    }
  };

  SortCards.prototype.render = function () {
    if (!this.root) {
      return;
    }
    this.views.forEach(this.renderCard, this);
    var done = this.isFinished();
    this.summary.classList.toggle('tip-sc-done', done);
    this.retry.hidden = !done;
    this.status.textContent = '';
    if (done) {
      var score = this.getScore();
      var total = this.getMaxScore();
      this.status.appendChild(element('p', 'tip-sc-score', this.l10n.score
        .replace(':correct', formatNumber(score, this.language))
        .replace(':total', formatNumber(total, this.language))));
      var message = score === total ? this.feedback.all : this.feedback.some;
      if (message) {
        var overall = element('p', 'tip-sc-overall', message);
        overall.dir = 'auto';
        this.status.appendChild(overall);
      }
    }
    this.trigger('resize');
  };

  SortCards.prototype.renderCard = function (view, index) {
    var card = this.cards[index];
    var answer = this.answers[index];
    var revealed = Boolean(answer) || this.solutionsShown;
    var right = answer === card.group;
    GROUPS.forEach(function (group) {
      var button = view.buttons[group];
      button.setAttribute('aria-pressed', String(answer === group));
      button.setAttribute('aria-disabled', String(revealed));
      button.classList.toggle('tip-sc-right', revealed && group === card.group);
    });
    view.item.classList.toggle('tip-sc-is-correct', Boolean(answer) && right);
    view.item.classList.toggle('tip-sc-is-wrong', Boolean(answer) && !right);
    view.feedback.textContent = '';
    if (!revealed) {
      return;
    }
    if (answer) {
      view.feedback.appendChild(element('p', 'tip-sc-verdict',
        right ? this.l10n.correct : this.l10n.notQuite));
    }
    if (!right) {
      view.feedback.appendChild(element('p', 'tip-sc-right-group',
        this.l10n.rightGroup.replace(':group', this.groups[card.group])));
    }
    if (card.explanation) {
      var explanation = element('p', 'tip-sc-explanation', card.explanation);
      explanation.dir = 'auto';
      view.feedback.appendChild(explanation);
    }
  };

  SortCards.prototype.isFinished = function () {
    return this.cards.length > 0 && this.answers.every(Boolean);
  };

  SortCards.prototype.getAnswerGiven = function () {
    return this.answers.some(Boolean);
  };

  SortCards.prototype.getScore = function () {
    var cards = this.cards;
    return this.answers.filter(function (answer, index) {
      return answer === cards[index].group;
    }).length;
  };

  SortCards.prototype.getMaxScore = function () {
    return this.cards.length;
  };

  /** The state to save: {answers: ["a" | "b" | null, …]}, one entry per card. */
  SortCards.prototype.getCurrentState = function () {
    return {answers: this.answers.slice()};
  };

  SortCards.prototype.resetTask = function () {
    this.answers = restore(null, this.cards.length);
    this.solutionsShown = false;
    this.activityStartTime = undefined;
    this.render();
  };

  SortCards.prototype.showSolutions = function () {
    this.solutionsShown = true;
    this.render();
  };

  window.TIP = window.TIP || {};
  window.TIP.SortCards = SortCards;
})();
