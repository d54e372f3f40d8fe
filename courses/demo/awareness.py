"""Demo content: the open awareness course "Spotting the signs of trafficking".

Written for this project (not copied from any publication) from the facts in the project's
domain brief, ``shared/DOMAIN.md``. The facts (the definition, Pakistani laws, which authority
does what, the forms of trafficking) must be checked against current law and practice before a
real deployment publishes this course. It names no phone numbers, addresses or offices: a real
deployment adds those to its own pages; the text promises no page that does not exist yet.

``COURSE`` holds the English content; ``UR`` maps every English string in it, including each
``<p>`` and ``<li>`` text of the rich-text values, to its Urdu translation. The quote in the
third lesson is a composite, not a real person's words.
"""

COURSE = {
    "slug": "spotting-the-signs",
    "title": "Spotting the signs of trafficking: a short guide for everyone",
    "summary": (
        "A short, open course for everyone in Pakistan: what trafficking in persons is, the signs "
        "that someone may be a victim, and how to report it safely."
    ),
    "audiences": ["civil_society", "general_public"],
    "topics": ["definition", "indicators", "smuggling", "law-and-reporting", "victim-support"],
    "level": "introductory",
    "duration_minutes": 21,
    "certificate": False,
    "public": True,
    "objectives": [
        (
            "Explain in plain words what trafficking in persons is and how it differs from migrant "
            "smuggling."
        ),
        "Recognise the common signs that a person may be a victim of trafficking.",
        "Name the forms of trafficking most often seen in Pakistan.",
        "Report a suspicion to the police or the FIA without putting anyone at risk.",
        "Respond to a possible victim with respect for their safety and their choices.",
    ],
    "cover_alt": "",
    "modules": [
        {
            "title": "Recognise, stay safe, report",
            "steps": [
                {
                    "slug": "what-trafficking-is",
                    "title": "What trafficking is, in plain words",
                    "minutes": 6,
                    "intro": (
                        "This lesson explains in plain words what trafficking is: recruiting, "
                        "moving or holding a person by force, fraud or pressure in order to "
                        "exploit them."
                    ),
                    "body": [
                        (
                            "paragraph",
                            (
                                "<p>Trafficking in persons is a serious crime. It happens when "
                                "someone takes control of another person in order to exploit them, "
                                "that is, to profit from them at their expense.</p>"
                                "<p>Anyone can be a victim: a man, a woman or a child. It falls "
                                "hardest on women and children, and it thrives where there is "
                                "poverty, illiteracy and weak law and order.</p>"
                                "<p>Many people think that trafficking always means crossing a "
                                "border. It does not. A person can be trafficked inside one "
                                "district, even inside one village. What matters is not how far "
                                "the person was moved but what is done to them.</p>"
                                "<p>You do not need to be a lawyer or a police officer to "
                                "understand it, and you do not need to be certain before you speak "
                                "up. This lesson explains the idea. The next two lessons show you "
                                "what to look for and what to do.</p>"
                            ),
                        ),
                        (
                            "heading",
                            {
                                "text": "Three parts: the act, the means and the purpose",
                                "level": "h2",
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<p>The international definition, set out in the UN Trafficking "
                                "Protocol of 2000 (often called the Palermo Protocol), has three "
                                "parts. For an adult, all three must be present.</p>"
                            ),
                        ),
                        ("heading", {"text": "The act: what is done to the person", "level": "h3"}),
                        (
                            "paragraph",
                            (
                                "<p>Someone recruits, transports, transfers, harbours or receives "
                                "a person. In everyday words: finds them and draws them in, moves "
                                "them, hands them over to someone else, hides or keeps them, or "
                                "takes them in.</p>"
                            ),
                        ),
                        ("heading", {"text": "The means: how it is done", "level": "h3"}),
                        (
                            "paragraph",
                            (
                                "<p>The trafficker uses one or more of these:</p>"
                                "<ul><li>Threats, force or other kinds of pressure</li>"
                                "<li>Kidnapping (abduction)</li>"
                                "<li>Lies and tricks, such as a false promise of a good job</li>"
                                "<li>Taking advantage of power over the person, or of their weak "
                                "position, for example their poverty, their debt or their fear</li>"
                                "<li>Paying someone who controls the person, such as a relative or "
                                "an employer</li>"
                                "</ul>"
                            ),
                        ),
                        ("heading", {"text": "The purpose: why it is done", "level": "h3"}),
                        (
                            "paragraph",
                            (
                                "<p>The aim is exploitation: using the person for the gain of "
                                "others. It includes:</p>"
                                "<ul><li>Sexual exploitation</li>"
                                "<li>Forced labour or forced services</li>"
                                "<li>Slavery, practices similar to slavery, and servitude</li>"
                                "<li>Removal of organs</li>"
                                "</ul>"
                            ),
                        ),
                        ("heading", {"text": "Children: a simpler test", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>A child is anyone under 18. When the victim is a child, only "
                                "the act and the purpose are needed. If a child is recruited, "
                                "moved, handed over or kept in order to be exploited, that is "
                                "trafficking, even if no threat, force or lie was used.</p>"
                                "<p>So a child who is sent to work in the house of strangers to "
                                "pay off a family debt, and kept there, may be a victim of "
                                "trafficking even if the parents agreed.</p>"
                            ),
                        ),
                        (
                            "heading",
                            {"text": "Putting the three parts together: an example", "level": "h2"},
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Think of a young man from a small town. An agent offers him a "
                                "well-paid job in a factory in a big city, and takes him there. "
                                "That is the act. The agent lied about the work and the pay. That "
                                "is the means: deception. In the city, his identity card is taken, "
                                "he is told that he owes the agent for the journey, and he has to "
                                "work long days for almost nothing. That is the purpose: forced "
                                "labour. All three parts are present, so this is trafficking, even "
                                "though he never left Pakistan.</p>"
                                "<p>Now change one detail: he is 15 years old. Even if the agent "
                                "had told the truth about the work, recruiting and moving him in "
                                "order to exploit him would still be trafficking, because for a "
                                "child the means are not needed.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "note",
                                "title": "What if the person agreed?",
                                "body": (
                                    "<p>Traffickers often say that the person agreed. But when "
                                    "threats, force, lies or any of the other means were used, "
                                    "that agreement does not count. A woman who accepted a job "
                                    "offer that turned out to be false did not agree to be "
                                    "exploited.</p>"
                                ),
                            },
                        ),
                        (
                            "heading",
                            {"text": "Trafficking is not the same as smuggling", "level": "h2"},
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Migrant smuggling is a different crime. A migrant agrees to be "
                                "taken across a border illegally. A border is always crossed, and "
                                "the relationship between the migrant and the smuggler ends on "
                                "arrival. Smuggling is an offence against the state.</p>"
                                "<p>Trafficking is an offence against the person. There is no "
                                "consent, or it was obtained by threats, force or lies. No border "
                                "needs to be crossed, and the exploitation goes on after "
                                "arrival.</p>"
                                "<p>The two can meet. A migrant who agreed to be smuggled can be "
                                "trapped, sold or forced to work on the way or on arrival, and "
                                "then becomes a victim of trafficking.</p>"
                                "<p>In Pakistan, two federal laws deal with these crimes: the "
                                "Prevention of Trafficking in Persons Act, 2018 and the Prevention "
                                "of Smuggling of Migrants Act, 2018.</p>"
                                "<p>In the next lesson you will learn the signs that can show that "
                                "a person is being trafficked.</p>"
                            ),
                        ),
                    ],
                },
                {
                    "slug": "red-flags",
                    "title": "The red flags: signs that someone may be trafficked",
                    "minutes": 7,
                    "intro": (
                        "Learn the common warning signs of trafficking and the forms it most often "
                        "takes in Pakistan."
                    ),
                    "body": [
                        (
                            "paragraph",
                            (
                                "<p>Victims of trafficking rarely ask for help. Many are afraid, "
                                "have been deceived, or do not see themselves as victims. Some "
                                "believe they owe a debt that they must repay. Others fear the "
                                "police or fear being deported. So it is often neighbours, "
                                "customers, teachers, health workers or passers-by who first "
                                "notice that something is wrong.</p>"
                                "<p>No single sign proves trafficking. But when you notice several "
                                "of the signs below together, the person may be a victim, and it "
                                "is right to report what you saw.</p>"
                            ),
                        ),
                        (
                            "indicators",
                            {
                                "title": "Signs to look for",
                                "intro": (
                                    "A person may be a victim of trafficking when several of these "
                                    "appear together."
                                ),
                                "items": [
                                    {
                                        "indicator": "Someone else holds their identity documents",
                                        "explanation": (
                                            "Their identity card, passport or other papers are "
                                            "kept by an employer, an agent or someone else, and "
                                            "they cannot get them back when they ask."
                                        ),
                                    },
                                    {
                                        "indicator": "A debt that grows instead of shrinking",
                                        "explanation": (
                                            "They work to repay an advance or a loan, but the "
                                            "amount they owe keeps rising, for example through "
                                            "charges for food, housing or fines."
                                        ),
                                    },
                                    {
                                        "indicator": "Not free to leave",
                                        "explanation": (
                                            "They cannot leave the workplace or the house, or "
                                            "cannot go out alone. Someone is always watching them, "
                                            "or they are locked in."
                                        ),
                                    },
                                    {
                                        "indicator": "Someone else answers for them",
                                        "explanation": (
                                            "Another person speaks for them, answers the questions "
                                            "put to them, or stays close whenever someone tries to "
                                            "talk to them."
                                        ),
                                    },
                                    {
                                        "indicator": "A story that sounds learned or does not fit",
                                        "explanation": (
                                            "What they say sounds rehearsed, with the same words "
                                            "each time, or the details change from one telling to "
                                            "the next."
                                        ),
                                    },
                                    {
                                        "indicator": "Does not know their address or employer",
                                        "explanation": (
                                            "They cannot say where they live or work, or who they "
                                            "work for."
                                        ),
                                    },
                                    {
                                        "indicator": "Signs of injury, hunger or neglect",
                                        "explanation": (
                                            "They have injuries they cannot or will not explain, "
                                            "look underfed or exhausted, or lack basic care."
                                        ),
                                    },
                                    {
                                        "indicator": (
                                            "Lives at the workplace, with little or no pay"
                                        ),
                                        "explanation": (
                                            "They sleep where they work, at a kiln, a farm, a "
                                            "workshop or a house, and are paid very little or "
                                            "nothing, or their wages go to someone else."
                                        ),
                                    },
                                    {
                                        "indicator": "Fear of the police or of deportation",
                                        "explanation": (
                                            "They seem very frightened of the police or of being "
                                            "deported, and avoid any contact with officials."
                                        ),
                                    },
                                    {
                                        "indicator": (
                                            "A child out of school, working or travelling with "
                                            "unrelated adults"
                                        ),
                                        "explanation": (
                                            "A child who does not go to school and is working, or "
                                            "who is travelling with adults who are not family, "
                                            "needs attention. For a child, no force or lies are "
                                            "needed for it to be trafficking."
                                        ),
                                    },
                                ],
                            },
                        ),
                        (
                            "heading",
                            {"text": "Forms of trafficking seen in Pakistan", "level": "h2"},
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Trafficking takes many forms in Pakistan, including commercial "
                                "sexual exploitation and the removal of organs. Below are five "
                                "forms that members of the public may come across.</p>"
                            ),
                        ),
                        (
                            "heading",
                            {"text": "Brick kilns and farms: the peshgi trap", "level": "h3"},
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Some workers at brick kilns and on farms take an advance on "
                                "their wages, called peshgi. The advance is meant to be paid off "
                                "through work, but it never clears: the amount keeps growing, and "
                                "the worker is not free to leave until it is paid.</p>"
                                "<p>This is debt bondage, a form of bonded labour. One of the laws "
                                "against it is the Bonded Labour System (Abolition) Act, 1992.</p>"
                            ),
                        ),
                        ("heading", {"text": "Domestic work behind closed doors", "level": "h3"}),
                        (
                            "paragraph",
                            (
                                "<p>Some domestic workers, including children, are held in "
                                "servitude in private homes. They may not be allowed out, may "
                                "receive little or no pay, and may be threatened or beaten. "
                                "Because it happens inside a house, it is hard for others to "
                                "see.</p>"
                            ),
                        ),
                        ("heading", {"text": "Forced begging", "level": "h3"}),
                        (
                            "paragraph",
                            (
                                "<p>Children and adults may be made to beg and to hand over what "
                                "they collect to someone who controls them. Pay attention to "
                                "people who seem to be watched by an adult nearby and who hand "
                                "their money to that person.</p>"
                            ),
                        ),
                        ("heading", {"text": "False job offers abroad", "level": "h3"}),
                        (
                            "paragraph",
                            (
                                "<p>Some Pakistanis are recruited for work abroad with fraudulent "
                                "job offers. On arrival the job is different from what was "
                                "promised, or does not exist, and they are held in forced labour, "
                                "for example by taking their passports and loading them with a "
                                "debt they cannot repay.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "red_flag",
                                "title": "Red flags in a job offer abroad",
                                "body": (
                                    "<p>Be careful, and talk to someone you trust before you "
                                    "decide, if:</p>"
                                    "<ul><li>The agent wants to keep your passport or identity "
                                    "card</li>"
                                    "<li>You must take a loan from the agent or the employer to "
                                    "pay for the journey</li>"
                                    "<li>You are not told the name of the employer or the address "
                                    "where you will work</li>"
                                    "<li>The job or the pay changes after you have agreed, or once "
                                    "you are on the way</li>"
                                    "<li>You are told to travel without proper papers or to lie to "
                                    "officials</li>"
                                    "</ul>"
                                ),
                            },
                        ),
                        ("heading", {"text": "Forced and child marriage", "level": "h3"}),
                        (
                            "paragraph",
                            (
                                "<p>Marriage can be used to exploit a girl or a woman: a marriage "
                                "she did not freely choose, or the marriage of a child, arranged "
                                "so that others can profit from her labour, from sexual "
                                "exploitation or from a payment. Forced and child marriage used "
                                "for exploitation is a form of trafficking.</p>"
                                "<p>Remember: you are not expected to prove anything. Your part is "
                                "to notice, and to pass what you noticed to the people whose job "
                                "is to find out. The next lesson explains how to do that "
                                "safely.</p>"
                            ),
                        ),
                    ],
                },
                {
                    "slug": "what-you-can-do",
                    "title": "What you can do, safely",
                    "minutes": 8,
                    "intro": (
                        "If you suspect trafficking, keep yourself and the person safe, report to "
                        "the police or the FIA, and respect the choices of the person."
                    ),
                    "body": [
                        (
                            "paragraph",
                            (
                                "<p>Everyone has a part to play against trafficking, by spreading "
                                "awareness and by reporting suspicious activity. But you do not "
                                "need to investigate or rescue anyone yourself. Acting alone can "
                                "put the person, and you, in danger. The safest help is usually a "
                                "careful report to the authorities.</p>"
                            ),
                        ),
                        ("heading", {"text": "Safety first", "level": "h2"}),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Do not confront suspected traffickers",
                                "body": (
                                    "<p>Do not accuse, argue with or threaten the people you "
                                    "suspect, and do not try to free the person yourself. If "
                                    "traffickers feel watched, they may move the victim somewhere "
                                    "else, punish them, or turn on you.</p>"
                                ),
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<ul><li>Do not put the person at risk. Do not approach them in "
                                "front of the people who control them, and do not ask questions "
                                "that could get them punished if overheard.</li>"
                                "<li>If you do speak with the person, do it only when it is safe: "
                                "in private, calmly and briefly. You do not need their whole "
                                "story.</li>"
                                "<li>If you need help with language, do not ask anyone who may be "
                                "linked to the suspects to interpret.</li>"
                                "<li>Do not photograph or film the person, and do not share their "
                                "story, picture or whereabouts on social media or in messaging "
                                "groups.</li>"
                                "<li>If someone is in immediate danger, call the police at "
                                "once.</li>"
                                "</ul>"
                            ),
                        ),
                        ("heading", {"text": "How to report", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>As soon as you can, write down what you saw: the date, the "
                                "time, the place, what happened and what the people looked like. "
                                "Write what you saw and heard, not your guesses.</p>"
                                "<p>Then report it to the right authority:</p>"
                                "<ul><li>The police: your local police station or the district "
                                "police respond to trafficking inside Pakistan, such as bonded "
                                "labour, domestic servitude or forced begging.</li>"
                                "<li>The FIA (Federal Investigation Agency): the lead agency for "
                                "trafficking and smuggling across borders, such as false job "
                                "offers abroad or people being taken out of the country.</li>"
                                "</ul>"
                                "<p>If you are not sure which one to choose, do not let that stop "
                                "you: report to the one you can reach.</p>"
                                "<p>If you do not know the number, go to the nearest police "
                                "station: the officers there can tell you which office deals "
                                "with trafficking in your area.</p>"
                                "<p>If the person is a child, say so clearly when you report. The "
                                "best interests of the child come first, and the authorities can "
                                "refer the child to a child protection bureau.</p>"
                            ),
                        ),
                        (
                            "quote",
                            {
                                "quote": (
                                    "For years we made bricks to pay off the peshgi, and every "
                                    "year the debt was bigger. I thought nobody could help us. "
                                    "Then a teacher noticed that my children had stopped coming to "
                                    "school. She did not come to the kiln to argue. She quietly "
                                    "told the police, and later people came who explained our "
                                    "rights to us."
                                ),
                                "attribution": "A former brick kiln worker (composite account)",
                                "consent_note": (
                                    "A composite account written for this course from common "
                                    "experiences. These are not the words of a real person, and no "
                                    "real person is described."
                                ),
                            },
                        ),
                        ("heading", {"text": "Respect the choices of the person", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>A person who is being exploited may not be ready to leave, to "
                                "speak to the police or to accept help. They may fear for their "
                                "family, feel ashamed or trust no one. Respect that. Do not "
                                "pressure them, and do not make promises you cannot keep.</p>"
                                "<p>If they want help, tell them that help exists: shelters such "
                                "as Dar-ul-Aman, medical care, psychosocial support and legal aid. "
                                "An adult should be referred to these services only with their "
                                "informed consent.</p>"
                                "<p>Victims should not be punished for offences they were forced "
                                "to commit as part of their exploitation. This is called the "
                                "non-punishment principle.</p>"
                                "<p>Respecting their choices does not mean doing nothing. You can "
                                "still report what you saw. If you fear for the safety of the "
                                "person, tell the police or the FIA, so that they act with "
                                "care.</p>"
                            ),
                        ),
                        (
                            "scenario",
                            {
                                "title": "A young helper next door",
                                "situation": (
                                    "<p>A family in your street has taken in a new domestic "
                                    "worker, a girl who looks about 12. She never goes to school, "
                                    "and you only see her outside when she takes out the rubbish. "
                                    "Once, when you greeted her, the lady of the house answered "
                                    "for her and sent her back inside.</p>"
                                    "<p>Another neighbour says the girl was brought from a village "
                                    "to pay off a debt that her father owes the family.</p>"
                                ),
                                "question": "What should you do?",
                                "model_response": (
                                    "<p>Several signs appear together: a child who is out of "
                                    "school and working, who is not free to go out, who has "
                                    "someone answering for her, and a debt. She may be a victim of "
                                    "trafficking.</p>"
                                    "<p>Do not confront the family, and do not question the girl "
                                    "in front of them. Write down what you have seen, with dates. "
                                    "Report it to your local police station or the district "
                                    "police, and say clearly that she is a child. If you ever see "
                                    "that she is in immediate danger, call the police at once.</p>"
                                ),
                                "discussion_points": [
                                    "Why can this be trafficking even if no one has used force?",
                                    (
                                        "What could happen to the girl if a neighbour confronted "
                                        "the family?"
                                    ),
                                    (
                                        "What should you keep private, and why should you not post "
                                        "about her on social media?"
                                    ),
                                ],
                            },
                        ),
                        (
                            "takeaways",
                            {
                                "title": "Key takeaways",
                                "items": [
                                    (
                                        "Trafficking means recruiting, moving or holding a person "
                                        "by force, fraud or other pressure in order to exploit "
                                        "them. For a child, no force or fraud is needed."
                                    ),
                                    (
                                        "Trafficking can happen inside one district. Smuggling is "
                                        "a different crime, but a smuggled migrant can become a "
                                        "victim of trafficking."
                                    ),
                                    (
                                        "One sign alone proves nothing. Several signs together are "
                                        "a reason to report."
                                    ),
                                    (
                                        "Never confront suspected traffickers, and never put the "
                                        "person at risk."
                                    ),
                                    (
                                        "Report what you saw to the police, or to the FIA for "
                                        "cases across borders. Write down facts, not guesses."
                                    ),
                                    (
                                        "Respect the choices of the person, keep their story "
                                        "private, and put the best interests of a child first."
                                    ),
                                ],
                            },
                        ),
                    ],
                },
            ],
        },
    ],
}

