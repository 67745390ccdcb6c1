// The case model: the facts of one review, as loaded from a case folder's case.yaml.
//
// Input: a case folder (or its case.yaml). Output: a Case value, or every error found in the file
// at once, each with file, line and column. The model holds real identifiers; nothing in it is
// anonymised. Stages read it; none modify it.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "base/dates.h"
#include "base/status.h"

namespace dhr {

struct SourcePos {
  std::string file;
  int line = 0;    // 1-based
  int column = 0;  // 1-based
};


// Someone of the family or household: the victim, the perpetrator, their relatives.
struct Person {
  std::string name;                  // full name as written ("Siân Delacroix-Webb")
  std::vector<std::string> aliases;  // other names they were known by
  std::string role;                  // "victim", "perpetrator" or empty
  std::string relationship;          // "mother", "child", "brother"... of `of`; empty for victim/perpetrator
  std::string of = "victim";         // whose relative: "victim", "perpetrator" or another person's name
  std::string pseudonym;             // chosen by the family; replaces the scheme's code
  std::string code;                  // explicit code; overrides the scheme
  std::optional<bool> child;         // `child:` overrides whether the scheme codes them as a child
  std::optional<Date> dob;
  std::optional<int> age;            // at the homicide: as written, else from dob and its date
  std::string gender;                // free text as the data form records it
  std::string ethnicity;             // one of the ONS 2021 categories
  std::string nationality;           // the data form's fields, free text
  std::string religion;
  std::string sexual_orientation;
  std::string disability;
  SourcePos pos;                     // where the entry starts in case.yaml
};

// A worker involved in the case: named by role and number in anonymised text ("GP1", "HV2").
struct Professional {
  std::string name;
  std::vector<std::string> aliases;
  std::string role;    // "GP", "Health Visitor", "Police Officer"...
  std::string agency;  // optional
  std::string code;    // explicit code; overrides the scheme
  SourcePos pos;
};

// An identifying location: a home address, a school, a GP surgery, a workplace.
struct Place {
  std::string name;
  std::vector<std::string> aliases;
  std::string replacement;  // "the family home"
  SourcePos pos;
};

// An extra pattern from the case file or a rules file: an RE2 regular expression and what replaces
// each of its matches.
struct ExtraRule {
  std::string id;
  std::string pattern;
  std::string replacement;
  SourcePos pos;
};

// The review's milestones (seed 004 "DHR Timescales"); each in this order when given.
struct ReviewDates {
  std::optional<Date> referral;              // the case referred to the partnership
  std::optional<Date> decision;              // the decision to hold a review
  std::optional<Date> home_office_notified;  // the Home Office told of the decision
  std::optional<Date> started;               // the panel's first meeting
  std::optional<Date> completed;             // the report completed
  std::optional<Date> submitted;             // the report submitted to the Home Office
  std::array<SourcePos, 6> where;            // each date's value in case.yaml, in the order above; line 0: not given
};

// The independent Chair, or the report's author when someone else writes it. Named in the report.
struct ReviewLead {
  std::string name;
  std::string independence;  // the statement of independence from the agencies involved
  std::string background;    // experience and qualifications (the Chair's)
};

// A member of the review panel: named in the report, never anonymised.
struct PanelMember {
  std::string name;
  std::string role;
  std::string agency;
  SourcePos pos;
};

// An agency that contributed, and what it gave: "IMR", "chronology", "report", "information".
struct ContributingAgency {
  std::string name;
  std::vector<std::string> contributions;
  SourcePos pos;
};

// How the family took part (seed 004 "When to use a Pseudonym", "Support to the family"; seed 002
// Appendix 10 "Involvement of family...").
struct FamilyInvolvement {
  std::string pseudonym;            // "chosen" (the family chose the pseudonyms) or "declined"; empty: not said
  std::string participation;        // who took part and how: free text, a sentence or two
  std::string advocate;             // the advocate or service that supported the family; empty: none named
  std::optional<bool> saw_report;   // the family read the report before it was submitted
  SourcePos pos;
};

struct TermsOfReference {
  std::optional<Date> scope_from;  // the period the review looks at
  std::optional<Date> scope_to;
  std::vector<std::string> questions;  // the key lines of enquiry
};

struct Review {
  std::string partnership;               // public, never anonymised
  std::string letter = "X";              // the scheme letter: the victim becomes "Adult X"
  std::string title = "Domestic Homicide Review";  // the 2024 Act's "Domestic Abuse Related Death Review"
  std::string scheme_file;               // rules file of the code scheme; empty = the default
  std::string local_reference;
  std::string police_force;
  bool fictional = false;                // an invented case: documents say so on their first page
  bool chronology_timeline = false;      // the overview report shows the chronology's timeline picture
  ReviewDates dates;
  ReviewLead chair;
  ReviewLead author;                     // empty name: the Chair is the author
  std::vector<PanelMember> panel;
  std::optional<int> panel_meetings;
  // The day the Home Office agreed that the review may take longer than its timetable (Sheffield asks
  // for its permission, kept as an appendix of the report).
  std::optional<Date> extension_agreed;
  std::vector<ContributingAgency> agencies;  // contacted, and had contact with the people of the case
  std::vector<std::string> agencies_without_contact;  // contacted, and had none
  FamilyInvolvement family;
  TermsOfReference terms_of_reference;
  std::optional<int> draft;              // the draft number; none for the final report
  std::string draft_names;               // "codes" or "real" in drafts; empty: the code scheme's choice
  std::string marking = "OFFICIAL-SENSITIVE";  // of drafts and the submission: "OFFICIAL" or "OFFICIAL-SENSITIVE"
  std::string marking_descriptor;        // with OFFICIAL-SENSITIVE only: "PERSONAL"...
  std::vector<std::string> dissemination;  // who receives the report
  SourcePos pos;
};

// The death under review. `place` is a place name of places: or free text.
struct Homicide {
  std::optional<Date> date;
  std::string place;
  std::string method;
  std::string verdict;
  std::string sentence;
  std::optional<Date> proceedings_concluded;  // the criminal proceedings completed
  std::string coroner_conclusion;             // the inquest's conclusion, where there was no trial
  std::optional<int> children_in_household;
  SourcePos pos;
};

// What the Home Office data collection form asks that the rest of the case does not hold. The form
// is never published.
struct DataForm {
  std::string victim_relationship;       // the victim's relationship to the perpetrator ("wife")
  std::string perpetrator_relationship;  // the perpetrator's relationship to the victim ("husband")
  std::optional<int> other_victims;      // victims other than the one under review
  std::string previous_reviews;          // earlier reviews involving the same people, if any
  SourcePos pos;
};

// One row of the action plan (seed 002's action plan template, seed 004's Template 25).
struct RecommendationAction {
  std::string action;
  std::string lead_agency;
  std::string lead_person;
  std::string milestones;
  std::optional<Date> target_date;
  std::string status;  // "RED", "AMBER", "GREEN" or "COMPLETE"; empty when not yet rated
  std::optional<Date> completed;
  std::string measure;  // how it will be known to have worked: "done x times", "improved by y%"
  std::string outcome;  // the evidence of outcome
  SourcePos pos;
};

struct Recommendation {
  int number = 0;
  std::string text;
  std::string scope;  // "local", "regional" or "national"
  std::string agency;
  std::vector<RecommendationAction> actions;
  SourcePos pos;
};

struct Case {
  std::string file;  // the case.yaml path as the user gave it (for messages)
  std::string folder;
  Review review;
  std::vector<Person> people;
  std::vector<Professional> professionals;
  std::vector<Place> places;
  std::vector<std::string> keep;        // public names that are never replaced
  std::vector<std::string> allow;       // words that are not names: never reported as undeclared
  std::vector<ExtraRule> rules;         // extra RE2 rules
  std::vector<std::string> rule_files;  // extra rules files named by the case (relative to folder)
  Homicide homicide;
  DataForm data_form;
  bool has_data_form = false;           // `data_form:` is written: its required fields are checked
  std::vector<Recommendation> recommendations;
  std::vector<Problem> warnings;       // problems that do not stop loading ("case.yaml.slow_review")
};

}  // namespace dhr
