"""Demo question bank for the foundations course on trafficking in persons.

Written for this project as demo content, from the facts in the project's domain brief and
the English text of ``courses/demo/foundations.py``: every question can be answered from
that course. The legal references and the division of responsibilities between
authorities are a training summary; check them against the current law and official
procedures before a real deployment uses these questions. No hotline numbers, addresses or
office names appear here on purpose.

``QUESTIONS`` is plain data (no Django imports). Each question has a unique ``key``, a
``kind`` (single, multiple, true_false, matching, ordering or scenario), a ``difficulty``,
``topics``, the ``scenario`` text (scenario questions only), the ``prompt``, an
``explanation`` shown after grading, ``partial_credit`` and its ``options``. For matching
questions each option's ``text`` is the left item and ``match`` the right item; ordering
options are listed in the correct order. ``UR`` maps every non-empty English string in
``QUESTIONS`` to Urdu, using the course's terminology. ``QUIZZES`` names the questions of
the practice quiz after the indicators lesson and the pre-test; the final test draws from
the whole bank.
"""

QUESTIONS = [
    {
        "key": "definition-three-elements",
        "kind": "single",
        "difficulty": "easy",
        "topics": ["definition"],
        "scenario": "",
        "prompt": (
            "For an adult victim, which elements must all be present for a case to be trafficking "
            "in persons?"
        ),
        "explanation": (
            "Under the Palermo Protocol definition, trafficking of an adult needs an act (such as "
            "recruitment or transportation), a means (such as deception or coercion) and the "
            "purpose of exploitation. A border crossing, a payment or a complaint is not one of "
            "the elements."
        ),
        "partial_credit": False,
        "options": [
            {
                "text": "An act, a means and the purpose of exploitation",
                "correct": True,
                "match": "",
                "feedback": "Correct: all three elements are needed when the victim is an adult.",
            },
            {
                "text": "An act, a border crossing and a payment to an agent",
                "correct": False,
                "match": "",
                "feedback": (
                    "Trafficking needs neither a border nor a payment; it can happen inside one "
                    "district."
                ),
            },
            {
                "text": "A means, the purpose of exploitation and a complaint by the victim",
                "correct": False,
                "match": "",
                "feedback": (
                    "Victims rarely complain or call themselves victims; a complaint is not an "
                    "element of the definition."
                ),
            },
            {
                "text": "Recruitment, physical violence and unpaid wages",
                "correct": False,
                "match": "",
                "feedback": (
                    "The means are often quiet rather than violent, such as deception or the abuse "
                    "of a position of vulnerability."
                ),
            },
        ],
    },
    {
        "key": "definition-means-example",
        "kind": "single",
        "difficulty": "medium",
        "topics": ["definition"],
        "scenario": "",
        "prompt": (
            "A recruiter tells a young man in a village that he will earn good wages as a cook in "
            "the city. When he arrives, he is made to work long hours in a restaurant and is paid "
            "nothing. Which fact is the 'means' element of the definition?"
        ),
        "explanation": (
            "The means is how the act is done; here it is deception, the false promise of wages. "
            "Recruiting him and taking him to the city are the act, and unpaid work is the "
            "purpose, forced labour."
        ),
        "partial_credit": False,
        "options": [
            {
                "text": "Recruiting him in his village",
                "correct": False,
                "match": "",
                "feedback": "Recruitment is part of the act, not the means.",
            },
            {
                "text": "The false promise of good wages",
                "correct": True,
                "match": "",
                "feedback": "Correct: deception is one of the means.",
            },
            {
                "text": "Taking him from the village to the city",
                "correct": False,
                "match": "",
                "feedback": "Moving a person is the act (transportation), not the means.",
            },
            {
                "text": "Making him work without pay",
                "correct": False,
                "match": "",
                "feedback": "Forced labour is the purpose of exploitation, not the means.",
            },
        ],
    },
    {
        "key": "definition-child-no-means",
        "kind": "true_false",
        "difficulty": "easy",
        "topics": ["definition"],
        "scenario": "",
        "prompt": (
            "When the person is a child under 18, force, fraud or another means must be shown "
            "before the case can be treated as trafficking."
        ),
        "explanation": (
            "For a child, only an act and the purpose of exploitation are needed. A child may be a "
            "victim even if the parents agreed and no one was threatened."
        ),
        "partial_credit": False,
        "options": [
            {
                "text": "True",
                "correct": False,
                "match": "",
                "feedback": "No means is needed when the victim is a child.",
            },
            {
                "text": "False",
                "correct": True,
                "match": "",
                "feedback": (
                    "Correct: for a child, an act and the purpose of exploitation are enough."
                ),
            },
        ],
    },
    {
        "key": "definition-consent-deception",
        "kind": "true_false",
        "difficulty": "medium",
        "topics": ["definition"],
        "scenario": "",
        "prompt": (
            "A woman accepted a job abroad, but the recruiter lied to her about the work. Her "
            "agreement does not stop the case from being trafficking."
        ),
        "explanation": (
            "Where any means, such as deception, was used, the victim's consent is irrelevant. Ask "
            "how the agreement was obtained and what happened afterwards."
        ),
        "partial_credit": False,
        "options": [
            {
                "text": "True",
                "correct": True,
                "match": "",
                "feedback": "Correct: consent obtained by deception is not real consent.",
            },
            {
                "text": "False",
                "correct": False,
                "match": "",
                "feedback": "Her agreement was obtained by deception, so it does not count.",
            },
        ],
    },
    {
        "key": "definition-elements-in-a-case",
        "kind": "matching",
        "difficulty": "medium",
        "topics": ["definition"],
        "scenario": "",
        "prompt": (
            "A recruiter tells a family that their 20-year-old son will earn good wages in a city "
            "workshop. Match each fact in the case with the element of the definition it shows."
        ),
        "explanation": (
            "Taking the young man to the city is the act, the false promise of wages is the means "
            "(deception), and unpaid work is the purpose (forced labour). Because he is an adult, "
            "all three are needed."
        ),
        "partial_credit": True,
        "options": [
            {
                "text": "He is taken to the city by bus",
                "correct": False,
                "match": "The act",
                "feedback": "",
            },
            {
                "text": "The recruiter's promise of good wages is false",
                "correct": False,
                "match": "The means",
                "feedback": "",
            },
            {
                "text": "He works long hours at the workshop and is paid nothing",
                "correct": False,
                "match": "The purpose",
                "feedback": "",
            },
        ],
    },
    {
        "key": "smuggling-four-differences",
        "kind": "matching",
        "difficulty": "medium",
        "topics": ["smuggling"],
        "scenario": "",
        "prompt": (
            "Match each question used to tell the two crimes apart with the answer that describes "
            "trafficking in persons."
        ),
        "explanation": (
            "In trafficking there is no real consent, no border is needed, exploitation continues "
            "after arrival, and the offence is against the person. Migrant smuggling is agreed, "
            "always crosses a border illegally, ends on arrival and is an offence against the "
            "state."
        ),
        "partial_credit": True,
        "options": [
            {
                "text": "Consent",
                "correct": False,
                "match": "None, or obtained by threats, deception or another means",
                "feedback": "",
            },
            {
                "text": "Border",
                "correct": False,
                "match": "Not needed: it can happen inside one district",
                "feedback": "",
            },
            {
                "text": "After arrival",
                "correct": False,
                "match": "The exploitation continues",
                "feedback": "",
            },
            {
                "text": "Offence against",
                "correct": False,
                "match": "The person who is exploited",
                "feedback": "",
            },
        ],
    },
    {
        "key": "smuggling-no-border-needed",
        "kind": "true_false",
        "difficulty": "easy",
        "topics": ["smuggling", "definition"],
        "scenario": "",
        "prompt": (
            "Trafficking in persons can happen entirely inside one district, without anyone "
            "crossing a border."
        ),
        "explanation": (
            "Migrant smuggling always involves crossing a border illegally, but trafficking does "
            "not need a border at all. Bonded labour, domestic servitude and forced begging inside "
            "Pakistan can all be trafficking."
        ),
        "partial_credit": False,
        "options": [
            {
                "text": "True",
                "correct": True,
                "match": "",
                "feedback": "Correct: no border is needed for trafficking.",
            },
            {
                "text": "False",
                "correct": False,
                "match": "",
                "feedback": (
                    "Crossing a border is a feature of smuggling, not a requirement for "
                    "trafficking."
                ),
            },
        ],
    },
    {
        "key": "indicators-general",
        "kind": "multiple",
        "difficulty": "easy",
        "topics": ["indicators"],
        "scenario": "",
        "prompt": (
            "Which of the following are indicators that a person may be a victim of trafficking? "
            "Select all that apply."
        ),
        "explanation": (
            "Documents held by someone else, a debt that keeps growing and a companion who answers "
            "for the person are all indicators. The kind of workplace or a different language "
            "tells you nothing on its own; look for several indicators together."
        ),
        "partial_credit": True,
        "options": [
            {
                "text": "The employer keeps the person's identity card",
                "correct": True,
                "match": "",
                "feedback": "Correct: documents held by someone else are a key indicator.",
            },
            {
                "text": "The person's debt grows however long they work",
                "correct": True,
                "match": "",
                "feedback": "Correct: a debt that grows instead of shrinking is an indicator.",
            },
            {
                "text": "A companion insists on answering every question for the person",
                "correct": True,
                "match": "",
                "feedback": "Correct: someone else answering for them is an indicator.",
            },
            {
                "text": "The person works at a brick kiln",
                "correct": False,
                "match": "",
                "feedback": (
                    "Working at a kiln is not an indicator in itself; look for signs such as a "
                    "peshgi that never clears."
                ),
            },
            {
                "text": "The person speaks a regional language and not Urdu",
                "correct": False,
                "match": "",
                "feedback": (
                    "Language alone is not an indicator; it may mean you need an independent "
                    "interpreter."
                ),
            },
        ],
    },
    {
        "key": "indicators-brick-kiln-peshgi",
        "kind": "multiple",
        "difficulty": "medium",
        "topics": ["indicators"],
        "scenario": "",
        "prompt": (
            "During a visit to a brick kiln, which of these observations point to debt bondage "
            "through peshgi? Select all that apply."
        ),
        "explanation": (
            "An advance becomes debt bondage when deductions and new advances mean it never clears "
            "and the family cannot leave. Taking an advance, or an advance that shrinks with "
            "regular cash pay, is not a sign of bondage on its own."
        ),
        "partial_credit": True,
        "options": [
            {
                "text": "Families say they cannot leave until the advance is repaid",
                "correct": True,
                "match": "",
                "feedback": (
                    "Correct: not being free to leave because of the advance is a sign of bondage."
                ),
            },
            {
                "text": (
                    "The manager keeps the accounts, and the workers do not know how much they owe"
                ),
                "correct": True,
                "match": "",
                "feedback": (
                    "Correct: workers who cannot see their own accounts are easily kept in debt."
                ),
            },
            {
                "text": "The owner or a middleman holds the workers' identity cards",
                "correct": True,
                "match": "",
                "feedback": (
                    "Correct: held identity cards stop workers from leaving or proving who they "
                    "are."
                ),
            },
            {
                "text": (
                    "Whole families, including young children, work long hours for little or no "
                    "cash"
                ),
                "correct": True,
                "match": "",
                "feedback": (
                    "Correct: whole families working for little or no cash is a sign of debt "
                    "bondage."
                ),
            },
            {
                "text": "The workers took an advance when they started work",
                "correct": False,
                "match": "",
                "feedback": (
                    "An advance alone is not debt bondage; it becomes bondage when it never clears "
                    "and the worker cannot leave."
                ),
            },
            {
                "text": (
                    "Each worker is paid in cash every week, and the advance gets smaller as they "
                    "work"
                ),
                "correct": False,
                "match": "",
                "feedback": (
                    "An advance that shrinks with regular pay is an ordinary loan, not a debt that "
                    "never clears."
                ),
            },
        ],
    },
    {
        "key": "indicators-forced-begging",
        "kind": "single",
        "difficulty": "medium",
        "topics": ["indicators"],
        "scenario": "",
        "prompt": (
            "Which observation most strongly suggests that children at a road junction are being "
            "forced to beg, rather than begging alongside their own family?"
        ),
        "explanation": (
            "A group dropped off and collected by the same adult, who takes a fixed amount each "
            "day, is a typical sign of forced begging. Poverty or hunger alone does not show who "
            "controls the children."
        ),
        "partial_credit": False,
        "options": [
            {
                "text": (
                    "The same man drops them off each morning, collects them at night and takes a "
                    "fixed amount from each child"
                ),
                "correct": True,
                "match": "",
                "feedback": (
                    "Correct: an adult who transports the children and takes their money is a "
                    "strong sign of forced begging."
                ),
            },
            {
                "text": "The children wear old, torn clothes",
                "correct": False,
                "match": "",
                "feedback": (
                    "Poor clothing shows poverty, but not that someone else controls the children."
                ),
            },
            {
                "text": "The children beg mostly on Fridays near a mosque",
                "correct": False,
                "match": "",
                "feedback": (
                    "This alone does not show that anyone controls the children or takes their "
                    "money."
                ),
            },
            {
                "text": "The children ask passers-by for food rather than money",
                "correct": False,
                "match": "",
                "feedback": (
                    "Asking for food points to hunger, but not to an adult who profits from the "
                    "begging."
                ),
            },
        ],
    },
    {
        "key": "indicators-airport-job-abroad",
        "kind": "multiple",
        "difficulty": "medium",
        "topics": ["indicators"],
        "scenario": "",
        "prompt": (
            "At an airport, a group of young men is leaving for jobs abroad arranged by an agent. "
            "Which signs should make an officer look more closely? Select all that apply."
        ),
        "explanation": (
            "Travellers who do not know their employer, whose documents are held by an agent, or "
            "who give scripted answers show indicators of trafficking through false job offers. "
            "Travelling for the first time, or carrying their own papers, is not a sign in itself."
        ),
        "partial_credit": True,
        "options": [
            {
                "text": "They cannot name their employer",
                "correct": True,
                "match": "",
                "feedback": "Correct: not knowing the employer is an indicator.",
            },
            {
                "text": "The agent holds all their passports",
                "correct": True,
                "match": "",
                "feedback": "Correct: documents held by an agent are an indicator.",
            },
            {
                "text": "Their answers about the job match each other word for word",
                "correct": True,
                "match": "",
                "feedback": "Correct: scripted answers are an indicator.",
            },
            {
                "text": "It is their first journey abroad",
                "correct": False,
                "match": "",
                "feedback": (
                    "Many workers travel abroad for the first time; this is not a sign in itself."
                ),
            },
            {
                "text": "Each of them carries his own passport and can describe the job",
                "correct": False,
                "match": "",
                "feedback": (
                    "Holding your own documents and knowing the job are the opposite of the "
                    "indicators."
                ),
            },
        ],
    },
    {
        "key": "indicators-one-sign-not-proof",
        "kind": "true_false",
        "difficulty": "easy",
        "topics": ["indicators"],
        "scenario": "",
        "prompt": (
            "One indicator on its own, such as a worker who sleeps at the workplace, is proof that "
            "the person is a victim of trafficking."
        ),
        "explanation": (
            "One indicator alone proves nothing. When several appear together, look more closely, "
            "act carefully and record what you observe."
        ),
        "partial_credit": False,
        "options": [
            {
                "text": "True",
                "correct": False,
                "match": "",
                "feedback": "Indicators point to possible trafficking; they are not proof.",
            },
            {
                "text": "False",
                "correct": True,
                "match": "",
                "feedback": "Correct: look for several indicators together.",
            },
        ],
    },
    {
        "key": "indicators-false-job-offer-stages",
        "kind": "ordering",
        "difficulty": "medium",
        "topics": ["indicators"],
        "scenario": "",
        "prompt": (
            "Put these stages of trafficking through a false job offer abroad in the order in "
            "which they usually happen."
        ),
        "explanation": (
            "The deception starts with the promise of a good job. Control begins on arrival, when "
            "the passport is taken and the job turns out to be different; the worker is then held "
            "through a debt, and the family often learns later, when money is demanded for his "
            "release."
        ),
        "partial_credit": True,
        "options": [
            {
                "text": "An agent promises a well-paid job abroad",
                "correct": False,
                "match": "",
                "feedback": "",
            },
            {
                "text": "The worker travels on a visa and ticket arranged by the agent",
                "correct": False,
                "match": "",
                "feedback": "",
            },
            {
                "text": "On arrival, his passport is taken and the job is not the one promised",
                "correct": False,
                "match": "",
                "feedback": "",
            },
            {
                "text": (
                    "He is told he owes large sums for the visa and travel, and is made to work "
                    "without pay"
                ),
                "correct": False,
                "match": "",
                "feedback": "",
            },
            {
                "text": "His family at home is asked to send money so that he can be released",
                "correct": False,
                "match": "",
                "feedback": "",
            },
        ],
    },
    {
        "key": "victim-independent-interpreter",
        "kind": "single",
        "difficulty": "easy",
        "topics": ["victim-support"],
        "scenario": "",
        "prompt": (
            "A woman found working in a house speaks only a regional language that you do not "
            "speak. Her employer's brother offers to interpret. What should you do?"
        ),
        "explanation": (
            "Never ask an employer, an agent, a so-called relative or anyone from the same network "
            "to interpret. An interpreter linked to the suspects can frighten the person into "
            "silence or change what they say."
        ),
        "partial_credit": False,
        "options": [
            {
                "text": (
                    "Thank him, decline, and arrange an interpreter who has no link to the employer"
                ),
                "correct": True,
                "match": "",
                "feedback": "Correct: the interpreter must not be linked to the suspects.",
            },
            {
                "text": "Accept, because she knows him and may feel more at ease",
                "correct": False,
                "match": "",
                "feedback": (
                    "Someone from the employer's family may be part of the exploitation, and she "
                    "may not speak freely."
                ),
            },
            {
                "text": "Accept, but make him promise to translate word for word",
                "correct": False,
                "match": "",
                "feedback": (
                    "A promise does not remove his link to the employer or her fear of him."
                ),
            },
            {
                "text": "Ask another worker from the same house to interpret instead",
                "correct": False,
                "match": "",
                "feedback": (
                    "A co-worker from the same household may be under the same employer's control; "
                    "use an independent interpreter."
                ),
            },
        ],
    },
    {
        "key": "victim-centred-practice",
        "kind": "multiple",
        "difficulty": "medium",
        "topics": ["victim-support"],
        "scenario": "",
        "prompt": "Which of these are part of a victim-centred response? Select all that apply.",
        "explanation": (
            "A victim-centred response means private, calm interviews held only as often as "
            "needed, informed consent and confidentiality. Repeating questions to catch someone "
            "out, or giving the story to the media, harms both the person and the case."
        ),
        "partial_credit": True,
        "options": [
            {
                "text": "Speak to the person in private, in a calm place",
                "correct": True,
                "match": "",
                "feedback": "Correct: privacy and calm help the person speak safely.",
            },
            {
                "text": (
                    "Coordinate with colleagues so that the person tells the story only as often "
                    "as needed"
                ),
                "correct": True,
                "match": "",
                "feedback": (
                    "Correct: repeated interviews by different officers can re-traumatise the "
                    "person."
                ),
            },
            {
                "text": "Explain the options and obtain informed consent before referring an adult",
                "correct": True,
                "match": "",
                "feedback": "Correct: an adult decides whether to accept referral.",
            },
            {
                "text": "Ask the same questions several times to check whether the story changes",
                "correct": False,
                "match": "",
                "feedback": (
                    "Repeated questions re-traumatise; gaps and confusion do not on their own mean "
                    "the person is lying."
                ),
            },
            {
                "text": "Share the person's story with journalists to warn the public",
                "correct": False,
                "match": "",
                "feedback": (
                    "The person's identity and story are confidential and are never shared with "
                    "the media."
                ),
            },
        ],
    },
    {
        "key": "victim-first-response-order",
        "kind": "ordering",
        "difficulty": "medium",
        "topics": ["victim-support"],
        "scenario": "",
        "prompt": "Put these steps of a victim-centred first response in the right order.",
        "explanation": (
            "Safety comes before anything else. A safe conversation needs a private place and a "
            "language the person understands; consent for referral follows a clear explanation; "
            "and you complete your record, including the consent given, at the end."
        ),
        "partial_credit": True,
        "options": [
            {
                "text": (
                    "Check for danger to the person and to yourself, and whether medical help is "
                    "needed now"
                ),
                "correct": False,
                "match": "",
                "feedback": "",
            },
            {
                "text": (
                    "Move to a private, calm place away from the suspects, with an independent "
                    "interpreter if one is needed"
                ),
                "correct": False,
                "match": "",
                "feedback": "",
            },
            {
                "text": (
                    "Explain who you are, why you are speaking to the person and what will happen "
                    "next"
                ),
                "correct": False,
                "match": "",
                "feedback": "",
            },
            {
                "text": (
                    "Explain the help on offer in the person's language and obtain informed "
                    "consent for referral"
                ),
                "correct": False,
                "match": "",
                "feedback": "",
            },
            {
                "text": "Complete your record of what you saw and heard, and of the consent given",
                "correct": False,
                "match": "",
                "feedback": "",
            },
        ],
    },
    {
        "key": "victim-non-punishment-false-passport",
        "kind": "true_false",
        "difficulty": "medium",
        "topics": ["victim-support", "law-and-reporting"],
        "scenario": "",
        "prompt": (
            "A person who travelled on a false passport cannot be treated as a victim of "
            "trafficking, because they have committed an offence."
        ),
        "explanation": (
            "Victims are often made to commit offences, such as travelling on false documents. "
            "Under the non-punishment principle, they are not prosecuted or punished for offences "
            "they were compelled to commit as a result of being trafficked."
        ),
        "partial_credit": False,
        "options": [
            {
                "text": "True",
                "correct": False,
                "match": "",
                "feedback": (
                    "An offence the person was compelled to commit does not stop them from being a "
                    "victim."
                ),
            },
            {
                "text": "False",
                "correct": True,
                "match": "",
                "feedback": "Correct: the non-punishment principle applies.",
            },
        ],
    },
    {
        "key": "victim-age-uncertain",
        "kind": "true_false",
        "difficulty": "easy",
        "topics": ["victim-support", "definition"],
        "scenario": "",
        "prompt": (
            "If you are not sure whether a person is under 18, treat them as a child until their "
            "age has been established."
        ),
        "explanation": (
            "When age is uncertain, treat the person as a child, so that the protection given to "
            "children applies and the best interests of the child come first."
        ),
        "partial_credit": False,
        "options": [
            {
                "text": "True",
                "correct": True,
                "match": "",
                "feedback": (
                    "Correct: treat them as a child and keep the best interests of the child first."
                ),
            },
            {
                "text": "False",
                "correct": False,
                "match": "",
                "feedback": (
                    "Treating a possible child as an adult could take away protection the child "
                    "needs."
                ),
            },
        ],
    },
    {
        "key": "law-fia-cross-border",
        "kind": "single",
        "difficulty": "medium",
        "topics": ["law-and-reporting"],
        "scenario": "",
        "prompt": (
            "Families report that a local recruiter sent several young women abroad for beauty "
            "salon jobs, and that they are now held there and made to work without pay. Which "
            "authority leads on this case?"
        ),
        "explanation": (
            "The FIA leads on cross-border trafficking, for example when Pakistanis are recruited "
            "for work abroad and exploited there. Officers who receive such a report pass it to "
            "the FIA through their supervisor."
        ),
        "partial_credit": False,
        "options": [
            {
                "text": "The FIA, because the case is cross-border",
                "correct": True,
                "match": "",
                "feedback": "Correct: the FIA leads on cross-border trafficking.",
            },
            {
                "text": (
                    "The district police alone, because the recruitment happened in their district"
                ),
                "correct": False,
                "match": "",
                "feedback": (
                    "The recruitment was local, but the exploitation is abroad, so the FIA leads; "
                    "the police pass on what they know."
                ),
            },
            {
                "text": "A shelter such as Dar-ul-Aman, because the victims are women",
                "correct": False,
                "match": "",
                "feedback": (
                    "Shelters receive referrals for safe accommodation; they do not investigate "
                    "cases."
                ),
            },
            {
                "text": "No one, until the women return and complain themselves",
                "correct": False,
                "match": "",
                "feedback": (
                    "Do not wait for the victims to complain; report what the families said."
                ),
            },
        ],
    },
    {
        "key": "law-2018-acts",
        "kind": "single",
        "difficulty": "easy",
        "topics": ["law-and-reporting"],
        "scenario": "",
        "prompt": (
            "Which two federal laws from 2018 are at the centre of Pakistan's response to "
            "trafficking and smuggling?"
        ),
        "explanation": (
            "Pakistan has a separate federal law for each crime: the Prevention of Trafficking in "
            "Persons Act, 2018 and the Prevention of Smuggling of Migrants Act, 2018. Other laws "
            "cover particular forms of exploitation."
        ),
        "partial_credit": False,
        "options": [
            {
                "text": (
                    "The Prevention of Trafficking in Persons Act and the Prevention of Smuggling "
                    "of Migrants Act"
                ),
                "correct": True,
                "match": "",
                "feedback": "Correct: one law for each crime.",
            },
            {
                "text": (
                    "The Prevention of Trafficking in Persons Act and the Bonded Labour System "
                    "(Abolition) Act"
                ),
                "correct": False,
                "match": "",
                "feedback": (
                    "The Bonded Labour System (Abolition) Act dates from 1992 and covers bonded "
                    "labour."
                ),
            },
            {
                "text": (
                    "The Prevention of Smuggling of Migrants Act and the Transplantation of Human "
                    "Organs and Tissues Act"
                ),
                "correct": False,
                "match": "",
                "feedback": (
                    "The organ transplantation law dates from 2010 and applies to organ "
                    "trafficking."
                ),
            },
            {
                "text": "The Pakistan Penal Code and the Prevention of Smuggling of Migrants Act",
                "correct": False,
                "match": "",
                "feedback": (
                    "The Pakistan Penal Code is not a 2018 law, though some of its provisions "
                    "cover slavery and buying or selling persons for prostitution."
                ),
            },
        ],
    },
    {
        "key": "law-which-act",
        "kind": "matching",
        "difficulty": "hard",
        "topics": ["law-and-reporting"],
        "scenario": "",
        "prompt": "Match each law with the crime or form of exploitation it covers.",
        "explanation": (
            "The two 2018 Acts cover trafficking in persons and migrant smuggling; other laws "
            "cover bonded labour, slavery and prostitution, and organ trafficking. Check the "
            "current text of each law before relying on it in a real case."
        ),
        "partial_credit": True,
        "options": [
            {
                "text": "Prevention of Trafficking in Persons Act, 2018",
                "correct": False,
                "match": "Trafficking in persons",
                "feedback": "",
            },
            {
                "text": "Prevention of Smuggling of Migrants Act, 2018",
                "correct": False,
                "match": "Smuggling of migrants",
                "feedback": "",
            },
            {
                "text": "Bonded Labour System (Abolition) Act, 1992",
                "correct": False,
                "match": "Bonded labour, including peshgi debt bondage",
                "feedback": "",
            },
            {
                "text": "Pakistan Penal Code",
                "correct": False,
                "match": "Slavery, and buying or selling persons for prostitution",
                "feedback": "",
            },
            {
                "text": "Transplantation of Human Organs and Tissues Act, 2010",
                "correct": False,
                "match": "Trafficking for the removal of organs",
                "feedback": "",
            },
        ],
    },
    {
        "key": "reporting-who-handles-what",
        "kind": "matching",
        "difficulty": "medium",
        "topics": ["law-and-reporting", "referral"],
        "scenario": "",
        "prompt": "Match each authority or service with its role.",
        "explanation": (
            "The FIA leads on cross-border cases and the provincial police respond to trafficking "
            "within the country. Child protection bureaus receive child victims, and shelters and "
            "health services receive referrals for safe accommodation and care."
        ),
        "partial_credit": True,
        "options": [
            {
                "text": "FIA",
                "correct": False,
                "match": "Cross-border trafficking and migrant smuggling cases",
                "feedback": "",
            },
            {
                "text": "Provincial police",
                "correct": False,
                "match": "Trafficking within the country, such as bonded labour or forced begging",
                "feedback": "",
            },
            {
                "text": "Child protection bureau",
                "correct": False,
                "match": "Referrals of child victims",
                "feedback": "",
            },
            {
                "text": "Shelter, such as Dar-ul-Aman",
                "correct": False,
                "match": "Safe accommodation",
                "feedback": "",
            },
            {
                "text": "Health services",
                "correct": False,
                "match": "Medical care",
                "feedback": "",
            },
        ],
    },
    {
        "key": "reporting-record-facts",
        "kind": "single",
        "difficulty": "medium",
        "topics": ["law-and-reporting"],
        "scenario": "",
        "prompt": (
            "After a brick kiln visit, which note is the best record of what a worker told you?"
        ),
        "explanation": (
            "Your record may become evidence, so write down what you saw and heard, in the "
            "person's own words where possible, not your guesses or conclusions."
        ),
        "partial_credit": False,
        "options": [
            {
                "text": (
                    "The worker said that the manager keeps his identity card and told him he "
                    "cannot leave until his advance is repaid."
                ),
                "correct": True,
                "match": "",
                "feedback": "Correct: it records what was said, as a fact.",
            },
            {
                "text": "The worker is a bonded labourer.",
                "correct": False,
                "match": "",
                "feedback": (
                    "This is a conclusion; it does not record what the worker actually said."
                ),
            },
            {
                "text": "The manager is obviously a trafficker and should be arrested.",
                "correct": False,
                "match": "",
                "feedback": "This is a guess about guilt, not a record of what you saw and heard.",
            },
            {
                "text": "The worker seemed nervous and may be hiding something.",
                "correct": False,
                "match": "",
                "feedback": (
                    "This is a guess; fear is common among victims and proves nothing on its own."
                ),
            },
        ],
    },
    {
        "key": "referral-steps-order",
        "kind": "ordering",
        "difficulty": "medium",
        "topics": ["referral"],
        "scenario": "",
        "prompt": "Put the steps of a planned referral in the right order.",
        "explanation": (
            "A good referral is planned, not a hand-over at the door: urgent needs first, then "
            "informed consent, contact with the receiving service, safe transport, and finally a "
            "record and follow-up."
        ),
        "partial_credit": True,
        "options": [
            {
                "text": "Identify urgent needs: safety, medical care, food and shelter",
                "correct": False,
                "match": "",
                "feedback": "",
            },
            {
                "text": "Explain the options in the person's language and obtain informed consent",
                "correct": False,
                "match": "",
                "feedback": "",
            },
            {
                "text": (
                    "Contact the receiving service before the person arrives, sharing only the "
                    "information it needs"
                ),
                "correct": False,
                "match": "",
                "feedback": "",
            },
            {
                "text": "Arrange safe transport and, where possible, accompany the person",
                "correct": False,
                "match": "",
                "feedback": "",
            },
            {
                "text": (
                    "Record the referral and follow up to confirm that the person arrived and is "
                    "receiving help"
                ),
                "correct": False,
                "match": "",
                "feedback": "",
            },
        ],
    },
    {
        "key": "referral-services",
        "kind": "multiple",
        "difficulty": "easy",
        "topics": ["referral"],
        "scenario": "",
        "prompt": (
            "With the person's informed consent, to which of these can a victim of trafficking be "
            "referred? Select all that apply."
        ),
        "explanation": (
            "Shelters such as Dar-ul-Aman, legal aid and health services receive referrals, and "
            "child protection bureaus receive child victims. Never hand a person back to anyone "
            "linked to the exploitation, and never give their story to the media."
        ),
        "partial_credit": True,
        "options": [
            {
                "text": "A shelter, such as Dar-ul-Aman",
                "correct": True,
                "match": "",
                "feedback": "Correct: shelters provide safe accommodation.",
            },
            {
                "text": "Legal aid",
                "correct": True,
                "match": "",
                "feedback": "Correct: legal aid gives the person advice.",
            },
            {
                "text": "Health services",
                "correct": True,
                "match": "",
                "feedback": "Correct: health services provide medical care.",
            },
            {
                "text": "The employer who brought the person, so that the person can be sent home",
                "correct": False,
                "match": "",
                "feedback": (
                    "Never hand a person back to anyone who may be involved in the exploitation."
                ),
            },
            {
                "text": "A television channel, so that the case gets attention",
                "correct": False,
                "match": "",
                "feedback": (
                    "The person's identity and story are confidential and are never shared with "
                    "the media."
                ),
            },
        ],
    },
    {
        "key": "scenario-smuggled-migrant-becomes-victim",
        "kind": "scenario",
        "difficulty": "hard",
        "topics": ["smuggling", "definition"],
        "scenario": (
            "A 23-year-old man paid an agent to take him to Europe by an irregular route. On the "
            "way, in another country, the agent's contacts took his passport, told him he now owed "
            "three times the agreed fee and made him work on a farm without pay for six months. He "
            "escaped, was sent back to Pakistan and is now speaking to FIA officers."
        ),
        "prompt": "How should his case be understood?",
        "explanation": (
            "He began as a smuggled migrant, but when the agent's network took his passport, "
            "inflated his debt and made him work without pay, he became a victim of trafficking. "
            "His payment and his agreement to travel do not change that, and trafficking does not "
            "have to happen inside Pakistan."
        ),
        "partial_credit": False,
        "options": [
            {
                "text": (
                    "He started as a smuggled migrant but became a victim of trafficking on the way"
                ),
                "correct": True,
                "match": "",
                "feedback": (
                    "Correct: the control and exploitation on the route turned smuggling into "
                    "trafficking."
                ),
            },
            {
                "text": "Only migrant smuggling, because he paid the agent and agreed to travel",
                "correct": False,
                "match": "",
                "feedback": (
                    "Paying an agent does not make someone only a smuggled migrant; look at what "
                    "happened on the route."
                ),
            },
            {
                "text": "Not trafficking, because the exploitation took place outside Pakistan",
                "correct": False,
                "match": "",
                "feedback": (
                    "Trafficking can happen anywhere on the route; cross-border cases are led by "
                    "the FIA."
                ),
            },
            {
                "text": "Only an offence by the young man, who crossed borders illegally",
                "correct": False,
                "match": "",
                "feedback": (
                    "His irregular journey does not cancel the exploitation he suffered; he is a "
                    "victim of trafficking and needs protection."
                ),
            },
        ],
    },
    {
        "key": "scenario-forced-begging-adult",
        "kind": "scenario",
        "difficulty": "medium",
        "topics": ["victim-support", "indicators"],
        "scenario": (
            "During a drive against begging, police pick up a woman of about 30 at a city market. "
            "She says that a man brings her and three others to the market every morning, takes "
            "all their money at night and keeps her identity card. He has told her that her "
            "children will suffer if she runs away."
        ),
        "prompt": "How should the officers treat her?",
        "explanation": (
            "Her identity card is held, her earnings are taken and she has been threatened: "
            "several indicators of trafficking for forced begging. Under the non-punishment "
            "principle she should not be charged for begging she was compelled to do, and she "
            "should be offered referral with her informed consent."
        ),
        "partial_credit": False,
        "options": [
            {
                "text": (
                    "As a possible victim: not charging her for the begging, and offering referral "
                    "with her informed consent"
                ),
                "correct": True,
                "match": "",
                "feedback": "Correct: the non-punishment principle and informed consent apply.",
            },
            {
                "text": (
                    "As an offender under the drive, because she is an adult and was not held by "
                    "force"
                ),
                "correct": False,
                "match": "",
                "feedback": (
                    "Threats against her children and a held identity card are coercion, even "
                    "without physical force."
                ),
            },
            {
                "text": "Release her at the market with a warning, so that she can go home",
                "correct": False,
                "match": "",
                "feedback": (
                    "Releasing her where the man collects her could send her straight back to him; "
                    "do no harm."
                ),
            },
            {
                "text": (
                    "Register a case against her first, and decide later whether she is a victim"
                ),
                "correct": False,
                "match": "",
                "feedback": (
                    "When indicators appear, treat the person as a possible victim, not a suspect, "
                    "until the facts are clear."
                ),
            },
        ],
    },
    {
        "key": "scenario-domestic-child",
        "kind": "scenario",
        "difficulty": "medium",
        "topics": ["indicators", "referral"],
        "scenario": (
            "During a community visit in a city neighbourhood, an NGO worker hears about a girl of "
            "about 12 who was brought from a village by an agent to work in a family's house. "
            "Neighbours say she never leaves the house alone, does not go to school and sleeps in "
            "the storeroom. The lady of the house says the girl's wages are sent to her uncle in "
            "the village."
        ),
        "prompt": "What is the best next step for the NGO worker?",
        "explanation": (
            "Several indicators of domestic servitude of a child are present, and for a child no "
            "means is needed. The NGO worker should record what was seen and heard and report it, "
            "so that the provincial police and the child protection bureau can respond in a "
            "planned way, with the best interests of the child first."
        ),
        "partial_credit": False,
        "options": [
            {
                "text": (
                    "Write down what the neighbours and the lady of the house said, and report it "
                    "so that the police and the child protection bureau can respond"
                ),
                "correct": True,
                "match": "",
                "feedback": (
                    "Correct: record the facts and report them, so that a planned response centred "
                    "on the child can follow."
                ),
            },
            {
                "text": (
                    "Go into the house, take the girl away at once and tell the family she is "
                    "being rescued"
                ),
                "correct": False,
                "match": "",
                "feedback": (
                    "Acting alone and without a plan can put the girl and you at risk; safety and "
                    "coordination come first."
                ),
            },
            {
                "text": (
                    "Take no action, because her uncle agreed to the arrangement and receives her "
                    "wages"
                ),
                "correct": False,
                "match": "",
                "feedback": (
                    "She is a child, so no means is needed, and an adult's agreement does not make "
                    "the arrangement acceptable."
                ),
            },
            {
                "text": "Ask the family to send the girl to school and check again in six months",
                "correct": False,
                "match": "",
                "feedback": (
                    "This leaves a possible child victim where she is; the case needs to be "
                    "reported now."
                ),
            },
        ],
    },
    {
        "key": "scenario-brick-kiln-visit",
        "kind": "scenario",
        "difficulty": "hard",
        "topics": ["indicators", "law-and-reporting", "referral"],
        "scenario": (
            "You are a police officer accompanying a labour inspector at a brick kiln. A father "
            "tells you quietly that his family took a peshgi two years ago, that the manager now "
            "says they owe more than at the start, and that the manager keeps their identity "
            "cards. His two children, aged about 9 and 11, are moulding bricks during school "
            "hours. The manager is walking towards you."
        ),
        "prompt": "Which of these steps are appropriate? Select all that apply.",
        "explanation": (
            "A growing debt, held documents and working children are indicators of debt bondage. "
            "This is possible trafficking within the country, for the provincial police, and the "
            "Bonded Labour System (Abolition) Act, 1992 is also relevant. Protect the father by "
            "not questioning him in front of the manager, record his words, report through your "
            "chain of command and involve the child protection bureau."
        ),
        "partial_credit": True,
        "options": [
            {
                "text": "Stop questioning the father while the manager can hear",
                "correct": True,
                "match": "",
                "feedback": (
                    "Correct: speaking in front of the manager could put the family at risk."
                ),
            },
            {
                "text": (
                    "Note what the father said in his own words, and report it promptly through "
                    "your chain of command"
                ),
                "correct": True,
                "match": "",
                "feedback": "Correct: a factual record and a prompt report start the response.",
            },
            {
                "text": "Involve the child protection bureau for the working children",
                "correct": True,
                "match": "",
                "feedback": "Correct: child victims are referred to the child protection bureau.",
            },
            {
                "text": (
                    "Demand the identity cards from the manager on the spot and tell him he is "
                    "under suspicion"
                ),
                "correct": False,
                "match": "",
                "feedback": (
                    "Confronting the manager now could expose the father who spoke to you; plan a "
                    "follow-up visit instead."
                ),
            },
            {
                "text": "Take no action, because the family accepted the advance voluntarily",
                "correct": False,
                "match": "",
                "feedback": (
                    "Agreeing to an advance is not agreeing to bondage; where a means was used, "
                    "consent is irrelevant."
                ),
            },
        ],
    },
    {
        "key": "scenario-airport-child-marriage",
        "kind": "scenario",
        "difficulty": "hard",
        "topics": ["victim-support", "indicators"],
        "scenario": (
            "At an airport immigration counter, an officer sees a man travelling abroad with a "
            "girl who looks about 15. He says she is his wife and that they are going to join his "
            "family. He holds both passports, answers every question for her and becomes impatient "
            "when the officer speaks to her."
        ),
        "prompt": "Which of these steps are appropriate? Select all that apply.",
        "explanation": (
            "She appears to be under 18, the man answers for her and holds her passport, and child "
            "marriage can be a route into exploitation. Treat her as a possible child victim: "
            "speak to her away from the man, with an independent interpreter if needed, do not "
            "hand her back to him, and involve the child protection bureau."
        ),
        "partial_credit": True,
        "options": [
            {
                "text": (
                    "Speak to the girl away from the man, in private, with a female officer if "
                    "possible"
                ),
                "correct": True,
                "match": "",
                "feedback": "Correct: she cannot speak freely while he is present.",
            },
            {
                "text": "Use an interpreter with no link to the man, if one is needed",
                "correct": True,
                "match": "",
                "feedback": "Correct: the interpreter must be independent of the suspect.",
            },
            {
                "text": (
                    "Treat her as a possible child victim and involve the child protection bureau"
                ),
                "correct": True,
                "match": "",
                "feedback": (
                    "Correct: she appears to be under 18, so the best interests of the child come "
                    "first."
                ),
            },
            {
                "text": "Let them board, since marriage is a private family matter",
                "correct": False,
                "match": "",
                "feedback": (
                    "Child marriage can be a route into exploitation, and several indicators are "
                    "present."
                ),
            },
            {
                "text": (
                    "Question the girl in front of the man, so that he cannot later say she was "
                    "pressured"
                ),
                "correct": False,
                "match": "",
                "feedback": (
                    "In front of him she is unlikely to speak freely, and it may put her at risk "
                    "later."
                ),
            },
        ],
    },
    {
        "key": "scenario-adult-declines-shelter",
        "kind": "scenario",
        "difficulty": "medium",
        "topics": ["victim-support", "referral"],
        "scenario": (
            "Police find a 30-year-old woman who was kept for two years as an unpaid domestic "
            "worker in a city house. She has minor injuries. She thanks the officers but says she "
            "does not want to go to a Dar-ul-Aman; she wants to stay with her sister, who lives in "
            "the same city."
        ),
        "prompt": "What should the officers do?",
        "explanation": (
            "An adult decides whether to accept referral. Explain the options in her language, "
            "respect her choice, check that staying with her sister is safe, offer medical care "
            "and legal aid, and record her consent or refusal."
        ),
        "partial_credit": False,
        "options": [
            {
                "text": (
                    "Respect her choice, check that her sister's home is safe, and offer medical "
                    "care and legal aid with her informed consent"
                ),
                "correct": True,
                "match": "",
                "feedback": "Correct: informed consent, safety and other help go together.",
            },
            {
                "text": "Place her in the Dar-ul-Aman anyway, because it is safer",
                "correct": False,
                "match": "",
                "feedback": (
                    "An adult decides whether to accept referral to a shelter, medical care or "
                    "legal aid."
                ),
            },
            {
                "text": "Tell her that the case can only go ahead if she goes to the shelter",
                "correct": False,
                "match": "",
                "feedback": (
                    "Making the case depend on going to the shelter is pressure, not informed "
                    "consent."
                ),
            },
            {
                "text": (
                    "Drop her at her sister's house and close the file, since she has refused help"
                ),
                "correct": False,
                "match": "",
                "feedback": (
                    "She refused one kind of help, not all help; she may still need medical care "
                    "and legal advice."
                ),
            },
        ],
    },
    {
        "key": "smuggling-after-arrival",
        "kind": "true_false",
        "difficulty": "easy",
        "topics": ["smuggling"],
        "scenario": "",
        "prompt": (
            "In migrant smuggling the relationship with the smuggler usually ends on arrival, "
            "while in trafficking the exploitation goes on."
        ),
        "explanation": (
            "A smuggler is paid to move a migrant across a border and the deal ends there. A "
            "trafficker moves or holds a person in order to exploit them, so the exploitation "
            "continues after the journey."
        ),
        "partial_credit": False,
        "options": [
            {
                "text": "True",
                "correct": True,
                "match": "",
                "feedback": (
                    "Correct: what happens after arrival is one of the clearest differences."
                ),
            },
            {
                "text": "False",
                "correct": False,
                "match": "",
                "feedback": "Smuggling usually ends at the destination; trafficking does not.",
            },
        ],
    },
    {
        "key": "law-organ-removal",
        "kind": "single",
        "difficulty": "medium",
        "topics": ["law-and-reporting"],
        "scenario": "",
        "prompt": (
            "Which law applies, besides the trafficking law, when a person is trafficked for the "
            "removal of a kidney?"
        ),
        "explanation": (
            "The Transplantation of Human Organs and Tissues Act, 2010 deals with the removal of "
            "and trade in organs. The Bonded Labour System (Abolition) Act, 1992 is about bonded "
            "labour, and the smuggling law is about crossing borders illegally."
        ),
        "partial_credit": False,
        "options": [
            {
                "text": "The Transplantation of Human Organs and Tissues Act, 2010",
                "correct": True,
                "match": "",
                "feedback": "Correct: it covers the removal of and trade in organs.",
            },
            {
                "text": "The Bonded Labour System (Abolition) Act, 1992",
                "correct": False,
                "match": "",
                "feedback": "That act is about labour held by debt, such as peshgi in brick kilns.",
            },
            {
                "text": "The Prevention of Smuggling of Migrants Act, 2018",
                "correct": False,
                "match": "",
                "feedback": "That act is about moving migrants across a border illegally.",
            },
        ],
    },
    {
        "key": "victim-interviews-how-often",
        "kind": "single",
        "difficulty": "easy",
        "topics": ["victim-support"],
        "scenario": "",
        "prompt": "How should a possible victim of trafficking be interviewed?",
        "explanation": (
            "Each interview makes the person live through what happened again. Do no harm: speak "
            "in private and calmly, with an interpreter who has no link to the suspects, and only "
            "as often as needed."
        ),
        "partial_credit": False,
        "options": [
            {
                "text": "In private and calmly, and only as often as needed",
                "correct": True,
                "match": "",
                "feedback": "Correct: this protects the person and what they tell you.",
            },
            {
                "text": "Many times, so that any change in the story shows",
                "correct": False,
                "match": "",
                "feedback": "Repeated interviews harm the person; fear and trauma change stories.",
            },
            {
                "text": "In front of the employer who brought them, to save time",
                "correct": False,
                "match": "",
                "feedback": (
                    "The person cannot speak freely in front of someone who may control them."
                ),
            },
        ],
    },
    {
        "key": "indicators-employer-keeps-id",
        "kind": "true_false",
        "difficulty": "easy",
        "topics": ["indicators"],
        "scenario": "",
        "prompt": (
            'A factory owner keeps his workers\' identity cards "for safe keeping". This is an '
            "indicator worth noting."
        ),
        "explanation": (
            "Someone else holding a person's identity documents is a common indicator: without "
            "them the person cannot leave, travel or ask for help easily. Look for other "
            "indicators too."
        ),
        "partial_credit": False,
        "options": [
            {
                "text": "True",
                "correct": True,
                "match": "",
                "feedback": "Correct: note it, and look for other indicators.",
            },
            {
                "text": "False",
                "correct": False,
                "match": "",
                "feedback": (
                    "Holding someone's documents is one of the indicators, whatever the reason "
                    "given."
                ),
            },
        ],
    },
    {
        "key": "referral-informed-consent",
        "kind": "single",
        "difficulty": "medium",
        "topics": ["referral", "victim-support"],
        "scenario": "",
        "prompt": "Before you refer an adult victim to a shelter, what do you need from them?",
        "explanation": (
            "Referral is done with the person, not to them: explain the services in words they "
            "understand and ask for their informed consent. A complaint is not a condition for "
            "help."
        ),
        "partial_credit": False,
        "options": [
            {
                "text": "Their informed consent, after you explain what the shelter offers",
                "correct": True,
                "match": "",
                "feedback": "Correct: an adult decides, once they understand the choice.",
            },
            {
                "text": "A written complaint against the trafficker",
                "correct": False,
                "match": "",
                "feedback": (
                    "Help must not depend on a complaint; many victims are too afraid at first."
                ),
            },
            {
                "text": "Permission from the person who employs them",
                "correct": False,
                "match": "",
                "feedback": "The employer may be the exploiter; never ask them.",
            },
        ],
    },
]

