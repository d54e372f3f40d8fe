"""The foundations course's interactive activity: sort situations into "possible indicator
of trafficking" or "not an indicator on its own", in English and Urdu.

Built with the platform's own H5P content type (``h5p.demo``) and stored the way an upload
is, so the demo exercises the real player, tracking and step completion.
"""

import io

from django.db import transaction

from wagtail.models import Locale

from h5p.demo import sort_cards_content, sort_cards_package
from h5p.models import H5PContent
from h5p.services import import_package

from ..models import H5PActivityPage, LessonPage

SLUG = "sort-the-situations"
INDICATORS_LESSON = "indicators-in-different-settings"

EN = {
    "page_title": "Practice: indicator or not?",
    "intro": "Six short situations from police stations and workplaces. Put each one in the "
    "right group; every card explains its answer.",
    "title": "Indicator of trafficking, or not on its own?",
    "question": "Which situations show a possible indicator of trafficking in persons? One "
    "indicator alone proves nothing, but it is a reason to look closer.",
    "group_a": "Possible indicator",
    "group_b": "Not an indicator on its own",
    "feedback_correct": "Well done: you sorted every situation correctly.",
    "feedback_wrong": "Read the explanations of the cards you missed, then try again.",
    "cards": [
        (
            "A factory supervisor keeps the workers' national identity cards "
            "“for safekeeping” and does not give them back when asked.",
            "a",
            "Someone else holding a person's identity documents is a classic indicator: "
            "without them the worker cannot leave, travel or ask for help.",
        ),
        (
            "A family at a brick kiln took an advance (peshgi) two years ago. Every month the "
            "owner tells them the debt has grown.",
            "a",
            "A debt that grows instead of shrinking is how bonded labour holds families; "
            "bonded labour is banned by the Bonded Labour System (Abolition) Act, 1992.",
        ),
        (
            "A young woman moves to the city for a job a friend found for her. She keeps her "
            "phone and her identity card and calls home every evening.",
            "b",
            "Moving for work is not an indicator by itself. She controls her documents and "
            "keeps in touch freely.",
        ),
        (
            "A 12-year-old boy sells goods at a traffic signal. An unrelated man collects all "
            "his earnings each evening, and the boy does not go to school.",
            "a",
            "A child out of school, working for an unrelated adult who takes the money, may be "
            "in forced begging or child labour. For a child, no force or deception is needed.",
        ),
        (
            "A man paid an agent to take him across the border. On the other side the agent "
            "left him, and he was free to go where he wanted.",
            "b",
            "This describes smuggling of migrants: he agreed, and the relationship ended on "
            "arrival. Stay alert: a smuggled migrant can still become a victim of trafficking.",
        ),
        (
            "When you question a domestic worker, her employer answers for her. She does not "
            "know the address of the house where she lives and works.",
            "a",
            "Someone else answering for a person, and not knowing one's own address, are "
            "indicators. Speak to her alone, with an interpreter who is not linked to the "
            "employer.",
        ),
    ],
}

