// Benchmark: anonymising a large document, against the docx engine's floor and against itself
// with a hundredth of the rules, in the same run.
//
// A generated 500-page document carries 1,000 identifier variants (full names, first names,
// surnames, titles with surnames, possessives, dates), split across runs as Word splits them.
// Reported: time to anonymise (open + find + replace + save) as a ratio to the floor of the bare
// libraries (unzip, parse and serialise every XML part, zip) — target within 2x — and the ratio
// between a case of 1,000 identities and one of 10 on the same document — target at most 1.2x.
#include <cstdio>
#include <string>
#include <vector>

#include "anonymiser/document_anonymiser.h"
#include "anonymiser/matcher.h"
#include "bench/floor.h"
#include "bench/generated_docx.h"

namespace {

constexpr const char* kFirst[] = {"Abelard", "Brielle", "Caspian", "Delphine", "Evander", "Fenella", "Gideon", "Honora",
                                  "Ignatius", "Jessamy", "Kelwin",  "Lavinia",  "Mordecai", "Nerys",   "Oswin",  "Perpetua",
                                  "Quillon",  "Rosalind", "Severin", "Tamsin",  "Ulric",    "Verity",  "Wendel", "Xanthe",
                                  "Yestin",   "Zillah",   "Alaric", "Bronwen",  "Cormac",   "Dulcie",  "Eamon",  "Fliss",
                                  "Gethin",   "Hester",   "Isolde", "Jory",     "Keturah",  "Lorcan",  "Morwenna", "Niamh"};
constexpr const char* kLast[] = {"Abernethy", "Blackwood", "Carrow",   "Dunmore",  "Eversleigh", "Fairbairn", "Gillespie",
                                 "Hawthorne", "Inchbald",  "Jervois",  "Kilbride", "Lockhart",   "Mountjoy",  "Nettleship",
                                 "Ormerod",   "Pendragon", "Quartermain", "Ravenscroft", "Stirling", "Treharne", "Underhill",
                                 "Villiers",  "Wetherall", "Yarborough", "Zouche"};

std::vector<dhr::Identity> Identities(int count) {
  std::vector<dhr::Identity> out;
  for (int i = 0; i < count; ++i) {
    dhr::Identity id;
    id.id = "person:" + std::to_string(i);
    id.code = "Adult A" + std::to_string(i + 1);
    id.names = {std::string(kFirst[i % 40]) + " " + kLast[(i / 40) % 25]};
    out.push_back(id);
  }
  return out;
}

std::vector<std::string> Variants(const std::vector<dhr::Identity>& ids, size_t count) {
  std::vector<std::string> out;
  const char* dates[] = {"8 June 2022", "08/06/2022", "on 3rd March 2021", "2021-11-30"};
  for (size_t i = 0; out.size() < count; ++i) {
    const std::string& full = ids[i % ids.size()].names[0];
    const std::string first = full.substr(0, full.find(' '));
    const std::string last = full.substr(full.find(' ') + 1);
    switch (i % 6) {
      case 0: out.push_back(full); break;
      case 1: out.push_back("Ms " + last); break;
      case 2: out.push_back(full + "'s"); break;
      case 3: out.push_back(last); break;
      case 4: out.push_back(first); break;
      default: out.push_back(dates[i % 4]); break;
    }
  }
  return out;
}

dhr::Matcher Compile(int identities) {
  dhr::MatcherInput input;
  input.identities = Identities(identities);
  auto matcher = dhr::Matcher::Compile(input);
  if (!matcher.ok()) {
    std::fprintf(stderr, "%s\n", matcher.status().Describe().c_str());
    std::exit(2);
  }
  return std::move(matcher).value();
}

size_t Anonymise(const std::string& docx, const dhr::Matcher& matcher, size_t* replacements) {
  auto package = dhr::Package::Open(docx);
  std::vector<dhr::AuditRow> audit;
  if (!package.ok() || !dhr::AnonymiseDocument(*package, matcher, &audit).ok()) std::exit(2);
  *replacements = audit.size();
  auto saved = package->Save();
  return saved.ok() ? saved->size() : 0;
}

}  // namespace

int main(int argc, char** argv) {
  const int pages = argc > 1 ? std::atoi(argv[1]) : 500;
  const int repeats = argc > 2 ? std::atoi(argv[2]) : 3;
  const auto identities = Identities(1000);
  dhr::bench::GeneratedDocxOptions options;
  options.pages = pages;
  options.planted = Variants(identities, 1000);
  options.plant_every = 1;
  const std::string docx = dhr::bench::GenerateDocx(options);
  const dhr::Matcher many = Compile(1000);
  const dhr::Matcher few = Compile(10);
  std::printf("document: %d pages, %.1f MB zipped, %zu identifier variants planted\n", pages, docx.size() / 1e6,
              options.planted.size());
  size_t sink = 0, found_many = 0, found_few = 0;
  const double floor = dhr::bench::FastestSeconds(repeats, [&] { sink += dhr::bench::BareLibrariesRoundTrip(docx); });
  const double t_many = dhr::bench::FastestSeconds(repeats, [&] { sink += Anonymise(docx, many, &found_many); });
  const double t_few = dhr::bench::FastestSeconds(repeats, [&] { sink += Anonymise(docx, few, &found_few); });
  std::printf("floor (libzip + libxml2 parse/serialise + zip): %.3f s\n", floor);
  std::printf("anonymise, 1,000 identities: %.3f s, %zu replacements; ratio to floor %.2f (target <= 2.0)\n", t_many,
              found_many, t_many / floor);
  std::printf("anonymise, 10 identities:    %.3f s, %zu replacements; 1,000 vs 10 rules: %.2f (target <= 1.2)\n", t_few,
              found_few, t_many / t_few);
  std::printf("(checksum %zu)\n", sink);
  std::printf("@target anonymise 500 pages / floor | %.2f | 2.00 | %s\n", t_many / floor,
              t_many / floor <= 2.0 ? "met" : "MISSED");
  std::printf("@target anonymise, 1,000 identities / 10 | %.2f | 1.20 | %s\n", t_many / t_few,
              t_many / t_few <= 1.2 ? "met" : "MISSED");
  return t_many / floor <= 2.0 && t_many / t_few <= 1.2 ? 0 : 1;
}