# Every non-empty English string in QUESTIONS -> Urdu.
UR = {
    (
        "For an adult victim, which elements must all be present for a case to be trafficking in "
        "persons?"
    ): (
        "اگر متاثرہ شخص بالغ ہو تو کسی کیس کے انسانی ٹریفکنگ ہونے کے لیے کون سے عناصر کا ایک ساتھ "
        "موجود ہونا ضروری ہے؟"
    ),
    (
        "Under the Palermo Protocol definition, trafficking of an adult needs an act (such as "
        "recruitment or transportation), a means (such as deception or coercion) and the purpose "
        "of exploitation. A border crossing, a payment or a complaint is not one of the elements."
    ): (
        "پالرمو پروٹوکول کی تعریف کے مطابق بالغ کی ٹریفکنگ کے لیے عمل (جیسے بھرتی یا منتقلی)، "
        "ذریعہ (جیسے دھوکا یا جبر) اور استحصال کا مقصد درکار ہیں۔ سرحد پار کرنا، رقم کی ادائیگی یا "
        "شکایت ان عناصر میں شامل نہیں۔"
    ),
    "An act, a means and the purpose of exploitation": "عمل، ذریعہ اور استحصال کا مقصد",
    "Correct: all three elements are needed when the victim is an adult.": (
        "صحیح: متاثرہ شخص بالغ ہو تو تینوں عناصر درکار ہیں۔"
    ),
    "An act, a border crossing and a payment to an agent": (
        "عمل، سرحد پار کرنا اور ایجنٹ کو رقم کی ادائیگی"
    ),
    "Trafficking needs neither a border nor a payment; it can happen inside one district.": (
        "ٹریفکنگ کے لیے نہ سرحد ضروری ہے نہ رقم کی ادائیگی؛ یہ ایک ہی ضلع کے اندر بھی ہو سکتی ہے۔"
    ),
    "A means, the purpose of exploitation and a complaint by the victim": (
        "ذریعہ، استحصال کا مقصد اور متاثرہ شخص کی شکایت"
    ),
    (
        "Victims rarely complain or call themselves victims; a complaint is not an element of the "
        "definition."
    ): "متاثرین شاذ و نادر ہی شکایت کرتے یا خود کو متاثرہ کہتے ہیں؛ شکایت تعریف کا عنصر نہیں۔",
    "Recruitment, physical violence and unpaid wages": (
        "بھرتی، جسمانی تشدد اور تنخواہ کی عدم ادائیگی"
    ),
    (
        "The means are often quiet rather than violent, such as deception or the abuse of a "
        "position of vulnerability."
    ): "ذرائع اکثر تشدد کے بجائے خاموش ہوتے ہیں، جیسے دھوکا یا کسی کی کمزور حالت سے فائدہ اٹھانا۔",
    (
        "A recruiter tells a young man in a village that he will earn good wages as a cook in the "
        "city. When he arrives, he is made to work long hours in a restaurant and is paid nothing. "
        "Which fact is the 'means' element of the definition?"
    ): (
        "ایک بھرتی کرنے والا گاؤں کے ایک نوجوان سے کہتا ہے کہ وہ شہر میں باورچی کے طور پر اچھی "
        "تنخواہ کمائے گا۔ وہاں پہنچنے پر اس سے ایک ریستوران میں طویل اوقات کام کروایا جاتا ہے اور "
        "اسے کچھ نہیں دیا جاتا۔ ان میں سے کون سی بات تعریف کا 'ذریعہ' والا عنصر ہے؟"
    ),
    (
        "The means is how the act is done; here it is deception, the false promise of wages. "
        "Recruiting him and taking him to the city are the act, and unpaid work is the purpose, "
        "forced labour."
    ): (
        "ذریعہ وہ طریقہ ہے جس سے عمل کیا جاتا ہے؛ یہاں یہ دھوکا ہے، یعنی تنخواہ کا جھوٹا وعدہ۔ اسے "
        "بھرتی کرنا اور شہر لے جانا عمل ہے، اور بغیر تنخواہ کام مقصد ہے، یعنی جبری مشقت۔"
    ),
    "Recruiting him in his village": "اسے اس کے گاؤں میں بھرتی کرنا",
    "Recruitment is part of the act, not the means.": "بھرتی کرنا عمل کا حصہ ہے، ذریعہ نہیں۔",
    "The false promise of good wages": "اچھی تنخواہ کا جھوٹا وعدہ",
    "Correct: deception is one of the means.": "صحیح: دھوکا ذرائع میں سے ایک ہے۔",
    "Taking him from the village to the city": "اسے گاؤں سے شہر لے جانا",
    "Moving a person is the act (transportation), not the means.": (
        "کسی شخص کو ایک جگہ سے دوسری جگہ لے جانا عمل ہے، ذریعہ نہیں۔"
    ),
    "Making him work without pay": "اس سے بغیر تنخواہ کام کروانا",
    "Forced labour is the purpose of exploitation, not the means.": (
        "جبری مشقت استحصال کا مقصد ہے، ذریعہ نہیں۔"
    ),
    (
        "When the person is a child under 18, force, fraud or another means must be shown before "
        "the case can be treated as trafficking."
    ): (
        "جب متاثرہ شخص 18 سال سے کم عمر بچہ ہو تو کیس کو ٹریفکنگ سمجھنے سے پہلے طاقت، فراڈ یا کوئی "
        "اور ذریعہ ثابت کرنا ضروری ہے۔"
    ),
    (
        "For a child, only an act and the purpose of exploitation are needed. A child may be a "
        "victim even if the parents agreed and no one was threatened."
    ): (
        "بچے کے معاملے میں صرف عمل اور استحصال کا مقصد درکار ہیں۔ بچہ اس صورت میں بھی متاثرہ ہو "
        "سکتا ہے جب والدین راضی تھے اور کسی کو دھمکی نہیں دی گئی۔"
    ),
    "True": "درست",
    "No means is needed when the victim is a child.": (
        "متاثرہ شخص بچہ ہو تو کسی ذریعے کی ضرورت نہیں۔"
    ),
    "False": "غلط",
    "Correct: for a child, an act and the purpose of exploitation are enough.": (
        "صحیح: بچے کے معاملے میں عمل اور استحصال کا مقصد کافی ہیں۔"
    ),
    (
        "A woman accepted a job abroad, but the recruiter lied to her about the work. Her "
        "agreement does not stop the case from being trafficking."
    ): (
        "ایک خاتون نے بیرونِ ملک نوکری قبول کی، لیکن بھرتی کرنے والے نے کام کے بارے میں اس سے جھوٹ "
        "بولا۔ اس کی رضامندی کیس کو ٹریفکنگ ہونے سے نہیں روکتی۔"
    ),
    (
        "Where any means, such as deception, was used, the victim's consent is irrelevant. Ask how "
        "the agreement was obtained and what happened afterwards."
    ): (
        "جہاں کوئی بھی ذریعہ، جیسے دھوکا، استعمال ہوا ہو، وہاں متاثرہ شخص کی رضامندی غیر متعلق ہے۔ "
        "یہ پوچھیں کہ رضامندی کیسے حاصل کی گئی اور بعد میں کیا ہوا۔"
    ),
    "Correct: consent obtained by deception is not real consent.": (
        "صحیح: دھوکے سے لی گئی رضامندی حقیقی رضامندی نہیں۔"
    ),
    "Her agreement was obtained by deception, so it does not count.": (
        "اس کی رضامندی دھوکے سے لی گئی، اس لیے اس کی کوئی حیثیت نہیں۔"
    ),
    (
        "A recruiter tells a family that their 20-year-old son will earn good wages in a city "
        "workshop. Match each fact in the case with the element of the definition it shows."
    ): (
        "ایک بھرتی کرنے والا ایک خاندان سے کہتا ہے کہ ان کا 20 سالہ بیٹا شہر کی ایک ورکشاپ میں "
        "اچھی تنخواہ کمائے گا۔ کیس کے ہر واقعے کو تعریف کے اس عنصر سے ملائیں جو وہ ظاہر کرتا ہے۔"
    ),
    (
        "Taking the young man to the city is the act, the false promise of wages is the means "
        "(deception), and unpaid work is the purpose (forced labour). Because he is an adult, all "
        "three are needed."
    ): (
        "نوجوان کو شہر لے جانا عمل ہے، تنخواہ کا جھوٹا وعدہ ذریعہ (دھوکا) ہے، اور بغیر تنخواہ کام "
        "مقصد (جبری مشقت) ہے۔ چونکہ وہ بالغ ہے، اس لیے تینوں عناصر درکار ہیں۔"
    ),
    "He is taken to the city by bus": "اسے بس کے ذریعے شہر لے جایا جاتا ہے",
    "The act": "عمل",
    "The recruiter's promise of good wages is false": (
        "بھرتی کرنے والے کا اچھی تنخواہ کا وعدہ جھوٹا ہے"
    ),
    "The means": "ذریعہ",
    "He works long hours at the workshop and is paid nothing": (
        "وہ ورکشاپ میں طویل اوقات کام کرتا ہے اور اسے کچھ نہیں دیا جاتا"
    ),
    "The purpose": "مقصد",
    (
        "Match each question used to tell the two crimes apart with the answer that describes "
        "trafficking in persons."
    ): (
        "دونوں جرائم میں فرق کرنے والے ہر سوال کو اس جواب سے ملائیں جو انسانی ٹریفکنگ کو بیان کرتا "
        "ہے۔"
    ),
    (
        "In trafficking there is no real consent, no border is needed, exploitation continues "
        "after arrival, and the offence is against the person. Migrant smuggling is agreed, always "
        "crosses a border illegally, ends on arrival and is an offence against the state."
    ): (
        "ٹریفکنگ میں حقیقی رضامندی نہیں ہوتی، سرحد کی ضرورت نہیں، منزل پر پہنچنے کے بعد بھی "
        "استحصال جاری رہتا ہے، اور جرم فرد کے خلاف ہوتا ہے۔ تارکینِ وطن کی اسمگلنگ رضامندی سے ہوتی "
        "ہے، اس میں ہمیشہ غیر قانونی طور پر سرحد پار کی جاتی ہے، یہ منزل پر پہنچ کر ختم ہو جاتی ہے "
        "اور ریاست کے خلاف جرم ہے۔"
    ),
    "Consent": "رضامندی",
    "None, or obtained by threats, deception or another means": (
        "نہیں ہوتی، یا دھمکی، دھوکے یا کسی اور ذریعے سے لی جاتی ہے"
    ),
    "Border": "سرحد",
    "Not needed: it can happen inside one district": "ضروری نہیں: یہ ایک ہی ضلع کے اندر ہو سکتی ہے",
    "After arrival": "منزل پر پہنچنے کے بعد",
    "The exploitation continues": "استحصال جاری رہتا ہے",
    "Offence against": "جرم کس کے خلاف",
    "The person who is exploited": "وہ شخص جس کا استحصال کیا جاتا ہے",
    (
        "Trafficking in persons can happen entirely inside one district, without anyone crossing a "
        "border."
    ): "انسانی ٹریفکنگ کسی کے سرحد پار کیے بغیر، پوری کی پوری ایک ہی ضلع کے اندر ہو سکتی ہے۔",
    (
        "Migrant smuggling always involves crossing a border illegally, but trafficking does not "
        "need a border at all. Bonded labour, domestic servitude and forced begging inside "
        "Pakistan can all be trafficking."
    ): (
        "تارکینِ وطن کی اسمگلنگ میں ہمیشہ غیر قانونی طور پر سرحد پار کی جاتی ہے، مگر ٹریفکنگ کے لیے "
        "سرحد کی بالکل ضرورت نہیں۔ پاکستان کے اندر جبری (بندھوا) مزدوری، گھریلو غلامی اور جبری "
        "گداگری، سب ٹریفکنگ ہو سکتی ہیں۔"
    ),
    "Correct: no border is needed for trafficking.": "صحیح: ٹریفکنگ کے لیے سرحد ضروری نہیں۔",
    "Crossing a border is a feature of smuggling, not a requirement for trafficking.": (
        "سرحد پار کرنا اسمگلنگ کی خصوصیت ہے، ٹریفکنگ کی شرط نہیں۔"
    ),
    (
        "Which of the following are indicators that a person may be a victim of trafficking? "
        "Select all that apply."
    ): (
        "ان میں سے کون سی باتیں اس کی علامات ہیں کہ کوئی شخص ٹریفکنگ کا متاثرہ ہو سکتا ہے؟ تمام "
        "درست جوابات منتخب کریں۔"
    ),
    (
        "Documents held by someone else, a debt that keeps growing and a companion who answers for "
        "the person are all indicators. The kind of workplace or a different language tells you "
        "nothing on its own; look for several indicators together."
    ): (
        "دستاویزات کا کسی اور کے پاس ہونا، مسلسل بڑھتا قرض اور ساتھ آیا ہوا شخص جو اس کی جگہ جواب "
        "دے، یہ سب علامات ہیں۔ صرف کام کی جگہ کی نوعیت یا مختلف زبان سے کچھ پتا نہیں چلتا؛ کئی "
        "علامات کو ایک ساتھ دیکھیں۔"
    ),
    "The employer keeps the person's identity card": (
        "آجر نے اس شخص کا شناختی کارڈ اپنے پاس رکھا ہوا ہے"
    ),
    "Correct: documents held by someone else are a key indicator.": (
        "صحیح: دستاویزات کا کسی اور کے پاس ہونا ایک اہم علامت ہے۔"
    ),
    "The person's debt grows however long they work": (
        "وہ شخص جتنا بھی کام کرے، اس کا قرض بڑھتا ہی جاتا ہے"
    ),
    "Correct: a debt that grows instead of shrinking is an indicator.": (
        "صحیح: گھٹنے کے بجائے بڑھتا قرض ایک علامت ہے۔"
    ),
    "A companion insists on answering every question for the person": (
        "ساتھ آیا ہوا شخص اس کی طرف سے ہر سوال کا جواب دینے پر اصرار کرتا ہے"
    ),
    "Correct: someone else answering for them is an indicator.": (
        "صحیح: اس کی جگہ کسی اور کا جواب دینا ایک علامت ہے۔"
    ),
    "The person works at a brick kiln": "وہ شخص اینٹوں کے بھٹے پر کام کرتا ہے",
    (
        "Working at a kiln is not an indicator in itself; look for signs such as a peshgi that "
        "never clears."
    ): "بھٹے پر کام کرنا بذاتِ خود علامت نہیں؛ ایسی نشانیاں دیکھیں جیسے پیشگی جو کبھی ختم نہ ہو۔",
    "The person speaks a regional language and not Urdu": (
        "وہ شخص اردو کے بجائے کوئی علاقائی زبان بولتا ہے"
    ),
    "Language alone is not an indicator; it may mean you need an independent interpreter.": (
        "صرف زبان کوئی علامت نہیں؛ اس کا مطلب یہ ہو سکتا ہے کہ آپ کو غیر جانبدار ترجمان کی ضرورت "
        "ہے۔"
    ),
    (
        "During a visit to a brick kiln, which of these observations point to debt bondage through "
        "peshgi? Select all that apply."
    ): (
        "اینٹوں کے بھٹے کے دورے کے دوران ان میں سے کون سے مشاہدات پیشگی کے ذریعے قرض کی غلامی کی "
        "طرف اشارہ کرتے ہیں؟ تمام درست جوابات منتخب کریں۔"
    ),
    (
        "An advance becomes debt bondage when deductions and new advances mean it never clears and "
        "the family cannot leave. Taking an advance, or an advance that shrinks with regular cash "
        "pay, is not a sign of bondage on its own."
    ): (
        "پیشگی اس وقت قرض کی غلامی بن جاتی ہے جب کٹوتیوں اور نئی پیشگی رقموں کی وجہ سے یہ کبھی ختم "
        "نہیں ہوتی اور خاندان جا نہیں سکتا۔ صرف پیشگی لینا، یا ایسی پیشگی جو باقاعدہ نقد اجرت کے "
        "ساتھ کم ہوتی جائے، بذاتِ خود غلامی کی علامت نہیں۔"
    ),
    "Families say they cannot leave until the advance is repaid": (
        "خاندان کہتے ہیں کہ پیشگی ادا ہونے تک وہ نہیں جا سکتے"
    ),
    "Correct: not being free to leave because of the advance is a sign of bondage.": (
        "صحیح: پیشگی کی وجہ سے جانے کی آزادی نہ ہونا غلامی کی علامت ہے۔"
    ),
    "The manager keeps the accounts, and the workers do not know how much they owe": (
        "حساب کتاب منیجر کے پاس ہے، اور مزدوروں کو معلوم نہیں کہ ان پر کتنا قرض ہے"
    ),
    "Correct: workers who cannot see their own accounts are easily kept in debt.": (
        "صحیح: جو مزدور اپنا حساب نہیں دیکھ سکتے، انہیں آسانی سے مقروض رکھا جاتا ہے۔"
    ),
    "The owner or a middleman holds the workers' identity cards": (
        "مالک یا بیچ کا آدمی مزدوروں کے شناختی کارڈ اپنے قبضے میں رکھتا ہے"
    ),
    "Correct: held identity cards stop workers from leaving or proving who they are.": (
        "صحیح: قبضے میں رکھے گئے شناختی کارڈ مزدوروں کو جانے یا اپنی شناخت ثابت کرنے سے روکتے ہیں۔"
    ),
    "Whole families, including young children, work long hours for little or no cash": (
        "چھوٹے بچوں سمیت پورے خاندان بہت کم یا بغیر نقد اجرت کے طویل اوقات کام کرتے ہیں"
    ),
    "Correct: whole families working for little or no cash is a sign of debt bondage.": (
        "صحیح: پورے خاندانوں کا بہت کم یا بغیر نقد اجرت کے کام کرنا قرض کی غلامی کی علامت ہے۔"
    ),
    "The workers took an advance when they started work": (
        "مزدوروں نے کام شروع کرتے وقت پیشگی لی تھی"
    ),
    (
        "An advance alone is not debt bondage; it becomes bondage when it never clears and the "
        "worker cannot leave."
    ): (
        "صرف پیشگی لینا قرض کی غلامی نہیں؛ یہ اس وقت غلامی بنتی ہے جب کبھی ختم نہ ہو اور مزدور جا "
        "نہ سکے۔"
    ),
    "Each worker is paid in cash every week, and the advance gets smaller as they work": (
        "ہر مزدور کو ہر ہفتے نقد اجرت ملتی ہے، اور کام کے ساتھ پیشگی کم ہوتی جاتی ہے"
    ),
    "An advance that shrinks with regular pay is an ordinary loan, not a debt that never clears.": (
        "باقاعدہ اجرت کے ساتھ کم ہوتی پیشگی ایک عام قرض ہے، ایسا قرض نہیں جو کبھی ختم نہ ہو۔"
    ),
    (
        "Which observation most strongly suggests that children at a road junction are being "
        "forced to beg, rather than begging alongside their own family?"
    ): (
        "کون سا مشاہدہ سب سے زیادہ ظاہر کرتا ہے کہ کسی چوک پر بچوں سے جبراً بھیک منگوائی جا رہی ہے، "
        "نہ کہ وہ اپنے ہی خاندان کے ساتھ بھیک مانگ رہے ہیں؟"
    ),
    (
        "A group dropped off and collected by the same adult, who takes a fixed amount each day, "
        "is a typical sign of forced begging. Poverty or hunger alone does not show who controls "
        "the children."
    ): (
        "ایسا گروپ جسے وہی بالغ چھوڑ کر جاتا اور واپس لے جاتا ہو اور روزانہ ایک طے شدہ رقم لے لیتا "
        "ہو، جبری گداگری کی عام علامت ہے۔ صرف غربت یا بھوک سے یہ پتا نہیں چلتا کہ بچوں پر کس کا "
        "قابو ہے۔"
    ),
    (
        "The same man drops them off each morning, collects them at night and takes a fixed amount "
        "from each child"
    ): (
        "وہی آدمی ہر صبح انہیں چھوڑ کر جاتا ہے، رات کو واپس لے جاتا ہے اور ہر بچے سے ایک طے شدہ "
        "رقم لے لیتا ہے"
    ),
    (
        "Correct: an adult who transports the children and takes their money is a strong sign of "
        "forced begging."
    ): "صحیح: بچوں کو لانے لے جانے اور ان کے پیسے لینے والا بالغ جبری گداگری کی مضبوط علامت ہے۔",
    "The children wear old, torn clothes": "بچوں نے پرانے، پھٹے ہوئے کپڑے پہن رکھے ہیں",
    "Poor clothing shows poverty, but not that someone else controls the children.": (
        "خراب کپڑے غربت ظاہر کرتے ہیں، یہ نہیں کہ بچوں پر کسی اور کا قابو ہے۔"
    ),
    "The children beg mostly on Fridays near a mosque": (
        "بچے زیادہ تر جمعے کے دن ایک مسجد کے قریب بھیک مانگتے ہیں"
    ),
    "This alone does not show that anyone controls the children or takes their money.": (
        "صرف اس بات سے یہ ظاہر نہیں ہوتا کہ بچوں پر کسی کا قابو ہے یا کوئی ان کے پیسے لیتا ہے۔"
    ),
    "The children ask passers-by for food rather than money": (
        "بچے راہگیروں سے پیسوں کے بجائے کھانا مانگتے ہیں"
    ),
    "Asking for food points to hunger, but not to an adult who profits from the begging.": (
        "کھانا مانگنا بھوک کی طرف اشارہ کرتا ہے، کسی ایسے بالغ کی طرف نہیں جو بھیک سے فائدہ اٹھا "
        "رہا ہو۔"
    ),
    (
        "At an airport, a group of young men is leaving for jobs abroad arranged by an agent. "
        "Which signs should make an officer look more closely? Select all that apply."
    ): (
        "ہوائی اڈے پر نوجوانوں کا ایک گروپ ایک ایجنٹ کی دلوائی ہوئی نوکریوں کے لیے بیرونِ ملک جا "
        "رہا ہے۔ کون سی نشانیاں دیکھ کر افسر کو زیادہ غور سے جائزہ لینا چاہیے؟ تمام درست جوابات "
        "منتخب کریں۔"
    ),
    (
        "Travellers who do not know their employer, whose documents are held by an agent, or who "
        "give scripted answers show indicators of trafficking through false job offers. Travelling "
        "for the first time, or carrying their own papers, is not a sign in itself."
    ): (
        "جو مسافر اپنے آجر کو نہیں جانتے، جن کی دستاویزات ایجنٹ کے پاس ہیں، یا جو رٹے رٹائے جواب "
        "دیتے ہیں، ان میں نوکری کی جھوٹی پیشکشوں کے ذریعے ٹریفکنگ کی علامات ہیں۔ پہلی بار سفر کرنا "
        "یا اپنے کاغذات خود رکھنا بذاتِ خود کوئی نشانی نہیں۔"
    ),
    "They cannot name their employer": "وہ اپنے آجر کا نام نہیں بتا سکتے",
    "Correct: not knowing the employer is an indicator.": (
        "صحیح: آجر کا معلوم نہ ہونا ایک علامت ہے۔"
    ),
    "The agent holds all their passports": "ان سب کے پاسپورٹ ایجنٹ کے پاس ہیں",
    "Correct: documents held by an agent are an indicator.": (
        "صحیح: ایجنٹ کے پاس دستاویزات کا ہونا ایک علامت ہے۔"
    ),
    "Their answers about the job match each other word for word": (
        "نوکری کے بارے میں ان کے جوابات ایک دوسرے سے لفظ بہ لفظ ملتے ہیں"
    ),
    "Correct: scripted answers are an indicator.": "صحیح: رٹے رٹائے جوابات ایک علامت ہیں۔",
    "It is their first journey abroad": "یہ ان کا بیرونِ ملک پہلا سفر ہے",
    "Many workers travel abroad for the first time; this is not a sign in itself.": (
        "بہت سے مزدور پہلی بار بیرونِ ملک جاتے ہیں؛ یہ بذاتِ خود کوئی نشانی نہیں۔"
    ),
    "Each of them carries his own passport and can describe the job": (
        "ہر ایک کا پاسپورٹ اس کے اپنے پاس ہے اور وہ نوکری کی تفصیل بتا سکتا ہے"
    ),
    "Holding your own documents and knowing the job are the opposite of the indicators.": (
        "اپنی دستاویزات خود رکھنا اور نوکری کے بارے میں جاننا ان علامات کے الٹ ہے۔"
    ),
    (
        "One indicator on its own, such as a worker who sleeps at the workplace, is proof that the "
        "person is a victim of trafficking."
    ): (
        "اکیلی ایک علامت، جیسے کسی ملازم کا کام کی جگہ پر ہی سونا، اس بات کا ثبوت ہے کہ وہ شخص "
        "ٹریفکنگ کا متاثرہ ہے۔"
    ),
    (
        "One indicator alone proves nothing. When several appear together, look more closely, act "
        "carefully and record what you observe."
    ): (
        "اکیلی ایک علامت کچھ ثابت نہیں کرتی۔ جب کئی علامات ایک ساتھ نظر آئیں تو زیادہ غور سے "
        "دیکھیں، احتیاط سے کارروائی کریں اور جو دیکھیں اسے درج کریں۔"
    ),
    "Indicators point to possible trafficking; they are not proof.": (
        "علامات ممکنہ ٹریفکنگ کی طرف اشارہ کرتی ہیں؛ یہ ثبوت نہیں۔"
    ),
    "Correct: look for several indicators together.": "صحیح: کئی علامات کو ایک ساتھ دیکھیں۔",
    (
        "Put these stages of trafficking through a false job offer abroad in the order in which "
        "they usually happen."
    ): (
        "بیرونِ ملک نوکری کی جھوٹی پیشکش کے ذریعے ٹریفکنگ کے ان مراحل کو اس ترتیب میں لگائیں جس میں "
        "یہ عموماً پیش آتے ہیں۔"
    ),
    (
        "The deception starts with the promise of a good job. Control begins on arrival, when the "
        "passport is taken and the job turns out to be different; the worker is then held through "
        "a debt, and the family often learns later, when money is demanded for his release."
    ): (
        "دھوکا اچھی نوکری کے وعدے سے شروع ہوتا ہے۔ قابو منزل پر پہنچتے ہی شروع ہو جاتا ہے، جب "
        "پاسپورٹ لے لیا جاتا ہے اور نوکری مختلف نکلتی ہے؛ پھر مزدور کو قرض کے ذریعے روکے رکھا جاتا "
        "ہے، اور گھر والوں کو اکثر بعد میں پتا چلتا ہے، جب اس کی رہائی کے لیے پیسے مانگے جاتے ہیں۔"
    ),
    "An agent promises a well-paid job abroad": (
        "ایک ایجنٹ بیرونِ ملک اچھی تنخواہ والی نوکری کا وعدہ کرتا ہے"
    ),
    "The worker travels on a visa and ticket arranged by the agent": (
        "مزدور ایجنٹ کے انتظام کردہ ویزے اور ٹکٹ پر سفر کرتا ہے"
    ),
    "On arrival, his passport is taken and the job is not the one promised": (
        "وہاں پہنچنے پر اس کا پاسپورٹ لے لیا جاتا ہے اور نوکری وہ نہیں ہوتی جس کا وعدہ کیا گیا تھا"
    ),
    "He is told he owes large sums for the visa and travel, and is made to work without pay": (
        "اس سے کہا جاتا ہے کہ وہ ویزے اور سفر کی بڑی رقم کا مقروض ہے، اور اس سے بغیر تنخواہ کام "
        "کروایا جاتا ہے"
    ),
    "His family at home is asked to send money so that he can be released": (
        "گھر والوں سے کہا جاتا ہے کہ اس کی رہائی کے لیے پیسے بھیجیں"
    ),
    (
        "A woman found working in a house speaks only a regional language that you do not speak. "
        "Her employer's brother offers to interpret. What should you do?"
    ): (
        "ایک گھر میں کام کرتی ہوئی ملنے والی خاتون صرف ایک علاقائی زبان بولتی ہے جو آپ نہیں جانتے۔ "
        "اس کے آجر کا بھائی ترجمانی کی پیشکش کرتا ہے۔ آپ کو کیا کرنا چاہیے؟"
    ),
    (
        "Never ask an employer, an agent, a so-called relative or anyone from the same network to "
        "interpret. An interpreter linked to the suspects can frighten the person into silence or "
        "change what they say."
    ): (
        "کبھی کسی آجر، ایجنٹ، نام نہاد رشتہ دار یا اسی گروہ کے کسی فرد سے ترجمانی نہ کروائیں۔ "
        "مشتبہ افراد سے تعلق رکھنے والا ترجمان اس شخص کو ڈرا کر خاموش کر سکتا ہے یا اس کی بات بدل "
        "سکتا ہے۔"
    ),
    "Thank him, decline, and arrange an interpreter who has no link to the employer": (
        "اس کا شکریہ ادا کر کے انکار کریں، اور ایسا ترجمان تلاش کریں جس کا آجر سے کوئی تعلق نہ ہو"
    ),
    "Correct: the interpreter must not be linked to the suspects.": (
        "صحیح: ترجمان کا مشتبہ افراد سے کوئی تعلق نہیں ہونا چاہیے۔"
    ),
    "Accept, because she knows him and may feel more at ease": (
        "پیشکش قبول کر لیں، کیونکہ خاتون اسے جانتی ہے اور شاید زیادہ مطمئن محسوس کرے"
    ),
    (
        "Someone from the employer's family may be part of the exploitation, and she may not speak "
        "freely."
    ): (
        "آجر کے خاندان کا کوئی فرد استحصال میں شریک ہو سکتا ہے، اور خاتون کھل کر بات نہیں کر پائے "
        "گی۔"
    ),
    "Accept, but make him promise to translate word for word": (
        "پیشکش قبول کر لیں، لیکن اس سے لفظ بہ لفظ ترجمے کا وعدہ لیں"
    ),
    "A promise does not remove his link to the employer or her fear of him.": (
        "وعدہ لینے سے نہ اس کا آجر سے تعلق ختم ہوتا ہے اور نہ خاتون کا اس سے ڈر۔"
    ),
    "Ask another worker from the same house to interpret instead": (
        "اس کے بجائے اسی گھر کے کسی اور ملازم سے ترجمانی کروائیں"
    ),
    (
        "A co-worker from the same household may be under the same employer's control; use an "
        "independent interpreter."
    ): (
        "اسی گھر کا کوئی اور ملازم بھی اسی آجر کے قابو میں ہو سکتا ہے؛ غیر جانبدار ترجمان استعمال "
        "کریں۔"
    ),
    "Which of these are part of a victim-centred response? Select all that apply.": (
        "ان میں سے کون سی باتیں متاثرہ شخص پر مرکوز ردِعمل کا حصہ ہیں؟ تمام درست جوابات منتخب کریں۔"
    ),
    (
        "A victim-centred response means private, calm interviews held only as often as needed, "
        "informed consent and confidentiality. Repeating questions to catch someone out, or giving "
        "the story to the media, harms both the person and the case."
    ): (
        "متاثرہ شخص پر مرکوز ردِعمل کا مطلب ہے علیحدگی میں اور پُرسکون ماحول میں، صرف ضرورت کے مطابق "
        "انٹرویو، باخبر رضامندی اور رازداری۔ کسی کو جھوٹا ثابت کرنے کے لیے سوال دہرانا، یا کہانی "
        "میڈیا کو دینا، اس شخص کو بھی نقصان پہنچاتا ہے اور کیس کو بھی۔"
    ),
    "Speak to the person in private, in a calm place": (
        "اس شخص سے علیحدگی میں، کسی پُرسکون جگہ پر بات کریں"
    ),
    "Correct: privacy and calm help the person speak safely.": (
        "صحیح: علیحدگی اور سکون اس شخص کو محفوظ طریقے سے بات کرنے میں مدد دیتے ہیں۔"
    ),
    "Coordinate with colleagues so that the person tells the story only as often as needed": (
        "ساتھیوں کے ساتھ رابطہ رکھیں تاکہ اس شخص کو اپنی کہانی صرف ضرورت کے مطابق سنانی پڑے"
    ),
    "Correct: repeated interviews by different officers can re-traumatise the person.": (
        "صحیح: مختلف افسران کے بار بار انٹرویو اس شخص کا صدمہ تازہ کر سکتے ہیں۔"
    ),
    "Explain the options and obtain informed consent before referring an adult": (
        "کسی بالغ کو ریفر کرنے سے پہلے دستیاب راستے سمجھائیں اور باخبر رضامندی لیں"
    ),
    "Correct: an adult decides whether to accept referral.": (
        "صحیح: بالغ شخص خود فیصلہ کرتا ہے کہ ریفر کیا جانا قبول کرے یا نہیں۔"
    ),
    "Ask the same questions several times to check whether the story changes": (
        "ایک ہی سوال کئی بار پوچھیں تاکہ دیکھا جائے کہ کہانی بدلتی ہے یا نہیں"
    ),
    (
        "Repeated questions re-traumatise; gaps and confusion do not on their own mean the person "
        "is lying."
    ): (
        "بار بار سوال کرنے سے صدمہ تازہ ہوتا ہے؛ یادداشت میں خلا اور الجھن صرف اپنی بنیاد پر جھوٹ "
        "کی دلیل نہیں۔"
    ),
    "Share the person's story with journalists to warn the public": (
        "عوام کو خبردار کرنے کے لیے اس شخص کی کہانی صحافیوں کو بتائیں"
    ),
    "The person's identity and story are confidential and are never shared with the media.": (
        "اس شخص کی شناخت اور کہانی راز ہیں اور میڈیا کو کبھی نہیں دی جاتیں۔"
    ),
    "Put these steps of a victim-centred first response in the right order.": (
        "متاثرہ شخص پر مرکوز ابتدائی ردِعمل کے ان مراحل کو درست ترتیب میں لگائیں۔"
    ),
    (
        "Safety comes before anything else. A safe conversation needs a private place and a "
        "language the person understands; consent for referral follows a clear explanation; and "
        "you complete your record, including the consent given, at the end."
    ): (
        "حفاظت ہر چیز سے پہلے ہے۔ محفوظ بات چیت کے لیے علیحدہ جگہ اور ایسی زبان ضروری ہے جو وہ شخص "
        "سمجھتا ہو؛ ریفر کرنے کی رضامندی واضح وضاحت کے بعد لی جاتی ہے؛ اور آخر میں آپ اپنا ریکارڈ "
        "مکمل کرتے ہیں، جس میں دی گئی رضامندی بھی شامل ہو۔"
    ),
    "Check for danger to the person and to yourself, and whether medical help is needed now": (
        "اس شخص کے لیے اور اپنے لیے خطرے کا جائزہ لیں، اور دیکھیں کہ کیا ابھی طبی مدد کی ضرورت ہے"
    ),
    (
        "Move to a private, calm place away from the suspects, with an independent interpreter if "
        "one is needed"
    ): (
        "مشتبہ افراد سے دور کسی علیحدہ، پُرسکون جگہ پر جائیں، اور ضرورت ہو تو غیر جانبدار ترجمان "
        "ساتھ رکھیں"
    ),
    "Explain who you are, why you are speaking to the person and what will happen next": (
        "بتائیں کہ آپ کون ہیں، آپ اس شخص سے کیوں بات کر رہے ہیں اور آگے کیا ہو گا"
    ),
    "Explain the help on offer in the person's language and obtain informed consent for referral": (
        "اس شخص کی زبان میں دستیاب مدد کی وضاحت کریں اور ریفر کرنے کے لیے باخبر رضامندی لیں"
    ),
    "Complete your record of what you saw and heard, and of the consent given": (
        "جو آپ نے دیکھا اور سنا، اور جو رضامندی دی گئی، اس کا ریکارڈ مکمل کریں"
    ),
    (
        "A person who travelled on a false passport cannot be treated as a victim of trafficking, "
        "because they have committed an offence."
    ): (
        "جس شخص نے جعلی پاسپورٹ پر سفر کیا ہو، اسے ٹریفکنگ کا متاثرہ شخص نہیں سمجھا جا سکتا، "
        "کیونکہ اس نے جرم کیا ہے۔"
    ),
    (
        "Victims are often made to commit offences, such as travelling on false documents. Under "
        "the non-punishment principle, they are not prosecuted or punished for offences they were "
        "compelled to commit as a result of being trafficked."
    ): (
        "متاثرین سے اکثر جرائم کروائے جاتے ہیں، جیسے جعلی دستاویزات پر سفر۔ عدم سزا کے اصول کے تحت "
        "ان پر ان جرائم کا مقدمہ نہیں چلایا جاتا اور نہ انہیں سزا دی جاتی ہے جن پر انہیں ٹریفکنگ "
        "کے نتیجے میں مجبور کیا گیا۔"
    ),
    "An offence the person was compelled to commit does not stop them from being a victim.": (
        "جس جرم پر اس شخص کو مجبور کیا گیا، وہ اسے متاثرہ شخص ہونے سے خارج نہیں کرتا۔"
    ),
    "Correct: the non-punishment principle applies.": "صحیح: عدم سزا کا اصول لاگو ہوتا ہے۔",
    (
        "If you are not sure whether a person is under 18, treat them as a child until their age "
        "has been established."
    ): (
        "اگر آپ کو یقین نہ ہو کہ کوئی شخص 18 سال سے کم عمر ہے یا نہیں، تو عمر طے ہونے تک اسے بچہ "
        "ہی سمجھیں۔"
    ),
    (
        "When age is uncertain, treat the person as a child, so that the protection given to "
        "children applies and the best interests of the child come first."
    ): (
        "جب عمر واضح نہ ہو تو اس شخص کو بچہ سمجھیں، تاکہ بچوں کو حاصل تحفظ لاگو ہو اور بچے کا "
        "بہترین مفاد مقدم رہے۔"
    ),
    "Correct: treat them as a child and keep the best interests of the child first.": (
        "صحیح: اسے بچہ سمجھیں اور بچے کے بہترین مفاد کو مقدم رکھیں۔"
    ),
    "Treating a possible child as an adult could take away protection the child needs.": (
        "ممکنہ بچے کو بالغ سمجھنے سے وہ تحفظ چھن سکتا ہے جس کی بچے کو ضرورت ہے۔"
    ),
    (
        "Families report that a local recruiter sent several young women abroad for beauty salon "
        "jobs, and that they are now held there and made to work without pay. Which authority "
        "leads on this case?"
    ): (
        "کچھ خاندان اطلاع دیتے ہیں کہ ایک مقامی بھرتی کرنے والے نے کئی نوجوان خواتین کو بیوٹی "
        "سیلون کی نوکریوں کے لیے بیرونِ ملک بھیجا، اور اب انہیں وہاں روک کر بغیر تنخواہ کام کروایا "
        "جا رہا ہے۔ اس کیس کی قیادت کون سا ادارہ کرتا ہے؟"
    ),
    (
        "The FIA leads on cross-border trafficking, for example when Pakistanis are recruited for "
        "work abroad and exploited there. Officers who receive such a report pass it to the FIA "
        "through their supervisor."
    ): (
        "سرحد پار ٹریفکنگ کی قیادت ایف آئی اے کرتا ہے، مثلاً جب پاکستانیوں کو بیرونِ ملک کام کے لیے "
        "بھرتی کر کے وہاں ان کا استحصال کیا جائے۔ ایسی اطلاع ملنے پر افسران اسے اپنے سپروائزر کے "
        "ذریعے ایف آئی اے تک پہنچاتے ہیں۔"
    ),
    "The FIA, because the case is cross-border": "ایف آئی اے، کیونکہ کیس سرحد پار کا ہے",
    "Correct: the FIA leads on cross-border trafficking.": (
        "صحیح: سرحد پار ٹریفکنگ کی قیادت ایف آئی اے کرتا ہے۔"
    ),
    "The district police alone, because the recruitment happened in their district": (
        "صرف ضلعی پولیس، کیونکہ بھرتی اسی ضلع میں ہوئی"
    ),
    (
        "The recruitment was local, but the exploitation is abroad, so the FIA leads; the police "
        "pass on what they know."
    ): (
        "بھرتی مقامی تھی، لیکن استحصال بیرونِ ملک ہو رہا ہے، اس لیے قیادت ایف آئی اے کرتا ہے؛ پولیس "
        "اپنی معلومات آگے پہنچاتی ہے۔"
    ),
    "A shelter such as Dar-ul-Aman, because the victims are women": (
        "دارالامان جیسی پناہ گاہ، کیونکہ متاثرین خواتین ہیں"
    ),
    "Shelters receive referrals for safe accommodation; they do not investigate cases.": (
        "پناہ گاہیں محفوظ رہائش کے لیے ریفر کیے گئے افراد کو وصول کرتی ہیں؛ وہ کیسز کی تفتیش نہیں "
        "کرتیں۔"
    ),
    "No one, until the women return and complain themselves": (
        "کوئی نہیں، جب تک خواتین واپس آ کر خود شکایت نہ کریں"
    ),
    "Do not wait for the victims to complain; report what the families said.": (
        "متاثرین کی شکایت کا انتظار نہ کریں؛ خاندانوں نے جو بتایا وہ رپورٹ کریں۔"
    ),
    (
        "Which two federal laws from 2018 are at the centre of Pakistan's response to trafficking "
        "and smuggling?"
    ): "ٹریفکنگ اور اسمگلنگ کے خلاف پاکستان کے ردِعمل کا مرکز 2018 کے کون سے دو وفاقی قوانین ہیں؟",
    (
        "Pakistan has a separate federal law for each crime: the Prevention of Trafficking in "
        "Persons Act, 2018 and the Prevention of Smuggling of Migrants Act, 2018. Other laws cover "
        "particular forms of exploitation."
    ): (
        "پاکستان میں دونوں جرائم کے لیے الگ الگ وفاقی قانون ہے: انسدادِ انسانی ٹریفکنگ ایکٹ، 2018 "
        "اور انسدادِ تارکینِ وطن اسمگلنگ ایکٹ، 2018۔ دیگر قوانین استحصال کی مخصوص صورتوں کا احاطہ "
        "کرتے ہیں۔"
    ),
    (
        "The Prevention of Trafficking in Persons Act and the Prevention of Smuggling of Migrants "
        "Act"
    ): "انسدادِ انسانی ٹریفکنگ ایکٹ اور انسدادِ تارکینِ وطن اسمگلنگ ایکٹ",
    "Correct: one law for each crime.": "صحیح: ہر جرم کے لیے ایک قانون۔",
    "The Prevention of Trafficking in Persons Act and the Bonded Labour System (Abolition) Act": (
        "انسدادِ انسانی ٹریفکنگ ایکٹ اور بانڈڈ لیبر سسٹم (خاتمہ) ایکٹ"
    ),
    "The Bonded Labour System (Abolition) Act dates from 1992 and covers bonded labour.": (
        "بانڈڈ لیبر سسٹم (خاتمہ) ایکٹ 1992 کا ہے اور جبری (بندھوا) مزدوری سے متعلق ہے۔"
    ),
    (
        "The Prevention of Smuggling of Migrants Act and the Transplantation of Human Organs and "
        "Tissues Act"
    ): "انسدادِ تارکینِ وطن اسمگلنگ ایکٹ اور انسانی اعضا اور بافتوں کی پیوندکاری کا ایکٹ",
    "The organ transplantation law dates from 2010 and applies to organ trafficking.": (
        "اعضا کی پیوندکاری کا قانون 2010 کا ہے اور اعضا کی ٹریفکنگ پر لاگو ہوتا ہے۔"
    ),
    "The Pakistan Penal Code and the Prevention of Smuggling of Migrants Act": (
        "مجموعۂ تعزیراتِ پاکستان اور انسدادِ تارکینِ وطن اسمگلنگ ایکٹ"
    ),
    (
        "The Pakistan Penal Code is not a 2018 law, though some of its provisions cover slavery "
        "and buying or selling persons for prostitution."
    ): (
        "مجموعۂ تعزیراتِ پاکستان 2018 کا قانون نہیں، اگرچہ اس کی کچھ دفعات غلامی اور عصمت فروشی کے "
        "لیے افراد کی خرید و فروخت سے متعلق ہیں۔"
    ),
    "Match each law with the crime or form of exploitation it covers.": (
        "ہر قانون کو اس جرم یا استحصال کی اس صورت سے ملائیں جس کا وہ احاطہ کرتا ہے۔"
    ),
    (
        "The two 2018 Acts cover trafficking in persons and migrant smuggling; other laws cover "
        "bonded labour, slavery and prostitution, and organ trafficking. Check the current text of "
        "each law before relying on it in a real case."
    ): (
        "2018 کے دونوں ایکٹ انسانی ٹریفکنگ اور تارکینِ وطن کی اسمگلنگ سے متعلق ہیں؛ دیگر قوانین "
        "جبری (بندھوا) مزدوری، غلامی اور عصمت فروشی، اور اعضا کی ٹریفکنگ کا احاطہ کرتے ہیں۔ کسی "
        "حقیقی کیس میں ہر قانون کا موجودہ متن ضرور دیکھیں۔"
    ),
    "Prevention of Trafficking in Persons Act, 2018": "انسدادِ انسانی ٹریفکنگ ایکٹ، 2018",
    "Trafficking in persons": "انسانی ٹریفکنگ",
    "Prevention of Smuggling of Migrants Act, 2018": "انسدادِ تارکینِ وطن اسمگلنگ ایکٹ، 2018",
    "Smuggling of migrants": "تارکینِ وطن کی اسمگلنگ",
    "Bonded Labour System (Abolition) Act, 1992": "بانڈڈ لیبر سسٹم (خاتمہ) ایکٹ، 1992",
    "Bonded labour, including peshgi debt bondage": (
        "جبری (بندھوا) مزدوری، بشمول پیشگی کے قرض کی غلامی"
    ),
    "Pakistan Penal Code": "مجموعۂ تعزیراتِ پاکستان",
    "Slavery, and buying or selling persons for prostitution": (
        "غلامی، اور عصمت فروشی کے لیے افراد کی خرید و فروخت"
    ),
    "Transplantation of Human Organs and Tissues Act, 2010": (
        "انسانی اعضا اور بافتوں کی پیوندکاری کا ایکٹ، 2010"
    ),
    "Trafficking for the removal of organs": "اعضا نکالنے کے لیے ٹریفکنگ",
    "Match each authority or service with its role.": "ہر ادارے یا خدمت کو اس کے کردار سے ملائیں۔",
    (
        "The FIA leads on cross-border cases and the provincial police respond to trafficking "
        "within the country. Child protection bureaus receive child victims, and shelters and "
        "health services receive referrals for safe accommodation and care."
    ): (
        "سرحد پار کیسز کی قیادت ایف آئی اے کرتا ہے اور ملک کے اندر ٹریفکنگ پر صوبائی پولیس "
        "کارروائی کرتی ہے۔ چائلڈ پروٹیکشن بیورو متاثرہ بچوں کو وصول کرتے ہیں، اور پناہ گاہیں اور "
        "صحت کی خدمات محفوظ رہائش اور نگہداشت کے لیے ریفر کیے گئے افراد کو وصول کرتی ہیں۔"
    ),
    "FIA": "ایف آئی اے",
    "Cross-border trafficking and migrant smuggling cases": (
        "سرحد پار ٹریفکنگ اور تارکینِ وطن کی اسمگلنگ کے کیسز"
    ),
    "Provincial police": "صوبائی پولیس",
    "Trafficking within the country, such as bonded labour or forced begging": (
        "ملک کے اندر ٹریفکنگ، جیسے جبری (بندھوا) مزدوری یا جبری گداگری"
    ),
    "Child protection bureau": "چائلڈ پروٹیکشن بیورو",
    "Referrals of child victims": "ریفر کیے گئے متاثرہ بچوں کے کیسز",
    "Shelter, such as Dar-ul-Aman": "پناہ گاہ، جیسے دارالامان",
    "Safe accommodation": "محفوظ رہائش",
    "Health services": "صحت کی خدمات",
    "Medical care": "طبی نگہداشت",
    "After a brick kiln visit, which note is the best record of what a worker told you?": (
        "اینٹوں کے بھٹے کے دورے کے بعد، مزدور نے آپ کو جو بتایا اس کا بہترین ریکارڈ کون سا نوٹ ہے؟"
    ),
    (
        "Your record may become evidence, so write down what you saw and heard, in the person's "
        "own words where possible, not your guesses or conclusions."
    ): (
        "آپ کا ریکارڈ ثبوت بن سکتا ہے، اس لیے وہ لکھیں جو آپ نے دیکھا اور سنا، جہاں ممکن ہو اس شخص "
        "کے اپنے الفاظ میں، اپنے اندازے یا نتائج نہیں۔"
    ),
    (
        "The worker said that the manager keeps his identity card and told him he cannot leave "
        "until his advance is repaid."
    ): (
        "مزدور نے بتایا کہ منیجر نے اس کا شناختی کارڈ اپنے پاس رکھا ہوا ہے اور اس سے کہا ہے کہ "
        "پیشگی ادا ہونے تک وہ نہیں جا سکتا۔"
    ),
    "Correct: it records what was said, as a fact.": (
        "صحیح: اس میں جو کہا گیا وہ ایک حقیقت کے طور پر درج ہے۔"
    ),
    "The worker is a bonded labourer.": "مزدور جبری (بندھوا) مزدور ہے۔",
    "This is a conclusion; it does not record what the worker actually said.": (
        "یہ ایک نتیجہ ہے؛ اس میں وہ درج نہیں جو مزدور نے حقیقت میں کہا۔"
    ),
    "The manager is obviously a trafficker and should be arrested.": (
        "منیجر صاف طور پر ٹریفکر ہے اور اسے گرفتار کیا جانا چاہیے۔"
    ),
    "This is a guess about guilt, not a record of what you saw and heard.": (
        "یہ جرم کے بارے میں اندازہ ہے، اس کا ریکارڈ نہیں جو آپ نے دیکھا اور سنا۔"
    ),
    "The worker seemed nervous and may be hiding something.": (
        "مزدور گھبرایا ہوا لگ رہا تھا اور شاید کچھ چھپا رہا ہے۔"
    ),
    "This is a guess; fear is common among victims and proves nothing on its own.": (
        "یہ ایک اندازہ ہے؛ متاثرین میں خوف عام ہے اور صرف اس سے کچھ ثابت نہیں ہوتا۔"
    ),
    "Put the steps of a planned referral in the right order.": (
        "منصوبہ بند طریقے سے ریفر کرنے کے مراحل کو درست ترتیب میں لگائیں۔"
    ),
    (
        "A good referral is planned, not a hand-over at the door: urgent needs first, then "
        "informed consent, contact with the receiving service, safe transport, and finally a "
        "record and follow-up."
    ): (
        "اچھی طرح ریفر کرنا ایک منصوبہ بند عمل ہے، دروازے پر کسی کو سونپ دینا نہیں: پہلے فوری "
        "ضروریات، پھر باخبر رضامندی، متعلقہ ادارے سے رابطہ، محفوظ سواری، اور آخر میں ریکارڈ اور "
        "بعد میں خبر گیری۔"
    ),
    "Identify urgent needs: safety, medical care, food and shelter": (
        "فوری ضروریات کی نشاندہی کریں: حفاظت، طبی نگہداشت، کھانا اور پناہ"
    ),
    "Explain the options in the person's language and obtain informed consent": (
        "اس شخص کی زبان میں دستیاب راستے سمجھائیں اور باخبر رضامندی لیں"
    ),
    (
        "Contact the receiving service before the person arrives, sharing only the information it "
        "needs"
    ): (
        "اس شخص کے پہنچنے سے پہلے متعلقہ ادارے سے رابطہ کریں، اور صرف وہی معلومات دیں جن کی اسے "
        "ضرورت ہے"
    ),
    "Arrange safe transport and, where possible, accompany the person": (
        "محفوظ سواری کا انتظام کریں اور جہاں ممکن ہو اس شخص کے ساتھ جائیں"
    ),
    "Record the referral and follow up to confirm that the person arrived and is receiving help": (
        "ریفر کرنے کا ریکارڈ رکھیں، اور بعد میں معلوم کریں کہ وہ شخص پہنچ گیا اور اسے مدد مل رہی ہے"
    ),
    (
        "With the person's informed consent, to which of these can a victim of trafficking be "
        "referred? Select all that apply."
    ): (
        "متاثرہ شخص کی باخبر رضامندی سے، اسے ان میں سے کن کے پاس ریفر کیا جا سکتا ہے؟ تمام درست "
        "جوابات منتخب کریں۔"
    ),
    (
        "Shelters such as Dar-ul-Aman, legal aid and health services receive referrals, and child "
        "protection bureaus receive child victims. Never hand a person back to anyone linked to "
        "the exploitation, and never give their story to the media."
    ): (
        "دارالامان جیسی پناہ گاہیں، قانونی امداد اور صحت کی خدمات ریفر کیے گئے افراد کو وصول کرتی "
        "ہیں، اور چائلڈ پروٹیکشن بیورو متاثرہ بچوں کو۔ کسی شخص کو کبھی استحصال سے جڑے کسی فرد کے "
        "حوالے نہ کریں، اور اس کی کہانی کبھی میڈیا کو نہ دیں۔"
    ),
    "A shelter, such as Dar-ul-Aman": "کوئی پناہ گاہ، جیسے دارالامان",
    "Correct: shelters provide safe accommodation.": "صحیح: پناہ گاہیں محفوظ رہائش فراہم کرتی ہیں۔",
    "Legal aid": "قانونی امداد",
    "Correct: legal aid gives the person advice.": (
        "صحیح: قانونی امداد اس شخص کو قانونی مشورہ دیتی ہے۔"
    ),
    "Correct: health services provide medical care.": (
        "صحیح: صحت کی خدمات طبی نگہداشت فراہم کرتی ہیں۔"
    ),
    "The employer who brought the person, so that the person can be sent home": (
        "وہ آجر جو اس شخص کو لایا تھا، تاکہ وہ اسے گھر بھیج دے"
    ),
    "Never hand a person back to anyone who may be involved in the exploitation.": (
        "کسی شخص کو کبھی ایسے فرد کے حوالے نہ کریں جو استحصال میں ملوث ہو سکتا ہو۔"
    ),
    "A television channel, so that the case gets attention": (
        "کوئی ٹی وی چینل، تاکہ کیس کی طرف توجہ ہو"
    ),
    (
        "A 23-year-old man paid an agent to take him to Europe by an irregular route. On the way, "
        "in another country, the agent's contacts took his passport, told him he now owed three "
        "times the agreed fee and made him work on a farm without pay for six months. He escaped, "
        "was sent back to Pakistan and is now speaking to FIA officers."
    ): (
        "ایک 23 سالہ نوجوان نے ایک ایجنٹ کو رقم دی تاکہ وہ اسے غیر قانونی راستے سے یورپ پہنچا دے۔ "
        "راستے میں، کسی دوسرے ملک میں، ایجنٹ کے ساتھیوں نے اس کا پاسپورٹ لے لیا، اسے بتایا کہ اب "
        "وہ طے شدہ فیس سے تین گنا رقم کا مقروض ہے، اور چھ مہینے تک ایک فارم پر اس سے بغیر تنخواہ "
        "کام کروایا۔ وہ وہاں سے نکل بھاگا، اسے پاکستان واپس بھیج دیا گیا، اور اب وہ ایف آئی اے کے "
        "افسران سے بات کر رہا ہے۔"
    ),
    "How should his case be understood?": "اس کے کیس کو کیسے سمجھا جائے؟",
    (
        "He began as a smuggled migrant, but when the agent's network took his passport, inflated "
        "his debt and made him work without pay, he became a victim of trafficking. His payment "
        "and his agreement to travel do not change that, and trafficking does not have to happen "
        "inside Pakistan."
    ): (
        "شروع میں وہ اسمگل ہونے والا تارکِ وطن تھا، لیکن جب ایجنٹ کے گروہ نے اس کا پاسپورٹ لے لیا، "
        "اس کا قرض بڑھا دیا اور اس سے بغیر تنخواہ کام کروایا تو وہ ٹریفکنگ کا متاثرہ شخص بن گیا۔ "
        "اس کا رقم دینا اور سفر پر راضی ہونا اس حقیقت کو نہیں بدلتا، اور ٹریفکنگ کا پاکستان کے "
        "اندر ہونا ضروری نہیں۔"
    ),
    "He started as a smuggled migrant but became a victim of trafficking on the way": (
        "اس کا آغاز اسمگل ہونے والے تارکِ وطن کے طور پر ہوا لیکن راستے میں وہ ٹریفکنگ کا متاثرہ شخص "
        "بن گیا"
    ),
    "Correct: the control and exploitation on the route turned smuggling into trafficking.": (
        "صحیح: راستے میں قابو اور استحصال نے اسمگلنگ کو ٹریفکنگ میں بدل دیا۔"
    ),
    "Only migrant smuggling, because he paid the agent and agreed to travel": (
        "صرف تارکینِ وطن کی اسمگلنگ، کیونکہ اس نے ایجنٹ کو رقم دی اور سفر پر راضی تھا"
    ),
    (
        "Paying an agent does not make someone only a smuggled migrant; look at what happened on "
        "the route."
    ): (
        "ایجنٹ کو رقم دینے سے کوئی شخص محض اسمگل ہونے والا تارکِ وطن نہیں بن جاتا؛ دیکھیں کہ راستے "
        "میں کیا ہوا۔"
    ),
    "Not trafficking, because the exploitation took place outside Pakistan": (
        "ٹریفکنگ نہیں، کیونکہ استحصال پاکستان سے باہر ہوا"
    ),
    "Trafficking can happen anywhere on the route; cross-border cases are led by the FIA.": (
        "ٹریفکنگ راستے میں کہیں بھی ہو سکتی ہے؛ سرحد پار کیسز کی قیادت ایف آئی اے کرتا ہے۔"
    ),
    "Only an offence by the young man, who crossed borders illegally": (
        "صرف نوجوان کا جرم، کیونکہ اس نے غیر قانونی طور پر سرحدیں پار کیں"
    ),
    (
        "His irregular journey does not cancel the exploitation he suffered; he is a victim of "
        "trafficking and needs protection."
    ): (
        "اس کا غیر قانونی سفر اس استحصال کو ختم نہیں کرتا جو اس کے ساتھ ہوا؛ وہ ٹریفکنگ کا متاثرہ "
        "شخص ہے اور اسے تحفظ کی ضرورت ہے۔"
    ),
    (
        "During a drive against begging, police pick up a woman of about 30 at a city market. She "
        "says that a man brings her and three others to the market every morning, takes all their "
        "money at night and keeps her identity card. He has told her that her children will suffer "
        "if she runs away."
    ): (
        "گداگری کے خلاف ایک مہم کے دوران پولیس شہر کے ایک بازار سے تقریباً 30 سال کی ایک خاتون کو "
        "تحویل میں لیتی ہے۔ وہ بتاتی ہے کہ ایک آدمی ہر صبح اسے اور تین اور افراد کو بازار لاتا ہے، "
        "رات کو ان کے سارے پیسے لے لیتا ہے اور اس کا شناختی کارڈ اپنے پاس رکھتا ہے۔ اس آدمی نے اسے "
        "کہا ہے کہ اگر وہ بھاگی تو اس کے بچوں کو نقصان پہنچے گا۔"
    ),
    "How should the officers treat her?": "اہلکاروں کو اس کے ساتھ کیا سلوک کرنا چاہیے؟",
    (
        "Her identity card is held, her earnings are taken and she has been threatened: several "
        "indicators of trafficking for forced begging. Under the non-punishment principle she "
        "should not be charged for begging she was compelled to do, and she should be offered "
        "referral with her informed consent."
    ): (
        "اس کا شناختی کارڈ کسی اور کے قبضے میں ہے، اس کی کمائی لے لی جاتی ہے اور اسے دھمکیاں دی "
        "گئی ہیں: یہ جبری گداگری کے لیے ٹریفکنگ کی کئی علامات ہیں۔ عدم سزا کے اصول کے تحت اس پر اس "
        "گداگری کا مقدمہ نہیں بننا چاہیے جس پر اسے مجبور کیا گیا، اور اس کی باخبر رضامندی سے اسے "
        "ریفر کرنے کی پیشکش کی جانی چاہیے۔"
    ),
    (
        "As a possible victim: not charging her for the begging, and offering referral with her "
        "informed consent"
    ): (
        "ممکنہ متاثرہ شخص کے طور پر: اس پر گداگری کا مقدمہ نہ بنائیں، اور اس کی باخبر رضامندی سے "
        "اسے ریفر کرنے کی پیشکش کریں"
    ),
    "Correct: the non-punishment principle and informed consent apply.": (
        "صحیح: عدم سزا کا اصول اور باخبر رضامندی لاگو ہوتے ہیں۔"
    ),
    "As an offender under the drive, because she is an adult and was not held by force": (
        "مہم کے تحت ایک ملزمہ کے طور پر، کیونکہ وہ بالغ ہے اور اسے زبردستی قید نہیں رکھا گیا"
    ),
    (
        "Threats against her children and a held identity card are coercion, even without physical "
        "force."
    ): (
        "اس کے بچوں کے بارے میں دھمکیاں اور قبضے میں رکھا گیا شناختی کارڈ جبر ہیں، چاہے جسمانی "
        "طاقت استعمال نہ ہوئی ہو۔"
    ),
    "Release her at the market with a warning, so that she can go home": (
        "اسے تنبیہ کر کے بازار ہی میں چھوڑ دیں، تاکہ وہ گھر جا سکے"
    ),
    "Releasing her where the man collects her could send her straight back to him; do no harm.": (
        "اسے وہیں چھوڑ دینا جہاں سے وہ آدمی اسے لے جاتا ہے، اسے سیدھا اسی کے پاس واپس بھیج سکتا "
        "ہے؛ کوئی نقصان نہ پہنچائیں۔"
    ),
    "Register a case against her first, and decide later whether she is a victim": (
        "پہلے اس کے خلاف مقدمہ درج کریں، اور بعد میں طے کریں کہ وہ متاثرہ ہے یا نہیں"
    ),
    (
        "When indicators appear, treat the person as a possible victim, not a suspect, until the "
        "facts are clear."
    ): (
        "جب علامات نظر آئیں تو حقائق واضح ہونے تک اس شخص کو مشتبہ نہیں بلکہ ممکنہ متاثرہ شخص "
        "سمجھیں۔"
    ),
    (
        "During a community visit in a city neighbourhood, an NGO worker hears about a girl of "
        "about 12 who was brought from a village by an agent to work in a family's house. "
        "Neighbours say she never leaves the house alone, does not go to school and sleeps in the "
        "storeroom. The lady of the house says the girl's wages are sent to her uncle in the "
        "village."
    ): (
        "شہر کے ایک محلے میں کمیونٹی دورے کے دوران ایک این جی او کارکن کو تقریباً 12 سال کی ایک "
        "لڑکی کے بارے میں پتا چلتا ہے، جسے ایک ایجنٹ گاؤں سے ایک خاندان کے گھر میں کام کے لیے لایا "
        "تھا۔ پڑوسی بتاتے ہیں کہ وہ کبھی اکیلی گھر سے باہر نہیں نکلتی، اسکول نہیں جاتی اور اسٹور "
        "روم میں سوتی ہے۔ گھر کی مالکن کہتی ہیں کہ لڑکی کی تنخواہ گاؤں میں اس کے چچا کو بھیجی جاتی "
        "ہے۔"
    ),
    "What is the best next step for the NGO worker?": (
        "این جی او کارکن کے لیے اگلا بہترین قدم کیا ہے؟"
    ),
    (
        "Several indicators of domestic servitude of a child are present, and for a child no means "
        "is needed. The NGO worker should record what was seen and heard and report it, so that "
        "the provincial police and the child protection bureau can respond in a planned way, with "
        "the best interests of the child first."
    ): (
        "ایک بچی کی گھریلو غلامی کی کئی علامات موجود ہیں، اور بچے کے معاملے میں کسی ذریعے کی ضرورت "
        "نہیں۔ این جی او کارکن کو چاہیے کہ جو دیکھا اور سنا اسے درج کرے اور اس کی اطلاع دے، تاکہ "
        "صوبائی پولیس اور چائلڈ پروٹیکشن بیورو منصوبہ بندی کے ساتھ کارروائی کریں اور بچی کا بہترین "
        "مفاد مقدم رہے۔"
    ),
    (
        "Write down what the neighbours and the lady of the house said, and report it so that the "
        "police and the child protection bureau can respond"
    ): (
        "پڑوسیوں اور گھر کی مالکن کی باتیں لکھ لیں، اور ان کی اطلاع دیں تاکہ پولیس اور چائلڈ "
        "پروٹیکشن بیورو کارروائی کر سکیں"
    ),
    (
        "Correct: record the facts and report them, so that a planned response centred on the "
        "child can follow."
    ): (
        "صحیح: حقائق درج کریں اور ان کی اطلاع دیں، تاکہ بچی کو مرکز میں رکھ کر منصوبہ بند کارروائی "
        "ہو سکے۔"
    ),
    "Go into the house, take the girl away at once and tell the family she is being rescued": (
        "گھر میں جا کر لڑکی کو فوراً ساتھ لے جائیں اور خاندان کو بتا دیں کہ اسے بچایا جا رہا ہے"
    ),
    (
        "Acting alone and without a plan can put the girl and you at risk; safety and coordination "
        "come first."
    ): (
        "اکیلے اور بغیر منصوبے کے کارروائی لڑکی اور آپ دونوں کو خطرے میں ڈال سکتی ہے؛ حفاظت اور "
        "رابطہ کاری سب سے پہلے ہیں۔"
    ),
    "Take no action, because her uncle agreed to the arrangement and receives her wages": (
        "کوئی کارروائی نہ کریں، کیونکہ اس کا چچا اس انتظام پر راضی ہے اور اس کی تنخواہ وصول کرتا ہے"
    ),
    (
        "She is a child, so no means is needed, and an adult's agreement does not make the "
        "arrangement acceptable."
    ): (
        "وہ بچی ہے، اس لیے کسی ذریعے کی ضرورت نہیں، اور کسی بالغ کی رضامندی اس انتظام کو جائز نہیں "
        "بناتی۔"
    ),
    "Ask the family to send the girl to school and check again in six months": (
        "خاندان سے کہیں کہ لڑکی کو اسکول بھیجیں، اور چھ مہینے بعد دوبارہ معلوم کریں"
    ),
    "This leaves a possible child victim where she is; the case needs to be reported now.": (
        "اس طرح ایک ممکنہ متاثرہ بچی وہیں رہ جاتی ہے؛ اس کیس کی ابھی اطلاع دینا ضروری ہے۔"
    ),
    (
        "You are a police officer accompanying a labour inspector at a brick kiln. A father tells "
        "you quietly that his family took a peshgi two years ago, that the manager now says they "
        "owe more than at the start, and that the manager keeps their identity cards. His two "
        "children, aged about 9 and 11, are moulding bricks during school hours. The manager is "
        "walking towards you."
    ): (
        "آپ ایک پولیس افسر ہیں اور ایک اینٹوں کے بھٹے پر لیبر انسپکٹر کے ساتھ ہیں۔ ایک باپ آہستہ "
        "سے آپ کو بتاتا ہے کہ اس کے خاندان نے دو سال پہلے پیشگی لی تھی، کہ منیجر اب کہتا ہے کہ ان "
        "پر شروع سے بھی زیادہ قرض ہے، اور یہ کہ منیجر نے ان کے شناختی کارڈ اپنے پاس رکھے ہیں۔ اس "
        "کے دو بچے، جن کی عمریں تقریباً 9 اور 11 سال ہیں، اسکول کے اوقات میں اینٹیں تھاپ رہے ہیں۔ "
        "منیجر آپ کی طرف آ رہا ہے۔"
    ),
    "Which of these steps are appropriate? Select all that apply.": (
        "ان میں سے کون سے اقدامات مناسب ہیں؟ تمام درست جوابات منتخب کریں۔"
    ),
    (
        "A growing debt, held documents and working children are indicators of debt bondage. This "
        "is possible trafficking within the country, for the provincial police, and the Bonded "
        "Labour System (Abolition) Act, 1992 is also relevant. Protect the father by not "
        "questioning him in front of the manager, record his words, report through your chain of "
        "command and involve the child protection bureau."
    ): (
        "بڑھتا ہوا قرض، قبضے میں رکھی گئی دستاویزات اور کام کرتے بچے قرض کی غلامی کی علامات ہیں۔ "
        "یہ ملک کے اندر ممکنہ ٹریفکنگ ہے جس پر صوبائی پولیس کارروائی کرتی ہے، اور بانڈڈ لیبر سسٹم "
        "(خاتمہ) ایکٹ، 1992 بھی متعلقہ ہے۔ منیجر کے سامنے باپ سے سوال نہ کر کے اسے محفوظ رکھیں، اس "
        "کے الفاظ درج کریں، اپنے افسرانِ بالا کے ذریعے رپورٹ کریں اور چائلڈ پروٹیکشن بیورو کو شامل "
        "کریں۔"
    ),
    "Stop questioning the father while the manager can hear": (
        "جب تک منیجر سن سکتا ہو، باپ سے سوال نہ کریں"
    ),
    "Correct: speaking in front of the manager could put the family at risk.": (
        "صحیح: منیجر کے سامنے بات کرنا خاندان کو خطرے میں ڈال سکتا ہے۔"
    ),
    (
        "Note what the father said in his own words, and report it promptly through your chain of "
        "command"
    ): (
        "باپ نے جو کہا اسے اس کے اپنے الفاظ میں نوٹ کریں، اور اپنے افسرانِ بالا کے ذریعے فوراً رپورٹ "
        "کریں"
    ),
    "Correct: a factual record and a prompt report start the response.": (
        "صحیح: حقائق پر مبنی ریکارڈ اور فوری رپورٹ سے کارروائی کا آغاز ہوتا ہے۔"
    ),
    "Involve the child protection bureau for the working children": (
        "کام کرنے والے بچوں کے لیے چائلڈ پروٹیکشن بیورو کو شامل کریں"
    ),
    "Correct: child victims are referred to the child protection bureau.": (
        "صحیح: متاثرہ بچوں کو چائلڈ پروٹیکشن بیورو کے پاس ریفر کیا جاتا ہے۔"
    ),
    "Demand the identity cards from the manager on the spot and tell him he is under suspicion": (
        "موقع پر ہی منیجر سے شناختی کارڈ طلب کریں اور اسے بتا دیں کہ وہ مشتبہ ہے"
    ),
    (
        "Confronting the manager now could expose the father who spoke to you; plan a follow-up "
        "visit instead."
    ): (
        "ابھی منیجر سے الجھنا اس باپ کو بے نقاب کر سکتا ہے جس نے آپ سے بات کی؛ اس کے بجائے اگلے "
        "دورے کی منصوبہ بندی کریں۔"
    ),
    "Take no action, because the family accepted the advance voluntarily": (
        "کوئی کارروائی نہ کریں، کیونکہ خاندان نے پیشگی اپنی مرضی سے لی تھی"
    ),
    (
        "Agreeing to an advance is not agreeing to bondage; where a means was used, consent is "
        "irrelevant."
    ): (
        "پیشگی لینے پر رضامندی غلامی پر رضامندی نہیں؛ جہاں کوئی ذریعہ استعمال ہوا ہو، وہاں رضامندی "
        "غیر متعلق ہے۔"
    ),
    (
        "At an airport immigration counter, an officer sees a man travelling abroad with a girl "
        "who looks about 15. He says she is his wife and that they are going to join his family. "
        "He holds both passports, answers every question for her and becomes impatient when the "
        "officer speaks to her."
    ): (
        "ہوائی اڈے کے امیگریشن کاؤنٹر پر ایک افسر ایک آدمی کو دیکھتا ہے جو ایک لڑکی کے ساتھ بیرونِ "
        "ملک جا رہا ہے، جو تقریباً 15 سال کی لگتی ہے۔ آدمی کہتا ہے کہ یہ اس کی بیوی ہے اور وہ دونوں "
        "اس کے گھر والوں کے پاس جا رہے ہیں۔ دونوں پاسپورٹ اسی کے پاس ہیں، وہ لڑکی کی طرف سے ہر "
        "سوال کا جواب دیتا ہے اور جب افسر لڑکی سے بات کرتا ہے تو بے چین ہو جاتا ہے۔"
    ),
    (
        "She appears to be under 18, the man answers for her and holds her passport, and child "
        "marriage can be a route into exploitation. Treat her as a possible child victim: speak to "
        "her away from the man, with an independent interpreter if needed, do not hand her back to "
        "him, and involve the child protection bureau."
    ): (
        "وہ 18 سال سے کم عمر لگتی ہے، آدمی اس کی طرف سے جواب دیتا ہے اور اس کا پاسپورٹ اپنے پاس "
        "رکھتا ہے، اور کم عمری کی شادی استحصال کا راستہ ہو سکتی ہے۔ اسے ممکنہ متاثرہ بچی سمجھیں: "
        "اس سے آدمی سے الگ بات کریں، ضرورت ہو تو غیر جانبدار ترجمان کے ساتھ، اسے واپس اس آدمی کے "
        "حوالے نہ کریں، اور چائلڈ پروٹیکشن بیورو کو شامل کریں۔"
    ),
    "Speak to the girl away from the man, in private, with a female officer if possible": (
        "لڑکی سے آدمی سے الگ، علیحدگی میں بات کریں، ممکن ہو تو کسی خاتون افسر کے ساتھ"
    ),
    "Correct: she cannot speak freely while he is present.": (
        "صحیح: اس آدمی کی موجودگی میں وہ کھل کر بات نہیں کر سکتی۔"
    ),
    "Use an interpreter with no link to the man, if one is needed": (
        "ضرورت ہو تو ایسا ترجمان رکھیں جس کا اس آدمی سے کوئی تعلق نہ ہو"
    ),
    "Correct: the interpreter must be independent of the suspect.": (
        "صحیح: ترجمان کا مشتبہ شخص سے کوئی تعلق نہیں ہونا چاہیے۔"
    ),
    "Treat her as a possible child victim and involve the child protection bureau": (
        "اسے ممکنہ متاثرہ بچی سمجھیں اور چائلڈ پروٹیکشن بیورو کو شامل کریں"
    ),
    "Correct: she appears to be under 18, so the best interests of the child come first.": (
        "صحیح: وہ 18 سال سے کم عمر لگتی ہے، اس لیے بچی کا بہترین مفاد سب سے مقدم ہے۔"
    ),
    "Let them board, since marriage is a private family matter": (
        "انہیں سوار ہونے دیں، کیونکہ شادی ایک نجی خاندانی معاملہ ہے"
    ),
    "Child marriage can be a route into exploitation, and several indicators are present.": (
        "کم عمری کی شادی استحصال کا راستہ ہو سکتی ہے، اور یہاں کئی علامات موجود ہیں۔"
    ),
    "Question the girl in front of the man, so that he cannot later say she was pressured": (
        "لڑکی سے اس آدمی کے سامنے سوال کریں، تاکہ بعد میں وہ یہ نہ کہہ سکے کہ لڑکی پر دباؤ ڈالا گیا"
    ),
    "In front of him she is unlikely to speak freely, and it may put her at risk later.": (
        "اس کے سامنے لڑکی کا کھل کر بات کرنا مشکل ہے، اور اس سے وہ بعد میں خطرے میں پڑ سکتی ہے۔"
    ),
    (
        "Police find a 30-year-old woman who was kept for two years as an unpaid domestic worker "
        "in a city house. She has minor injuries. She thanks the officers but says she does not "
        "want to go to a Dar-ul-Aman; she wants to stay with her sister, who lives in the same "
        "city."
    ): (
        "پولیس کو ایک 30 سالہ خاتون ملتی ہے جسے دو سال تک شہر کے ایک گھر میں بغیر تنخواہ گھریلو "
        "ملازمہ کے طور پر رکھا گیا۔ اسے معمولی چوٹیں آئی ہیں۔ وہ اہلکاروں کا شکریہ ادا کرتی ہے "
        "لیکن کہتی ہے کہ وہ دارالامان نہیں جانا چاہتی؛ وہ اپنی بہن کے پاس رہنا چاہتی ہے جو اسی شہر "
        "میں رہتی ہے۔"
    ),
    "What should the officers do?": "اہلکاروں کو کیا کرنا چاہیے؟",
    (
        "An adult decides whether to accept referral. Explain the options in her language, respect "
        "her choice, check that staying with her sister is safe, offer medical care and legal aid, "
        "and record her consent or refusal."
    ): (
        "بالغ شخص خود فیصلہ کرتا ہے کہ ریفر کیا جانا قبول کرے یا نہیں۔ اس کی زبان میں دستیاب راستے "
        "سمجھائیں، اس کے فیصلے کا احترام کریں، دیکھیں کہ بہن کے پاس رہنا محفوظ ہے، طبی نگہداشت اور "
        "قانونی امداد کی پیشکش کریں، اور اس کی رضامندی یا انکار کو درج کریں۔"
    ),
    (
        "Respect her choice, check that her sister's home is safe, and offer medical care and "
        "legal aid with her informed consent"
    ): (
        "اس کے فیصلے کا احترام کریں، دیکھیں کہ بہن کا گھر محفوظ ہے، اور اس کی باخبر رضامندی سے طبی "
        "نگہداشت اور قانونی امداد کی پیشکش کریں"
    ),
    "Correct: informed consent, safety and other help go together.": (
        "صحیح: باخبر رضامندی، حفاظت اور دیگر مدد ساتھ ساتھ چلتی ہیں۔"
    ),
    "Place her in the Dar-ul-Aman anyway, because it is safer": (
        "پھر بھی اسے دارالامان بھیج دیں، کیونکہ وہاں وہ زیادہ محفوظ ہو گی"
    ),
    "An adult decides whether to accept referral to a shelter, medical care or legal aid.": (
        "بالغ شخص خود فیصلہ کرتا ہے کہ پناہ گاہ، طبی نگہداشت یا قانونی امداد کے لیے ریفر کیا جانا "
        "قبول کرے یا نہیں۔"
    ),
    "Tell her that the case can only go ahead if she goes to the shelter": (
        "اسے بتائیں کہ کیس صرف اسی صورت میں آگے بڑھ سکتا ہے کہ وہ پناہ گاہ جائے"
    ),
    "Making the case depend on going to the shelter is pressure, not informed consent.": (
        "کیس کو پناہ گاہ جانے سے مشروط کرنا دباؤ ہے، باخبر رضامندی نہیں۔"
    ),
    "Drop her at her sister's house and close the file, since she has refused help": (
        "اسے بہن کے گھر چھوڑ کر فائل بند کر دیں، کیونکہ اس نے مدد سے انکار کر دیا ہے"
    ),
    (
        "She refused one kind of help, not all help; she may still need medical care and legal "
        "advice."
    ): (
        "اس نے ایک طرح کی مدد سے انکار کیا ہے، ہر مدد سے نہیں؛ اسے اب بھی طبی نگہداشت اور قانونی "
        "مشورے کی ضرورت ہو سکتی ہے۔"
    ),
    (
        "In migrant smuggling the relationship with the smuggler usually ends on arrival, "
        "while in trafficking the exploitation goes on."
    ): (
        "تارکینِ وطن کی اسمگلنگ میں اسمگلر سے تعلق عموماً منزل پر پہنچ کر ختم ہو جاتا ہے، "
        "جبکہ ٹریفکنگ میں استحصال جاری رہتا ہے۔"
    ),
    (
        "A smuggler is paid to move a migrant across a border and the deal ends there. A "
        "trafficker moves or holds a person in order to exploit them, so the exploitation "
        "continues after the journey."
    ): (
        "اسمگلر کو کسی تارکِ وطن کو سرحد پار کرانے کے پیسے ملتے ہیں اور سودا وہیں ختم ہو جاتا ہے۔ "
        "ٹریفکر کسی شخص کو استحصال کے لیے منتقل کرتا یا اپنے پاس رکھتا ہے، اس لیے سفر کے بعد بھی "
        "استحصال جاری رہتا ہے۔"
    ),
    "Correct: what happens after arrival is one of the clearest differences.": (
        "درست: منزل پر پہنچنے کے بعد کیا ہوتا ہے، یہی سب سے واضح فرقوں میں سے ایک ہے۔"
    ),
    "Smuggling usually ends at the destination; trafficking does not.": (
        "اسمگلنگ عموماً منزل پر ختم ہو جاتی ہے؛ ٹریفکنگ ختم نہیں ہوتی۔"
    ),
    (
        "Which law applies, besides the trafficking law, when a person is trafficked for the "
        "removal of a kidney?"
    ): (
        "جب کسی شخص کو گردہ نکالنے کے لیے ٹریفک کیا جائے تو ٹریفکنگ کے قانون کے علاوہ کون سا قانون "
        "لاگو ہوتا ہے؟"
    ),
    (
        "The Transplantation of Human Organs and Tissues Act, 2010 deals with the removal of "
        "and trade in organs. The Bonded Labour System (Abolition) Act, 1992 is about bonded "
        "labour, and the smuggling law is about crossing borders illegally."
    ): (
        "انسانی اعضا اور بافتوں کی پیوندکاری کا ایکٹ، 2010 اعضا نکالنے اور ان کی تجارت "
        "سے متعلق ہے۔ "
        "بانڈڈ لیبر سسٹم (خاتمہ) ایکٹ، 1992 قرض کے بدلے جبری مشقت کے بارے میں ہے، اور اسمگلنگ کا "
        "قانون غیر قانونی طور پر سرحد پار کرنے کے بارے میں ہے۔"
    ),
    "The Transplantation of Human Organs and Tissues Act, 2010": (
        "انسانی اعضا اور بافتوں کی پیوندکاری کا ایکٹ، 2010"
    ),
    "Correct: it covers the removal of and trade in organs.": (
        "درست: یہ اعضا نکالنے اور ان کی تجارت کا احاطہ کرتا ہے۔"
    ),
    "The Bonded Labour System (Abolition) Act, 1992": "بانڈڈ لیبر سسٹم (خاتمہ) ایکٹ، 1992",
    "That act is about labour held by debt, such as peshgi in brick kilns.": (
        "یہ ایکٹ قرض کے بدلے مشقت کے بارے میں ہے، جیسے بھٹوں پر پیشگی۔"
    ),
    "The Prevention of Smuggling of Migrants Act, 2018": ("انسدادِ تارکینِ وطن اسمگلنگ ایکٹ، 2018"),
    "That act is about moving migrants across a border illegally.": (
        "یہ ایکٹ تارکینِ وطن کو غیر قانونی طور پر سرحد پار کرانے کے بارے میں ہے۔"
    ),
    "How should a possible victim of trafficking be interviewed?": (
        "ٹریفکنگ کے ممکنہ متاثرہ شخص کا انٹرویو کیسے کیا جانا چاہیے؟"
    ),
    (
        "Each interview makes the person live through what happened again. Do no harm: speak "
        "in private and calmly, with an interpreter who has no link to the suspects, and only "
        "as often as needed."
    ): (
        "ہر انٹرویو میں متاثرہ شخص کو جو کچھ گزرا وہ دوبارہ جھیلنا پڑتا ہے۔ نقصان نہ پہنچائیں: "
        "علیحدگی میں اور سکون سے بات کریں، ایسے مترجم کے ساتھ جس کا ملزمان سے کوئی تعلق نہ ہو، اور "
        "صرف اتنی بار جتنا ضروری ہو۔"
    ),
    "In private and calmly, and only as often as needed": (
        "علیحدگی میں اور سکون سے، اور صرف اتنی بار جتنا ضروری ہو"
    ),
    "Correct: this protects the person and what they tell you.": (
        "درست: اس سے اس شخص کی بھی حفاظت ہوتی ہے اور اس کی بتائی ہوئی بات کی بھی۔"
    ),
    "Many times, so that any change in the story shows": (
        "کئی بار، تاکہ کہانی میں کوئی تبدیلی ہو تو سامنے آ جائے"
    ),
    "Repeated interviews harm the person; fear and trauma change stories.": (
        "بار بار انٹرویو اس شخص کو نقصان پہنچاتے ہیں؛ خوف اور صدمہ کہانی بدل دیتے ہیں۔"
    ),
    "In front of the employer who brought them, to save time": (
        "وقت بچانے کے لیے اسی مالک کے سامنے جو انہیں لایا ہے"
    ),
    "The person cannot speak freely in front of someone who may control them.": (
        "جو شخص اس پر قابو رکھتا ہو، اس کے سامنے وہ کھل کر بات نہیں کر سکتا۔"
    ),
    (
        'A factory owner keeps his workers\' identity cards "for safe keeping". This is an '
        "indicator worth noting."
    ): (
        'ایک فیکٹری کا مالک اپنے مزدوروں کے شناختی کارڈ "حفاظت کے لیے" اپنے پاس رکھتا ہے۔ یہ ایک '
        "ایسی علامت ہے جسے نوٹ کرنا چاہیے۔"
    ),
    (
        "Someone else holding a person's identity documents is a common indicator: without "
        "them the person cannot leave, travel or ask for help easily. Look for other "
        "indicators too."
    ): (
        "کسی شخص کی شناختی دستاویزات کسی اور کے پاس ہونا ایک عام علامت ہے: ان کے بغیر وہ آسانی سے "
        "نہ جا سکتا ہے، نہ سفر کر سکتا ہے اور نہ مدد مانگ سکتا ہے۔ دوسری علامات بھی دیکھیں۔"
    ),
    "Correct: note it, and look for other indicators.": (
        "درست: اسے نوٹ کریں، اور دوسری علامات بھی دیکھیں۔"
    ),
    "Holding someone's documents is one of the indicators, whatever the reason given.": (
        "کسی کی دستاویزات اپنے پاس رکھنا علامات میں سے ایک ہے، وجہ چاہے کچھ بھی بتائی جائے۔"
    ),
    "Before you refer an adult victim to a shelter, what do you need from them?": (
        "کسی بالغ متاثرہ شخص کو پناہ گاہ ریفر کرنے سے پہلے آپ کو اس سے کیا چاہیے؟"
    ),
    (
        "Referral is done with the person, not to them: explain the services in words they "
        "understand and ask for their informed consent. A complaint is not a condition for "
        "help."
    ): (
        "ریفرل اس شخص کے ساتھ مل کر کیا جاتا ہے، اس پر مسلط نہیں کیا جاتا: خدمات ایسے الفاظ میں "
        "سمجھائیں جو وہ سمجھ سکے، اور اس کی باخبر رضامندی لیں۔ مدد کے لیے شکایت درج کرانا شرط نہیں۔"
    ),
    "Their informed consent, after you explain what the shelter offers": (
        "پناہ گاہ کی سہولتیں سمجھانے کے بعد اس کی باخبر رضامندی"
    ),
    "Correct: an adult decides, once they understand the choice.": (
        "درست: بالغ شخص انتخاب کو سمجھ کر خود فیصلہ کرتا ہے۔"
    ),
    "A written complaint against the trafficker": "ٹریفکر کے خلاف تحریری شکایت",
    "Help must not depend on a complaint; many victims are too afraid at first.": (
        "مدد شکایت سے مشروط نہیں ہونی چاہیے؛ بہت سے متاثرین شروع میں بہت خوفزدہ ہوتے ہیں۔"
    ),
    "Permission from the person who employs them": "اس شخص کی اجازت جو اسے ملازم رکھے ہوئے ہے",
    "The employer may be the exploiter; never ask them.": (
        "ہو سکتا ہے مالک ہی استحصال کرنے والا ہو؛ اس سے کبھی اجازت نہ لیں۔"
    ),
}

QUIZZES = {
    "practice_indicators": [
        "indicators-brick-kiln-peshgi",
        "indicators-forced-begging",
        "indicators-one-sign-not-proof",
        "indicators-airport-job-abroad",
        "indicators-false-job-offer-stages",
    ],
    "pre_test": [
        "definition-three-elements",
        "definition-child-no-means",
        "smuggling-no-border-needed",
        "indicators-general",
        "victim-independent-interpreter",
        "law-2018-acts",
    ],
    # The final assessment draws its questions at random from the whole bank.
    "final": [],
}
