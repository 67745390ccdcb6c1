// CheckSections, CheckChairAndPanel, CheckEquality, CheckFamily (checks.h): what the seeds ask the
// report to hold (seed 002 Appendix 10, seed 004 Template 27) and what the Home Office's panel
// most often sends back (the equality and diversity analysis, the family's voice).
#include <cctype>

#include "pipeline/check/checks.h"
#include "pipeline/stages/section_guidance.h"

namespace dhr::check {
namespace {

constexpr int kFewestPanelMeetings = 3;  // seed 002: the panel meets at least three times

struct Characteristic {
  const char* name;
  std::vector<std::string_view> words;     // whole words, or a prefix when ending in '*'
  std::vector<std::string_view> phrases;   // words in a row
};

const std::vector<Characteristic>& Characteristics() {
  static const std::vector<Characteristic> all = {
      {"age", {"age", "aged", "ages", "ageing", "aging", "ageism"}, {}},
      {"disability", {"disab*"}, {}},
      {"gender reassignment", {"transgender", "trans"}, {"gender reassignment"}},
      {"marriage and civil partnership", {"marriage", "married"}, {"civil partnership"}},
      {"pregnancy and maternity", {"pregnan*", "maternity"}, {}},
      {"race", {"race", "racial", "racism", "ethnic*", "nationality"}, {}},
      {"religion or belief",
       {"religio*", "belief", "beliefs", "faith", "christian*", "catholic*", "protestant*", "muslim*", "islam*",
        "jewish", "judaism", "hindu*", "sikh*", "buddhis*", "atheis*", "church", "mosque", "synagogue", "gurdwara"},
       {}},
      {"sex", {"sex", "sexism", "women", "woman", "men", "man"}, {}},
      {"sexual orientation", {"gay", "lesbian", "bisexual", "heterosexual", "homosexual"}, {"sexual orientation"}},
  };
  return all;
}

// The lowercase ASCII words of `text`, each once in order, and " word word ... " for phrases.
std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  for (char ch : text) {
    const unsigned char c = static_cast<unsigned char>(ch);
    if (std::isalnum(c)) {
      word += static_cast<char>(std::tolower(c));
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

bool WordMatches(const std::string& word, std::string_view pattern) {
  if (!pattern.empty() && pattern.back() == '*') return word.starts_with(pattern.substr(0, pattern.size() - 1));
  return word == pattern;
}

// Where the overview report's section `key` is written in the case folder.
std::string OverviewSectionFile(const Case& c, const std::string& key) {
  std::string path = c.folder.empty() ? std::string(".") : c.folder;
  path += "/sections/overview/";
  for (const SectionGuidance& section : BuiltInSectionGuidance())
    if (section.folder == "overview" && section.key == key) path += section.file;
  return path;
}

}  // namespace

bool GivesReasonForDelay(std::string_view text) {
  static const std::vector<std::string_view> reasons = {
      "delay*", "paus*", "postpon*", "adjourn*", "extension", "extended", "because", "trial", "inquest",
      "proceedings", "awaiting", "longer"};
  const std::vector<std::string> words = Words(text);
  for (size_t i = 0; i < words.size(); ++i) {
    for (std::string_view reason : reasons)
      if (WordMatches(words[i], reason)) return true;
    if (words[i] == "due" && i + 1 < words.size() && words[i + 1] == "to") return true;
  }
  return false;
}

std::vector<std::string> ProtectedCharacteristicsNamed(std::string_view text) {
  const std::vector<std::string> words = Words(text);
  std::string joined = " ";
  for (const std::string& word : words) {
    joined += word;
    joined += ' ';
  }
  std::vector<std::string> named;
  for (const Characteristic& characteristic : Characteristics()) {
    bool found = false;
    for (const std::string& word : words)
      for (std::string_view pattern : characteristic.words) found = found || WordMatches(word, pattern);
    for (std::string_view phrase : characteristic.phrases) {
      std::string spaced = " ";
      spaced += phrase;
      spaced += ' ';
      found = found || joined.find(spaced) != std::string::npos;
    }
    if (found) named.emplace_back(characteristic.name);
  }
  return named;
}

void CheckSections(const ReviewUnderCheck& review, std::vector<Problem>& out) {
  for (Problem& unwritten : UnwrittenSections(review.sections, review.prepared.the_case.folder)) {
    unwritten.id = "check.section.unwritten";
    out.push_back(std::move(unwritten));
  }
}

void CheckChairAndPanel(const ReviewUnderCheck& review, std::vector<Problem>& out) {
  const Case& c = review.prepared.the_case;
  const Location at = At(c.review.pos, c.file);
  if (c.review.chair.name.empty()) {
    out.push_back(Problem{Severity::kError, "check.chair.independence",
                          "review: chair: the independent Chair is not named (chair: name:)", at});
  } else if (c.review.chair.independence.find_first_not_of(" \t\r\n") == std::string::npos) {
    out.push_back(Problem{Severity::kError, "check.chair.independence",
                          "review: chair: independence: the statement of the Chair's independence from the "
                          "agencies involved is missing; the Home Office's panel looks for it",
                          at});
  }
  if (!c.review.panel_meetings) {
    out.push_back(Problem{Severity::kError, "check.panel.meetings",
                          "review: panel_meetings: how many times the review panel met is not given; it should "
                          "meet at least three times",
                          at});
  } else if (*c.review.panel_meetings < kFewestPanelMeetings) {
    out.push_back(Problem{Severity::kError, "check.panel.meetings",
                          std::string("review: panel_meetings: the review panel met ") + std::to_string(*c.review.panel_meetings) +
                              (*c.review.panel_meetings == 1 ? " time" : " times") +
                              "; it should meet at least three times before the report is signed off",
                          at});
  }
}

void CheckEquality(const ReviewUnderCheck& review, std::vector<Problem>& out) {
  const std::string& text = OverviewSection(review.sections, "equality_and_diversity");
  if (text.find_first_not_of(" \t\r\n") == std::string::npos) return;  // check.section.unwritten says so
  if (!ProtectedCharacteristicsNamed(text).empty()) return;
  const Case& c = review.prepared.the_case;
  out.push_back(Problem::Warning(
      "check.equality.characteristics",
      "the equality and diversity section names none of the nine protected characteristics of the Equality "
      "Act 2010 (age, disability, gender reassignment, marriage and civil partnership, pregnancy and "
      "maternity, race, religion or belief, sex, sexual orientation); the Home Office's panel often finds "
      "this section underdeveloped",
      InFile(OverviewSectionFile(c, "equality_and_diversity"))));
}

void CheckFamily(const ReviewUnderCheck& review, std::vector<Problem>& out) {
  const Case& c = review.prepared.the_case;
  const FamilyInvolvement& family = c.review.family;
  const Location at = At(family.pos.line > 0 ? family.pos : c.review.pos, c.file);
  if (family.participation.find_first_not_of(" \t\r\n") == std::string::npos) {
    out.push_back(Problem{Severity::kError, "check.family.participation",
                          "review: family: participation: how the family took part in the review is not "
                          "recorded (or that they chose not to)",
                          at});
  }
  if (!family.saw_report) {
    out.push_back(Problem::Warning("check.family.saw_report",
                                   "review: family: saw_report: not said whether the family read the report "
                                   "before it was submitted",
                                   at));
  }
}

}  // namespace dhr::check
