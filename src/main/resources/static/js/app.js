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
