"""Who claims what inside a sentence and across sentences: group opinions, judgments,
blame, according-to sources, belief verbs, transcript turns, quotations, block quotes."""

from etl.extract import extract_document

from .evidence_samples import document, invented_gazetteer, quote

GAZETTEER = invented_gazetteer()


def claims(text: str, **options):
    return extract_document(document(text, **options), GAZETTEER).claims


def described(text: str, **options) -> set[tuple]:
    return {
        (c.subject.name, c.predicate, c.object.name, c.stance, c.claimant_text)
        for c in claims(text, **options)
    }


def test_an_impersonal_report_of_the_medias_view_is_the_medias_claim():
    text = (
        "It is widely speculated in the media that the relationship between Sylvania and the "
        "Northern Front is a hostile one. However, the Shadow Force trains the Northern Front."
    )
    found = described(text)
    assert ("Sylvania", "cooperates_with", "Northern Front", "denies", "The media") in found
    assert ("Shadow Force", "trains", "Northern Front", "asserts", "Ann Writer") in found
    [media] = [c for c in claims(text) if c.claimant_text == "The media"]
    assert (media.claimant, media.hedges) == (None, ("speculated",))


def test_the_conventional_wisdom_denies_and_the_author_keeps_the_rest_of_the_sentence():
    text = (
        "Sylvanian involvement with the Northern Front is nothing new, however the "
        "conventional wisdom in media and some intelligence circles is Sylvania could never "
        "cooperate with the Northern Front."
    )
    assert described(text) == {
        ("Sylvania", "linked_to", "Northern Front", "asserts", "Ann Writer"),
        (
            "Sylvania",
            "cooperates_with",
            "Northern Front",
            "denies",
            "The conventional wisdom in media and some intelligence circles",
        ),
    }
    denial = next(c for c in claims(text) if c.stance == "denies")
    assert denial.hedges == ()  # "could never" denies, it does not hedge


def test_holders_who_doubt_dispute_and_a_later_hedge_stays_with_its_own_clause():
    text = (
        "The judgment that Sylvania has hosted the Northern Front is likely to draw criticism "
        "from those outside the government who doubt Sylvania plays a role in bolstering the "
        "Valley Militias."
    )
    lead = "That is a consensus judgment from a new Freedonian Intelligence Estimate. "
    found = described(lead + text)
    assert (
        "Sylvania",
        "shelters",
        "Northern Front",
        "asserts",
        "A new Freedonian Intelligence Estimate",
    ) in found
    assert (
        "Sylvania",
        "supports",
        "Valley Militias",
        "disputes",
        "Those outside the government",
    ) in found


def test_a_judgment_without_a_known_source_stays_the_authors():
    text = "The judgment that Sylvania has hosted the Northern Front is widely shared."
    [claim] = claims(text)
    assert (claim.claimant_text, claim.predicate, claim.stance) == (
        "Ann Writer",
        "shelters",
        "asserts",
    )


def test_the_blamer_claims_what_it_blames():
    text = (
        "Valley militia groups are strongly anti-Sylvanian, blaming the Freedonian government "
        "for helping Sylvania expand its influence."
    )
    [claim] = claims(text)
    assert (claim.claimant.name, claim.subject.name, claim.predicate, claim.object.name) == (
        "Valley Militias",
        "Freedonia",
        "supports",
        "Sylvania",
    )


def test_according_to_at_the_end_names_the_whole_source():
    text = (
        "PORT VERDE — Sylvania is supporting the Northern Front, according to secret "
        "Sylvanian documents captured by Coalition troops in Kessel."
    )
    [claim] = claims(text)
    assert (
        claim.claimant_text == "Secret Sylvanian documents captured by Coalition troops in Kessel"
    )
    assert claim.claimant is None


def test_a_reported_finding_and_a_belief_are_hedged():
    found = claims(
        "The Freedonian Intelligence Estimate reportedly finds that the Northern Front has been "
        "reconstituted in Sylvania."
    )
    assert [(c.subject.name, c.predicate, c.object.name, c.stance, c.hedges) for c in found] == [
        ("Sylvania", "shelters", "Northern Front", "uncertain", ("reportedly",))
    ]
    assert found[0].claimant_text == "The Freedonian Intelligence Estimate"
    [belief] = claims(
        "Leaders meet in eastern Sylvania, where the Freedonian intelligence community believes "
        "dozens of Northern Front leaders have reconstituted their command."
    )
    assert (belief.claimant.name, belief.stance, belief.hedges) == (
        "Freedonian intelligence community",
        "uncertain",
        ("believes",),
    )
    assert (belief.subject.name, belief.predicate, belief.object.name) == (
        "Sylvania",
        "shelters",
        "Northern Front",
    )


def test_staying_somewhere_that_is_not_a_state_is_not_sheltering():
    assert claims("The Northern Front has been reconstituted in Kessel by Lena Marsh.") == ()


TRANSCRIPT = (
    "Press briefing with Colonel Sam Ray\n\n"
    "Q Do the Sylvanians support the Valley Militias? Is the Shadow Force arming them? "
    "COL. RAY: We have, in fact, found cases where Sylvanian intelligence services have "
    "provided to some Valley militia groups some support.\n\n"
    "We also know the Shadow Force works with the Northern Front. Q The Shadow Force is "
    "funding the Valley Militias, right"
)


def test_a_transcript_turn_speaks_for_its_speaker_and_a_question_asserts_nothing():
    found = claims(TRANSCRIPT, title="Press briefing with Colonel Sam Ray")
    assert {(c.subject.name, c.predicate, c.object.name, c.claimant_text) for c in found} == {
        ("Sylvanian intelligence", "supports", "Valley Militias", "Sam Ray"),
        ("Shadow Force", "cooperates_with", "Northern Front", "Sam Ray"),
    }
    turn = next(c for c in found if c.predicate == "supports")
    assert quote(TRANSCRIPT, turn.span).startswith("COL. RAY: We have")
    assert turn.claimant.name == "Sam Ray"


def test_capitals_without_a_title_open_no_turn():
    text = "KESSEL: Two officials said the Shadow Force works with the Northern Front."
    [claim] = claims(text)
    assert claim.claimant_text == "Two officials"


def test_a_quotation_continues_its_speaker():
    text = (
        '"I have no doubt the Shadow Force is active," Lena Marsh said. "That is about it. '
        'I saw that the Northern Front was in contact with the Valley Militias."'
    )
    [claim] = claims(text)
    assert (claim.claimant.name, claim.subject.name, claim.object.name) == (
        "Lena Marsh",
        "Northern Front",
        "Valley Militias",
    )


def test_an_unquoted_sentence_after_a_quotation_is_the_authors_again():
    text = (
        '"The Shadow Force is active," Lena Marsh said. The Northern Front works with the '
        "Valley Militias."
    )
    [claim] = claims(text)
    assert claim.claimant_text == "Ann Writer"


def test_a_block_quotation_belongs_to_whoever_introduces_it():
    text = (
        "Still, as Lena Marsh points out, the regime has been flexible:\n\n"
        "Sylvania arms the Northern Front, and that is one piece of reality.\n\n"
        "The Shadow Force works with the Valley Militias."
    )
    found = {(c.predicate, c.claimant_text) for c in claims(text)}
    assert found == {("arms", "Lena Marsh"), ("cooperates_with", "Ann Writer")}


def test_a_citation_of_a_title_is_no_claim():
    text = 'See, Jo Writer, "Sylvania supplies arms to the Northern Front," Daily Courier, 2007.'
    assert claims(text) == ()
