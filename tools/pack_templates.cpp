// dhr_pack_templates: the build step that turns the unpacked built-in templates (templates/NAME/,
// pretty-printed XML kept in git) into .docx packages and a C++ source embedding their bytes, and
// embeds the rule files (rules/*.yaml) the same way.
//
//   dhr_pack_templates --source OUT.cpp --docx-dir OUTDIR NAME=DIR [NAME=DIR...]
//   dhr_pack_templates --rules-source OUT.cpp FILE [FILE...]
//
// Input: one folder per template holding the parts of a package ([Content_Types].xml, _rels/.rels,
// word/document.xml...). Output: OUTDIR/NAME.docx for each, and OUT.cpp defining
// kEmbeddedTemplates (see pipeline/templates/embedded_templates.h). With --rules-source: OUT.cpp
// defining kEmbeddedRules, each FILE's bytes unchanged under its file name, in name order (see
// anonymiser/embedded_rules.h).
// Guarantees: the same folders always give the same bytes ([Content_Types].xml first, then
// _rels/.rels, then the other parts in byte order of their names; fixed timestamps); whitespace
// that only indents the XML is removed, text in w:t and field codes is kept exactly; the build fails
// (exit 2, nothing written) when a part is not well-formed XML, the result does not open as a
// package, or the fill stage finds a mistake in a template's tags.
// Covered by tests/pack_templates_test.cpp (the embedded bytes are the packed folders and the rule
// files).
#include <algorithm>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "docx/archive.h"
#include "docx/file_io.h"
#include "docx/package.h"
#include "docx/xml.h"
#include "pipeline/fill/fill.h"

namespace {

namespace fs = std::filesystem;
using dhr::Status;

// Elements whose text is content, where whitespace matters even when it is all there is.
bool HoldsText(const xmlNode* node) {
  const std::string_view local = dhr::LocalName(node);
  return local == "t" || local == "instrText" || local == "delText" || local == "delInstrText";
}

// Removes text nodes that hold only the indentation of pretty-printed XML.
void RemoveIndentation(xmlNode* node) {
  for (xmlNode* child = node->children; child;) {
    xmlNode* next = child->next;
    if (child->type == XML_ELEMENT_NODE) {
      RemoveIndentation(child);
    } else if (child->type == XML_TEXT_NODE && !HoldsText(node)) {
      const char* text = reinterpret_cast<const char*>(child->content);
      if (text && std::strspn(text, " \t\r\n") == std::strlen(text)) dhr::RemoveNode(child);
    }
    child = next;
  }
}

dhr::Result<std::string> CompactPart(const std::string& bytes, const std::string& where) {
  auto xml = dhr::XmlDocument::Parse(bytes, where);
  if (!xml.ok()) return xml.status().At(where);
  RemoveIndentation(xml->root());
  return xml->Serialize();
}

// The package's entries in the order Word and other readers expect to find them.
bool EntryOrder(const dhr::ArchiveEntry& a, const dhr::ArchiveEntry& b) {
  auto rank = [](const std::string& name) { return name == "[Content_Types].xml" ? 0 : name == "_rels/.rels" ? 1 : 2; };
  if (rank(a.name) != rank(b.name)) return rank(a.name) < rank(b.name);
  return a.name < b.name;
}

dhr::Result<std::string> PackFolder(const std::string& name, const fs::path& dir) {
  std::error_code error;
  if (!fs::is_directory(dir, error))
    return Status::Error("templates.pack", "the template folder does not exist", dhr::InFile(dir.string()));
  dhr::Archive archive;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    if (!entry.is_regular_file()) continue;
    const std::string part = fs::relative(entry.path(), dir).generic_string();
    auto bytes = dhr::Disk().Read(entry.path().string());
    if (!bytes.ok()) return bytes.status();
    const std::string ext = entry.path().extension().string();
    if (ext == ".xml" || ext == ".rels") {
      auto compact = CompactPart(*bytes, entry.path().string());
      if (!compact.ok()) return compact.status();
      archive.entries.push_back({part, std::move(*compact), false});
    } else {
      archive.entries.push_back({part, std::move(*bytes), false});
    }
  }
  std::sort(archive.entries.begin(), archive.entries.end(), EntryOrder);
  auto docx = dhr::WriteArchive(archive);
  if (!docx.ok()) return docx.status();
  dhr::OpenOptions options;
  options.file_name = name + ".docx";
  auto package = dhr::Package::Open(*docx, options);
  if (!package.ok()) return package.status().At(dir.string());
  const std::vector<dhr::TemplateError> problems = dhr::CheckTemplate(*package);
  std::vector<dhr::TemplateError> errors;
  for (const dhr::TemplateError& problem : problems)
    if (!problem.warning) errors.push_back(problem);
  if (!errors.empty()) return dhr::StatusOf(errors, dir.string());
  return docx;
}

constexpr const char* kUsage =
    "usage: dhr_pack_templates --source OUT.cpp --docx-dir DIR NAME=FOLDER... | --rules-source OUT.cpp FILE...";

int Fail(const Status& status) {
  std::cerr << "dhr_pack_templates: error: " << status.Describe() << "\n";
  return 2;
}

