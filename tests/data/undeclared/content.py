# The text of the four reports. Markup:
#   [[Text|cat]]         a planted identifier (cat: tp titled-person, p person, rel relation-given-name,
#                        gds given-name-declared-surname, inst institution, st street,
#                        veh vehicle-registration, soc social-handle)
#   [[Te/xt|cat]]        the same, split across runs at each "/" the way Word splits text
#   {fnN} {csN} {ceN}    footnote reference, comment range start, comment range end + reference
# Everything else is plain text. Names the case declares (examples/adult-x-review/case.yaml) and
# public names are written plainly: they are not planted.

TOR = [
    'What did each agency know of domestic abuse in the relationship, and when?',
    'Were risks to Adult X and the children identified, assessed and shared?',
    'Did agencies ask Adult X directly and privately about domestic abuse?',
    'Were the children’s experiences seen and heard?',
    'How did the perpetrator’s employment and financial control affect Adult X’s help-seeking?',
    'Did any barriers of equality or diversity affect the help Adult X received?',
]


def police(d):
    fn1 = d.footnote('The author joined the Major Crime Review Team from the Northern Division, where her line '
                     'manager was Superintendent [[Emyr Proth/eroe|tp]]; neither has served in the Northbrook area.')
    fn2 = d.footnote('The force’s Public Protection Notice (PPN) replaced the paper DASH form in 2020; the '
                     'guidance is unchanged on completing it with the victim alone.')
    fn3 = d.footnote('Sgt [[O’Donnell|tp]] retired from the force in 2022. His written answers were obtained through '
                     'his Police Federation representative, [[Marcus Ebdon-Clarke|p]].')
    c0 = d.comment('Please confirm whether PC [[Aled Bevan|tp]], who crewed the second car in March 2021, '
                   'was also asked for an account.')
    c1 = d.comment('Was Darren Whitlock also registered at [[Brook/side Surgery|inst]]? If so, the GP IMR '
                   'should say whether the practice was told of the arrest.')
    b = []
    b.append(d.p('Individual Management Review', style='Title'))
    b.append(d.p('Domestic Homicide Review into the death of Joanne Hartley (Adult X) in November 2022', flags={'b': True}))
    b.append(d.p('Agency: Westshire Police. Review reference: SNP DHR 2022/03. Prepared for the Review Panel, June 2023.'))
    b.append(d.p('Author and Sign-Off', style='Heading1'))
    b.append(d.p('IMR author: Detective Chief Inspector [[Tregarthen|tp]], Major Crime Review Team. The author has '
                 'completed eleven reviews of this kind and the College of Policing course on domestic abuse '
                 'investigation.'))
    b.append(d.p('Countersigned on behalf of the Chief Constable: Det Supt [[Idris Vaughan-/Rees|tp]], Head of '
                 'Public Protection, who was briefed on each draft and agrees the recommendations.'))
    b.append(d.p('Statement of Independence', style='Heading1'))
    b.append(d.p('I certify that I have not been directly concerned with Joanne Hartley, Darren Whitlock or their '
                 'families, and that I am not, and have not been, the line manager of any officer or member of '
                 'staff whose actions this report reviews.%s' % fn1))
    b.append(d.p('Introduction', style='Heading1'))
    b.append(d.p('This Individual Management Review is produced in accordance with the Safer Northbrook '
                 'Partnership’s procedure for conducting a Domestic Homicide Review, chaired by Helen Ashworth. '
                 'It will form part of the overview report. Its purpose is to look openly and critically at '
                 'the practice of Westshire Police with Joanne Hartley, Darren Whitlock and their children, Lily '
                 'and Mason Whitlock, between January 2019 and November 2022, to see whether the case shows '
                 'that changes could and should be made.'))
    b.append(d.p('Subjects of the Review', style='Heading1'))
    b.append(d.table([
        ['Name', 'Relationship', 'Born', 'Ethnic origin', 'Address'],
        ['Joanne Hartley', 'Victim', 'April 1985', 'White British', '14 Larchfield Close'],
        ['Darren Whitlock', 'Perpetrator, cohabiting partner', 'September 1982', 'White British', '14 Larchfield Close'],
        ['Lily Whitlock', 'Child of both', 'June 2012', 'White British', '14 Larchfield Close'],
        ['Mason Whitlock', 'Child of both', 'February 2015', 'White British', '14 Larchfield Close'],
        ['[[Kayleigh Whit/lock|gds]]', 'Perpetrator’s former wife', 'Not known', 'White British', '27 [[Cedar Crescent|st]]'],
    ], [1900, 2000, 1400, 1500, 2226]))
    b.append(d.p('Methodology', style='Heading1'))
    b.append(d.p('The author read the command and control logs, crime and intelligence records, custody records, '
                 'body-worn video and the Public Protection Notices for the period.%s Officers were interviewed: '
                 'PC Ryan Holt and PC [[Gareth Lloyd|tp]], who attended in March 2021; DS Fiona Marsh, who '
                 'reviewed the crime; and the call handler, [[Shau/na McBride|p]]. The response sergeant, '
                 'Sgt [[Liam O’/Donnell|tp]], answered {cs0}written questions{ce0}.%s' % (fn2, fn3)))
    b.append(d.p('Parallel Reviews', style='Heading1'))
    b.append(d.p('The Independent Office for Police Conduct received a mandatory referral after the homicide and '
                 'returned the matter for local handling in February 2023. The criminal trial at the Crown Court '
                 'ended in a conviction for murder. The Coroner did not resume the inquest.'))
    b.append(d.p('Chronology of Contacts', style='Heading1'))
    b.append(d.p('The table summarises the contacts of Westshire Police with the subjects within the scope of the '
                 'review. Month and year are given; the full chronology was returned to the Chair separately.'))
    b.append(d.table([
        ['Date', 'Source', 'Event', 'Action'],
        ['August 2019', '999 call', 'A neighbour, Mr [[Dennis Loftus|tp]], who lives on [[Rowan Way|st]] behind '
         'Larchfield Close, reported shouting and a child crying. Officers spoke to both adults at the door.',
         'Log closed as a verbal argument. No PPN.'],
        ['January 2020', 'Traffic stop', 'Darren Whitlock stopped on [[Bramley Avenue|st]] driving a grey Vauxhall '
         'Astra, registration [[YK19 /HZP|veh]]. Joanne Hartley was a passenger with a cut lip.',
         'No question asked about the injury.'],
        ['March 2021', '999 call from Joanne Hartley', 'PC Ryan Holt and PC [[Gareth Lloyd|tp]] attended. She said '
         'Darren Whitlock had pushed her against a door. The risk assessment was completed in the kitchen '
         'while he was in the next room: standard risk.',
         'PPN to Children’s Social Care; Operation Encompass notice to St Aidan’s Primary School.'],
        ['March 2021', 'Crime review', 'DS Fiona Marsh reviewed the crime. Her friend [[Tasha|rel]] told the officer '
         'by phone that Joanne was frightened to support a prosecution.', 'Filed: victim did not support.'],
        ['October 2021', 'Intelligence', 'The security manager at Kestrel Logistics, [[Wojciech Zieliński|p]], '
         'reported that Darren Whitlock had threatened a colleague in the depot yard.', 'Recorded; no further action.'],
        ['September 2022', 'Call from Margaret Hartley', 'Concern for welfare. She described posts from the account '
         '[[@DazW82|soc]] calling Joanne worthless.', 'Officers attended; Joanne said she was safe.'],
        ['November 2022', 'Homicide', 'Darren Whitlock was arrested at the flat of his cousin [[Dean|rel]] on '
         '[[Fox/glove Lane|st]] the same night.', 'Charged with murder.'],
    ], [1300, 1500, 4126, 2100]))
    b.append(d.p('Analysis Against the Terms of Reference', style='Heading1'))
    b.append(d.p(TOR[0], style='Heading2'))
    b.append(d.p('By August 2019 the force had a record of shouting at the address and, from January 2020, of an '
                 'injury seen at a roadside stop. Neither was linked to the other. The call from Mr [[Loftus|tp]] '
                 'was the first sign, and the officers did not ask to speak to Joanne Hartley alone. In the '
                 'author’s view the traffic officer, PC [[Nia Cad/waladr|tp]], should have asked about the cut lip; '
                 'she told the author that she did not feel able to ask with the driver beside her.'))
    b.append(d.p(TOR[1], style='Heading2'))
    b.append(d.p('The risk assessment of March 2021 was graded standard. It was completed within earshot of Darren '
                 'Whitlock, against force policy. Had it been completed privately, Joanne may have disclosed the '
                 'strangulation she later described to her colleague [[Bernadette|rel]] at the Holme Road estate. '
                 'The PPN reached Children’s Social Care the next working day, and the Operation Encompass notice '
                 'reached St Aidan’s Primary School before the start of the school day, which is good practice.'))
    b.append(d.p(TOR[2], style='Heading2'))
    b.append(d.p('No officer spoke to Joanne Hartley alone at any contact. When she attended hospital with a wrist '
                 'injury in May 2022, [[St Bede’s /Hosp/ital|inst]] did not contact the police, and the force had '
                 'no contact that could have prompted a private conversation.'))
    b.append(d.p(TOR[4], style='Heading2'))
    b.append(d.p('Darren Whitlock controlled the family’s money and the only car. After the homicide officers '
                 'found that a second car, registration [[WF68OKN|veh]], was registered to him but kept at the '
                 'home of [[Callum Whit/lock|gds]], his nephew.{cs1} Joanne had no money of her own for a taxi.{ce1} The '
                 'Domestic Violence Disclosure Scheme was not used, although the force held a report from '
                 '[[Kayleigh Whitlock|gds]] of violence in his previous marriage.'))
    b.append(d.p('Learning', style='Heading1'))
    b.append(d.p('The force has learned that a standard risk grading made in the presence of the suspect is '
                 'unreliable; that a roadside injury in a passenger is a safeguarding contact; and that '
                 'messages sent to a friend, such as those Joanne sent to [[@tasha_b1985|soc]], can be '
                 'evidence of coercive control when the victim does not support a prosecution.'))
    b.append(d.p('Recommendations', style='Heading1'))
    b.append(d.p('1. Westshire Police should brief all response officers that the risk assessment is completed with '
                 'the victim away from the suspect, and that the reason is recorded when it cannot be.'))
    b.append(d.p('2. Westshire Police should treat an unexplained injury seen at a roadside stop as a domestic abuse '
                 'contact and ask the passenger privately.'))
    return b


