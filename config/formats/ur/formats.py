"""Urdu dates as Pakistan writes them: day, month, year ("4 دسمبر 2026"), no Latin comma.

Django ships no Urdu formats, so without this module Urdu pages fell back to English
order ("دسمبر 4, 2026"). Every ``date`` filter and ``formats.date_format`` call, in pages,
emails and certificate PDFs, reads these. The syntax is Django's ``date`` filter:
https://docs.djangoproject.com/en/stable/ref/templates/builtins/#date
"""

DATE_FORMAT = "j F Y"
TIME_FORMAT = "g:i A"
# The Urdu comma (U+060C) between date and time.
DATETIME_FORMAT = "j F Y، g:i A"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j F"
SHORT_DATE_FORMAT = "d/m/Y"
SHORT_DATETIME_FORMAT = "d/m/Y g:i A"
FIRST_DAY_OF_WEEK = 1  # Monday

DATE_INPUT_FORMATS = ["%d/%m/%Y", "%d-%m-%Y", "%Y-%m-%d"]
TIME_INPUT_FORMATS = ["%H:%M", "%H:%M:%S", "%I:%M %p"]
DATETIME_INPUT_FORMATS = [
    "%d/%m/%Y %H:%M",
    "%d/%m/%Y %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d %H:%M:%S",
]
DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = ","
NUMBER_GROUPING = 3
