# calendar (issue 9): a server's maintenance schedule: leap years, weekdays, month ranges and
# matrices, timegm, the names, and TextCalendar's month and year layouts (Monday and Sunday
# first), with the module's errors.
import calendar

print(calendar.isleap(2024), calendar.isleap(1900), calendar.isleap(2000), calendar.leapdays(1900, 2026))
print(calendar.weekday(2026, 12, 3), calendar.monthrange(2026, 2), calendar.monthrange(2024, 2), calendar.monthrange(2026, 12))
print(calendar.monthcalendar(2026, 12))
print(calendar.timegm((2026, 12, 3, 15, 30, 0)), calendar.timegm((1970, 1, 1, 0, 0, 0, 3, 1, 0)))
print(list(calendar.day_name), list(calendar.month_abbr), calendar.month_name[12], calendar.day_abbr[0], len(calendar.month_name))
print(calendar.MONDAY, calendar.SUNDAY, calendar.firstweekday(), calendar.weekheader(3))
print(calendar.month(2026, 12))
print(calendar.month(2024, 2, w=3, l=1))
print(calendar.calendar(2026))
print(calendar.calendar(2026, c=2, m=4)[:300])
calendar.prmonth(2027, 1)
sunday = calendar.TextCalendar(calendar.SUNDAY)
print(sunday.formatmonth(2026, 11))
print(list(sunday.iterweekdays()), sunday.monthdayscalendar(2026, 11)[0], list(calendar.Calendar().itermonthdays2(2026, 2))[:3])
print(calendar.Calendar().monthdatescalendar(2026, 3)[0][0], list(calendar.Calendar(6).itermonthdays3(2026, 3))[:2])
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.month(2026, 3))
calendar.setfirstweekday(0)
for bad in [lambda: calendar.monthrange(2026, 13), lambda: calendar.setfirstweekday(7), lambda: calendar.weekday(2026, 2, 30)]:
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__ + ':', e)
