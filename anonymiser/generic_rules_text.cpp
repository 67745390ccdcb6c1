// The copy of rules/generic.yaml compiled into the program (see generic_rules.h). Edit the file,
// then paste it here whole: generic_rules_test.cpp fails while the two differ.
#include "anonymiser/generic_rules.h"

namespace dhr {

const std::string_view kBuiltinGenericRulesYaml = R"yaml(# Generic rules: identifiers that look the same in every case, found whatever the case file says.
#
# Each rule has an id (the audit reports "generic:<id>"), an RE2 pattern, the replacement written in
# its place, and optionally a check: a built-in test a match must also pass, for what a pattern
# cannot say (nhs-number: the modulus 11 check digit of ten digits in a row; street-address: the street written as a name, "4 Quarry Bank Road", not "3 children down the road").
#
# Patterns run over the normalised text: lower case, accents stripped, every kind of space one
# space, every hyphen "-", every apostrophe "'"; they are also compiled case-insensitive. A match
# must not have a letter or digit directly before or after it. When two rules match the same text,
# the longer match wins, and at equal length the rule listed first.

rules:
  - id: email
    pattern: '[a-z0-9._%+''-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}'
    replacement: "[email address]"

  # 10 digits, as written: 943 476 5919, 943-476-5919, 9434765919. Written in groups of 3, 3 and 4
  # it is taken whatever its check digit (a mistyped number is still a person's); ten digits in
  # a row only with a valid check digit.
  - id: nhs-number
    pattern: '\d{3}[ -]?\d{3}[ -]?\d{4}'
    check: nhs-number
    replacement: "[NHS number]"

  # JG 10 37 59 A, JG103759A, the QQ 12 34 56 C of examples; the suffix letter is often left out.
  # Any two letters: a prefix that was never allocated is a typo of a person's number.
  - id: ni-number
    pattern: '[a-z]{2} ?\d{2} ?\d{2} ?\d{2}(?: ?[a-d])?'
    replacement: "[NI number]"

  # UK vehicle registrations in the current format: YK19 HZP, YK19HZP.
  - id: vehicle-registration
    pattern: '[a-z]{2}\d{2} ?[a-z]{3}'
    replacement: "[vehicle registration]"

  # Social media handles: @tasha_b1985, @DazW82 (an email address has letters before its @).
  - id: social-handle
    pattern: '@[a-z0-9_](?:[a-z0-9_.]{0,28}[a-z0-9_])?'
    replacement: "[social media handle]"

  # Full postcodes: S1 2HE, SW1A 1AA, M60 1NW, GIR 0AA.
  - id: postcode
    pattern: '(?:gir *0aa|[a-pr-uwyz](?:\d[a-hjkpstuw]?|\d\d|[a-hk-y]\d[abehmnprv-y]?|[a-hk-y]\d\d) *\d[abd-hjlnp-uw-z]{2})'
    replacement: "[postcode]"

  # Landlines and mobiles: 0114 273 4567, (0114) 273 4567, 020 7946 0018, 07700 900123,
  # +44 7700 900123, +44 (0)114 273 4567, 0044 114 273 4567.
  - id: phone
    pattern: '(?:(?:\+|00) ?44 ?(?:\(0\) ?)?|\(?0)[1-9](?:[ -]?\)?[ -]?\d){8,9}'
    replacement: "[phone number]"

  # A house number, one to three words, a street suffix: 4 Quarry Bank Road, 12a High Street.
  - id: address
    pattern: '\d{1,4}[a-z]?,? +(?:[a-z][a-z''-]* +){1,3}(?:road|rd|street|st|avenue|ave|lane|ln|drive|dr|close|crescent|cres|court|ct|place|pl|grove|gardens|gdns|terrace|walk|way|row|square|sq|hill|mews|park|rise|view|green|parade|vale|gate|boulevard|bank|yard|wharf|croft|fold|chase|brow|meadow|meadows|end|hollow|approach|circus|embankment|esplanade|quay|passage)'
    check: street-address
    replacement: "[address]"
)yaml";

}  // namespace dhr