def health(d):
    fn1 = d.footnote('The review also drew on the notes of a student health visitor, Miss [[Hollie Garside|tp]], '
                     'who shadowed Claire Donovan during 2020 and was not interviewed.')
    fn2 = d.footnote('Joanne’s maternal aunt, [[Denise Hartley|gds]], told the Chair that Joanne often cancelled '
                     'appointments when Darren Whitlock was at home; the Trust had no record of this.')
    fn3 = d.footnote('Routine enquiry means asking every adult seen alone whether anyone at home hurts, frightens '
                     'or controls them, as NICE guidance PH50 recommends.')
    d.comment('Mx [[Robin Achter/berg|tp]] led the Trust’s supervision audit in 2021: could the author add '
              'whether this family was in the audited sample?')
    d.comment('The family support worker named here, [[Kerry-Ann Fox|p]], was employed by the council, not the '
              'Trust. Please check with the Children’s Social Care author.')
    d.comment('Was Joanne also seen at [[Sandbeck Medical Centre|inst]] when she stayed with her sister? The GP '
              'IMR does not mention it.')
    b = []
    b.append(d.p('Individual Management Review', style='Title'))
    b.append(d.p('Domestic Homicide Review into the death of Joanne Hartley (Adult X), November 2022', flags={'b': True}))
    b.append(d.p('Agency: Northbrook Community Health NHS Trust (health visiting, school nursing and the walk-in '
                 'centre). Review reference: SNP DHR 2022/03. Version 3, July 2023.'))
    b.append(d.p('Agency Ownership and Sign-Off', style='Heading1'))
    b.append(d.p('This report was completed by the Trust’s Named Nurse for Safeguarding Adults and agreed by '
                 'Ms [[Oluwaseun Adeyemi|tp]], Director of Nursing and Executive Lead for Safeguarding, on behalf '
                 'of the Trust Board. Tom Richardson, Head of Safeguarding, represents the Trust on the Review Panel.'))
    b.append(d.p('Statement of Independence', style='Heading1'))
    b.append(d.p('I certify that I have not been directly concerned with the victim, the perpetrator or their '
                 'family, and that I am not the line manager of any practitioner whose work is reviewed here. I '
                 'joined the Trust in 2022, after the period under review.'))
    b.append(d.p('Methodology', style='Heading1'))
    b.append(d.p('The author read the health visiting, school nursing and walk-in centre records of Joanne Hartley, '
                 'Lily Whitlock and Mason Whitlock, the safeguarding supervision notes, and the Trust’s domestic '
                 'abuse policy.%s Interviews were held with Claire Donovan, health visitor; the school nurse, '
                 'Nurse [[Ruth Kend/rick|tp]]; Dr [[Tomasz No/wak|tp]], who saw Joanne at the walk-in centre; and '
                 'the safeguarding supervisor, [[Zoë Lindqvist|p]]. Dr Anjali Mehta of Riverside Medical Practice '
                 'was consulted about the information the practice received from the Trust.' % fn1))
    b.append(d.p('Family and Household', style='Heading1'))
    b.append(d.p('Joanne Hartley lived at 14 Larchfield Close with Darren Whitlock and their children. Her mother, '
                 'Margaret Hartley, lived nearby. Her sister [[Michelle|rel]] was her closest confidante: '
                 '[[Michelle Hart/ley|gds]] lived in a flat at [[Marlowe Court|st]], where Joanne and the '
                 'children stayed for three nights in the spring of 2021.%s Mason attended '
                 '[[Oak/field Nursery|inst]] and then [[Elmfield Infant School|inst]]; Lily attended St Aidan’s '
                 'Primary School.' % fn2))
    b.append(d.p('Chronology of Contacts', style='Heading1'))
    b.append(d.table([
        ['Date', 'Service', 'Contact', 'Seen alone?'],
        ['April 2019', 'Health visiting', 'Developmental review of Mason at [[Tinsley Moor Health Centre|inst]] by '
         'Claire Donovan. Joanne tearful; Darren Whitlock answered most questions.', 'No'],
        ['November 2020', 'Health visiting', 'Home visit with the student [[Siân Pryce-/Jen/kins|p]]. Bruising to '
         'Joanne’s forearm, explained as a fall on the stairs.', 'No'],
        ['March 2021', 'Health visiting', 'PPN received from Westshire Police. Claire Donovan telephoned; Joanne was '
         'staying with her sister on [[Wharf Terrace|st]]. Information shared with the GP.', 'By phone'],
        ['June 2021', 'School nursing', 'Lily seen at St Aidan’s Primary School for headaches and poor sleep. Her '
         'neighbour [[Lorraine|rel]] had collected her from school for two weeks.', 'Yes'],
        ['May 2022', 'Walk-in centre', 'Joanne seen by Dr [[Łukasz Wiśniewski|tp]] with a sprained wrist; '
         'referred to St Bede’s for an X-ray.'.replace('St Bede’s', 'the fracture clinic'), 'Yes'],
        ['August 2022', 'Walk-in centre', 'Joanne seen by Dr Tomasz Nowak for anxiety and poor sleep. No routine '
         'enquiry recorded.'.replace('Dr Tomasz Nowak', 'the same doctor'), 'Yes'],
    ], [1300, 1500, 5026, 1200]))
    b.append(d.p('Analysis Against the Terms of Reference', style='Heading1'))
    b.append(d.p(TOR[0], style='Heading2'))
    b.append(d.p('The Trust knew of domestic abuse from March 2021, when the police notice arrived. Before then, '
                 'there were signs that the practitioners did not connect: a tearful mother whose partner '
                 'answered for her, bruising explained as a fall, and a child collected from school by a '
                 'neighbour. Claire Donovan told the author that {cs0}she did not feel able{ce0} to ask about '
                 'abuse while Darren Whitlock was in the room, and did not arrange a second visit.'))
    b.append(d.p(TOR[2], style='Heading2'))
    b.append(d.p('Joanne was seen alone twice at the walk-in centre. Neither doctor asked about domestic abuse.%s '
                 'In August 2022 she told Dr [[Nowak|tp]] that she was not sleeping because of “money worries”. '
                 'Darren Whitlock gave her a fixed sum each week; his colleague [[Wes|rel]] later told the police '
                 'that he boasted of checking her bank statements.' % fn3))
    b.append(d.p(TOR[3], style='Heading2'))
    b.append(d.p('Lily’s headaches and poor sleep were recorded as a health need, not as a possible effect of '
                 'living with domestic abuse. The school nurse did not know of the police notice because it had '
                 'been shared with the health visiting team only. Mason’s voice does not appear in the records '
                 'at all after he left {cs2}nursery{ce2}.'))
    b.append(d.p(TOR[4], style='Heading2'))
    b.append(d.p('At a home visit in November 2020 Claire Donovan noted that a car, registration '
                 '[[LR21 XVD|veh]], waited outside throughout; Joanne said it belonged to her partner’s friend '
                 '[[Kyle|rel]], who “kept an eye on her” for Darren. In the author’s view this was surveillance '
                 'and should have been recognised as coercive control. Joanne’s sister later showed the police '
                 'messages from the account [[@michelleh_79|soc]] in which Joanne asked to borrow money for the '
                 'children’s shoes. A second car, registration [[DY20 LMN|veh]], was seen at the address on '
                 'the day of the {cs1}last contact{ce1}.'))
    b.append(d.p(TOR[5], style='Heading2'))
    b.append(d.p('No barrier of language, disability or religion was identified. Joanne was a working mother '
                 'whose appointments were arranged around her partner’s shifts; flexible appointment times '
                 'would have helped.'))
    b.append(d.p('Good Practice', style='Heading1'))
    b.append(d.p('The health visitor shared the police notice with the GP within one working day, and the school '
                 'nurse saw Lily alone and recorded her words.'))
    b.append(d.p('Lessons Learned and Recommendations', style='Heading1'))
    b.append(d.p('1. The Trust will share domestic abuse notices with the school nursing team as well as the health '
                 'visiting team.'))
    b.append(d.p('2. Practitioners will arrange to see a parent alone when a partner is present at a contact where '
                 'there are signs of abuse, and will record why when they cannot.'))
    b.append(d.p('3. The walk-in centre will add routine enquiry about domestic abuse to its assessment of adults '
                 'presenting with anxiety or injury.'))
    return b


