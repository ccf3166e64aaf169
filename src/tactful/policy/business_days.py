"""Business days: weekends and a country's public holidays, given as values (no I/O here)."""

from __future__ import annotations

from datetime import date, timedelta

from tactful.text.values import Frozen

TYPE_CHECKING = False  # typing is not imported at run time (it costs startup)
if TYPE_CHECKING:
    from collections.abc import Mapping

ONE_DAY = timedelta(days=1)
_WEEKEND = frozenset({5, 6})


class BusinessCalendar(Frozen):
    """Which days are business days. `holidays` maps a date to the holiday's name; `weekend`
    holds the weekdays off, Monday = 0 (Saturday and Sunday by default).

    A read-only value over `tactful.text.values.Frozen`, as the frozen dataclass it was:
    `dataclasses` brings `inspect` and costs every read command about 10 ms of startup."""

    __slots__ = ("holidays", "weekend")
    _fields = ("holidays", "weekend")
    holidays: Mapping[date, str]
    weekend: frozenset[int]

    def __init__(
        self, holidays: Mapping[date, str] | None = None, weekend: frozenset[int] = _WEEKEND
    ) -> None:
        object.__setattr__(self, "holidays", {} if holidays is None else holidays)
        object.__setattr__(self, "weekend", weekend)

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
