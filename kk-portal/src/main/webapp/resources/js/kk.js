/*
 * "Pilih" on a worklist row (and the Kadis's "Pratinjau"). The rows' buttons are plain buttons
 * carrying the application's id; this one handler sends it through the page's single remote
 * command (kkSelectApplication), instead of an ajax button with its own script per row, which
 * was half of a worklist page.
 */
document.addEventListener('click', function (event) {
  var button = event.target.closest ? event.target.closest('button.kk-select') : null;
  if (button && typeof window.kkSelectApplication === 'function') {
    window.kkSelectApplication([{name: 'id', value: button.getAttribute('data-id')}]);
  }
});

/*
 * After a choice, the chosen application: the detail is drawn under the list, out of sight on a
 * phone (the Kadis) and often on a desk screen. Called by the remote command when it completes.
 */
window.kkShowDetail = function () {
  var detail = document.getElementById('f:detail');
  if (detail && detail.scrollIntoView) {
    detail.scrollIntoView({block: 'start'});
  }
};