def csc(d):
    fn1 = d.footnote('The assessment was allocated to an agency social worker, [[Ifeoma Nwachukwu|p]], for its '
                     'first two weeks while Aisha Begum was on leave.')
    fn2 = d.footnote('Before moving to St Aidan’s, Lily spent a term at [[St Wilfrid’s Catholic Primary School|inst]]; '
                     'its records were requested and hold nothing of concern.')
    fn3 = d.footnote('Joanne’s sister-in-law later gave the police screenshots of messages Joanne posted as '
                     '[[@mumoftwo_jh|soc]]; the department never saw them.')
    d.comment('Please add what Lily’s class teacher, Miss [[Jodie Stur/gess|tp]], told the author about Lily’s '
              'attendance in the autumn term.')
    d.comment('The maternal aunt, [[Corinne Hartley|gds]], has asked to meet the panel. Should the author speak '
              'to her too?')
    b = []
    b.append(d.p('Individual Management Review', style='Title'))
    b.append(d.p('Domestic Homicide Review into the death of Joanne Hartley (Adult X), November 2022', flags={'b': True}))
    b.append(d.p('Agency: Northbrook Borough Council Children’s Social Care. Review reference: SNP DHR 2022/03. '
                 'Final version for the Review Panel, August 2023.'))
    b.append(d.p('Author and Agency Sign-Off', style='Heading1'))
    b.append(d.p('Author: Service Improvement Manager, Quality Assurance Unit. Agreed on behalf of the Director '
                 'of Children’s Services by Mr [[Rhodri Fel/ton|tp]], Assistant Director, Safeguarding and Early '
                 'Help. The report was shared with the Lead Member for Children, Councillor [[Brenda Quayle|tp]], '
                 'before submission. Nadia Hussain, Service Manager, represents the department on the panel.'))
    b.append(d.p('Statement of Independence', style='Heading1'))
    b.append(d.p('The author has had no involvement with the family and does not manage, and has not managed, '
                 'any of the staff whose work is considered in this report.'))
    b.append(d.p('Methodology', style='Heading1'))
    b.append(d.p('The author read the electronic case records of Lily and Mason Whitlock, the referral and '
                 'assessment records, supervision notes and the minutes of the strategy discussion. Interviews '
                 'were held with Aisha Begum, the allocated social worker; her team manager; and the family '
                 'support worker, [[Connor O’/Rourke|p]]. Inspector [[Hywel Garbutt|tp]], who chaired the '
                 'strategy discussion for Westshire Police, gave a written account.%s' % fn1))
    b.append(d.p('Family Composition', style='Heading1'))
    b.append(d.p('Lily and Mason Whitlock lived with their mother and Darren Whitlock at 14 Larchfield Close. '
                 'Darren Whitlock’s son from his marriage, [[Tyler Whit/lock|gds]], lived with his mother on '
                 '[[Thornbury Drive|st]] and attended [[Hollinsworth Academy|inst]] and then '
                 '[[Northbrook Sixth Form College|inst]]. He stayed at Larchfield Close most weekends. The '
                 'children’s grandmother, Margaret Hartley, and their aunt [[Shelley|rel]] cared for them after '
                 'school when Joanne worked at the Holme Road estate.%s' % fn2))
    b.append(d.p('Chronology of Involvement', style='Heading1'))
    b.append(d.table([
        ['Date', 'Source', 'Event', 'Outcome'],
        ['March 2021', 'Police PPN', 'Notice of a domestic incident at 14 Larchfield Close. Screened by the front '
         'door team manager, Mrs [[Parveen Akhtar|tp]].', 'Single assessment opened.'],
        ['April 2021', 'Home visit', 'Aisha Begum saw both children with their mother. Mason talked about his '
         'friend [[Alfie|rel]] and a trip to [[Rushmere Children’s Centre|inst]]; he was not asked about home.',
         'Children seen together.'],
        ['April 2021', 'Strategy discussion', 'DC [[Priya Raman|tp]] reported that Darren Whitlock’s van, '
         'registration [[MA70/RTU|veh]], had been seen outside the sister’s address at night.',
         'No section 47 enquiry; assessment continued.'],
        ['May 2021', 'Referral', 'Concern from [[HOLLINSWORTH ACADEMY|inst]] about posts by Darren Whitlock’s son as '
         '[[@Ty_Whitlock07|soc]] threatening his father’s partner.', 'Passed to the team working with the son.'],
        ['June 2021', 'Assessment closed', 'Covering social worker [[José Carvalho|p]] closed the assessment: '
         'Joanne had moved back from 9 [[Sedgefield Walk|st]] and said the relationship was over.',
         'Step down to early help.'],
    ], [1300, 1500, 4426, 1800]))
    b.append(d.p('Analysis Against the Terms of Reference', style='Heading1'))
    b.append(d.p(TOR[1], style='Heading2'))
    b.append(d.p('The assessment identified domestic abuse but judged the risk to have ended when Joanne said the '
                 'relationship was over. That judgement rested on her word alone, given while Darren Whitlock '
                 'was still visiting daily. The report from DC [[Raman|tp]] about his van was not weighed against it. '
                 'A second vehicle, registration [[BD17 KMW|veh]], registered to Darren Whitlock, was not '
                 '{cs0}known to the department{ce0}.'))
    b.append(d.p(TOR[3], style='Heading2'))
    b.append(d.p('Neither child was seen alone. The records say that Lily was “quiet” and Mason “lively”; they '
                 'do not record either child’s words about home. Lily had confided in her aunt, who later '
                 'posted about it on social media as [[@shelleyxo_88|soc]]. The family support worker noticed '
                 'that Mason would not go home without his sister, and recorded it as separation anxiety.'))
    b.append(d.p(TOR[4], style='Heading2'))
    b.append(d.p('Joanne told the family support worker that she could not leave because Darren Whitlock held '
                 'the tenancy and her wages were paid into his account. His manager [[Declan|rel]] at Kestrel '
                 'Logistics told the police after the homicide that Darren Whitlock often left shifts to check '
                 'on her. Her friend [[Tasha|rel]]’s offer of a room was declined because Joanne feared '
                 'Darren would find her there.%s' % fn3))
    b.append(d.p(TOR[5], style='Heading2'))
    b.append(d.p('The department found no barrier of language, culture or disability. The author notes that '
                 'the assessment treated Joanne as the protective parent without asking what support she '
                 '{cs1}needed to protect{ce1} the children.'))
    b.append(d.p('Conclusions', style='Heading1'))
    b.append(d.p('The department responded quickly to the police notice and saw the children within the '
                 'timescale. It closed the assessment too early, on the word of a frightened parent, and did '
                 'not hear the children.'))
    b.append(d.p('Recommendations', style='Heading1'))
    b.append(d.p('1. Children living with domestic abuse are seen and spoken with alone at every assessment, and '
                 'their words recorded.'))
    b.append(d.p('2. An assessment is not closed on a parent’s statement that a relationship has ended without '
                 'checking that statement with the police and other agencies.'))
    return b


