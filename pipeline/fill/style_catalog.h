// The template's styles, as Markdown output needs them.
//
// Input: a package and built-in style ids ("Heading2", "ListBullet", "Quote", "TableGrid",
// "Hyperlink", "FootnoteText"...). Output: the style id to write: the template's own style, found
// by id or by its built-in name ("heading 2": Word keeps that name when it localises the id), or
// else a minimal definition added to word/styles.xml (the part, its content type and its
// relationship are created when the template has none), so Word shows headings, lists, quotes
// and tables as such. List styles it adds are numbered through ListNumbering.
// Covered by fill_markdown_test.cpp.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "docx/package.h"
#include "pipeline/fill/list_numbering.h"

namespace dhr {

class StyleCatalog {
 public:
  // Both borrowed for the catalog's lifetime.
  StyleCatalog(Package& package, ListNumbering& numbering);
  StyleCatalog(const StyleCatalog&) = delete;
  StyleCatalog& operator=(const StyleCatalog&) = delete;

  std::string Resolve(std::string_view builtin_id);
  // The (numId, ilvl) a paragraph style numbers its paragraphs with, if it does.
  std::optional<std::pair<int, int>> NumberingOf(const std::string& style_id);

  const Status& status() const { return status_; }

 private:
  XmlDocument* Styles();
  xmlNode* FindStyle(std::string_view id);
  // The template's default style of a type ("paragraph": usually "Normal"), which added styles
  // are based on.
  std::string DefaultStyle(const char* type, const char* fallback);

  Package& package_;
  ListNumbering& numbering_;
  std::string part_;  // the styles part's name, once known
  std::map<std::string, std::string, std::less<>> resolved_;
  Status status_;
};

}  // namespace dhr
