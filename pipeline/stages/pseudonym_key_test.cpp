// The pseudonym key of the bundled example case (examples/adult-x-review): the panel's rows, the
// marking and the property by which publication refuses it.
#include "pipeline/stages/pseudonym_key.h"

#include <doctest/doctest.h>

#include "docx/properties.h"
#include "docx/text.h"
#include "pipeline/publish/publish.h"
#include "pipeline/templates/templates.h"
#include "tests/test_paths.h"

namespace dhr::stages {
namespace {

using json = nlohmann::json;

PreparedCase ExampleCase() {
  auto prepared = PrepareCase(Disk(), testing::SourceDir() + "/examples/adult-x-review");
  REQUIRE_MESSAGE(prepared.ok(), prepared.status().Describe());
  return std::move(prepared).value();
}

const json* RowCoded(const json& data, const std::string& code) {
  for (const json& row : data["entries"])
    if (row["code"] == code) return &row;
  return nullptr;
}

// Every paragraph's text of the part, one per line.
std::string PartText(Package& package, const std::string& part) {
  std::string out;
  XmlDocument* xml = package.Xml(part);
  REQUIRE(xml);
  for (xmlNode* p : Paragraphs(xml->root())) out += ReadParagraph(p).text + "\n";
  return out;
}

TEST_CASE("pseudonym key: a row for every person, professional and place, with the documents' codes") {
  const PreparedCase prepared = ExampleCase();
  const json data = PseudonymKeyData(prepared);
  const auto& c = prepared.the_case;
  CHECK(data["entries"].size() == c.people.size() + c.professionals.size() + c.places.size());
  const json* victim = RowCoded(data, "Adult X");
  REQUIRE(victim);
  CHECK((*victim)["name"] == "Joanne Hartley (also Joanne Marie Hartley, Jo Hartley, Jo, Joanne)");
  CHECK((*victim)["role"] == "Victim");
  const json* mother = RowCoded(data, "Adult XM");
  REQUIRE(mother);
  CHECK((*mother)["role"] == "Mother of Adult X");
  const json* gp = RowCoded(data, "GP1");
  REQUIRE(gp);
  CHECK((*gp)["name"] == "Dr Anjali Mehta (also Dr Mehta)");
  CHECK((*gp)["role"] == "GP");
  CHECK((*gp)["agency"] == "Northbrook Integrated Care Board (GP practice)");
  const json* home = RowCoded(data, "the family home");
  REQUIRE(home);
  CHECK((*home)["name"] == "14 Larchfield Close (also Larchfield Close)");
  CHECK((*home)["role"] == "Place");
}

TEST_CASE("pseudonym key: filled, titled, marked OFFICIAL-SENSITIVE and refused by publication") {
  const PreparedCase prepared = ExampleCase();
  auto key_template = OpenBuiltinTemplate(kPseudonymKeyDocument);
  REQUIRE_MESSAGE(key_template.ok(), key_template.status().Describe());
  auto key = BuildPseudonymKey(prepared, std::move(key_template).value(), "built-in pseudonym-key.docx");
  REQUIRE_MESSAGE(key.ok(), key.status().Describe());
  CHECK(key->warnings.empty());
  auto package = Package::Open(key->bytes, OpenOptions{});
  REQUIRE(package.ok());
  const std::string body = PartText(*package, "word/document.xml");
  CHECK(body.find("Adult XAP") != std::string::npos);
  CHECK(body.find("Darren Whitlock") != std::string::npos);
  CHECK(body.find("Brother of Adult XAP") != std::string::npos);
  CHECK(body.find("Westshire Police") != std::string::npos);
  CHECK(body.find("{{") == std::string::npos);
  std::string headers;
  for (const std::string& part : package->PartsOfKind(PartKind::kHeader)) headers += PartText(*package, part);
  CHECK(headers.find("OFFICIAL-SENSITIVE PERSONAL") != std::string::npos);
  bool titled = false;
  for (const Property& p : CoreProperties(*package))
    titled = titled || (p.name == "dc:title" && p.value == prepared.the_case.review.title + ": pseudonym key");
  CHECK(titled);
  CHECK(publish::IsPseudonymKey(*package));
  auto published = publish::PublishPackage(*package, prepared, publish::PublishOptions{});
  REQUIRE_FALSE(published.ok());
  CHECK(published.status().id() == "publish.pseudonym_key");
}

}  // namespace
}  // namespace dhr::stages
