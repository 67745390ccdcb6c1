// CheckTitlePages (checks.h): a report's title page carries the month and year of the death, never
// the precise date (seed 004 Template 27; DOMAIN "Title pages carry ... the month and year of
// death"). The title page is the body up to the first page or section break; a tag there that
// writes the homicide's date (`homicide.date`, `victim.death_date`) other than through the
// `month_year` filter is an error naming the template, its part and the paragraph.
#include <string_view>

#include "docx/text.h"
#include "docx/xml.h"
#include "pipeline/check/checks.h"

namespace dhr::check {
namespace {

constexpr std::string_view kDeathDateValues[] = {"homicide.date", "victim.death_date"};

// Whether the paragraph ends the page: a page break in it, or the section's properties.
bool EndsPage(xmlNode* paragraph) {
  if (Child(Child(paragraph, ns::kW, "pPr"), ns::kW, "sectPr")) return true;
  for (xmlNode* run : Children(paragraph, ns::kW, "r"))
    for (xmlNode* br : Children(run, ns::kW, "br"))
      if (Attr(br, ns::kW, "type") == "page") return true;
  return false;
}

bool StartsPage(xmlNode* paragraph) {
  xmlNode* before = Child(Child(paragraph, ns::kW, "pPr"), ns::kW, "pageBreakBefore");
  return before && Attr(before, ns::kW, "val") != "0" && Attr(before, ns::kW, "val") != "false";
}

// The tags of `text` ("{{ homicide.date | date }}") that write the precise date of death.
std::vector<std::string> PreciseDeathDateTags(const std::string& text) {
  std::vector<std::string> tags;
  for (size_t open = text.find("{{"); open != std::string::npos; open = text.find("{{", open + 2)) {
    const size_t close = text.find("}}", open + 2);
    if (close == std::string::npos) break;
    const std::string tag = text.substr(open, close + 2 - open);
    bool names_death = false;
    for (std::string_view value : kDeathDateValues) names_death = names_death || tag.find(value) != std::string::npos;
    if (names_death && tag.find("month_year") == std::string::npos && tag.find("#if") == std::string::npos)
      tags.push_back(tag);
  }
  return tags;
}

void CheckTitlePage(const TitlePageTemplate& t, std::vector<Problem>& out) {
  if (!t.package) return;
  const std::string part = "word/document.xml";
  XmlDocument* document = t.package->Xml(part);
  if (!document) return;
  xmlNode* body = Child(document->root(), ns::kW, "body");
  int number = 0;
  for (xmlNode* block : Children(body, ns::kW)) {
    std::vector<xmlNode*> paragraphs;
    if (IsElement(block, ns::kW, "p")) paragraphs.push_back(block);
    else if (IsElement(block, ns::kW, "tbl")) paragraphs = Paragraphs(block);
    for (xmlNode* paragraph : paragraphs) {
      if (number > 0 && StartsPage(paragraph)) return;
      ++number;
      for (const std::string& tag : PreciseDeathDateTags(ReadParagraph(paragraph).text)) {
        out.push_back(Problem{Severity::kError, "check.title_page.date_of_death",
                              std::string("paragraph ") + std::to_string(number) + " of the title page: " + tag +
                                  " writes the precise date of death; a title page gives the month and year "
                                  "only ({{victim.death_month_year}})",
                              InFile(t.origin, part)});
      }
      if (EndsPage(paragraph)) return;
    }
  }
}

}  // namespace

void CheckTitlePages(const ReviewUnderCheck& review, std::vector<Problem>& out) {
  for (const TitlePageTemplate& t : review.templates) CheckTitlePage(t, out);
}

}  // namespace dhr::check
