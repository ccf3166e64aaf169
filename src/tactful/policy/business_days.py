"""Business days: weekends and a country's public holidays, given as values (no I/O here)."""

from __future__ import annotations

from datetime import date, timedelta

TYPE_CHECKING = False  # typing is not imported at run time (it costs startup)
if TYPE_CHECKING:
    from collections.abc import Mapping

ONE_DAY = timedelta(days=1)
_WEEKEND = frozenset({5, 6})


class BusinessCalendar:
    """Which days are business days. `holidays` maps a date to the holiday's name; `weekend`
    holds the weekdays off, Monday = 0 (Saturday and Sunday by default).

    A value, as a frozen dataclass would be (equal by its fields, read-only), written by hand:
    `dataclasses` brings `inspect` and costs every read command about 10 ms of startup."""

    __slots__ = ("holidays", "weekend")
    holidays: Mapping[date, str]
    weekend: frozenset[int]

    def __init__(
        self, holidays: Mapping[date, str] | None = None, weekend: frozenset[int] = _WEEKEND
    ) -> None:
        object.__setattr__(self, "holidays", {} if holidays is None else holidays)
        object.__setattr__(self, "weekend", weekend)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"cannot delete field {name!r}")

    def __repr__(self) -> str:
        return f"BusinessCalendar(holidays={self.holidays!r}, weekend={self.weekend!r})"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, BusinessCalendar):
            return NotImplemented
        return (self.holidays, self.weekend) == (other.holidays, other.weekend)

    def __hash__(self) -> int:
        return hash((self.holidays, self.weekend))

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
