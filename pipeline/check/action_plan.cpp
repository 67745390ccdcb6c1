// CheckActionPlan (checks.h): every action of the action plan SMARTER enough to be monitored (seed
// 004 Template 25: a lead, a target date, a measurable outcome), and the rows past their target
// date that are not COMPLETE.
#include "pipeline/check/checks.h"

namespace dhr::check {
namespace {

bool Blank(const std::string& text) { return text.find_first_not_of(" \t\r\n") == std::string::npos; }

// "action 2.1: " (recommendation 2, its first action), as the action plan numbers its rows.
std::string RowName(const Recommendation& recommendation, size_t index) {
  std::string name = "recommendations: action ";
  name += std::to_string(recommendation.number);
  name += '.';
  name += std::to_string(index + 1);
  name += ": ";
  return name;
}

}  // namespace

void CheckActionPlan(const ReviewUnderCheck& review, const CheckOptions& options, std::vector<Problem>& out) {
  const Case& c = review.prepared.the_case;
  for (const Recommendation& recommendation : c.recommendations) {
    for (size_t i = 0; i < recommendation.actions.size(); ++i) {
      const RecommendationAction& action = recommendation.actions[i];
      const Location at = At(action.pos, c.file);
      const std::string row = RowName(recommendation, i);
      if (Blank(action.lead_agency))
        out.push_back(Problem{Severity::kError, "check.action.lead_agency",
                              row + "no lead agency (lead_agency:): the action plan says who does it", at});
      if (!action.target_date)
        out.push_back(Problem{Severity::kError, "check.action.target_date",
                              row + "no target date (target_date: YYYY-MM-DD): an action needs a timescale", at});
      const bool evidenced = action.status == "COMPLETE" && !Blank(action.outcome);
      if (Blank(action.measure) && !evidenced)
        out.push_back(Problem{Severity::kError, "check.action.measure",
                              row + "no measurable outcome (measure:): say how the partnership will know it has "
                                    "been done, \"x times\" or \"improved by y%\"",
                              at});
      if (action.target_date && *action.target_date < options.today && action.status != "COMPLETE")
        out.push_back(Problem::Warning("check.action.overdue",
                                       row + "past its target date (" + IsoText(*action.target_date) +
                                           ") and not COMPLETE" +
                                           (action.status.empty() ? std::string() : std::string(" (") + action.status + ")") +
                                           ": update its status, or agree a new date with the partnership",
                                       at));
    }
  }
}

}  // namespace dhr::check
