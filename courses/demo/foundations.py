"""Demo course: "Recognising and responding to trafficking in persons — foundations".

Written for this project as demo content for police, prosecutors and government officials in
Pakistan, from the facts in the project's domain brief. The legal references and the division
of responsibilities between authorities are a training summary: check them against the current
law and official procedures before a real deployment publishes this course. No hotline numbers,
addresses or office names appear here on purpose; a deployment configures those.

``COURSE`` is plain data (no Django imports): course fields, then modules, each with ordered
steps whose ``body`` is a list of ``(block_type, value)`` StreamField tuples. ``UR`` maps every
translatable English string (rich-text strings are split per ``<p>`` and ``<li>``) to its Urdu
translation, for wagtail-localize.
"""

COURSE = {
    "slug": "recognising-and-responding-to-trafficking-foundations",
    "title": "Recognising and responding to trafficking in persons — foundations",
    "summary": (
        "An introductory course for police, prosecutors and officials in Pakistan on what "
        "trafficking in persons is, how to recognise it, how to respond to victims and how to "
        "report and refer cases."
    ),
    "audiences": [
        "law_enforcement",
        "prosecutors_judiciary",
        "government_officials",
    ],
    "topics": [
        "definition",
        "smuggling",
        "indicators",
        "victim-support",
        "law-and-reporting",
        "referral",
    ],
    "level": "introductory",
    "duration_minutes": 75,
    "certificate": True,
    "certificate_valid_months": 24,
    "public": False,
    "objectives": [
        (
            "Explain the three elements of trafficking in persons, and why no means is needed "
            "when the victim is a child."
        ),
        (
            "Distinguish trafficking in persons from migrant smuggling, and recognise when a "
            "smuggled migrant has become a victim."
        ),
        "Recognise indicators of trafficking in the forms seen in Pakistan.",
        (
            "Respond to a possible victim in a safe, victim-centred way that respects informed "
            "consent, confidentiality and the best interests of the child."
        ),
        (
            "Report cases to the right authority under Pakistan's laws, refer victims to services "
            "and record what you saw."
        ),
    ],
    "cover_alt": "",
    "modules": [
        {
            "title": "Understanding trafficking in persons",
            "steps": [
                {
                    "slug": "what-trafficking-is",
                    "title": "What trafficking in persons is",
                    "minutes": 12,
                    "intro": (
                        "The three elements of the international definition, and how they apply "
                        "to adults and to children."
                    ),
                    "body": [
                        (
                            "paragraph",
                            (
                                "<p>Police officers, prosecutors, officials and NGO workers in "
                                "Pakistan meet victims of trafficking in persons more often than "
                                "they realise: at a brick kiln, a bus terminal, an airport, a "
                                "private home or a busy road junction. Victims rarely introduce "
                                "themselves as victims. To recognise them, you first need a clear "
                                "idea of what trafficking is and what it is not.</p>"
                                "<p>A two-day conference held in Islamabad in 2022 on reducing "
                                "trafficking in persons and on referring more victims directly to "
                                "services heard that trafficking falls hardest on women and "
                                "children, and that poverty, illiteracy and weak law and order "
                                "make it easier. It called for better understanding among law "
                                "enforcers, government officials and civil society. This course "
                                "is one answer to that call.</p>"
                                "<p>The internationally agreed definition comes from the United "
                                "Nations Trafficking Protocol of 2000, often called the Palermo "
                                "Protocol. Everything else in this course builds on it.</p>"
                            ),
                        ),
                        (
                            "heading",
                            {
                                "text": "Three elements: act, means, purpose",
                                "level": "h2",
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<p>For an adult victim, trafficking in persons requires three "
                                "elements, all present together.</p>"
                                "<ul>"
                                "<li>The act, or what is done: the recruitment, transportation, "
                                "transfer, harbouring or receipt of a person.</li>"
                                "<li>The means, or how it is done: the threat or use of force or "
                                "other forms of coercion, abduction, fraud, deception, the abuse "
                                "of power or of a position of vulnerability, or giving payments "
                                "to someone who has control over the victim.</li>"
                                "<li>The purpose, or why it is done: exploitation. This includes "
                                "at least sexual exploitation, forced labour or services, slavery "
                                "or practices similar to slavery, servitude and the removal of "
                                "organs.</li>"
                                "</ul>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Each element can look ordinary on the surface. The act may be "
                                "nothing more than a recruiter offering a job in another city, or "
                                "a relative taking a girl to work in a household. The means are "
                                "often quiet rather than violent: a false promise of wages, an "
                                "advance that can never be repaid, or a threat to report someone "
                                "to the authorities. Abuse of a position of vulnerability covers "
                                "situations in which the person feels they have no real choice "
                                "but to submit, for example because of extreme poverty, debt or "
                                "isolation.</p>"
                                "<p>The purpose is what turns movement or employment into "
                                "trafficking. The definition speaks of what the act and the means "
                                "were aimed at. A person can therefore be a victim even if they "
                                "are found before the exploitation has begun, for example while "
                                "still on the way to the place where they were to be "
                                "exploited.</p>"
                            ),
                        ),
                        (
                            "heading",
                            {
                                "text": "Children: no means are needed",
                                "level": "h2",
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<p>A child is anyone under 18 years of age. When the person is a "
                                "child, only two elements are needed: an act and the purpose of "
                                "exploitation. You do not need to show force, fraud or any other "
                                "means. A boy recruited to beg at traffic signals, or a girl "
                                "placed in a household to work without pay or schooling, may be a "
                                "victim of trafficking even if the parents agreed and no one was "
                                "threatened.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "note",
                                "title": "Why children are treated differently",
                                "body": (
                                    "<p>Children cannot give meaningful agreement to their own "
                                    "exploitation, so the definition protects them whatever the "
                                    "circumstances of their recruitment. If you are not sure "
                                    "whether a person is under 18, treat them as a child until "
                                    "their age has been established, and keep the best interests "
                                    "of the child first.</p>"
                                ),
                            },
                        ),
                        (
                            "heading",
                            {
                                "text": "Consent is irrelevant when any means was used",
                                "level": "h2",
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Suspects, and sometimes their families or lawyers, often "
                                "argue that the victim agreed. A woman may have accepted a job "
                                "abroad; a man may have taken an advance at a kiln. Under the "
                                "definition, where any of the means was used, that agreement does "
                                "not count. Consent obtained by deception, by taking advantage of "
                                "someone's poverty or by threats is not real consent.</p>"
                                "<p>A man who agreed to work as a cook, but was then locked in "
                                "and made to work without pay, never agreed to be exploited. His "
                                "earlier agreement does not protect the people who deceived "
                                "him.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Do not close a case because the person agreed",
                                "body": (
                                    "<p>Statements such as 'she came willingly' or 'he took the "
                                    "money' are not a reason to close a case. Ask how the "
                                    "agreement was obtained, what the person was told, and what "
                                    "happened afterwards.</p>"
                                ),
                            },
                        ),
                        (
                            "heading",
                            {
                                "text": "Applying the definition",
                                "level": "h3",
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<p>A recruiter visits a village and tells a family that their "
                                "15-year-old son will earn good wages in a workshop in the city. "
                                "The boy is taken there by bus: that is the act. On arrival he "
                                "works long hours, sleeps at the workshop and is paid nothing: "
                                "that is the purpose, forced labour. Because he is a child, no "
                                "means has to be shown. If he were 20 years old, the recruiter's "
                                "false promise of wages would be the means, deception, and the "
                                "case would still be trafficking.</p>"
                            ),
                        ),
                        (
                            "takeaways",
                            {
                                "title": "Key points",
                                "items": [
                                    (
                                        "For an adult, trafficking in persons needs an act, a "
                                        "means and the purpose of exploitation."
                                    ),
                                    (
                                        "For a child under 18, an act and the purpose of "
                                        "exploitation are enough; no means is needed."
                                    ),
                                    "Where any means was used, the victim's consent is irrelevant.",
                                    (
                                        "Exploitation includes at least sexual exploitation, "
                                        "forced labour or services, slavery and similar "
                                        "practices, servitude and the removal of organs."
                                    ),
                                ],
                            },
                        ),
                    ],
                },
                {
                    "slug": "trafficking-and-smuggling",
                    "title": "Trafficking in persons and migrant smuggling",
                    "minutes": 9,
                    "intro": (
                        "How trafficking differs from migrant smuggling, and how a smuggled "
                        "migrant can become a victim."
                    ),
                    "body": [
                        (
                            "paragraph",
                            (
                                "<p>Trafficking in persons and the smuggling of migrants are "
                                "often confused, in the media and sometimes in official work. "
                                "Both may involve travel, agents, payments and irregular routes. "
                                "But they are different crimes, and Pakistan has a separate "
                                "federal law for each: the Prevention of Trafficking in Persons "
                                "Act, 2018 and the Prevention of Smuggling of Migrants Act, "
                                "2018.</p>"
                                "<p>Getting the distinction right decides how a person is "
                                "treated: as a victim who needs protection, or as a migrant who "
                                "took part in an irregular journey. A mistake in either direction "
                                "has consequences. A victim wrongly treated as a smuggled migrant "
                                "may be punished and sent back into the hands of traffickers.</p>"
                            ),
                        ),
                        (
                            "heading",
                            {
                                "text": "Four differences",
                                "level": "h2",
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Four questions help you tell the two crimes apart.</p>"
                                "<ul>"
                                "<li>Consent. A smuggled migrant agrees to be moved. In "
                                "trafficking there is no consent, or the apparent consent was "
                                "obtained by threats, deception or another of the means.</li>"
                                "<li>Border. Smuggling always involves crossing a border "
                                "illegally. Trafficking does not need a border at all: it can "
                                "happen entirely inside one district.</li>"
                                "<li>After arrival. In smuggling, the relationship with the "
                                "smuggler ends when the migrant arrives. In trafficking, the "
                                "exploitation continues after arrival, because exploitation is "
                                "the whole purpose.</li>"
                                "<li>Offence against. Smuggling is an offence against the state, "
                                "whose border rules are broken. Trafficking is an offence against "
                                "the person who is exploited.</li>"
                                "</ul>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<p>A simple way to remember it: the smuggler is paid for a "
                                "crossing and then the relationship is over; the trafficker keeps "
                                "control of the person in order to go on profiting from them.</p>"
                            ),
                        ),
                        (
                            "heading",
                            {
                                "text": "When smuggling turns into trafficking",
                                "level": "h2",
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<p>The line between the two can be crossed during a journey. A "
                                "young man who pays an agent to take him abroad is a smuggled "
                                "migrant at the start. If, on the way or on arrival, the agent "
                                "takes his passport, tells him he owes far more than was agreed "
                                "and makes him work without pay until this 'debt' is cleared, he "
                                "has become a victim of trafficking. The same can happen to women "
                                "and children who travel with smugglers.</p>"
                                "<p>For this reason, never assume that a person is only a "
                                "smuggled migrant because they paid an agent or agreed to travel. "
                                "Ask what happened on the route and after arrival, and look at "
                                "who controls the person now.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "red_flag",
                                "title": "Signs that a smuggling case may be trafficking",
                                "body": (
                                    "<ul>"
                                    "<li>The person's passport or identity documents were taken "
                                    "by the agent or the employer.</li>"
                                    "<li>The fee for the journey keeps growing, or must be worked "
                                    "off.</li>"
                                    "<li>The person is not free to leave, to move alone or to "
                                    "contact their family.</li>"
                                    "<li>The agent or the agent's contacts still control the "
                                    "person after arrival.</li>"
                                    "</ul>"
                                ),
                            },
                        ),
                        (
                            "heading",
                            {
                                "text": "Why the difference matters in practice",
                                "level": "h3",
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<p>The distinction shapes the whole response. A victim of "
                                "trafficking should be protected and referred to services, and "
                                "should not be punished for offences they were compelled to "
                                "commit, such as travelling on a false document. A smuggled "
                                "migrant has also been exposed to danger and must be treated with "
                                "dignity, but the case is handled as a smuggling offence.</p>"
                                "<p>Cross-border cases of both kinds are led by the Federal "
                                "Investigation Agency (FIA). When trafficking happens within the "
                                "country, the provincial police respond. The lesson "
                                '"Reporting and referral in Pakistan", later in this course, '
                                "explains reporting and referral in more detail.</p>"
                            ),
                        ),
                        (
                            "takeaways",
                            {
                                "title": "Key points",
                                "items": [
                                    (
                                        "Smuggling is agreed movement across a border; "
                                        "trafficking is the exploitation of a person, with or "
                                        "without any border."
                                    ),
                                    (
                                        "Smuggling ends on arrival; in trafficking the "
                                        "exploitation continues after arrival."
                                    ),
                                    (
                                        "Smuggling is an offence against the state; trafficking "
                                        "is an offence against the person."
                                    ),
                                    (
                                        "A smuggled migrant can become a victim of trafficking on "
                                        "the way or on arrival, so always ask what happened next."
                                    ),
                                ],
                            },
                        ),
                    ],
                },
            ],
        },
        {
            "title": "Recognising and responding",
            "steps": [
                {
                    "slug": "indicators-in-different-settings",
                    "title": "Indicators in different settings",
                    "minutes": 14,
                    "intro": (
                        "The signs of trafficking in the forms seen in Pakistan, from brick kilns "
                        "to false job offers abroad."
                    ),
                    "body": [
                        (
                            "paragraph",
                            (
                                "<p>Victims rarely describe themselves as trafficked. Many do not "
                                "know the word, fear the authorities or believe they are to "
                                "blame. Indicators are signs that, taken together, suggest a "
                                "person may be a victim. One indicator alone proves nothing; "
                                "several together are a reason to look more closely and to act "
                                "carefully.</p>"
                            ),
                        ),
                        (
                            "indicators",
                            {
                                "title": "General indicators of trafficking in persons",
                                "intro": (
                                    "A person may be a victim of trafficking when several of "
                                    "these signs appear together. Note what you observe; do not "
                                    "try to prove the case on the spot."
                                ),
                                "items": [
                                    {
                                        "indicator": "Someone else holds their identity documents",
                                        "explanation": (
                                            "An employer, agent or so-called guardian keeps the "
                                            "person's identity card or passport, so that they "
                                            "cannot travel, look for other work or prove who they "
                                            "are."
                                        ),
                                    },
                                    {
                                        "indicator": "A debt that grows instead of shrinking",
                                        "explanation": (
                                            "Deductions for food, housing, transport or fines "
                                            "keep the person in debt however long they work."
                                        ),
                                    },
                                    {
                                        "indicator": "Not free to leave or to move alone",
                                        "explanation": (
                                            "Doors are locked, someone always goes with them, or "
                                            "they have been told that they or their family will "
                                            "suffer if they leave."
                                        ),
                                    },
                                    {
                                        "indicator": "Someone else answers for them",
                                        "explanation": (
                                            "A companion insists on speaking for the person, or "
                                            "the person looks at someone else before answering."
                                        ),
                                    },
                                    {
                                        "indicator": "Scripted or inconsistent stories",
                                        "explanation": (
                                            "Answers sound rehearsed, match word for word those "
                                            "of others in the group, or change when you ask for "
                                            "details."
                                        ),
                                    },
                                    {
                                        "indicator": "Does not know their address or employer",
                                        "explanation": (
                                            "The person cannot say where they live or work, or "
                                            "who their employer is."
                                        ),
                                    },
                                    {
                                        "indicator": "Signs of injury, malnutrition or neglect",
                                        "explanation": (
                                            "Untreated injuries, exhaustion, hunger or poor "
                                            "health, with no believable explanation."
                                        ),
                                    },
                                    {
                                        "indicator": (
                                            "Lives at the workplace, with little or no pay"
                                        ),
                                        "explanation": (
                                            "The person sleeps where they work, and wages are "
                                            "withheld, paid to someone else or far below what was "
                                            "promised."
                                        ),
                                    },
                                    {
                                        "indicator": "Fear of the police or of deportation",
                                        "explanation": (
                                            "The person is afraid of the authorities, often "
                                            "because they have been told they will be arrested, "
                                            "punished or sent away."
                                        ),
                                    },
                                    {
                                        "indicator": (
                                            "A child out of school, working or travelling with "
                                            "unrelated adults"
                                        ),
                                        "explanation": (
                                            "A child who should be in school is working, begging "
                                            "or travelling with adults who are not their parents "
                                            "or guardians."
                                        ),
                                    },
                                ],
                            },
                        ),
                        (
                            "heading",
                            {
                                "text": "Brick kilns and agriculture: peshgi and debt bondage",
                                "level": "h2",
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Bonded labour in brick kilns and in agriculture is one of the "
                                "forms of exploitation found in Pakistan. It usually begins with "
                                "an advance, known as peshgi, given to a worker or to a whole "
                                "family. The advance is to be repaid through work, but deductions "
                                "and new advances mean that it never clears. The Bonded Labour "
                                "System (Abolition) Act, 1992 abolished this system.</p>"
                                "<p>Look for:</p>"
                                "<ul>"
                                "<li>families who say they cannot leave until the advance is "
                                "repaid;</li>"
                                "<li>an employer or middleman who keeps the accounts, while the "
                                "workers do not know how much they owe;</li>"
                                "<li>identity cards held by the owner, the manager or a "
                                "middleman;</li>"
                                "<li>whole families, including young children, working long hours "
                                "for little or no cash.</li>"
                                "</ul>"
                            ),
                        ),
                        (
                            "heading",
                            {
                                "text": "Domestic work, including children",
                                "level": "h2",
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Domestic servitude happens behind closed doors. Workers, "
                                "often women and girls and sometimes young boys, may be brought "
                                "to city households through relatives or agents. Watch for a "
                                "worker who never leaves the house alone, has no day off, is not "
                                "paid or whose pay goes to someone else, sleeps in a kitchen or "
                                "storeroom, shows signs of injury or neglect, or is a child who "
                                "should be in school.</p>"
                            ),
                        ),
                        (
                            "heading",
                            {
                                "text": "Commercial sexual exploitation",
                                "level": "h2",
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Women and children may be recruited with false promises of a "
                                "job, of marriage or of a better life, and then exploited in "
                                "prostitution. Forced and child marriage is also used as a route "
                                "into exploitation. Indicators include a person who is moved "
                                "often from place to place, does not control their own money or "
                                "phone, is always accompanied, or appears to be under 18. The "
                                "Pakistan Penal Code contains provisions against buying or "
                                "selling persons for prostitution.</p>"
                            ),
                        ),
                        (
                            "heading",
                            {
                                "text": "Forced begging",
                                "level": "h2",
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Children, and adults in vulnerable situations, may be forced "
                                "to beg for people who take what they receive. Look for a group "
                                "dropped off and collected by the same adults, children begging "
                                "in school hours or late at night, a fixed amount that must be "
                                "handed over each day, and fear of the adult who watches them.</p>"
                            ),
                        ),
                        (
                            "heading",
                            {
                                "text": "Removal of organs",
                                "level": "h2",
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<p>People in deep poverty or debt may be deceived or pressured "
                                "into giving a kidney or another organ, sometimes for payment "
                                "that is never made. A recent surgical scar, together with debt, "
                                "a broker or a story about an unexplained medical visit, is a "
                                "reason to ask more questions, gently and in private. The "
                                "Transplantation of Human Organs and Tissues Act, 2010 applies to "
                                "organ trafficking.</p>"
                            ),
                        ),
                        (
                            "heading",
                            {
                                "text": "Trafficking abroad through false job offers",
                                "level": "h2",
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Pakistanis looking for work abroad may be recruited by agents "
                                "who promise good jobs and wages. On arrival, their passports are "
                                "taken, the job is different from what was promised or does not "
                                "exist, and they are held in forced labour, often told that they "
                                "owe large sums for their visa and travel. Families at home may "
                                "report that a relative cannot call freely, or has asked for "
                                "money so that they can be released.</p>"
                                "<p>At airports and recruitment points, watch for travellers who "
                                "do not know their employer's name, whose documents are held by "
                                "an agent, or who give scripted answers.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "note",
                                "title": "Indicators are a starting point",
                                "body": (
                                    "<p>Indicators point to possible trafficking. They are not "
                                    "proof, and not a reason to treat the person as a suspect. "
                                    "When you see several, respond as explained in the lesson "
                                    '"A victim-centred first response", and report and refer as '
                                    'explained in "Reporting and referral in Pakistan".</p>'
                                ),
                            },
                        ),
                        (
                            "takeaways",
                            {
                                "title": "Key points",
                                "items": [
                                    "Look for several indicators together, not one sign alone.",
                                    (
                                        "A peshgi advance that never clears is a sign of debt "
                                        "bondage in brick kilns and agriculture."
                                    ),
                                    (
                                        "Domestic servitude and forced begging often involve "
                                        "children; a working child who is out of school is a "
                                        "warning sign."
                                    ),
                                    (
                                        "False job offers abroad can lead to forced labour in "
                                        "another country."
                                    ),
                                ],
                            },
                        ),
                    ],
                },
                {
                    "slug": "victim-centred-first-response",
                    "title": "A victim-centred first response",
                    "minutes": 13,
                    "intro": (
                        "How to respond to a possible victim in a way that keeps them safe, "
                        "respects their choices and protects the case."
                    ),
                    "body": [
                        (
                            "paragraph",
                            (
                                "<p>How you act in the first minutes and hours can decide whether "
                                "a victim trusts the authorities, accepts help and is later able "
                                "to give evidence. A victim-centred response puts the safety, "
                                "rights and wellbeing of the person first. It is also the best "
                                "way to build a strong case against those responsible.</p>"
                            ),
                        ),
                        (
                            "heading",
                            {
                                "text": "Safety first, and do no harm",
                                "level": "h2",
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Before anything else, think about safety, for the person and "
                                "for yourself. Are the suspects nearby? Could speaking in front "
                                "of others expose the person or their family to punishment later? "
                                "Is medical help needed now?</p>"
                                "<p>Do no harm means avoiding anything that makes the person's "
                                "situation worse: questioning them where an employer or agent can "
                                "hear, promising what you cannot deliver, or sending them back to "
                                "the place where they were exploited.</p>"
                            ),
                        ),
                        (
                            "heading",
                            {
                                "text": "Communicating safely",
                                "level": "h2",
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<ul>"
                                "<li>Use an interpreter who is not linked to the suspects. Never "
                                "ask an employer, an agent, a so-called relative or anyone from "
                                "the same network to interpret.</li>"
                                "<li>Speak in private and in a calm place. Explain who you are, "
                                "why you are speaking to the person and what will happen "
                                "next.</li>"
                                "<li>Interview only as often as needed. Coordinate with "
                                "colleagues so that the person does not have to tell the same "
                                "story again and again to different officers.</li>"
                                "<li>Use simple, respectful language. Do not blame the person for "
                                "what happened to them or for how they travelled.</li>"
                                "</ul>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Avoid re-traumatising interviews",
                                "body": (
                                    "<p>Do not press for painful details that are not needed yet, "
                                    "do not repeat the same questions, and allow breaks. "
                                    "Distress, confusion and gaps in memory are common after "
                                    "frightening experiences; on their own they do not mean the "
                                    "person is lying.</p>"
                                ),
                            },
                        ),
                        (
                            "heading",
                            {
                                "text": "Informed consent and confidentiality",
                                "level": "h2",
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<p>An adult decides whether to accept referral to a shelter, "
                                "medical care, psychosocial support or legal aid. Informed "
                                "consent means that the person understands, in their own "
                                "language, what is being offered, what will happen and what they "
                                "can refuse. Record that consent was given.</p>"
                                "<p>Keep the person's identity, story and location confidential. "
                                "Share them only with those who need them to protect the person "
                                "or to investigate the case, and never with the media.</p>"
                            ),
                        ),
                        (
                            "heading",
                            {
                                "text": "Children: the best interests of the child come first",
                                "level": "h2",
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<p>When the person is a child, the best interests of the child "
                                "come first in every decision. Involve the child protection "
                                "bureau, do not hand the child back to anyone who may be involved "
                                "in the exploitation, and make sure that a suitable adult who has "
                                "no link to the suspects is present during any conversation.</p>"
                            ),
                        ),
                        (
                            "heading",
                            {
                                "text": "The non-punishment principle",
                                "level": "h2",
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Victims are often made to commit offences: travelling on "
                                "false documents, working without permission, begging, or being "
                                "exploited in prostitution. Under the non-punishment principle, "
                                "victims are not prosecuted or punished for offences they were "
                                "compelled to commit as a result of being trafficked. Arresting "
                                "or charging a victim pushes them back towards the traffickers "
                                "and destroys trust.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "red_flag",
                                "title": "Do not treat victims as offenders",
                                "body": (
                                    "<p>If a person stopped for begging, for a document offence "
                                    "or during a raid shows indicators of trafficking, pause. "
                                    "Treat them as a possible victim, not as a suspect, until the "
                                    "facts are clear.</p>"
                                ),
                            },
                        ),
                        (
                            "quote",
                            {
                                "quote": (
                                    "The first time, an officer shouted at me and asked for my "
                                    "papers, and I said nothing. Months later, a woman officer "
                                    "sat with me in a quiet room, with an interpreter from "
                                    "outside our area, and told me I was not in trouble. Only "
                                    "then could I tell her what had happened."
                                ),
                                "attribution": (
                                    "A survivor of trafficking for domestic work (composite)"
                                ),
                                "consent_note": (
                                    "A composite account written for this course; not a real "
                                    "person's words."
                                ),
                            },
                        ),
                        (
                            "scenario",
                            {
                                "title": "A girl travelling with a man who is not her father",
                                "situation": (
                                    "<p>At a bus terminal, you notice a man with a girl who looks "
                                    "about 14 years old. He says that she is his niece and that "
                                    "he is taking her to work for a family in the city. The girl "
                                    "keeps her eyes down and does not answer when you greet her. "
                                    "The man answers every question for her and becomes impatient "
                                    "when you try to speak to her directly.</p>"
                                ),
                                "question": "What should you do?",
                                "model_response": (
                                    "<p>Treat the girl as a possible child victim. She appears to "
                                    "be under 18, she is being taken to work, and the adult "
                                    "answers for her. Because she is a child, no means needs to "
                                    "be shown.</p>"
                                    "<ul>"
                                    "<li>Separate the girl from the man calmly and safely, with a "
                                    "female colleague if possible, and without accusing anyone in "
                                    "front of her.</li>"
                                    "<li>Speak to her in a private place, in a language she "
                                    "understands, with an interpreter who has no link to the man "
                                    "if one is needed.</li>"
                                    "<li>Do not hand her back to the man. Involve the child "
                                    "protection bureau and follow your procedure for a possible "
                                    "child victim.</li>"
                                    "<li>Ask only what you need to know now: whether she is safe, "
                                    "her age, her family and where she is being taken.</li>"
                                    "<li>Write down what you saw and heard, including the man's "
                                    "explanation in his own words.</li>"
                                    "</ul>"
                                ),
                                "discussion_points": [
                                    "Which indicators did you notice, and which are the strongest?",
                                    (
                                        "Why is it not necessary to find threats or deception in "
                                        "this case?"
                                    ),
                                    (
                                        "What could go wrong if you questioned the girl in front "
                                        "of the man?"
                                    ),
                                    "Who else needs to be involved in your district?",
                                ],
                            },
                        ),
                        (
                            "takeaways",
                            {
                                "title": "Key points",
                                "items": [
                                    "Safety comes first, for the person and for you; do no harm.",
                                    (
                                        "Use an interpreter with no link to the suspects, and "
                                        "interview in private and only as often as needed."
                                    ),
                                    (
                                        "Obtain informed consent for referral and keep the "
                                        "person's information confidential."
                                    ),
                                    "For children, the best interests of the child come first.",
                                    (
                                        "Victims are not punished for offences they were "
                                        "compelled to commit."
                                    ),
                                ],
                            },
                        ),
                    ],
                },
            ],
        },
        {
            "title": "Reporting, referral and practice",
            "steps": [
                {
                    "slug": "reporting-and-referral-in-pakistan",
                    "title": "Reporting and referral in Pakistan",
                    "minutes": 13,
                    "intro": (
                        "Which laws apply, which authority handles what, and how to refer victims "
                        "and record what you saw."
                    ),
                    "body": [
                        (
                            "paragraph",
                            (
                                "<p>Recognising a case is only the start. The 2022 Islamabad "
                                "conference stressed that everyone is responsible for spreading "
                                "awareness and reporting suspicious activity, and that more "
                                "victims should be referred directly to services. This lesson "
                                "sets out the laws, the authorities and the practical steps.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "note",
                                "title": "Check the current law",
                                "body": (
                                    "<p>The laws and responsibilities described here are a "
                                    "summary for training. Laws are amended, and procedures "
                                    "differ between provinces and agencies. In a real case, check "
                                    "the current text of the law and the standing instructions of "
                                    "your own organisation.</p>"
                                ),
                            },
                        ),
                        (
                            "heading",
                            {
                                "text": "The legal framework",
                                "level": "h2",
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Two federal laws from 2018 are at the centre of Pakistan's "
                                "response:</p>"
                                "<ul>"
                                "<li>the Prevention of Trafficking in Persons Act, 2018, which "
                                "deals with trafficking in persons;</li>"
                                "<li>the Prevention of Smuggling of Migrants Act, 2018, which "
                                "deals with the smuggling of migrants.</li>"
                                "</ul><p>Other laws cover particular forms of exploitation:</p>"
                                "<ul>"
                                "<li>the Bonded Labour System (Abolition) Act, 1992, for bonded "
                                "labour, including peshgi debt bondage in brick kilns and "
                                "agriculture;</li>"
                                "<li>provisions of the Pakistan Penal Code on slavery and on "
                                "buying or selling persons for prostitution;</li>"
                                "<li>the Transplantation of Human Organs and Tissues Act, 2010, "
                                "for trafficking for the removal of organs.</li>"
                                "</ul><p>Pakistan moved up to Tier 2 in the 2022 US Trafficking "
                                "in Persons report, a step credited to the 2018 trafficking law "
                                "and to better coordination.</p>"
                            ),
                        ),
                        (
                            "heading",
                            {
                                "text": "Who handles what",
                                "level": "h2",
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<ul>"
                                "<li>The Federal Investigation Agency (FIA) leads on cross-border "
                                "trafficking and on migrant smuggling, for example when "
                                "Pakistanis are recruited for work abroad and exploited "
                                "there.</li>"
                                "<li>The provincial police respond to trafficking within the "
                                "country, such as bonded labour, domestic servitude, forced "
                                "begging or sexual exploitation inside Pakistan.</li>"
                                "<li>Child protection bureaus receive referrals of child "
                                "victims.</li>"
                                "<li>Shelters, including Dar-ul-Aman, as well as legal aid and "
                                "health services, receive referrals for safe accommodation, "
                                "advice and care.</li>"
                                "</ul><p>If you are not sure which authority is responsible, do "
                                "not wait. Inform your supervisor and the authority you believe "
                                "is responsible, and let them coordinate.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "note",
                                "title": "Contact details",
                                "body": (
                                    "<p>This course does not list telephone numbers or addresses. "
                                    "Your organisation keeps the current contacts for the FIA, "
                                    "the district police, child protection and referral services; "
                                    "know where to find them before you need them.</p>"
                                ),
                            },
                        ),
                        (
                            "heading",
                            {
                                "text": "Referral: connecting the person to help",
                                "level": "h2",
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Referral means connecting the person, with their informed "
                                "consent, to services that meet their needs. A good referral is "
                                "planned; it is not a hand-over at the door.</p>"
                                "<ol>"
                                "<li>Identify urgent needs: safety, medical care, food, shelter, "
                                "and contact with family where that is safe.</li>"
                                "<li>Explain the options in the person's language and obtain "
                                "informed consent. For a child, act in the best interests of the "
                                "child together with the child protection bureau.</li>"
                                "<li>Contact the receiving service before the person arrives, and "
                                "share only the information it needs.</li>"
                                "<li>Arrange safe transport and, where possible, accompany the "
                                "person.</li>"
                                "<li>Record the referral, and follow up to confirm that the "
                                "person arrived and is receiving help.</li>"
                                "</ol>"
                            ),
                        ),
                        (
                            "heading",
                            {
                                "text": "Recording what you saw",
                                "level": "h2",
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Your written record may become evidence. Record what you saw "
                                "and heard, not your guesses or conclusions. Write down the date, "
                                "time and place; who was present; the indicators you observed; "
                                "the person's own words where possible; and the steps you took, "
                                "including referrals and consent. Keep the record secure and "
                                "share it only through official channels.</p>"
                                "<p>For example, write: the worker said that the manager keeps "
                                "his identity card and told him he cannot leave until his advance "
                                "is repaid. Do not write only: the worker is a bonded "
                                "labourer.</p>"
                            ),
                        ),
                        (
                            "scenario",
                            {
                                "title": "Families at a brick kiln",
                                "situation": (
                                    "<p>You are a police officer accompanying a labour inspector "
                                    "on a visit to a brick kiln in your district. Several "
                                    "families have worked there for years. One worker quietly "
                                    "tells you that his family took a peshgi advance three years "
                                    "ago, that the manager now says they owe more than at the "
                                    "start, and that the manager keeps their identity cards. When "
                                    "the manager walks over, the worker stops talking. Several "
                                    "children are working at the kiln.</p>"
                                ),
                                "question": "What should you do?",
                                "model_response": (
                                    "<p>Several indicators of debt bondage are present: a debt "
                                    "that grows, documents held by the employer, workers who are "
                                    "not free to leave, and children at work. This is possible "
                                    "trafficking within the country, so the provincial police "
                                    "respond, and the Bonded Labour System (Abolition) Act, 1992 "
                                    "is also relevant.</p>"
                                    "<ul>"
                                    "<li>Do not confront the manager or question the worker in "
                                    "front of him; that could put the family at risk.</li>"
                                    "<li>Note what you saw and heard, in the worker's own words, "
                                    "and report it promptly through your chain of command.</li>"
                                    "<li>Plan any follow-up visit with the labour authorities so "
                                    "that families can be spoken to safely and separately.</li>"
                                    "<li>Involve the child protection bureau for the working "
                                    "children, and prepare referrals to shelter, legal aid and "
                                    "health services with the families' informed consent.</li>"
                                    "</ul>"
                                ),
                                "discussion_points": [
                                    (
                                        "Which facts point to debt bondage rather than an "
                                        "ordinary loan?"
                                    ),
                                    (
                                        "Why could speaking openly to the worker at the kiln put "
                                        "his family at risk?"
                                    ),
                                    "Which laws could apply, and who should be informed?",
                                    (
                                        "How will you make sure that the best interests of the "
                                        "children are considered?"
                                    ),
                                ],
                            },
                        ),
                        (
                            "takeaways",
                            {
                                "title": "Key points",
                                "items": [
                                    (
                                        "The Prevention of Trafficking in Persons Act, 2018 and "
                                        "the Prevention of Smuggling of Migrants Act, 2018 are "
                                        "the core federal laws; other laws cover bonded labour, "
                                        "slavery, buying or selling persons for prostitution, and "
                                        "organ trafficking."
                                    ),
                                    (
                                        "The FIA leads on cross-border cases; the provincial "
                                        "police respond to trafficking within the country."
                                    ),
                                    (
                                        "Refer victims to child protection, shelter, legal aid "
                                        "and health services, with informed consent."
                                    ),
                                    "Record what you saw and heard, not your guesses.",
                                ],
                            },
                        ),
                    ],
                },
                {
                    "slug": "putting-it-together",
                    "title": "Putting it together",
                    "minutes": 14,
                    "intro": (
                        "Two longer cases that bring the course together, and the key points to "
                        "remember."
                    ),
                    "body": [
                        (
                            "paragraph",
                            (
                                "<p>Real cases rarely arrive labelled: they come as a worried "
                                "parent's complaint, a nervous traveller or a raid that finds "
                                "more than expected. The two cases below bring together "
                                "everything in this course. Decide what you would do, then "
                                "compare your answer with the model response.</p>"
                            ),
                        ),
                        (
                            "scenario",
                            {
                                "title": "A job abroad that was not what it seemed",
                                "situation": (
                                    "<p>A woman comes to a police station in a district town. Her "
                                    "son, aged 24, paid a local agent to arrange a job as a "
                                    "driver in another country, and travelled eight months ago. "
                                    "In the first weeks he called often. Now he calls rarely, "
                                    "always late at night. He says that the employer took his "
                                    "passport, that he works long hours on a construction site "
                                    "instead of driving, that he has not been paid, and that he "
                                    "is told he still owes the agent for his visa and ticket. In "
                                    "his last call he said that he could not leave and asked the "
                                    "family to send money so that he could be released.</p>"
                                    "<p>The mother has the agent's name and telephone number. She "
                                    "says the same agent has recently been recruiting other young "
                                    "men from nearby villages.</p>"
                                ),
                                "question": "What should you do?",
                                "model_response": (
                                    "<p>The son shows several indicators of trafficking for "
                                    "forced labour: the job was not what he was promised, his "
                                    "passport is held, he is unpaid, he is told he owes a debt, "
                                    "and he is not free to leave. The act (recruitment and "
                                    "transport), the means (deception, and then coercion through "
                                    "the debt and the passport) and the purpose (forced labour) "
                                    "all appear to be present. His agreement to travel and his "
                                    "payment to the agent do not make this only a smuggling case: "
                                    "his consent was obtained by deception, and the exploitation "
                                    "continued after arrival.</p>"
                                    "<ul>"
                                    "<li>Treat the mother with respect and take her account "
                                    "seriously. Write down what she tells you, in her words, with "
                                    "dates and the agent's details.</li>"
                                    "<li>Because the case is cross-border, report it to the FIA "
                                    "through your supervisor, following your procedures, and pass "
                                    "on what the mother said about the other young men.</li>"
                                    "<li>Advise the family not to confront the agent themselves, "
                                    "as this could alert him and put their son or others at "
                                    "risk.</li>"
                                    "<li>Keep the family's information confidential, and tell "
                                    "them what will happen next and who will contact them.</li>"
                                    "</ul>"
                                ),
                                "discussion_points": [
                                    (
                                        "Which elements of the definition are present, and what "
                                        "supports each one?"
                                    ),
                                    "Why is this more than a case of migrant smuggling?",
                                    "What information will be most useful to the FIA?",
                                    (
                                        "How could the other young men recruited by the same "
                                        "agent be protected?"
                                    ),
                                ],
                            },
                        ),
                        (
                            "scenario",
                            {
                                "title": "Children begging at a busy junction",
                                "situation": (
                                    "<p>Over several days, officers at a busy city junction "
                                    "notice the same five children, who look between 8 and 12 "
                                    "years old, begging from morning until late evening. Each "
                                    "morning a man drops them off from a van, and each evening he "
                                    "collects them and takes the money they have been given. One "
                                    "child has an untreated injury on his arm. When an officer "
                                    "walks towards them, the children run to the man.</p>"
                                    "<p>A shopkeeper says that the children are not from the area "
                                    "and do not go to school.</p>"
                                ),
                                "question": "What should you do?",
                                "model_response": (
                                    "<p>These children may be victims of trafficking for forced "
                                    "begging. They are transported and supervised by an adult who "
                                    "does not appear to be their parent, their money is taken, "
                                    "and they are out of school with signs of neglect. Because "
                                    "they are children, no means needs to be shown. The case is "
                                    "within the country, so the provincial police respond, "
                                    "together with the child protection bureau.</p>"
                                    "<ul>"
                                    "<li>Do not treat the children as offenders for begging: the "
                                    "non-punishment principle and the best interests of the child "
                                    "apply.</li>"
                                    "<li>Plan a coordinated response with your supervisor and the "
                                    "child protection bureau, so that all the children can be "
                                    "brought to safety together and the man can be identified, "
                                    "rather than approaching alone and scattering the group.</li>"
                                    "<li>Arrange medical care for the injured child and safe care "
                                    "for all of them. Do not hand any child to the man or to "
                                    "anyone linked to him.</li>"
                                    "<li>Keep any conversation with the children short, private "
                                    "and in the presence of a suitable adult, with an interpreter "
                                    "who has no link to the man if one is needed.</li>"
                                    "<li>Record the dates, times, a description of the van and "
                                    "the man, and what the shopkeeper said, as facts rather than "
                                    "conclusions.</li>"
                                    "</ul>"
                                ),
                                "discussion_points": [
                                    (
                                        "Which indicators suggest forced begging rather than "
                                        "children begging alongside their own family?"
                                    ),
                                    "Why would approaching the children alone be risky?",
                                    (
                                        "Which authority responds here, and who must be involved "
                                        "because the victims are children?"
                                    ),
                                ],
                            },
                        ),
                        (
                            "takeaways",
                            {
                                "title": "Course takeaways",
                                "items": [
                                    (
                                        "Trafficking in persons is an act, carried out by a "
                                        "means, for the purpose of exploitation; for a child, no "
                                        "means is needed."
                                    ),
                                    "Where any means was used, the victim's consent is irrelevant.",
                                    (
                                        "Smuggling is an offence against the state and ends on "
                                        "arrival; trafficking is an offence against the person "
                                        "and continues after arrival. A smuggled migrant can "
                                        "become a victim."
                                    ),
                                    (
                                        "Several indicators together, such as held documents, a "
                                        "growing debt and a lack of freedom, are a reason to act."
                                    ),
                                    (
                                        "Respond in a victim-centred way: safety first, an "
                                        "independent interpreter, private interviews, informed "
                                        "consent and confidentiality."
                                    ),
                                    (
                                        "Do not punish victims for offences they were compelled "
                                        "to commit."
                                    ),
                                    (
                                        "Report cross-border cases to the FIA and cases within "
                                        "the country to the provincial police, and refer victims "
                                        "to child protection, shelter, legal aid and health "
                                        "services."
                                    ),
                                    "Record what you saw and heard, not your guesses.",
                                ],
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Trafficking falls hardest on women and children. Every "
                                "officer and official who recognises the signs, responds with "
                                "care and refers a victim to help makes the whole system "
                                "stronger.</p>"
                            ),
                        ),
                    ],
                },
            ],
        },
    ],
}

