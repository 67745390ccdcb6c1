// CheckTimescales and CheckPublicationDay (checks.h): the review's milestones against the seeds'
// timetable (seeds 001, 002, 004), and the publication day against the anniversary of the death
// and the birthdays of the victim and the children (seeds 000, 002, 004).
#include <algorithm>
#include <cstdlib>

#include "pipeline/case/review_checks.h"
#include "pipeline/check/checks.h"

namespace dhr::check {
namespace {

constexpr int kNearDays = 7;  // "on, or within seven days of"

// Index of each milestone in ReviewDates::where.
enum DateSlot { kReferral = 0, kDecision = 1, kHomeOffice = 2, kCompleted = 4, kSubmitted = 5 };

Location DateAt(const Case& c, DateSlot slot) {
  const SourcePos& pos = c.review.dates.where[slot];
  return At(pos.line > 0 ? pos : c.review.pos, c.file);
}

// The day of `event`'s month and day in `year` (29 February falls on the 28th in other years).
Date InYear(const Date& event, int year) {
  return Date{year, event.month, std::min(event.day, DaysInMonth(year, event.month))};
}

// Days from the nearest yearly return of `event` to `day` (negative: before it), if within a week.
std::optional<int> NearReturn(const Date& event, const Date& day) {
  for (int year = day.year - 1; year <= day.year + 1; ++year) {
    if (year <= event.year) continue;
    const int days = DaysBetween(InYear(event, year), day);
    if (std::abs(days) <= kNearDays) return days;
  }
  return std::nullopt;
}

std::string DaysText(int days) {
  if (days == 0) return "on";
  std::string out = std::to_string(std::abs(days));
  out += std::abs(days) == 1 ? " day " : " days ";
  out += days < 0 ? "before" : "after";
  return out;
}

}  // namespace

void CheckTimescales(const ReviewUnderCheck& review, const CheckOptions& options, std::vector<Problem>& out) {
  const Case& c = review.prepared.the_case;
  const ReviewDates& dates = c.review.dates;
  if (!dates.referral || !dates.decision) {
    out.push_back(Problem::Warning("check.timescale.missing",
                                   "review: dates: give the referral and the decision dates, so the review's "
                                   "timescales can be checked",
                                   At(c.review.pos, c.file)));
  }
  if (dates.referral && dates.decision && *dates.decision > AddMonths(*dates.referral, 1)) {
    out.push_back(Problem::Warning("check.timescale.decision",
                                   "decision: the decision to hold a review came more than one month after the "
                                   "referral; the statutory guidance expects it within a month: the Timescales "
                                   "section should say why",
                                   DateAt(c, kDecision)));
  }
  if (dates.decision && dates.home_office_notified && *dates.home_office_notified > AddMonths(*dates.decision, 1)) {
    out.push_back(Problem::Warning("check.timescale.home_office",
                                   "home_office_notified: the Home Office was told more than one month after the "
                                   "decision; the guidance expects it within a month of the decision",
                                   DateAt(c, kHomeOffice)));
  }
  if (dates.decision && dates.completed && *dates.completed > AddMonths(*dates.decision, 6)) {
    const bool explained = GivesReasonForDelay(OverviewSection(review.sections, "timescales"));
    std::string message =
        "completed: the report was completed more than six months after the decision to hold the review; ";
    message += explained ? "the Timescales section gives the reason, which the Home Office's panel will read"
                         : "the Timescales section does not say why: explain the delay there";
    out.push_back(Problem::Warning("check.timescale.completed", message, DateAt(c, kCompleted)));
  }
  // Sheffield: the final report goes to the Home Office at seven months, unless the Home Office
  // agreed a delay (seed 004, "DHR Timescales").
  if (review.scheme_name == "Sheffield" && dates.referral && !c.review.extension_agreed) {
    const Date due = AddMonths(*dates.referral, 7);
    if (dates.submitted && *dates.submitted > due) {
      out.push_back(Problem::Warning("check.timescale.submitted",
                                     "submitted: the report went to the Home Office more than seven months after "
                                     "the referral, the Sheffield timetable's limit; record the day the Home Office "
                                     "agreed the delay (review: extension_agreed:) and keep its agreement as an "
                                     "appendix",
                                     DateAt(c, kSubmitted)));
    } else if (!dates.submitted && options.today > due) {
      out.push_back(Problem::Warning("check.timescale.submitted",
                                     "review: dates: the report is not yet submitted and seven months have passed "
                                     "since the referral, the Sheffield timetable's limit; ask the Home Office to "
                                     "agree the delay and record the day (review: extension_agreed:)",
                                     DateAt(c, kReferral)));
    }
  }
}

void CheckPublicationDay(const ReviewUnderCheck& review, const CheckOptions& options, std::vector<Problem>& out) {
  if (!options.publication_date) return;
  const Date& day = *options.publication_date;
  const Case& c = review.prepared.the_case;
  const std::string advice = ": the seeds ask that publication avoid it; choose a day more than seven days away";
  if (c.homicide.date) {
    if (auto days = NearReturn(*c.homicide.date, day)) {
      out.push_back(Problem{Severity::kError, "check.publication.anniversary",
                            std::string("the publication day (") + IsoText(day) + ") is " + DaysText(*days) +
                                " the anniversary of the death" + advice,
                            At(c.homicide.pos, c.file)});
    }
  }
  for (const Identity& identity : review.prepared.identities) {
    if (identity.kind != IdentityKind::kPerson) continue;
    const size_t index = static_cast<size_t>(&identity - review.prepared.identities.data());
    if (index >= c.people.size()) continue;
    const Person& person = c.people[index];
    const bool victim = person.role == "victim";
    if (!person.dob || (!victim && !identity.is_child)) continue;
    if (auto days = NearReturn(*person.dob, day)) {
      out.push_back(Problem{Severity::kError, "check.publication.birthday",
                            std::string("the publication day (") + IsoText(day) + ") is " + DaysText(*days) + " the birthday of " +
                                identity.code + (victim ? " (the victim)" : " (a child)") + advice,
                            At(person.pos, c.file)});
    }
  }
}

}  // namespace dhr::check
