// CSRF token on every htmx request, and confirmation before destructive actions.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) event.detail.headers[header.content] = token.content;
});
document.addEventListener('submit', function (event) {
  var message = event.target.getAttribute('data-confirm');
  if (message && !window.confirm(message)) event.preventDefault();
}, true);
document.addEventListener('click', function (event) {
  var toggle = event.target.closest('#menu-toggle');
  if (!toggle) return;
  var open = document.getElementById('app-sidebar').classList.toggle('app-sidebar-open');
  toggle.setAttribute('aria-expanded', String(open));
});
// A long select (a city's thousand coordinators) narrowed by typing part of a name into the
// search box that names it in data-filters; the first option still shown is selected.
document.addEventListener('input', function (event) {
  var box = event.target.closest('input[data-filters]');
  if (!box) return;
  var select = document.getElementById(box.getAttribute('data-filters'));
  if (!select) return;
  var term = box.value.trim().toLowerCase();
  var first = null;
  Array.prototype.forEach.call(select.options, function (option) {
    var shown = term === '' || option.text.toLowerCase().indexOf(term) >= 0;
    option.hidden = !shown;
    if (shown && first === null) first = option;
  });
  if (first && select.selectedOptions.length && select.selectedOptions[0].hidden) first.selected = true;
  if (first && !select.selectedOptions.length) first.selected = true;
});
// An enterprise field (input[data-enterprise-lookup] with a datalist) offers the registry's matches
// within the user's scope as the user types part of a name or a code; picking one fills in the USCC.
(function () {
  var timer = null;
  document.addEventListener('input', function (event) {
    var input = event.target.closest('input[data-enterprise-lookup]');
    if (!input || input.readOnly) return;
    var list = input.list;
    if (!list) return;
    clearTimeout(timer);
    var term = input.value.trim();
    if (term.length < 2 || /^[0-9A-Z]{18}$/.test(term)) return;
    timer = setTimeout(function () {
      fetch(input.getAttribute('data-enterprise-lookup') + '?q=' + encodeURIComponent(term),
            {headers: {'Accept': 'text/html'}, credentials: 'same-origin'})
        .then(function (r) { return r.ok ? r.text() : ''; })
        .then(function (html) { if (input.value.trim() === term) list.innerHTML = html; })
        .catch(function () { /* no suggestions: the field still takes a typed USCC */ });
    }, 250);
  });
})();
