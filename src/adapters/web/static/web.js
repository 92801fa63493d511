// Keyboard first, no framework: "/" focuses the question box, Escape selects it, "p" toggles
// presentation mode; on a source page the cited line (#L123) is highlighted with its records opened.
(function () {
  'use strict';

  function typing(e) {
    var t = e.target;
    return t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.isContentEditable);
  }

  document.addEventListener('keydown', function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    var box = document.getElementById('q');
    if (e.key === 'Escape' && box && e.target === box) {
      box.select();
      return;
    }
    if (typing(e)) return;
    if (e.key === '/' && box) {
      e.preventDefault();
      box.focus();
      box.select();
    } else if (e.key === 'p' || e.key === 'P') {
      var toggle = document.getElementById('toggle-present');
      if (toggle) window.location.href = toggle.href;
    }
  });

  function showTarget() {
    var m = /^#L(\d+)$/.exec(window.location.hash);
    var old = document.querySelectorAll('.document .highlight');
    for (var i = 0; i < old.length; i++) old[i].classList.remove('highlight');
    if (!m) return;
    var line = document.getElementById('L' + m[1]);
    if (!line) return;
    line.classList.add('highlight');
    var records = document.getElementById('R' + m[1]);
    if (records) records.open = true;
    line.scrollIntoView({ block: 'center' });
  }

  // after an answer the box keeps the question: selected, so typing the next one replaces it
  var box = document.getElementById('q');
  if (box && box.value) {
    if (document.activeElement === box) box.select();
    else box.addEventListener('focus', function () { box.select(); }, { once: true });
  }

  if (document.body.classList.contains('viewer')) {
    window.addEventListener('hashchange', showTarget);
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', showTarget);
    else showTarget();
  }
})();
