// The anonymiser and the leak scan, one table of phrases: whatever the scan reports in text as a
// precise date or a generic identifier (postcode, phone, email, NHS or NI number, vehicle
// registration, handle), the anonymiser replaces; and both say the same of every phrase here.
// The two engines are independent code paths (RE2 over the anonymiser's normalised text, ICU
// over the scan's folded text); this table, after re2's comparative tester, is what keeps them
// from drifting. A row says what each engine must find: the same, except where the anonymiser
// deliberately does more (a day and month without a year become the month alone; the scan does
// not report them, as they do not identify).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "anonymiser/matcher.h"
#include "pipeline/scan/text_detector.h"

namespace dhr {
namespace {

enum Verdict { kNone, kDate, kGeneric, kAnonymiserOnly };

struct Row {
  const char* phrase;
  Verdict verdict;
};

// clang-format off
const Row kRows[] = {
  // Dates as people write them in the UK.
  {"on 8 June 2022 she called", kDate},
  {"on 8th June 2022", kDate},
  {"the 8th of June 2022", kDate},
  {"8 Jun 2022", kDate},
  {"8 Jun. 2022", kDate},
  {"Wednesday 8 June 2022", kDate},
  {"8 June, 2022", kDate},
  {"June 8, 2022", kDate},
  {"June 8th, 2022", kDate},
  {"Sept 3 2019", kDate},
  {"3 Sept 2019", kDate},
  {"3 September 2019", kDate},
  {"31 December 1999", kDate},
  {"1 January 2000", kDate},
  {"29 February 2020", kDate},
  {"8-Jun-22", kDate},
  {"8-June-2022", kDate},
  {"08/06/2022", kDate},
  {"8/6/2022", kDate},
  {"8/6/22", kDate},
  {"08.06.2022", kDate},
  {"8.6.22", kDate},
  {"8-6-2022", kDate},
  {"08-06-22", kDate},
  {"2022-06-08", kDate},
  {"2022/06/08", kDate},
  {"2022-06-08T14:30", kDate},
  {"on 08/06/2022 at 14:30", kDate},
  {"(08/06/2022)", kDate},
  {"DOB: 17/04/1985", kDate},
  {"d.o.b. 17.04.85", kDate},
  {"born 17 April 1985", kDate},
  {"8–10 June 2022", kDate},
  {"8 and 10 June 2022", kDate},
  {"the 21st of March, 2021", kDate},
  {"2nd Feb 2021", kDate},
  {"23rd May 2020", kDate},
  {"12.04-April 2006", kDate},
  {"\xE2\x84\x96" "12.04.2006", kDate},  // a date touching "No" (U+2116)
  {"ref:08/06/2022", kDate},
  {"date:2022-06-08", kDate},
  // US order, as software and American templates write it.
  {"Dated 06/22/2015", kDate},
  {"12-13-13", kDate},
  {"1/16/18 8:40:00 AM", kDate},
  {"CREATEDATE \\* MERGEFORMAT 1/16/18 8:40:00 AM", kDate},
  {"12/31/2020", kDate},
  {"on 02/29/2020", kDate},
  // Day and month, no year: generalised by the anonymiser, not a finding of the scan.
  {"on 8 June she called", kAnonymiserOnly},
  {"on the 3rd of May", kAnonymiserOnly},
  // Not dates.
  {"in June 2022", kNone},
  {"June 2022", kNone},
  {"between 2019 and 2022", kNone},
  {"in 2022", kNone},
  {"31/02/2022", kNone},
  {"32/01/2022", kNone},
  {"13/13/2022", kNone},
  {"Annex 4.2.15", kNone},
  {"point 8.6.22 of the guidance", kNone},
  {"paragraph 4.2.15", kNone},
  {"section 3.1.12", kNone},
  {"version 1.1.11", kNone},
  {"v2.10.20", kNone},
  // A dotted day, month and two-digit year is a date to both, as "8.6.22" is; outline numbers
  // typed as text read as one. In style names and other attributes the scan does not look for
  // dates at all (package_scan_test.cpp).
  {"1.1.11", kDate},
  {"2.3.4.5", kNone},
  {"1.2.3.4", kNone},
  {"IP 192.168.1.10", kNone},
  {"at 14:30", kNone},
  {"at 2pm", kNone},
  {"at 02:15 hours", kNone},
  {"£1,250.00", kNone},
  {"£12.50 a week", kNone},
  {"£3,000", kNone},
  {"50%", kNone},
  {"3 children aged 2, 5 and 8", kNone},
  {"a score of 14/24 on the DASH", kNone},
  {"14 of 24 questions", kNone},
  {"ratio 2:1", kNone},
  {"1-2-3", kNone},
  {"Page 3 of 12", kNone},
  {"table 2.3", kNone},
  {"1999", kNone},
  {"Room 101", kNone},
  {"Chapter 12", kNone},
  {"Recommendation 4.1", kNone},
  // Phone numbers.
  {"0114 273 4567", kGeneric},
  {"(0114) 273 4567", kGeneric},
  {"020 7946 0018", kGeneric},
  {"07700 900123", kGeneric},
  {"07700900123", kGeneric},
  {"+44 7700 900123", kGeneric},
  {"+44 (0)114 273 4567", kGeneric},
  {"0044 114 273 4567", kGeneric},
  {"tel: 01632 960441", kGeneric},
  {"call 0800 123 4567", kGeneric},
  {"0161-496-0123", kGeneric},
  {"999", kNone},
  {"call 101", kNone},
  {"0800 1111", kNone},
  {"116 123", kNone},
  // NHS numbers: valid, and mistyped but written in groups.
  {"NHS number 943 476 5919", kGeneric},
  {"943-476-5919", kGeneric},
  {"9434765919", kGeneric},
  {"NHS no. 401 023 2137", kGeneric},
  {"943 476 5918", kGeneric},
  {"NHS number 123 456 7890", kGeneric},
  {"ref 1234567890", kNone},
  {"order 9434765918", kNone},
  // National Insurance numbers, any prefix.
  {"NI number JG 10 37 59 A", kGeneric},
  {"JG103759A", kGeneric},
  {"JG 10 37 59", kGeneric},
  {"QQ 12 34 56 C", kGeneric},
  {"QQ123456C", kGeneric},
  {"AB 12 34 56 D", kGeneric},
  {"DF 12 34 56 A", kGeneric},
  // Postcodes.
  {"S1 2HE", kGeneric},
  {"Sheffield S1 2HE", kGeneric},
  {"SW1A 1AA", kGeneric},
  {"M60 1NW", kGeneric},
  {"LS11 5DJ", kGeneric},
  {"B33 8TH", kGeneric},
  {"CR2 6XH", kGeneric},
  {"DN55 1PT", kGeneric},
  {"W1A 0AX", kGeneric},
  {"EC1A 1BB", kGeneric},
  {"GIR 0AA", kGeneric},
  {"S1", kNone},
  {"the S1 area", kNone},
  {"M1 motorway", kNone},
  {"A1 road", kNone},
  // Email addresses.
  {"joanne.h@example.com", kGeneric},
  {"j.hartley85@mail.example.co.uk", kGeneric},
  {"contact: first_last+dhr@example.org", kGeneric},
  {"<someone@example.net>", kGeneric},
  {"mailto:someone@example.net", kGeneric},
  {"user @ example", kNone},
  // Vehicle registrations.
  {"registration YK19 HZP", kGeneric},
  {"YK19HZP", kGeneric},
  {"a car, WF68 OKN, parked", kGeneric},
  {"MA70RTU", kGeneric},
  {"BD17 KMW", kGeneric},
  {"AB12 CDE", kGeneric},
  {"M62 junction", kNone},
  {"A61 road", kNone},
  {"the A1(M)", kNone},
  // Social media handles.
  {"posted as @tasha_b1985", kGeneric},
  {"@DazW82 posted", kGeneric},
  {"@Ty_Whitlock07", kGeneric},
  {"(@mumoftwo_jh)", kGeneric},
  {"email a@b.co", kGeneric},
  {"meet @ 3pm", kNone},
  {"@", kNone},
  // Ordinary prose.
  {"She attended the GP surgery with her children.", kNone},
  {"The MARAC met in March 2021 and again in May.", kNone},
  {"A DASH risk assessment scored 14 (high risk).", kNone},
  {"Section 47 enquiries began the same week.", kNone},
  {"The Domestic Abuse Act 2021 applies.", kNone},
  {"Children Act 1989, section 17", kNone},
  {"Care Act 2014 s.42", kNone},
  {"Item 12/2022 of the agenda", kNone},
  {"Case 2022/03", kNone},
  {"SNP DHR 2022/03", kNone},
  {"The review took 11 months.", kNone},
  {"Aged 37.", kNone},
  {"5'4\" tall", kNone},
  {"a 10-minute call", kNone},
  {"24/7 support", kNone},
  {"50/50 custody", kNone},
  {"COVID-19", kNone},
  {"Windows 10", kNone},
};
// clang-format on

Verdict ScanVerdict(const std::string& phrase) {
  static const scan::ScanTarget target = [] {
    Case c;
    c.file = "case.yaml";
    auto t = scan::CompileScanTarget(c);
    REQUIRE(t.ok());
    return std::move(t).value();
  }();
  scan::TextDetector detector(target);
  scan::DetectOptions options;
  options.undeclared = false;
  auto hits = detector.Find(phrase, options);
  REQUIRE(hits.ok());
  Verdict v = kNone;
  for (const scan::TextHit& h : *hits) {
    if (h.category == scan::Category::kDate) v = kDate;
    if (h.category == scan::Category::kGeneric && v == kNone) v = kGeneric;
  }
  return v;
}

Verdict AnonymiserVerdict(const std::string& phrase) {
  static const Matcher matcher = [] {
    MatcherInput input;
    input.current_year = 2026;
    auto m = Matcher::Compile(input);
    REQUIRE(m.ok());
    return std::move(m).value();
  }();
  Verdict v = kNone;
  for (const Match& m : matcher.Find(phrase)) {
    if (m.rule == "date") v = kDate;
    if (m.rule.rfind("generic:", 0) == 0 && v == kNone) v = kGeneric;
  }
  return v;
}

std::string Name(Verdict v) {
  switch (v) {
    case kNone: return "nothing";
    case kDate: return "a date";
    case kGeneric: return "a generic identifier";
    case kAnonymiserOnly: return "a date the anonymiser alone generalises";
  }
  return "?";
}

}  // namespace

TEST_CASE("engine agreement: the anonymiser replaces what the scan reports, on one table of phrases") {
  CHECK(std::size(kRows) >= 150);
  int disagreements = 0;
  for (const Row& row : kRows) {
    const Verdict scan = ScanVerdict(row.phrase);
    const Verdict anonymiser = AnonymiserVerdict(row.phrase);
    const Verdict want_scan = row.verdict == kAnonymiserOnly ? kNone : row.verdict;
    const Verdict want_anonymiser = row.verdict == kAnonymiserOnly ? kDate : row.verdict;
    const bool ok = scan == want_scan && anonymiser == want_anonymiser;
    disagreements += !ok;
    CHECK_MESSAGE(ok, "\"" << std::string(row.phrase) << "\": want " << Name(row.verdict) << "; the scan finds " << Name(scan)
                           << ", the anonymiser replaces " << Name(anonymiser));
    // Whatever the engines think of the table, the scan never finds what the anonymiser leaves.
    CHECK_MESSAGE(!(scan != kNone && anonymiser == kNone),
                  "\"" << std::string(row.phrase) << "\": the scan reports " << Name(scan) << " the anonymiser leaves");
  }
  MESSAGE(disagreements << " of " << std::size(kRows) << " phrases where an engine differs from the table");
}

}  // namespace dhr
