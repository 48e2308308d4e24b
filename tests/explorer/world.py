"""A small evidence world built with the factories, that can be grown to test query counts."""

from datetime import date

from tests import factories

HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'
TEXT = (
    "BAGHDAD - Coalition forces captured two Qods Force officers in a raid in Baghdad. "
    f"Officials said the Quds Force supplied EFPs to {HOSTILE} cells in Basra. "
    "Iran denies any tie to al-Qaeda in Iraq.\n\nReader said... Qods Force lies."
)
RAID = "Coalition forces captured two Qods Force officers in a raid in Baghdad"
SUPPLY = "the Quds Force supplied EFPs to"
DENIAL = "Iran denies any tie to al-Qaeda in Iraq"
SEP = "\n\n"


class World:
    """Two actors, a place, a weapon, one central document and event; `grow` adds more."""

    def __init__(self):
        self.iran = factories.make_actor(name="Iran", slug="iran-w", kind="state")
        self.qods = factories.make_actor(name="Qods Force", slug="qods-w", parent=self.iran)
        factories.make_actor_alias(actor=self.qods, name="Quds Force")
        self.aqi = factories.make_actor(name="al-Qaeda in Iraq", slug="aqi-w")
        self.place = factories.make_place(
            name="Baghdad", slug="baghdad-w", latitude=33.3, longitude=44.4
        )
        self.weapon = factories.make_weapon(name="EFP", slug="efp-w")
        self.document = factories.make_document(text=SEP.join([TEXT] * 16), title="Raid in Baghdad")
        self.paragraphs = 0
        self.event = factories.make_event(
            event_type="raid",
            date_start=date(2007, 3, 1),
            date_end=date(2007, 3, 1),
            date_precision="day",
            place=self.place,
            summary="Qods Force officers captured",
        )
        for actor, quote in ((self.qods, "Qods Force"), (self.aqi, "al-Qaeda in Iraq")):
            factories.make_event_participant(
                document=self.document, event=self.event, actor=actor, quote=quote
            )
        # A report from a document without claims: the connection's cited documents then
        # always read some documents by id, however many claims there are.
        witness = factories.make_document(text=TEXT, title="Witness")
        factories.make_event_report(document=witness, event=self.event, quote=RAID)
        self.grow(1)

    def grow(self, times: int) -> None:
        """Add `times` more of everything, around the same actors, document and event."""
        for n in range(times):
            other = factories.make_document(text=TEXT, title=f"Report {n}")
            self._extractions(self.document, self.paragraphs)
            self._extractions(other, 0)
            self.paragraphs += 1
            day = date(2007, 1 + n % 12, 1)
            attack = factories.make_event(
                event_type="attack",
                date_start=day,
                date_end=day,
                date_precision="day",
                place=self.place,
            )
            factories.make_event_participant(document=other, event=attack, actor=self.qods)
            factories.make_event_weapon(document=other, event=attack, weapon=self.weapon)

    def _extractions(self, document, paragraph: int) -> None:
        def at(quote: str) -> dict:
            start = paragraph * (len(TEXT) + len(SEP)) + TEXT.index(quote)
            return {"quote": quote, "span_start": start, "span_end": start + len(quote)}

        factories.make_event_report(document=document, event=self.event, **at(RAID))
        factories.make_event_participant(document=document, event=self.event)
        factories.make_event_weapon(document=document, event=self.event)
        factories.make_claim(document=document, subject=self.qods, object=self.aqi, **at(SUPPLY))
        factories.make_claim(
            document=document,
            subject=self.iran,
            object=self.aqi,
            **at(DENIAL),
            stance="denies",
            claimant=self.iran,
        )
        factories.make_actor_relation(
            document=document, subject=self.qods, object=self.aqi, **at(SUPPLY)
        )
        factories.make_actor_mention(document=document, actor=self.qods, **at("Qods Force"))
        factories.make_weapon_mention(document=document, weapon=self.weapon, **at("EFPs"))
        factories.make_place_mention(document=document, place=self.place, **at("Basra"))
        factories.make_comment(document=document, **at("Qods Force lies."), author="Reader")
