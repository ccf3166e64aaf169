"""Business days: weekends and a country's public holidays, given as values (no I/O here)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta

ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class BusinessCalendar:
    """Which days are business days. `holidays` maps a date to the holiday's name."""

    holidays: Mapping[date, str] = field(default_factory=dict)
    weekend: frozenset[int] = frozenset({5, 6})
    """Weekdays off, Monday = 0: Saturday and Sunday by default."""

    def why_closed(self, day: date) -> str | None:
        """The reason a day is not a business day ("Saturday", "Christmas Day"), or None."""
        if (name := self.holidays.get(day)) is not None:
            return name
        if day.weekday() in self.weekend:
            return day.strftime("%A")
        return None

    def is_business_day(self, day: date) -> bool:
        return day.weekday() not in self.weekend and day not in self.holidays

    def first_on_or_after(self, day: date) -> date:
        """The first business day on or after `day`."""
        holidays, weekend = self.holidays, self.weekend
        while day.weekday() in weekend or day in holidays:
            day += ONE_DAY
        return day

    def next_business_day_after(self, day: date) -> date:
        return self.first_on_or_after(day + ONE_DAY)

    def add_business_days(self, day: date, count: int) -> date:
        """`count` business days after `day` (the start day itself is not counted)."""
        for _ in range(count):
            day = self.next_business_day_after(day)
        return day