UR = {
    "Spotting the signs of trafficking: a short guide for everyone": (
        "انسانی ٹریفکنگ کی علامات کی پہچان: سب کے لیے ایک مختصر رہنمائی"
    ),
    (
        "A short, open course for everyone in Pakistan: what trafficking in persons is, the signs "
        "that someone may be a victim, and how to report it safely."
    ): (
        "پاکستان میں ہر شخص کے لیے ایک مختصر اور کھلا کورس: انسانی ٹریفکنگ کیا ہے، کن علامات سے "
        "پتا چلتا ہے کہ کوئی اس سے متاثر ہو سکتا ہے، اور اس کی اطلاع محفوظ طریقے سے کیسے دی جائے۔"
    ),
    (
        "Explain in plain words what trafficking in persons is and how it differs from migrant "
        "smuggling."
    ): (
        "سادہ الفاظ میں بیان کرنا کہ انسانی ٹریفکنگ کیا ہے اور یہ تارکینِ وطن کی اسمگلنگ سے کس طرح "
        "مختلف ہے۔"
    ),
    "Recognise the common signs that a person may be a victim of trafficking.": (
        "ان عام علامات کو پہچاننا جن سے ظاہر ہو سکتا ہے کہ کوئی شخص انسانی ٹریفکنگ سے متاثر ہے۔"
    ),
    "Name the forms of trafficking most often seen in Pakistan.": (
        "پاکستان میں انسانی ٹریفکنگ کی سب سے زیادہ پائی جانے والی شکلوں کی نشاندہی کرنا۔"
    ),
    "Report a suspicion to the police or the FIA without putting anyone at risk.": (
        "کسی کو خطرے میں ڈالے بغیر پولیس یا ایف آئی اے کو شبہے کی اطلاع دینا۔"
    ),
    "Respond to a possible victim with respect for their safety and their choices.": (
        "ممکنہ متاثرہ شخص کی حفاظت اور اس کے فیصلوں کا احترام کرتے ہوئے اس سے پیش آنا۔"
    ),
    "Recognise, stay safe, report": "پہچانیں، محفوظ رہیں، اطلاع دیں",
    "What trafficking is, in plain words": "انسانی ٹریفکنگ کیا ہے: سادہ الفاظ میں",
    (
        "This lesson explains in plain words what trafficking is: recruiting, moving or holding a "
        "person by force, fraud or pressure in order to exploit them."
    ): (
        "یہ سبق سادہ الفاظ میں بتاتا ہے کہ انسانی ٹریفکنگ کیا ہے: کسی شخص کا استحصال کرنے کے لیے "
        "اسے طاقت، دھوکے یا دباؤ سے بھرتی کرنا، کہیں لے جانا یا اپنے قبضے میں رکھنا۔"
    ),
    (
        "Trafficking in persons is a serious crime. It happens when someone takes control of "
        "another person in order to exploit them, that is, to profit from them at their expense."
    ): (
        "انسانی ٹریفکنگ ایک سنگین جرم ہے۔ یہ اس وقت ہوتی ہے جب کوئی کسی دوسرے انسان پر قابو پا "
        "لیتا ہے تاکہ اس کا استحصال کرے، یعنی اس کا نقصان کر کے خود فائدہ اٹھائے۔"
    ),
    (
        "Anyone can be a victim: a man, a woman or a child. It falls hardest on women and "
        "children, and it thrives where there is poverty, illiteracy and weak law and order."
    ): (
        "کوئی بھی اس کا متاثرہ بن سکتا ہے: مرد، عورت یا بچہ۔ اس کا سب سے زیادہ نقصان عورتوں اور "
        "بچوں کو پہنچتا ہے، اور یہ جرم وہاں پنپتا ہے جہاں غربت اور ناخواندگی ہو اور امن و امان کی "
        "صورتِ حال کمزور ہو۔"
    ),
    (
        "Many people think that trafficking always means crossing a border. It does not. A person "
        "can be trafficked inside one district, even inside one village. What matters is not how "
        "far the person was moved but what is done to them."
    ): (
        "بہت سے لوگ سمجھتے ہیں کہ ٹریفکنگ میں ہمیشہ سرحد پار کی جاتی ہے۔ ایسا نہیں ہے۔ کسی شخص کی "
        "ٹریفکنگ ایک ہی ضلع، بلکہ ایک ہی گاؤں کے اندر بھی ہو سکتی ہے۔ اصل بات یہ نہیں کہ اسے کتنی "
        "دور لے جایا گیا، بلکہ یہ ہے کہ اس کے ساتھ کیا کیا جا رہا ہے۔"
    ),
    (
        "You do not need to be a lawyer or a police officer to understand it, and you do not need "
        "to be certain before you speak up. This lesson explains the idea. The next two lessons "
        "show you what to look for and what to do."
    ): (
        "اسے سمجھنے کے لیے آپ کا وکیل یا پولیس افسر ہونا ضروری نہیں، اور آواز اٹھانے سے پہلے آپ کو "
        "پوری طرح یقین ہونا بھی ضروری نہیں۔ یہ سبق بنیادی تصور سمجھاتا ہے۔ اگلے دو سبق بتاتے ہیں "
        "کہ کن باتوں پر نظر رکھنی ہے اور کیا کرنا ہے۔"
    ),
    "Three parts: the act, the means and the purpose": "تین حصے: عمل، ذرائع اور مقصد",
    (
        "The international definition, set out in the UN Trafficking Protocol of 2000 (often "
        "called the Palermo Protocol), has three parts. For an adult, all three must be present."
    ): (
        "بین الاقوامی تعریف، جو 2000 کے اقوامِ متحدہ کے ٹریفکنگ پروٹوکول (جسے عام طور پر پالرمو "
        "پروٹوکول کہا جاتا ہے) میں دی گئی ہے، تین حصوں پر مشتمل ہے۔ کسی بالغ شخص کے معاملے میں "
        "تینوں حصوں کا موجود ہونا ضروری ہے۔"
    ),
    "The act: what is done to the person": "عمل: اس شخص کے ساتھ کیا کیا جاتا ہے",
    (
        "Someone recruits, transports, transfers, harbours or receives a person. In everyday "
        "words: finds them and draws them in, moves them, hands them over to someone else, hides "
        "or keeps them, or takes them in."
    ): (
        "کوئی شخص کسی کو بھرتی کرتا ہے، ایک جگہ سے دوسری جگہ پہنچاتا ہے، کسی اور کے حوالے کرتا ہے، "
        "اپنے پاس ٹھہراتا ہے یا وصول کرتا ہے۔ عام الفاظ میں: کسی کو ڈھونڈ کر اپنے ساتھ ملانا، اسے "
        "کہیں لے جانا، کسی اور کے سپرد کر دینا، اسے چھپا کر یا روک کر رکھنا، یا اسے اپنے پاس لے "
        "لینا۔"
    ),
    "The means: how it is done": "ذرائع: یہ کیسے کیا جاتا ہے",
    "The trafficker uses one or more of these:": (
        "ٹریفکنگ کرنے والا ان میں سے ایک یا زیادہ طریقے استعمال کرتا ہے:"
    ),
    "Threats, force or other kinds of pressure": "دھمکی، طاقت کا استعمال یا کسی اور طرح کا دباؤ",
    "Kidnapping (abduction)": "اغوا",
    "Lies and tricks, such as a false promise of a good job": (
        "جھوٹ اور دھوکا، جیسے اچھی نوکری کا جھوٹا وعدہ"
    ),
    (
        "Taking advantage of power over the person, or of their weak position, for example their "
        "poverty, their debt or their fear"
    ): (
        "اس شخص پر اپنے اختیار سے، یا اس کی کمزور حالت سے فائدہ اٹھانا، مثلاً اس کی غربت، قرض یا "
        "خوف سے"
    ),
    "Paying someone who controls the person, such as a relative or an employer": (
        "کسی ایسے فرد کو رقم دینا جس کا اس شخص پر اختیار ہو، جیسے کوئی رشتہ دار یا مالک"
    ),
    "The purpose: why it is done": "مقصد: یہ کیوں کیا جاتا ہے",
    "The aim is exploitation: using the person for the gain of others. It includes:": (
        "اس کا مقصد استحصال ہوتا ہے، یعنی دوسروں کے فائدے کے لیے اس شخص کو استعمال کرنا۔ اس میں یہ "
        "سب شامل ہے:"
    ),
    "Sexual exploitation": "جنسی استحصال",
    "Forced labour or forced services": "جبری مشقت یا زبردستی کی خدمات",
    "Slavery, practices similar to slavery, and servitude": (
        "غلامی، غلامی سے ملتے جلتے طریقے، اور جبری خدمت گزاری"
    ),
    "Removal of organs": "جسمانی اعضا نکالنا",
    "Children: a simpler test": "بچے: ایک آسان پیمانہ",
    (
        "A child is anyone under 18. When the victim is a child, only the act and the purpose are "
        "needed. If a child is recruited, moved, handed over or kept in order to be exploited, "
        "that is trafficking, even if no threat, force or lie was used."
    ): (
        "18 سال سے کم عمر ہر فرد بچہ ہے۔ اگر متاثرہ فرد بچہ ہو تو صرف عمل اور مقصد کا ہونا کافی "
        "ہے۔ اگر کسی بچے کو استحصال کے لیے بھرتی کیا جائے، کہیں لے جایا جائے، کسی کے حوالے کیا "
        "جائے یا اپنے پاس رکھا جائے تو یہ ٹریفکنگ ہے، چاہے کوئی دھمکی، طاقت یا جھوٹ استعمال نہ کیا "
        "گیا ہو۔"
    ),
    (
        "So a child who is sent to work in the house of strangers to pay off a family debt, and "
        "kept there, may be a victim of trafficking even if the parents agreed."
    ): (
        "اس لیے جو بچہ خاندان کا قرض اتارنے کے لیے اجنبیوں کے گھر کام پر بھیجا جائے اور وہیں رکھا "
        "جائے، وہ انسانی ٹریفکنگ کا متاثرہ ہو سکتا ہے، چاہے والدین نے رضامندی دی ہو۔"
    ),
    "Putting the three parts together: an example": "تینوں حصے ایک ساتھ: ایک مثال",
    (
        "Think of a young man from a small town. An agent offers him a well-paid job in a factory "
        "in a big city, and takes him there. That is the act. The agent lied about the work and "
        "the pay. That is the means: deception. In the city, his identity card is taken, he is "
        "told that he owes the agent for the journey, and he has to work long days for almost "
        "nothing. That is the purpose: forced labour. All three parts are present, so this is "
        "trafficking, even though he never left Pakistan."
    ): (
        "ایک چھوٹے شہر کے ایک نوجوان کا تصور کریں۔ ایک ایجنٹ اسے بڑے شہر کی ایک فیکٹری میں اچھی "
        "تنخواہ والی نوکری کی پیشکش کرتا ہے اور اسے وہاں لے جاتا ہے۔ یہ عمل ہے۔ ایجنٹ نے کام اور "
        "تنخواہ کے بارے میں جھوٹ بولا۔ یہ ذرائع کا حصہ ہے: دھوکا۔ شہر پہنچ کر اس کا شناختی کارڈ لے "
        "لیا جاتا ہے، اسے بتایا جاتا ہے کہ سفر کا خرچ اس کے ذمے ایجنٹ کا قرض ہے، اور اسے تقریباً "
        "بغیر اجرت کے دن بھر کام کرنا پڑتا ہے۔ یہ مقصد ہے: جبری مشقت۔ تینوں حصے موجود ہیں، اس لیے "
        "یہ انسانی ٹریفکنگ ہے، حالانکہ وہ کبھی پاکستان سے باہر نہیں گیا۔"
    ),
    (
        "Now change one detail: he is 15 years old. Even if the agent had told the truth about the "
        "work, recruiting and moving him in order to exploit him would still be trafficking, "
        "because for a child the means are not needed."
    ): (
        "اب ایک بات بدل دیں: اس کی عمر 15 سال ہے۔ اگر ایجنٹ نے کام کے بارے میں سچ بھی بتایا ہوتا، "
        "تب بھی استحصال کے لیے اسے بھرتی کرنا اور کہیں لے جانا ٹریفکنگ ہی ہوتا، کیونکہ بچے کے "
        "معاملے میں ذرائع کا ہونا ضروری نہیں۔"
    ),
    "What if the person agreed?": "اگر اس شخص نے خود ہامی بھری ہو تو؟",
    (
        "Traffickers often say that the person agreed. But when threats, force, lies or any of the "
        "other means were used, that agreement does not count. A woman who accepted a job offer "
        "that turned out to be false did not agree to be exploited."
    ): (
        "ٹریفکنگ کرنے والے اکثر کہتے ہیں کہ اس شخص نے خود ہامی بھری تھی۔ لیکن جب دھمکی، طاقت، جھوٹ "
        "یا کوئی اور ذریعہ استعمال ہوا ہو تو ایسی رضامندی کی کوئی حیثیت نہیں۔ جس خاتون نے نوکری کی "
        "ایک پیشکش قبول کی جو بعد میں جھوٹی نکلی، اس نے اپنے استحصال پر رضامندی نہیں دی تھی۔"
    ),
    "Trafficking is not the same as smuggling": "انسانی ٹریفکنگ اور اسمگلنگ ایک چیز نہیں",
    (
        "Migrant smuggling is a different crime. A migrant agrees to be taken across a border "
        "illegally. A border is always crossed, and the relationship between the migrant and the "
        "smuggler ends on arrival. Smuggling is an offence against the state."
    ): (
        "تارکینِ وطن کی اسمگلنگ ایک الگ جرم ہے۔ اس میں تارکِ وطن خود اس پر راضی ہوتا ہے کہ اسے غیر "
        "قانونی طریقے سے سرحد پار کروائی جائے۔ سرحد ہمیشہ پار کی جاتی ہے، اور منزل پر پہنچتے ہی "
        "تارکِ وطن اور اسمگلر کا تعلق ختم ہو جاتا ہے۔ اسمگلنگ ریاست کے خلاف جرم ہے۔"
    ),
    (
        "Trafficking is an offence against the person. There is no consent, or it was obtained by "
        "threats, force or lies. No border needs to be crossed, and the exploitation goes on after "
        "arrival."
    ): (
        "انسانی ٹریفکنگ خود اس انسان کے خلاف جرم ہے۔ اس میں یا تو رضامندی ہوتی ہی نہیں، یا دھمکی، "
        "طاقت یا جھوٹ کے ذریعے حاصل کی جاتی ہے۔ سرحد پار کرنا ضروری نہیں، اور منزل پر پہنچنے کے "
        "بعد بھی استحصال جاری رہتا ہے۔"
    ),
    (
        "The two can meet. A migrant who agreed to be smuggled can be trapped, sold or forced to "
        "work on the way or on arrival, and then becomes a victim of trafficking."
    ): (
        "کبھی یہ دونوں جرم آپس میں مل جاتے ہیں۔ جو تارکِ وطن اسمگل ہونے پر راضی ہوا تھا، اسے راستے "
        "میں یا منزل پر پہنچ کر قید کیا جا سکتا ہے، بیچا جا سکتا ہے یا زبردستی کام پر لگایا جا "
        "سکتا ہے، اور تب وہ انسانی ٹریفکنگ کا متاثرہ بن جاتا ہے۔"
    ),
    (
        "In Pakistan, two federal laws deal with these crimes: the Prevention of Trafficking in "
        "Persons Act, 2018 and the Prevention of Smuggling of Migrants Act, 2018."
    ): (
        "پاکستان میں ان جرائم سے متعلق دو وفاقی قوانین ہیں: انسدادِ انسانی ٹریفکنگ ایکٹ، 2018 اور "
        "انسدادِ تارکینِ وطن اسمگلنگ ایکٹ، 2018۔"
    ),
    (
        "In the next lesson you will learn the signs that can show that a person is being "
        "trafficked."
    ): "اگلے سبق میں آپ وہ علامات جانیں گے جن سے پتا چل سکتا ہے کہ کسی شخص کی ٹریفکنگ ہو رہی ہے۔",
    "The red flags: signs that someone may be trafficked": (
        "خطرے کی علامات: جن سے پتا چلے کہ کوئی ٹریفکنگ سے متاثر ہو سکتا ہے"
    ),
    (
        "Learn the common warning signs of trafficking and the forms it most often takes in "
        "Pakistan."
    ): (
        "انسانی ٹریفکنگ کی عام علامات اور پاکستان میں اس کی سب سے زیادہ پائی جانے والی شکلوں کے "
        "بارے میں جانیے۔"
    ),
    (
        "Victims of trafficking rarely ask for help. Many are afraid, have been deceived, or do "
        "not see themselves as victims. Some believe they owe a debt that they must repay. Others "
        "fear the police or fear being deported. So it is often neighbours, customers, teachers, "
        "health workers or passers-by who first notice that something is wrong."
    ): (
        "انسانی ٹریفکنگ کے متاثرین شاذ و نادر ہی مدد مانگتے ہیں۔ بہت سے لوگ خوف زدہ ہوتے ہیں، "
        "انہیں دھوکا دیا گیا ہوتا ہے، یا وہ خود کو متاثرہ سمجھتے ہی نہیں۔ کچھ سمجھتے ہیں کہ ان کے "
        "ذمے ایسا قرض ہے جو انہیں ہر حال میں چکانا ہے۔ کچھ پولیس سے یا ملک بدر کیے جانے سے ڈرتے "
        "ہیں۔ اس لیے اکثر پڑوسی، گاہک، اساتذہ، صحت کے کارکن یا راہ گیر ہی سب سے پہلے محسوس کرتے "
        "ہیں کہ کچھ غلط ہو رہا ہے۔"
    ),
    (
        "No single sign proves trafficking. But when you notice several of the signs below "
        "together, the person may be a victim, and it is right to report what you saw."
    ): (
        "کوئی ایک علامت ٹریفکنگ کا ثبوت نہیں۔ لیکن اگر آپ کو نیچے دی گئی کئی علامات ایک ساتھ نظر "
        "آئیں تو ہو سکتا ہے کہ وہ شخص متاثرہ ہو، اور جو کچھ آپ نے دیکھا اس کی اطلاع دینا درست ہے۔"
    ),
    "Signs to look for": "کن علامات پر نظر رکھیں",
    "A person may be a victim of trafficking when several of these appear together.": (
        "جب ان میں سے کئی علامات ایک ساتھ نظر آئیں تو ممکن ہے کہ وہ شخص انسانی ٹریفکنگ کا متاثرہ "
        "ہو۔"
    ),
    "Someone else holds their identity documents": (
        "ان کی شناختی دستاویزات کسی اور کے قبضے میں ہیں"
    ),
    (
        "Their identity card, passport or other papers are kept by an employer, an agent or "
        "someone else, and they cannot get them back when they ask."
    ): (
        "ان کا شناختی کارڈ، پاسپورٹ یا دوسرے کاغذات مالک، ایجنٹ یا کسی اور کے پاس ہیں، اور مانگنے "
        "پر بھی انہیں واپس نہیں ملتے۔"
    ),
    "A debt that grows instead of shrinking": "قرض جو کم ہونے کے بجائے بڑھتا جائے",
    (
        "They work to repay an advance or a loan, but the amount they owe keeps rising, for "
        "example through charges for food, housing or fines."
    ): (
        "وہ کسی پیشگی یا قرض کی ادائیگی کے لیے کام کرتے ہیں، لیکن ان کے ذمے رقم بڑھتی ہی جاتی ہے، "
        "مثلاً کھانے، رہائش یا جرمانوں کے نام پر کٹوتیوں سے۔"
    ),
    "Not free to leave": "جانے کی آزادی نہیں",
    (
        "They cannot leave the workplace or the house, or cannot go out alone. Someone is always "
        "watching them, or they are locked in."
    ): (
        "وہ کام کی جگہ یا گھر چھوڑ کر نہیں جا سکتے، یا اکیلے باہر نہیں نکل سکتے۔ کوئی ہر وقت ان پر "
        "نظر رکھتا ہے، یا انہیں بند کر کے رکھا جاتا ہے۔"
    ),
    "Someone else answers for them": "ان کی جگہ کوئی اور جواب دیتا ہے",
    (
        "Another person speaks for them, answers the questions put to them, or stays close "
        "whenever someone tries to talk to them."
    ): (
        "کوئی دوسرا شخص ان کی طرف سے بولتا ہے، ان سے پوچھے گئے سوالوں کے جواب خود دیتا ہے، یا جب "
        "بھی کوئی ان سے بات کرنا چاہے تو پاس ہی موجود رہتا ہے۔"
    ),
    "A story that sounds learned or does not fit": "رٹی ہوئی یا بے ربط کہانی",
    (
        "What they say sounds rehearsed, with the same words each time, or the details change from "
        "one telling to the next."
    ): (
        "ان کی بات رٹی رٹائی لگتی ہے اور ہر بار وہی الفاظ دہرائے جاتے ہیں، یا ہر بار بتانے پر "
        "تفصیلات بدل جاتی ہیں۔"
    ),
    "Does not know their address or employer": "اپنے پتے یا مالک کا علم نہیں",
    "They cannot say where they live or work, or who they work for.": (
        "وہ نہیں بتا سکتے کہ وہ کہاں رہتے یا کام کرتے ہیں، یا کس کے لیے کام کرتے ہیں۔"
    ),
    "Signs of injury, hunger or neglect": "چوٹ، بھوک یا دیکھ بھال کی کمی کے آثار",
    (
        "They have injuries they cannot or will not explain, look underfed or exhausted, or lack "
        "basic care."
    ): (
        "ان کے جسم پر ایسی چوٹیں ہیں جن کی وہ وضاحت نہیں کر پاتے یا نہیں کرنا چاہتے، وہ کم خوراک "
        "یا شدید تھکن کا شکار لگتے ہیں، یا بنیادی دیکھ بھال سے محروم ہیں۔"
    ),
    "Lives at the workplace, with little or no pay": (
        "کام کی جگہ پر ہی رہائش، اور بہت کم یا کوئی اجرت نہیں"
    ),
    (
        "They sleep where they work, at a kiln, a farm, a workshop or a house, and are paid very "
        "little or nothing, or their wages go to someone else."
    ): (
        "وہ جہاں کام کرتے ہیں وہیں سوتے ہیں، جیسے بھٹے، کھیت، ورکشاپ یا کسی گھر میں، اور انہیں بہت "
        "کم اجرت ملتی ہے یا بالکل نہیں ملتی، یا ان کی اجرت کسی اور کو دی جاتی ہے۔"
    ),
    "Fear of the police or of deportation": "پولیس یا ملک بدری کا خوف",
    (
        "They seem very frightened of the police or of being deported, and avoid any contact with "
        "officials."
    ): (
        "وہ پولیس یا ملک بدر کیے جانے سے بہت خوف زدہ دکھائی دیتے ہیں اور سرکاری اہلکاروں سے ہر طرح "
        "کے رابطے سے کتراتے ہیں۔"
    ),
    "A child out of school, working or travelling with unrelated adults": (
        "اسکول سے باہر بچہ جو کام کرتا ہو یا غیر رشتہ دار بالغوں کے ساتھ سفر کرتا ہو"
    ),
    (
        "A child who does not go to school and is working, or who is travelling with adults who "
        "are not family, needs attention. For a child, no force or lies are needed for it to be "
        "trafficking."
    ): (
        "جو بچہ اسکول نہیں جاتا اور کام کرتا ہے، یا ایسے بالغ افراد کے ساتھ سفر کر رہا ہے جو اس کے "
        "گھر والے نہیں، اس پر توجہ دینے کی ضرورت ہے۔ بچے کے معاملے میں ٹریفکنگ قرار پانے کے لیے "
        "طاقت یا جھوٹ کا استعمال ضروری نہیں۔"
    ),
    "Forms of trafficking seen in Pakistan": "پاکستان میں انسانی ٹریفکنگ کی شکلیں",
    (
        "Trafficking takes many forms in Pakistan, including commercial sexual exploitation and "
        "the removal of organs. Below are five forms that members of the public may come across."
    ): (
        "پاکستان میں انسانی ٹریفکنگ کئی شکلوں میں ہوتی ہے، جن میں تجارتی جنسی استحصال اور جسمانی "
        "اعضا نکالنا بھی شامل ہیں۔ نیچے پانچ ایسی شکلیں بیان کی گئی ہیں جن سے عام لوگوں کا واسطہ "
        "پڑ سکتا ہے۔"
    ),
    "Brick kilns and farms: the peshgi trap": "اینٹوں کے بھٹے اور کھیت: پیشگی کا جال",
    (
        "Some workers at brick kilns and on farms take an advance on their wages, called peshgi. "
        "The advance is meant to be paid off through work, but it never clears: the amount keeps "
        "growing, and the worker is not free to leave until it is paid."
    ): (
        "اینٹوں کے بھٹوں اور کھیتوں پر کام کرنے والے کچھ مزدور اپنی اجرت کی پیشگی رقم لے لیتے ہیں۔ "
        "یہ رقم کام کے ذریعے اتارنی ہوتی ہے، لیکن قرض کبھی ختم نہیں ہوتا: رقم بڑھتی رہتی ہے، اور "
        "جب تک پوری ادا نہ ہو، مزدور کام چھوڑ کر جا نہیں سکتا۔"
    ),
    (
        "This is debt bondage, a form of bonded labour. One of the laws against it is the Bonded "
        "Labour System (Abolition) Act, 1992."
    ): (
        "یہ پیشگی کے قرض کی غلامی ہے، جو جبری (بندھوا) مزدوری کی ایک شکل ہے۔ اس کے خلاف قوانین میں "
        "بانڈڈ لیبر سسٹم (خاتمہ) ایکٹ، 1992 بھی شامل ہے۔"
    ),
    "Domestic work behind closed doors": "بند دروازوں کے پیچھے گھریلو کام",
    (
        "Some domestic workers, including children, are held in servitude in private homes. They "
        "may not be allowed out, may receive little or no pay, and may be threatened or beaten. "
        "Because it happens inside a house, it is hard for others to see."
    ): (
        "کچھ گھریلو ملازمین، جن میں بچے بھی شامل ہیں، نجی گھروں میں غلاموں کی طرح رکھے جاتے ہیں۔ "
        "ہو سکتا ہے انہیں باہر جانے کی اجازت نہ ہو، انہیں بہت کم یا کوئی اجرت نہ ملے، اور انہیں "
        "دھمکایا یا مارا پیٹا جائے۔ چونکہ یہ سب گھر کے اندر ہوتا ہے، اس لیے باہر والوں کو مشکل سے "
        "نظر آتا ہے۔"
    ),
    "Forced begging": "جبری گداگری",
    (
        "Children and adults may be made to beg and to hand over what they collect to someone who "
        "controls them. Pay attention to people who seem to be watched by an adult nearby and who "
        "hand their money to that person."
    ): (
        "بچوں اور بڑوں سے زبردستی بھیک منگوائی جا سکتی ہے، اور جو کچھ وہ جمع کریں وہ ان پر قابو "
        "رکھنے والے کسی شخص کو دینا پڑتا ہے۔ ایسے افراد پر توجہ دیں جن پر قریب کھڑا کوئی بالغ شخص "
        "نظر رکھے ہوئے ہو اور جو اپنی رقم اسی کے حوالے کرتے ہوں۔"
    ),
    "False job offers abroad": "بیرونِ ملک نوکری کی جھوٹی پیشکشیں",
    (
        "Some Pakistanis are recruited for work abroad with fraudulent job offers. On arrival the "
        "job is different from what was promised, or does not exist, and they are held in forced "
        "labour, for example by taking their passports and loading them with a debt they cannot "
        "repay."
    ): (
        "کچھ پاکستانیوں کو نوکری کی جھوٹی پیشکشوں کے ذریعے بیرونِ ملک کام کے لیے بھرتی کیا جاتا "
        "ہے۔ وہاں پہنچ کر پتا چلتا ہے کہ کام وعدے سے مختلف ہے یا سرے سے موجود ہی نہیں، اور انہیں "
        "جبری مشقت میں جکڑ لیا جاتا ہے، مثلاً ان کا پاسپورٹ لے کر اور ان پر ایسا قرض ڈال کر جو وہ "
        "ادا نہ کر سکیں۔"
    ),
    "Red flags in a job offer abroad": "بیرونِ ملک نوکری کی پیشکش میں خطرے کی علامات",
    "Be careful, and talk to someone you trust before you decide, if:": (
        "محتاط رہیں، اور فیصلہ کرنے سے پہلے کسی قابلِ اعتماد شخص سے مشورہ کریں، اگر:"
    ),
    "The agent wants to keep your passport or identity card": (
        "ایجنٹ آپ کا پاسپورٹ یا شناختی کارڈ اپنے پاس رکھنا چاہے"
    ),
    "You must take a loan from the agent or the employer to pay for the journey": (
        "سفر کے اخراجات کے لیے آپ کو ایجنٹ یا مالک سے قرض لینا پڑے"
    ),
    "You are not told the name of the employer or the address where you will work": (
        "آپ کو مالک کا نام یا کام کی جگہ کا پتا نہ بتایا جائے"
    ),
    "The job or the pay changes after you have agreed, or once you are on the way": (
        "ہامی بھرنے کے بعد یا سفر کے دوران کام یا تنخواہ بدل دی جائے"
    ),
    "You are told to travel without proper papers or to lie to officials": (
        "آپ سے کہا جائے کہ درست کاغذات کے بغیر سفر کریں یا سرکاری اہلکاروں سے جھوٹ بولیں"
    ),
    "Forced and child marriage": "جبری شادی اور کم عمری کی شادی",
    (
        "Marriage can be used to exploit a girl or a woman: a marriage she did not freely choose, "
        "or the marriage of a child, arranged so that others can profit from her labour, from "
        "sexual exploitation or from a payment. Forced and child marriage used for exploitation is "
        "a form of trafficking."
    ): (
        "شادی کو کسی لڑکی یا عورت کے استحصال کا ذریعہ بنایا جا سکتا ہے: ایسی شادی جو اس نے اپنی "
        "آزاد مرضی سے نہیں کی، یا کسی بچی کی شادی، جس کا مقصد یہ ہو کہ دوسرے اس کی محنت، جنسی "
        "استحصال یا کسی رقم سے فائدہ اٹھائیں۔ استحصال کے لیے کی گئی جبری یا کم عمری کی شادی انسانی "
        "ٹریفکنگ کی ایک شکل ہے۔"
    ),
    (
        "Remember: you are not expected to prove anything. Your part is to notice, and to pass "
        "what you noticed to the people whose job is to find out. The next lesson explains how to "
        "do that safely."
    ): (
        "یاد رکھیں: آپ سے کچھ ثابت کرنے کی توقع نہیں کی جاتی۔ آپ کا کام صرف یہ ہے کہ جو دیکھیں اس "
        "پر دھیان دیں، اور اسے ان لوگوں تک پہنچائیں جن کی ذمہ داری تحقیقات کرنا ہے۔ اگلا سبق بتاتا "
        "ہے کہ یہ کام محفوظ طریقے سے کیسے کیا جائے۔"
    ),
    "What you can do, safely": "آپ کیا کر سکتے ہیں: محفوظ طریقے سے",
    (
        "If you suspect trafficking, keep yourself and the person safe, report to the police or "
        "the FIA, and respect the choices of the person."
    ): (
        "اگر آپ کو انسانی ٹریفکنگ کا شبہ ہو تو اپنی اور متعلقہ شخص کی حفاظت کو مقدم رکھیں، پولیس "
        "یا ایف آئی اے کو اطلاع دیں، اور اس شخص کے فیصلوں کا احترام کریں۔"
    ),
    (
        "Everyone has a part to play against trafficking, by spreading awareness and by reporting "
        "suspicious activity. But you do not need to investigate or rescue anyone yourself. Acting "
        "alone can put the person, and you, in danger. The safest help is usually a careful report "
        "to the authorities."
    ): (
        "انسانی ٹریفکنگ کے خلاف ہر شخص کا کردار ہے: آگاہی پھیلانا اور مشکوک سرگرمی کی اطلاع دینا۔ "
        "لیکن آپ کو خود تفتیش کرنے یا کسی کو چھڑانے کی ضرورت نہیں۔ اکیلے کارروائی کرنا متاثرہ شخص "
        "کو اور خود آپ کو بھی خطرے میں ڈال سکتا ہے۔ عموماً سب سے محفوظ مدد یہی ہے کہ متعلقہ حکام "
        "کو سوچ سمجھ کر اطلاع دی جائے۔"
    ),
    "Safety first": "سب سے پہلے حفاظت",
    "Do not confront suspected traffickers": "ٹریفکنگ کے مشتبہ افراد سے مت الجھیں",
    (
        "Do not accuse, argue with or threaten the people you suspect, and do not try to free the "
        "person yourself. If traffickers feel watched, they may move the victim somewhere else, "
        "punish them, or turn on you."
    ): (
        "جن لوگوں پر آپ کو شبہ ہو ان پر الزام نہ لگائیں، ان سے بحث نہ کریں اور انہیں دھمکی نہ دیں، "
        "اور متاثرہ شخص کو خود چھڑانے کی کوشش نہ کریں۔ اگر ٹریفکنگ کرنے والوں کو لگے کہ ان پر نظر "
        "رکھی جا رہی ہے تو وہ متاثرہ شخص کو کہیں اور منتقل کر سکتے ہیں، اسے سزا دے سکتے ہیں، یا آپ "
        "کے خلاف ہو سکتے ہیں۔"
    ),
    (
        "Do not put the person at risk. Do not approach them in front of the people who control "
        "them, and do not ask questions that could get them punished if overheard."
    ): (
        "متاثرہ شخص کو خطرے میں نہ ڈالیں۔ جو لوگ اس پر قابو رکھتے ہیں ان کے سامنے اس سے بات نہ "
        "کریں، اور ایسے سوال نہ پوچھیں جو کسی کے سن لینے پر اس کے لیے سزا کا سبب بن جائیں۔"
    ),
    (
        "If you do speak with the person, do it only when it is safe: in private, calmly and "
        "briefly. You do not need their whole story."
    ): (
        "اگر آپ اس شخص سے بات کریں تو صرف اس وقت جب ایسا کرنا محفوظ ہو: علیحدگی میں، تحمل سے اور "
        "مختصر۔ آپ کو اس کی پوری کہانی جاننے کی ضرورت نہیں۔"
    ),
    (
        "If you need help with language, do not ask anyone who may be linked to the suspects to "
        "interpret."
    ): (
        "اگر زبان سمجھنے میں مدد چاہیے تو کسی ایسے شخص کو ترجمان نہ بنائیں جس کا مشتبہ افراد سے "
        "کوئی تعلق ہو سکتا ہو۔"
    ),
    (
        "Do not photograph or film the person, and do not share their story, picture or "
        "whereabouts on social media or in messaging groups."
    ): (
        "اس شخص کی تصویر یا ویڈیو نہ بنائیں، اور اس کی کہانی، تصویر یا ٹھکانے کے بارے میں سوشل "
        "میڈیا یا میسجنگ گروپوں میں کچھ شیئر نہ کریں۔"
    ),
    "If someone is in immediate danger, call the police at once.": (
        "اگر کوئی فوری خطرے میں ہو تو فوراً پولیس کو اطلاع دیں۔"
    ),
    "How to report": "اطلاع کیسے دیں",
    (
        "As soon as you can, write down what you saw: the date, the time, the place, what happened "
        "and what the people looked like. Write what you saw and heard, not your guesses."
    ): (
        "جتنی جلدی ممکن ہو، جو کچھ آپ نے دیکھا اسے لکھ لیں: تاریخ، وقت، جگہ، کیا ہوا، اور لوگ "
        "دیکھنے میں کیسے تھے۔ وہی لکھیں جو آپ نے دیکھا اور سنا، اپنے اندازے نہیں۔"
    ),
    "Then report it to the right authority:": "پھر متعلقہ ادارے کو اطلاع دیں:",
    (
        "The police: your local police station or the district police respond to trafficking "
        "inside Pakistan, such as bonded labour, domestic servitude or forced begging."
    ): (
        "پولیس: آپ کا مقامی تھانہ یا ضلعی پولیس پاکستان کے اندر ہونے والی ٹریفکنگ پر کارروائی کرتی "
        "ہے، جیسے جبری (بندھوا) مزدوری، گھریلو غلامی یا جبری گداگری۔"
    ),
    (
        "The FIA (Federal Investigation Agency): the lead agency for trafficking and smuggling "
        "across borders, such as false job offers abroad or people being taken out of the country."
    ): (
        "ایف آئی اے (وفاقی تحقیقاتی ادارہ): سرحد پار ٹریفکنگ اور اسمگلنگ کے معاملات کا مرکزی ذمہ "
        "دار ادارہ، جیسے بیرونِ ملک نوکری کی جھوٹی پیشکشیں یا لوگوں کو ملک سے باہر لے جانا۔"
    ),
    (
        "If you are not sure which one to choose, do not let that stop you: report to the one you "
        "can reach."
    ): (
        "اگر آپ کو یقین نہ ہو کہ کس ادارے سے رابطہ کریں تو اس وجہ سے رکیں نہیں: جس تک آپ پہنچ "
        "سکیں، اسی کو اطلاع دیں۔"
    ),
    (
        "If you do not know the number, go to the nearest police station: the officers there can "
        "tell you which office deals with trafficking in your area."
    ): (
        "اگر آپ کو نمبر معلوم نہ ہو تو قریبی تھانے چلے جائیں: وہاں کے اہلکار بتا سکتے ہیں کہ آپ "
        "کے علاقے میں ٹریفکنگ کے معاملات کون سا دفتر دیکھتا ہے۔"
    ),
    (
        "If the person is a child, say so clearly when you report. The best interests of the child "
        "come first, and the authorities can refer the child to a child protection bureau."
    ): (
        "اگر متاثرہ فرد بچہ ہو تو اطلاع دیتے وقت یہ بات واضح طور پر بتائیں۔ بچے کا بہترین مفاد سب "
        "سے مقدم ہے، اور حکام بچے کو چائلڈ پروٹیکشن بیورو ریفر کر سکتے ہیں۔"
    ),
    (
        "For years we made bricks to pay off the peshgi, and every year the debt was bigger. I "
        "thought nobody could help us. Then a teacher noticed that my children had stopped coming "
        "to school. She did not come to the kiln to argue. She quietly told the police, and later "
        "people came who explained our rights to us."
    ): (
        "برسوں ہم پیشگی اتارنے کے لیے اینٹیں بناتے رہے، اور ہر سال قرض پہلے سے بڑھ جاتا۔ میں "
        "سمجھتا تھا کہ ہماری کوئی مدد نہیں کر سکتا۔ پھر ایک استانی نے دیکھا کہ میرے بچوں نے اسکول "
        "آنا چھوڑ دیا ہے۔ وہ بھٹے پر جھگڑا کرنے نہیں آئیں۔ انہوں نے خاموشی سے پولیس کو بتا دیا، "
        "اور بعد میں کچھ لوگ آئے جنہوں نے ہمیں ہمارے حقوق سمجھائے۔"
    ),
    "A former brick kiln worker (composite account)": (
        "اینٹوں کے بھٹے کا ایک سابق مزدور (فرضی، یکجا کیا گیا بیان)"
    ),
    (
        "A composite account written for this course from common experiences. These are not the "
        "words of a real person, and no real person is described."
    ): (
        "یہ بیان اس کورس کے لیے عام تجربات کو یکجا کر کے لکھا گیا ہے۔ یہ کسی حقیقی شخص کے الفاظ "
        "نہیں، اور اس میں کسی حقیقی فرد کا ذکر نہیں۔"
    ),
    "Respect the choices of the person": "متاثرہ شخص کے فیصلوں کا احترام کریں",
    (
        "A person who is being exploited may not be ready to leave, to speak to the police or to "
        "accept help. They may fear for their family, feel ashamed or trust no one. Respect that. "
        "Do not pressure them, and do not make promises you cannot keep."
    ): (
        "جس شخص کا استحصال ہو رہا ہو، ہو سکتا ہے وہ وہاں سے نکلنے، پولیس سے بات کرنے یا مدد قبول "
        "کرنے کے لیے تیار نہ ہو۔ اسے اپنے گھر والوں کی فکر ہو سکتی ہے، شرمندگی محسوس ہو سکتی ہے، "
        "یا وہ کسی پر بھروسا نہ کرتا ہو۔ اس کا احترام کریں۔ اس پر دباؤ نہ ڈالیں، اور ایسے وعدے نہ "
        "کریں جو آپ پورے نہ کر سکیں۔"
    ),
    (
        "If they want help, tell them that help exists: shelters such as Dar-ul-Aman, medical "
        "care, psychosocial support and legal aid. An adult should be referred to these services "
        "only with their informed consent."
    ): (
        "اگر وہ مدد چاہے تو اسے بتائیں کہ مدد موجود ہے: دارالامان جیسی پناہ گاہیں، طبی امداد، "
        "نفسیاتی و سماجی معاونت اور قانونی امداد۔ کسی بالغ فرد کو ان خدمات کے لیے صرف اس کی باخبر "
        "رضامندی سے ریفر کیا جانا چاہیے۔"
    ),
    (
        "Victims should not be punished for offences they were forced to commit as part of their "
        "exploitation. This is called the non-punishment principle."
    ): (
        "متاثرین کو ایسے جرائم پر سزا نہیں دی جانی چاہیے جو ان سے استحصال کے دوران زبردستی کروائے "
        "گئے ہوں۔ اسے عدم سزا کا اصول کہا جاتا ہے۔"
    ),
    (
        "Respecting their choices does not mean doing nothing. You can still report what you saw. "
        "If you fear for the safety of the person, tell the police or the FIA, so that they act "
        "with care."
    ): (
        "ان کے فیصلوں کا احترام کرنے کا مطلب یہ نہیں کہ آپ کچھ نہ کریں۔ آپ پھر بھی جو دیکھا اس کی "
        "اطلاع دے سکتے ہیں۔ اگر آپ کو اس شخص کی حفاظت کی فکر ہو تو پولیس یا ایف آئی اے کو یہ بھی "
        "بتائیں، تاکہ وہ احتیاط سے کارروائی کریں۔"
    ),
    "A young helper next door": "پڑوس میں کم عمر گھریلو ملازمہ",
    (
        "A family in your street has taken in a new domestic worker, a girl who looks about 12. "
        "She never goes to school, and you only see her outside when she takes out the rubbish. "
        "Once, when you greeted her, the lady of the house answered for her and sent her back "
        "inside."
    ): (
        "آپ کی گلی میں ایک گھرانے نے ایک نئی گھریلو ملازمہ رکھی ہے، ایک لڑکی جس کی عمر تقریباً 12 "
        "سال لگتی ہے۔ وہ کبھی اسکول نہیں جاتی، اور آپ اسے صرف کوڑا باہر پھینکتے وقت دیکھتے ہیں۔ "
        "ایک بار آپ نے اسے سلام کیا تو گھر کی خاتون نے اس کی جگہ جواب دیا اور اسے اندر بھیج دیا۔"
    ),
    (
        "Another neighbour says the girl was brought from a village to pay off a debt that her "
        "father owes the family."
    ): (
        "ایک اور پڑوسی بتاتا ہے کہ لڑکی کو ایک گاؤں سے لایا گیا ہے تاکہ وہ اپنے والد کا وہ قرض "
        "اتارے جو اس نے اس گھرانے سے لیا ہے۔"
    ),
    "What should you do?": "آپ کو کیا کرنا چاہیے؟",
    (
        "Several signs appear together: a child who is out of school and working, who is not free "
        "to go out, who has someone answering for her, and a debt. She may be a victim of "
        "trafficking."
    ): (
        "یہاں کئی علامات ایک ساتھ نظر آتی ہیں: ایک بچی جو اسکول نہیں جاتی اور کام کرتی ہے، جسے "
        "باہر جانے کی آزادی نہیں، جس کی جگہ کوئی اور جواب دیتا ہے، اور ایک قرض۔ ممکن ہے وہ انسانی "
        "ٹریفکنگ کی متاثرہ ہو۔"
    ),
    (
        "Do not confront the family, and do not question the girl in front of them. Write down "
        "what you have seen, with dates. Report it to your local police station or the district "
        "police, and say clearly that she is a child. If you ever see that she is in immediate "
        "danger, call the police at once."
    ): (
        "اس گھرانے سے مت الجھیں، اور ان کے سامنے لڑکی سے سوال جواب نہ کریں۔ جو کچھ آپ نے دیکھا ہے، "
        "تاریخوں کے ساتھ لکھ لیں۔ اپنے مقامی تھانے یا ضلعی پولیس کو اطلاع دیں اور واضح طور پر "
        "بتائیں کہ وہ ایک بچی ہے۔ اگر کبھی آپ دیکھیں کہ وہ فوری خطرے میں ہے تو فوراً پولیس کو "
        "اطلاع دیں۔"
    ),
    "Why can this be trafficking even if no one has used force?": (
        "کسی نے طاقت استعمال نہ بھی کی ہو تو یہ ٹریفکنگ کیوں ہو سکتی ہے؟"
    ),
    "What could happen to the girl if a neighbour confronted the family?": (
        "اگر کوئی پڑوسی اس گھرانے سے الجھ پڑے تو لڑکی کے ساتھ کیا ہو سکتا ہے؟"
    ),
    "What should you keep private, and why should you not post about her on social media?": (
        "آپ کو کون سی باتیں راز میں رکھنی چاہییں، اور سوشل میڈیا پر اس کے بارے میں کچھ کیوں نہیں "
        "لکھنا چاہیے؟"
    ),
    "Key takeaways": "اہم نکات",
    (
        "Trafficking means recruiting, moving or holding a person by force, fraud or other "
        "pressure in order to exploit them. For a child, no force or fraud is needed."
    ): (
        "انسانی ٹریفکنگ کا مطلب ہے کسی شخص کا استحصال کرنے کے لیے اسے طاقت، دھوکے یا کسی اور دباؤ "
        "کے ذریعے بھرتی کرنا، کہیں لے جانا یا اپنے قبضے میں رکھنا۔ بچے کے معاملے میں طاقت یا دھوکے "
        "کا ہونا ضروری نہیں۔"
    ),
    (
        "Trafficking can happen inside one district. Smuggling is a different crime, but a "
        "smuggled migrant can become a victim of trafficking."
    ): (
        "انسانی ٹریفکنگ ایک ہی ضلع کے اندر بھی ہو سکتی ہے۔ اسمگلنگ ایک الگ جرم ہے، لیکن اسمگل ہونے "
        "والا تارکِ وطن بھی انسانی ٹریفکنگ کا متاثرہ بن سکتا ہے۔"
    ),
    "One sign alone proves nothing. Several signs together are a reason to report.": (
        "کوئی ایک علامت اکیلے کچھ ثابت نہیں کرتی۔ کئی علامات ایک ساتھ ہوں تو یہ اطلاع دینے کی "
        "معقول وجہ ہے۔"
    ),
    "Never confront suspected traffickers, and never put the person at risk.": (
        "ٹریفکنگ کے مشتبہ افراد سے کبھی نہ الجھیں، اور متاثرہ شخص کو کبھی خطرے میں نہ ڈالیں۔"
    ),
    (
        "Report what you saw to the police, or to the FIA for cases across borders. Write down "
        "facts, not guesses."
    ): (
        "جو دیکھا اس کی اطلاع پولیس کو دیں، اور سرحد پار کے معاملات میں ایف آئی اے کو۔ حقائق "
        "لکھیں، اندازے نہیں۔"
    ),
    (
        "Respect the choices of the person, keep their story private, and put the best interests "
        "of a child first."
    ): (
        "متاثرہ شخص کے فیصلوں کا احترام کریں، اس کی کہانی راز میں رکھیں، اور بچے کے بہترین مفاد کو "
        "سب سے مقدم رکھیں۔"
    ),
}