def control(d):
    fn1 = d.footnote('Home Office, Multi-agency Statutory Guidance for the Conduct of Domestic Homicide Reviews. '
                     'Section 9 of the Domestic Violence, Crime and Victims Act 2004 places the duty on the '
                     'Community Safety Partnership.')
    fn2 = d.footnote('NICE public health guideline PH50, Domestic violence and abuse: multi-agency working, and '
                     'NICE quality standard QS116.')
    fn3 = d.footnote('The Domestic Abuse Act 2021 defines economic abuse in section 1(4); the statutory guidance '
                     'under section 84 describes how coercive control and economic abuse overlap.')
    d.comment('Dr Laura Finch asked that the health learning refer to NICE guidance and to NHS England’s '
              'safeguarding accountability framework. Done.')
    d.comment('Jenny Walsh and Paul Greaves agreed this wording at the panel meeting in September. The '
              'Domestic Abuse Commissioner’s office has seen it.')
    d.comment('Please check with DI Sarah Okafor that Westshire Police is content with the summary of the '
              'Independent Office for Police Conduct decision.', author='Mark Pemberton', initials='MP')
    b = []
    b.append(d.p('Learning Briefing', style='Title'))
    b.append(d.p('Domestic Homicide Review SNP DHR 2022/03: Adult X', flags={'b': True}))
    b.append(d.p('Safer Northbrook Partnership. For practitioners and managers in every agency of the '
                 'partnership. Published with the overview report, Autumn 2023.'))
    b.append(d.p('About This Briefing', style='Heading1'))
    b.append(d.p('This briefing summarises the learning from the Domestic Homicide Review into the death of '
                 'Adult X, who was killed by her partner, the perpetrator, in November 2022. The Safer '
                 'Northbrook Partnership commissioned the review under the Domestic Violence, Crime and '
                 'Victims Act 2004.%s The review was chaired by Helen Ashworth, an independent Chair, who also '
                 'wrote the overview report. Adult X’s family chose the code Adult X; the children are called '
                 'Child X1 and Child X2, and professionals are called by their role and a number (GP1, HV1, '
                 'PC1, SW1, IDVA1). Please read the briefing with your team and discuss the questions at the '
                 'end in supervision.' % fn1))
    b.append(d.p('The Review Panel', style='Heading1'))
    b.append(d.p('The panel met six times between January and September 2023. Its members were Helen Ashworth '
                 '(Independent Chair and author); Mark Pemberton, Community Safety Manager, Northbrook Borough '
                 'Council; DI Sarah Okafor, Detective Inspector, Public Protection Unit, Westshire Police; Dr '
                 'Laura Finch, {cs0}Designated Nurse for Safeguarding Adults{ce0}, Northbrook Integrated Care Board; Tom '
                 'Richardson, Head of Safeguarding, Northbrook Community Health NHS Trust; Nadia Hussain, Service '
                 'Manager, Children’s Social Care, Northbrook Borough Council; Jenny Walsh, Chief Executive, '
                 'Northbrook Domestic Abuse Service; and Paul Greaves, Head of Service, Probation Service, '
                 'Westshire.'))
    b.append(d.table([
        ['Agency', 'Contribution', 'Panel member'],
        ['Westshire Police', 'IMR and chronology', 'DI Sarah Okafor'],
        ['Northbrook Integrated Care Board (GP practice)', 'IMR and chronology', 'Dr Laura Finch'],
        ['Northbrook Community Health NHS Trust', 'IMR and chronology', 'Tom Richardson'],
        ['Northbrook Borough Council Children’s Social Care', 'IMR and chronology', 'Nadia Hussain'],
        ['Northbrook Domestic Abuse Service', 'Report and chronology', 'Jenny Walsh'],
        ['Northbrook Education Safeguarding Team', 'Information', 'Nadia Hussain'],
        ['Probation Service, Westshire', 'Information', 'Paul Greaves'],
    ], [4000, 2500, 2526]))
    b.append(d.p('Terms of Reference', style='Heading1'))
    b.append(d.p('The review covered January 2019 to November 2022 and asked six questions: what each agency '
                 'knew of domestic abuse and when; whether risks to Adult X and the children were identified, '
                 'assessed and shared; whether agencies asked Adult X directly and privately; whether the '
                 'children’s experiences were seen and heard; how the perpetrator’s employment and financial '
                 'control affected her help-seeking; and whether any barrier of equality or diversity affected '
                 'the help she received.'))
    b.append(d.p('What Happened', style='Heading1'))
    b.append(d.p('Adult X was a British woman in her thirties, a Christian, who worked part time. She lived '
                 'with the perpetrator and their two children. Over four years she had contact with the police, '
                 'her GP, the health visiting service, the school nursing service, Children’s Social Care and '
                 'a specialist domestic abuse service. On a Saturday in November 2022 the perpetrator killed her '
                 'at the family home. At the Crown Court he was found guilty of murder and sentenced to life '
                 'imprisonment. The Coroner did not resume the inquest, and {cs2}the Independent Office for Police '
                 'Conduct returned a mandatory referral to Westshire Police for local handling{ce2}.'))
    b.append(d.p('Key Findings', style='Heading1'))
    b.append(d.p('Risk Assessment', style='Heading2'))
    b.append(d.p('When PC1 attended a domestic incident in March 2021, the DASH risk checklist was completed in '
                 'the kitchen while the perpetrator was in the next room, and the risk was graded standard. '
                 'Nobody referred Adult X to the MARAC or to an IDVA. The Domestic Violence Disclosure Scheme, '
                 'known as Clare’s Law, was not used, although the police held information about the '
                 'perpetrator’s previous relationship. Operation Encompass worked well: the children’s school '
                 'knew before the start of the next school day.'))
    b.append(d.p('Professional Curiosity', style='Heading2'))
    b.append(d.p('GP1 saw Adult X several times for anxiety and low mood, and HV1 saw bruising that was '
                 'explained as a fall. Neither asked about domestic abuse, and neither saw her alone. NICE '
                 'guidance asks practitioners to ask about abuse whenever there are indicators of it.%s' % fn2))
    b.append(d.p('Think Family', style='Heading2'))
    b.append(d.p('SW1 saw Child X1 and Child X2 together with their mother, and closed the assessment when '
                 'Adult X said the relationship was over. The voice of the child is missing from the records. '
                 'The Children Act 1989 and Working Together to Safeguard Children expect children to be seen '
                 'and spoken with alone. A referral to the MASH would have brought the agencies’ information '
                 'together.'))
    b.append(d.p('Economic Abuse and Employment', style='Heading2'))
    b.append(d.p('The perpetrator controlled the household’s money, the car and Adult X’s bank account, and left '
                 'work to check on her. The Domestic Abuse Act 2021 recognises economic abuse as domestic abuse.%s '
                 'Employers are well placed to notice it: the review recommends an employers’ pledge, and the '
                 'Chair has written to the Home Office and UK Finance about guidance for banks.' % fn3))
    b.append(d.p('Information Sharing', style='Heading2'))
    b.append(d.p('Agencies held pieces of the picture but did not share them. The police notice reached the '
                 'health visiting team but not the school nursing team; the GP practice was not told of '
                 'incidents in 2019 and 2020. Nothing in data protection law prevented sharing: the Care Act '
                 '2014 and the Data Protection Act 2018 allow it to protect a person from harm.'))
    b.append(d.p('Equality and Diversity', style='Heading1'))
    b.append(d.p('The panel considered each protected characteristic under the Equality Act 2010. Adult X was '
                 'White British, English was her first language, and no disability was known. The panel found '
                 'that her sex was relevant: most victims of domestic homicide are women. Services in Northbrook '
                 'should also reach women who speak Urdu, Punjabi, Polish or Romanian, and Muslim, Sikh, Hindu '
                 'and Jewish women who may seek help first through their faith communities. Information in Welsh '
                 'is available from the National Domestic Abuse Helpline.'))
    b.append(d.p('Good Practice', style='Heading1'))
    b.append(d.p('IDVA1 at the Northbrook Domestic Abuse Service kept in touch with Adult X by text on '
                 'Tuesdays and Thursdays, when she was at work, which she said felt safe. The school responded '
                 'to every Operation Encompass notice on the same day.'))
    b.append(d.p('Lessons Learned', style='Heading1'))
    b.append(d.p('Ask directly and privately, every time. See the children alone and write down what they say. '
                 '{cs1}Treat a partner who answers for the victim, controls the money or waits outside as a sign of '
                 'coercive control.{ce1} Share what you know: with the MARAC, the MASH, the GP and the school.'))
    b.append(d.p('Recommendations', style='Heading1'))
    b.append(d.p('The overview report makes six recommendations: routine enquiry in GP practices, supported by '
                 'IRIS-style training; completing the DASH risk checklist with the victim alone; written '
                 'sharing of concerns by the health visiting service within two working days; seeing children '
                 'alone in every assessment; an employers’ pledge on domestic abuse; and national guidance on '
                 'economic abuse for banks and employers. Progress is monitored by the Safer Northbrook '
                 'Partnership, and reported to the Northbrook Safeguarding Adults Board and the Northbrook '
                 'Safeguarding Children Partnership.'))
    b.append(d.p('Where to Get Help', style='Heading1'))
    b.append(d.p('The National Domestic Abuse Helpline, run by Refuge, is free and open every day. Women’s Aid '
                 'offers a live chat on weekdays. SafeLives trains IDVAs and publishes the DASH risk checklist. '
                 'Respect runs a helpline for men experiencing abuse and for people worried about their own '
                 'behaviour. Professionals can consult the Multi-Agency Public Protection Arrangements (MAPPA) '
                 'coordinator about perpetrators who are managed offenders, and the Crown Prosecution Service '
                 'about charging decisions. Training is offered by the College of Policing and NHS England.'))
    b.append(d.p('Questions for Your Team', style='Heading1'))
    b.append(d.p('How do you make sure you see a person alone? When did you last ask a child what life is like '
                 'at home? Would you recognise economic abuse? Do you know how to refer to the MARAC, the MASH '
                 'and the local IDVA service? On Monday, at your next team meeting, pick one of these questions '
                 'and discuss it.'))
    return b


