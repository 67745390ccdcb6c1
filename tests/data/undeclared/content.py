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
    b.append(d.p('Agency: Westshire Police. Review reference: SNP DHR 2022/03. Draft 2 for the Review Panel, June 2023.'))
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
    return []


def csc(d):
    return []


def control(d):
    return []


DOCS = [
    {'file': 'police-imr.docx', 'control': False, 'build': police, 'pages_hint': 3,
     'title': 'Individual Management Review: Westshire Police', 'creator': 'Westshire Police',
     'header': 'Westshire Police IMR, SNP DHR 2022/03. Author: DCI [[Bronwen Tregarthen|tp]]',
     'footer': 'Major Crime Review Team, Westshire Police Headquarters, [[Ferrier Road|st]]'},
]
