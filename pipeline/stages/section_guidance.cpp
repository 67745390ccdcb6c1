#include "pipeline/stages/section_guidance.h"

#include <yaml-cpp/yaml.h>

#include <sstream>

#include "base/embedded_file.h"

DHR_EMBED_FILE(dhr_section_guidance, DHR_SECTION_GUIDANCE)

namespace dhr {
namespace {

Status Invalid(const std::string& file, const YAML::Node& node, const std::string& message) {
  const YAML::Mark mark = node.Mark();
  return Status::Error("guidance.invalid", message,
                       Location{file, {}, mark.line >= 0 ? mark.line + 1 : 0, mark.column >= 0 ? mark.column + 1 : 0});
}

std::string Scalar(const YAML::Node& node, const char* key) {
  const YAML::Node value = node[key];
  return value && value.IsScalar() ? value.as<std::string>() : std::string();
}

}  // namespace

Result<std::vector<SectionGuidance>> ParseSectionGuidance(std::string_view yaml, const std::string& file_name) {
  YAML::Node root;
  try {
    root = YAML::Load(std::string(yaml));
  } catch (const YAML::Exception& e) {
    return Status::Error("guidance.invalid", e.msg, Location{file_name, {}, e.mark.line + 1, e.mark.column + 1});
  }
  if (!root.IsMap()) return Invalid(file_name, root, "expected the documents overview-report and executive-summary");
  std::vector<SectionGuidance> out;
  for (const auto& document : root) {
    const std::string name = document.first.as<std::string>();
    const YAML::Node& body = document.second;
    const std::string folder = Scalar(body, "folder");
    if (folder.empty() || !body["sections"] || !body["sections"].IsSequence())
      return Invalid(file_name, body, name + ": needs folder: and a list of sections:");
    for (const YAML::Node& item : body["sections"]) {
      SectionGuidance section{name, folder, Scalar(item, "key"), Scalar(item, "file"), Scalar(item, "heading"), true, {}};
      section.guidance = Scalar(item, "guidance");
      const YAML::Node required = item["required"];
      bool value = true;
      if (required && !YAML::convert<bool>::decode(required, value))
        return Invalid(file_name, required, "required: expected true or false");
      section.required = value;
      if (section.key.empty() || section.file.empty() || section.heading.empty() || section.guidance.empty())
        return Invalid(file_name, item, "a section needs key:, file:, heading: and guidance:");
      out.push_back(std::move(section));
    }
  }
  return out;
}

const std::vector<SectionGuidance>& BuiltInSectionGuidance() {
  static const std::vector<SectionGuidance> guidance = [] {
    auto parsed = ParseSectionGuidance(EmbeddedBytes(dhr_section_guidance, dhr_section_guidance_end),
                                       "templates/section-guidance.yaml");
    // The file is part of the program and section_guidance_test.cpp reads it: a mistake in it is a
    // bug of the build, not of any input.
    return parsed.ok() ? *parsed : std::vector<SectionGuidance>{};
  }();
  return guidance;
}

std::string PlaceholderMarkdown(const SectionGuidance& section) {
  std::string out = "**To be written** in sections/" + section.folder + "/" + section.file +
                    ". Replace this guidance with the section's text:\n\n";
  std::istringstream lines(section.guidance);
  std::string paragraph;
  auto flush = [&] {
    if (!paragraph.empty()) out += paragraph + "\n\n";
    paragraph.clear();
  };
  for (std::string line; std::getline(lines, line);) {
    const size_t indent = line.find_first_not_of(' ');
    if (indent == std::string::npos) {
      flush();
      continue;
    }
    line.erase(0, indent);
    if (line.starts_with("- ")) {  // a list item becomes a paragraph of its own, with a bullet
      flush();
      line = "\u2022 " + line.substr(2);
    }
    paragraph += (paragraph.empty() ? "" : " ") + line;
  }
  flush();
  return out;
}

std::string UnwrittenSectionFile(const SectionGuidance& section) {
  const std::string document = section.document == "overview-report" ? "the overview report" : "the executive summary";
  std::string out = "<!-- To be written: " + document + "'s section \"" + section.heading + "\".\n";
  out += "Write the section in Markdown below this comment (no document shows the comment; delete it\n"
         "when you like). ";
  out += section.required ? "Until then a draft shows the guidance below in its place, and the submission\n"
                            "and the publication refuse to build (the section is required).\n"
                          : "The section is optional: the documents write part of it from case.yaml, and\n"
                            "what you write here follows; leave only this comment, or delete the file, to add nothing.\n";
  out += "\nThe seeds' guidance for this section:\n\n";
  std::string guidance = section.guidance;
  // "--" may not appear inside an HTML comment.
  for (size_t at = guidance.find("--"); at != std::string::npos; at = guidance.find("--", at)) guidance.replace(at, 2, "\u2013");
  out += guidance;
  if (!guidance.empty() && guidance.back() != '\n') out += '\n';
  out += "-->\n";
  return out;
}

std::string WithoutHtmlComments(std::string_view text) {
  std::string out;
  size_t at = 0;
  for (size_t open = text.find("<!--"); open != std::string_view::npos; open = text.find("<!--", at)) {
    const size_t close = text.find("-->", open + 4);
    if (close == std::string_view::npos) break;
    out += text.substr(at, open - at);
    at = close + 3;
  }
  out += text.substr(at);
  return out;
}

bool IsUnwrittenSectionText(std::string_view text) {
  return WithoutHtmlComments(text).find_first_not_of(" \t\r\n") == std::string::npos;
}

}  // namespace dhr
