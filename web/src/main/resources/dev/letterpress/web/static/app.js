// Letterpress web app: progressive enhancement of server-rendered pages (every page works without it).
// - the letter form refreshes its preview, score and findings as inputs change;
// - a running batch follows its progress through server-sent events.
(function () {
  'use strict';
  document.documentElement.classList.add('js');

  function letterForm() {
    var form = document.getElementById('letter-form');
    var result = document.getElementById('result');
    if (!form || !result) { return; }
    var timer = null;
    var pending = null;
    var sequence = 0;

    function refresh() {
      var mine = ++sequence;
      if (pending) { pending.abort(); }
      pending = new AbortController();
      result.classList.add('updating');
      var data = new FormData(form);
      fetch(form.getAttribute('data-preview'), {
        method: 'POST',
        body: data,
        headers: { 'X-Letterpress-Fragment': '1', 'X-CSRF-Token': form.elements.csrf.value },
        credentials: 'same-origin',
        signal: pending.signal
      }).then(function (response) {
        return response.text().then(function (text) { return { ok: response.ok, text: text }; });
      }).then(function (answer) {
        if (mine !== sequence) { return; }
        result.classList.remove('updating');
        if (answer.ok) {
          // the server renders this fragment with every value escaped
          result.outerHTML = answer.text;
          result = document.getElementById('result');
          var job = result.getAttribute('data-job');
          if (job) { form.elements.job.value = job; }
        } else {
          var box = document.createElement('p');
          box.className = 'errors-one';
          box.textContent = answer.text;
          result.replaceChildren(box);
        }
      }).catch(function (error) {
        if (error.name !== 'AbortError') {
          result.classList.remove('updating');
        }
      });
    }

    function later(delay) {
      clearTimeout(timer);
      timer = setTimeout(refresh, delay);
    }

    form.addEventListener('input', function (event) {
      if (event.target.type !== 'file') { later(450); }
    });
    form.addEventListener('change', function () { later(50); });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      later(0);
    });
  }

  function batchProgress() {
    var progress = document.getElementById('progress');
    if (!progress || !window.EventSource) { return; }
    var bar = document.getElementById('bar');
    var done = document.getElementById('done');
    var total = document.getElementById('total');
    var body = document.querySelector('#rows tbody');
    var events = new EventSource(progress.getAttribute('data-events'));

    function cell(row, text, className) {
      var td = document.createElement('td');
      td.textContent = text;
      if (className) { td.className = className; }
      row.appendChild(td);
      return td;
    }

    events.addEventListener('progress', function (event) {
      var data = JSON.parse(event.data);
      bar.max = data.total; bar.value = data.done;
      done.textContent = data.done; total.textContent = data.total;
    });
    events.addEventListener('row', function (event) {
      var data = JSON.parse(event.data);
      bar.max = data.total; bar.value = data.done;
      done.textContent = data.done; total.textContent = data.total;
      if (body.querySelectorAll('tr').length >= data.done) { return; }
      var tr = document.createElement('tr');
      tr.className = data.status;
      cell(tr, String(data.row), 'num');
      cell(tr, String(data.line), 'num');
      cell(tr, data.candidate);
      cell(tr, data.company);
      cell(tr, data.title);
      var pill = document.createElement('span');
      pill.className = 'pill ' + data.status;
      pill.textContent = data.status;
      cell(tr, '').appendChild(pill);
      cell(tr, data.score, 'num');
      cell(tr, data.error || data.findings);
      body.appendChild(tr);
    });
    events.addEventListener('done', function () {
      events.close();
      window.location.reload();
    });
    events.addEventListener('gone', function () { events.close(); });
  }

  document.addEventListener('DOMContentLoaded', function () {
    letterForm();
    batchProgress();
  });
})();