# Every translatable English string in COURSE -> Urdu.
UR = {
    "Recognising and responding to trafficking in persons — foundations": (
        "انسانی ٹریفکنگ کی پہچان اور اس پر ردِعمل — بنیادی کورس"
    ),
    (
        "An introductory course for police, prosecutors and officials in Pakistan on what "
        "trafficking in persons is, how to recognise it, how to respond to victims and how to "
        "report and refer cases."
    ): (
        "پاکستان میں پولیس، پراسیکیوٹرز اور سرکاری اہلکاروں کے لیے ایک تعارفی کورس: انسانی "
        "ٹریفکنگ کیا ہے، اسے کیسے پہچانا جائے، متاثرین کے ساتھ کیسا برتاؤ کیا جائے اور کیسز کو "
        "کیسے رپورٹ اور ریفر کیا جائے۔"
    ),
    (
        "Explain the three elements of trafficking in persons, and why no means is needed when "
        "the victim is a child."
    ): (
        "انسانی ٹریفکنگ کے تین عناصر کی وضاحت کریں، اور یہ بتائیں کہ متاثرہ شخص بچہ ہو تو کسی "
        "ذریعے کی ضرورت کیوں نہیں ہوتی۔"
    ),
    (
        "Distinguish trafficking in persons from migrant smuggling, and recognise when a smuggled "
        "migrant has become a victim."
    ): (
        "انسانی ٹریفکنگ اور تارکینِ وطن کی اسمگلنگ میں فرق کریں، اور پہچانیں کہ اسمگل ہونے والا "
        "تارکِ وطن کب متاثرہ شخص بن جاتا ہے۔"
    ),
    "Recognise indicators of trafficking in the forms seen in Pakistan.": (
        "پاکستان میں سامنے آنے والی صورتوں میں انسانی ٹریفکنگ کی علامات پہچانیں۔"
    ),
    (
        "Respond to a possible victim in a safe, victim-centred way that respects informed "
        "consent, confidentiality and the best interests of the child."
    ): (
        "ممکنہ متاثرہ شخص کے ساتھ محفوظ اور متاثرہ شخص پر مرکوز انداز میں پیش آئیں، جس میں باخبر "
        "رضامندی، رازداری اور بچے کے بہترین مفاد کا احترام ہو۔"
    ),
    (
        "Report cases to the right authority under Pakistan's laws, refer victims to services and "
        "record what you saw."
    ): (
        "پاکستان کے قوانین کے تحت کیسز درست ادارے کو رپورٹ کریں، متاثرین کو خدمات کے لیے ریفر "
        "کریں اور جو دیکھا اسے تحریر میں لائیں۔"
    ),
    "Understanding trafficking in persons": "انسانی ٹریفکنگ کو سمجھنا",
    "What trafficking in persons is": "انسانی ٹریفکنگ کیا ہے",
    (
        "The three elements of the international definition, and how they apply to adults and to "
        "children."
    ): "بین الاقوامی تعریف کے تین عناصر، اور بالغوں اور بچوں پر ان کا اطلاق۔",
    (
        "Police officers, prosecutors, officials and NGO workers in Pakistan meet victims of "
        "trafficking in persons more often than they realise: at a brick kiln, a bus terminal, an "
        "airport, a private home or a busy road junction. Victims rarely introduce themselves as "
        "victims. To recognise them, you first need a clear idea of what trafficking is and what "
        "it is not."
    ): (
        "پاکستان میں پولیس افسران، پراسیکیوٹرز، سرکاری اہلکار اور غیر سرکاری تنظیموں کے کارکن "
        "انسانی ٹریفکنگ کے متاثرین سے اپنے اندازے سے کہیں زیادہ ملتے ہیں: اینٹوں کے بھٹے پر، بس "
        "اڈے پر، ہوائی اڈے پر، کسی نجی گھر میں یا کسی مصروف چوک پر۔ متاثرین شاذ و نادر ہی خود کو "
        "متاثرہ کہہ کر متعارف کراتے ہیں۔ انہیں پہچاننے کے لیے پہلے یہ واضح ہونا ضروری ہے کہ "
        "ٹریفکنگ کیا ہے اور کیا نہیں۔"
    ),
    (
        "A two-day conference held in Islamabad in 2022 on reducing trafficking in persons and on "
        "referring more victims directly to services heard that trafficking falls hardest on "
        "women and children, and that poverty, illiteracy and weak law and order make it easier. "
        "It called for better understanding among law enforcers, government officials and civil "
        "society. This course is one answer to that call."
    ): (
        "2022 میں اسلام آباد میں انسانی ٹریفکنگ میں کمی اور زیادہ متاثرین کو براہِ راست خدمات تک "
        "پہنچانے کے موضوع پر دو روزہ کانفرنس ہوئی۔ اس میں بتایا گیا کہ ٹریفکنگ کا سب سے زیادہ "
        "بوجھ خواتین اور بچوں پر پڑتا ہے، اور غربت، ناخواندگی اور امن و امان کی کمزور صورتِ حال "
        "اسے آسان بنا دیتی ہے۔ کانفرنس نے قانون نافذ کرنے والوں، سرکاری اہلکاروں اور سول سوسائٹی "
        "میں بہتر سمجھ بوجھ پیدا کرنے پر زور دیا۔ یہ کورس اسی مطالبے کا ایک جواب ہے۔"
    ),
    (
        "The internationally agreed definition comes from the United Nations Trafficking Protocol "
        "of 2000, often called the Palermo Protocol. Everything else in this course builds on it."
    ): (
        "بین الاقوامی سطح پر متفقہ تعریف اقوامِ متحدہ کے 2000 کے ٹریفکنگ پروٹوکول سے لی گئی ہے، "
        "جسے عام طور پر پالرمو پروٹوکول کہا جاتا ہے۔ اس کورس کی ہر بات اسی تعریف پر قائم ہے۔"
    ),
    "Three elements: act, means, purpose": "تین عناصر: عمل، ذرائع، مقصد",
    "For an adult victim, trafficking in persons requires three elements, all present together.": (
        "اگر متاثرہ شخص بالغ ہو تو انسانی ٹریفکنگ کے لیے تین عناصر کا ایک ساتھ موجود ہونا ضروری ہے۔"
    ),
    (
        "The act, or what is done: the recruitment, transportation, transfer, harbouring or "
        "receipt of a person."
    ): (
        "عمل، یعنی کیا کیا گیا: کسی شخص کو بھرتی کرنا، ایک جگہ سے دوسری جگہ لے جانا، منتقل کرنا، "
        "پناہ دینا یا وصول کرنا۔"
    ),
    (
        "The means, or how it is done: the threat or use of force or other forms of coercion, "
        "abduction, fraud, deception, the abuse of power or of a position of vulnerability, or "
        "giving payments to someone who has control over the victim."
    ): (
        "ذرائع، یعنی یہ کیسے کیا گیا: طاقت کی دھمکی یا اس کا استعمال یا جبر کی دوسری صورتیں، "
        "اغوا، فراڈ، دھوکا، اختیار کا ناجائز استعمال یا کسی کی کمزور حالت سے فائدہ اٹھانا، یا "
        "متاثرہ شخص پر اختیار رکھنے والے کسی فرد کو رقم دینا۔"
    ),
    (
        "The purpose, or why it is done: exploitation. This includes at least sexual "
        "exploitation, forced labour or services, slavery or practices similar to slavery, "
        "servitude and the removal of organs."
    ): (
        "مقصد، یعنی یہ کیوں کیا گیا: استحصال۔ اس میں کم از کم جنسی استحصال، جبری مشقت یا جبری "
        "خدمات، غلامی یا غلامی جیسے طریقے، غلامی نما خدمت اور اعضا نکالنا شامل ہیں۔"
    ),
    (
        "Each element can look ordinary on the surface. The act may be nothing more than a "
        "recruiter offering a job in another city, or a relative taking a girl to work in a "
        "household. The means are often quiet rather than violent: a false promise of wages, an "
        "advance that can never be repaid, or a threat to report someone to the authorities. "
        "Abuse of a position of vulnerability covers situations in which the person feels they "
        "have no real choice but to submit, for example because of extreme poverty, debt or "
        "isolation."
    ): (
        "بظاہر ہر عنصر عام سا لگ سکتا ہے۔ عمل بس اتنا ہو سکتا ہے کہ کوئی بھرتی کرنے والا دوسرے "
        "شہر میں نوکری کی پیشکش کرے، یا کوئی رشتہ دار کسی لڑکی کو کسی گھر میں کام پر لے جائے۔ "
        "ذرائع اکثر تشدد کے بجائے خاموش ہوتے ہیں: تنخواہ کا جھوٹا وعدہ، ایسی پیشگی رقم جو کبھی "
        "ادا نہ ہو سکے، یا حکام کو شکایت کر دینے کی دھمکی۔ کمزور حالت سے فائدہ اٹھانے میں وہ "
        "صورتیں شامل ہیں جن میں متاثرہ شخص کو لگتا ہے کہ اس کے پاس ماننے کے سوا کوئی حقیقی راستہ "
        "نہیں، مثلاً شدید غربت، قرض یا تنہائی کی وجہ سے۔"
    ),
    (
        "The purpose is what turns movement or employment into trafficking. The definition speaks "
        "of what the act and the means were aimed at. A person can therefore be a victim even if "
        "they are found before the exploitation has begun, for example while still on the way to "
        "the place where they were to be exploited."
    ): (
        "مقصد ہی وہ چیز ہے جو نقل و حرکت یا ملازمت کو ٹریفکنگ بنا دیتی ہے۔ تعریف اس بات کو دیکھتی "
        "ہے کہ عمل اور ذرائع کا ہدف کیا تھا۔ اس لیے کوئی شخص اس وقت بھی متاثرہ ہو سکتا ہے جب وہ "
        "استحصال شروع ہونے سے پہلے مل جائے، مثلاً جب وہ ابھی اس جگہ کی طرف جا رہا ہو جہاں اس کا "
        "استحصال ہونا تھا۔"
    ),
    "Children: no means are needed": "بچے: کسی ذریعے کی ضرورت نہیں",
    (
        "A child is anyone under 18 years of age. When the person is a child, only two elements "
        "are needed: an act and the purpose of exploitation. You do not need to show force, fraud "
        "or any other means. A boy recruited to beg at traffic signals, or a girl placed in a "
        "household to work without pay or schooling, may be a victim of trafficking even if the "
        "parents agreed and no one was threatened."
    ): (
        "18 سال سے کم عمر ہر فرد بچہ ہے۔ جب متاثرہ شخص بچہ ہو تو صرف دو عناصر درکار ہیں: عمل اور "
        "استحصال کا مقصد۔ طاقت، فراڈ یا کوئی اور ذریعہ ثابت کرنے کی ضرورت نہیں۔ ٹریفک سگنلز پر "
        "بھیک مانگنے کے لیے بھرتی کیا گیا لڑکا، یا کسی گھر میں بغیر تنخواہ اور بغیر تعلیم کے کام "
        "پر رکھی گئی لڑکی، ٹریفکنگ کا شکار ہو سکتے ہیں، چاہے والدین راضی تھے اور کسی کو دھمکی نہ "
        "دی گئی ہو۔"
    ),
    "Why children are treated differently": "بچوں کے ساتھ مختلف سلوک کیوں",
    (
        "Children cannot give meaningful agreement to their own exploitation, so the definition "
        "protects them whatever the circumstances of their recruitment. If you are not sure "
        "whether a person is under 18, treat them as a child until their age has been "
        "established, and keep the best interests of the child first."
    ): (
        "بچے اپنے ہی استحصال کے لیے کوئی معنی خیز رضامندی نہیں دے سکتے، اس لیے تعریف انہیں تحفظ "
        "دیتی ہے، چاہے انہیں جن حالات میں بھی بھرتی کیا گیا ہو۔ اگر آپ کو یقین نہ ہو کہ کوئی شخص "
        "18 سال سے کم عمر ہے یا نہیں، تو عمر طے ہونے تک اسے بچہ ہی سمجھیں اور بچے کے بہترین مفاد "
        "کو مقدم رکھیں۔"
    ),
    "Consent is irrelevant when any means was used": (
        "کوئی بھی ذریعہ استعمال ہوا ہو تو رضامندی غیر متعلق ہے"
    ),
    (
        "Suspects, and sometimes their families or lawyers, often argue that the victim agreed. A "
        "woman may have accepted a job abroad; a man may have taken an advance at a kiln. Under "
        "the definition, where any of the means was used, that agreement does not count. Consent "
        "obtained by deception, by taking advantage of someone's poverty or by threats is not "
        "real consent."
    ): (
        "ملزمان، اور بعض اوقات ان کے گھر والے یا وکیل، اکثر یہ دلیل دیتے ہیں کہ متاثرہ شخص راضی "
        "تھا۔ ہو سکتا ہے کسی عورت نے بیرونِ ملک نوکری قبول کی ہو، یا کسی مرد نے بھٹے پر پیشگی رقم "
        "لی ہو۔ تعریف کے مطابق، جہاں کوئی بھی ذریعہ استعمال ہوا ہو، وہاں یہ رضامندی کوئی حیثیت "
        "نہیں رکھتی۔ دھوکے سے، کسی کی غربت سے فائدہ اٹھا کر یا دھمکیوں سے لی گئی رضامندی حقیقی "
        "رضامندی نہیں۔"
    ),
    (
        "A man who agreed to work as a cook, but was then locked in and made to work without pay, "
        "never agreed to be exploited. His earlier agreement does not protect the people who "
        "deceived him."
    ): (
        "جس شخص نے باورچی کے طور پر کام کرنا قبول کیا، مگر پھر اسے بند کر کے بغیر تنخواہ کام "
        "کروایا گیا، اس نے کبھی استحصال کے لیے رضامندی نہیں دی تھی۔ اس کی پہلے کی رضامندی ان "
        "لوگوں کو نہیں بچاتی جنہوں نے اسے دھوکا دیا۔"
    ),
    "Do not close a case because the person agreed": (
        "یہ کہہ کر کیس بند نہ کریں کہ متاثرہ شخص راضی تھا"
    ),
    (
        "Statements such as 'she came willingly' or 'he took the money' are not a reason to close "
        "a case. Ask how the agreement was obtained, what the person was told, and what happened "
        "afterwards."
    ): (
        "'وہ اپنی مرضی سے آئی تھی' یا 'اس نے پیسے لیے تھے' جیسے بیانات کیس بند کرنے کی وجہ نہیں۔ "
        "یہ پوچھیں کہ رضامندی کیسے حاصل کی گئی، اس شخص کو کیا بتایا گیا تھا اور بعد میں کیا ہوا۔"
    ),
    "Applying the definition": "تعریف کا اطلاق",
    (
        "A recruiter visits a village and tells a family that their 15-year-old son will earn "
        "good wages in a workshop in the city. The boy is taken there by bus: that is the act. On "
        "arrival he works long hours, sleeps at the workshop and is paid nothing: that is the "
        "purpose, forced labour. Because he is a child, no means has to be shown. If he were 20 "
        "years old, the recruiter's false promise of wages would be the means, deception, and the "
        "case would still be trafficking."
    ): (
        "ایک بھرتی کرنے والا کسی گاؤں میں آتا ہے اور ایک خاندان سے کہتا ہے کہ ان کا 15 سالہ بیٹا "
        "شہر کی ایک ورکشاپ میں اچھی تنخواہ کمائے گا۔ لڑکے کو بس کے ذریعے وہاں لے جایا جاتا ہے: یہ "
        "عمل ہے۔ وہاں پہنچ کر وہ طویل اوقات کام کرتا ہے، ورکشاپ ہی میں سوتا ہے اور اسے کچھ نہیں "
        "دیا جاتا: یہ مقصد ہے، یعنی جبری مشقت۔ چونکہ وہ بچہ ہے، کوئی ذریعہ ثابت کرنا ضروری نہیں۔ "
        "اگر اس کی عمر 20 سال ہوتی تو بھرتی کرنے والے کا تنخواہ کا جھوٹا وعدہ ذریعہ، یعنی دھوکا، "
        "ہوتا اور کیس پھر بھی ٹریفکنگ کا ہی ہوتا۔"
    ),
    "Key points": "اہم نکات",
    "For an adult, trafficking in persons needs an act, a means and the purpose of exploitation.": (
        "بالغ کے معاملے میں انسانی ٹریفکنگ کے لیے عمل، ذریعہ اور استحصال کا مقصد تینوں درکار ہیں۔"
    ),
    (
        "For a child under 18, an act and the purpose of exploitation are enough; no means is "
        "needed."
    ): (
        "18 سال سے کم عمر بچے کے معاملے میں عمل اور استحصال کا مقصد کافی ہیں؛ کسی ذریعے کی ضرورت "
        "نہیں۔"
    ),
    "Where any means was used, the victim's consent is irrelevant.": (
        "جہاں کوئی بھی ذریعہ استعمال ہوا ہو، وہاں متاثرہ شخص کی رضامندی غیر متعلق ہے۔"
    ),
    (
        "Exploitation includes at least sexual exploitation, forced labour or services, slavery "
        "and similar practices, servitude and the removal of organs."
    ): (
        "استحصال میں کم از کم جنسی استحصال، جبری مشقت یا جبری خدمات، غلامی اور اس جیسے طریقے، "
        "غلامی نما خدمت اور اعضا نکالنا شامل ہیں۔"
    ),
    "Trafficking in persons and migrant smuggling": "انسانی ٹریفکنگ اور تارکینِ وطن کی اسمگلنگ",
    (
        "How trafficking differs from migrant smuggling, and how a smuggled migrant can become a "
        "victim."
    ): (
        "انسانی ٹریفکنگ تارکینِ وطن کی اسمگلنگ سے کیسے مختلف ہے، اور اسمگل ہونے والا تارکِ وطن "
        "کیسے متاثرہ شخص بن سکتا ہے۔"
    ),
    (
        "Trafficking in persons and the smuggling of migrants are often confused, in the media "
        "and sometimes in official work. Both may involve travel, agents, payments and irregular "
        "routes. But they are different crimes, and Pakistan has a separate federal law for each: "
        "the Prevention of Trafficking in Persons Act, 2018 and the Prevention of Smuggling of "
        "Migrants Act, 2018."
    ): (
        "انسانی ٹریفکنگ اور تارکینِ وطن کی اسمگلنگ کو میڈیا میں، اور بعض اوقات سرکاری کام میں "
        "بھی، اکثر ایک ہی چیز سمجھ لیا جاتا ہے۔ دونوں میں سفر، ایجنٹ، رقم کی ادائیگی اور غیر "
        "قانونی راستے شامل ہو سکتے ہیں۔ لیکن یہ الگ الگ جرائم ہیں، اور پاکستان میں دونوں کے لیے "
        "الگ وفاقی قانون موجود ہے: انسدادِ انسانی ٹریفکنگ ایکٹ، 2018 اور انسدادِ تارکینِ وطن "
        "اسمگلنگ ایکٹ، 2018۔"
    ),
    (
        "Getting the distinction right decides how a person is treated: as a victim who needs "
        "protection, or as a migrant who took part in an irregular journey. A mistake in either "
        "direction has consequences. A victim wrongly treated as a smuggled migrant may be "
        "punished and sent back into the hands of traffickers."
    ): (
        "یہ فرق درست سمجھنے سے طے ہوتا ہے کہ کسی شخص کے ساتھ کیا سلوک کیا جائے: ایک متاثرہ شخص کے "
        "طور پر جسے تحفظ کی ضرورت ہے، یا ایک تارکِ وطن کے طور پر جس نے غیر قانونی سفر میں حصہ "
        "لیا۔ دونوں طرف کی غلطی کے نتائج ہوتے ہیں۔ جس متاثرہ شخص کو غلطی سے اسمگل شدہ تارکِ وطن "
        "سمجھ لیا جائے، اسے سزا مل سکتی ہے اور وہ دوبارہ ٹریفکرز کے ہاتھ لگ سکتا ہے۔"
    ),
    "Four differences": "چار فرق",
    "Four questions help you tell the two crimes apart.": (
        "چار سوالات دونوں جرائم میں فرق کرنے میں مدد دیتے ہیں۔"
    ),
    (
        "Consent. A smuggled migrant agrees to be moved. In trafficking there is no consent, or "
        "the apparent consent was obtained by threats, deception or another of the means."
    ): (
        "رضامندی۔ اسمگل ہونے والا تارکِ وطن منتقل کیے جانے پر راضی ہوتا ہے۔ ٹریفکنگ میں رضامندی "
        "نہیں ہوتی، یا ظاہری رضامندی دھمکیوں، دھوکے یا کسی اور ذریعے سے حاصل کی گئی ہوتی ہے۔"
    ),
    (
        "Border. Smuggling always involves crossing a border illegally. Trafficking does not need "
        "a border at all: it can happen entirely inside one district."
    ): (
        "سرحد۔ اسمگلنگ میں ہمیشہ غیر قانونی طور پر سرحد پار کی جاتی ہے۔ ٹریفکنگ کے لیے سرحد کی "
        "بالکل ضرورت نہیں: یہ پوری کی پوری ایک ہی ضلع کے اندر ہو سکتی ہے۔"
    ),
    (
        "After arrival. In smuggling, the relationship with the smuggler ends when the migrant "
        "arrives. In trafficking, the exploitation continues after arrival, because exploitation "
        "is the whole purpose."
    ): (
        "منزل پر پہنچنے کے بعد۔ اسمگلنگ میں تارکِ وطن کے منزل پر پہنچتے ہی اسمگلر سے تعلق ختم ہو "
        "جاتا ہے۔ ٹریفکنگ میں پہنچنے کے بعد بھی استحصال جاری رہتا ہے، کیونکہ استحصال ہی اصل مقصد "
        "ہے۔"
    ),
    (
        "Offence against. Smuggling is an offence against the state, whose border rules are "
        "broken. Trafficking is an offence against the person who is exploited."
    ): (
        "جرم کس کے خلاف۔ اسمگلنگ ریاست کے خلاف جرم ہے، جس کے سرحدی قواعد توڑے جاتے ہیں۔ ٹریفکنگ "
        "اس شخص کے خلاف جرم ہے جس کا استحصال کیا جاتا ہے۔"
    ),
    (
        "A simple way to remember it: the smuggler is paid for a crossing and then the "
        "relationship is over; the trafficker keeps control of the person in order to go on "
        "profiting from them."
    ): (
        "یاد رکھنے کا آسان طریقہ: اسمگلر کو سرحد پار کرانے کی رقم ملتی ہے اور پھر تعلق ختم ہو "
        "جاتا ہے؛ ٹریفکر اس شخص پر قابو رکھتا ہے تاکہ اس سے مسلسل فائدہ اٹھاتا رہے۔"
    ),
    "When smuggling turns into trafficking": "جب اسمگلنگ ٹریفکنگ بن جائے",
    (
        "The line between the two can be crossed during a journey. A young man who pays an agent "
        "to take him abroad is a smuggled migrant at the start. If, on the way or on arrival, the "
        "agent takes his passport, tells him he owes far more than was agreed and makes him work "
        "without pay until this 'debt' is cleared, he has become a victim of trafficking. The "
        "same can happen to women and children who travel with smugglers."
    ): (
        "سفر کے دوران دونوں کے درمیان لکیر پار ہو سکتی ہے۔ جو نوجوان بیرونِ ملک جانے کے لیے ایجنٹ "
        "کو رقم دیتا ہے، شروع میں وہ اسمگل ہونے والا تارکِ وطن ہے۔ اگر راستے میں یا منزل پر پہنچ "
        "کر ایجنٹ اس کا پاسپورٹ لے لے، اسے بتائے کہ وہ طے شدہ رقم سے کہیں زیادہ کا مقروض ہے، اور "
        "اس 'قرض' کے ادا ہونے تک اس سے بغیر تنخواہ کام کروائے، تو وہ ٹریفکنگ کا متاثرہ شخص بن چکا "
        "ہے۔ اسمگلروں کے ساتھ سفر کرنے والی خواتین اور بچوں کے ساتھ بھی یہی ہو سکتا ہے۔"
    ),
    (
        "For this reason, never assume that a person is only a smuggled migrant because they paid "
        "an agent or agreed to travel. Ask what happened on the route and after arrival, and look "
        "at who controls the person now."
    ): (
        "اسی لیے یہ کبھی فرض نہ کریں کہ کوئی شخص محض اس لیے صرف اسمگل ہونے والا تارکِ وطن ہے کہ "
        "اس نے ایجنٹ کو رقم دی یا سفر پر رضامندی دی۔ پوچھیں کہ راستے میں اور منزل پر پہنچنے کے "
        "بعد کیا ہوا، اور دیکھیں کہ اب اس شخص پر کس کا قابو ہے۔"
    ),
    "Signs that a smuggling case may be trafficking": (
        "وہ علامات کہ اسمگلنگ کا کیس ٹریفکنگ کا ہو سکتا ہے"
    ),
    "The person's passport or identity documents were taken by the agent or the employer.": (
        "اس شخص کا پاسپورٹ یا شناختی دستاویزات ایجنٹ یا آجر نے لے لیے۔"
    ),
    "The fee for the journey keeps growing, or must be worked off.": (
        "سفر کی فیس بڑھتی جا رہی ہے، یا اسے کام کر کے اتارنا ہے۔"
    ),
    "The person is not free to leave, to move alone or to contact their family.": (
        "وہ شخص جانے، اکیلے آنے جانے یا اپنے گھر والوں سے رابطہ کرنے میں آزاد نہیں۔"
    ),
    "The agent or the agent's contacts still control the person after arrival.": (
        "منزل پر پہنچنے کے بعد بھی ایجنٹ یا اس کے ساتھی اس شخص پر قابو رکھے ہوئے ہیں۔"
    ),
    "Why the difference matters in practice": "عملی طور پر یہ فرق کیوں اہم ہے",
    (
        "The distinction shapes the whole response. A victim of trafficking should be protected "
        "and referred to services, and should not be punished for offences they were compelled to "
        "commit, such as travelling on a false document. A smuggled migrant has also been exposed "
        "to danger and must be treated with dignity, but the case is handled as a smuggling "
        "offence."
    ): (
        "یہ فرق پورے ردِعمل کی سمت طے کرتا ہے۔ ٹریفکنگ کے متاثرہ شخص کو تحفظ دیا جانا چاہیے اور "
        "خدمات کے لیے ریفر کیا جانا چاہیے، اور ان جرائم پر سزا نہیں دی جانی چاہیے جن پر اسے مجبور "
        "کیا گیا، جیسے جعلی دستاویز پر سفر کرنا۔ اسمگل ہونے والا تارکِ وطن بھی خطرے سے گزرا ہوتا "
        "ہے اور اس کے ساتھ عزت سے پیش آنا ضروری ہے، لیکن اس کیس کو اسمگلنگ کے جرم کے طور پر "
        "نمٹایا جاتا ہے۔"
    ),
    (
        "Cross-border cases of both kinds are led by the Federal Investigation Agency (FIA). When "
        "trafficking happens within the country, the provincial police respond. The lesson "
        '"Reporting and referral in Pakistan", later in this course, explains reporting and '
        "referral in more detail."
    ): (
        "دونوں طرح کے سرحد پار کیسز کی قیادت ایف آئی اے (وفاقی تحقیقاتی ادارہ) کرتا ہے۔ جب "
        "ٹریفکنگ ملک کے اندر ہو تو صوبائی پولیس کارروائی کرتی ہے۔ رپورٹ اور ریفر کرنے کی تفصیل "
        'اسی کورس میں آگے سبق "پاکستان میں رپورٹ اور ریفر کرنا" میں بیان کی گئی ہے۔'
    ),
    (
        "Smuggling is agreed movement across a border; trafficking is the exploitation of a "
        "person, with or without any border."
    ): (
        "اسمگلنگ رضامندی سے سرحد پار منتقلی ہے؛ ٹریفکنگ کسی شخص کا استحصال ہے، چاہے سرحد پار ہو "
        "یا نہ ہو۔"
    ),
    "Smuggling ends on arrival; in trafficking the exploitation continues after arrival.": (
        "اسمگلنگ منزل پر پہنچ کر ختم ہو جاتی ہے؛ ٹریفکنگ میں پہنچنے کے بعد بھی استحصال جاری رہتا "
        "ہے۔"
    ),
    "Smuggling is an offence against the state; trafficking is an offence against the person.": (
        "اسمگلنگ ریاست کے خلاف جرم ہے؛ ٹریفکنگ فرد کے خلاف جرم ہے۔"
    ),
    (
        "A smuggled migrant can become a victim of trafficking on the way or on arrival, so "
        "always ask what happened next."
    ): (
        "اسمگل ہونے والا تارکِ وطن راستے میں یا منزل پر پہنچ کر ٹریفکنگ کا متاثرہ شخص بن سکتا ہے، "
        "اس لیے ہمیشہ پوچھیں کہ اس کے بعد کیا ہوا۔"
    ),
    "Recognising and responding": "پہچان اور ردِعمل",
    "Indicators in different settings": "مختلف ماحول میں علامات",
    (
        "The signs of trafficking in the forms seen in Pakistan, from brick kilns to false job "
        "offers abroad."
    ): (
        "پاکستان میں سامنے آنے والی صورتوں میں ٹریفکنگ کی علامات، اینٹوں کے بھٹوں سے لے کر بیرونِ "
        "ملک نوکری کی جھوٹی پیشکشوں تک۔"
    ),
    (
        "Victims rarely describe themselves as trafficked. Many do not know the word, fear the "
        "authorities or believe they are to blame. Indicators are signs that, taken together, "
        "suggest a person may be a victim. One indicator alone proves nothing; several together "
        "are a reason to look more closely and to act carefully."
    ): (
        "متاثرین شاذ و نادر ہی خود کو ٹریفکنگ کا شکار بتاتے ہیں۔ بہت سے یہ لفظ نہیں جانتے، حکام "
        "سے ڈرتے ہیں یا سمجھتے ہیں کہ قصور ان کا اپنا ہے۔ علامات وہ نشانیاں ہیں جو مل کر ظاہر "
        "کرتی ہیں کہ کوئی شخص متاثرہ ہو سکتا ہے۔ اکیلی ایک علامت کچھ ثابت نہیں کرتی؛ کئی علامات "
        "ایک ساتھ ہوں تو زیادہ غور سے دیکھنے اور احتیاط سے کارروائی کرنے کی وجہ بنتی ہیں۔"
    ),
    "General indicators of trafficking in persons": "انسانی ٹریفکنگ کی عمومی علامات",
    (
        "A person may be a victim of trafficking when several of these signs appear together. "
        "Note what you observe; do not try to prove the case on the spot."
    ): (
        "جب ان میں سے کئی علامات ایک ساتھ نظر آئیں تو کوئی شخص ٹریفکنگ کا متاثرہ ہو سکتا ہے۔ جو "
        "دیکھیں اسے نوٹ کریں؛ موقع پر کیس ثابت کرنے کی کوشش نہ کریں۔"
    ),
    "Someone else holds their identity documents": "اس کی شناختی دستاویزات کسی اور کے پاس ہیں",
    (
        "An employer, agent or so-called guardian keeps the person's identity card or passport, "
        "so that they cannot travel, look for other work or prove who they are."
    ): (
        "آجر، ایجنٹ یا نام نہاد سرپرست اس شخص کا شناختی کارڈ یا پاسپورٹ اپنے پاس رکھتا ہے، تاکہ "
        "وہ نہ سفر کر سکے، نہ کوئی اور کام ڈھونڈ سکے اور نہ اپنی شناخت ثابت کر سکے۔"
    ),
    "A debt that grows instead of shrinking": "قرض جو گھٹنے کے بجائے بڑھتا جائے",
    (
        "Deductions for food, housing, transport or fines keep the person in debt however long "
        "they work."
    ): (
        "کھانے، رہائش، آمد و رفت یا جرمانوں کی کٹوتیاں اس شخص کو مقروض رکھتی ہیں، چاہے وہ کتنا ہی "
        "عرصہ کام کرے۔"
    ),
    "Not free to leave or to move alone": "جانے یا اکیلے آنے جانے کی آزادی نہیں",
    (
        "Doors are locked, someone always goes with them, or they have been told that they or "
        "their family will suffer if they leave."
    ): (
        "دروازے بند رکھے جاتے ہیں، کوئی نہ کوئی ہر وقت ساتھ رہتا ہے، یا اسے کہا گیا ہے کہ اگر وہ "
        "چلا گیا تو اسے یا اس کے گھر والوں کو نقصان پہنچے گا۔"
    ),
    "Someone else answers for them": "اس کی جگہ کوئی اور جواب دیتا ہے",
    (
        "A companion insists on speaking for the person, or the person looks at someone else "
        "before answering."
    ): (
        "ساتھ آیا ہوا کوئی شخص اس کی طرف سے بولنے پر اصرار کرتا ہے، یا وہ شخص جواب دینے سے پہلے "
        "کسی اور کی طرف دیکھتا ہے۔"
    ),
    "Scripted or inconsistent stories": "رٹی رٹائی یا متضاد کہانیاں",
    (
        "Answers sound rehearsed, match word for word those of others in the group, or change "
        "when you ask for details."
    ): (
        "جوابات رٹے ہوئے لگتے ہیں، گروپ کے دوسرے افراد کے جوابات سے لفظ بہ لفظ ملتے ہیں، یا تفصیل "
        "پوچھنے پر بدل جاتے ہیں۔"
    ),
    "Does not know their address or employer": "اسے اپنا پتا یا آجر معلوم نہیں",
    "The person cannot say where they live or work, or who their employer is.": (
        "وہ شخص نہیں بتا سکتا کہ وہ کہاں رہتا یا کام کرتا ہے، یا اس کا آجر کون ہے۔"
    ),
    "Signs of injury, malnutrition or neglect": "چوٹ، غذائی کمی یا بے توجہی کے آثار",
    "Untreated injuries, exhaustion, hunger or poor health, with no believable explanation.": (
        "بغیر علاج کے زخم، تھکن، بھوک یا خراب صحت، جن کی کوئی قابلِ یقین وجہ نہ ہو۔"
    ),
    "Lives at the workplace, with little or no pay": (
        "کام کی جگہ پر ہی رہائش، اور تنخواہ بہت کم یا بالکل نہیں"
    ),
    (
        "The person sleeps where they work, and wages are withheld, paid to someone else or far "
        "below what was promised."
    ): (
        "وہ شخص وہیں سوتا ہے جہاں کام کرتا ہے، اور اس کی اجرت روک لی جاتی ہے، کسی اور کو دے دی "
        "جاتی ہے یا وعدے سے کہیں کم ہوتی ہے۔"
    ),
    "Fear of the police or of deportation": "پولیس یا ملک بدری کا خوف",
    (
        "The person is afraid of the authorities, often because they have been told they will be "
        "arrested, punished or sent away."
    ): (
        "وہ شخص حکام سے ڈرتا ہے، اکثر اس لیے کہ اسے بتایا گیا ہے کہ اسے گرفتار کر لیا جائے گا، "
        "سزا دی جائے گی یا واپس بھیج دیا جائے گا۔"
    ),
    "A child out of school, working or travelling with unrelated adults": (
        "اسکول سے باہر بچہ، جو کام کر رہا ہو یا غیر متعلق بالغوں کے ساتھ سفر کر رہا ہو"
    ),
    (
        "A child who should be in school is working, begging or travelling with adults who are "
        "not their parents or guardians."
    ): (
        "ایسا بچہ جسے اسکول میں ہونا چاہیے، مگر وہ کام کر رہا ہے، بھیک مانگ رہا ہے یا ایسے بالغوں "
        "کے ساتھ سفر کر رہا ہے جو اس کے والدین یا سرپرست نہیں۔"
    ),
    "Brick kilns and agriculture: peshgi and debt bondage": (
        "اینٹوں کے بھٹے اور زراعت: پیشگی اور قرض کی غلامی"
    ),
    (
        "Bonded labour in brick kilns and in agriculture is one of the forms of exploitation "
        "found in Pakistan. It usually begins with an advance, known as peshgi, given to a worker "
        "or to a whole family. The advance is to be repaid through work, but deductions and new "
        "advances mean that it never clears. The Bonded Labour System (Abolition) Act, 1992 "
        "abolished this system."
    ): (
        "اینٹوں کے بھٹوں اور زراعت میں جبری (بندھوا) مزدوری پاکستان میں پائی جانے والی استحصال کی "
        "صورتوں میں سے ایک ہے۔ یہ عموماً ایک پیشگی رقم سے شروع ہوتی ہے جو کسی مزدور یا پورے "
        "خاندان کو دی جاتی ہے۔ یہ رقم کام کے ذریعے ادا ہونی ہوتی ہے، لیکن کٹوتیوں اور نئی پیشگی "
        "رقموں کی وجہ سے یہ کبھی ختم نہیں ہوتی۔ بانڈڈ لیبر سسٹم (خاتمہ) ایکٹ، 1992 نے اس نظام کو "
        "ختم کر دیا ہے۔"
    ),
    "Look for:": "یہ دیکھیں:",
    "families who say they cannot leave until the advance is repaid;": (
        "ایسے خاندان جو کہتے ہیں کہ پیشگی ادا ہونے تک وہ نہیں جا سکتے؛"
    ),
    (
        "an employer or middleman who keeps the accounts, while the workers do not know how much "
        "they owe;"
    ): (
        "آجر یا بیچ کا آدمی حساب کتاب اپنے پاس رکھتا ہے، جبکہ مزدوروں کو معلوم نہیں کہ ان پر کتنا "
        "قرض ہے؛"
    ),
    "identity cards held by the owner, the manager or a middleman;": (
        "شناختی کارڈ مالک، منیجر یا بیچ کے آدمی کے قبضے میں ہیں؛"
    ),
    "whole families, including young children, working long hours for little or no cash.": (
        "چھوٹے بچوں سمیت پورے خاندان بہت کم یا بغیر نقد اجرت کے طویل اوقات کام کر رہے ہیں۔"
    ),
    "Domestic work, including children": "گھریلو کام، بشمول بچے",
    (
        "Domestic servitude happens behind closed doors. Workers, often women and girls and "
        "sometimes young boys, may be brought to city households through relatives or agents. "
        "Watch for a worker who never leaves the house alone, has no day off, is not paid or "
        "whose pay goes to someone else, sleeps in a kitchen or storeroom, shows signs of injury "
        "or neglect, or is a child who should be in school."
    ): (
        "گھریلو غلامی بند دروازوں کے پیچھے ہوتی ہے۔ کام کرنے والوں کو، جو اکثر خواتین اور لڑکیاں "
        "اور کبھی کبھی کم عمر لڑکے ہوتے ہیں، رشتہ داروں یا ایجنٹوں کے ذریعے شہری گھروں میں لایا "
        "جا سکتا ہے۔ ایسے ملازم پر نظر رکھیں جو کبھی اکیلا گھر سے باہر نہیں نکلتا، جسے کوئی چھٹی "
        "نہیں ملتی، جسے تنخواہ نہیں ملتی یا جس کی تنخواہ کسی اور کو جاتی ہے، جو باورچی خانے یا "
        "اسٹور روم میں سوتا ہے، جس پر چوٹ یا بے توجہی کے آثار ہیں، یا جو ایسا بچہ ہے جسے اسکول "
        "میں ہونا چاہیے۔"
    ),
    "Commercial sexual exploitation": "تجارتی جنسی استحصال",
    (
        "Women and children may be recruited with false promises of a job, of marriage or of a "
        "better life, and then exploited in prostitution. Forced and child marriage is also used "
        "as a route into exploitation. Indicators include a person who is moved often from place "
        "to place, does not control their own money or phone, is always accompanied, or appears "
        "to be under 18. The Pakistan Penal Code contains provisions against buying or selling "
        "persons for prostitution."
    ): (
        "خواتین اور بچوں کو نوکری، شادی یا بہتر زندگی کے جھوٹے وعدوں سے بھرتی کر کے عصمت فروشی "
        "میں ان کا استحصال کیا جا سکتا ہے۔ جبری شادی اور کم عمری کی شادی بھی استحصال کے راستے کے "
        "طور پر استعمال ہوتی ہے۔ علامات میں ایسا شخص شامل ہے جسے بار بار ایک جگہ سے دوسری جگہ "
        "منتقل کیا جاتا ہو، جس کا اپنے پیسوں یا فون پر اختیار نہ ہو، جس کے ساتھ ہر وقت کوئی ہو، "
        "یا جو 18 سال سے کم عمر لگتا ہو۔ مجموعۂ تعزیراتِ پاکستان (پاکستان پینل کوڈ) میں عصمت "
        "فروشی کے لیے افراد کی خرید و فروخت کے خلاف دفعات موجود ہیں۔"
    ),
    "Forced begging": "جبری گداگری",
    (
        "Children, and adults in vulnerable situations, may be forced to beg for people who take "
        "what they receive. Look for a group dropped off and collected by the same adults, "
        "children begging in school hours or late at night, a fixed amount that must be handed "
        "over each day, and fear of the adult who watches them."
    ): (
        "بچوں، اور کمزور حالات میں گھرے بالغوں، کو ایسے لوگوں کے لیے بھیک مانگنے پر مجبور کیا جا "
        "سکتا ہے جو ان کی ساری کمائی لے لیتے ہیں۔ ایسے گروپ پر نظر رکھیں جسے وہی بالغ چھوڑ کر "
        "جاتے اور واپس لے جاتے ہیں، اسکول کے اوقات میں یا رات گئے بھیک مانگتے بچے، روزانہ ایک طے "
        "شدہ رقم جو حوالے کرنی ہوتی ہے، اور نگرانی کرنے والے بالغ کا خوف۔"
    ),
    "Removal of organs": "اعضا نکالنا",
    (
        "People in deep poverty or debt may be deceived or pressured into giving a kidney or "
        "another organ, sometimes for payment that is never made. A recent surgical scar, "
        "together with debt, a broker or a story about an unexplained medical visit, is a reason "
        "to ask more questions, gently and in private. The Transplantation of Human Organs and "
        "Tissues Act, 2010 applies to organ trafficking."
    ): (
        "شدید غربت یا قرض میں مبتلا لوگوں کو دھوکے یا دباؤ سے گردہ یا کوئی اور عضو دینے پر آمادہ "
        "کیا جا سکتا ہے، بعض اوقات ایسی رقم کے وعدے پر جو کبھی ادا نہیں ہوتی۔ آپریشن کا تازہ "
        "نشان، اگر اس کے ساتھ قرض، کوئی دلال یا کسی ناقابلِ فہم طبی دورے کی کہانی بھی ہو، تو نرمی "
        "سے اور علیحدگی میں مزید سوال پوچھنے کی وجہ ہے۔ اعضا کی ٹریفکنگ پر انسانی اعضا اور بافتوں "
        "کی پیوندکاری کا ایکٹ، 2010 لاگو ہوتا ہے۔"
    ),
    "Trafficking abroad through false job offers": (
        "نوکری کی جھوٹی پیشکشوں کے ذریعے بیرونِ ملک ٹریفکنگ"
    ),
    (
        "Pakistanis looking for work abroad may be recruited by agents who promise good jobs and "
        "wages. On arrival, their passports are taken, the job is different from what was "
        "promised or does not exist, and they are held in forced labour, often told that they owe "
        "large sums for their visa and travel. Families at home may report that a relative cannot "
        "call freely, or has asked for money so that they can be released."
    ): (
        "بیرونِ ملک کام کی تلاش میں پاکستانیوں کو ایسے ایجنٹ بھرتی کر سکتے ہیں جو اچھی نوکری اور "
        "تنخواہ کا وعدہ کرتے ہیں۔ وہاں پہنچنے پر ان کے پاسپورٹ لے لیے جاتے ہیں، نوکری وعدے سے "
        "مختلف نکلتی ہے یا ہوتی ہی نہیں، اور انہیں جبری مشقت میں رکھا جاتا ہے، اکثر یہ کہہ کر کہ "
        "وہ ویزے اور سفر کی بڑی رقم کے مقروض ہیں۔ ملک میں موجود گھر والے بتا سکتے ہیں کہ ان کا "
        "رشتہ دار آزادی سے فون نہیں کر سکتا، یا اس نے اپنی رہائی کے لیے پیسے مانگے ہیں۔"
    ),
    (
        "At airports and recruitment points, watch for travellers who do not know their "
        "employer's name, whose documents are held by an agent, or who give scripted answers."
    ): (
        "ہوائی اڈوں اور بھرتی کے مقامات پر ایسے مسافروں پر نظر رکھیں جنہیں اپنے آجر کا نام معلوم "
        "نہ ہو، جن کی دستاویزات کسی ایجنٹ کے پاس ہوں، یا جو رٹے رٹائے جواب دیں۔"
    ),
    "Indicators are a starting point": "علامات صرف نقطۂ آغاز ہیں",
    (
        "Indicators point to possible trafficking. They are not proof, and not a reason to treat "
        "the person as a suspect. When you see several, respond as explained in the lesson "
        '"A victim-centred first response", and report and refer as explained in "Reporting and '
        'referral in Pakistan".'
    ): (
        "علامات ممکنہ ٹریفکنگ کی طرف اشارہ کرتی ہیں۔ یہ ثبوت نہیں، اور نہ ہی اس شخص کو مشتبہ "
        'سمجھنے کی وجہ ہیں۔ جب آپ کئی علامات دیکھیں تو سبق "متاثرہ شخص پر مرکوز ابتدائی ردِعمل" '
        'کے مطابق ردِعمل دیں، اور سبق "پاکستان میں رپورٹ اور ریفر کرنا" کے مطابق رپورٹ اور ریفر '
        "کریں۔"
    ),
    "Look for several indicators together, not one sign alone.": (
        "کئی علامات کو ایک ساتھ دیکھیں، صرف ایک نشانی کو نہیں۔"
    ),
    (
        "A peshgi advance that never clears is a sign of debt bondage in brick kilns and "
        "agriculture."
    ): (
        "ایسی پیشگی رقم جو کبھی ختم نہ ہو، اینٹوں کے بھٹوں اور زراعت میں پیشگی کے قرض کی غلامی کی "
        "علامت ہے۔"
    ),
    (
        "Domestic servitude and forced begging often involve children; a working child who is out "
        "of school is a warning sign."
    ): (
        "گھریلو غلامی اور جبری گداگری میں اکثر بچے شامل ہوتے ہیں؛ اسکول سے باہر کام کرنے والا بچہ "
        "خطرے کی علامت ہے۔"
    ),
    "False job offers abroad can lead to forced labour in another country.": (
        "بیرونِ ملک نوکری کی جھوٹی پیشکشیں دوسرے ملک میں جبری مشقت تک لے جا سکتی ہیں۔"
    ),
    "A victim-centred first response": "متاثرہ شخص پر مرکوز ابتدائی ردِعمل",
    (
        "How to respond to a possible victim in a way that keeps them safe, respects their "
        "choices and protects the case."
    ): (
        "ممکنہ متاثرہ شخص کے ساتھ اس طرح کیسے پیش آئیں کہ وہ محفوظ رہے، اس کی مرضی کا احترام ہو "
        "اور کیس بھی محفوظ رہے۔"
    ),
    (
        "How you act in the first minutes and hours can decide whether a victim trusts the "
        "authorities, accepts help and is later able to give evidence. A victim-centred response "
        "puts the safety, rights and wellbeing of the person first. It is also the best way to "
        "build a strong case against those responsible."
    ): (
        "پہلے چند منٹوں اور گھنٹوں میں آپ کا رویہ یہ طے کر سکتا ہے کہ متاثرہ شخص حکام پر بھروسا "
        "کرے گا یا نہیں، مدد قبول کرے گا یا نہیں، اور بعد میں گواہی دے سکے گا یا نہیں۔ متاثرہ شخص "
        "پر مرکوز ردِعمل اس کی حفاظت، حقوق اور بہبود کو سب سے مقدم رکھتا ہے۔ ذمہ داروں کے خلاف "
        "مضبوط کیس بنانے کا بھی یہی بہترین طریقہ ہے۔"
    ),
    "Safety first, and do no harm": "حفاظت سب سے پہلے، اور کوئی نقصان نہ پہنچائیں",
    (
        "Before anything else, think about safety, for the person and for yourself. Are the "
        "suspects nearby? Could speaking in front of others expose the person or their family to "
        "punishment later? Is medical help needed now?"
    ): (
        "سب سے پہلے حفاظت کے بارے میں سوچیں، اس شخص کی بھی اور اپنی بھی۔ کیا مشتبہ افراد آس پاس "
        "ہیں؟ کیا دوسروں کے سامنے بات کرنے سے بعد میں اس شخص یا اس کے گھر والوں کو سزا کا سامنا "
        "ہو سکتا ہے؟ کیا ابھی طبی مدد کی ضرورت ہے؟"
    ),
    (
        "Do no harm means avoiding anything that makes the person's situation worse: questioning "
        "them where an employer or agent can hear, promising what you cannot deliver, or sending "
        "them back to the place where they were exploited."
    ): (
        "کوئی نقصان نہ پہنچانے کا مطلب ہے ہر اس کام سے بچنا جو اس شخص کی حالت کو مزید خراب کرے: "
        "ایسی جگہ سوال کرنا جہاں آجر یا ایجنٹ سن سکے، ایسا وعدہ کرنا جو آپ پورا نہ کر سکیں، یا "
        "اسے اسی جگہ واپس بھیج دینا جہاں اس کا استحصال ہوا۔"
    ),
    "Communicating safely": "محفوظ طریقے سے بات چیت",
    (
        "Use an interpreter who is not linked to the suspects. Never ask an employer, an agent, a "
        "so-called relative or anyone from the same network to interpret."
    ): (
        "ایسا ترجمان استعمال کریں جس کا مشتبہ افراد سے کوئی تعلق نہ ہو۔ کبھی کسی آجر، ایجنٹ، نام "
        "نہاد رشتہ دار یا اسی گروہ کے کسی فرد سے ترجمانی نہ کروائیں۔"
    ),
    (
        "Speak in private and in a calm place. Explain who you are, why you are speaking to the "
        "person and what will happen next."
    ): (
        "علیحدگی میں اور پُرسکون جگہ پر بات کریں۔ بتائیں کہ آپ کون ہیں، آپ اس شخص سے کیوں بات کر "
        "رہے ہیں اور آگے کیا ہو گا۔"
    ),
    (
        "Interview only as often as needed. Coordinate with colleagues so that the person does "
        "not have to tell the same story again and again to different officers."
    ): (
        "صرف اتنی بار انٹرویو کریں جتنا ضروری ہو۔ ساتھیوں کے ساتھ رابطہ رکھیں تاکہ اس شخص کو "
        "مختلف افسران کے سامنے ایک ہی کہانی بار بار نہ سنانی پڑے۔"
    ),
    (
        "Use simple, respectful language. Do not blame the person for what happened to them or "
        "for how they travelled."
    ): (
        "سادہ اور باعزت زبان استعمال کریں۔ اس کے ساتھ جو ہوا یا جس طرح اس نے سفر کیا، اس کا الزام "
        "اسی پر نہ ڈالیں۔"
    ),
    "Avoid re-traumatising interviews": "ایسے انٹرویو سے بچیں جو صدمہ تازہ کر دیں",
    (
        "Do not press for painful details that are not needed yet, do not repeat the same "
        "questions, and allow breaks. Distress, confusion and gaps in memory are common after "
        "frightening experiences; on their own they do not mean the person is lying."
    ): (
        "ایسی تکلیف دہ تفصیلات پر زور نہ دیں جن کی ابھی ضرورت نہیں، ایک ہی سوال بار بار نہ "
        "دہرائیں، اور وقفہ لینے دیں۔ خوفناک تجربات کے بعد پریشانی، الجھن اور یادداشت میں خلا عام "
        "بات ہیں؛ صرف ان کی بنیاد پر یہ نتیجہ نہیں نکلتا کہ وہ شخص جھوٹ بول رہا ہے۔"
    ),
    "Informed consent and confidentiality": "باخبر رضامندی اور رازداری",
    (
        "An adult decides whether to accept referral to a shelter, medical care, psychosocial "
        "support or legal aid. Informed consent means that the person understands, in their own "
        "language, what is being offered, what will happen and what they can refuse. Record that "
        "consent was given."
    ): (
        "بالغ شخص خود فیصلہ کرتا ہے کہ پناہ گاہ، طبی نگہداشت، نفسیاتی و سماجی مدد یا قانونی امداد "
        "کے لیے ریفر کیا جانا قبول کرے یا نہیں۔ باخبر رضامندی کا مطلب ہے کہ وہ شخص اپنی زبان میں "
        "سمجھتا ہے کہ اسے کیا پیشکش کی جا رہی ہے، آگے کیا ہو گا اور وہ کس چیز سے انکار کر سکتا "
        "ہے۔ تحریر میں لائیں کہ رضامندی دی گئی۔"
    ),
    (
        "Keep the person's identity, story and location confidential. Share them only with those "
        "who need them to protect the person or to investigate the case, and never with the media."
    ): (
        "اس شخص کی شناخت، کہانی اور ٹھکانا راز میں رکھیں۔ یہ معلومات صرف انہی کو دیں جنہیں اس شخص "
        "کے تحفظ یا کیس کی تفتیش کے لیے ان کی ضرورت ہو، اور میڈیا کو کبھی نہ دیں۔"
    ),
    "Children: the best interests of the child come first": "بچے: بچے کا بہترین مفاد سب سے پہلے",
    (
        "When the person is a child, the best interests of the child come first in every "
        "decision. Involve the child protection bureau, do not hand the child back to anyone who "
        "may be involved in the exploitation, and make sure that a suitable adult who has no link "
        "to the suspects is present during any conversation."
    ): (
        "جب متاثرہ شخص بچہ ہو تو ہر فیصلے میں بچے کا بہترین مفاد سب سے مقدم ہے۔ چائلڈ پروٹیکشن "
        "بیورو کو شامل کریں، بچے کو کسی ایسے شخص کے حوالے نہ کریں جو استحصال میں ملوث ہو سکتا ہو، "
        "اور یقینی بنائیں کہ ہر بات چیت کے دوران کوئی موزوں بالغ موجود ہو جس کا مشتبہ افراد سے "
        "کوئی تعلق نہ ہو۔"
    ),
    "The non-punishment principle": "عدم سزا کا اصول",
    (
        "Victims are often made to commit offences: travelling on false documents, working "
        "without permission, begging, or being exploited in prostitution. Under the "
        "non-punishment principle, victims are not prosecuted or punished for offences they were "
        "compelled to commit as a result of being trafficked. Arresting or charging a victim "
        "pushes them back towards the traffickers and destroys trust."
    ): (
        "متاثرین سے اکثر جرائم کروائے جاتے ہیں: جعلی دستاویزات پر سفر، اجازت کے بغیر کام، بھیک "
        "مانگنا، یا عصمت فروشی میں ان کا استحصال۔ عدم سزا کے اصول کے تحت متاثرین پر ان جرائم کا "
        "مقدمہ نہیں چلایا جاتا اور نہ انہیں سزا دی جاتی ہے جن پر انہیں ٹریفکنگ کے نتیجے میں مجبور "
        "کیا گیا۔ متاثرہ شخص کو گرفتار کرنا یا اس پر فردِ جرم عائد کرنا اسے دوبارہ ٹریفکرز کی طرف "
        "دھکیل دیتا ہے اور بھروسا ختم کر دیتا ہے۔"
    ),
    "Do not treat victims as offenders": "متاثرین کو مجرم نہ سمجھیں",
    (
        "If a person stopped for begging, for a document offence or during a raid shows "
        "indicators of trafficking, pause. Treat them as a possible victim, not as a suspect, "
        "until the facts are clear."
    ): (
        "اگر بھیک مانگنے، دستاویزات سے متعلق کسی جرم یا کسی چھاپے کے دوران روکا گیا شخص ٹریفکنگ "
        "کی علامات ظاہر کرے تو رک جائیں۔ جب تک حقائق واضح نہ ہوں، اسے مشتبہ نہیں بلکہ ممکنہ "
        "متاثرہ شخص سمجھیں۔"
    ),
    (
        "The first time, an officer shouted at me and asked for my papers, and I said nothing. "
        "Months later, a woman officer sat with me in a quiet room, with an interpreter from "
        "outside our area, and told me I was not in trouble. Only then could I tell her what had "
        "happened."
    ): (
        "پہلی بار ایک افسر نے مجھ پر چِلّا کر میرے کاغذات مانگے، اور میں کچھ نہ بولی۔ کئی مہینے "
        "بعد ایک خاتون افسر ایک پُرسکون کمرے میں میرے پاس بیٹھیں، ساتھ ہمارے علاقے سے باہر کی ایک "
        "ترجمان تھیں، اور انہوں نے کہا کہ میں کسی مصیبت میں نہیں ہوں۔ تب جا کر میں انہیں بتا سکی "
        "کہ میرے ساتھ کیا ہوا تھا۔"
    ),
    "A survivor of trafficking for domestic work (composite)": (
        "گھریلو کام کے لیے ٹریفکنگ سے بچ جانے والی ایک خاتون (فرضی مجموعی بیان)"
    ),
    "A composite account written for this course; not a real person's words.": (
        "اس کورس کے لیے لکھا گیا ایک فرضی، مجموعی بیان؛ یہ کسی حقیقی شخص کے الفاظ نہیں۔"
    ),
    "A girl travelling with a man who is not her father": (
        "ایک لڑکی جو ایسے آدمی کے ساتھ سفر کر رہی ہے جو اس کا باپ نہیں"
    ),
    (
        "At a bus terminal, you notice a man with a girl who looks about 14 years old. He says "
        "that she is his niece and that he is taking her to work for a family in the city. The "
        "girl keeps her eyes down and does not answer when you greet her. The man answers every "
        "question for her and becomes impatient when you try to speak to her directly."
    ): (
        "بس اڈے پر آپ ایک آدمی کو ایک لڑکی کے ساتھ دیکھتے ہیں جو تقریباً 14 سال کی لگتی ہے۔ وہ "
        "کہتا ہے کہ یہ اس کی بھتیجی ہے اور وہ اسے شہر میں ایک خاندان کے ہاں کام پر لے جا رہا ہے۔ "
        "لڑکی نظریں جھکائے رکھتی ہے اور آپ کے سلام کا جواب نہیں دیتی۔ آدمی اس کی طرف سے ہر سوال "
        "کا جواب دیتا ہے اور جب آپ براہِ راست لڑکی سے بات کرنے کی کوشش کرتے ہیں تو بے چین ہو جاتا "
        "ہے۔"
    ),
    "What should you do?": "آپ کو کیا کرنا چاہیے؟",
    (
        "Treat the girl as a possible child victim. She appears to be under 18, she is being "
        "taken to work, and the adult answers for her. Because she is a child, no means needs to "
        "be shown."
    ): (
        "لڑکی کو ممکنہ متاثرہ بچی سمجھیں۔ وہ 18 سال سے کم عمر لگتی ہے، اسے کام پر لے جایا جا رہا "
        "ہے، اور بالغ شخص اس کی جگہ جواب دیتا ہے۔ چونکہ وہ بچی ہے، کسی ذریعے کا ثبوت ضروری نہیں۔"
    ),
    (
        "Separate the girl from the man calmly and safely, with a female colleague if possible, "
        "and without accusing anyone in front of her."
    ): (
        "لڑکی کو پُرسکون اور محفوظ طریقے سے آدمی سے الگ کریں، ممکن ہو تو کسی خاتون ساتھی کے ساتھ، "
        "اور اس کے سامنے کسی پر الزام لگائے بغیر۔"
    ),
    (
        "Speak to her in a private place, in a language she understands, with an interpreter who "
        "has no link to the man if one is needed."
    ): (
        "اس سے علیحدگی میں، ایسی زبان میں بات کریں جو وہ سمجھتی ہو، اور ضرورت ہو تو ایسا ترجمان "
        "رکھیں جس کا اس آدمی سے کوئی تعلق نہ ہو۔"
    ),
    (
        "Do not hand her back to the man. Involve the child protection bureau and follow your "
        "procedure for a possible child victim."
    ): (
        "اسے واپس اس آدمی کے حوالے نہ کریں۔ چائلڈ پروٹیکشن بیورو کو شامل کریں اور ممکنہ متاثرہ "
        "بچے کے لیے اپنے طریقۂ کار پر عمل کریں۔"
    ),
    (
        "Ask only what you need to know now: whether she is safe, her age, her family and where "
        "she is being taken."
    ): (
        "صرف وہی پوچھیں جو ابھی جاننا ضروری ہے: کیا وہ محفوظ ہے، اس کی عمر، اس کا خاندان اور اسے "
        "کہاں لے جایا جا رہا ہے۔"
    ),
    "Write down what you saw and heard, including the man's explanation in his own words.": (
        "جو دیکھا اور سنا اسے لکھیں، آدمی کی وضاحت بھی اسی کے الفاظ میں۔"
    ),
    "Which indicators did you notice, and which are the strongest?": (
        "آپ نے کون سی علامات دیکھیں، اور ان میں سب سے مضبوط کون سی ہیں؟"
    ),
    "Why is it not necessary to find threats or deception in this case?": (
        "اس کیس میں دھمکی یا دھوکا تلاش کرنا کیوں ضروری نہیں؟"
    ),
    "What could go wrong if you questioned the girl in front of the man?": (
        "اگر آپ لڑکی سے اس آدمی کے سامنے سوال کرتے تو کیا غلط ہو سکتا تھا؟"
    ),
    "Who else needs to be involved in your district?": (
        "آپ کے ضلع میں اور کس کو شامل کرنا ضروری ہے؟"
    ),
    "Safety comes first, for the person and for you; do no harm.": (
        "حفاظت سب سے پہلے، اس شخص کی بھی اور آپ کی بھی؛ کوئی نقصان نہ پہنچائیں۔"
    ),
    (
        "Use an interpreter with no link to the suspects, and interview in private and only as "
        "often as needed."
    ): (
        "ایسا ترجمان استعمال کریں جس کا مشتبہ افراد سے کوئی تعلق نہ ہو، اور انٹرویو علیحدگی میں "
        "اور صرف ضرورت کے مطابق کریں۔"
    ),
    "Obtain informed consent for referral and keep the person's information confidential.": (
        "ریفر کرنے کے لیے باخبر رضامندی لیں اور اس شخص کی معلومات راز میں رکھیں۔"
    ),
    "For children, the best interests of the child come first.": (
        "بچوں کے معاملے میں بچے کا بہترین مفاد سب سے پہلے ہے۔"
    ),
    "Victims are not punished for offences they were compelled to commit.": (
        "متاثرین کو ان جرائم پر سزا نہیں دی جاتی جن پر انہیں مجبور کیا گیا۔"
    ),
    "Reporting, referral and practice": "رپورٹ، ریفر اور عملی مشق",
    "Reporting and referral in Pakistan": "پاکستان میں رپورٹ اور ریفر کرنا",
    (
        "Which laws apply, which authority handles what, and how to refer victims and record what "
        "you saw."
    ): (
        "کون سے قوانین لاگو ہوتے ہیں، کون سا ادارہ کیا دیکھتا ہے، اور متاثرین کو کیسے ریفر کریں "
        "اور جو دیکھا اسے کیسے تحریر میں لائیں۔"
    ),
    (
        "Recognising a case is only the start. The 2022 Islamabad conference stressed that "
        "everyone is responsible for spreading awareness and reporting suspicious activity, and "
        "that more victims should be referred directly to services. This lesson sets out the "
        "laws, the authorities and the practical steps."
    ): (
        "کیس کی پہچان صرف آغاز ہے۔ 2022 کی اسلام آباد کانفرنس نے زور دیا کہ آگاہی پھیلانا اور "
        "مشکوک سرگرمی کی اطلاع دینا ہر ایک کی ذمہ داری ہے، اور زیادہ متاثرین کو براہِ راست خدمات "
        "کے لیے ریفر کیا جانا چاہیے۔ یہ سبق قوانین، اداروں اور عملی اقدامات کی وضاحت کرتا ہے۔"
    ),
    "Check the current law": "موجودہ قانون ضرور دیکھیں",
    (
        "The laws and responsibilities described here are a summary for training. Laws are "
        "amended, and procedures differ between provinces and agencies. In a real case, check the "
        "current text of the law and the standing instructions of your own organisation."
    ): (
        "یہاں بیان کیے گئے قوانین اور ذمہ داریاں تربیت کے لیے ایک خلاصہ ہیں۔ قوانین میں ترامیم "
        "ہوتی رہتی ہیں، اور طریقۂ کار صوبوں اور اداروں میں مختلف ہوتا ہے۔ کسی حقیقی کیس میں قانون "
        "کا موجودہ متن اور اپنے ادارے کی مستقل ہدایات ضرور دیکھیں۔"
    ),
    "The legal framework": "قانونی ڈھانچہ",
    "Two federal laws from 2018 are at the centre of Pakistan's response:": (
        "2018 کے دو وفاقی قوانین پاکستان کے ردِعمل کا مرکز ہیں:"
    ),
    (
        "the Prevention of Trafficking in Persons Act, 2018, which deals with trafficking in "
        "persons;"
    ): "انسدادِ انسانی ٹریفکنگ ایکٹ، 2018، جو انسانی ٹریفکنگ سے متعلق ہے؛",
    (
        "the Prevention of Smuggling of Migrants Act, 2018, which deals with the smuggling of "
        "migrants."
    ): "انسدادِ تارکینِ وطن اسمگلنگ ایکٹ، 2018، جو تارکینِ وطن کی اسمگلنگ سے متعلق ہے۔",
    "Other laws cover particular forms of exploitation:": (
        "دیگر قوانین استحصال کی مخصوص صورتوں کا احاطہ کرتے ہیں:"
    ),
    (
        "the Bonded Labour System (Abolition) Act, 1992, for bonded labour, including peshgi debt "
        "bondage in brick kilns and agriculture;"
    ): (
        "بانڈڈ لیبر سسٹم (خاتمہ) ایکٹ، 1992، جبری (بندھوا) مزدوری کے لیے، بشمول اینٹوں کے بھٹوں "
        "اور زراعت میں پیشگی کے قرض کی غلامی؛"
    ),
    (
        "provisions of the Pakistan Penal Code on slavery and on buying or selling persons for "
        "prostitution;"
    ): (
        "مجموعۂ تعزیراتِ پاکستان کی وہ دفعات جو غلامی اور عصمت فروشی کے لیے افراد کی خرید و فروخت "
        "سے متعلق ہیں؛"
    ),
    (
        "the Transplantation of Human Organs and Tissues Act, 2010, for trafficking for the "
        "removal of organs."
    ): (
        "انسانی اعضا اور بافتوں کی پیوندکاری کا ایکٹ، 2010، اعضا نکالنے کے لیے ٹریفکنگ کے معاملے "
        "میں۔"
    ),
    (
        "Pakistan moved up to Tier 2 in the 2022 US Trafficking in Persons report, a step "
        "credited to the 2018 trafficking law and to better coordination."
    ): (
        "2022 کی امریکی ٹریفکنگ اِن پرسنز رپورٹ میں پاکستان ترقی کر کے ٹیئر 2 میں آ گیا، اور اس "
        "کا سہرا 2018 کے ٹریفکنگ کے قانون اور بہتر رابطہ کاری کے سر باندھا گیا۔"
    ),
    "Who handles what": "کون سا ادارہ کیا دیکھتا ہے",
    (
        "The Federal Investigation Agency (FIA) leads on cross-border trafficking and on migrant "
        "smuggling, for example when Pakistanis are recruited for work abroad and exploited there."
    ): (
        "ایف آئی اے (وفاقی تحقیقاتی ادارہ) سرحد پار ٹریفکنگ اور تارکینِ وطن کی اسمگلنگ کے معاملات "
        "کی قیادت کرتا ہے، مثلاً جب پاکستانیوں کو بیرونِ ملک کام کے لیے بھرتی کر کے وہاں ان کا "
        "استحصال کیا جائے۔"
    ),
    (
        "The provincial police respond to trafficking within the country, such as bonded labour, "
        "domestic servitude, forced begging or sexual exploitation inside Pakistan."
    ): (
        "صوبائی پولیس ملک کے اندر ٹریفکنگ پر کارروائی کرتی ہے، جیسے پاکستان کے اندر جبری (بندھوا) "
        "مزدوری، گھریلو غلامی، جبری گداگری یا جنسی استحصال۔"
    ),
    "Child protection bureaus receive referrals of child victims.": (
        "چائلڈ پروٹیکشن بیورو ریفر کیے گئے متاثرہ بچوں کے کیسز وصول کرتے ہیں۔"
    ),
    (
        "Shelters, including Dar-ul-Aman, as well as legal aid and health services, receive "
        "referrals for safe accommodation, advice and care."
    ): (
        "پناہ گاہیں، بشمول دارالامان، نیز قانونی امداد اور صحت کی خدمات، محفوظ رہائش، مشورے اور "
        "نگہداشت کے لیے ریفر کیے گئے افراد کو وصول کرتی ہیں۔"
    ),
    (
        "If you are not sure which authority is responsible, do not wait. Inform your supervisor "
        "and the authority you believe is responsible, and let them coordinate."
    ): (
        "اگر آپ کو یقین نہ ہو کہ کون سا ادارہ ذمہ دار ہے تو انتظار نہ کریں۔ اپنے سپروائزر اور اس "
        "ادارے کو مطلع کریں جو آپ کے خیال میں ذمہ دار ہے، اور رابطہ کاری انہیں کرنے دیں۔"
    ),
    "Contact details": "رابطے کی تفصیلات",
    (
        "This course does not list telephone numbers or addresses. Your organisation keeps the "
        "current contacts for the FIA, the district police, child protection and referral "
        "services; know where to find them before you need them."
    ): (
        "یہ کورس ٹیلی فون نمبر یا پتے نہیں دیتا۔ ایف آئی اے، ضلعی پولیس، بچوں کے تحفظ اور ریفر "
        "کرنے والی خدمات کے تازہ رابطے آپ کا ادارہ رکھتا ہے؛ ضرورت پڑنے سے پہلے جان لیں کہ یہ "
        "کہاں ملیں گے۔"
    ),
    "Referral: connecting the person to help": "ریفر کرنا: متاثرہ شخص کو مدد سے جوڑنا",
    (
        "Referral means connecting the person, with their informed consent, to services that meet "
        "their needs. A good referral is planned; it is not a hand-over at the door."
    ): (
        "ریفر کرنے کا مطلب ہے اس شخص کو، اس کی باخبر رضامندی سے، ان خدمات سے جوڑنا جو اس کی "
        "ضروریات پوری کریں۔ اچھی طرح ریفر کرنا ایک منصوبہ بند عمل ہے؛ یہ دروازے پر کسی کو سونپ "
        "دینا نہیں۔"
    ),
    (
        "Identify urgent needs: safety, medical care, food, shelter, and contact with family "
        "where that is safe."
    ): (
        "فوری ضروریات کی نشاندہی کریں: حفاظت، طبی نگہداشت، کھانا، پناہ، اور جہاں محفوظ ہو وہاں "
        "گھر والوں سے رابطہ۔"
    ),
    (
        "Explain the options in the person's language and obtain informed consent. For a child, "
        "act in the best interests of the child together with the child protection bureau."
    ): (
        "اس شخص کی زبان میں دستیاب راستے سمجھائیں اور باخبر رضامندی لیں۔ بچے کے معاملے میں چائلڈ "
        "پروٹیکشن بیورو کے ساتھ مل کر بچے کے بہترین مفاد میں کام کریں۔"
    ),
    (
        "Contact the receiving service before the person arrives, and share only the information "
        "it needs."
    ): (
        "اس شخص کے پہنچنے سے پہلے متعلقہ ادارے سے رابطہ کریں، اور صرف وہی معلومات دیں جن کی اسے "
        "ضرورت ہے۔"
    ),
    "Arrange safe transport and, where possible, accompany the person.": (
        "محفوظ سواری کا انتظام کریں اور جہاں ممکن ہو اس شخص کے ساتھ جائیں۔"
    ),
    (
        "Record the referral, and follow up to confirm that the person arrived and is receiving "
        "help."
    ): (
        "ریفر کرنے کا ریکارڈ رکھیں، اور بعد میں معلوم کریں کہ وہ شخص پہنچ گیا اور اسے مدد مل رہی "
        "ہے۔"
    ),
    "Recording what you saw": "جو دیکھا اسے تحریر میں لانا",
    (
        "Your written record may become evidence. Record what you saw and heard, not your guesses "
        "or conclusions. Write down the date, time and place; who was present; the indicators you "
        "observed; the person's own words where possible; and the steps you took, including "
        "referrals and consent. Keep the record secure and share it only through official "
        "channels."
    ): (
        "آپ کا تحریری ریکارڈ ثبوت بن سکتا ہے۔ وہ لکھیں جو آپ نے دیکھا اور سنا، اپنے اندازے یا "
        "نتائج نہیں۔ تاریخ، وقت اور جگہ؛ کون موجود تھا؛ آپ نے کون سی علامات دیکھیں؛ جہاں ممکن ہو "
        "اس شخص کے اپنے الفاظ؛ اور آپ نے کیا اقدامات کیے، بشمول ریفر کرنا اور رضامندی، سب درج "
        "کریں۔ ریکارڈ محفوظ رکھیں اور صرف سرکاری ذرائع سے شیئر کریں۔"
    ),
    (
        "For example, write: the worker said that the manager keeps his identity card and told "
        "him he cannot leave until his advance is repaid. Do not write only: the worker is a "
        "bonded labourer."
    ): (
        "مثال کے طور پر یوں لکھیں: مزدور نے بتایا کہ منیجر نے اس کا شناختی کارڈ اپنے پاس رکھا ہوا "
        "ہے اور اس سے کہا ہے کہ پیشگی ادا ہونے تک وہ نہیں جا سکتا۔ صرف یہ نہ لکھیں: مزدور جبری "
        "(بندھوا) مزدور ہے۔"
    ),
    "Families at a brick kiln": "اینٹوں کے بھٹے پر خاندان",
    (
        "You are a police officer accompanying a labour inspector on a visit to a brick kiln in "
        "your district. Several families have worked there for years. One worker quietly tells "
        "you that his family took a peshgi advance three years ago, that the manager now says "
        "they owe more than at the start, and that the manager keeps their identity cards. When "
        "the manager walks over, the worker stops talking. Several children are working at the "
        "kiln."
    ): (
        "آپ ایک پولیس افسر ہیں اور اپنے ضلع میں ایک اینٹوں کے بھٹے کے دورے پر لیبر انسپکٹر کے "
        "ساتھ ہیں۔ کئی خاندان برسوں سے وہاں کام کر رہے ہیں۔ ایک مزدور آہستہ سے آپ کو بتاتا ہے کہ "
        "اس کے خاندان نے تین سال پہلے پیشگی لی تھی، کہ منیجر اب کہتا ہے کہ ان پر شروع سے بھی "
        "زیادہ قرض ہے، اور یہ کہ منیجر نے ان کے شناختی کارڈ اپنے پاس رکھے ہیں۔ جب منیجر قریب آتا "
        "ہے تو مزدور خاموش ہو جاتا ہے۔ بھٹے پر کئی بچے بھی کام کر رہے ہیں۔"
    ),
    (
        "Several indicators of debt bondage are present: a debt that grows, documents held by the "
        "employer, workers who are not free to leave, and children at work. This is possible "
        "trafficking within the country, so the provincial police respond, and the Bonded Labour "
        "System (Abolition) Act, 1992 is also relevant."
    ): (
        "قرض کی غلامی کی کئی علامات موجود ہیں: بڑھتا ہوا قرض، آجر کے قبضے میں دستاویزات، ایسے "
        "مزدور جو جانے کے لیے آزاد نہیں، اور کام کرتے بچے۔ یہ ملک کے اندر ممکنہ ٹریفکنگ ہے، اس "
        "لیے صوبائی پولیس کارروائی کرتی ہے، اور بانڈڈ لیبر سسٹم (خاتمہ) ایکٹ، 1992 بھی متعلقہ ہے۔"
    ),
    (
        "Do not confront the manager or question the worker in front of him; that could put the "
        "family at risk."
    ): (
        "منیجر سے الجھیں نہیں اور اس کے سامنے مزدور سے سوال نہ کریں؛ اس سے خاندان خطرے میں پڑ "
        "سکتا ہے۔"
    ),
    (
        "Note what you saw and heard, in the worker's own words, and report it promptly through "
        "your chain of command."
    ): (
        "جو دیکھا اور سنا اسے مزدور کے اپنے الفاظ میں نوٹ کریں، اور اپنے افسرانِ بالا کے ذریعے "
        "فوراً رپورٹ کریں۔"
    ),
    (
        "Plan any follow-up visit with the labour authorities so that families can be spoken to "
        "safely and separately."
    ): (
        "کسی بھی اگلے دورے کی منصوبہ بندی محکمۂ محنت کے حکام کے ساتھ کریں تاکہ خاندانوں سے محفوظ "
        "طریقے سے اور الگ الگ بات ہو سکے۔"
    ),
    (
        "Involve the child protection bureau for the working children, and prepare referrals to "
        "shelter, legal aid and health services with the families' informed consent."
    ): (
        "کام کرنے والے بچوں کے لیے چائلڈ پروٹیکشن بیورو کو شامل کریں، اور خاندانوں کی باخبر "
        "رضامندی سے پناہ گاہ، قانونی امداد اور صحت کی خدمات کے لیے ریفر کرنے کی تیاری کریں۔"
    ),
    "Which facts point to debt bondage rather than an ordinary loan?": (
        "کون سے حقائق ظاہر کرتے ہیں کہ یہ عام قرض نہیں بلکہ قرض کی غلامی ہے؟"
    ),
    "Why could speaking openly to the worker at the kiln put his family at risk?": (
        "بھٹے پر مزدور سے کھلے عام بات کرنا اس کے خاندان کو خطرے میں کیوں ڈال سکتا ہے؟"
    ),
    "Which laws could apply, and who should be informed?": (
        "کون سے قوانین لاگو ہو سکتے ہیں، اور کس کو مطلع کیا جانا چاہیے؟"
    ),
    "How will you make sure that the best interests of the children are considered?": (
        "آپ کیسے یقینی بنائیں گے کہ بچوں کے بہترین مفاد کو پیشِ نظر رکھا جائے؟"
    ),
    (
        "The Prevention of Trafficking in Persons Act, 2018 and the Prevention of Smuggling of "
        "Migrants Act, 2018 are the core federal laws; other laws cover bonded labour, slavery, "
        "buying or selling persons for prostitution, and organ trafficking."
    ): (
        "انسدادِ انسانی ٹریفکنگ ایکٹ، 2018 اور انسدادِ تارکینِ وطن اسمگلنگ ایکٹ، 2018 بنیادی "
        "وفاقی قوانین ہیں؛ دیگر قوانین جبری (بندھوا) مزدوری، غلامی، عصمت فروشی کے لیے افراد کی "
        "خرید و فروخت اور اعضا کی ٹریفکنگ کا احاطہ کرتے ہیں۔"
    ),
    (
        "The FIA leads on cross-border cases; the provincial police respond to trafficking within "
        "the country."
    ): (
        "سرحد پار کیسز کی قیادت ایف آئی اے کرتا ہے؛ ملک کے اندر ٹریفکنگ پر صوبائی پولیس کارروائی "
        "کرتی ہے۔"
    ),
    (
        "Refer victims to child protection, shelter, legal aid and health services, with informed "
        "consent."
    ): (
        "متاثرین کو باخبر رضامندی کے ساتھ بچوں کے تحفظ، پناہ گاہ، قانونی امداد اور صحت کی خدمات "
        "کے لیے ریفر کریں۔"
    ),
    "Record what you saw and heard, not your guesses.": (
        "وہ لکھیں جو آپ نے دیکھا اور سنا، اپنے اندازے نہیں۔"
    ),
    "Putting it together": "سب کچھ یکجا کرنا",
    "Two longer cases that bring the course together, and the key points to remember.": (
        "دو تفصیلی کیس جو پورے کورس کو یکجا کرتے ہیں، اور یاد رکھنے کے اہم نکات۔"
    ),
    (
        "Real cases rarely arrive labelled: they come as a worried parent's complaint, a nervous "
        "traveller or a raid that finds more than expected. The two cases below bring together "
        "everything in this course. Decide what you would do, then compare your answer with the "
        "model response."
    ): (
        "حقیقی کیس شاذ و نادر ہی کسی لیبل کے ساتھ آتے ہیں: وہ کسی پریشان والدین کی شکایت، کسی "
        "گھبرائے ہوئے مسافر یا کسی ایسے چھاپے کی صورت میں سامنے آتے ہیں جس میں توقع سے زیادہ کچھ "
        "نکل آئے۔ نیچے دیے گئے دو کیس اس کورس کی ہر بات کو یکجا کرتے ہیں۔ فیصلہ کریں کہ آپ کیا "
        "کریں گے، پھر اپنے جواب کا نمونے کے جواب سے موازنہ کریں۔"
    ),
    "A job abroad that was not what it seemed": (
        "بیرونِ ملک نوکری جو ویسی نہیں تھی جیسی نظر آتی تھی"
    ),
    (
        "A woman comes to a police station in a district town. Her son, aged 24, paid a local "
        "agent to arrange a job as a driver in another country, and travelled eight months ago. "
        "In the first weeks he called often. Now he calls rarely, always late at night. He says "
        "that the employer took his passport, that he works long hours on a construction site "
        "instead of driving, that he has not been paid, and that he is told he still owes the "
        "agent for his visa and ticket. In his last call he said that he could not leave and "
        "asked the family to send money so that he could be released."
    ): (
        "ایک خاتون ضلعی قصبے کے ایک تھانے میں آتی ہیں۔ ان کے 24 سالہ بیٹے نے دوسرے ملک میں "
        "ڈرائیور کی نوکری کے لیے ایک مقامی ایجنٹ کو رقم دی تھی، اور آٹھ مہینے پہلے روانہ ہوا تھا۔ "
        "پہلے چند ہفتے وہ اکثر فون کرتا تھا۔ اب وہ کبھی کبھار، اور ہمیشہ رات گئے، فون کرتا ہے۔ وہ "
        "بتاتا ہے کہ آجر نے اس کا پاسپورٹ لے لیا ہے، کہ وہ ڈرائیونگ کے بجائے ایک تعمیراتی جگہ پر "
        "طویل اوقات کام کرتا ہے، کہ اسے تنخواہ نہیں ملی، اور اسے کہا جاتا ہے کہ وہ اب بھی ویزے "
        "اور ٹکٹ کے پیسے ایجنٹ کا مقروض ہے۔ آخری فون پر اس نے کہا کہ وہ وہاں سے نکل نہیں سکتا اور "
        "گھر والوں سے پیسے بھیجنے کو کہا تاکہ اسے چھوڑا جائے۔"
    ),
    (
        "The mother has the agent's name and telephone number. She says the same agent has "
        "recently been recruiting other young men from nearby villages."
    ): (
        "ماں کے پاس ایجنٹ کا نام اور ٹیلی فون نمبر ہے۔ وہ بتاتی ہیں کہ یہی ایجنٹ حال ہی میں قریبی "
        "دیہات سے دوسرے نوجوانوں کو بھی بھرتی کر رہا ہے۔"
    ),
    (
        "The son shows several indicators of trafficking for forced labour: the job was not what "
        "he was promised, his passport is held, he is unpaid, he is told he owes a debt, and he "
        "is not free to leave. The act (recruitment and transport), the means (deception, and "
        "then coercion through the debt and the passport) and the purpose (forced labour) all "
        "appear to be present. His agreement to travel and his payment to the agent do not make "
        "this only a smuggling case: his consent was obtained by deception, and the exploitation "
        "continued after arrival."
    ): (
        "بیٹے کے معاملے میں جبری مشقت کے لیے ٹریفکنگ کی کئی علامات ہیں: نوکری وعدے کے مطابق نہیں "
        "تھی، اس کا پاسپورٹ روکا ہوا ہے، اسے تنخواہ نہیں ملتی، اسے مقروض بتایا جاتا ہے، اور وہ "
        "جانے کے لیے آزاد نہیں۔ عمل (بھرتی اور منتقلی)، ذریعہ (دھوکا، اور پھر قرض اور پاسپورٹ کے "
        "ذریعے جبر) اور مقصد (جبری مشقت) تینوں موجود معلوم ہوتے ہیں۔ اس کا سفر پر راضی ہونا اور "
        "ایجنٹ کو رقم دینا اسے محض اسمگلنگ کا کیس نہیں بناتا: اس کی رضامندی دھوکے سے لی گئی، اور "
        "منزل پر پہنچنے کے بعد بھی استحصال جاری رہا۔"
    ),
    (
        "Treat the mother with respect and take her account seriously. Write down what she tells "
        "you, in her words, with dates and the agent's details."
    ): (
        "ماں کے ساتھ عزت سے پیش آئیں اور ان کی بات کو سنجیدگی سے لیں۔ جو وہ بتائیں اسے ان کے "
        "الفاظ میں، تاریخوں اور ایجنٹ کی تفصیلات کے ساتھ لکھیں۔"
    ),
    (
        "Because the case is cross-border, report it to the FIA through your supervisor, "
        "following your procedures, and pass on what the mother said about the other young men."
    ): (
        "چونکہ کیس سرحد پار کا ہے، اسے اپنے طریقۂ کار کے مطابق اپنے سپروائزر کے ذریعے ایف آئی اے "
        "کو رپورٹ کریں، اور دوسرے نوجوانوں کے بارے میں ماں کی بتائی ہوئی بات بھی آگے پہنچائیں۔"
    ),
    (
        "Advise the family not to confront the agent themselves, as this could alert him and put "
        "their son or others at risk."
    ): (
        "خاندان کو مشورہ دیں کہ وہ خود ایجنٹ سے نہ الجھیں، کیونکہ اس سے وہ چوکنا ہو سکتا ہے اور "
        "ان کے بیٹے یا دوسروں کو خطرہ ہو سکتا ہے۔"
    ),
    (
        "Keep the family's information confidential, and tell them what will happen next and who "
        "will contact them."
    ): (
        "خاندان کی معلومات راز میں رکھیں، اور انہیں بتائیں کہ آگے کیا ہو گا اور ان سے کون رابطہ "
        "کرے گا۔"
    ),
    "Which elements of the definition are present, and what supports each one?": (
        "تعریف کے کون سے عناصر موجود ہیں، اور ہر ایک کی تائید کس بات سے ہوتی ہے؟"
    ),
    "Why is this more than a case of migrant smuggling?": (
        "یہ محض تارکینِ وطن کی اسمگلنگ کا کیس کیوں نہیں؟"
    ),
    "What information will be most useful to the FIA?": (
        "ایف آئی اے کے لیے سب سے زیادہ کارآمد معلومات کون سی ہوں گی؟"
    ),
    "How could the other young men recruited by the same agent be protected?": (
        "اسی ایجنٹ کے بھرتی کیے ہوئے دوسرے نوجوانوں کو کیسے تحفظ دیا جا سکتا ہے؟"
    ),
    "Children begging at a busy junction": "مصروف چوک پر بھیک مانگتے بچے",
    (
        "Over several days, officers at a busy city junction notice the same five children, who "
        "look between 8 and 12 years old, begging from morning until late evening. Each morning a "
        "man drops them off from a van, and each evening he collects them and takes the money "
        "they have been given. One child has an untreated injury on his arm. When an officer "
        "walks towards them, the children run to the man."
    ): (
        "کئی دنوں سے شہر کے ایک مصروف چوک پر تعینات اہلکار دیکھ رہے ہیں کہ وہی پانچ بچے، جو 8 سے "
        "12 سال کے لگتے ہیں، صبح سے رات گئے تک بھیک مانگتے ہیں۔ ہر صبح ایک آدمی انہیں ایک وین سے "
        "اتارتا ہے، اور ہر شام انہیں لے جاتا ہے اور جو پیسے انہیں ملے ہوتے ہیں وہ لے لیتا ہے۔ ایک "
        "بچے کے بازو پر ایسا زخم ہے جس کا علاج نہیں ہوا۔ جب ایک اہلکار ان کی طرف بڑھتا ہے تو بچے "
        "بھاگ کر اس آدمی کے پاس چلے جاتے ہیں۔"
    ),
    "A shopkeeper says that the children are not from the area and do not go to school.": (
        "ایک دکاندار بتاتا ہے کہ یہ بچے اس علاقے کے نہیں اور اسکول نہیں جاتے۔"
    ),
    (
        "These children may be victims of trafficking for forced begging. They are transported "
        "and supervised by an adult who does not appear to be their parent, their money is taken, "
        "and they are out of school with signs of neglect. Because they are children, no means "
        "needs to be shown. The case is within the country, so the provincial police respond, "
        "together with the child protection bureau."
    ): (
        "یہ بچے جبری گداگری کے لیے ٹریفکنگ کا شکار ہو سکتے ہیں۔ انہیں ایک ایسا بالغ لاتا لے جاتا "
        "اور ان کی نگرانی کرتا ہے جو بظاہر ان کے والدین میں سے نہیں، ان کے پیسے لے لیے جاتے ہیں، "
        "اور وہ اسکول سے باہر ہیں اور ان پر بے توجہی کے آثار ہیں۔ چونکہ یہ بچے ہیں، کسی ذریعے کا "
        "ثبوت ضروری نہیں۔ یہ کیس ملک کے اندر کا ہے، اس لیے صوبائی پولیس چائلڈ پروٹیکشن بیورو کے "
        "ساتھ مل کر کارروائی کرتی ہے۔"
    ),
    (
        "Do not treat the children as offenders for begging: the non-punishment principle and the "
        "best interests of the child apply."
    ): (
        "بچوں کو بھیک مانگنے پر مجرم نہ سمجھیں: عدم سزا کا اصول اور بچے کا بہترین مفاد لاگو ہوتے "
        "ہیں۔"
    ),
    (
        "Plan a coordinated response with your supervisor and the child protection bureau, so "
        "that all the children can be brought to safety together and the man can be identified, "
        "rather than approaching alone and scattering the group."
    ): (
        "اپنے سپروائزر اور چائلڈ پروٹیکشن بیورو کے ساتھ مل کر مربوط کارروائی کی منصوبہ بندی کریں، "
        "تاکہ تمام بچوں کو ایک ساتھ محفوظ جگہ پہنچایا جا سکے اور اس آدمی کی شناخت ہو سکے، بجائے "
        "اس کے کہ اکیلے ان کی طرف بڑھیں اور گروپ بکھر جائے۔"
    ),
    (
        "Arrange medical care for the injured child and safe care for all of them. Do not hand "
        "any child to the man or to anyone linked to him."
    ): (
        "زخمی بچے کے علاج کا اور سب بچوں کی محفوظ دیکھ بھال کا انتظام کریں۔ کسی بچے کو اس آدمی یا "
        "اس سے تعلق رکھنے والے کسی شخص کے حوالے نہ کریں۔"
    ),
    (
        "Keep any conversation with the children short, private and in the presence of a suitable "
        "adult, with an interpreter who has no link to the man if one is needed."
    ): (
        "بچوں سے ہر بات چیت مختصر اور علیحدگی میں، کسی موزوں بالغ کی موجودگی میں کریں، اور ضرورت "
        "ہو تو ایسا ترجمان رکھیں جس کا اس آدمی سے کوئی تعلق نہ ہو۔"
    ),
    (
        "Record the dates, times, a description of the van and the man, and what the shopkeeper "
        "said, as facts rather than conclusions."
    ): (
        "تاریخیں، اوقات، وین اور آدمی کا حلیہ، اور دکاندار کی بتائی ہوئی بات، نتائج کے طور پر "
        "نہیں بلکہ حقائق کے طور پر درج کریں۔"
    ),
    (
        "Which indicators suggest forced begging rather than children begging alongside their own "
        "family?"
    ): (
        "کون سی علامات ظاہر کرتی ہیں کہ یہ جبری گداگری ہے، نہ کہ بچے اپنے ہی خاندان کے ساتھ بھیک "
        "مانگ رہے ہیں؟"
    ),
    "Why would approaching the children alone be risky?": (
        "اکیلے بچوں کی طرف بڑھنا کیوں خطرناک ہو سکتا ہے؟"
    ),
    "Which authority responds here, and who must be involved because the victims are children?": (
        "یہاں کون سا ادارہ کارروائی کرتا ہے، اور چونکہ متاثرین بچے ہیں اس لیے کس کو شامل کرنا "
        "لازمی ہے؟"
    ),
    "Course takeaways": "کورس کے اہم نکات",
    (
        "Trafficking in persons is an act, carried out by a means, for the purpose of "
        "exploitation; for a child, no means is needed."
    ): (
        "انسانی ٹریفکنگ ایک عمل ہے، جو کسی ذریعے سے، استحصال کے مقصد کے لیے کیا جائے؛ بچے کے "
        "معاملے میں کسی ذریعے کی ضرورت نہیں۔"
    ),
    (
        "Smuggling is an offence against the state and ends on arrival; trafficking is an offence "
        "against the person and continues after arrival. A smuggled migrant can become a victim."
    ): (
        "اسمگلنگ ریاست کے خلاف جرم ہے اور منزل پر پہنچ کر ختم ہو جاتی ہے؛ ٹریفکنگ فرد کے خلاف جرم "
        "ہے اور پہنچنے کے بعد بھی جاری رہتی ہے۔ اسمگل ہونے والا تارکِ وطن متاثرہ شخص بن سکتا ہے۔"
    ),
    (
        "Several indicators together, such as held documents, a growing debt and a lack of "
        "freedom, are a reason to act."
    ): (
        "کئی علامات کا ایک ساتھ ہونا، جیسے کسی اور کے قبضے میں دستاویزات، بڑھتا ہوا قرض اور آزادی "
        "کا نہ ہونا، کارروائی کی وجہ ہے۔"
    ),
    (
        "Respond in a victim-centred way: safety first, an independent interpreter, private "
        "interviews, informed consent and confidentiality."
    ): (
        "متاثرہ شخص پر مرکوز انداز میں ردِعمل دیں: حفاظت سب سے پہلے، غیر جانبدار ترجمان، علیحدگی "
        "میں انٹرویو، باخبر رضامندی اور رازداری۔"
    ),
    "Do not punish victims for offences they were compelled to commit.": (
        "متاثرین کو ان جرائم پر سزا نہ دیں جن پر انہیں مجبور کیا گیا۔"
    ),
    (
        "Report cross-border cases to the FIA and cases within the country to the provincial "
        "police, and refer victims to child protection, shelter, legal aid and health services."
    ): (
        "سرحد پار کیسز ایف آئی اے کو اور ملک کے اندر کے کیسز صوبائی پولیس کو رپورٹ کریں، اور "
        "متاثرین کو بچوں کے تحفظ، پناہ گاہ، قانونی امداد اور صحت کی خدمات کے لیے ریفر کریں۔"
    ),
    (
        "Trafficking falls hardest on women and children. Every officer and official who "
        "recognises the signs, responds with care and refers a victim to help makes the whole "
        "system stronger."
    ): (
        "ٹریفکنگ کا سب سے زیادہ بوجھ خواتین اور بچوں پر پڑتا ہے۔ ہر وہ افسر اور اہلکار جو علامات "
        "پہچانتا ہے، ہمدردی سے پیش آتا ہے اور متاثرہ شخص کو مدد کے لیے ریفر کرتا ہے، پورے نظام کو "
        "مضبوط بناتا ہے۔"
    ),
}
