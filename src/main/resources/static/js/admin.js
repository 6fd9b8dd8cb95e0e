// Administration pages: copy a value shown once (a new API key, an initial password) to the clipboard.
document.addEventListener('click', function (event) {
  var button = event.target.closest('[data-copy-target]');
  if (!button) return;
  var source = document.getElementById(button.getAttribute('data-copy-target'));
  if (!source || !navigator.clipboard) return;
  navigator.clipboard.writeText(source.textContent.trim()).then(function () {
    var done = button.getAttribute('data-copied');
    if (done) button.textContent = done;
  });
});
