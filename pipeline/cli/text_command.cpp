#include <iostream>

#include "docx/package.h"
#include "docx/text.h"
#include "pipeline/cli/commands.h"

namespace dhr {

namespace {

struct TextArgs {
  std::string input;
};

CLI::App* TextOptions(CLI::App& parent, TextArgs& args) {
  CLI::App& app = *parent.add_subcommand("text", "Print the visible text of every paragraph of every part of a .docx");
  app.add_option("input", args.input, "the .docx to read")->required();
  return &app;
}

int RunText(const TextArgs& args) {
  auto package = Package::OpenFile(Disk(), args.input);
  if (!package.ok()) return ReportError(package.status());
  for (const std::string& part : package->TextParts()) {
    for (xmlNode* p : Paragraphs(package->Xml(part)->root())) {
      const ParagraphText text = ReadParagraph(p);
      if (!text.text.empty()) std::cout << part << ": " << text.text << "\n";
    }
  }
  return 0;
}

}  // namespace

Command AddTextCommand(CLI::App& app) { return Subcommand(app, TextOptions, RunText); }

}  // namespace dhr
