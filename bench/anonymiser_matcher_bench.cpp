// Matcher benchmark: the cost of finding identifiers in a 500-page document (about 1.5 MB of text
// in 3,000 paragraphs) with 10 and with 1,000 identities.
//
// The matcher compiles every name into one RE2 and prefilters the pattern rules with one
// RE2::Set, so the time per document should barely grow with the number of identities; this
// prints both times and their ratio (the aim: 1,000 identities at most about 1.2x of 10).
// Each paragraph is searched the way the docx stage does it: one Find per paragraph. Times are
// the process's CPU time (std::clock), which a busy machine disturbs less than the wall clock.
// Usage: dhr_anonymiser_matcher_bench [PARAGRAPHS]
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <random>
#include <string>
#include <vector>

#include "anonymiser/matcher.h"

namespace {

constexpr const char* kSyllables[] = {"an", "bel", "cor", "da", "el", "fen", "gar", "hol", "is",
                                      "jon", "kel", "lor", "mar", "nor", "os", "pen", "quin",
                                      "ros", "sal", "tor", "ul", "ven", "wil", "yar", "zen"};

std::string Word(std::mt19937& random, int syllables) {
  std::string word;
  for (int i = 0; i < syllables; ++i) word += kSyllables[random() % std::size(kSyllables)];
  word[0] = static_cast<char>(word[0] - 'a' + 'A');
  return word;
}

// Distinct invented people, professionals and places; a few share surnames, as families do.
std::vector<dhr::Identity> Identities(int count) {
  std::mt19937 random(7);
  std::vector<dhr::Identity> identities;
  for (int i = 0; i < count; ++i) {
    dhr::Identity identity;
    identity.id = "person:" + std::to_string(i);
    identity.kind = i % 10 == 9 ? dhr::IdentityKind::kProfessional : dhr::IdentityKind::kPerson;
    identity.code = "Adult " + std::to_string(i);
    std::string surname = Word(random, 3);
    if (i % 7 == 0) surname += "-" + Word(random, 2);
    identity.names = {Word(random, 2) + " " + surname};
    if (i % 5 == 0) identity.names.push_back(Word(random, 2));
    identities.push_back(std::move(identity));
  }
  for (int i = 0; i < count / 20; ++i) {
    dhr::Identity place;
    place.id = "place:" + std::to_string(i);
    place.kind = dhr::IdentityKind::kPlace;
    place.code = "a school";
    place.names = {Word(random, 3) + " Primary School"};
    identities.push_back(std::move(place));
  }
  return identities;
}

// Review prose naming the first ten identities (the same in both runs), with dates, numbers and
// addresses, about 500 bytes a paragraph.
std::vector<std::string> Paragraphs(const std::vector<dhr::Identity>& named, int count) {
  static const char* kSentences[] = {
      "The panel considered the chronology from the police, the GP surgery and children's "
      "social care, and the information given by the family at the meeting.",
      "On 8 June 2022 at 02:15 officers attended the address after a call from a neighbour, "
      "and recorded the incident as a domestic abuse crime.",
      "The health visitor saw the family at home on 12/03/2021 and noted no concerns; the "
      "records do not show whether anyone asked about domestic abuse.",
      "A referral was made to the MARAC, which met in July 2022 and agreed a safety plan with "
      "the independent domestic violence adviser.",
      "She called 0114 273 4567 and later lived at 4 Quarry Bank Road, S1 2HE, with her "
      "children.",
      "Agencies should make sure that practitioners understand coercive and controlling "
      "behaviour and how it can escalate after separation.",
  };
  std::mt19937 random(11);
  std::vector<std::string> out;
  for (int i = 0; i < count; ++i) {
    std::string paragraph;
    while (paragraph.size() < 450) {
      paragraph += kSentences[random() % std::size(kSentences)];
      paragraph += ' ';
      if (random() % 3 == 0) {
        const dhr::Identity& who = named[random() % named.size()];
        paragraph += who.names[0] + " told the review that ";
      }
    }
    out.push_back(std::move(paragraph));
  }
  return out;
}

double Seconds(std::clock_t from, std::clock_t to) {
  return static_cast<double>(to - from) / CLOCKS_PER_SEC;
}

struct Run {
  double compile = 0;
  double cold = 0;  // the first pass, while RE2 builds its DFA states
  double find = 0;  // the second pass
  size_t matches = 0;
};

Run Time(int identities, const std::vector<std::string>& paragraphs) {
  dhr::MatcherInput input;
  input.identities = Identities(identities);
  input.keep = {"Connor Walsh"};
  input.current_year = 2025;
  const std::clock_t start = std::clock();
  dhr::Result<dhr::Matcher> matcher = dhr::Matcher::Compile(input);
  if (!matcher.ok()) {
    std::fprintf(stderr, "compile failed: %s\n", matcher.status().Describe().c_str());
    std::exit(1);
  }
  const std::clock_t compiled = std::clock();
  Run run;
  // The first pass warms RE2's DFA caches; the second is timed, as a long document would be.
  for (const std::string& p : paragraphs) run.matches += matcher->Find(p).size();
  const std::clock_t warm = std::clock();
  run.matches = 0;
  for (const std::string& p : paragraphs) run.matches += matcher->Find(p).size();
  const std::clock_t found = std::clock();
  run.compile = Seconds(start, compiled);
  run.find = Seconds(warm, found);
  run.cold = Seconds(compiled, warm);
  return run;
}

}  // namespace

int main(int argc, char** argv) {
  const int count = argc > 1 ? std::atoi(argv[1]) : 3000;
  const std::vector<std::string> paragraphs = Paragraphs(Identities(10), count);
  size_t bytes = 0;
  for (const std::string& p : paragraphs) bytes += p.size();
  std::printf("%d paragraphs, %.2f MB\n", count, static_cast<double>(bytes) / 1e6);
  const Run small = Time(10, paragraphs);
  std::printf("10 identities:    compile %.3f s, first pass %.3f s, find %.3f s, %zu matches\n",
              small.compile, small.cold, small.find, small.matches);
  const Run large = Time(1000, paragraphs);
  std::printf("1000 identities:  compile %.3f s, first pass %.3f s, find %.3f s, %zu matches\n",
              large.compile, large.cold, large.find, large.matches);
  std::printf("ratio (find, 1000 / 10): %.2fx\n", large.find / small.find);
  return 0;
}
