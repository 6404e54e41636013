// Python's calendar module, its text part, written in Python and run once by the first import:
// leap years, weekdays (through datetime.date, so bad dates raise datetime's ValueErrors),
// monthrange, the day and month names as python3 prints them without a locale set, Calendar's
// iterators and month/year matrices, timegm, and TextCalendar's layouts. The layouts are python3's:
// a day is its number right-aligned in two places, centred in a column of width w (at least 2);
// a week is seven columns joined by one space; a month is its centred "Name Year" title, the
// weekday header and the weeks, each right-stripped and followed by l (at least 1) newlines; a
// year puts m months side by side, c (at least 2) spaces apart, under the centred year.
// Left out: HTMLCalendar, the Locale* calendars, different_locale and the command line (main).
// Written from the library documentation and python3 3.11's observed behaviour.
export const CALENDAR_SOURCE = String.raw`import datetime

error = ValueError

# Both errors keep the bad number as an attribute and explain it in str().
class IllegalMonthError(ValueError):
    def __init__(self, month):
        super().__init__(month)
        self.month = month

    def __str__(self):
        return 'bad month number %r; must be 1-12' % self.month

class IllegalWeekdayError(ValueError):
    def __init__(self, weekday):
        super().__init__(weekday)
        self.weekday = weekday

    def __str__(self):
        return 'bad weekday number %r; must be 0 (Monday) to 6 (Sunday)' % self.weekday

January = 1
February = 2
MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)
EPOCH = 1970

# Days in each month of a common year; index 0 is a placeholder so that mdays[1] is January.
mdays = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

_WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
_MONTHS = ['', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
           'September', 'October', 'November', 'December']

class _localized_day:
    # python3's names without a locale set; indexable, sliceable, iterable.
    def __init__(self, width):
        self._names = [name if width is None else name[:width] for name in _WEEKDAYS]
    def __getitem__(self, i):
        return self._names[i]
    def __len__(self):
        return 7
    def __iter__(self):
        return iter(self._names)

class _localized_month:
    # python3's names without a locale set; indexable, sliceable, iterable.
    def __init__(self, width):
        self._names = [name if width is None else name[:width] for name in _MONTHS]
    def __getitem__(self, i):
        return self._names[i]
    def __len__(self):
        return 13
    def __iter__(self):
        return iter(self._names)

day_name = _localized_day(None)
day_abbr = _localized_day(3)
month_name = _localized_month(None)
month_abbr = _localized_month(3)


def isleap(year):
    """Whether year is a leap year of the Gregorian calendar."""
    return year % 400 == 0 or (year % 100 != 0 and year % 4 == 0)

def leapdays(y1, y2):
    """How many leap years there are from y1 up to, not including, y2."""
    # Leap years in [1, y) are (y-1)//4 - (y-1)//100 + (y-1)//400; the answer is a difference.
    def before(year):
        year -= 1
        return year // 4 - year // 100 + year // 400
    return before(y2) - before(y1)

def weekday(year, month, day):
    """The day of the week of a date, 0 for Monday to 6 for Sunday."""
    if year < datetime.MINYEAR or year > datetime.MAXYEAR:
        # Outside datetime's years, use the year with the same place in the 400-year cycle.
        year = year % 400 + 2000
    return datetime.date(year, month, day).weekday()

def _month_length(year, month):
    return 29 if month == February and isleap(year) else mdays[month]

def monthrange(year, month):
    """(weekday of the first day, number of days) of a month."""
    if not 1 <= month <= 12:
        raise IllegalMonthError(month)
    return weekday(year, month, 1), _month_length(year, month)


class Calendar:
    """Weeks, months and years as data (numbers, tuples, dates); weeks start on firstweekday."""

    def __init__(self, firstweekday=0):
        self._week_start = firstweekday

    @property
    def firstweekday(self):
        # Stored as given, read modulo 7 (python3 checks nothing here).
        return self._week_start % 7

    @firstweekday.setter
    def firstweekday(self, value):
        self._week_start = value

    def getfirstweekday(self):
        return self.firstweekday

    def setfirstweekday(self, firstweekday):
        self._week_start = firstweekday

    def iterweekdays(self):
        """Return an iterator for one week of weekday numbers starting with the configured first one."""
        start = self.firstweekday
        for offset in range(7):
            yield (start + offset) % 7

    def itermonthdays4(self, year, month):
        """Like itermonthdates(), but yields (year, month, day, weekday) tuples, whole weeks."""
        first_weekday, length = monthrange(year, month)
        lead = (first_weekday - self.firstweekday) % 7
        previous_year, previous_month = (year - 1, 12) if month == 1 else (year, month - 1)
        next_year, next_month = (year + 1, 1) if month == 12 else (year, month + 1)
        previous_length = _month_length(previous_year, previous_month)
        weekday_now = self.firstweekday
        for day in range(previous_length - lead + 1, previous_length + 1):
            yield (previous_year, previous_month, day, weekday_now)
            weekday_now = (weekday_now + 1) % 7
        for day in range(1, length + 1):
            yield (year, month, day, weekday_now)
            weekday_now = (weekday_now + 1) % 7
        trail = (7 - (lead + length) % 7) % 7
        for day in range(1, trail + 1):
            yield (next_year, next_month, day, weekday_now)
            weekday_now = (weekday_now + 1) % 7

    def itermonthdates(self, year, month):
        """Return an iterator for one month: datetime.date values, whole weeks."""
        for y, m, d, _ in self.itermonthdays4(year, month):
            yield datetime.date(y, m, d)

    def itermonthdays3(self, year, month):
        """Like itermonthdates(), but yields (year, month, day) tuples."""
        for y, m, d, _ in self.itermonthdays4(year, month):
            yield (y, m, d)

    def itermonthdays2(self, year, month):
        """Like itermonthdates(), but yields (day number, weekday number) tuples; 0 outside the month."""
        for y, m, d, wd in self.itermonthdays4(year, month):
            yield (d if m == month else 0, wd)

    def itermonthdays(self, year, month):
        """Like itermonthdates(), but yields day numbers; 0 outside the month."""
        for y, m, d, _ in self.itermonthdays4(year, month):
            yield d if m == month else 0

    def monthdatescalendar(self, year, month):
        """Return a matrix (list of weeks) of datetime.date values."""
        return _in_weeks(list(self.itermonthdates(year, month)))

    def monthdays2calendar(self, year, month):
        """Return a matrix of (day number, weekday number) tuples; 0 outside the month."""
        return _in_weeks(list(self.itermonthdays2(year, month)))

    def monthdayscalendar(self, year, month):
        """Return a matrix of day numbers; 0 outside the month."""
        return _in_weeks(list(self.itermonthdays(year, month)))

    def yeardatescalendar(self, year, width=3):
        """Return the year's month matrices of dates, width months to a row."""
        return _in_rows([self.monthdatescalendar(year, m) for m in range(1, 13)], width)

    def yeardays2calendar(self, year, width=3):
        """Return the year's month matrices of (day number, weekday number), width months to a row."""
        return _in_rows([self.monthdays2calendar(year, m) for m in range(1, 13)], width)

    def yeardayscalendar(self, year, width=3):
        """Return the year's month matrices of day numbers, width months to a row."""
        return _in_rows([self.monthdayscalendar(year, m) for m in range(1, 13)], width)

def _in_weeks(days):
    return [days[start:start + 7] for start in range(0, len(days), 7)]

def _in_rows(months, width):
    return [months[start:start + width] for start in range(0, len(months), width)]


class TextCalendar(Calendar):
    """A Calendar that lays weeks, months and years out as plain text, as the cal program does."""

    def prweek(self, theweek, width):
        """Print formatweek(theweek, width), without a newline."""
        text = self.formatweek(theweek, width)
        print(text, end='')

    def formatday(self, day, weekday, width):
        """One day's cell: its number, or blanks for 0."""
        text = '' if day == 0 else '%2i' % day
        return text.center(width)

    def formatweek(self, theweek, width):
        """The cells of a week of (day, weekday) pairs, one space apart."""
        return ' '.join(self.formatday(day, wd, width) for day, wd in theweek)

    def formatweekday(self, day, width):
        """A weekday's name cut to width (abbreviated below 9) and centred."""
        names = day_name if width >= 9 else day_abbr
        name = names[day]
        return name[:width].center(width)

    def formatweekheader(self, width):
        """The names of the seven weekdays in this calendar's order."""
        return ' '.join(self.formatweekday(day, width) for day in self.iterweekdays())

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        """The month's name, with the year unless withyear is false, centred in width."""
        title = month_name[themonth]
        if withyear:
            title = '%s %r' % (title, theyear)
        return title.center(width)

    def prmonth(self, theyear, themonth, w=0, l=0):
        """Print formatmonth(theyear, themonth, w, l)."""
        text = self.formatmonth(theyear, themonth, w, l)
        print(text, end='')

    def formatmonth(self, theyear, themonth, w=0, l=0):
        """A month as text: title, weekday header, then its weeks."""
        w = max(2, w)
        gap = '\n' * max(1, l)
        lines = [self.formatmonthname(theyear, themonth, 7 * (w + 1) - 1), self.formatweekheader(w)]
        lines += [self.formatweek(week, w) for week in self.monthdays2calendar(theyear, themonth)]
        return ''.join(line.rstrip() + gap for line in lines)

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        """A year as text: m months to a row, c spaces between them."""
        w = max(2, w)
        gap = '\n' * max(1, l)
        c = max(2, c)
        column = 7 * (w + 1) - 1
        weekday_header = self.formatweekheader(w)
        parts = [repr(theyear).center(column * m + c * (m - 1)).rstrip(), gap]
        for row_index, row in enumerate(self.yeardays2calendar(theyear, m)):
            first = row_index * m + 1
            months = range(first, first + len(row))
            parts.append(gap)
            parts.append(formatstring([self.formatmonthname(theyear, k, column, False) for k in months], column, c).rstrip())
            parts.append(gap)
            parts.append(formatstring([weekday_header] * len(row), column, c).rstrip())
            parts.append(gap)
            for week_index in range(max(len(weeks) for weeks in row)):
                cells = [self.formatweek(weeks[week_index], w) if week_index < len(weeks) else '' for weeks in row]
                parts.append(formatstring(cells, column, c).rstrip())
                parts.append(gap)
        return ''.join(parts)

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        """Print formatyear(theyear, w, l, c, m)."""
        text = self.formatyear(theyear, w, l, c, m)
        print(text, end='')


# The module-level functions are the bound methods of one shared TextCalendar, c.
c = TextCalendar()
calendar, prcal = c.formatyear, c.pryear
month, prmonth = c.formatmonth, c.prmonth
week, prweek = c.formatweek, c.prweek
weekheader, monthcalendar = c.formatweekheader, c.monthdayscalendar
firstweekday = c.getfirstweekday

def setfirstweekday(firstweekday):
    # Unlike Calendar.firstweekday, the module's setting is checked.
    if not MONDAY <= firstweekday <= SUNDAY:
        raise IllegalWeekdayError(firstweekday)
    c.firstweekday = firstweekday

_COLUMN = 20  # a month of two-character days
_GUTTER = 6

def format(cols, colwidth=_COLUMN, spacing=_GUTTER):
    """Print formatstring(cols, colwidth, spacing)."""
    text = formatstring(cols, colwidth, spacing)
    print(text)

def formatstring(cols, colwidth=_COLUMN, spacing=_GUTTER):
    """The strings centred in columns of colwidth, spacing blanks apart."""
    return (' ' * spacing).join(col.center(colwidth) for col in cols)

_EPOCH_ORDINAL = datetime.date(EPOCH, 1, 1).toordinal()

def timegm(tuple):
    """The Unix time of a UTC (year, month, day, hour, minute, second, ...) tuple."""
    y, mo, d, h, mi, s = tuple[:6]
    days = datetime.date(y, mo, 1).toordinal() - _EPOCH_ORDINAL + d - 1
    return days * 86400 + h * 3600 + mi * 60 + s
`;
