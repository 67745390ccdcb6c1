// The built-in copy of rules/scheme-sheffield.yaml. Edit that file, then paste it here between the
// delimiters unchanged; scheme_test.cpp fails while the two differ by a single byte.
#include "anonymiser/scheme.h"

namespace dhr {

std::string_view DefaultSchemeText() {
  return R"scheme(# The anonymisation code scheme of the Sheffield DHR guidance ("How to anonymise"): the victim is
# given a letter and everyone else a code built from it.
#
#   Adult X     the victim                      Adult XM    the victim's mother
#   Adult XAP   the alleged perpetrator         Adult XB    the victim's brother
#   Adult XAPB  the perpetrator's brother       Child X1    the victim's first child
#
# Sheffield's own example codes a daughter under 18 as "Child XD". This file numbers children
# instead (Child X1, Child X2), because the Safer Cornwall DHR toolkit asks that, "to enhance
# anonymity, the children's genders should not be given". Set gender_neutral_children to false for
# "Child XD" and "Child XSN"; dhr then warns for each such code.
#
# A partnership with its own scheme copies this file and names it in case.yaml (review: scheme:).
# Two people whose codes would be the same are numbered in order of appearance: Adult XB1, Adult XB2.

name: Sheffield
adult: Adult        # the word before an adult's code
child: Child        # the word before a child's code
perpetrator: AP     # after the victim's letter: Adult XAP
gender_neutral_children: true
# Drafts of the overview report and executive summary use the codes, as the final report does
# ("The draft and final reports should all use these agreed pseudonyms"); `real` keeps the names.
# A case may choose otherwise with review: draft_names: in case.yaml.
draft_names: codes

# Relationships coded as children unless the person has `child: false` in case.yaml. With
# gender_neutral_children, all children of one person are numbered together: Child X1, Child X2.
children: [child, son, daughter, stepchild, stepson, stepdaughter]

# The suffix added to the code of the person someone is related to (`of:`, the victim by default).
relatives:
  mother: M
  father: F
  parent: PA
  stepmother: SM
  stepfather: SF
  step-parent: SP
  brother: B
  sister: S
  sibling: SB
  half-brother: HB
  half-sister: HS
  stepbrother: STB
  stepsister: STS
  son: SN
  daughter: D
  child: C
  stepson: SSN
  stepdaughter: SD
  stepchild: SC
  grandmother: GM
  grandfather: GF
  grandparent: GR
  grandson: GS
  granddaughter: GD
  grandchild: GC
  aunt: AU
  uncle: U
  niece: N
  nephew: NP
  cousin: CO
  relative: R
  partner: P
  husband: P
  wife: P
  boyfriend: P
  girlfriend: P
  ex-partner: EP
  ex-husband: EP
  ex-wife: EP
  in-law: IL
  household member: HM
  lodger: L
  carer: CR
  friend: FR
  neighbour: NB
  colleague: CL

# Workers involved in the case, named by role and a number counted per code in order of
# appearance ({n}): GP1, GP2, HV1, Police Officer 1. `also` lists other ways the role is written.
professionals:
  - role: GP
    also: [General Practitioner, Doctor, Family Doctor]
    code: GP{n}
  - role: Health Visitor
    code: HV{n}
  - role: Social Worker
    also: [Children's Social Worker, Adult Social Worker]
    code: SW{n}
  - role: Police Officer
    also: [Police Constable, PC, Detective Constable, DC, Police Sergeant, Sergeant,
           Detective Sergeant, DS, Detective, Police Inspector, Inspector]
    code: Police Officer {n}
  - role: Police Call Handler
    also: [Call Handler]
    code: Call Handler {n}
  - role: Probation Officer
    also: [Probation Practitioner, Offender Manager]
    code: Probation Officer {n}
  - role: Independent Domestic Violence Advisor
    also: [IDVA, Independent Domestic Violence Adviser]
    code: IDVA{n}
  - role: Midwife
    also: [Community Midwife]
    code: MW{n}
  - role: Practice Nurse
    code: PN{n}
  - role: School Nurse
    code: School Nurse {n}
  - role: Community Psychiatric Nurse
    also: [CPN, Community Mental Health Nurse]
    code: CPN{n}
  - role: Nurse
    code: Nurse {n}
  - role: Psychiatrist
    code: Psychiatrist {n}
  - role: Paramedic
    code: Paramedic {n}
  - role: Housing Officer
    code: Housing Officer {n}
  - role: Support Worker
    also: [Key Worker, Outreach Worker]
    code: Support Worker {n}
  - role: Teacher
    also: [Head Teacher, Headteacher]
    code: Teacher {n}

# A role not listed above: its own name and a number, as "Dentist 1".
other_professionals: "{role} {n}"
)scheme";
}

}  // namespace dhr
