#include "anonymiser/date_rules.h"

#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

#include "anonymiser/overlaps.h"

namespace dhr {
namespace {

// The original with every date replaced, as the matcher would leave it.
std::string Generalise(const std::string& original, int current_year = 2025) {
  auto rules = DateRules::Compile(current_year);
  REQUIRE(rules.ok());
  NormalisedText text = Normalise(original);
  auto dates = ResolveOverlaps(rules->Find(text, original, 0, text.text.size()), {});
  std::string out = original;
  for (auto it = dates.rbegin(); it != dates.rend(); ++it) {
    size_t begin = text.OriginalBegin(it->begin);
    out.replace(begin, text.OriginalEnd(it->end) - begin, it->replacement);
  }
  return out;
}

TEST_CASE("anonymiser dates: every written form becomes month and year") {
  CHECK(Generalise("died 8 June 2022.") == "died June 2022.");
  CHECK(Generalise("died 8th June 2022.") == "died June 2022.");
  CHECK(Generalise("died the 8th of June 2022.") == "died June 2022.");
  CHECK(Generalise("died 08/06/2022.") == "died June 2022.");
  CHECK(Generalise("died 8.6.22.") == "died June 2022.");
  CHECK(Generalise("died 8-6-2022.") == "died June 2022.");
  CHECK(Generalise("died 2022-06-08.") == "died June 2022.");
  CHECK(Generalise("logged 2022-06-08T14:30:00Z.") == "logged June 2022.");
  CHECK(Generalise("died June 8, 2022.") == "died June 2022.");
  CHECK(Generalise("died 8 Jun 2022.") == "died June 2022.");
  CHECK(Generalise("died 8-Jun-22.") == "died June 2022.");
  CHECK(Generalise("died 8 Sept. 2022.") == "died September 2022.");
  CHECK(Generalise("died Wednesday 8 June 2022 at 02:15.") == "died June 2022.");
  CHECK(Generalise("called 8/6/2022 14:30 and") == "called June 2022 and");
  CHECK(Generalise("called 8/6/2022 at 2pm and") == "called June 2022 and");
  CHECK(Generalise("DIED 8 JUNE 2022") == "DIED June 2022");
  CHECK(Generalise("born 8\u00A0June\u00A01961") == "born June 1961");
}

TEST_CASE("anonymiser dates: every month in every spelling is found, with or without a year") {
  // The forms that name a month run only on text holding its first three letters: each spelling
  // must still be read, whatever other text holds a digit.
  const std::vector<std::pair<std::string, std::vector<std::string>>> months = {
      {"January", {"January", "Jan"}},     {"February", {"February", "Feb"}}, {"March", {"March", "Mar"}},
      {"April", {"April", "Apr"}},         {"May", {"May"}},                  {"June", {"June", "Jun"}},
      {"July", {"July", "Jul"}},           {"August", {"August", "Aug"}},     {"September", {"September", "Sept", "Sep"}},
      {"October", {"October", "Oct"}},     {"November", {"November", "Nov"}}, {"December", {"December", "Dec"}}};
  for (const auto& [name, spellings] : months) {
    for (const std::string& spelling : spellings) {
      CHECK(Generalise("ref 12, seen 8 " + spelling + " 2022.") == "ref 12, seen " + name + " 2022.");
      CHECK(Generalise("ref 12, seen " + spelling + " 8, 2022.") == "ref 12, seen " + name + " 2022.");
      CHECK(Generalise("ref 12, seen 8 " + spelling + " by") == "ref 12, seen " + name + " by");
    }
  }
  // Numeric forms need two digits with a separator between; a number alone is no date.
  CHECK(Generalise("contact number 23191 with no concerns") == "contact number 23191 with no concerns");
  CHECK(Generalise("ref 12 seen 8/6/2022") == "ref 12 seen June 2022");
}

TEST_CASE("anonymiser dates: \"on\" before a date reads \"in\"") {
  CHECK(Generalise("She died on 8 June 2022.") == "She died in June 2022.");
  CHECK(Generalise("On Wednesday 8 June 2022, police") == "In June 2022, police");
  CHECK(Generalise("on 08/06/2022") == "in June 2022");
  CHECK(Generalise("on the 8th of June") == "in June");
  CHECK(Generalise("Upon 8 June 2022") == "Upon June 2022");  // "on" inside a word is not "on"
}

TEST_CASE("anonymiser dates: day first, two-digit years, ranges, no year") {
  CHECK(Generalise("12/06/2022") == "June 2022");
  CHECK(Generalise("06/12/2022") == "December 2022");
  CHECK(Generalise("8.6.26", 2025) == "June 2026");
  CHECK(Generalise("8.6.27", 2025) == "June 1927");
  CHECK(Generalise("between 8 and 10 June 2022") == "between June 2022");
  CHECK(Generalise("from 8-10 June 2022") == "from June 2022");
  CHECK(Generalise("seen on 8 June by") == "seen in June by");
  CHECK(Generalise("29/02/2024") == "February 2024");
  // Month first, as American software writes it, when the first number cannot be the day.
  CHECK(Generalise("8/13/2022") == "August 2022");
  CHECK(Generalise("Dated 06/22/2015") == "Dated June 2015");
  CHECK(Generalise("1/16/18 8:40:00 AM") == "January 2018");
  // A numeric date touching a letter ("No" of U+2116) is still one; "on" inside a word is not.
  CHECK(Generalise("No12.04.2006") == "NoApril 2006");
  CHECK(Generalise("section 3.1.12") == "section 3.1.12");
}

TEST_CASE("anonymiser dates: what is not a precise date stays") {
  for (std::string text :
       {"in June 2022", "31/02/2022", "29/02/2023", "32 June 2022", "13/13/2022", "8/6-2022", "annex 4.2.15",
        "see paragraph 4.2.15", "version 1.2.3", "1.8.6.22", "8.6.22.1", "128 June 2022",
        "tel 0114 273 4567", "12 people", "no dates here", "2022-13-01",
        "14:30"}) {
    CAPTURE(text);
    CHECK(Generalise(text) == text);
  }
}

}  // namespace
}  // namespace dhr
