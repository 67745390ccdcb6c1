// The templates stage: the built-in templates and a partnership's own.
//
// Input: a template name ("overview-report", "executive-summary", "action-plan", "data-form", and
// any other folder of templates/ in the source tree), and optionally a partnership's templates
// folder holding NAME.docx files. Output: the template as a docx Package ready for the fill stage,
// with where it came from; the built-in templates as .docx files (dhr templates export); every
// mistake of every template in a folder at once (dhr templates check).
// Guarantees:
//  - the built-in templates are compiled into the program (packed from templates/NAME/ by the
//    build), so `dhr` needs no files beside it;
//  - a partnership's folder may hold only some of the templates: a template missing from it is the
//    built-in one (LoadedTemplate::origin says which was used); but a folder that does not exist,
//    holds no template at all, or holds a .docx whose name is not a template's name is an error
//    (a misspelt file name would otherwise silently give the built-in look);
//  - a broken file is an error naming the file (and the part and line where the package says so);
//  - export refuses, writing nothing, when any of the files exists already, unless `force`; each
//    file is written atomically.
// Covered by templates_test.cpp here, tests/templates_test.cpp (the built-in templates filled,
// exported, re-saved by LibreOffice) and tests/pack_templates_test.cpp (the build's packing).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "docx/file_io.h"
#include "docx/package.h"
#include "base/status.h"
#include "pipeline/fill/template_error.h"

namespace dhr {

// The names of the built-in templates, sorted.
std::vector<std::string> BuiltinTemplateNames();
bool IsBuiltinTemplateName(std::string_view name);
// The packed .docx of a built-in template (static storage), or empty when there is no such name.
std::string_view BuiltinTemplateBytes(std::string_view name);
// A built-in template opened as a package; "templates.unknown" when there is no such name.
Result<Package> OpenBuiltinTemplate(std::string_view name);

enum class TemplateOrigin { kBuiltin, kPartnership };

struct LoadedTemplate {
  std::string name;      // "overview-report"
  TemplateOrigin origin = TemplateOrigin::kBuiltin;
  std::string path;      // the partnership's file, or "built-in overview-report.docx"
  Package package;
};

// The templates `names` from a partnership's folder `dir`, falling back to the built-in ones for
// files the folder does not have (see the guarantees above). With an empty `dir`, the built-in
// templates. Each template is checked (CheckTemplate): every error of every file is reported in one
// Status, one line each, "FILE: part, paragraph N: message (near "...") [id]".
Result<std::vector<LoadedTemplate>> LoadTemplates(FileSystem& fs, const std::string& dir,
                                                  const std::vector<std::string>& names);

// What `dhr templates check` finds in a folder: one line per problem, each starting with the file
// ("DIR/overview-report.docx: word/document.xml, paragraph 14: ... [template.unclosed_block]").
struct TemplateFolderReport {
  std::vector<std::string> files;     // the .docx files checked
  std::vector<Problem> errors;        // broken files, unknown names, template mistakes
  std::vector<Problem> warnings;      // tags in parts the fill does not look at
};

// Checks every .docx in `dir` (the folder itself missing is the only error returned as a Status).
Result<TemplateFolderReport> CheckTemplateFolder(FileSystem& fs, const std::string& dir);

// Writes every built-in template to DIR/NAME.docx. Without `force`, refuses (writing nothing) when
// any of them exists already. Returns the paths written.
Result<std::vector<std::string>> ExportBuiltinTemplates(FileSystem& fs, const std::string& dir, bool force);

}  // namespace dhr