// The bytes of `bytes` as the body of a C array initialiser, 24 to a line.
std::string ByteList(const std::string& bytes) {
  std::string out;
  for (size_t b = 0; b < bytes.size(); ++b) {
    if (b % 24 == 0) out += "\n ";
    out += ' ';
    out += std::to_string(static_cast<unsigned>(static_cast<unsigned char>(bytes[b])));
    out += ',';
  }
  return out;
}

// A C++ source defining the embedded templates, in name order.
std::string EmbeddingSource(const std::vector<std::pair<std::string, std::string>>& packed) {
  std::ostringstream out;
  out << "// Generated by dhr_pack_templates from templates/: do not edit.\n"
      << "#include \"pipeline/templates/embedded_templates.h\"\n\nnamespace dhr {\nnamespace {\n";
  for (size_t i = 0; i < packed.size(); ++i) {
    out << "const unsigned char kTemplate" << i << "[] = {" << ByteList(packed[i].second) << "\n};\n";
  }
  out << "}  // namespace\n\nconst EmbeddedTemplate kEmbeddedTemplates[] = {\n";
  for (size_t i = 0; i < packed.size(); ++i)
    out << "  {\"" << packed[i].first << "\", kTemplate" << i << ", sizeof kTemplate" << i << "},\n";
  out << "};\nconst size_t kEmbeddedTemplateCount = " << packed.size() << ";\n\n}  // namespace dhr\n";
  return out.str();
}

// A C++ source defining the embedded rule files, in name order.
std::string RulesSource(const std::vector<std::pair<std::string, std::string>>& files) {
  std::ostringstream out;
  out << "// Generated by dhr_pack_templates from rules/: do not edit.\n"
      << "#include \"anonymiser/embedded_rules.h\"\n\nnamespace dhr {\nnamespace {\n";
  for (size_t i = 0; i < files.size(); ++i)
    out << "const unsigned char kRules" << i << "[] = {" << ByteList(files[i].second) << "\n};\n";
  out << "}  // namespace\n\nconst EmbeddedRules kEmbeddedRules[] = {\n";
  for (size_t i = 0; i < files.size(); ++i)
    out << "  {\"" << files[i].first << "\", kRules" << i << ", sizeof kRules" << i << "},\n";
  out << "};\nconst size_t kEmbeddedRuleCount = " << files.size() << ";\n\n}  // namespace dhr\n";
  return out.str();
}

// --rules-source OUT.cpp FILE...: the files' bytes, named by their file names.
int EmbedRules(const std::string& source_path, const std::vector<std::string>& paths) {
  std::vector<std::pair<std::string, std::string>> files;
  for (const std::string& path : paths) {
    auto bytes = dhr::Disk().Read(path);
    if (!bytes.ok()) return Fail(bytes.status());
    if (bytes->empty()) return Fail(Status::Error("rules.pack", "the rule file is empty", dhr::InFile(path)));
    files.emplace_back(fs::path(path).filename().string(), std::move(*bytes));
  }
  std::sort(files.begin(), files.end());
  for (size_t i = 1; i < files.size(); ++i)
    if (files[i].first == files[i - 1].first)
      return Fail(Status::Error("rules.pack", "two rule files have the same name", dhr::InFile(files[i].first)));
  std::error_code error;
  fs::create_directories(fs::path(source_path).parent_path(), error);
  if (Status s = dhr::Disk().WriteAtomic(source_path, RulesSource(files)); !s.ok()) return Fail(s);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc >= 3 && std::string(argv[1]) == "--rules-source")
    return EmbedRules(argv[2], std::vector<std::string>(argv + 3, argv + argc));
  std::string source_path, docx_dir;
  std::vector<std::pair<std::string, fs::path>> folders;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--source" && i + 1 < argc) {
      source_path = argv[++i];
    } else if (arg == "--docx-dir" && i + 1 < argc) {
      docx_dir = argv[++i];
    } else if (arg.find('=') != std::string::npos) {
      folders.emplace_back(arg.substr(0, arg.find('=')), arg.substr(arg.find('=') + 1));
    } else {
      return Fail(Status::Error("usage", kUsage));
    }
  }
  if (source_path.empty() || docx_dir.empty() || folders.empty())
    return Fail(Status::Error("usage", kUsage));
  std::sort(folders.begin(), folders.end());
  std::vector<std::pair<std::string, std::string>> packed;
  for (const auto& [name, dir] : folders) {
    auto docx = PackFolder(name, dir);
    if (!docx.ok()) return Fail(docx.status());
    packed.emplace_back(name, std::move(*docx));
  }
  std::error_code error;
  fs::create_directories(docx_dir, error);
  fs::create_directories(fs::path(source_path).parent_path(), error);
  for (const auto& [name, bytes] : packed)
    if (Status s = dhr::Disk().WriteAtomic(docx_dir + "/" + name + ".docx", bytes); !s.ok()) return Fail(s);
  if (Status s = dhr::Disk().WriteAtomic(source_path, EmbeddingSource(packed)); !s.ok()) return Fail(s);
  return 0;
}
