# calendar on seeded random dates and layouts: isleap/leapdays/weekday/monthrange over many years
# (and outside datetime's range), timegm, Calendar's iterators and matrices with every first
# weekday, TextCalendar's month and year text for random w, l, c, m, the names, the module-level
# functions and the errors; python3 and socklab run the same program.
import calendar
import random

rng = random.Random(777)

def attempt(f):
    try:
        return repr(f())
    except (ValueError, TypeError, IndexError) as e:
        return type(e).__name__ + ': ' + str(e)

for trial in range(40):
    y = rng.randrange(1, 3000)
    m = rng.randrange(1, 13)
    d = rng.randrange(1, 32)
    print(y, m, d, calendar.isleap(y), calendar.leapdays(y, y + rng.randrange(0, 500)), calendar.leapdays(y, rng.randrange(1, 3000)),
          attempt(lambda: calendar.weekday(y, m, d)), calendar.monthrange(y, m))
print([calendar.weekday(y, 1, 1) for y in (-400, -1, 0, 10000, 12345)], calendar.isleap(-4), calendar.isleap(0))
for trial in range(15):
    t = (rng.randrange(1900, 2100), rng.randrange(1, 13), rng.randrange(1, 40), rng.randrange(0, 30), rng.randrange(0, 70), rng.randrange(0, 70))
    print(t, calendar.timegm(t), calendar.timegm(t + (0, 0, 0)))

for trial in range(14):
    first = rng.randrange(0, 10)
    cal = calendar.Calendar(first)
    y, m = rng.randrange(1900, 2100), rng.randrange(1, 13)
    print(first, cal.firstweekday, cal.getfirstweekday(), list(cal.iterweekdays()), y, m)
    print(cal.monthdayscalendar(y, m))
    print(cal.monthdays2calendar(y, m)[0], list(cal.itermonthdays(y, m))[-8:], list(cal.itermonthdays3(y, m))[:3], list(cal.itermonthdays4(y, m))[-2:])
    print(cal.monthdatescalendar(y, m)[-1], [len(row) for row in cal.yeardayscalendar(y, rng.randrange(1, 6))])
    print(cal.yeardays2calendar(y)[1][2][0], cal.yeardatescalendar(y, 4)[2][3][-1][-1])
c2 = calendar.Calendar()
c2.firstweekday = 9
c2.setfirstweekday(10)
print(c2.firstweekday, list(calendar.Calendar(6).iterweekdays()))

for trial in range(16):
    first = rng.randrange(0, 7)
    text = calendar.TextCalendar(first)
    y, m = rng.randrange(1900, 2100), rng.randrange(1, 13)
    w, l = rng.randrange(0, 5), rng.randrange(0, 3)
    print(repr(text.formatmonth(y, m, w, l)))
    print(repr(text.formatweekheader(rng.randrange(1, 12))), repr(text.formatmonthname(y, m, rng.randrange(5, 30), rng.random() < 0.5)),
          repr(text.formatweekday(rng.randrange(7), rng.randrange(1, 12))), repr(text.formatday(rng.randrange(0, 32), 0, rng.randrange(1, 5))))
for trial in range(6):
    text = calendar.TextCalendar(rng.randrange(0, 7))
    y = rng.randrange(1900, 2100)
    print(repr(text.formatyear(y, rng.randrange(0, 4), rng.randrange(0, 3), rng.randrange(0, 9), rng.choice([1, 2, 3, 4, 5, 6, 12]))))
text.prmonth(2026, 2)
text.pryear(2027, 2, 1, 3, 4)
text.prweek([(1, 0), (2, 1), (0, 2), (0, 3), (0, 4), (0, 5), (0, 6)], 3)
print('|')
calendar.format(['a', 'bb', 'ccc'], 5, 2)
print(repr(calendar.formatstring(['ab', 'cd'], 4, 3)), repr(calendar.formatstring(['x'])), repr(calendar.week([(0, 0), (5, 1)] * 3 + [(9, 6)], 2)))
print(repr(calendar.weekheader(2)), repr(calendar.weekheader(9)), calendar.monthcalendar(2026, 12))
calendar.setfirstweekday(calendar.SATURDAY)
print(calendar.firstweekday(), repr(calendar.month(2026, 12)), repr(calendar.calendar(2026)[:200]))
calendar.prcal(2026, m=4)
calendar.setfirstweekday(calendar.MONDAY)
print(list(calendar.day_name), list(calendar.day_abbr), list(calendar.month_name), list(calendar.month_abbr))
print(calendar.day_name[-1], calendar.month_abbr[1:4], len(calendar.day_abbr), len(calendar.month_name), calendar.mdays, calendar.EPOCH,
      calendar.January, calendar.February, calendar.error is ValueError, [calendar.MONDAY, calendar.TUESDAY, calendar.SUNDAY])
print(attempt(lambda: calendar.monthrange(2026, 13)), attempt(lambda: calendar.monthrange(2026, 0)), attempt(lambda: calendar.setfirstweekday(7)),
      attempt(lambda: calendar.weekday(2026, 2, 30)), attempt(lambda: calendar.weekday(2026, 13, 1)), attempt(lambda: calendar.monthcalendar(2026, 13)),
      attempt(lambda: calendar.month(2026, 13)), attempt(lambda: calendar.timegm((2026, 13, 1, 0, 0, 0))), attempt(lambda: calendar.monthrange(2026, '2')),
      attempt(lambda: calendar.month_name[13]), attempt(lambda: calendar.setfirstweekday(-1)))
e = calendar.IllegalMonthError(14)
print(e.month, str(e), repr(e), isinstance(e, ValueError), calendar.IllegalWeekdayError(9).weekday, str(calendar.IllegalWeekdayError('x')))
