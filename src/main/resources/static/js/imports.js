// Import pages: a big file takes a while to upload, check or commit. Show that it is working and
// keep the user from submitting twice. Runs after app.js's data-confirm handler (capture phase),
// so a cancelled confirmation never disables anything.
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (event.defaultPrevented) return;
  if (form.id !== 'upload-form' && !form.classList.contains('import-commit')) return;
  form.querySelectorAll('button[type="submit"]').forEach(function (b) { b.disabled = true; });
  var wait = document.getElementById('upload-wait');
  if (wait && form.id === 'upload-form') wait.classList.remove('d-none');
});
