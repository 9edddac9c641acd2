/* The participants' voting page (VOTING-API.md). Plain ES2017, no libraries, so
   that it runs in the browser of a phone several years old. All text is Dutch. */
(function () {
  'use strict';

  var TOKEN = decodeURIComponent(location.pathname.split('/')[2] || '');
  var API = '/api/v/' + encodeURIComponent(TOKEN);
  var POLL_WAITING_MS = 3000;
  var POLL_OPEN_MS = 5000;
  var REQUEST_TIMEOUT_MS = 10000;
  var VOTER_KEY = 'atelier-voter';
  var CLUSTER_KEY = 'atelier-cluster';
  var PARTICIPANT_KEY = 'atelier-participant';
  var NOT_LISTED = '-'; // "Ik sta niet op de lijst": a ballot without a name
  var VOTER_PATTERN = /^[A-Za-z0-9_-]{16,64}$/;
  var ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  var number = new Intl.NumberFormat('nl-BE', { maximumFractionDigits: 2 });

  var round = null; // the open round as GET /round returned it
  var choice = null; // what this phone has chosen in that round
  var view = 'loading';
  var sending = false;
  var pollTimer = null;
  var failures = 0;
  var confirmGaps = false; // a survey sent with open questions asks for a second tap

  function $(id) {
    return document.getElementById(id);
  }

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    var key;
    for (key in attrs || {}) {
      if (Object.prototype.hasOwnProperty.call(attrs, key)) {
        if (key === 'className') {
          node.className = attrs[key];
        } else {
          node.setAttribute(key, attrs[key]);
        }
      }
    }
    if (text !== undefined && text !== null) {
      node.textContent = String(text);
    }
    return node;
  }

  // --- storage that survives a browser without it (private mode of old browsers)

  var memory = {};

  function load(store, key) {
    try {
      return window[store].getItem(key);
    } catch (e) {
      return memory[store + key] || null;
    }
  }

  function save(store, key, value) {
    try {
      if (value === null) {
        window[store].removeItem(key);
      } else {
        window[store].setItem(key, value);
      }
    } catch (e) {
      memory[store + key] = value;
    }
  }

  function randomId(length) {
    var bytes = new Uint8Array(length);
    var out = '';
    var i;
    if (window.crypto && window.crypto.getRandomValues) {
      window.crypto.getRandomValues(bytes);
    } else {
      for (i = 0; i < length; i++) {
        bytes[i] = Math.floor(Math.random() * 256);
      }
    }
    for (i = 0; i < length; i++) {
      out += ALPHABET.charAt(bytes[i] % 64);
    }
    return out;
  }

  // One random id per device, kept: a new vote from it replaces the earlier one.
  function voterId() {
    var id = load('localStorage', VOTER_KEY);
    if (!id || !VOTER_PATTERN.test(id)) {
      id = randomId(32);
      save('localStorage', VOTER_KEY, id);
    }
    return id;
  }

  // --- talking to the laptop

  function request(path, options) {
    var timeout = new Promise(function (resolve, reject) {
      setTimeout(function () {
        reject(new Error('timeout'));
      }, REQUEST_TIMEOUT_MS);
    });
    var opts = Object.assign({ cache: 'no-store', credentials: 'omit' }, options || {});
    return Promise.race([fetch(API + path, opts), timeout]);
  }

  function schedulePoll(ms) {
    clearTimeout(pollTimer);
    // A little jitter, so a hundred phones do not ask at the same moment.
    pollTimer = setTimeout(poll, Math.round(ms * (0.8 + Math.random() * 0.4)));
  }

  async function poll() {
    clearTimeout(pollTimer);
    if (document.hidden) {
      return; // resumes on visibilitychange
    }
    try {
      var response = await request('/round');
      if (!response.ok) {
        throw new Error('status ' + response.status);
      }
      var data = await response.json();
      failures = 0;
      $('connection').textContent = '';
      showRound(data);
    } catch (e) {
      failures += 1;
      if (failures >= 2) {
        $('connection').textContent =
          'Geen verbinding met de laptop van de begeleider. We proberen het opnieuw.';
      }
    }
    schedulePoll(round ? POLL_OPEN_MS : POLL_WAITING_MS);
  }

  document.addEventListener('visibilitychange', function () {
    if (!document.hidden) {
      poll();
    }
  });

  // --- views

  function show(name, focusId) {
    var names = ['loading', 'waiting', 'ballot', 'ideas', 'done'];
    var i;
    for (i = 0; i < names.length; i++) {
      $(names[i]).hidden = names[i] !== name;
    }
    view = name;
    if (focusId) {
      $(focusId).focus();
    }
  }

  function announce(text) {
    var region = $('announce');
    region.textContent = '';
    setTimeout(function () {
      region.textContent = text;
    }, 50);
  }

  function doneKey() {
    return 'atelier-done-' + round.round_id;
  }

  function showRound(data) {
    if (data.status !== 'open') {
      if (round) {
        announce('De stemronde is gesloten.');
      }
      round = null;
      choice = null;
      $('bar-title').textContent = 'Stemmen';
      if (view !== 'waiting') {
        show('waiting');
      }
      return;
    }
    if (round && round.round_id === data.round_id) {
      if (round.anonymous !== data.anonymous) {
        // Made anonymous meanwhile: stop asking (and sending) a name.
        round.anonymous = data.anonymous;
        round.participants = data.participants;
        renderParticipants();
      }
      return; // the same round: keep what the participant is doing
    }
    var first = view === 'loading';
    round = data;
    if (isIdeas()) {
      choice = null;
      renderIdeas();
      show('ideas', first ? null : 'ideas-title');
      if (!first) {
        announce('Nieuwe ronde: ' + round.title);
      }
      return;
    }
    choice = restoreChoice() || emptyChoice();
    renderBallot();
    if (load('sessionStorage', doneKey())) {
      show('done');
    } else {
      show('ballot', first ? null : 'round-title');
      if (!first) {
        announce('Nieuwe stemronde: ' + round.title);
      }
    }
  }

  // --- the participant's choice, per method

  function isSurvey() {
    return round.method === 'survey';
  }

  function emptyChoice() {
    if (isSurvey()) {
      return { scores: {}, importance: {} };
    }
    return round.method === 'rank' ? [] : {};
  }

  function isObject(value) {
    return Boolean(value) && typeof value === 'object' && !Array.isArray(value);
  }

  function restoreChoice() {
    try {
      var saved = JSON.parse(load('sessionStorage', 'atelier-choice-' + round.round_id));
      if (isSurvey()) {
        return isObject(saved) && isObject(saved.scores) && isObject(saved.importance) ? saved : null;
      }
      if (round.method === 'rank' ? Array.isArray(saved) : saved && typeof saved === 'object') {
        return saved;
      }
    } catch (e) {
      /* nothing saved */
    }
    return null;
  }

  function keepChoice() {
    save('sessionStorage', 'atelier-choice-' + round.round_id, JSON.stringify(choice));
  }

  function options() {
    return round.options || [];
  }

  function titleOf(id) {
    var list = options();
    var i;
    for (i = 0; i < list.length; i++) {
      if (list[i].id === id) {
        return list[i].title;
      }
    }
    return '';
  }

  function dotsUsed() {
    var used = 0;
    var key;
    for (key in choice) {
      if (Object.prototype.hasOwnProperty.call(choice, key)) {
        used += choice[key];
      }
    }
    return used;
  }

  function budgetUsed() {
    var used = 0;
    var key;
    for (key in choice) {
      if (Object.prototype.hasOwnProperty.call(choice, key) && isFinite(choice[key])) {
        used += choice[key];
      }
    }
    return used;
  }

  function maxRanked() {
    return Math.min(round.rules.max_ranked, options().length);
  }

  function plural(n, one, many) {
    return n === 1 ? one : many;
  }

  function updateCounter() {
    var counter = $('counter');
    var rules = round.rules;
    var left;
    counter.className = 'counter';
    $('progress').hidden = !isSurvey();
    if (isSurvey()) {
      var progress = surveyProgress();
      counter.textContent = progress.answered + ' van ' + progress.total + ' beantwoord';
      $('progress-fill').style.width =
        (progress.total ? Math.round((100 * progress.answered) / progress.total) : 0) + '%';
    } else if (round.method === 'dots') {
      left = rules.dots - dotsUsed();
      counter.textContent =
        'Nog ' + left + ' van ' + rules.dots + ' ' + plural(rules.dots, 'stip', 'stippen') + ' over';
    } else if (isWhole()) {
      wholeCounter(counter);
    } else if (round.method === 'budget') {
      left = rules.budget - budgetUsed();
      if (left < 0) {
        counter.className = 'counter over';
        counter.textContent = number.format(-left) + ' boven het budget van ' + number.format(rules.budget);
      } else {
        counter.textContent =
          'Nog ' + number.format(left) + ' van ' + number.format(rules.budget) + ' over';
      }
    } else if (round.method === 'rank') {
      counter.textContent = choice.length + ' van ' + maxRanked() + ' gerangschikt';
    } else {
      var given = 0;
      var total = options().length * rules.criteria.length;
      var key;
      for (key in choice) {
        if (Object.prototype.hasOwnProperty.call(choice, key)) {
          given += Object.keys(choice[key]).length;
        }
      }
      counter.textContent = given + ' van ' + total + ' scores gegeven';
    }
  }

  // --- rendering

  function description(option) {
    var text = option.description || '';
    if (!text) {
      return null;
    }
    if (text.length <= 160) {
      return el('p', { className: 'option-desc' }, text);
    }
    var details = el('details', { className: 'option-desc' });
    details.appendChild(el('summary', {}, 'Meer uitleg'));
    details.appendChild(el('p', {}, text));
    return details;
  }

  function helpText() {
    var rules = round.rules;
    if (isSurvey()) {
      var labels = rules.scale.labels;
      return (
        'Kies je cluster. Geef bij elke stelling aan hoe akkoord je bent, van ' + rules.scale.min +
        ' (' + labels[0] + ') tot ' + rules.scale.max + ' (' + labels[labels.length - 1] +
        '), of kies \u2018' + rules.dont_know + '\u2019. Per domein vragen we ook hoe belangrijk je het vindt.'
      );
    }
    if (round.method === 'dots') {
      return (
        'Verdeel ' + rules.dots + ' ' + plural(rules.dots, 'stip', 'stippen') + ' over de voorstellen, ' +
        'hoogstens ' + rules.max_per_option + ' per voorstel. Tik op + of −.'
      );
    }
    if (round.method === 'score') {
      return 'Geef elk voorstel een score van ' + rules.min + ' (laag) tot ' + rules.max + ' (hoog) per criterium.';
    }
    if (round.method === 'rank') {
      return (
        'Kies hoogstens ' + maxRanked() + ' voorstellen en zet ze in volgorde: de belangrijkste bovenaan.'
      );
    }
    if (isWhole()) {
      return wholeHelp();
    }
    return 'Verdeel een budget van ' + number.format(rules.budget) + ' over de voorstellen.';
  }

  // The words that differ between a vote and a survey.
  function applyWording() {
    var survey = isSurvey();
    $('bar-title').textContent = survey ? 'Bevraging' : 'Stemmen';
    $('submit').textContent = survey ? 'Antwoorden versturen' : 'Stem';
    $('done-title').textContent = survey ? 'Je antwoorden zijn bewaard' : 'Je stem is geteld';
    $('done-text').textContent = survey
      ? 'Dank je wel. Je kunt je antwoorden nog aanpassen zolang de bevraging open is.'
      : 'Dank je wel. Je kunt je stem nog aanpassen zolang de ronde open is.';
    $('change').textContent = survey ? 'Antwoorden aanpassen' : 'Stem aanpassen';
  }

  function renderBallot() {
    $('round-title').textContent = round.title;
    document.title = round.title + (isSurvey() ? ' – Bevraging' : ' – Stemmen');
    applyWording();
    confirmGaps = false;
    $('round-question').textContent = round.question || '';
    $('round-question').hidden = !round.question;
    $('round-help').textContent = helpText();
    renderClusters();
    renderParticipants();
    $('message').textContent = '';
    $('message').className = 'message';
    var box = $('options');
    box.textContent = '';
    if (isSurvey()) {
      renderSurvey(box);
    } else if (round.method === 'dots') {
      renderDots(box);
    } else if (round.method === 'score') {
      renderScore(box);
    } else if (round.method === 'rank') {
      renderRank(box);
    } else {
      renderBudget(box);
    }
    updateCounter();
  }

  function renderClusters() {
    var clusters = round.clusters || [];
    var select = $('cluster');
    var remembered = load('localStorage', CLUSTER_KEY) || '';
    var i;
    while (select.options.length > 1) {
      select.remove(1);
    }
    for (i = 0; i < clusters.length; i++) {
      select.appendChild(el('option', { value: clusters[i] }, clusters[i]));
    }
    select.value = clusters.indexOf(remembered) >= 0 ? remembered : '';
    // A survey needs the cluster (answers count per cluster): asked first, and required.
    var field = $('cluster-field');
    var box = $('options');
    var survey = isSurvey();
    box.parentNode.insertBefore(field, survey ? box : box.nextSibling);
    $('cluster-need').textContent = survey ? '(verplicht)' : '(niet verplicht)';
    $('cluster-none').textContent = survey ? 'Kies je cluster' : 'Geen keuze';
    select.required = survey;
    select.setAttribute('aria-required', survey ? 'true' : 'false');
    field.className = survey ? 'field cluster-first' : 'field';
    field.hidden = clusters.length === 0;
  }

  // --- a named round: pick your own name (an anonymous round never asks, nor sends one)

  function isNamed() {
    return !isSurvey() && round.anonymous === false;
  }

  function people() {
    return (isNamed() && round.participants) || [];
  }

  function renderParticipants() {
    var list = people();
    var select = $('participant');
    var remembered = load('localStorage', PARTICIPANT_KEY) || '';
    var found = false;
    var i;
    while (select.options.length > 1) {
      select.remove(1);
    }
    for (i = 0; i < list.length; i++) {
      var text = list[i].name + (list[i].cluster ? ' (' + list[i].cluster + ')' : '');
      select.appendChild(el('option', { value: list[i].id }, text));
      if (list[i].id === remembered) {
        found = true;
      }
    }
    select.appendChild(el('option', { value: NOT_LISTED }, 'Ik sta niet op de lijst'));
    select.value = found || remembered === NOT_LISTED ? remembered : '';
    select.removeAttribute('aria-invalid');
    $('participant-field').hidden = list.length === 0;
    $('participant-none').hidden = !(isNamed() && list.length === 0);
  }

  function clusterOfPerson(id) {
    var list = people();
    var i;
    for (i = 0; i < list.length; i++) {
      if (list[i].id === id) {
        return list[i].cluster || '';
      }
    }
    return '';
  }

  $('participant').addEventListener('change', function () {
    save('localStorage', PARTICIPANT_KEY, this.value || null);
    this.removeAttribute('aria-invalid');
    // Your cluster follows from your name, unless you chose one yourself.
    var cluster = clusterOfPerson(this.value);
    var select = $('cluster');
    if (cluster && !select.value && (round.clusters || []).indexOf(cluster) >= 0) {
      select.value = cluster;
    }
  });

  function participantProblem() {
    var select = $('participant');
    if (people().length && !select.value) {
      select.setAttribute('aria-invalid', 'true');
      select.focus();
      return 'Kies eerst je naam, of \u2018Ik sta niet op de lijst\u2019.';
    }
    return '';
  }

  $('cluster').addEventListener('change', function () {
    save('localStorage', CLUSTER_KEY, this.value || null);
    this.removeAttribute('aria-invalid');
  });

  // --- the survey: per internal area its statements (1–5 or "weet niet"), then its importance

  function surveyAreas() {
    return round.areas || [];
  }

  function surveyProgress() {
    var answered = 0;
    var total = 0;
    var firstOpen = null;
    surveyAreas().forEach(function (area) {
      area.statements.forEach(function (statement) {
        total += 1;
        if (Object.prototype.hasOwnProperty.call(choice.scores, statement.id)) {
          answered += 1;
        } else if (firstOpen === null) {
          firstOpen = 'statement-' + statement.id;
        }
      });
      total += 1;
      if (Object.prototype.hasOwnProperty.call(choice.importance, area.id)) {
        answered += 1;
      } else if (firstOpen === null) {
        firstOpen = 'importance-' + area.id;
      }
    });
    return { answered: answered, total: total, firstOpen: firstOpen };
  }

  // One radio per value; the number shows, the word is the label a screen reader reads.
  function scaleChoices(name, scale, picked, onPick) {
    var row = el('div', { className: 'scale answers' });
    scale.labels.forEach(function (word, i) {
      var value = scale.min + i;
      var label = el('label', { className: 'answer' });
      var input = el('input', { type: 'radio', name: name, value: String(value) });
      input.checked = picked === value;
      input.addEventListener('change', function () {
        onPick(value);
      });
      label.appendChild(input);
      label.appendChild(el('span', { className: 'face', 'aria-hidden': 'true' }, value));
      label.appendChild(el('span', { className: 'visually-hidden' }, word));
      row.appendChild(label);
    });
    return row;
  }

  function scaleEnds(scale) {
    var ends = el('div', { className: 'scale-ends', 'aria-hidden': 'true' });
    ends.appendChild(el('span', {}, scale.min + ' ' + scale.labels[0]));
    ends.appendChild(el('span', {}, scale.max + ' ' + scale.labels[scale.labels.length - 1]));
    return ends;
  }

  function renderSurvey(box) {
    var rules = round.rules;
    var areas = surveyAreas();
    var count = 0;
    areas.forEach(function (area, a) {
      var section = el('section', { className: 'area', 'aria-labelledby': 'area-' + a });
      section.appendChild(el('p', { className: 'area-count' }, 'Domein ' + (a + 1) + ' van ' + areas.length));
      section.appendChild(el('h2', { className: 'area-title', id: 'area-' + a }, area.name));
      var desc = description(area);
      if (desc) {
        section.appendChild(desc);
      }
      area.statements.forEach(function (statement) {
        count += 1;
        var group = el('fieldset', { className: 'option statement', id: 'statement-' + statement.id });
        var legend = el('legend', { className: 'statement-text' });
        legend.appendChild(el('span', { className: 'nr' }, count + '.'));
        legend.appendChild(document.createTextNode(' ' + statement.text));
        group.appendChild(legend);
        var name = 'stelling-' + count;
        var has = Object.prototype.hasOwnProperty.call(choice.scores, statement.id);
        var picked = has ? choice.scores[statement.id] : undefined;
        var shown = el('span', { className: 'picked', 'aria-hidden': 'true' });
        group.appendChild(scaleChoices(name, rules.scale, picked, function (value) {
          answerStatement(statement, value);
          showPicked(shown, rules.scale, value);
        }));
        group.appendChild(scaleEnds(rules.scale));
        var row = el('div', { className: 'unsure-row' });
        var unsure = el('label', { className: 'answer dont-know' });
        var input = el('input', { type: 'radio', name: name, value: '' });
        input.checked = has && picked === null;
        input.addEventListener('change', function () {
          answerStatement(statement, null);
          showPicked(shown, rules.scale, null);
        });
        unsure.appendChild(input);
        unsure.appendChild(el('span', { className: 'face' }, rules.dont_know));
        row.appendChild(unsure);
        row.appendChild(shown);
        showPicked(shown, rules.scale, has ? picked : null);
        group.appendChild(row);
        section.appendChild(group);
      });
      var importance = el('fieldset', { className: 'option importance', id: 'importance-' + area.id });
      importance.appendChild(el('legend', { className: 'statement-text' },
        'Hoe belangrijk vind je \u2018' + area.name + '\u2019?'));
      var chosen = el('div', { className: 'picked', 'aria-hidden': 'true' });
      importance.appendChild(scaleChoices('belang-' + a, rules.importance, choice.importance[area.id], function (value) {
        choice.importance[area.id] = value;
        afterAnswer();
        showPicked(chosen, rules.importance, value);
      }));
      importance.appendChild(scaleEnds(rules.importance));
      showPicked(chosen, rules.importance, choice.importance[area.id]);
      importance.appendChild(chosen);
      section.appendChild(importance);
      box.appendChild(section);
    });
  }

  // The chosen value in words, for the eye (the radio's own label tells a screen reader).
  function showPicked(node, scale, value) {
    var word = typeof value === 'number' ? scale.labels[value - scale.min] : '';
    node.textContent = word ? 'Jouw keuze: ' + word : '';
  }

  function answerStatement(statement, value) {
    choice.scores[statement.id] = value;
    afterAnswer();
  }

  function afterAnswer() {
    confirmGaps = false;
    keepChoice();
    updateCounter();
  }

  // Only what the open round still asks (a statement may have been removed meanwhile).
  function surveyEntries() {
    var scores = {};
    var importance = {};
    surveyAreas().forEach(function (area) {
      area.statements.forEach(function (statement) {
        if (Object.prototype.hasOwnProperty.call(choice.scores, statement.id)) {
          scores[statement.id] = choice.scores[statement.id];
        }
      });
      if (Object.prototype.hasOwnProperty.call(choice.importance, area.id)) {
        importance[area.id] = choice.importance[area.id];
      }
    });
    return { scores: scores, importance: importance };
  }

  function surveyProblem() {
    var select = $('cluster');
    if (!select.value) {
      select.setAttribute('aria-invalid', 'true');
      select.focus();
      return 'Kies eerst je cluster: je antwoorden tellen per cluster.';
    }
    var progress = surveyProgress();
    if (progress.answered === 0) {
      return 'Beantwoord minstens één vraag.';
    }
    var open = progress.total - progress.answered;
    if (open > 0 && !confirmGaps) {
      confirmGaps = true;
      var first = $(progress.firstOpen);
      if (first) {
        first.querySelector('input').focus();
      }
      return (
        'Nog ' + open + ' ' + plural(open, 'vraag', 'vragen') + ' open. ' +
        'Tik nog eens op \u2018Antwoorden versturen\u2019 om toch te versturen.'
      );
    }
    return '';
  }

  function renderDots(box) {
    options().forEach(function (option, i) {
      var card = el('div', { className: 'option' });
      var titleId = 'title-' + i;
      card.appendChild(el('h2', { className: 'option-title', id: titleId }, option.title));
      var desc = description(option);
      if (desc) {
        card.appendChild(desc);
      }
      var stepper = el('div', { className: 'stepper', role: 'group', 'aria-labelledby': titleId });
      var minus = el('button', {
        type: 'button',
        className: 'step',
        'aria-label': 'Eén stip minder voor ' + option.title
      }, '\u2212');
      var plus = el('button', {
        type: 'button',
        className: 'step',
        'aria-label': 'Eén stip meer voor ' + option.title
      }, '+');
      var count = el('span', { className: 'count', id: 'count-' + i });
      stepper.appendChild(minus);
      stepper.appendChild(count);
      stepper.appendChild(plus);
      card.appendChild(stepper);
      minus.addEventListener('click', function () {
        changeDots(option, -1);
      });
      plus.addEventListener('click', function () {
        changeDots(option, 1);
      });
      box.appendChild(card);
    });
    refreshDots();
  }

  function changeDots(option, delta) {
    var rules = round.rules;
    var now = choice[option.id] || 0;
    var next = now + delta;
    if (next < 0 || next > rules.max_per_option || dotsUsed() + delta > rules.dots) {
      return;
    }
    if (next === 0) {
      delete choice[option.id];
    } else {
      choice[option.id] = next;
    }
    keepChoice();
    refreshDots();
    announce(
      option.title + ': ' + next + ' ' + plural(next, 'stip', 'stippen') + '. ' +
      'Nog ' + (rules.dots - dotsUsed()) + ' over.'
    );
  }

  function refreshDots() {
    var rules = round.rules;
    var left = rules.dots - dotsUsed();
    var cards = $('options').children;
    options().forEach(function (option, i) {
      var n = choice[option.id] || 0;
      var count = $('count-' + i);
      count.textContent = '';
      count.appendChild(el('strong', {}, n));
      count.appendChild(el('span', {}, plural(n, 'stip', 'stippen')));
      count.appendChild(el('span', { className: 'dots', 'aria-hidden': 'true' }, new Array(n + 1).join('\u25CF')));
      var buttons = cards[i].querySelectorAll('.step');
      buttons[0].disabled = n === 0;
      buttons[1].disabled = n >= rules.max_per_option || left <= 0;
    });
    updateCounter();
  }

  function renderScore(box) {
    var rules = round.rules;
    options().forEach(function (option, i) {
      var card = el('fieldset', { className: 'option' });
      card.appendChild(el('legend', { className: 'option-title' }, option.title));
      var desc = description(option);
      if (desc) {
        card.appendChild(desc);
      }
      rules.criteria.forEach(function (criterion, j) {
        var group = el('fieldset', { className: 'criterion' });
        var legend = el('legend', {}, criterion.title + ' ');
        if (criterion.weight !== 1) {
          legend.appendChild(el('span', { className: 'weight' }, '(telt ' + number.format(criterion.weight) + '×)'));
        }
        group.appendChild(legend);
        var scale = el('div', { className: 'scale' });
        var s;
        for (s = rules.min; s <= rules.max; s++) {
          var label = el('label', { className: 'pick' });
          var input = el('input', { type: 'radio', name: 'score-' + i + '-' + j, value: String(s) });
          var picked = choice[option.id] && choice[option.id][criterion.id];
          input.checked = picked === s;
          input.addEventListener('change', scorePicker(option, criterion, s));
          label.appendChild(input);
          label.appendChild(el('span', {}, s));
          scale.appendChild(label);
        }
        group.appendChild(scale);
        var ends = el('div', { className: 'scale-ends', 'aria-hidden': 'true' });
        ends.appendChild(el('span', {}, rules.min + ' = laag'));
        ends.appendChild(el('span', {}, rules.max + ' = hoog'));
        group.appendChild(ends);
        card.appendChild(group);
      });
      box.appendChild(card);
    });
  }

  function scorePicker(option, criterion, value) {
    return function () {
      if (!choice[option.id]) {
        choice[option.id] = {};
      }
      choice[option.id][criterion.id] = value;
      keepChoice();
      updateCounter();
    };
  }

  function renderRank(box, focusKey) {
    box.textContent = '';
    var limit = maxRanked();
    box.appendChild(el('h2', { className: 'list-title', id: 'ranked-title' }, 'Jouw rangschikking'));
    if (choice.length === 0) {
      box.appendChild(el('p', { className: 'empty' }, 'Nog niets gekozen. Voeg hieronder voorstellen toe.'));
    }
    var ranked = el('ol', { className: 'ranklist', 'aria-labelledby': 'ranked-title' });
    choice.forEach(function (id, place) {
      var title = titleOf(id);
      var item = el('li', { className: 'option ranked-item' });
      item.appendChild(el('span', { className: 'place', 'aria-hidden': 'true' }, place + 1));
      item.appendChild(el('span', { className: 'option-title' }, title));
      var moves = el('div', { className: 'moves' });
      moves.appendChild(rankButton('\u25B2', title + ' hoger zetten', 'up-' + id, place === 0, function () {
        moveRanked(place, -1, 'up-' + id);
      }));
      moves.appendChild(rankButton('\u25BC', title + ' lager zetten', 'down-' + id, place === choice.length - 1, function () {
        moveRanked(place, 1, 'down-' + id);
      }));
      moves.appendChild(rankButton('\u2715', title + ' uit je rangschikking halen', 'out-' + id, false, function () {
        choice.splice(place, 1);
        afterRankChange('out', title + ' staat niet meer in je rangschikking.');
      }));
      item.appendChild(moves);
      ranked.appendChild(item);
    });
    box.appendChild(ranked);

    var rest = options().filter(function (option) {
      return choice.indexOf(option.id) < 0;
    });
    if (rest.length) {
      box.appendChild(el('h2', { className: 'list-title', id: 'rest-title' }, 'Nog te kiezen'));
      var list = el('ul', { className: 'ranklist', 'aria-labelledby': 'rest-title' });
      rest.forEach(function (option) {
        var item = el('li', { className: 'option' });
        item.appendChild(el('span', { className: 'option-title' }, option.title));
        var desc = description(option);
        if (desc) {
          item.appendChild(desc);
        }
        var full = choice.length >= limit;
        var add = el('button', {
          type: 'button',
          className: 'add',
          'data-key': 'add-' + option.id
        }, full ? 'Je lijst is vol (' + limit + ')' : 'Kies als nummer ' + (choice.length + 1));
        add.setAttribute('aria-label', full
          ? option.title + ': je rangschikking is vol'
          : option.title + ' kiezen als nummer ' + (choice.length + 1));
        add.disabled = full;
        add.addEventListener('click', function () {
          choice.push(option.id);
          afterRankChange('next-add', option.title + ' staat nu op plaats ' + choice.length + '.');
        });
        item.appendChild(add);
        list.appendChild(item);
      });
      box.appendChild(list);
    }
    if (focusKey) {
      var target = focusKey === 'next-add'
        ? box.querySelector('.add:not([disabled])')
        : box.querySelector('[data-key="' + focusKey + '"]');
      if (!target || target.disabled) {
        target = box.querySelector('button:not([disabled])');
      }
      if (target) {
        target.focus();
      }
    }
  }

  function rankButton(symbol, label, key, disabled, onClick) {
    var button = el('button', { type: 'button', className: 'move', 'aria-label': label, title: label, 'data-key': key }, symbol);
    button.disabled = disabled;
    button.addEventListener('click', onClick);
    return button;
  }

  function moveRanked(place, delta, focusKey) {
    var other = place + delta;
    if (other < 0 || other >= choice.length) {
      return;
    }
    var id = choice[place];
    choice[place] = choice[other];
    choice[other] = id;
    afterRankChange(focusKey, titleOf(id) + ' staat nu op plaats ' + (other + 1) + '.');
  }

  function afterRankChange(focusKey, message) {
    keepChoice();
    renderRank($('options'), focusKey);
    updateCounter();
    announce(message);
  }

  function renderBudget(box) {
    if (isWhole()) {
      renderWhole(box);
      return;
    }
    options().forEach(function (option, i) {
      var card = el('div', { className: 'option' });
      var inputId = 'amount-' + i;
      var label = el('label', { className: 'option-title', for: inputId }, option.title);
      card.appendChild(label);
      var desc = description(option);
      if (desc) {
        card.appendChild(desc);
      }
      var input = el('input', {
        type: 'number',
        id: inputId,
        min: '0',
        step: 'any',
        inputmode: 'decimal',
        autocomplete: 'off',
        placeholder: '0'
      });
      if (choice[option.id]) {
        input.value = String(choice[option.id]);
      }
      input.addEventListener('input', function () {
        var value = input.value === '' ? 0 : Number(input.value);
        var bad = input.value !== '' && (!isFinite(value) || value < 0);
        if (input.validity && input.validity.badInput) {
          bad = true;
        }
        input.setAttribute('aria-invalid', bad ? 'true' : 'false');
        if (bad || value === 0) {
          delete choice[option.id];
        } else {
          choice[option.id] = value;
        }
        keepChoice();
        updateCounter();
      });
      card.appendChild(input);
      box.appendChild(card);
    });
  }

  // --- a budget round with whole fiches (VOTING-API.md additions: costs, whole):
  // each fiche at its own cost, taken whole or not at all, until the budget is used.

  function isWhole() {
    return round.method === 'budget' && round.rules.whole === true && isObject(round.rules.costs);
  }

  // € 1.250.000: the Flemish way, the same on every phone (no Intl needed); cents
  // only when there are any.
  function euro(value) {
    var negative = value < 0;
    var cents = Math.round(Math.abs(value) * 100);
    var whole = String(Math.floor(cents / 100));
    var rest = cents % 100;
    var grouped = '';
    while (whole.length > 3) {
      grouped = '.' + whole.slice(-3) + grouped;
      whole = whole.slice(0, -3);
    }
    var text = whole + grouped + (rest ? ',' + (rest < 10 ? '0' : '') + rest : '');
    return (negative ? '\u2212' : '') + '\u20AC\u00A0' + text;
  }

  function costOf(id) {
    var cost = round.rules.costs[id];
    return typeof cost === 'number' && isFinite(cost) && cost > 0 ? cost : null;
  }

  // Only fiches still in the round, at their cost now (a restored choice may be older).
  function wholePicked() {
    var picked = [];
    options().forEach(function (option) {
      if (choice[option.id] && costOf(option.id) !== null) {
        picked.push(option.id);
      }
    });
    return picked;
  }

  function wholeSpent() {
    return wholePicked().reduce(function (sum, id) {
      return sum + costOf(id);
    }, 0);
  }

  function wholeLeft() {
    return Math.round((round.rules.budget - wholeSpent()) * 100) / 100;
  }

  function wholeHelp() {
    return (
      'Je hebt ' + euro(round.rules.budget) + ' te besteden. Elke fiche kost wat erbij staat: ' +
      'kies hele fiches tot je budget op is. Tik op een fiche om ze te kiezen of te schrappen.'
    );
  }

  // Why a fiche cannot be taken now, or '' when it can (or is taken).
  function wholeReason(id) {
    var cost = costOf(id);
    if (choice[id]) {
      return '';
    }
    if (cost === null) {
      return 'Deze fiche heeft geen kost en kan niet gekozen worden.';
    }
    if (cost > round.rules.budget + 0.005) {
      return 'Kost meer dan het hele budget van ' + euro(round.rules.budget) + '.';
    }
    var left = wholeLeft();
    if (cost > left + 0.005) {
      return 'Past niet meer: je hebt nog ' + euro(left) + ' over. Schrap eerst een andere fiche.';
    }
    return '';
  }

  function renderWhole(box) {
    options().forEach(function (option, i) {
      var cost = costOf(option.id);
      var card = el('div', { className: 'option whole-option', id: 'whole-card-' + i });
      var titleId = 'whole-title-' + i;
      var costId = 'whole-cost-' + i;
      var reasonId = 'whole-reason-' + i;
      card.appendChild(el('h2', { className: 'option-title', id: titleId }, option.title));
      card.appendChild(el('p', { className: 'whole-cost', id: costId },
        cost === null ? 'geen kost' : euro(cost)));
      var desc = description(option);
      if (desc) {
        card.appendChild(desc);
      }
      var label = el('label', { className: 'whole-toggle', for: 'whole-' + i });
      var input = el('input', {
        type: 'checkbox',
        id: 'whole-' + i,
        'aria-labelledby': titleId + ' ' + costId,
        'aria-describedby': reasonId
      });
      input.addEventListener('change', function () {
        pickWhole(option, input.checked, i);
      });
      label.appendChild(input);
      label.appendChild(el('span', { className: 'whole-word', 'aria-hidden': 'true' }));
      card.appendChild(label);
      card.appendChild(el('p', { className: 'whole-reason', id: reasonId }));
      box.appendChild(card);
    });
    refreshWhole();
  }

  function pickWhole(option, take, i) {
    var cost = costOf(option.id);
    if (take && (cost === null || wholeReason(option.id))) {
      refreshWhole();
      return; // a disabled box cannot be ticked; this is the belt to those braces
    }
    if (take) {
      choice[option.id] = cost;
    } else {
      delete choice[option.id];
    }
    keepChoice();
    refreshWhole();
    var left = euro(wholeLeft());
    announce(
      option.title + (take ? ' gekozen voor ' + euro(cost) : ' geschrapt') + '. Nog ' + left + ' over.'
    );
    var box = $('whole-' + i);
    if (box && document.activeElement !== box) {
      box.focus();
    }
  }

  function refreshWhole() {
    options().forEach(function (option, i) {
      var input = $('whole-' + i);
      if (!input) {
        return;
      }
      var taken = Boolean(choice[option.id]) && costOf(option.id) !== null;
      var reason = wholeReason(option.id);
      input.checked = taken;
      input.disabled = !taken && reason !== '';
      $('whole-card-' + i).className =
        'option whole-option' + (taken ? ' taken' : '') + (input.disabled ? ' blocked' : '');
      input.nextSibling.textContent = taken
        ? 'Gekozen \u2013 tik om te schrappen'
        : input.disabled ? 'Past niet' : 'Kies deze fiche';
      $('whole-reason-' + i).textContent = reason;
    });
    updateCounter();
  }

  function wholeCounter(counter) {
    var budget = round.rules.budget;
    var spent = wholeSpent();
    var left = wholeLeft();
    var picked = wholePicked().length;
    counter.className = 'counter whole-left' + (left < 0 ? ' over' : '');
    counter.textContent = '';
    counter.appendChild(el('span', { className: 'whole-of' }, left < 0 ? 'Te veel: ' : 'Nog over: '));
    counter.appendChild(el('span', { className: 'whole-amount' }, left < 0 ? euro(-left) : euro(left)));
    counter.appendChild(el('span', { className: 'whole-count' },
      'van ' + euro(budget) + ' \u00B7 ' + picked + ' ' + plural(picked, 'fiche', 'fiches') +
      ' gekozen'));
    $('progress').hidden = false;
    $('progress-fill').style.width = Math.min(100, Math.round((100 * spent) / budget)) + '%';
  }

  function wholeProblem() {
    if (wholeLeft() < -0.005) {
      return 'Je keuze kost meer dan het budget van ' + euro(round.rules.budget) + ': schrap een fiche.';
    }
    return '';
  }

  // --- sending

  function entries() {
    if (isSurvey()) {
      return surveyEntries();
    }
    if (round.method === 'rank') {
      return choice.slice(0, maxRanked());
    }
    if (isWhole()) {
      var picks = {};
      wholePicked().forEach(function (id) {
        picks[id] = costOf(id); // exactly the cost: the fiche whole
      });
      return picks;
    }
    return JSON.parse(JSON.stringify(choice));
  }

  function problem() {
    if (isSurvey()) {
      return surveyProblem();
    }
    var nameMissing = participantProblem();
    if (nameMissing) {
      return nameMissing;
    }
    if (isWhole()) {
      return wholeProblem();
    }
    if (round.method === 'budget') {
      var bad = $('options').querySelector('input[aria-invalid="true"]');
      if (bad) {
        bad.focus();
        return 'Een bedrag klopt niet: vul een getal vanaf 0 in.';
      }
      if (budgetUsed() > round.rules.budget + 1e-9) {
        return 'Je verdeelt meer dan het budget van ' + number.format(round.rules.budget) + '.';
      }
    }
    return '';
  }

  function setMessage(text, isError) {
    var message = $('message');
    message.className = isError ? 'message error' : 'message';
    message.textContent = text;
  }

  $('ballot').addEventListener('submit', async function (event) {
    event.preventDefault();
    if (sending || !round) {
      return;
    }
    var wrong = problem();
    if (wrong) {
      setMessage(wrong, true);
      return;
    }
    var body = { voter: voterId(), round_id: round.round_id, entries: entries() };
    var cluster = $('cluster').value;
    if (cluster) {
      body.cluster = cluster;
    }
    var person = $('participant').value;
    if (people().length && person && person !== NOT_LISTED) {
      body.participant = person;
    }
    sending = true;
    $('submit').disabled = true;
    var survey = isSurvey();
    setMessage(survey ? 'Je antwoorden worden verstuurd…' : 'Je stem wordt verstuurd…', false);
    try {
      var response = await request('/ballot', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body)
      });
      var answer = {};
      try {
        answer = await response.json();
      } catch (e) {
        answer = {};
      }
      if (response.status === 200 && answer.ok) {
        save('sessionStorage', doneKey(), '1');
        setMessage('', false);
        show('done', 'done-title');
        announce(survey ? 'Je antwoorden zijn bewaard.' : 'Je stem is geteld.');
      } else if (response.status === 409) {
        setMessage(
          survey
            ? 'Deze bevraging is intussen gesloten. Je antwoorden zijn niet bewaard.'
            : 'Deze stemronde is intussen gesloten. Je stem is niet geteld.',
          true
        );
        poll();
      } else if (response.status === 429) {
        setMessage(
          (survey ? 'Je verstuurt te snel na elkaar.' : 'Je stemt te snel na elkaar.') +
            ' Wacht enkele seconden en probeer opnieuw.',
          true
        );
      } else if (response.status === 413) {
        setMessage(survey ? 'Je antwoorden zijn te groot om te versturen.' : 'Je stem is te groot om te versturen.', true);
      } else if (response.status === 404) {
        setMessage('Deze stemlink klopt niet meer. Scan de QR-code opnieuw.', true);
      } else {
        setMessage(
          answer.error ||
            (survey ? 'Je antwoorden zijn niet bewaard.' : 'Je stem is niet geteld.') + ' Probeer opnieuw.',
          true
        );
      }
    } catch (e) {
      setMessage(
        (survey ? 'Je antwoorden zijn' : 'Je stem is') +
          ' niet verstuurd: geen verbinding met de laptop van de begeleider. Probeer opnieuw.',
        true
      );
    }
    sending = false;
    $('submit').disabled = false;
  });

  // --- an ideas round: short texts, as many as the participant likes. What this
  // phone sent is kept on the phone (localStorage), never fetched from the laptop.

  var QUADRANTS = { S: 'Sterkte', W: 'Zwakte', O: 'Kans', T: 'Bedreiging' };
  var QUADRANT_HINTS = {
    S: 'iets wat goed gaat bij ons',
    W: 'iets wat beter kan bij ons',
    O: 'een kans van buitenaf',
    T: 'een gevaar van buitenaf'
  };
  var sendingIdea = false;

  function isIdeas() {
    return Boolean(round) && round.method === 'ideas';
  }

  function ideaRules() {
    var rules = round.rules || {};
    return {
      max_length: rules.max_length || 280,
      quadrants: rules.quadrants || [],
      per_cluster: Boolean(rules.per_cluster)
    };
  }

  function sentKey() {
    return 'atelier-ideas-' + round.round_id;
  }

  function sentIdeas() {
    try {
      var saved = JSON.parse(load('localStorage', sentKey()));
      if (Array.isArray(saved)) {
        return saved;
      }
    } catch (e) {
      /* nothing kept */
    }
    return [];
  }

  // Letters as the laptop counts them: a character outside the BMP (an emoji) is one.
  function letters(text) {
    return text.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, '_').length;
  }

  function ideaText() {
    return $('idea-text').value.replace(/\r\n?/g, '\n').replace(/^\s+|\s+$/g, '');
  }

  function updateLeft() {
    var most = ideaRules().max_length;
    var left = most - letters(ideaText());
    var counter = $('idea-left');
    counter.className = left < 0 ? 'counter left over' : 'counter left';
    counter.textContent = left < 0
      ? -left + ' ' + plural(-left, 'teken', 'tekens') + ' te veel (hoogstens ' + most + ')'
      : 'Nog ' + left + ' ' + plural(left, 'teken', 'tekens');
  }

  function chosenQuadrant() {
    var picked = $('quadrant-choices').querySelector('input:checked');
    return picked ? picked.value : '';
  }

  function renderIdeaClusters() {
    var clusters = round.clusters || [];
    var select = $('ideas-cluster');
    var remembered = load('localStorage', CLUSTER_KEY) || '';
    var needed = ideaRules().per_cluster && clusters.length > 0;
    var i;
    while (select.options.length > 1) {
      select.remove(1);
    }
    for (i = 0; i < clusters.length; i++) {
      select.appendChild(el('option', { value: clusters[i] }, clusters[i]));
    }
    select.value = clusters.indexOf(remembered) >= 0 ? remembered : '';
    $('ideas-cluster-need').textContent = needed ? '(verplicht)' : '(niet verplicht)';
    $('ideas-cluster-none').textContent = needed ? 'Kies je cluster' : 'Geen keuze';
    select.required = needed;
    select.setAttribute('aria-required', needed ? 'true' : 'false');
    select.removeAttribute('aria-invalid');
    $('ideas-cluster-field').hidden = clusters.length === 0;
  }

  function renderQuadrants() {
    var asked = ideaRules().quadrants;
    var box = $('quadrant-choices');
    box.textContent = '';
    asked.forEach(function (code) {
      if (!QUADRANTS[code]) {
        return;
      }
      var label = el('label', { className: 'quadrant q-' + code });
      var input = el('input', { type: 'radio', name: 'quadrant', value: code });
      input.addEventListener('change', function () {
        $('quadrant-field').removeAttribute('aria-invalid');
      });
      label.appendChild(input);
      var face = el('span', { className: 'quadrant-face' });
      face.appendChild(el('strong', {}, QUADRANTS[code]));
      face.appendChild(el('small', {}, QUADRANT_HINTS[code]));
      label.appendChild(face);
      box.appendChild(label);
    });
    if (asked.length === 1) {
      box.querySelector('input').checked = true;
    }
    $('quadrant-field').hidden = asked.length === 0;
  }

  function renderSent() {
    var list = $('sent-list');
    var sent = sentIdeas();
    var i;
    list.textContent = '';
    // Newest first: the idea just sent stands right under the field.
    for (i = sent.length - 1; i >= 0; i--) {
      var item = el('li', { className: 'sent-item' });
      if (sent[i].quadrant && QUADRANTS[sent[i].quadrant]) {
        item.appendChild(el('span', { className: 'tag q-' + sent[i].quadrant }, QUADRANTS[sent[i].quadrant]));
        item.appendChild(el('span', { className: 'visually-hidden' }, ': '));
      }
      item.appendChild(el('span', { className: 'sent-text' }, sent[i].text));
      list.appendChild(item);
    }
    $('sent-title').textContent = 'Wat je in deze ronde stuurde (' + sent.length + ')';
    $('sent-ideas').hidden = sent.length === 0;
  }

  // Only this round's list stays on the phone: an earlier round's ideas are nobody's
  // business once it is over (a tablet passed round the room).
  function forgetOtherRounds() {
    try {
      var i;
      for (i = window.localStorage.length - 1; i >= 0; i--) {
        var key = window.localStorage.key(i);
        if (key && key.indexOf('atelier-ideas-') === 0 && key !== sentKey()) {
          window.localStorage.removeItem(key);
        }
      }
    } catch (e) {
      /* no localStorage: the lists live in memory only */
    }
  }

  function renderIdeas() {
    forgetOtherRounds();
    $('bar-title').textContent = 'Ideeën';
    document.title = round.title + ' \u2013 Ideeën';
    $('ideas-title').textContent = round.title;
    $('ideas-question').textContent = round.question || '';
    $('ideas-question').hidden = !round.question;
    var asked = ideaRules().quadrants;
    $('ideas-help').textContent = asked.length
      ? 'Schrijf één idee per keer en kies wat voor idee het is. Je kunt er zoveel sturen als je wilt.'
      : 'Schrijf één idee per keer. Je kunt er zoveel sturen als je wilt.';
    renderIdeaClusters();
    renderQuadrants();
    $('idea-message').textContent = '';
    $('idea-message').className = 'message';
    renderSent();
    updateLeft();
  }

  function setIdeaMessage(text, isError) {
    var message = $('idea-message');
    message.className = isError ? 'message error' : 'message sent-ok';
    message.textContent = text;
  }

  function ideaProblem(text) {
    var rules = ideaRules();
    if (!text) {
      $('idea-text').focus();
      return 'Schrijf eerst je idee.';
    }
    if (letters(text) > rules.max_length) {
      $('idea-text').focus();
      return 'Je idee is te lang: hoogstens ' + rules.max_length + ' tekens.';
    }
    if (rules.quadrants.length && !chosenQuadrant()) {
      $('quadrant-field').setAttribute('aria-invalid', 'true');
      var first = $('quadrant-choices').querySelector('input');
      if (first) {
        first.focus();
      }
      return 'Kies eerst wat voor idee het is: ' + rules.quadrants.map(function (code) {
        return (QUADRANTS[code] || code).toLowerCase();
      }).join(', ') + '.';
    }
    var select = $('ideas-cluster');
    if (select.required && !select.value) {
      select.setAttribute('aria-invalid', 'true');
      select.focus();
      return 'Kies eerst je cluster.';
    }
    return '';
  }

  $('idea-text').addEventListener('input', function () {
    updateLeft();
    if ($('idea-message').className === 'message sent-ok') {
      setIdeaMessage('', false);
    }
  });

  $('ideas-cluster').addEventListener('change', function () {
    save('localStorage', CLUSTER_KEY, this.value || null);
    this.removeAttribute('aria-invalid');
  });

  $('ideas').addEventListener('submit', async function (event) {
    event.preventDefault();
    if (sendingIdea || !isIdeas()) {
      return;
    }
    var text = ideaText();
    var wrong = ideaProblem(text);
    if (wrong) {
      setIdeaMessage(wrong, true);
      return;
    }
    var quadrant = chosenQuadrant();
    var body = { voter: voterId(), round_id: round.round_id, text: text };
    if (quadrant) {
      body.quadrant = quadrant;
    }
    var cluster = $('ideas-cluster').value;
    if (cluster) {
      body.cluster = cluster;
    }
    var sentRound = round;
    sendingIdea = true;
    $('idea-submit').disabled = true;
    setIdeaMessage('Je idee wordt verstuurd\u2026', false);
    try {
      var response = await request('/idea', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body)
      });
      var answer = {};
      try {
        answer = await response.json();
      } catch (e) {
        answer = {};
      }
      if (response.status === 200 && answer.ok) {
        if (round === sentRound) {
          var sent = sentIdeas();
          sent.push({ text: text, quadrant: quadrant || null });
          save('localStorage', sentKey(), JSON.stringify(sent));
          $('idea-text').value = '';
          updateLeft();
          renderSent();
          setIdeaMessage('Verstuurd \u2713', false);
          announce('Verstuurd. Je kunt een volgend idee schrijven.');
          $('idea-text').focus();
        }
      } else if (response.status === 409) {
        setIdeaMessage('Deze ronde is intussen gesloten. Je idee is niet bewaard.', true);
        poll();
      } else if (response.status === 429) {
        setIdeaMessage('Je stuurt te snel na elkaar. Wacht enkele seconden en probeer opnieuw.', true);
      } else if (response.status === 413) {
        setIdeaMessage('Je idee is te groot om te versturen.', true);
      } else if (response.status === 404) {
        setIdeaMessage('Deze link klopt niet meer. Scan de QR-code opnieuw.', true);
      } else {
        setIdeaMessage(answer.error || 'Je idee is niet bewaard. Probeer opnieuw.', true);
      }
    } catch (e) {
      setIdeaMessage(
        'Je idee is niet verstuurd: geen verbinding met de laptop van de begeleider. ' +
          'Je tekst staat er nog: probeer opnieuw.',
        true
      );
    }
    sendingIdea = false;
    $('idea-submit').disabled = false;
  });

  $('change').addEventListener('click', function () {
    save('sessionStorage', doneKey(), null);
    renderBallot();
    show('ballot', 'round-title');
  });

  voterId();
  poll();
})();
