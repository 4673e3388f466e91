// Casework forms: when evidence is marked as including indecent images of children, the file
// input is emptied and disabled so the browser never sends the image. The server refuses any file
// sent with the box ticked all the same; this only keeps the bytes on the device.
(function () {
  "use strict";
  function guard(box) {
    var form = box.form;
    if (!form) {
      return;
    }
    var files = form.querySelectorAll("input[type=file]");
    function apply() {
      for (var i = 0; i < files.length; i++) {
        if (box.checked) {
          files[i].value = "";
        }
        files[i].disabled = box.checked;
      }
    }
    box.addEventListener("change", apply);
    apply();
  }
  var boxes = document.querySelectorAll("input[data-iioc]");
  for (var i = 0; i < boxes.length; i++) {
    guard(boxes[i]);
  }
})();