DOCS = [
    {'file': 'police-imr.docx', 'control': False, 'build': police, 'pages_hint': 3,
     'title': 'Individual Management Review: Westshire Police', 'creator': 'Westshire Police',
     'header': 'Westshire Police IMR, SNP DHR 2022/03. Author: DCI [[Bronwen Tregarthen|tp]]',
     'footer': 'Major Crime Review Team, Westshire Police Headquarters, [[Ferrier Road|st]]'},
    {'file': 'health-imr.docx', 'control': False, 'build': health, 'pages_hint': 3,
     'title': 'Individual Management Review: Northbrook Community Health NHS Trust',
     'creator': 'Northbrook Community Health NHS Trust',
     'header': 'Northbrook Community Health NHS Trust IMR, SNP DHR 2022/03. Author: Dr [[Siobhán Ní /Bhriain|tp]]',
     'footer': 'Safeguarding Team, Northbrook Community Health NHS Trust, [[Northbrook High Street|st]]'},
    {'file': 'childrens-social-care-imr.docx', 'control': False, 'build': csc, 'pages_hint': 3,
     'title': 'Individual Management Review: Children’s Social Care',
     'creator': 'Northbrook Borough Council',
     'header': 'Northbrook Borough Council Children’s Social Care IMR, SNP DHR 2022/03. Author: Ms [[Precious Mhlanga|tp]]',
     'footer': 'Quality Assurance Unit, Children’s Social Care, [[Maltings Way|st]]'},
    {'file': 'control-report.docx', 'control': True, 'build': control, 'pages_hint': 3,
     'title': 'Learning Briefing: Domestic Homicide Review SNP DHR 2022/03', 'creator': 'Safer Northbrook Partnership',
     'header': 'Safer Northbrook Partnership. Learning Briefing, Domestic Homicide Review SNP DHR 2022/03 (Adult X)',
     'footer': 'Chair: Helen Ashworth. The National Domestic Abuse Helpline is open every day, day and night.'},
]
