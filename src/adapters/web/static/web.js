// Keyboard first, no framework. "/" focuses the question box; P toggles presentation mode and Esc
// leaves it, whatever has the focus, unless the person is typing (in the box: Esc then stops typing);
// after an answer a letter or digit starts a new question in the box. The headline figure is kept
// on one line. On a source page the cited line (#L123) is highlighted with its records opened.
(function () {
  'use strict';

  function typing(e) {
    var t = e.target;
    return t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || t.isContentEditable);
  }

  function go(link) {
    if (link) window.location.href = link.href;
  }

  var present = document.body.classList.contains('present');

  document.addEventListener('keydown', function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
    var box = document.getElementById('q');
    var toggle = document.getElementById('toggle-present');
    if (typing(e)) {
      if (e.key === 'Escape' && e.target === box && !e.isComposing) box.blur();
      return;
    }
    if (e.key === '/' && box) {
      e.preventDefault();
      box.focus();
      box.select();
    } else if (e.key === 'p' || e.key === 'P') {
      e.preventDefault();
      go(toggle);
    } else if (e.key === 'Escape' && present) {
      e.preventDefault();
      go(toggle);
    } else if (box && box.value && /^[\p{L}\p{N}]$/u.test(e.key) && (e.target === document.body || e.target.classList.contains('answer'))) {
      // a new question: the box takes the key, replacing the one asked
      box.focus();
      box.select();
    }
  });

  // the headline figure on one line: shrunk until it fits its box (never grown past the stylesheet's size)
  function fitHeadline() {
    var el = document.querySelector('.figure-value');
    if (!el) return;
    el.style.fontSize = '';
    for (var i = 0; i < 3 && el.scrollWidth > el.clientWidth + 0.5; i++) {
      var size = parseFloat(window.getComputedStyle(el).fontSize);
      el.style.fontSize = Math.floor(size * (el.clientWidth / el.scrollWidth) * 100) / 100 + 'px';
    }
  }
  fitHeadline();
  window.addEventListener('resize', fitHeadline);
  if (document.fonts && document.fonts.ready) document.fonts.ready.then(fitHeadline);

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

  // the question box keeps the question asked, selected when it is focused, so typing replaces it
  var box = document.getElementById('q');
  if (box && box.value) {
    if (document.activeElement === box) box.select();
    box.addEventListener('focus', function () { box.select(); }, { once: true });
  }

  if (document.body.classList.contains('viewer')) {
    window.addEventListener('hashchange', showTarget);
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', showTarget);
    else showTarget();
  }
})();
