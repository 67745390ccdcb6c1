// The checks of check.h, one group per file, each appending its problems to `out`. Internal to
// pipeline/check.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/dates.h"
#include "base/status.h"
#include "pipeline/check/check.h"

namespace dhr::check {

// A place in case.yaml: the position read, or the file alone when the key was not written.
Location At(const SourcePos& pos, const std::string& file);

// Whole days from `from` to `to` (negative when `to` is earlier).
int DaysBetween(const Date& from, const Date& to);

// The text of an overview report section, "" when it is not written.
const std::string& OverviewSection(const CaseSections& sections, const std::string& key);

// timescales.cpp: the review's milestones, and the publication day against anniversaries.
void CheckTimescales(const ReviewUnderCheck& review, const CheckOptions& options, std::vector<Problem>& out);
void CheckPublicationDay(const ReviewUnderCheck& review, const CheckOptions& options, std::vector<Problem>& out);

// review_content.cpp: sections, the Chair, the panel, the family, equality and diversity.
void CheckSections(const ReviewUnderCheck& review, std::vector<Problem>& out);
void CheckChairAndPanel(const ReviewUnderCheck& review, std::vector<Problem>& out);
void CheckEquality(const ReviewUnderCheck& review, std::vector<Problem>& out);
void CheckFamily(const ReviewUnderCheck& review, std::vector<Problem>& out);

// action_plan.cpp: every action SMARTER; rows past their target date.
void CheckActionPlan(const ReviewUnderCheck& review, const CheckOptions& options, std::vector<Problem>& out);

// title_page.cpp: no precise date of death on a report's title page.
void CheckTitlePages(const ReviewUnderCheck& review, std::vector<Problem>& out);

// Whether a Timescales section's text gives a reason for a longer review (it speaks of a delay, a
// pause, an extension, a trial or an inquest, or says "because" or "due to").
bool GivesReasonForDelay(std::string_view text);

// The protected characteristics of the Equality Act 2010 that `text` names ("age", "race"...).
std::vector<std::string> ProtectedCharacteristicsNamed(std::string_view text);

}  // namespace dhr::check
