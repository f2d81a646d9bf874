// Marks the table-of-contents entry of the section in view. Without this script the list still links every section.
(function () {
  'use strict';
  var toc = document.querySelector('[data-toc]');
  if (!toc) { return; }
  // Wide screens show the list beside the article: keep it open there.
  var details = toc.querySelector('details');
  var wide = window.matchMedia('(min-width: 75rem)');
  function sync() { if (details && wide.matches) { details.open = true; } }
  sync();
  if (wide.addEventListener) { wide.addEventListener('change', sync); }
  if (!('IntersectionObserver' in window)) { return; }
  var links = {};
  var sections = [];
  toc.querySelectorAll('a[href^="#"]').forEach(function (link) {
    var target = document.getElementById(decodeURIComponent(link.getAttribute('href').slice(1)));
    if (target) {
      links[target.id] = link;
      sections.push(target);
    }
  });
  if (!sections.length) { return; }
  var visible = {};
  function mark() {
    var current = null;
    for (var i = 0; i < sections.length; i++) {
      if (visible[sections[i].id]) { current = sections[i].id; break; }
    }
    if (!current) { return; }
    Object.keys(links).forEach(function (id) {
      if (id === current) { links[id].setAttribute('aria-current', 'location'); }
      else { links[id].removeAttribute('aria-current'); }
    });
  }
  var observer = new IntersectionObserver(function (entries) {
    entries.forEach(function (entry) { visible[entry.target.id] = entry.isIntersecting; });
    mark();
  }, { rootMargin: '0px 0px -60% 0px', threshold: 0 });
  sections.forEach(function (section) { observer.observe(section); });
}());
