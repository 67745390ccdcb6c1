#include "pipeline/scan/text_rules.h"

#include <string>

#include "pipeline/scan/rule_validators.h"

namespace dhr::scan {
namespace {

// Word edges: not inside a run of letters, marks and digits.
#define DHR_WORD_START "(?<![\\p{L}\\p{M}\\p{N}])"
#define DHR_WORD_END "(?![\\p{L}\\p{M}\\p{N}])"
#define DHR_MONTH                                                                                   \
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?" \
  "|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![\\p{L}])\\.?"
#define DHR_DAY "(?:0?[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)?"
#define DHR_YEAR "(?:19|20)[0-9]{2}(?![\\p{N}])"
// A numeric date's edges: not part of a longer run of numbers and separators ("1.2.3.4").
#define DHR_NUMBER_START "(?<![\\p{N}./\\-])"
#define DHR_NUMBER_END "(?![\\p{N}]|[./\\-]\\p{N})"

constexpr const char* kDigits = "0123456789";

}  // namespace

const std::vector<TextRuleSpec>& TextRuleSpecs() {
  static const std::vector<TextRuleSpec> specs = {
      {"date.precise", "date:day month year", Category::kDate, "[date]",
       DHR_WORD_START DHR_DAY "(?:\\s+of)?[\\s\\-]+" DHR_MONTH ",?[\\s\\-]+" DHR_YEAR, true, nullptr, false, kDigits},
      {"date.precise", "date:day month year", Category::kDate, "[date]",
       DHR_WORD_START DHR_DAY "[\\-/]" DHR_MONTH "[\\-/][0-9]{2}(?![\\p{N}])", true, nullptr, false, kDigits},
      {"date.precise", "date:month day year", Category::kDate, "[date]",
       DHR_WORD_START DHR_MONTH "\\s+" DHR_DAY ",?\\s+" DHR_YEAR, true, nullptr, false, kDigits},
      {"date.precise", "date:numeric", Category::kDate, "[date]",
       DHR_NUMBER_START "[0-9]{1,2}([/.\\-])[0-9]{1,2}\\1(?:[0-9]{4}|[0-9]{2})" DHR_NUMBER_END, false,
       &IsNumericDate, false, kDigits},
      {"date.precise", "date:year month day", Category::kDate, "[date]",
       DHR_NUMBER_START "[0-9]{4}([/.\\-])[0-9]{1,2}\\1[0-9]{1,2}" DHR_NUMBER_END, false, &IsIsoDate, false, kDigits},

      {"generic.postcode", "generic:UK postcode", Category::kGeneric, "[postcode]",
       "(?<![\\p{L}\\p{N}])(?:GIR ?0AA|[A-PR-UWYZ](?:[A-HK-Y]?[0-9][0-9]?|[0-9][A-HJKPSTUW]|"
       "[A-HK-Y][0-9][ABEHMNPRVWXY]) ?[0-9][ABD-HJLNP-UW-Z]{2})(?![\\p{L}\\p{N}])",
       false, nullptr, false, kDigits},
      {"generic.phone", "generic:UK phone number", Category::kGeneric, "[phone]",
       "(?<![\\p{L}\\p{N}+])(?:(?:\\+|00)\\s?44\\s?(?:\\(0\\)\\s?)?|\\(?0)[0-9](?:[\\s\\-)]{0,2}[0-9]){7,11}"
       "(?![\\p{N}])",
       false, &IsUkPhoneNumber, false, kDigits},
      {"generic.email", "generic:email address", Category::kGeneric, "[email]",
       "(?<![\\p{L}\\p{N}._%+\\-])[\\p{L}\\p{N}._%+\\-]+@[\\p{L}\\p{N}\\-]+(?:\\.[\\p{L}\\p{N}\\-]+)*\\.\\p{L}{2,}"
       "(?![\\p{L}\\p{N}])",
       true, nullptr, false, "@"},
      {"generic.nhs-number", "generic:NHS number", Category::kGeneric, "[NHS number]",
       "(?<![\\p{N}])[0-9]{3}[\\s\\-]?[0-9]{3}[\\s\\-]?[0-9]{4}(?![\\p{N}])", false, &IsNhsNumber, false,
       kDigits},
      // Any two capitals: a prefix never allocated ("QQ") is a typo of a person's number.
      {"generic.ni-number", "generic:National Insurance number", Category::kGeneric, "[NI number]",
       "(?<![\\p{L}\\p{N}])[A-Z]{2}\\s?[0-9]{2}\\s?[0-9]{2}\\s?[0-9]{2}(?:\\s?[A-D])?(?![\\p{L}\\p{N}])",
       false, nullptr, false, kDigits},
      {"generic.vehicle-registration", "generic:vehicle registration", Category::kGeneric, "[vehicle registration]",
       "(?<![\\p{L}\\p{N}])[A-Z]{2}[0-9]{2}\\s?[A-Z]{3}(?![\\p{L}\\p{N}])", false, nullptr, false, kDigits},
      {"generic.social-handle", "generic:social media handle", Category::kGeneric, "[handle]",
       "(?<![\\p{L}\\p{N}._%+\\-@])@[\\p{L}\\p{N}_](?:[\\p{L}\\p{N}_.]{0,28}[\\p{L}\\p{N}_])?(?![\\p{L}\\p{N}_@])",
       true, nullptr, false, "@"},

      {"publication.marking", "publication:security marking", Category::kPublication, "",
       "(?<![\\p{L}\\p{N}])(?:(?i:official)[\\s\\-_:]*(?i:sensitive)|OFFICIAL|RESTRICTED)(?![\\p{L}\\p{N}])",
       false, nullptr, true, "OoRr"},
      {"publication.draft", "publication:draft numbering", Category::kPublication, "",
       "(?<![\\p{L}\\p{N}])(?:(?i:draft)[\\s\\-_:]*(?:(?i:v|ver|version|no|number|issue|rev|revision)\\.?"
       "[\\s\\-_:]*)?[0-9]+(?:\\.[0-9]+)*|DRAFT)(?![\\p{L}\\p{N}])",
       false, nullptr, true, "Dd"},
  };
  return specs;
}

}  // namespace dhr::scan
