// Progressive enhancement: a "Copy answer" button on each passage. The text to copy is
// rendered by the server into a hidden <template> exactly as approved (answer, source
// line, disclaimers), so nothing here rebuilds or rewords it.
document.querySelectorAll("[data-copy-target]").forEach(function (button) {
  button.hidden = false;
  button.addEventListener("click", function () {
    var source = document.getElementById(button.getAttribute("data-copy-target"));
    var text = source.content ? source.content.textContent : source.textContent;
    var status = button.parentElement.querySelector(".copy-status");
    function done(message) { if (status) { status.textContent = message; } }
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(function () { done("Copied."); }, function () { done("Copy failed: select the text instead."); });
    } else {
      done("Copy is not available in this browser: select the text instead.");
    }
  });
});
