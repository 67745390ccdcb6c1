#include "pipeline/scan/rule_catalogue.h"

namespace dhr::scan {

const std::vector<RuleDescription>& RuleCatalogue() {
  static const std::vector<RuleDescription> rules = {
      {"identifier.person", "PersonName", "A name of a person of the case",
       "The full name, first name, surname, title and surname, or an alias of the victim, the perpetrator or a "
       "relative, in any case, with or without accents. A published review names them only by pseudonym or code."},
      {"identifier.professional", "ProfessionalName", "A name of a professional involved in the case",
       "A worker involved in the case is named by role and number (\"GP1\") in a published review."},
      {"identifier.place", "PlaceName", "An identifying place of the case",
       "A home address, school, surgery or workplace of the case, or a street it names."},
      {"date.precise", "PreciseDate", "A precise date (day, month and year)",
       "Precise dates identify a case; a published review gives the month and year only."},
      {"generic.postcode", "Postcode", "A UK postcode", "A postcode locates a household."},
      {"generic.phone", "PhoneNumber", "A UK phone number", "A phone number identifies a person."},
      {"generic.email", "EmailAddress", "An email address", "An email address identifies a person."},
      {"generic.nhs-number", "NhsNumber", "An NHS number",
       "Ten digits with a valid NHS check digit: a patient's identifier."},
      {"generic.ni-number", "NiNumber", "A National Insurance number", "A person's National Insurance number."},
      {"generic.vehicle-registration", "VehicleRegistration", "A UK vehicle registration",
       "A registration number identifies a person's car."},
      {"generic.social-handle", "SocialMediaHandle", "A social media handle", "A handle names a person's account."},
      {"undeclared.person", "UndeclaredName", "A name the case file does not declare",
       "A person named in the document whom case.yaml does not list (a neighbour, an officer, a friend). Declare "
       "them (people: or professionals:, with a code) or, if the words are not a name, add them to allow:."},
      {"undeclared.place", "UndeclaredPlace", "A place the case file does not declare",
       "A street, school, nursery, surgery or workplace case.yaml does not list. Declare it under places: with a "
       "replacement, or add it to allow: if it identifies nobody."},
      {"publication.child-gender", "ChildGender", "A child's gender beside a child's code",
       "Seed guidance: the children's genders should not be given. A warning: check the sentence.", "warning"},
      {"publication.marking", "SecurityMarking", "A security marking (OFFICIAL, OFFICIAL-SENSITIVE, RESTRICTED)",
       "The OFFICIAL marking is removed from the public copy of a review."},
      {"publication.draft", "DraftNumbering", "Draft numbering", "Draft numbering is removed from the public copy."},
      {"publication.comment", "Comment", "A comment", "Comments carry reviewers' notes and authors' names."},
      {"publication.tracked-change", "TrackedChange", "Tracked changes",
       "Tracked changes keep deleted text and the names of their authors."},
      {"publication.property", "DocumentProperty", "An identifying document property",
       "Author, last modified by, company, manager, keywords, description and custom properties."},
      {"publication.hidden-text", "HiddenText", "Hidden text", "Text formatted as hidden is still in the file."},
      {"publication.template", "AttachedTemplate", "An attached template",
       "The attached template's path often names a person or an organisation's drive."},
      {"publication.doc-variable", "DocumentVariable", "Document variables", "Document variables hold hidden data."},
      {"publication.mail-merge", "MailMerge", "Mail-merge settings", "Mail-merge settings name a data source."},
      {"publication.custom-xml", "CustomXml", "Custom XML data",
       "Custom XML parts hold data bound to content controls or added by other tools."},
      {"publication.people", "PeoplePart", "A people part", "The people part lists the authors of comments and changes."},
      {"publication.thumbnail", "Thumbnail", "A thumbnail", "A picture of the first page, as it was when saved."},
      {"publication.personal-information", "PersonalInformationKept", "Personal information is not removed on save",
       "Without w:removePersonalInformation Word stores authors' names in the file when it is saved."},
      {"accessibility.alt-text", "PictureWithoutAltText", "A picture without alt text",
       "A public copy must be usable with a screen reader (Public Sector Bodies Accessibility Regulations 2018): "
       "every picture needs a description, or a mark that it is decorative.",
       "warning"},
      {"accessibility.table-header", "TableWithoutHeaderRow", "A table without a header row",
       "A table's first row should be a header row that repeats across pages, so that a screen reader can say "
       "what each cell is.",
       "warning"},
      {"accessibility.heading-order", "SkippedHeadingLevel", "A skipped heading level",
       "Headings go in order (1, 2, 3) without skipping a level: people navigate a document by its headings.",
       "warning"},
      {"accessibility.title", "NoDocumentTitle", "No document title",
       "The document title (core properties) is what readers and screen readers announce.", "warning"},
      {"accessibility.language", "NoLanguage", "No document language",
       "The default language (w:lang in the styles) tells a screen reader how to pronounce the text.", "warning"},
  };
  return rules;
}

int RuleIndex(std::string_view id) {
  const auto& rules = RuleCatalogue();
  for (size_t i = 0; i < rules.size(); ++i)
    if (id == rules[i].id) return static_cast<int>(i);
  return -1;
}

}  // namespace dhr::scan