UR = {
    "page_title": "مشق: علامت ہے یا نہیں؟",
    "intro": "تھانوں اور کام کی جگہوں سے چھ مختصر صورتیں۔ ہر ایک کو درست گروپ میں رکھیں؛ ہر "
    "کارڈ اپنے جواب کی وضاحت کرتا ہے۔",
    "title": "ٹریفکنگ کی علامت ہے، یا اکیلے علامت نہیں؟",
    "question": "کن صورتوں میں انسانی ٹریفکنگ کی ممکنہ علامت نظر آتی ہے؟ اکیلی علامت کچھ ثابت "
    "نہیں کرتی، لیکن مزید غور سے دیکھنے کی وجہ ضرور ہے۔",
    "group_a": "ممکنہ علامت",
    "group_b": "اکیلے علامت نہیں",
    "feedback_correct": "شاباش: آپ نے ہر صورت درست گروپ میں رکھی۔",
    "feedback_wrong": "جن کارڈز میں غلطی ہوئی ان کی وضاحت پڑھیں، پھر دوبارہ کوشش کریں۔",
    "cards": [
        (
            "فیکٹری کا نگران مزدوروں کے قومی شناختی کارڈ ”حفاظت کے لیے“ اپنے پاس رکھتا ہے "
            "اور مانگنے پر بھی واپس نہیں کرتا۔",
            "a",
            "کسی شخص کی شناختی دستاویزات کسی اور کے قبضے میں ہونا ایک نمایاں علامت ہے: ان "
            "کے بغیر مزدور نہ جا سکتا ہے، نہ سفر کر سکتا ہے، نہ مدد مانگ سکتا ہے۔",
        ),
        (
            "اینٹوں کے بھٹے پر ایک خاندان نے دو سال پہلے پیشگی لی تھی۔ ہر مہینے مالک انہیں "
            "بتاتا ہے کہ قرض اور بڑھ گیا ہے۔",
            "a",
            "ایسا قرض جو کم ہونے کے بجائے بڑھتا جائے، جبری مشقت میں خاندانوں کو باندھے رکھنے "
            "کا طریقہ ہے؛ جبری مشقت کا نظام (خاتمہ) ایکٹ 1992 اس پر پابندی لگاتا ہے۔",
        ),
        (
            "ایک نوجوان خاتون ایک سہیلی کی ڈھونڈی ہوئی نوکری کے لیے شہر جاتی ہے۔ اس کا فون اور "
            "شناختی کارڈ اس کے اپنے پاس ہیں اور وہ ہر شام گھر فون کرتی ہے۔",
            "b",
            "کام کے لیے نقل مکانی بذاتِ خود علامت نہیں۔ اس کی دستاویزات اس کے اپنے اختیار میں "
            "ہیں اور وہ آزادی سے رابطے میں ہے۔",
        ),
        (
            "بارہ سال کا ایک لڑکا ٹریفک سگنل پر سامان بیچتا ہے۔ ایک غیر متعلقہ آدمی ہر شام اس "
            "کی ساری کمائی لے جاتا ہے، اور لڑکا اسکول نہیں جاتا۔",
            "a",
            "اسکول سے باہر بچہ جو کسی غیر متعلقہ بالغ کے لیے کام کرے اور وہ ساری رقم لے لے، "
            "جبری گداگری یا چائلڈ لیبر کا شکار ہو سکتا ہے۔ بچے کے معاملے میں زبردستی یا دھوکا "
            "ثابت کرنا ضروری نہیں۔",
        ),
        (
            "ایک آدمی نے سرحد پار جانے کے لیے ایجنٹ کو پیسے دیے۔ دوسری طرف پہنچ کر ایجنٹ "
            "اسے چھوڑ گیا اور وہ جہاں چاہے جانے کے لیے آزاد تھا۔",
            "b",
            "یہ تارکینِ وطن کی اسمگلنگ کی صورت ہے: وہ خود راضی تھا اور منزل پر پہنچ کر تعلق "
            "ختم ہو گیا۔ پھر بھی ہوشیار رہیں: اسمگل ہونے والا شخص بعد میں ٹریفکنگ کا شکار "
            "بن سکتا ہے۔",
        ),
        (
            "جب آپ ایک گھریلو ملازمہ سے سوال کرتے ہیں تو اس کا مالک اس کی جگہ جواب دیتا ہے۔ "
            "اسے اس گھر کا پتہ بھی معلوم نہیں جہاں وہ رہتی اور کام کرتی ہے۔",
            "a",
            "کسی اور کا اس کی جگہ جواب دینا، اور اپنا پتہ تک معلوم نہ ہونا، دونوں علامات ہیں۔ "
            "اس سے اکیلے میں بات کریں، ایسے ترجمان کے ساتھ جس کا مالک سے کوئی تعلق نہ ہو۔",
        ),
    ],
}


def _content(words, language):
    """The stored content for one language: the same package stored again is reused."""
    existing = H5PContent.objects.filter(title=words["title"], language=language).first()
    if existing is not None:
        return existing
    data = sort_cards_content(
        question=words["question"],
        group_a=words["group_a"],
        group_b=words["group_b"],
        cards=[
            {"text": text, "group": group, "explanation": explanation}
            for text, group, explanation in words["cards"]
        ],
        feedback_correct=words["feedback_correct"],
        feedback_wrong=words["feedback_wrong"],
        language=language,
    )
    package = sort_cards_package(title=words["title"], language=language, content=data)
    return import_package(io.BytesIO(package)).version.content


@transaction.atomic
def load_demo_activity(course):
    """The activity step after the indicators lesson of ``course``, in English and Urdu."""
    from . import publish_child, translate_page

    english, urdu = _content(EN, "en"), _content(UR, "ur")
    lesson = LessonPage.objects.descendant_of(course).get(slug=INDICATORS_LESSON)
    parent = lesson.get_parent()
    step = publish_child(
        parent,
        H5PActivityPage,
        SLUG,
        title=EN["page_title"],
        intro=EN["intro"],
        activity=english,
        estimated_minutes=5,
    )
    if step.get_prev_sibling() is None or step.get_prev_sibling().pk != lesson.pk:
        step.move(lesson, pos="right")
        step.refresh_from_db()
    translated = translate_page(
        step,
        "ur",
        {EN["page_title"]: UR["page_title"], EN["intro"]: UR["intro"], SLUG: SLUG},
        overrides={"activity": urdu.pk},  # each language plays its own translation
    )
    urdu_lesson = lesson.get_translation(Locale.objects.get(language_code="ur"))
    translated.refresh_from_db()
    if translated.get_prev_sibling() is None or translated.get_prev_sibling().pk != urdu_lesson.pk:
        translated.move(urdu_lesson, pos="right")
    return step
