#include "pipeline/publish/clean_report.h"

#include <doctest/doctest.h>

namespace dhr::publish {
namespace {

TEST_CASE("publish: the clean report adds counts by category, in first-met order, and skips zeros") {
  CleanReport report;
  CHECK(report.empty());
  report.Add(clean_category::kComments, 2);
  report.Add(clean_category::kHiddenRuns, 0);
  report.Add(clean_category::kDeletions, 1);
  report.Add(clean_category::kComments, 1);
  report.AddRemovedPart("word/comments.xml");
  report.AddRemovedProperty("core dc:creator");
  report.AddSettingChange("w:rsids removed");
  CHECK(report.Count(clean_category::kComments) == 3);
  CHECK(report.Count(clean_category::kHiddenRuns) == 0);
  CHECK(report.Lines() == std::vector<std::string>{"3 comments", "1 tracked deletions removed",
                                                   "part removed: word/comments.xml",
                                                   "property removed: core dc:creator", "setting: w:rsids removed"});
}

}  // namespace
}  // namespace dhr::publish
