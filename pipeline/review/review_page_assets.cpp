#include "pipeline/review/review_page_assets.h"

#include "pipeline/review/review_model.h"

namespace dhr::review {

std::string ReviewPageStyle() {
  std::string css = R"css(
:root { --ink: #1d1d1b; --muted: #505a5f; --line: #b1b4b6; --name: #ffd966; --place: #b6d7a8;
  --date: #a4c2f4; --generic: #ead1dc; --extra: #f9cb9c; --undeclared: #e06666; }
* { box-sizing: border-box; }
body { font: 16px/1.5 "Liberation Sans", Arial, sans-serif; color: var(--ink); margin: 0; }
header { position: sticky; top: 0; background: #fff; border-bottom: 2px solid var(--ink);
  padding: .5rem 1.5rem; z-index: 1; }
h1 { font-size: 1.4rem; margin: .2rem 0; }
h2 { font-size: 1.25rem; border-bottom: 1px solid var(--line); margin-top: 2rem; }
h3 { font-size: 1.05rem; margin: 1.5rem 0 .5rem; font-family: monospace; }
main { padding: 0 1.5rem 3rem; max-width: 75rem; }
.warning { background: #1d1d1b; color: #fff; padding: .2rem .6rem; font-weight: bold; display: inline-block; }
#counts { display: flex; flex-wrap: wrap; gap: .4rem 1.2rem; margin: .4rem 0; padding: 0; list-style: none; }
#counts a { color: var(--ink); }
#counts b { font-size: 1.2rem; }
#filters { font-size: .9rem; color: var(--muted); }
#filters label { margin-right: .8rem; white-space: nowrap; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { border-bottom: 1px solid var(--line); text-align: left; padding: .25rem .4rem; vertical-align: top; }
th { background: #f3f2f1; }
td.num { color: var(--muted); }
.orig { font-weight: bold; }
.code { font-family: monospace; }
.flag { color: #942514; font-weight: bold; }
pre { background: #f3f2f1; padding: .6rem; overflow-x: auto; }
.block { margin: .3rem 0; padding: .1rem .4rem; white-space: pre-wrap; border-left: 3px solid transparent; }
.block.has-undeclared { border-left-color: var(--undeclared); }
.block .pn { color: var(--muted); font-size: .8rem; text-decoration: none; margin-right: .4rem; }
.block .layer { color: var(--muted); font-style: italic; font-size: .85rem; margin-right: .4rem; }
mark { padding: 0 .15rem; border-radius: 3px; }
mark .code { font-size: .85em; margin-left: .3rem; padding: 0 .2rem; background: #fff; border: 1px solid var(--line); }
mark .code::before { content: "\2192\00a0"; }
mark[data-kind=person], mark[data-kind=professional], tr[data-kind=person] .orig,
tr[data-kind=professional] .orig { background: var(--name); }
mark[data-kind=place], tr[data-kind=place] .orig { background: var(--place); }
mark[data-kind=date], tr[data-kind=date] .orig { background: var(--date); }
mark[data-kind=generic], tr[data-kind=generic] .orig { background: var(--generic); }
mark[data-kind=extra], tr[data-kind=extra] .orig { background: var(--extra); }
mark[data-ambiguous] { outline: 2px dashed #942514; }
mark.u { background: none; border-bottom: 3px solid var(--undeclared); }
.badge { font-size: .8rem; color: #942514; margin-left: .4rem; }
.only-ambiguous tr.r:not([data-ambiguous]) { display: none; }
.only-ambiguous mark.r:not([data-ambiguous]) { background: none; outline: none; }
.only-ambiguous mark.r:not([data-ambiguous]) .code { display: none; }
.only-findings .block:not(.has-findings) { display: none; }
#page-check { color: var(--muted); font-size: .85rem; }
@media print { header { position: static; } #filters, button { display: none; } }
)css";
  // A filter that is off hides its rows and takes the highlight off its marks.
  for (ReplacementKind kind : {ReplacementKind::kPerson, ReplacementKind::kProfessional, ReplacementKind::kPlace,
                               ReplacementKind::kDate, ReplacementKind::kGeneric, ReplacementKind::kExtra}) {
    const std::string k = ReplacementKindName(kind);
    for (const char* rule : {" tr.r[data-kind=K] { display: none; }\n",
                             " mark.r[data-kind=K] { background: none; outline: none; }\n",
                             " mark.r[data-kind=K] .code { display: none; }\n"}) {
      std::string line = rule;
      line.replace(line.find('K'), 1, k);
      css += ".hide-";
      css += k;
      css += line;
    }
  }
  return css;
}

const char* ReviewPageScript() {
  return R"js(
(function () {
  "use strict";
  var body = document.body;
  function count(selector) { return document.querySelectorAll(selector).length; }
  document.querySelectorAll("#filters input[data-kind]").forEach(function (box) {
    var kind = box.getAttribute("data-kind");
    var label = box.parentNode.querySelector(".n");
    if (label) label.textContent = String(count('tr.r[data-kind="' + kind + '"]'));
    box.addEventListener("change", function () { body.classList.toggle("hide-" + kind, !box.checked); });
  });
  document.querySelectorAll("#filters input[data-view]").forEach(function (box) {
    var view = box.getAttribute("data-view");
    box.addEventListener("change", function () { body.classList.toggle(view, box.checked); });
  });
  document.querySelectorAll("button[data-copy]").forEach(function (button) {
    button.addEventListener("click", function () {
      var source = document.getElementById(button.getAttribute("data-copy"));
      var range = document.createRange();
      range.selectNodeContents(source);
      var selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      var done = function () { button.textContent = "Copied"; };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(source.textContent).then(done, function () { document.execCommand("copy"); done(); });
      } else {
        document.execCommand("copy");
        done();
      }
    });
  });
  var check = document.getElementById("page-check");
  var found = {
    rows: count("tr.r"), marks: count("mark.r"), ambiguous: count("tr.r[data-ambiguous]"),
    undeclared: count("tr.u"), hidden: count("tr.h"), markings: count("tr.m")
  };
  Object.keys(found).forEach(function (key) { check.setAttribute("data-" + key, String(found[key])); });
  check.textContent = "This page shows " + found.rows + " replacements (" + found.marks +
    " of them highlighted in the text), " + found.undeclared + " undeclared names, " + found.hidden +
    " hidden items and " + found.markings + " markings.";
})();
)js";
}

}  // namespace dhr::review
