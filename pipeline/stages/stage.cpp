#include "pipeline/stages/stage.h"

#include <utility>

#include "anonymiser/document_anonymiser.h"
#include "pipeline/mark/mark.h"
#include "pipeline/publish/publish.h"

namespace dhr::stages {
namespace {

// The report documents carry the case's marking (review: marking:); the data form keeps its own.
MarkingOptions Marking(Stage stage, const Case& c, bool data_form) {
  MarkingOptions options;
  options.classification = Classification::kOfficialSensitive;
  if (!data_form && c.review.marking == "OFFICIAL") options.classification = Classification::kOfficial;
  if (!data_form) options.descriptor = c.review.marking_descriptor;
  if (stage == Stage::kDraft && !data_form) options.draft_number = c.review.draft;
  return options;
}

}  // namespace

bool NamesCoded(Stage stage, const PreparedCase& prepared) {
  return stage != Stage::kDraft || prepared.draft_codes;
}

Result<Stage> ParseStage(std::string_view text) {
  if (text == "draft") return Stage::kDraft;
  if (text == "submission") return Stage::kSubmission;
  if (text == "publication") return Stage::kPublication;
  return Status::Error("stage.unknown",
                       "unknown stage \"" + std::string(text) + "\": expected draft, submission or publication");
}

const char* StageName(Stage stage) {
  switch (stage) {
    case Stage::kDraft: return "draft";
    case Stage::kSubmission: return "submission";
    case Stage::kPublication: return "publication";
  }
  return "";
}

Result<StagedDocument> RunStage(Package& filled, Stage stage, const PreparedCase& prepared,
                                const StageDocument& document) {
  StagedDocument staged;
  if (stage == Stage::kPublication) {
    publish::PublishOptions options;
    options.output_name = document.file_name;
    auto published = publish::PublishPackage(filled, prepared, options);
    if (!published.ok()) return published.status().At(document.file_name);
    if (published->clean()) staged.bytes = std::move(published->bytes);
    staged.scan = std::move(published->scan);
    return staged;
  }
  const bool coded = stage == Stage::kDraft && document.named_draft ? false : NamesCoded(stage, prepared);
  if (coded && !document.data_form) {
    if (Status s = AnonymiseDocument(filled, *prepared.matcher, nullptr); !s.ok()) return s.At(document.file_name);
  }
  if (Status s = MarkDocument(filled, Marking(stage, prepared.the_case, document.data_form)); !s.ok())
    return s.At(document.file_name);
  auto bytes = filled.Save();
  if (!bytes.ok()) return bytes.status().At(document.file_name);
  staged.bytes = std::move(bytes).value();
  return staged;
}

}  // namespace dhr::stages
