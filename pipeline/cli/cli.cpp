#include "pipeline/cli/cli.h"

#include <CLI/CLI.hpp>

#include <iostream>

#include "docx/package.h"
#include "docx/text.h"

namespace dhr {
namespace {

int Fail(const Status& status) {
  std::cerr << "dhr: error: " << status.Describe() << "\n";
  return 2;
}

// `dhr text IN.docx`: prints the visible text of every paragraph of every text part.
int RunText(const std::string& input) {
  auto package = Package::OpenFile(Disk(), input);
  if (!package.ok()) return Fail(package.status());
  for (const std::string& part : package->TextParts()) {
    XmlDocument* xml = package->Xml(part);
    if (!xml) continue;
    for (xmlNode* p : Paragraphs(xml->root())) {
      ParagraphText text = ReadParagraph(p);
      if (!text.text.empty()) std::cout << part << ": " << text.text << "\n";
    }
  }
  return 0;
}

}  // namespace

int RunCli(int argc, char** argv) {
  CLI::App app{"dhr: fill, anonymise, mark and leak-scan the documents of a Domestic Homicide Review"};
  app.require_subcommand(1);
  std::string input;
  auto* text = app.add_subcommand("text", "Print the visible text of every paragraph of a .docx");
  text->add_option("input", input, "the .docx to read")->required();
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) return app.exit(e);
    std::cerr << "dhr: error: " << e.what() << "\n";
    return 2;
  }
  if (*text) return RunText(input);
  return 2;
}

}  // namespace dhr
