#include <iostream>

#include "docx/package.h"
#include "docx/text.h"
#include "pipeline/cli/commands.h"

namespace dhr {

Command AddTextCommand(CLI::App& app) {
  auto input = std::make_shared<std::string>();
  Command command;
  command.app = app.add_subcommand("text", "Print the visible text of every paragraph of every part of a .docx");
  command.app->add_option("input", *input, "the .docx to read")->required();
  command.run = [input] {
    auto package = Package::OpenFile(Disk(), *input);
    if (!package.ok()) return ReportError(package.status());
    for (const std::string& part : package->TextParts()) {
      for (xmlNode* p : Paragraphs(package->Xml(part)->root())) {
        const ParagraphText text = ReadParagraph(p);
        if (!text.text.empty()) std::cout << part << ": " << text.text << "\n";
      }
    }
    return 0;
  };
  return command;
}

}  // namespace dhr
